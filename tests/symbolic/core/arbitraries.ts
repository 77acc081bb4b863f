/**
 * Shared fast-check generators for the core and oracle suites, plus an independent expression
 * evaluator: expression trees are evaluated directly with rationals, never through Polynomial,
 * so they can cross-check the polynomial normal form.
 */
import fc from 'fast-check';
import { Polynomial, Rational, type Fact, type Relation } from '../../../src/symbolic/core/index.ts';

export const smallInt = fc.bigInt({ min: -20n, max: 20n });
export const bigInt = fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n });

/** Rationals with small numerators and denominators (what random points and coefficients use). */
export const smallRational = fc
  .tuple(fc.bigInt({ min: -12n, max: 12n }), fc.bigInt({ min: 1n, max: 6n }))
  .map(([n, d]) => Rational.of(n, d));

export const anyRational = fc.tuple(bigInt, bigInt.filter((d) => d !== 0n)).map(([n, d]) => Rational.of(n, d));

/** An arithmetic expression over atoms 0..atoms-1, kept as a tree. */
export type Expr =
  | { readonly op: 'atom'; readonly atom: number }
  | { readonly op: 'const'; readonly value: Rational }
  | { readonly op: 'neg'; readonly arg: Expr }
  | { readonly op: 'add' | 'sub' | 'mul'; readonly left: Expr; readonly right: Expr }
  | { readonly op: 'pow'; readonly arg: Expr; readonly exp: number };

export function exprArb(atoms: number, depth = 3): fc.Arbitrary<Expr> {
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    fc.integer({ min: 0, max: atoms - 1 }).map((atom) => ({ op: 'atom', atom }) as const),
    smallRational.map((value) => ({ op: 'const', value }) as const),
  );
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', maxDepth: depth },
      leaf,
      tie('expr').map((arg) => ({ op: 'neg', arg }) as const),
      fc.tuple(fc.constantFrom('add', 'sub', 'mul') as fc.Arbitrary<'add' | 'sub' | 'mul'>, tie('expr'), tie('expr')).map(
        ([op, left, right]) => ({ op, left, right }) as const,
      ),
      fc.tuple(tie('expr'), fc.integer({ min: 0, max: 3 })).map(([arg, exp]) => ({ op: 'pow', arg, exp }) as const),
    ),
  }));
  return expr;
}

/** Direct evaluation of the tree: repeated multiplication, no Polynomial involved. */
export function evalExpr(e: Expr, point: readonly Rational[]): Rational {
  switch (e.op) {
    case 'atom':
      return point[e.atom]!;
    case 'const':
      return e.value;
    case 'neg':
      return evalExpr(e.arg, point).neg();
    case 'add':
      return evalExpr(e.left, point).add(evalExpr(e.right, point));
    case 'sub':
      return evalExpr(e.left, point).sub(evalExpr(e.right, point));
    case 'mul':
      return evalExpr(e.left, point).mul(evalExpr(e.right, point));
    case 'pow': {
      const base = evalExpr(e.arg, point);
      let r = Rational.ONE;
      for (let i = 0; i < e.exp; i++) r = r.mul(base);
      return r;
    }
  }
}

/** The tree normalised with Polynomial operations. */
export function toPoly(e: Expr): Polynomial {
  switch (e.op) {
    case 'atom':
      return Polynomial.atom(e.atom);
    case 'const':
      return Polynomial.constant(e.value);
    case 'neg':
      return toPoly(e.arg).neg();
    case 'add':
      return toPoly(e.left).add(toPoly(e.right));
    case 'sub':
      return toPoly(e.left).sub(toPoly(e.right));
    case 'mul':
      return toPoly(e.left).mul(toPoly(e.right));
    case 'pow': {
      const r = toPoly(e.arg).pow(e.exp);
      if (r.kind !== 'ok') throw new Error('small power refused');
      return r.value;
    }
  }
}

export function pointArb(atoms: number): fc.Arbitrary<Rational[]> {
  return fc.array(smallRational, { minLength: atoms, maxLength: atoms });
}

/** A polynomial given directly by random terms: degree ≤ maxDegree in atoms 0..atoms-1. */
export function polyArb(atoms: number, maxDegree: number, maxTerms = 5): fc.Arbitrary<Polynomial> {
  const term = fc.tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: atoms - 1 }), fc.integer({ min: 1, max: maxDegree })), { maxLength: maxDegree }),
    smallRational,
  );
  return fc.array(term, { maxLength: maxTerms }).map((terms) =>
    terms.reduce((acc, [factors, c]) => {
      // Cap the degree by dropping factors past maxDegree.
      const capped: [number, number][] = [];
      let deg = 0;
      for (const [a, e] of factors) {
        const take = Math.min(e, maxDegree - deg);
        if (take > 0) capped.push([a, take]);
        deg += take;
      }
      return acc.add(Polynomial.monomial(capped, c));
    }, Polynomial.ZERO),
  );
}

/** Whether every fact holds at `point` (evaluated independently of the checker). */
export function satisfiedAt(facts: readonly Fact[], point: readonly Rational[]): boolean {
  return facts.every((f) => holds(f.rel, f.poly.evaluate((a) => point[a] ?? Rational.ZERO)));
}

export function holds(rel: Relation, v: Rational): boolean {
  return rel === '>0' ? v.isPositive() : rel === '≥0' ? !v.isNegative() : v.isZero();
}

/**
 * Facts that all hold at `point`: each random polynomial is shifted and oriented so that it
 * holds there; `tight` polynomials are shifted to vanish at the point (boundary cases).
 */
export function plantedFacts(polys: readonly Polynomial[], kinds: readonly number[], point: readonly Rational[]): Fact[] {
  return polys.map((p, i) => {
    const kind = kinds[i % kinds.length]!;
    const v = p.evaluate((a) => point[a] ?? Rational.ZERO);
    if (kind % 3 === 0) return { poly: p.sub(Polynomial.constant(v)), rel: kind % 2 === 0 ? '=0' : '≥0' };
    if (kind % 3 === 1) {
      const q = p.sub(Polynomial.constant(v)).add(Polynomial.constant(Rational.of(1 + (kind % 5), 2)));
      return { poly: q, rel: '>0' };
    }
    // Keep p as is, oriented to be ≥ 0 (or > 0 when nonzero) at the point.
    const oriented = v.isNegative() ? p.neg() : p;
    return { poly: oriented, rel: v.isZero() ? '≥0' : '>0' };
  });
}
