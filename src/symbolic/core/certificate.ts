/**
 * The checkers of the trusted core. An untrusted oracle proposes a certificate as plain data;
 * these functions re-derive everything with exact arithmetic and mint a `Verified` value only
 * when the certificate proves its claim.
 *
 * Positivstellensatz/linear certificates. Given facts `pᵢ > 0`, `pᵢ ≥ 0`, `pᵢ = 0`, a certificate
 * is a list of terms `λ · F₁ · … · Fₖ` where each factor `F` is a fact's polynomial or a square
 * `q²` (always ≥ 0), and the empty product is the constant 1 (> 0). Under the facts each product
 * has a known sign: 0 if some factor is an `= 0` fact (then λ may be any rational), else > 0 if
 * every factor is a `> 0` fact, else ≥ 0 (then λ must be ≥ 0). So the sum S of all terms is ≥ 0,
 * and > 0 when some strict product has λ > 0. The checker multiplies out and accepts only if S
 * is identically a constant c with c < 0, or c = 0 with such a strict term: a contradiction.
 * Monomials are opaque to the check, so nonlinear monomials act as atoms for `linarith`, and
 * `nlinarith` products are just terms with two factors.
 */
import { DEFAULT_LIMITS, resource, type Limits, type ResourceError } from './limits.ts';
import { Polynomial, type Monomial } from './polynomial.ts';
import { Rational } from './rational.ts';
import { mintVerified, type Verified } from './verified.ts';

/** `poly > 0`, `poly ≥ 0` or `poly = 0`. */
export type Relation = '>0' | '≥0' | '=0';

/** A hypothesis about real-valued atoms. Its truth is the caller's responsibility. */
export interface Fact {
  readonly poly: Polynomial;
  readonly rel: Relation;
}

/** One factor of a certificate product: a fact by index, or a square `poly²`. */
export type Factor = { readonly kind: 'fact'; readonly index: number } | { readonly kind: 'square'; readonly poly: Polynomial };

/** `coeff · Π factors`; no factors means the constant 1. */
export interface CertificateTerm {
  readonly coeff: Rational;
  readonly factors: readonly Factor[];
}

export interface Certificate {
  readonly terms: readonly CertificateTerm[];
}

/** Claim: no assignment of real numbers to atoms satisfies all `facts`. */
export interface Contradiction {
  readonly kind: 'contradiction';
  readonly facts: readonly Fact[];
}

/** Claim: `lhs` and `rhs` are equal as polynomials (so equal for every value of the atoms). */
export interface Identity {
  readonly kind: 'identity';
  readonly lhs: Polynomial;
  readonly rhs: Polynomial;
}

export type CertificateCheck =
  | { readonly kind: 'verified'; readonly proof: Verified<Contradiction> }
  | { readonly kind: 'rejected'; readonly message: string }
  | ResourceError;

export type IdentityCheck =
  | { readonly kind: 'verified'; readonly proof: Verified<Identity> }
  | { readonly kind: 'rejected'; readonly difference: Polynomial };

/** Most factors in one certificate product (pairs for `nlinarith`; a little slack for hints). */
export const MAX_FACTORS = 4;

/** `coeff · fact[index]`. */
export function factTerm(index: number, coeff: Rational): CertificateTerm {
  return { coeff, factors: [{ kind: 'fact', index }] };
}

/** `coeff · fact[left] · fact[right]`. */
export function productTerm(left: number, right: number, coeff: Rational): CertificateTerm {
  return { coeff, factors: [{ kind: 'fact', index: left }, { kind: 'fact', index: right }] };
}

/** `coeff · poly²`. */
export function squareTerm(poly: Polynomial, coeff: Rational): CertificateTerm {
  return { coeff, factors: [{ kind: 'square', poly }] };
}

type Sign = 'zero' | 'strict' | 'nonneg';

/**
 * Accepts (mints `Verified<Contradiction>`) only if `certificate` proves that `facts` are
 * jointly unsatisfiable over the reals, by the rule in the module comment. Malformed data
 * (bad indices, wrong types, too many factors) is rejected, never trusted; products past
 * `limits` are refused as a resource error.
 */
export function checkCertificate(facts: readonly Fact[], certificate: Certificate, limits: Limits = DEFAULT_LIMITS): CertificateCheck {
  // Snapshot the facts first: the claim must describe exactly what was checked.
  if (!Array.isArray(facts)) return reject('facts are not an array');
  const snapshot: Fact[] = [];
  for (const f of facts as readonly unknown[]) {
    if (typeof f !== 'object' || f === null) return reject('a fact is not an object');
    const { poly, rel } = f as { poly: unknown; rel: unknown };
    if (!Polynomial.isGenuine(poly)) return reject('a fact polynomial is not a Polynomial');
    if (rel !== '>0' && rel !== '≥0' && rel !== '=0') return reject(`unknown relation ${String(rel)}`);
    snapshot.push(Object.freeze({ poly, rel }));
  }
  Object.freeze(snapshot);

  const terms: unknown = typeof certificate === 'object' && certificate !== null ? certificate.terms : undefined;
  if (!Array.isArray(terms)) return reject('certificate terms are not an array');
  if (terms.length > limits.maxTerms) return resource(`certificate with ${terms.length} terms exceeds the term limit`);

  const sum: [Monomial, Rational][] = [];
  let strictPositive = false;
  for (const raw of terms as readonly unknown[]) {
    if (typeof raw !== 'object' || raw === null) return reject('a certificate term is not an object');
    const { coeff, factors } = raw as { coeff: unknown; factors: unknown };
    if (!Rational.isGenuine(coeff)) return reject('a certificate coefficient is not a Rational');
    if (!Array.isArray(factors)) return reject('certificate factors are not an array');
    if (factors.length > MAX_FACTORS) return reject(`a product of ${factors.length} factors exceeds ${MAX_FACTORS}`);

    let product = Polynomial.ONE;
    let sign: Sign = 'strict';
    for (const rawFactor of factors as readonly unknown[]) {
      const factor = readFactor(rawFactor, snapshot);
      if (typeof factor === 'string') return reject(factor);
      sign = combine(sign, factor.sign);
      for (let k = 0; k < factor.multiplicity; k++) {
        const next = product.mulChecked(factor.poly, limits);
        if (next.kind !== 'ok') return next;
        product = next.value;
      }
    }

    if (sign !== 'zero' && coeff.isNegative()) {
      return reject(`negative coefficient ${coeff} on a product known only to be ${sign === 'strict' ? '> 0' : '≥ 0'}`);
    }
    if (sign === 'strict' && coeff.isPositive()) strictPositive = true;
    for (const t of product.terms) sum.push([t.monomial, t.coeff.mul(coeff)]);
  }

  const total = Polynomial.fromTerms(sum);
  const c = total.constantValue();
  if (c === undefined) return reject(`the combination is not constant: ${total.toString()}`);
  if (c.isNegative() || (c.isZero() && strictPositive)) {
    return { kind: 'verified', proof: mintVerified<Contradiction>(Object.freeze({ kind: 'contradiction', facts: snapshot })) };
  }
  return reject(c.isZero() ? 'the combination is 0 but no strict inequality has a positive coefficient' : `the combination is the positive constant ${c}`);
}

/** Accepts (mints `Verified<Identity>`) exactly when `lhs - rhs` normalises to the zero polynomial. */
export function checkIdentity(lhs: Polynomial, rhs: Polynomial): IdentityCheck {
  if (!Polynomial.isGenuine(lhs) || !Polynomial.isGenuine(rhs)) return { kind: 'rejected', difference: Polynomial.ONE };
  const difference = lhs.sub(rhs);
  if (!difference.isZero()) return { kind: 'rejected', difference };
  return { kind: 'verified', proof: mintVerified<Identity>(Object.freeze({ kind: 'identity', lhs, rhs })) };
}

/** A factor as `poly ^ multiplicity` with its known sign, or why it is malformed. */
function readFactor(raw: unknown, facts: readonly Fact[]): { poly: Polynomial; multiplicity: 1 | 2; sign: Sign } | string {
  if (typeof raw !== 'object' || raw === null) return 'a factor is not an object';
  const kind = (raw as { kind: unknown }).kind;
  if (kind === 'fact') {
    const index = (raw as { index: unknown }).index;
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0 || index >= facts.length) {
      return `fact index ${String(index)} out of range`;
    }
    const fact = facts[index]!;
    return { poly: fact.poly, multiplicity: 1, sign: fact.rel === '=0' ? 'zero' : fact.rel === '>0' ? 'strict' : 'nonneg' };
  }
  if (kind === 'square') {
    const poly = (raw as { poly: unknown }).poly;
    if (!Polynomial.isGenuine(poly)) return 'a square factor is not a Polynomial';
    // q² ≥ 0 always; never strict, since q may vanish.
    return { poly, multiplicity: 2, sign: 'nonneg' };
  }
  return `unknown factor kind ${String(kind)}`;
}

function combine(a: Sign, b: Sign): Sign {
  if (a === 'zero' || b === 'zero') return 'zero';
  if (a === 'strict' && b === 'strict') return 'strict';
  return 'nonneg';
}

function reject(message: string): { kind: 'rejected'; message: string } {
  return { kind: 'rejected', message };
}
