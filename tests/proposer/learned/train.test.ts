import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLearnedProposer, trainLearnedProposer, type TrainSummary } from '../../../src/proposer/learned/index.ts';
import { FAMILIES, syntheticSteps, writeStepsFile } from './synthetic-steps.ts';

const outDir = (): string => mkdtempSync(join(tmpdir(), 'proofseek-model-'));

describe('trainLearnedProposer on a small hand-made set', () => {
  let summary: TrainSummary;
  let dir: string;
  const data = writeStepsFile(syntheticSteps(12));

  beforeAll(async () => {
    dir = outDir();
    summary = await trainLearnedProposer({ stepsFiles: [data], outDir: dir, seed: 3, epochs: 30, validFraction: 0.3 });
  });

  it('learns the tactic of held-out problems far above chance', async () => {
    expect(summary.validExamples).toBeGreaterThan(5);
    expect(summary.examples + summary.validExamples).toBe(6 * 12);
    expect(summary.validTop1).not.toBeNull();
    // Chance among the candidates of a goal is well under 5% (dozens of instances per goal).
    expect(summary.validTop1!).toBeGreaterThanOrEqual(0.8);
    expect(summary.validTopK!).toBeGreaterThanOrEqual(summary.validTop1!);
    expect(summary.trainLoss).toBeLessThan(1);
    expect(summary.droppedOutsideLibrary).toBe(0);
  });

  it('ranks each family\'s tactic first on new goals of that family', async () => {
    const proposer = await loadLearnedProposer(dir);
    // Index 40 is outside the training range (0..11): new constants, same shapes.
    for (const [family, make] of Object.entries(FAMILIES)) {
      const { goal, tactic } = make(40);
      const [best] = proposer.suggest(goal, 1);
      expect(best?.tactic, family).toBe(tactic);
    }
  });

  it('records the data hash, vocabulary, templates, hyper-parameters and validation figures in the manifest', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.format_version).toBe(1);
    expect(manifest.training_data[0].sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(manifest.templates).toContain('omega');
    expect(manifest.vocabulary.length).toBeGreaterThan(10);
    expect(manifest.hyper_parameters.seed).toBe(3);
    expect(manifest.metrics.valid_top1).toBe(summary.validTop1);
    expect(Date.parse(manifest.created_at)).not.toBeNaN();
  });

  it('is reproducible: the same data and seed give the same weights', async () => {
    const again = outDir();
    await trainLearnedProposer({ stepsFiles: [data], outDir: again, seed: 3, epochs: 30, validFraction: 0.3 });
    const hash = async (d: string): Promise<string> => JSON.parse(await readFile(join(d, 'manifest.json'), 'utf8')).weights.sha256;
    expect(await hash(again)).toBe(await hash(dir));
  });
});

describe('training data problems', () => {
  it('counts and drops tactics outside the tactic library', async () => {
    const records = syntheticSteps(4).map((r, i) => (i % 4 === 0 ? { ...r, tactic: 'exact foo_bar_lemma' } : r));
    const summary = await trainLearnedProposer({ stepsFiles: [writeStepsFile(records)], outDir: outDir(), epochs: 2, validFraction: 0 });
    expect(summary.droppedOutsideLibrary).toBe(6);
    expect(summary.examples).toBe(18);
    expect(summary.validTop1).toBeNull();
  });

  it('rejects a bad steps file with its name and line', async () => {
    const file = writeStepsFile(syntheticSteps(1));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, '{"problem": "x"}\n');
    await expect(trainLearnedProposer({ stepsFiles: [file], outDir: outDir(), epochs: 1 })).rejects.toThrow(/not a valid record/u);
    await expect(trainLearnedProposer({ stepsFiles: ['/nonexistent/steps.jsonl'], outDir: outDir(), epochs: 1 })).rejects.toThrow(/cannot read training data '\/nonexistent\/steps.jsonl'/u);
  });
});
