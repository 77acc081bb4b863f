import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  factorial,
  gcd,
  intEDiv,
  intEMod,
  intPow,
  intToNat,
  lcm,
  natAbs,
  natDiv,
  natMod,
  natSub,
} from '../../../src/symbolic/core/index.ts';
import { bigInt } from './arbitraries.ts';

const nat = fc.bigInt({ min: 0n, max: 2n ** 70n });
const smallNum = fc.integer({ min: -1_000_000, max: 1_000_000 });

describe('ℤ Euclidean division (Int.ediv / Int.emod)', () => {
  it('b*(a/b) + a%b = a with 0 ≤ a%b < |b| for b ≠ 0', () => {
    fc.assert(
      fc.property(bigInt, bigInt.filter((b) => b !== 0n), (a, b) => {
        const q = intEDiv(a, b);
        const r = intEMod(a, b);
        expect(b * q + r).toBe(a);
        expect(r >= 0n).toBe(true);
        expect(r < natAbs(b)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with an independent float formula sign(b)·⌊a/|b|⌋ on small values', () => {
    fc.assert(
      fc.property(smallNum, smallNum.filter((b) => b !== 0), (a, b) => {
        const expected = Math.sign(b) * Math.floor(a / Math.abs(b));
        expect(intEDiv(BigInt(a), BigInt(b))).toBe(BigInt(expected));
        expect(intEMod(BigInt(a), BigInt(b))).toBe(BigInt(a - b * expected));
      }),
      { numRuns: 500 },
    );
  });

  it('follows Lean at the edges: a / 0 = 0, a % 0 = a, -7 / 2 = -4, -7 % 2 = 1, 7 / -2 = -3', () => {
    expect(intEDiv(5n, 0n)).toBe(0n);
    expect(intEMod(-5n, 0n)).toBe(-5n);
    expect(intEDiv(-7n, 2n)).toBe(-4n);
    expect(intEMod(-7n, 2n)).toBe(1n);
    expect(intEDiv(7n, -2n)).toBe(-3n);
    expect(intEMod(7n, -2n)).toBe(1n);
    expect(intEDiv(-7n, -2n)).toBe(4n);
    expect(intEMod(-7n, -2n)).toBe(1n);
  });
});

describe('ℕ operations', () => {
  it('natSub truncates: natSub(a, b) = max(a - b, 0)', () => {
    fc.assert(
      fc.property(nat, nat, (a, b) => {
        const r = natSub(a, b);
        expect(r).toBe(a > b ? a - b : 0n);
        expect(r >= 0n).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(natSub(3n, 5n)).toBe(0n);
  });

  it('natDiv floors and natMod is its remainder; a / 0 = 0, a % 0 = a', () => {
    fc.assert(
      fc.property(nat, nat, (a, b) => {
        const q = natDiv(a, b);
        const r = natMod(a, b);
        if (b === 0n) {
          expect(q).toBe(0n);
          expect(r).toBe(a);
        } else {
          expect(b * q + r).toBe(a);
          expect(r < b).toBe(true);
          expect(r >= 0n).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects negative naturals as a caller bug', () => {
    expect(() => natSub(-1n, 0n)).toThrow(/internal error/);
    expect(() => natDiv(1n, -1n)).toThrow(/internal error/);
  });

  it('natAbs and Int.toNat', () => {
    expect(natAbs(-4n)).toBe(4n);
    expect(intToNat(-4n)).toBe(0n);
    expect(intToNat(4n)).toBe(4n);
  });
});

describe('gcd and lcm', () => {
  it('gcd divides both and every common divisor found by search divides it; gcd·lcm = |ab|', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 }), (x, y) => {
        const a = BigInt(x);
        const b = BigInt(y);
        const g = gcd(a, b);
        // Independent: the largest d ≤ 300 dividing both (0 when both are 0).
        // Every d divides 0, so the search alone would say 300 for gcd 0 0; Lean's answer is 0.
        let expected = 0;
        if (x !== 0 || y !== 0) for (let d = 1; d <= 300; d++) if (x % d === 0 && y % d === 0) expected = d;
        expect(g).toBe(BigInt(expected));
        expect(g * lcm(a, b)).toBe(natAbs(a * b));
      }),
      { numRuns: 200, examples: [[0, 0], [0, -300], [300, 0]] },
    );
    expect(gcd(0n, 0n)).toBe(0n);
    expect(lcm(0n, 5n)).toBe(0n);
  });
});

describe('powers and factorial with resource guards', () => {
  it('intPow agrees with repeated multiplication; 0^0 = 1', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -50n, max: 50n }), fc.integer({ min: 0, max: 40 }), (b, e) => {
        let expected = 1n;
        for (let i = 0; i < e; i++) expected *= b;
        const r = intPow(b, BigInt(e));
        expect(r).toEqual({ kind: 'ok', value: expected });
      }),
      { numRuns: 300 },
    );
    expect(intPow(0n, 0n)).toEqual({ kind: 'ok', value: 1n });
  });

  it('refuses 2^(10^9) and 3^(10^6) at once instead of computing them', () => {
    const start = Date.now();
    expect(intPow(2n, 10n ** 9n).kind).toBe('resource');
    expect(intPow(3n, 10n ** 6n).kind).toBe('resource');
    expect(intPow(-2n, 10n ** 18n).kind).toBe('resource');
    expect(Date.now() - start).toBeLessThan(500);
    // Trivial bases never blow up.
    expect(intPow(1n, 10n ** 18n)).toEqual({ kind: 'ok', value: 1n });
    expect(intPow(-1n, 10n ** 18n + 1n)).toEqual({ kind: 'ok', value: -1n });
  });

  it('honours a configured bit limit exactly', () => {
    const limits = { maxBits: 64, maxTerms: 100, maxDegree: 10 };
    expect(intPow(2n, 63n, limits)).toEqual({ kind: 'ok', value: 2n ** 63n });
    expect(intPow(2n, 64n, limits).kind).toBe('resource');
    expect(intPow(3n, 40n, limits)).toEqual({ kind: 'ok', value: 3n ** 40n }); // 64 bits
    expect(intPow(3n, 41n, limits).kind).toBe('resource'); // 65 bits
  });

  it('factorial: small values by product, huge arguments refused quickly', () => {
    let f = 1n;
    for (let n = 0n; n <= 30n; n++) {
      if (n > 0n) f *= n;
      expect(factorial(n)).toEqual({ kind: 'ok', value: f });
    }
    const start = Date.now();
    expect(factorial(10n ** 9n).kind).toBe('resource');
    expect(factorial(500_000n).kind).toBe('resource');
    expect(Date.now() - start).toBeLessThan(1000);
    const limits = { maxBits: 64, maxTerms: 100, maxDegree: 10 };
    expect(factorial(20n, limits).kind).toBe('ok'); // 20! < 2^62
    expect(factorial(21n, limits).kind).toBe('resource'); // 21! > 2^64
  });
});
