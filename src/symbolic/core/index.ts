/**
 * The trusted core of the symbolic backend. Soundness of every `certified` verdict rests on this
 * folder alone: it imports nothing outside itself (no I/O, no search, no z3, no nerdamer), uses
 * exact `bigint` arithmetic only, and is the only code that can mint a `Verified` value.
 *
 * Algorithm sketch: oracles (../oracle) search for a certificate and hand it over as plain data;
 * a checker here multiplies it out with exact rationals and mints `Verified<claim>` only when the
 * certificate proves the claim. Anything malformed, unproved or too large is a value
 * (`rejected` / `resource`), never an acceptance.
 *
 * Trust boundary: callers are trusted to state their facts faithfully (a hypothesis `x < y`
 * becomes the fact `y - x > 0`, with Lean's semantics for ℕ/ℤ already applied); the core
 * guarantees that what it verifies follows from those facts over the real numbers.
 *
 * Files:
 * - limits.ts      — resource bounds (bits, terms, degree) and the `Bounded<T>` result type.
 * - integer.ts     — Lean's ℕ/ℤ operations on bigint: truncating `natSub`, Euclidean `intEDiv`/`intEMod`, gcd, guarded pow/factorial.
 * - rational.ts    — `Rational` (normalised in `Rational.of`), Lean's `x / 0 = 0`, floor/ceil, exact decimal parsing.
 * - polynomial.ts  — sparse polynomials over ℚ in atom indices, in a canonical form whose equality is polynomial identity.
 * - certificate.ts — the checkers: Positivstellensatz/linear contradiction certificates and polynomial identities.
 * - verified.ts    — the `Verified<T>` brand; its minting function is internal to this folder and not re-exported.
 */
export { DEFAULT_LIMITS, bitLength, type Bounded, type Limits, type ResourceError } from './limits.ts';
export { factorial, gcd, intEDiv, intEMod, intPow, intToNat, lcm, natAbs, natDiv, natMod, natSub } from './integer.ts';
export { Rational, checkedMul, fieldDiv, fieldInv, intCeil, intFloor, parseDecimal, withinLimits, type ParsedDecimal } from './rational.ts';
export { Polynomial, compareMonomials, monomial, type Atom, type Monomial, type Term } from './polynomial.ts';
export {
  MAX_FACTORS,
  checkCertificate,
  checkIdentity,
  factTerm,
  productTerm,
  squareTerm,
  type Certificate,
  type CertificateCheck,
  type CertificateTerm,
  type Contradiction,
  type Fact,
  type Factor,
  type Identity,
  type IdentityCheck,
  type Relation,
} from './certificate.ts';
export { Verified } from './verified.ts';
