import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanPassAtK, passAtK } from '../../src/bench/pass-at-k.ts';

/** The estimator straight from its definition, with exact bigint binomials. */
function exact(n: number, c: number, k: number): number {
  const choose = (a: number, b: number): bigint => {
    if (b < 0 || b > a) return 0n;
    let r = 1n;
    for (let i = 1; i <= b; i++) r = (r * BigInt(a - b + i)) / BigInt(i);
    return r;
  };
  return 1 - Number(choose(n - c, k)) / Number(choose(n, k));
}

const triple = fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }), fc.integer({ min: 1, max: n })));

describe('passAtK', () => {
  it('equals c/n at k = 1', () => {
    fc.assert(fc.property(triple, ([n, c]) => Math.abs(passAtK(n, c, 1) - c / n) < 1e-12));
  });

  it('is 1 when fewer than k attempts failed, and 0 when none succeeded', () => {
    fc.assert(fc.property(triple, ([n, c, k]) => (n - c < k ? passAtK(n, c, k) === 1 : true)));
    fc.assert(fc.property(triple, ([n, , k]) => passAtK(n, 0, k) === 0));
  });

  it('is monotone in k and in c, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(triple, ([n, c, k]) => {
        const v = passAtK(n, c, k);
        if (v < 0 || v > 1) return false;
        if (k < n && passAtK(n, c, k + 1) < v - 1e-12) return false;
        if (c < n && passAtK(n, c + 1, k) < v - 1e-12) return false;
        return true;
      }),
    );
  });

  it('matches 1 − C(n−c, k)/C(n, k) computed exactly', () => {
    fc.assert(fc.property(triple, ([n, c, k]) => Math.abs(passAtK(n, c, k) - exact(n, c, k)) < 1e-9));
    expect(passAtK(10, 3, 2)).toBeCloseTo(1 - 21 / 45, 12);
  });

  it('stays finite for large n where binomials overflow doubles', () => {
    const v = passAtK(5000, 1, 100);
    expect(v).toBeCloseTo(100 / 5000, 9);
  });

  it('rejects impossible arguments', () => {
    expect(() => passAtK(3, 4, 1)).toThrow(/internal error/u);
    expect(() => passAtK(3, 1, 4)).toThrow(/internal error/u);
    expect(() => passAtK(3, 1, 0)).toThrow(/internal error/u);
  });
});

describe('meanPassAtK', () => {
  it('averages over problems, counting an unattempted problem as unsolved and capping k at n', () => {
    expect(meanPassAtK([{ n: 2, c: 1 }, { n: 0, c: 0 }], 1)).toBeCloseTo(0.25, 12);
    // k = 4 > n = 2 for the first problem: its pass@2 (= 1) is used.
    expect(meanPassAtK([{ n: 2, c: 1 }, { n: 4, c: 0 }], 4)).toBeCloseTo(0.5, 12);
    expect(meanPassAtK([], 1)).toBe(0);
  });
});
