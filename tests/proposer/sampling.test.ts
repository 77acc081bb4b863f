import { describe, expect, it } from 'vitest';
import type { ProofState } from '../../src/core/seams.ts';
import { fixedProposer } from '../../src/proposer/fixed.ts';
import { gumbelTopK, mulberry32, samplingProposer } from '../../src/proposer/sampling.ts';

const state = (goal: string): ProofState => ({ backend: 'symbolic', goals: [goal], tier: 'certified', handle: null });
const POOL = Array.from({ length: 30 }, (_, i) => ({ tactic: `t${i}`, logprob: -0.3 * i - 1 }));
const inner = fixedProposer(POOL);

describe('samplingProposer', () => {
  it('is reproducible from its seed and the goal text', async () => {
    const a = await samplingProposer(inner, { seed: 7 }).propose(state('⊢ x = 1'), 8);
    const b = await samplingProposer(inner, { seed: 7 }).propose(state('⊢ x = 1'), 8);
    expect(a).toEqual(b);
  });

  it('draws k distinct tactics from the inner pool, with normalised log-probabilities', async () => {
    const out = await samplingProposer(inner, { seed: 3 }).propose(state('⊢ y = 2'), 8);
    expect(out).toHaveLength(8);
    expect(new Set(out.map((s) => s.tactic)).size).toBe(8);
    const pool = new Set(POOL.slice(0, 24).map((s) => s.tactic)); // poolFactor 3 × k 8
    for (const s of out) {
      expect(pool.has(s.tactic)).toBe(true);
      expect(s.logprob).toBeLessThanOrEqual(0);
    }
  });

  it('gives different seeds different proposals (not just the inner top k)', async () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 8; seed++) orders.add((await samplingProposer(inner, { seed }).propose(state('⊢ z = 3'), 8)).map((s) => s.tactic).join(','));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('samples in proportion to the probabilities: the likeliest tactic is drawn first most often', () => {
    const random = mulberry32(1);
    const pool = [{ tactic: 'likely', logprob: Math.log(0.9) }, { tactic: 'rare', logprob: Math.log(0.1) }];
    let first = 0;
    for (let i = 0; i < 4000; i++) if (gumbelTopK(pool, 1, 1, random)[0]!.tactic === 'likely') first += 1;
    expect(first / 4000).toBeGreaterThan(0.86);
    expect(first / 4000).toBeLessThan(0.94);
    // A high temperature flattens the distribution towards 1/2.
    let hot = 0;
    for (let i = 0; i < 4000; i++) if (gumbelTopK(pool, 1, 100, random)[0]!.tactic === 'likely') hot += 1;
    expect(hot / 4000).toBeLessThan(0.6);
  });
});
