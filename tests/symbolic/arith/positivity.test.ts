import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { REAL, mkLit, mkRel, printTerm } from '../../../src/symbolic/syntax/index.ts';
import { closes, ctxWith, goalOf, run } from './helpers.ts';
import { envArb, realTerm, truthAt } from './arbitraries.ts';

describe('positivity', () => {
  it.each([
    '(x : ℝ) : 0 < x ^ 2 + 1',
    '(x y : ℝ) (h : 0 < x) : 0 < x * (y ^ 2 + 1) + Real.sqrt y',
    '(x : ℝ) (hx : x ≠ 0) : 0 < x ^ 2',
    '(x : ℝ) (hx : 0 < x) : 0 < x ^ 5',
    '(n : ℕ) : 0 < n.factorial',
    '(n : ℕ) : 0 < (n : ℝ) + 1',
    '(x : ℝ) : 0 < Real.exp x + |x|',
    '(x y : ℝ) (hx : 0 < x) (hy : 0 ≤ y) : 0 ≤ y / x',
    '(x : ℝ) (hx : 1 < x) : 0 < x⁻¹',
    '(x : ℝ) : 0 ≤ |x| * Real.sqrt x',
    '(a b : ℝ) (ha : a ≠ 0) (hb : b ≠ 0) : a * b ≠ 0',
    '(x : ℝ) (hx : 0 < x) (n : ℕ) : 0 < x ^ n',
    '(n : ℕ) : 0 ≤ (∑ i ∈ Finset.range n, (i : ℝ) ^ 2)',
    '(x : ℝ) : x ^ 4 ≥ 0',
    '(x : ℝ) : 0 < Real.pi * (x ^ 2 + 2)',
  ])('proves %s', async (sig) => {
    expect(closes(await run('positivity', goalOf(sig)))).toBe(true);
  });

  it.each([
    '(x : ℝ) : 0 < x',
    '(x : ℝ) : 0 ≤ x ^ 3',
    '(x y : ℝ) : 0 ≤ x - y',
    '(x : ℝ) : 0 < x ^ 2',
    '(x : ℝ) (h : 0 ≤ x) : 0 < x + 0',
    '(x : ℝ) : x ≤ 0',
  ])('does not prove %s', async (sig) => {
    expect(closes(await run('positivity', goalOf(sig)))).toBe(false);
  });

  it('never closes 0 < e or 0 ≤ e when e is negative somewhere (no hypotheses)', async () => {
    const ctx = ctxWith(3_000);
    await fc.assert(
      fc.asyncProperty(realTerm(3), fc.constantFrom('<', '≤') as fc.Arbitrary<'<' | '≤'>, fc.array(envArb, { minLength: 3, maxLength: 3 }), async (e, op, envs) => {
        const target = mkRel(op, mkLit(0n, REAL), e);
        const o = await arithmeticHandlers.positivity!({ context: [], target }, { name: 'positivity', text: 'positivity', args: [] }, ctx);
        if (!closes(o)) return;
        for (const env of envs) expect(truthAt(target, env), printTerm(target)).not.toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('positivity under binders', () => {
  it('does not apply a hypothesis about a free variable to a bound one of the same name', async () => {
    expect(closes(await run('positivity', goalOf('(i k : ℤ) (h : 0 < i) : 0 ≤ ∑ i ∈ Finset.Icc (-3 : ℤ) k, i')))).toBe(false);
    expect(closes(await run('positivity', goalOf('(j : ℤ) (h : 0 < j) : 0 ≤ ∑ i ∈ Finset.range 3, j')))).toBe(true);
  });
});
