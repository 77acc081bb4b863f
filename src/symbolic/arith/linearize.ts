/**
 * Linearisation: a numeric term → a polynomial over atoms (see atoms.ts), exact with Lean's
 * semantics. Guarantee: if every atom takes the value of its term, the polynomial's value is the
 * term's value. This is what lets `ring` compare normal forms and `linarith` state facts.
 *
 * What is a ring operation and what becomes an atom:
 * - `+`, `*`, numerals, `-` on ℤ/ℚ/ℝ/ℂ, `^` by a ℕ literal, and casts (values are embedded
 *   unchanged up the tower, so `↑(a + b)` is `↑a + ↑b` — push_cast for `+`, `*`, `^` only
 *   arises because the operations below the cast are already exact);
 * - ℕ `a - b` is an atom (`natSub`), except when `a - b` is provably ≥ 0 (its polynomial has
 *   nonnegative coefficients over ℕ atoms) or ≤ 0 (then it is 0), or both sides are numerals;
 * - ℕ/ℤ `a / k` by a nonzero literal is an atom (`div`); `a % k` is `a - k * (a / k)`, which is
 *   Lean's `Nat.mod_add_div` / `Int.emod_def`; by a non-literal, both are opaque atoms;
 * - field `x / y` is `x * y⁻¹`; `y⁻¹` is exact for a numeral (`0⁻¹ = 0`), `(c·Πxᵢ^eᵢ)⁻¹ =
 *   c⁻¹·Π(xᵢ⁻¹)^eᵢ` (`mul_inv`, `inv_pow`), `(x⁻¹)⁻¹ = x`, and otherwise an `inv` atom of
 *   the monic polynomial;
 * - `x ^ e` with a non-literal ℕ exponent `c + Σ cᵢ·mᵢ` (cᵢ > 0) is `x^c · Π (x^mᵢ)^cᵢ` with
 *   one `pow` atom per monomial mᵢ (`pow_add`, `pow_mul`), split over a monomial base;
 * - everything else (`f 3`, `Real.sqrt x`, `|x|`, `∑ …`) is an atom keyed by its head and the
 *   polynomials of its arguments.
 */
import { Polynomial, Rational, fieldInv, intEDiv, monomial, natDiv, type Limits } from '../core/index.ts';
import { mkArith, mkInv, mkPow, type Term } from '../syntax/ast.ts';
import { termKey } from '../syntax/equality.ts';
import { NAT, printTy, type NumTy } from '../syntax/types.ts';
import type { AtomTable } from './atoms.ts';
import { polyToTerm } from './to-term.ts';

export type LinResult =
  | { readonly kind: 'ok'; readonly poly: Polynomial }
  | { readonly kind: 'unsupported'; readonly message: string }
  | { readonly kind: 'resource'; readonly message: string };

/** Internal early exit; never escapes `linearize`. */
class Stop {
  constructor(readonly result: Exclude<LinResult, { kind: 'ok' }>) {}
}

/**
 * The polynomial of a numeric term over `table`'s atoms (creating atoms as needed), or why not:
 * `unsupported` for non-numeric terms, `resource` when a power or product exceeds `limits`.
 */
export function linearize(term: Term, table: AtomTable, limits: Limits): LinResult {
  try {
    return { kind: 'ok', poly: new Linearizer(table, limits).lin(term) };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

/** Whether `p` is ≥ 0 for all values of its atoms: nonnegative coefficients over ℕ atoms only. */
export function provablyNonneg(p: Polynomial, table: AtomTable): boolean {
  for (const t of p.terms) {
    if (t.coeff.isNegative()) return false;
    for (const [a] of t.monomial.factors) if (!table.isNat(a)) return false;
  }
  return true;
}

function numTy(t: Term): NumTy | undefined {
  return t.type.kind === 'num' ? t.type : undefined;
}

class Linearizer {
  constructor(
    private readonly table: AtomTable,
    private readonly limits: Limits,
  ) {}

  lin(t: Term): Polynomial {
    const ty = numTy(t);
    if (ty === undefined) throw new Stop({ kind: 'unsupported', message: `not a number: a term of kind ${t.kind}` });
    switch (t.kind) {
      case 'lit':
        return Polynomial.constant(Rational.of(t.num, t.den));
      case 'var':
        return this.atom(`v:${t.name}:${printTy(ty)}`, ty, t);
      case 'neg':
        if (ty.name === 'Nat') return this.atom(`opaque:${termKey(t)}`, ty, t);
        return this.lin(t.arg).neg();
      case 'cast':
        // Casts up the tower preserve values, and the term below is linearised with its own
        // type's semantics, so the cast itself is the identity on polynomials.
        return this.lin(t.arg);
      case 'arith':
        return this.arith(t, ty);
      case 'pow':
        return this.pow(t, ty);
      case 'inv':
        if (ty.name === 'Nat' || ty.name === 'Int') return this.atom(`opaque:${termKey(t)}`, ty, t);
        return this.inverse(this.lin(t.arg), ty);
      case 'call':
        return this.call(t, ty);
      case 'app':
        return this.atom(`app:${this.appKey(t)}`, ty, t);
      default:
        return this.atom(`opaque:${termKey(t)}`, ty, t);
    }
  }

  private atom(key: string, type: NumTy, term: Term, def: Parameters<AtomTable['intern']>[2] = { kind: 'opaque' }): Polynomial {
    return Polynomial.atom(this.table.intern(key, type, def, () => term));
  }

  private check<T>(r: { kind: 'ok'; value: T } | { kind: 'resource'; message: string }): T {
    if (r.kind !== 'ok') throw new Stop(r);
    return r.value;
  }

  private mul(a: Polynomial, b: Polynomial): Polynomial {
    return this.check(a.mulChecked(b, this.limits));
  }

  private power(a: Polynomial, n: bigint): Polynomial {
    return this.check(a.pow(n, this.limits));
  }

  private arith(t: Extract<Term, { kind: 'arith' }>, ty: NumTy): Polynomial {
    const l = this.lin(t.left);
    const r = this.lin(t.right);
    switch (t.op) {
      case '+':
        return l.add(r);
      case '*':
        return this.mul(l, r);
      case '-':
        return ty.name === 'Nat' ? this.natSub(l, r, t) : l.sub(r);
      case '/':
        if (ty.name === 'Nat' || ty.name === 'Int') return this.intDiv(l, r, ty, t);
        return this.fieldDiv(l, r, ty);
      case '%':
        if (ty.name === 'Nat' || ty.name === 'Int') return this.intMod(l, r, ty, t);
        return this.atom(`opaque:${termKey(t)}`, ty, t);
    }
  }

  private natSub(l: Polynomial, r: Polynomial, t: Term): Polynomial {
    const diff = l.sub(r);
    const c = diff.constantValue();
    if (c !== undefined) return c.isNegative() ? Polynomial.ZERO : diff;
    if (provablyNonneg(diff, this.table)) return diff;
    if (provablyNonneg(diff.neg(), this.table)) return Polynomial.ZERO;
    return this.atom(`natSub:${l.key}|${r.key}`, NAT, t, { kind: 'natSub', left: l, right: r });
  }

  private intDiv(l: Polynomial, r: Polynomial, ty: NumTy, t: Term): Polynomial {
    const k = r.constantValue();
    const tag = ty.name === 'Nat' ? 'Nat' : 'Int';
    if (k === undefined || !k.isInteger()) return this.atom(`div:${tag}:${l.key}|${r.key}`, ty, t);
    const d = k.num;
    if (d === 0n) return Polynomial.ZERO; // a / 0 = 0
    const n = l.constantValue();
    if (n !== undefined && n.isInteger()) {
      return Polynomial.constant(tag === 'Nat' ? natDiv(n.num, d) : intEDiv(n.num, d));
    }
    // (d·q) / d = q when every coefficient is a multiple of d (Nat/Int.mul_ediv_cancel_left).
    if (l.terms.every((x) => x.coeff.isInteger() && x.coeff.num % d === 0n)) return l.scale(Rational.of(1n, d));
    return this.atom(`div:${tag}:${l.key}|${d}`, ty, t, { kind: 'div', num: l, den: d, integer: tag });
  }

  private intMod(l: Polynomial, r: Polynomial, ty: NumTy, t: Term): Polynomial {
    const k = r.constantValue();
    const tag = ty.name === 'Nat' ? 'Nat' : 'Int';
    if (k === undefined || !k.isInteger()) return this.atom(`mod:${tag}:${l.key}|${r.key}`, ty, t);
    if (k.isZero()) return l; // a % 0 = a
    // a % k = a - k * (a / k) (Nat.mod_add_div, Int.emod_def); the quotient is the `div` atom,
    // whose representative term is the quotient itself.
    const q = this.intDiv(l, r, ty, t.kind === 'arith' ? mkArith('/', t.left, t.right) : t);
    return l.sub(q.scale(k));
  }

  private fieldDiv(l: Polynomial, r: Polynomial, ty: NumTy): Polynomial {
    const k = r.constantValue();
    if (k !== undefined) return k.isZero() ? Polynomial.ZERO : l.scale(fieldInv(k));
    return this.mul(l, this.inverse(r, ty));
  }

  /** `p⁻¹` with Lean's `0⁻¹ = 0`, as described in the module comment. */
  inverse(p: Polynomial, ty: NumTy): Polynomial {
    const c = p.constantValue();
    if (c !== undefined) return Polynomial.constant(fieldInv(c));
    const lead = p.terms[0]!;
    if (p.terms.length === 1) {
      // (c · Π xᵢ^eᵢ)⁻¹ = c⁻¹ · Π (xᵢ⁻¹)^eᵢ in a commutative division ring, zeros included.
      let out = Polynomial.constant(fieldInv(lead.coeff));
      for (const [a, e] of lead.monomial.factors) out = this.mul(out, this.power(this.atomInverse(a, ty), BigInt(e)));
      return out;
    }
    const monic = p.scale(fieldInv(lead.coeff));
    const atom = this.table.intern(`inv:${printTy(ty)}:${monic.key}`, ty, { kind: 'inv', arg: monic }, () =>
      mkInv(polyToTerm(monic, ty, this.table) ?? unprintable(ty)),
    );
    return Polynomial.atom(atom).scale(fieldInv(lead.coeff));
  }

  /** `x⁻¹` for a single atom `x`; `(y⁻¹)⁻¹ = y`. */
  private atomInverse(a: number, ty: NumTy): Polynomial {
    const info = this.table.info(a);
    if (info.def.kind === 'inv') return info.def.arg;
    const x = Polynomial.atom(a);
    const atom = this.table.intern(`inv:${printTy(ty)}:${x.key}`, ty, { kind: 'inv', arg: x }, () =>
      mkInv(polyToTerm(x, ty, this.table) ?? unprintable(ty)),
    );
    return Polynomial.atom(atom);
  }

  private pow(t: Extract<Term, { kind: 'pow' }>, ty: NumTy): Polynomial {
    const base = this.lin(t.base);
    const expTy = numTy(t.exponent);
    if (expTy === undefined) throw new Stop({ kind: 'unsupported', message: 'exponent is not a number' });
    const e = this.lin(t.exponent);
    const n = e.constantValue();
    if (expTy.name === 'Nat') {
      if (n !== undefined) return this.power(base, n.num);
      return this.symbolicPow(base, e, ty, t);
    }
    if (n !== undefined && n.isInteger()) {
      // zpow by an integer literal (x ^ (-n) = (x ^ n)⁻¹), rpow/cpow by a natural numeral
      // (Real.rpow_natCast, Complex.cpow_natCast).
      if (!n.isNegative()) return this.power(base, n.num);
      if (expTy.name === 'Int' && ty.name !== 'Nat' && ty.name !== 'Int') return this.inverse(this.power(base, -n.num), ty);
    }
    return this.atom(`pow:${printTy(ty)}:${printTy(expTy)}:${base.key}|${e.key}`, ty, t);
  }

  /** `base ^ e` for a non-constant ℕ exponent, split by `pow_add`/`pow_mul` as in the module comment. */
  private symbolicPow(base: Polynomial, e: Polynomial, ty: NumTy, t: Term): Polynomial {
    const splittable =
      e.terms.every((x) => x.coeff.isInteger() && !x.coeff.isNegative()) &&
      provablyNonneg(e, this.table) &&
      this.printableBase(base, ty);
    if (!splittable) return this.atom(`pow:${printTy(ty)}:ℕ:${base.key}|${e.key}`, ty, t);
    let out = this.power(base, e.constantTerm().num);
    for (const x of e.terms) {
      if (x.monomial.degree === 0) continue;
      const m = Polynomial.fromTerms([[x.monomial, Rational.ONE]]);
      out = this.mul(out, this.power(this.powAtom(base, m, ty), x.coeff.num));
    }
    return out;
  }

  /** Whether the pow atoms of `base` can be given representative terms at `ty`. */
  private printableBase(base: Polynomial, ty: NumTy): boolean {
    if (base.terms.length === 1) return polyToTerm(Polynomial.constant(base.terms[0]!.coeff), ty, this.table) !== undefined;
    return polyToTerm(base, ty, this.table) !== undefined;
  }

  /** `base ^ m` for an ℕ monomial `m` with coefficient 1, split over a monomial base (`mul_pow`). */
  private powAtom(base: Polynomial, m: Polynomial, ty: NumTy): Polynomial {
    const c = base.constantValue();
    if (c !== undefined && c.equals(Rational.ONE)) return Polynomial.ONE;
    if (base.terms.length === 1 && c === undefined) {
      const lead = base.terms[0]!;
      let out = this.powAtom(Polynomial.constant(lead.coeff), m, ty);
      for (const [a, k] of lead.monomial.factors) {
        out = this.mul(out, this.power(this.rawPowAtom(Polynomial.fromTerms([[monomial([[a, 1]]), Rational.ONE]]), m, ty), BigInt(k)));
      }
      return out;
    }
    return this.rawPowAtom(base, m, ty);
  }

  private rawPowAtom(base: Polynomial, m: Polynomial, ty: NumTy): Polynomial {
    const atom = this.table.intern(`pow:${printTy(ty)}:ℕ:${base.key}|${m.key}`, ty, { kind: 'pow', base, exponent: m }, () =>
      mkPow(polyToTerm(base, ty, this.table) ?? unprintable(ty), polyToTerm(m, NAT, this.table) ?? unprintable(NAT)),
    );
    return Polynomial.atom(atom);
  }

  private call(t: Extract<Term, { kind: 'call' }>, ty: NumTy): Polynomial {
    if (t.fn === 'Nat.succ' && t.args[0] !== undefined) return this.lin(t.args[0]).add(Polynomial.ONE);
    const polys: Polynomial[] = [];
    for (const a of t.args) {
      if (a.type.kind !== 'num') return this.atom(`opaque:${termKey(t)}`, ty, t);
      polys.push(this.lin(a));
    }
    const key = `call:${t.fn}:${printTy(ty)}:${polys.map((p) => `(${p.key})`).join('')}`;
    return this.atom(key, ty, t, { kind: 'call', fn: t.fn, args: polys });
  }

  /** `f a b` keyed by `f` and the argument polynomials (numeric arguments) or keys (others). */
  private appKey(t: Extract<Term, { kind: 'app' }>): string {
    const head = t.fn.kind === 'app' ? this.appKey(t.fn) : termKey(t.fn);
    const arg = t.arg.type.kind === 'num' ? `#(${this.lin(t.arg).key})` : termKey(t.arg);
    return `${head} ${arg}`;
  }
}

/** Representative terms are always printable for the polynomials built here; this is a guard. */
function unprintable(ty: NumTy): never {
  throw new Error(`internal error: atom polynomial not printable at ${printTy(ty)}`);
}
