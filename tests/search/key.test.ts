import { describe, expect, it } from 'vitest';
import { parseGoalText } from '../../src/search/goal-text.ts';
import { goalKey, stateKey } from '../../src/search/key.ts';

describe('parseGoalText', () => {
  it('reads grouped names, continuation lines and case tags', () => {
    const goal = 'case h\nx y : ℝ\nh₀ : 0 < x ∧\n  0 < y\n⊢ 0 < x * y';
    expect(parseGoalText(goal)).toEqual({
      caseTag: 'h',
      context: [
        { names: ['x', 'y'], type: 'ℝ' },
        { names: ['h₀'], type: '0 < x ∧ 0 < y' },
      ],
      target: '0 < x * y',
    });
  });

  it('keeps a colon inside a type in the type', () => {
    expect(parseGoalText('h : ∀ x : ℝ, f x = 0\n⊢ f 1 = 0')?.context[0]).toEqual({ names: ['h'], type: '∀ x : ℝ, f x = 0' });
  });

  it('returns undefined for text that is not one goal', () => {
    expect(parseGoalText('x : ℝ')).toBeUndefined();
    expect(parseGoalText('⊢ a\n⊢ b')).toBeUndefined();
  });
});

describe('goalKey', () => {
  it('is the same up to hypothesis names, whitespace and case tags', () => {
    const a = 'x : ℝ\nh₀ : 0 < x\n⊢ 0 < x ^ 2';
    const b = "case pos\nx : ℝ\nh' :   0 < x\n⊢ 0 < x ^  2";
    expect(goalKey(a)).toBe(goalKey(b));
  });

  it('keeps variable names that the goal mentions', () => {
    expect(goalKey('x : ℝ\nh : 0 < x\n⊢ 0 < x')).not.toBe(goalKey('y : ℝ\nh : 0 < y\n⊢ 0 < x'));
    expect(goalKey('x : ℝ\n⊢ 0 < x')).not.toBe(goalKey('y : ℝ\n⊢ 0 < y'));
  });

  it('distinguishes different hypotheses and their order', () => {
    expect(goalKey('h : 0 < x\n⊢ 0 < x')).not.toBe(goalKey('h : 0 ≤ x\n⊢ 0 < x'));
    expect(goalKey('h₁ : a\nh₂ : b\n⊢ c')).not.toBe(goalKey('h₁ : b\nh₂ : a\n⊢ c'));
  });

  it('does not merge goals where a name is used through dot notation', () => {
    // `x.den` mentions x: swapping the types of x and y changes the goal.
    expect(goalKey('x : ℚ\ny : ℤ\n⊢ x.den = 1')).not.toBe(goalKey('y : ℚ\nx : ℤ\n⊢ x.den = 1'));
  });

  it('keys a whole state by its goals in order', () => {
    expect(stateKey(['⊢ a', '⊢ b'])).not.toBe(stateKey(['⊢ b', '⊢ a']));
    expect(stateKey(['h : p\n⊢ a'])).toBe(stateKey(['g : p\n⊢ a']));
  });
});
