/**
 * Latency of logical tactics through `SymbolicBackend.apply` (parse, elaborate, apply, print):
 * the median must stay well under a millisecond on typical goals (measured around 0.03–0.12 ms;
 * the bound leaves room for a loaded machine).
 */
import { describe, expect, it } from 'vitest';
import { SymbolicBackend } from '../../../src/symbolic/backend.ts';
import { problem } from './helpers.ts';

const CASES: readonly [string, string][] = [
  ['theorem t (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 4) : x = 7 ∧ y = 3', 'constructor'],
  ['theorem t : ∀ x : ℝ, x > 0 → x ^ 2 > 0', 'intro x hx'],
  ['theorem t (n : ℤ) (h₀ : Odd n) : 8 ∣ n ^ 2 - 1', 'obtain ⟨k, hk⟩ := h₀'],
  ['theorem t (a b : ℝ) (f : ℝ → ℝ) (h₀ : ∀ x, f x = x ^ 2 + a * x + b) (h₁ : f 1 = 0) : f 3 = 8', 'rw [h₀] at h₁ ⊢'],
  ['theorem t (x : ℝ) (h₀ : 0 < x) : (x - 1) ^ 2 / x ≥ 0', 'exact div_nonneg (sq_nonneg _) h₀.le'],
  ['theorem t : ¬ ∀ n : ℕ, ∃ m : ℕ, m > n ∧ m < 5', 'push_neg'],
  ['theorem t (n : ℕ) : n + 1 ≤ 2 ^ n', 'induction n'],
];

describe('logical tactic latency', () => {
  it.each(CASES)('%s: %s', async (sig, tactic) => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s = await b.start(problem(sig));
    if (s.kind !== 'ok') throw new Error(s.message);
    const times: number[] = [];
    for (let i = 0; i < 101; i++) {
      const t0 = performance.now();
      const r = await b.apply(s.state, tactic, { timeoutMs: 2000 });
      times.push(performance.now() - t0);
      expect(r.kind).not.toBe('error');
    }
    times.sort((a, b) => a - b);
    expect(times[50]!).toBeLessThan(1);
  });
});
