import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Polynomial, Rational, checkIdentity, monomial } from '../../../src/symbolic/core/index.ts';
import { evalExpr, exprArb, pointArb, polyArb, smallRational, toPoly, type Expr } from './arbitraries.ts';

const ATOMS = 3;
const poly = polyArb(ATOMS, 3);
const x = Polynomial.atom(0);
const y = Polynomial.atom(1);

describe('Polynomial ring laws', () => {
  it('commutative ring axioms hold in normal form', () => {
    fc.assert(
      fc.property(poly, poly, poly, (p, q, r) => {
        expect(p.add(q).equals(q.add(p))).toBe(true);
        expect(p.mul(q).equals(q.mul(p))).toBe(true);
        expect(p.add(q).add(r).equals(p.add(q.add(r)))).toBe(true);
        expect(p.mul(q).mul(r).equals(p.mul(q.mul(r)))).toBe(true);
        expect(p.mul(q.add(r)).equals(p.mul(q).add(p.mul(r)))).toBe(true);
        expect(p.sub(p).isZero()).toBe(true);
        expect(p.mul(Polynomial.ONE).equals(p)).toBe(true);
        expect(p.add(Polynomial.ZERO).equals(p)).toBe(true);
        expect(p.mul(Polynomial.ZERO).isZero()).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('degree is additive under products of nonzero polynomials', () => {
    fc.assert(
      fc.property(poly, poly, (p, q) => {
        fc.pre(!p.isZero() && !q.isZero());
        expect(p.mul(q).degree).toBe(p.degree + q.degree);
      }),
      { numRuns: 100 },
    );
  });

  it('the normal form does not depend on the order terms are given in', () => {
    fc.assert(
      fc.property(poly, fc.integer(), (p, seed) => {
        const pairs = p.terms.map((t) => [t.monomial, t.coeff] as const);
        // Split every coefficient in two and shuffle deterministically by the seed.
        const split = pairs.flatMap(([m, c]) => [
          [monomial(m.factors.slice().reverse()), c.sub(Rational.ONE)] as const,
          [m, Rational.ONE] as const,
        ]);
        const shuffled = split.map((e, i) => ({ e, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((s) => s.e);
        expect(Polynomial.fromTerms(shuffled).key).toBe(p.key);
      }),
      { numRuns: 100 },
    );
  });
});

describe('normal form against direct evaluation', () => {
  it('toPoly(e) evaluates like e at random rational points', () => {
    fc.assert(
      fc.property(exprArb(ATOMS), pointArb(ATOMS), (e, pt) => {
        const direct = evalExpr(e, pt);
        const viaPoly = toPoly(e).evaluate((a) => pt[a]!);
        expect(viaPoly.equals(direct)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('checkIdentity accepts known identities built as different trees', () => {
    const c = (v: number): Expr => ({ op: 'const', value: Rational.fromInt(v) });
    fc.assert(
      fc.property(exprArb(ATOMS, 2), exprArb(ATOMS, 2), exprArb(ATOMS, 2), (a, b, d) => {
        // a·(b + d) = a·b + a·d; (a + b)² = a² + 2ab + b²; (a - b)(a + b) = a² - b²
        const pairs: [Expr, Expr][] = [
          [{ op: 'mul', left: a, right: { op: 'add', left: b, right: d } }, { op: 'add', left: { op: 'mul', left: a, right: b }, right: { op: 'mul', left: a, right: d } }],
          [
            { op: 'pow', arg: { op: 'add', left: a, right: b }, exp: 2 },
            { op: 'add', left: { op: 'add', left: { op: 'pow', arg: a, exp: 2 }, right: { op: 'mul', left: c(2), right: { op: 'mul', left: a, right: b } } }, right: { op: 'mul', left: b, right: b } },
          ],
          [
            { op: 'mul', left: { op: 'sub', left: a, right: b }, right: { op: 'add', left: a, right: b } },
            { op: 'sub', left: { op: 'pow', arg: a, exp: 2 }, right: { op: 'pow', arg: b, exp: 2 } },
          ],
        ];
        for (const [l, r] of pairs) expect(checkIdentity(toPoly(l), toPoly(r)).kind).toBe('verified');
      }),
      { numRuns: 100 },
    );
  });

  it('checkIdentity verifies only pairs that agree at every sampled point, and rejects any pair that differs somewhere', () => {
    fc.assert(
      fc.property(exprArb(2, 2), exprArb(2, 2), fc.array(pointArb(2), { minLength: 8, maxLength: 8 }), (l, r, pts) => {
        const result = checkIdentity(toPoly(l), toPoly(r));
        const agree = pts.every((pt) => evalExpr(l, pt).equals(evalExpr(r, pt)));
        if (result.kind === 'verified') expect(agree).toBe(true);
        if (!agree) expect(result.kind).toBe('rejected');
        if (result.kind === 'rejected') expect(result.difference.isZero()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('expands (x + y)² exactly, and does not confuse x² with x although they agree at 0 and 1', () => {
    // (x + y)² - x² - 2xy - y² vanishes; x² - x does not, although it vanishes at 0 and 1.
    const sq = x.add(y).pow(2);
    expect(sq.kind).toBe('ok');
    if (sq.kind === 'ok') expect(sq.value.sub(x.mul(x)).sub(x.mul(y).scale(Rational.fromInt(2))).sub(y.mul(y)).isZero()).toBe(true);
    const r = checkIdentity(x.mul(x), x);
    expect(r.kind).toBe('rejected');
  });
});

describe('polynomial queries', () => {
  it('constants, degree and text', () => {
    const p = x.mul(x).sub(x.mul(y).scale(Rational.fromInt(2))).add(Polynomial.constant(Rational.of(1n, 2n)));
    expect(p.toString()).toBe('x0^2 - 2*x0*x1 + 1/2');
    expect(p.degree).toBe(2);
    expect(p.isConstant()).toBe(false);
    expect(p.constantTerm().equals(Rational.of(1n, 2n))).toBe(true);
    expect(p.atoms()).toEqual([0, 1]);
    expect(Polynomial.constant(3).constantValue()?.equals(Rational.fromInt(3))).toBe(true);
    expect(Polynomial.ZERO.constantValue()?.isZero()).toBe(true);
    expect(Polynomial.ZERO.isConstant()).toBe(true);
    expect(p.coefficient(monomial([[1, 1], [0, 1]])).equals(Rational.fromInt(-2))).toBe(true);
  });

  it('scale and neg agree with multiplication by a constant', () => {
    fc.assert(
      fc.property(poly, smallRational, (p, c) => {
        expect(p.scale(c).equals(p.mul(Polynomial.constant(c)))).toBe(true);
        expect(p.neg().equals(p.scale(Rational.fromInt(-1)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('pow agrees with repeated multiplication and p^0 = 1, also for p = 0', () => {
    fc.assert(
      fc.property(polyArb(2, 2, 3), fc.integer({ min: 0, max: 5 }), (p, n) => {
        let expected = Polynomial.ONE;
        for (let i = 0; i < n; i++) expected = expected.mul(p);
        const r = p.pow(n);
        expect(r.kind === 'ok' && r.value.equals(expected)).toBe(true);
      }),
      { numRuns: 100 },
    );
    const z = Polynomial.ZERO.pow(0);
    expect(z.kind === 'ok' && z.value.equals(Polynomial.ONE)).toBe(true);
  });

  it('refuses powers past the degree, term or bit limits instead of building them', () => {
    const start = Date.now();
    expect(x.add(y).pow(10n ** 9n).kind).toBe('resource');
    expect(Polynomial.constant(2).pow(10n ** 9n).kind).toBe('resource');
    const many = [0, 1, 2, 3, 4, 5, 6, 7].reduce((acc, a) => acc.add(Polynomial.atom(a)), Polynomial.ONE);
    expect(many.pow(12, { maxBits: 10_000, maxTerms: 5_000, maxDegree: 100 }).kind).toBe('resource');
    expect(Date.now() - start).toBeLessThan(2000);
    expect(x.add(y).pow(3, { maxBits: 100, maxTerms: 100, maxDegree: 3 }).kind).toBe('ok');
    expect(x.add(y).pow(4, { maxBits: 100, maxTerms: 100, maxDegree: 3 }).kind).toBe('resource');
  });

  it('rejects malformed atoms and exponents as caller bugs', () => {
    expect(() => Polynomial.atom(-1)).toThrow(/internal error/);
    expect(() => Polynomial.monomial([[0, 1.5]])).toThrow(/internal error/);
    expect(() => x.pow(-1)).toThrow(/internal error/);
  });
});
