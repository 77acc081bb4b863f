import { describe, expect, it } from 'vitest';
import { analyzeGoal, boundedVariables, conjuncts, introNames, shapeOf } from '../../src/proposer/goal.ts';

describe('shapeOf', () => {
  it('follows Lean precedence for the top-level connective', () => {
    expect(shapeOf('a ≤ b ∧ b ≤ c')).toBe('and');
    expect(shapeOf('a ∧ b → c')).toBe('imp');
    expect(shapeOf('a ∨ b ↔ c')).toBe('iff');
    expect(shapeOf('¬a = b')).toBe('not');
    expect(shapeOf('¬a ∧ b')).toBe('and');
    expect(shapeOf('(a = b)')).toBe('eq');
    expect(shapeOf('f (x ≤ y) = 2')).toBe('eq');
    expect(shapeOf('0 < x ^ 2 + 1')).toBe('ineq');
    expect(shapeOf('x ≠ 0')).toBe('ne');
    expect(shapeOf('3 ∣ n ^ 3 - n')).toBe('dvd');
    expect(shapeOf('a ≡ b [ZMOD 5]')).toBe('modeq');
    expect(shapeOf('∀ x > 0, x ≤ 1 → x < 2')).toBe('forall');
    expect(shapeOf('∃ x : ℕ, x = 2')).toBe('exists');
    expect(shapeOf('a = 1 ∧ ∃ x, x = 2 ∨ x = 3')).toBe('and');
    expect(shapeOf('False')).toBe('false');
  });
});

describe('analyzeGoal', () => {
  const goal = 'x y : ℝ\nf : ℕ → ℝ\nn : ℕ\nh₀ : 0 < x ∧ 0 < y\nh₁ : x + y = 10\nx✝ : ℕ\n⊢ x * y ≤ 25';
  it('separates variables from hypotheses and classifies them', () => {
    const a = analyzeGoal(goal)!;
    expect(a.variables.map((v) => [v.name, v.class])).toEqual([
      ['x', 'real'],
      ['y', 'real'],
      ['f', 'function'],
      ['n', 'nat'],
    ]);
    expect(a.hypotheses.map((h) => [h.name, h.shape])).toEqual([
      ['h₀', 'and'],
      ['h₁', 'eq'],
    ]);
    expect(a.names.has('x✝')).toBe(true);
    expect(a.numerals).toEqual(['25', '0', '10']);
  });

  it('names intro binders, with a hypothesis per bounded binder and no clashes', () => {
    expect(introNames(analyzeGoal('⊢ ∀ x y : ℝ, x = y')!)).toEqual(['x', 'y']);
    expect(introNames(analyzeGoal('⊢ ∀ n ≥ 5, n ^ 2 ≥ 25')!)).toEqual(['n', 'hn']);
    expect(introNames(analyzeGoal('⊢ ∀ (a : ℝ) (ha : 0 < a), 0 < a ^ 3')!)).toEqual(['a', 'ha']);
    expect(introNames(analyzeGoal('h : 1 = 1\n⊢ 0 < 1 → 0 < 2')!)).toEqual(['h₁']);
    expect(introNames(analyzeGoal('x : ℝ\n⊢ ∀ x, 0 ≤ x ^ 2')!)).toEqual(['x₁']);
    expect(introNames(analyzeGoal('⊢ 0 < 1')!)).toBeUndefined();
  });

  it('finds variables bounded for interval_cases', () => {
    const a = analyzeGoal('n m : ℕ\nk : ℤ\nh₀ : n < 10 ∧ 2 ≤ m\nh₁ : m ≤ 5\nh₂ : k ≤ 3\n⊢ n + m ≠ 100')!;
    expect(boundedVariables(a).map((v) => v.name)).toEqual(['n', 'm']);
  });

  it('splits conjunctions', () => {
    expect(conjuncts('0 < x ∧ (0 < y ∧ y < 1)')).toEqual(['0 < x', '0 < y', 'y < 1']);
  });
});
