/**
 * Polynomials back to terms (for `ring_nf`, `field_simp` and the simplifier's output): the
 * inverse of the linearisation on the polynomials it produces. `polyToTerm(p, ty)` builds a term
 * of type `ty` whose value is `p`'s value: atoms print as their representative terms (cast up
 * to `ty` when they live lower in the tower), coefficients as numerals.
 */
import { Rational, type Polynomial } from '../core/index.ts';
import { mkArith, mkCast, mkLit, mkNeg, mkPow, type Term } from '../syntax/ast.ts';
import { NAT, canCoerce, tyEquals, type NumTy } from '../syntax/types.ts';
import type { AtomTable } from './atoms.ts';

/** The numeral `c ≥ 0` at `ty`: a literal, or `p / q` in a field. `undefined` if `ty` cannot hold it. */
export function numeral(c: Rational, ty: NumTy): Term | undefined {
  if (c.isNegative()) return undefined;
  if (c.isInteger()) return mkLit(c.num, ty);
  if (ty.name === 'Nat' || ty.name === 'Int') return undefined;
  return mkArith('/', mkLit(c.num, ty), mkLit(c.den, ty));
}

/** The number `c` (any sign) at `ty`: `-3` is `neg 3`, as Lean writes it. */
export function constantTerm(c: Rational, ty: NumTy): Term | undefined {
  if (c.isNegative()) {
    if (ty.name === 'Nat') return undefined;
    const pos = numeral(c.neg(), ty);
    return pos === undefined ? undefined : mkNeg(pos);
  }
  return numeral(c, ty);
}

/** The atom's term at `ty` (with a cast when the atom's own type is lower), or `undefined`. */
export function atomTerm(table: AtomTable, atom: number, ty: NumTy): Term | undefined {
  const info = table.info(atom);
  if (tyEquals(info.type, ty)) return info.term;
  if (canCoerce(info.type, ty)) return mkCast(info.term, ty);
  return undefined;
}

/**
 * A term of type `ty` whose value is `p` (terms in the polynomial's canonical order, so equal
 * polynomials print equally). `undefined` when `ty` cannot express it: a negative coefficient
 * at ℕ, a fraction at ℕ/ℤ, or an atom from higher up the tower.
 */
export function polyToTerm(p: Polynomial, ty: NumTy, table: AtomTable): Term | undefined {
  if (p.isZero()) return mkLit(0n, ty);
  let acc: Term | undefined;
  for (const t of p.terms) {
    const negative = t.coeff.isNegative();
    const c = t.coeff.abs();
    let mono: Term | undefined;
    for (const [atom, e] of t.monomial.factors) {
      const base = atomTerm(table, atom, ty);
      if (base === undefined) return undefined;
      const factor = e === 1 ? base : mkPow(base, mkLit(BigInt(e), NAT));
      mono = mono === undefined ? factor : mkArith('*', mono, factor);
    }
    let term: Term | undefined;
    if (mono === undefined) term = numeral(c, ty);
    else if (c.equals(Rational.ONE)) term = mono;
    else {
      const k = numeral(c, ty);
      term = k === undefined ? undefined : mkArith('*', k, mono);
    }
    if (term === undefined) return undefined;
    if (acc === undefined) {
      if (negative) {
        if (ty.name === 'Nat') return undefined;
        acc = mkNeg(term);
      } else acc = term;
    } else if (negative) {
      if (ty.name === 'Nat') return undefined;
      acc = mkArith('-', acc, term);
    } else acc = mkArith('+', acc, term);
  }
  return acc;
}
