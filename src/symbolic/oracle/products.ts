/**
 * `nlinarith`'s preprocessing (after Mathlib's `Linarith/Preprocessing.lean`): besides the facts,
 * consider hint squares `q² ≥ 0` (given by the caller, plus `m² ≥ 0` for every even monomial
 * `m²` that occurs in a fact), and all pairwise products of these, squares of each included.
 * The simplex then looks for a linear combination over this larger set; the certificate names
 * the products by their factors, so the core multiplies them out again itself.
 */
import {
  DEFAULT_LIMITS,
  Polynomial,
  Rational,
  monomial,
  type Certificate,
  type CertificateTerm,
  type Fact,
  type Factor,
  type Limits,
} from '../core/index.ts';
import { findMultipliers, signOf, type Generator, type SearchBudget } from './simplex.ts';

export interface ProductOptions extends SearchBudget {
  /** Extra polynomials q known to give q² ≥ 0 hints (Mathlib's `nlinarith [sq_nonneg (a - b)]`). */
  readonly squares?: readonly Polynomial[];
  /** Most pairwise products to form (earlier facts first); the rest are dropped. */
  readonly maxProducts?: number;
  readonly limits?: Limits;
}

export const DEFAULT_MAX_PRODUCTS = 600;

export type ProductSearch =
  | { readonly kind: 'found'; readonly certificate: Certificate }
  | { readonly kind: 'feasible' }
  | { readonly kind: 'not-found'; readonly reason: 'timeout' | 'pivot-limit' };

interface Base {
  readonly factor: Factor;
  readonly poly: Polynomial; // the factor's value: the fact's polynomial, or q² for a square
  readonly sign: Generator['sign'];
}

/** Searches for a certificate over the facts, hint squares and their pairwise products. */
export function findProductCertificate(facts: readonly Fact[], options: ProductOptions): ProductSearch {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const bases: Base[] = facts.map((f, index) => ({ factor: { kind: 'fact', index }, poly: f.poly, sign: signOf(f) }));
  const seenSquares = new Set<string>();
  for (const q of [...(options.squares ?? []), ...evenMonomialRoots(facts)]) {
    if (q.isConstant() || seenSquares.has(q.key)) continue;
    seenSquares.add(q.key);
    const sq = q.mulChecked(q, limits);
    if (sq.kind === 'ok') bases.push({ factor: { kind: 'square', poly: q }, poly: sq.value, sign: 'nonneg' });
  }

  const generators: { factors: Factor[]; poly: Polynomial; sign: Generator['sign'] }[] = bases.map((b) => ({
    factors: [b.factor],
    poly: b.poly,
    sign: b.sign,
  }));
  const maxProducts = options.maxProducts ?? DEFAULT_MAX_PRODUCTS;
  let made = 0;
  outer: for (let i = 0; i < bases.length; i++) {
    for (let j = i; j < bases.length; j++) {
      if (made >= maxProducts) break outer;
      const a = bases[i]!;
      const b = bases[j]!;
      const p = a.poly.mulChecked(b.poly, limits);
      if (p.kind !== 'ok') continue; // too large to be useful; the search just does without it
      made++;
      generators.push({ factors: [a.factor, b.factor], poly: p.value, sign: productSign(a.sign, b.sign) });
    }
  }

  const r = findMultipliers(generators, options);
  if (r.kind !== 'found') return r;
  const terms: CertificateTerm[] = [];
  r.multipliers.forEach((coeff, k) => {
    if (!coeff.isZero()) terms.push({ coeff, factors: generators[k]!.factors });
  });
  return { kind: 'found', certificate: { terms } };
}

/** The sign of a product of two generators, as the core's rule assigns it. */
function productSign(a: Generator['sign'], b: Generator['sign']): Generator['sign'] {
  if (a === 'zero' || b === 'zero') return 'zero';
  return a === 'strict' && b === 'strict' ? 'strict' : 'nonneg';
}

/** For each monomial m² (all exponents even, degree ≥ 2) occurring in a fact, the monomial m. */
function evenMonomialRoots(facts: readonly Fact[]): Polynomial[] {
  const roots = new Map<string, Polynomial>();
  for (const f of facts) {
    for (const t of f.poly.terms) {
      const fs = t.monomial.factors;
      if (t.monomial.degree < 2 || !fs.every(([, e]) => e % 2 === 0)) continue;
      const root = monomial(fs.map(([a, e]) => [a, e / 2] as const));
      if (!roots.has(root.key)) roots.set(root.key, Polynomial.fromTerms([[root, Rational.ONE]]));
    }
  }
  return [...roots.values()];
}
