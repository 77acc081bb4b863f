import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, checkedMul, fieldDiv, fieldInv, gcd, intCeil, intFloor, parseDecimal } from '../../../src/symbolic/core/index.ts';
import { anyRational, bigInt } from './arbitraries.ts';

const nonzero = bigInt.filter((d) => d !== 0n);

/** Independent reference: unnormalised fractions compared by cross-multiplication. */
function sameValue(r: Rational, n: bigint, d: bigint): boolean {
  return r.num * d === n * r.den;
}

describe('Rational normal form', () => {
  it('is gcd-reduced with a positive denominator and the same value', () => {
    fc.assert(
      fc.property(bigInt, nonzero, (n, d) => {
        const r = Rational.of(n, d);
        expect(r.den > 0n).toBe(true);
        expect(gcd(r.num, r.den)).toBe(1n);
        expect(sameValue(r, n, d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('equal values have equal fields and strings', () => {
    fc.assert(
      fc.property(bigInt, nonzero, fc.bigInt({ min: 1n, max: 1000n }), (n, d, k) => {
        const a = Rational.of(n, d);
        const b = Rational.of(-n * k, -d * k);
        expect(a.equals(b)).toBe(true);
        expect(a.toString()).toBe(b.toString());
      }),
      { numRuns: 200 },
    );
  });

  it('a zero denominator is a caller bug; look-alike objects are not genuine', () => {
    expect(() => Rational.of(1n, 0n)).toThrow(/internal error/);
    expect(Rational.isGenuine(Rational.of(1n, 2n))).toBe(true);
    expect(Rational.isGenuine(Object.create(Rational.prototype))).toBe(false);
    expect(Rational.isGenuine({ num: 1n, den: 2n })).toBe(false);
    const Ctor = Rational as unknown as new (...args: unknown[]) => Rational;
    expect(() => new Ctor(Symbol('Rational'), 1n, -1n)).toThrow(/internal error/);
  });
});

describe('Rational arithmetic', () => {
  it('add, sub, mul, div match the textbook fraction formulas', () => {
    fc.assert(
      fc.property(bigInt, nonzero, bigInt, nonzero, (a, b, c, d) => {
        const x = Rational.of(a, b);
        const y = Rational.of(c, d);
        expect(sameValue(x.add(y), a * d + c * b, b * d)).toBe(true);
        expect(sameValue(x.sub(y), a * d - c * b, b * d)).toBe(true);
        expect(sameValue(x.mul(y), a * c, b * d)).toBe(true);
        if (c !== 0n) expect(sameValue(x.div(y), a * d, b * c)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('satisfies the ordered-field laws', () => {
    fc.assert(
      fc.property(anyRational, anyRational, anyRational, (x, y, z) => {
        expect(x.add(y).equals(y.add(x))).toBe(true);
        expect(x.mul(y).equals(y.mul(x))).toBe(true);
        expect(x.add(y).add(z).equals(x.add(y.add(z)))).toBe(true);
        expect(x.mul(y).mul(z).equals(x.mul(y.mul(z)))).toBe(true);
        expect(x.mul(y.add(z)).equals(x.mul(y).add(x.mul(z)))).toBe(true);
        expect(x.add(x.neg()).isZero()).toBe(true);
        if (!x.isZero()) expect(x.mul(Rational.ONE.div(x)).equals(Rational.ONE)).toBe(true);
        // Order is compatible with addition, and compare agrees with the sign of the difference.
        expect(x.compare(y)).toBe(x.sub(y).sign());
        if (x.compare(y) < 0) expect(x.add(z).compare(y.add(z))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('floor and ceil bracket the value', () => {
    fc.assert(
      fc.property(anyRational, (x) => {
        const f = Rational.fromInt(intFloor(x));
        const c = Rational.fromInt(intCeil(x));
        expect(f.compare(x) <= 0 && x.compare(f.add(Rational.ONE)) < 0).toBe(true);
        expect(c.compare(x) >= 0 && x.compare(c.sub(Rational.ONE)) > 0).toBe(true);
        expect(x.isInteger() ? f.equals(c) : c.sub(f).equals(Rational.ONE)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(intFloor(Rational.of(-7n, 2n))).toBe(-4n);
    expect(intCeil(Rational.of(-7n, 2n))).toBe(-3n);
    expect(intFloor(Rational.of(7n, 2n))).toBe(3n);
  });

  it('pow: exponent laws for integer exponents, Lean zpow conventions at 0', () => {
    fc.assert(
      fc.property(
        anyRational.filter((x) => !x.isZero() && x.bitSize() < 40),
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: -6, max: 6 }),
        (x, m, n) => {
          const pm = x.pow(m);
          const pn = x.pow(n);
          const pmn = x.pow(m + n);
          if (pm.kind !== 'ok' || pn.kind !== 'ok' || pmn.kind !== 'ok') throw new Error('small power refused');
          expect(pm.value.mul(pn.value).equals(pmn.value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    expect(Rational.ZERO.pow(0)).toEqual({ kind: 'ok', value: Rational.ONE });
    expect(Rational.ZERO.pow(-3)).toEqual({ kind: 'ok', value: Rational.ZERO });
    const half = Rational.of(1n, 2n).pow(-3);
    expect(half.kind === 'ok' && half.value.equals(Rational.fromInt(8))).toBe(true);
  });

  it('pow and checkedMul refuse numbers past the bit limit', () => {
    expect(Rational.fromInt(2).pow(10n ** 9n).kind).toBe('resource');
    expect(Rational.of(1n, 3n).pow(-(10n ** 9n)).kind).toBe('resource');
    const limits = { maxBits: 64, maxTerms: 100, maxDegree: 10 };
    const big = Rational.fromInt(2n ** 40n);
    expect(checkedMul(big, big, limits).kind).toBe('resource');
    expect(checkedMul(big, Rational.fromInt(2n ** 20n), limits).kind).toBe('ok');
  });

  it('Lean field division: x / 0 = 0 and 0⁻¹ = 0; plain div by zero is a bug', () => {
    fc.assert(
      fc.property(anyRational, (x) => {
        expect(fieldDiv(x, Rational.ZERO).isZero()).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(fieldInv(Rational.ZERO).isZero()).toBe(true);
    expect(fieldInv(Rational.of(2n, 3n)).equals(Rational.of(3n, 2n))).toBe(true);
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(/internal error/);
  });
});

describe('parseDecimal', () => {
  it('reads whole.fraction as (whole·10^k + fraction) / 10^k', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.stringMatching(/^[0-9]{1,8}$/),
        (negative, whole, frac) => {
          const text = `${negative ? '-' : ''}${whole}.${frac}`;
          const r = parseDecimal(text);
          const scale = 10n ** BigInt(frac.length);
          const magnitude = whole * scale + BigInt(frac);
          expect(r.kind).toBe('ok');
          if (r.kind === 'ok') expect(sameValue(r.value, negative ? -magnitude : magnitude, scale)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles the examples, exponents, bad input and huge exponents', () => {
    const value = (s: string) => {
      const r = parseDecimal(s);
      return r.kind === 'ok' ? r.value.toString() : r.kind;
    };
    expect(value('2.5')).toBe('5/2');
    expect(value('-0.125')).toBe('-1/8');
    expect(value('1e3')).toBe('1000');
    expect(value('2.5e-1')).toBe('1/4');
    expect(value('007')).toBe('7');
    expect(value('1.')).toBe('invalid');
    expect(value('abc')).toBe('invalid');
    expect(value('1/2')).toBe('invalid');
    expect(value('1e1000000000')).toBe('resource');
  });
});
