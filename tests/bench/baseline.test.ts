/** The z3 baseline on a few real statements: one z3 proves, one outside the fragment, one false. */
import { afterAll, describe, expect, it } from 'vitest';
import { BASELINE_PROOF, z3Baseline } from '../../src/bench/baseline.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import { problem } from '../symbolic/engine/helpers.ts';


afterAll(() => shutdownSmt());

describe('z3Baseline', () => {
  it('proves a linear statement at tier smt with a proof text that says what was checked', async () => {
    const r = await z3Baseline(problem('theorem lin (x : ℝ) (h₀ : 3 * x + 2 = 11) : x = 3'), 10_000);
    expect(r).toMatchObject({ status: 'proved', verifier: 'symbolic', tier: 'smt', proof: BASELINE_PROOF, expansions: 0 });
    expect(r.verifierVersion).toMatch(/z3/u);
  });

  it('respects ℕ truncated subtraction: 2 - 5 + 5 = 2 is false in Lean and not proved', async () => {
    const r = await z3Baseline(problem('theorem nat_sub (a : ℕ) (h₀ : a = 2) : a - 5 + 5 = a'), 10_000);
    expect(r.status).toBe('failed');
    expect(r.tier).toBeNull();
    expect(r.stop).toBe('sat');
  });

  it('counts a statement outside the fragment as unsupported, not as an error', async () => {
    const r = await z3Baseline(problem('theorem outside (f : Equiv ℕ ℕ) : f 0 = f 0'), 10_000);
    expect(r).toMatchObject({ status: 'failed', stop: 'unsupported', proof: null });
    expect(r.message).toMatch(/outside the fragment|unsupported/u);
  });
});
