import { describe, expect, it } from 'vitest';
import { FACTOR_LIMITS, checkFactorisation, factorHints, goalDifferenceText } from '../../src/proposer/factor-hints.ts';
import { analyzeGoal, type GoalAnalysis } from '../../src/proposer/goal.ts';
import { HeuristicProposer } from '../../src/proposer/heuristic.ts';

const goal = (text: string): GoalAnalysis => {
  const g = analyzeGoal(text);
  if (!g) throw new Error(`not a goal: ${text}`);
  return g;
};

const AM_GM_2 = goal('a b : ℝ\n⊢ 2 * a * b ≤ a ^ 2 + b ^ 2');

describe('factorHints (nerdamer, untrusted)', () => {
  it('proposes sq_nonneg (a - b) for a ^ 2 + b ^ 2 ≥ 2 * a * b', () => {
    expect(factorHints(AM_GM_2)).toEqual(['sq_nonneg (a - b)']);
    expect(factorHints(goal('a b : ℝ\n⊢ a ^ 2 + b ^ 2 ≥ 2 * a * b'))).toEqual(['sq_nonneg (a - b)']);
  });

  it('builds a product hint from hypothesis signs, squares of the bases otherwise', () => {
    const hints = factorHints(goal('a b : ℝ\nha : 0 < a\nhb : 0 < b\n⊢ a ^ 2 * b + a * b ^ 2 ≤ a ^ 3 + b ^ 3'));
    expect(hints[0]).toBe('mul_nonneg (sq_nonneg (a - b)) (add_nonneg (le_of_lt ha) (le_of_lt hb))');
    expect(hints).toContain('sq_nonneg (a - b)');
    // x ^ 3 - x ^ 2 = x ^ 2 * (x - 1), and 1 < x gives the sign of x - 1.
    expect(factorHints(goal('x : ℝ\nh : 1 < x\n⊢ x ^ 2 < x ^ 3'))[0]).toBe('mul_nonneg (le_of_lt (sub_pos.mpr h)) (sq_nonneg x)');
  });

  it('offers nothing where nerdamer finds no factorisation or the target is no polynomial inequality', () => {
    expect(factorHints(goal('n : ℕ\nh₀ : 3 ≤ n\n⊢ 2 * n + 1 < n ^ 2'))).toEqual([]);
    expect(factorHints(goal('x : ℝ\nh : 0 < x\n⊢ x + 1 / x ≥ 2'))).toEqual([]);
    expect(factorHints(goal('a b : ℝ\n⊢ a ^ 2 + b ^ 2 = 2 * a * b'))).toEqual([]);
    expect(factorHints(goal('x : ℝ\n⊢ Real.sqrt (x ^ 2) ≥ 0'))).toEqual([]);
  });

  it('respects the size caps: nothing reaches nerdamer past them', () => {
    expect(goalDifferenceText(AM_GM_2)).toBeDefined();
    const tight = { ...FACTOR_LIMITS, maxTerms: 2 };
    expect(goalDifferenceText(AM_GM_2, tight)).toBeUndefined();
    expect(factorHints(AM_GM_2, tight)).toEqual([]);
    expect(factorHints(AM_GM_2, { ...FACTOR_LIMITS, maxVariables: 1 })).toEqual([]);
    expect(factorHints(AM_GM_2, { ...FACTOR_LIMITS, maxDegree: 1 })).toEqual([]);
    expect(factorHints(AM_GM_2, { ...FACTOR_LIMITS, maxTextLength: 10 })).toEqual([]);
  });

  it('keeps a factorisation only when proofseek\'s own normal form says it is the difference', () => {
    // The difference of 2ab ≤ a² + b² is a² − 2ab + b²; nerdamer writes a, b as v0, v1.
    expect(goalDifferenceText(AM_GM_2)).toMatch(/v0\^2/u);
    expect(checkFactorisation(AM_GM_2, '(-v1+v0)^2')).toEqual([{ term: 'a - b', exponent: 2 }]);
    expect(checkFactorisation(AM_GM_2, '(v0+v1)^2')).toBeUndefined(); // wrong sign of the cross term
    expect(checkFactorisation(AM_GM_2, '(v0-v1)*(v0+v1)')).toBeUndefined(); // a wrong factor
    expect(checkFactorisation(AM_GM_2, 'v0^2+v1^2')).toBeUndefined(); // a dropped term
    // A wrong constant is harmless: the factors are what is kept, the constant is recomputed.
    expect(checkFactorisation(AM_GM_2, '-2*(v0-v1)^2')).toEqual([{ term: 'a - b', exponent: 2 }]);
    expect(checkFactorisation(AM_GM_2, 'abs(v0-v1)^2')).toBeUndefined(); // not proofseek syntax
    expect(checkFactorisation(AM_GM_2, '(v0-v1)^2*')).toBeUndefined(); // does not parse
    expect(checkFactorisation(AM_GM_2, '(x-v1)^2')).toBeUndefined(); // a name nerdamer invented
    expect(checkFactorisation(AM_GM_2, '|v0-v1|^2')).toBeUndefined(); // equal as reals, but no polynomial
  });

  it('survives nerdamer\'s own sign error: its factors are checked, its constant is not taken', () => {
    // nerdamer 1.1.13 answers −(−b + 1 + a)² for a² − 2ab + b² + 2a − 2b + 1, which is wrong.
    const g = goal('a b : ℝ\n⊢ 2 * a * b + 2 * b - 2 * a ≤ a ^ 2 + b ^ 2 + 1');
    expect(factorHints(g)).toEqual(['sq_nonneg (a - b + 1)']);
  });

  it('reaches the heuristic proposer as nlinarith candidates', () => {
    const tactics = new HeuristicProposer().suggest('a b : ℝ\nha : 0 < a\nhb : 0 < b\n⊢ a ^ 2 * b + a * b ^ 2 ≤ a ^ 3 + b ^ 3', 12).map((s) => s.tactic);
    expect(tactics).toContain('nlinarith [mul_nonneg (sq_nonneg (a - b)) (add_nonneg (le_of_lt ha) (le_of_lt hb))]');
  });
});
