import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { loadLearnedProposer, proposerFromParts, trainLearnedProposer } from '../../../src/proposer/learned/index.ts';
import { readModel } from '../../../src/proposer/learned/manifest.ts';
import { loadLibrary } from '../../../src/proposer/library.ts';
import { makeProposer } from '../../../src/proposer/index.ts';
import { FAMILIES, syntheticSteps, writeStepsFile } from './synthetic-steps.ts';

const GOALS = [
  ...Object.values(FAMILIES).map((make) => make(31).goal),
  'a b c : ℝ\nh₀ : 0 < a ∧ 0 < b\nh₁ : a + b = c\n⊢ a * b ≤ c ^ 2 / 4',
  'n : ℕ\nh₀ : n < 5\n⊢ n ^ 2 < 25',
  '⊢ 2 + 2 = 4',
  'not a goal at all',
];

let model: string;

beforeAll(async () => {
  model = mkdtempSync(join(tmpdir(), 'proofseek-model-'));
  await trainLearnedProposer({ stepsFiles: [writeStepsFile(syntheticSteps(6))], outDir: model, seed: 1, epochs: 5, validFraction: 0.2 });
});

/** A copy of the trained model that a test may damage. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'proofseek-model-copy-'));
  cpSync(model, dir, { recursive: true });
  return dir;
}

const loadError = async (dir: string): Promise<string> => {
  try {
    await loadLearnedProposer(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).format();
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected the model to be rejected');
};

describe('learned proposer suggestions', () => {
  it('gives log-probabilities ≤ 0 that sum to 1 over all candidates, best first, at most k', async () => {
    const proposer = await loadLearnedProposer(model);
    for (const goal of GOALS) {
      const all = proposer.suggest(goal, 100_000);
      expect(all.length, goal).toBeGreaterThan(0);
      const total = all.reduce((sum, s) => sum + Math.exp(s.logprob), 0);
      expect(total, goal).toBeCloseTo(1, 6);
      for (const s of all) expect(s.logprob).toBeLessThanOrEqual(0);
      for (let i = 1; i < all.length; i += 1) expect(all[i]!.logprob).toBeLessThanOrEqual(all[i - 1]!.logprob);
      expect(new Set(all.map((s) => s.tactic)).size).toBe(all.length);
      expect(proposer.suggest(goal, 3)).toEqual(all.slice(0, 3));
    }
  });

  it('proposes through the seam on the first goal, and nothing for a closed state', async () => {
    const proposer = await makeProposer('learned', { modelDir: model });
    const [goal] = GOALS;
    const state = { backend: 'symbolic' as const, goals: [goal!, '⊢ True'], tier: 'certified' as const, handle: null };
    expect((await proposer.propose(state, 4)).map((s) => s.tactic)).toEqual((await loadLearnedProposer(model)).suggest(goal!, 4).map((s) => s.tactic));
    expect(await proposer.propose({ ...state, goals: [] }, 4)).toEqual([]);
  });

  it('predicts the same after a save/load round trip as from the weights in memory', async () => {
    const { manifest, weights } = await readModel(model);
    const inMemory = proposerFromParts(manifest, weights, loadLibrary());
    const loaded = await loadLearnedProposer(model);
    for (const goal of GOALS) expect(loaded.suggest(goal, 50)).toEqual(inMemory.suggest(goal, 50));
  });
});

describe('bad model directories', () => {
  it('a missing directory', async () => {
    expect(await loadError('/nonexistent/model')).toMatch(/^\/nonexistent\/model\/manifest\.json: cannot read the model manifest/u);
  });

  it('a manifest that is not JSON', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(await loadError(dir)).toMatch(/manifest\.json: not valid JSON/u);
  });

  it('another format version', async () => {
    const dir = copy();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, format_version: 2 }));
    expect(await loadError(dir)).toMatch(/model format version 2 is not supported \(this proofseek reads version 1\)/u);
  });

  it('a manifest with a bad field', async () => {
    const dir = copy();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, mix: 3 }));
    expect(await loadError(dir)).toMatch(/invalid model manifest at 'mix'/u);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, rank_counts: [] }));
    expect(await loadError(dir)).toMatch(/invalid model manifest at 'rank_counts'/u);
  });

  it('a missing weight file', async () => {
    const dir = copy();
    rmSync(join(dir, 'weights.bin'));
    expect(await loadError(dir)).toMatch(/weights\.bin: cannot read the model weights: ENOENT/u);
  });

  it('a truncated or altered weight file', async () => {
    const dir = copy();
    const bytes = readFileSync(join(dir, 'weights.bin'));
    writeFileSync(join(dir, 'weights.bin'), bytes.subarray(0, bytes.length - 4));
    expect(await loadError(dir)).toMatch(/weights\.bin: corrupt weight file: \d+ bytes, the manifest's shapes need \d+/u);
    const altered = Buffer.from(bytes);
    altered[7] = altered[7]! ^ 0xff;
    writeFileSync(join(dir, 'weights.bin'), altered);
    expect(await loadError(dir)).toMatch(/weights\.bin: corrupt weight file: sha256 does not match the manifest/u);
  });
});
