import { describe, expect, it } from 'vitest';
import { printTerm } from '../../../src/symbolic/syntax/index.ts';
import { closes, goalOf, run } from './helpers.ts';

async function after(sig: string, then?: string): Promise<string | boolean> {
  const o = await run('field_simp', goalOf(sig));
  if (o.kind === 'error') return false;
  if (o.goals.length === 0) return true;
  const g = o.goals[0]!;
  if (then !== undefined) return closes(await run(then, g));
  return printTerm(g.target);
}

describe('field_simp', () => {
  it('clears denominators proven nonzero by hypotheses, and ring finishes', async () => {
    expect(await after('(x : ℝ) (h₀ : x ≠ 0) : x ^ 2 + 1 / x ^ 2 = (x + 1 / x) ^ 2 - 2')).toBe('x ^ 2 * x ^ 2 + 1 = (x * x + 1) ^ 2 - 2 * x ^ 2');
    expect(await after('(x : ℝ) (h₀ : x ≠ 0) : x ^ 2 + 1 / x ^ 2 = (x + 1 / x) ^ 2 - 2', 'ring')).toBe(true);
    expect(await after('(x : ℝ) (h₀ : 0 < x) : x + 1 / x - 2 = (x - 1) ^ 2 / x', 'ring')).toBe(true);
    expect(await after('(a b : ℝ) (ha : a ≠ 0) (hb : b ≠ 0) : 1 / a + 1 / b = (a + b) / (a * b)', 'ring')).toBe(true);
  });

  it('uses numerals and positivity for side conditions', async () => {
    expect(await after('(x : ℝ) : x / 2 + x / 3 = 5 * x / 6', 'ring')).toBe(true);
    expect(await after('(x : ℝ) : 1 / (x ^ 2 + 1) * (x ^ 2 + 1) = 1', 'ring')).toBe(true);
  });

  it('leaves denominators it cannot prove nonzero, never assuming them', async () => {
    expect(await after('(x : ℝ) : x / x = 1')).toBe(false);
    expect(await after('(x y : ℝ) (h : y ≠ 0) : x / x + 1 / y = (y + 1) / y', 'ring')).toBe(false);
  });

  it('produces cross-multiplied equations with the original operator', async () => {
    expect(await after('(x y : ℝ) (hx : x ≠ 0) (hy : y ≠ 0) : 1 / x ≠ 1 / y')).toBe('y ≠ x');
    expect(await after('(x : ℝ) (h : x + 1 ≠ 0) : 3 / (x + 1) = 2')).toBe('3 = 2 * (x + 1)');
  });
});
