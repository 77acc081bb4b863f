import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyModel, type TinyModel } from '../../../scripts/make-tiny-hf-model.ts';
import { InputError } from '../../../src/core/errors.ts';
import type { ProofState, TacticProposer } from '../../../src/core/seams.ts';
import { makeProposer } from '../../../src/proposer/index.ts';
import { bigramLogprob } from './support.ts';

const STATE: ProofState = { backend: 'symbolic', goals: ['x : ℝ\nh₀ : 0 < x\n⊢ 0 < x ^ 2 + 1'], tier: 'certified', handle: null };

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'proofseek-hf-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(['decoder', 'seq2seq'] as const)('hf proposer on a tiny real %s ONNX model', (kind) => {
  let model: TinyModel;
  let proposer: TacticProposer;
  beforeAll(async () => {
    model = buildTinyModel(join(root, kind), kind);
    proposer = await makeProposer('hf', { modelDir: model.dir });
  });

  it('proposes k distinct tactics, best first, with log-probs that match the bigram table', async () => {
    const k = 8;
    const suggestions = await proposer.propose(STATE, k);
    expect(suggestions).toHaveLength(k);
    expect(new Set(suggestions.map((s) => s.tactic)).size).toBe(k);
    for (let i = 1; i < k; i++) expect(suggestions[i - 1]!.logprob).toBeGreaterThanOrEqual(suggestions[i]!.logprob);
    for (const s of suggestions) {
      expect(s.logprob).toBeLessThanOrEqual(0);
      expect(s.logprob).toBeCloseTo(bigramLogprob(model, s.tactic), 4);
    }
    // Distinct sequences are disjoint events: their probabilities cannot add up past 1.
    expect(suggestions.reduce((sum, s) => sum + Math.exp(s.logprob), 0)).toBeLessThanOrEqual(1);
  });

  it('finds the most likely library tactics (beam search is exact enough here)', async () => {
    const suggestions = await proposer.propose(STATE, 3);
    const ranked = model.corpus.map((c) => ({ tactic: c.tactic, lp: bigramLogprob(model, c.tactic) })).sort((a, b) => b.lp - a.lp);
    // The best proposal is at least as likely as any tactic of the corpus.
    expect(suggestions[0]!.logprob).toBeGreaterThanOrEqual(ranked[0]!.lp - 1e-6);
    expect(suggestions.map((s) => s.tactic)).toContain(ranked[0]!.tactic);
  });

  it('is deterministic and honours small k', async () => {
    const a = await proposer.propose(STATE, 2);
    const b = await proposer.propose(STATE, 2);
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    expect(await proposer.propose(STATE, 0)).toEqual([]);
  });
});

describe('hf proposer options', () => {
  it('takes a custom prompt template and rejects one without a placeholder', async () => {
    const model = buildTinyModel(join(root, 'template'), 'decoder');
    const proposer = await makeProposer('hf', { modelDir: model.dir, promptTemplate: 'state: {goal} [PROOFSTEP]' });
    const suggestions = await proposer.propose(STATE, 2);
    expect(suggestions).toHaveLength(2);
    await expect(makeProposer('hf', { modelDir: model.dir, promptTemplate: '[GOAL][PROOFSTEP]' })).rejects.toThrow(/no \{goal\}/u);
  });

  it('loads with remote models and the download cache switched off', async () => {
    const model = buildTinyModel(join(root, 'offline'), 'decoder');
    env.allowRemoteModels = true;
    await makeProposer('hf', { modelDir: model.dir });
    expect(env.allowRemoteModels).toBe(false);
    expect(env.useFSCache).toBe(false);
  });

  it('needs a model directory', async () => {
    await expect(makeProposer('hf', {})).rejects.toBeInstanceOf(InputError);
  });
});
