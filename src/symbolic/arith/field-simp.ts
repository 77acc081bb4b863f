/**
 * `field_simp` on an equation (or `≠`) in a field: both sides are brought to one fraction each,
 * `l = nl / dl`, `r = nr / dr`, dividing only by denominators proven nonzero (a hypothesis
 * `h : x ≠ 0`, `0 < x`, a numeral, positivity, products and powers of those); the new goal is
 * `nl * dr = nr * dl` (`nl = nr` when the denominators coincide). A denominator that cannot be
 * proven nonzero is left in place, never assumed.
 *
 * The rewrite is checked, not trusted: with `inv(q)·q = 1` for every proven-nonzero
 * denominator q, clearing those inverses from `lin(l)·lin(dl) − lin(nl)` (multiplying by powers
 * of q, which are nonzero) must give the zero polynomial (core `checkIdentity`), and likewise
 * for `r`; `dl`, `dr` must be proven nonzero. Then the new goal implies the old one.
 */
import { Polynomial, checkIdentity, fieldInv, monomial, type Limits } from '../core/index.ts';
import { mkArith, mkLit, mkPow, mkRel, mkNeg, type Term } from '../syntax/ast.ts';
import { termEquals, termKey } from '../syntax/equality.ts';
import { freeVars } from '../syntax/substitute.ts';
import { printTy, type NumTy } from '../syntax/types.ts';
import { evaluate } from '../eval/index.ts';
import { closed, tacticError, type Goal, type TacticHandler } from '../engine/types.ts';
import { AtomTable } from './atoms.ts';
import { hypotheses, withTarget } from './goal.ts';
import { linearize } from './linearize.ts';
import { deriveSign } from './positivity.ts';

interface Fraction {
  readonly num: Term;
  /** `undefined` is the denominator 1. */
  readonly den: Term | undefined;
}

class Stop {
  constructor(readonly message: string) {}
}

function isZeroLit(t: Term): boolean {
  return (t.kind === 'lit' && t.num === 0n) || (t.kind === 'cast' && isZeroLit(t.arg));
}

class FieldSimp {
  readonly table = new AtomTable();
  /** Polynomials proven nonzero (the denominators divided by). */
  readonly nonzero: Polynomial[] = [];
  private readonly hypNonzero: Polynomial[] = [];

  constructor(
    private readonly goal: Goal,
    private readonly limits: Limits,
    private readonly deadline: number,
  ) {
    for (const h of hypotheses(goal)) {
      const p = h.prop;
      if (p.kind !== 'rel' || p.left.type.kind !== 'num') continue;
      const side =
        p.op === '≠' ? (isZeroLit(p.right) ? p.left : isZeroLit(p.left) ? p.right : undefined)
        : p.op === '<' || p.op === '>' ? (isZeroLit(p.right) ? p.left : isZeroLit(p.left) ? p.right : undefined)
        : undefined;
      if (side === undefined) continue;
      const r = linearize(side, this.table, limits);
      if (r.kind === 'ok') this.hypNonzero.push(r.poly);
    }
  }

  lin(t: Term): Polynomial {
    const r = linearize(t, this.table, this.limits);
    if (r.kind !== 'ok') throw new Stop(r.message);
    return r.poly;
  }

  /** Whether `t ≠ 0` is provable by the rules of the module comment. */
  provesNonzero(t: Term): boolean {
    if (Date.now() > this.deadline) throw new Stop('deadline exceeded');
    if (freeVars(t).size === 0) {
      const v = evaluate(t, new Map(), { ...this.limits, deadline: this.deadline });
      if (v.kind === 'ok' && v.value.kind === 'num') return !v.value.value.isZero();
      if (v.kind === 'ok' && v.value.kind === 'complex') return !(v.value.re.isZero() && v.value.im.isZero());
    }
    const p = this.lin(t);
    const c = p.constantValue();
    if (c !== undefined) return !c.isZero();
    for (const h of this.hypNonzero) {
      // h ≠ 0 and p = k·h with k a nonzero constant.
      const lead = h.terms[0];
      const pl = p.terms[0];
      if (lead === undefined || pl === undefined || lead.monomial.key !== pl.monomial.key) continue;
      if (checkIdentity(p, h.scale(pl.coeff.div(lead.coeff))).kind === 'verified') return true;
    }
    switch (t.kind) {
      case 'arith':
        if (t.op === '*' || t.op === '/') return this.provesNonzero(t.left) && this.provesNonzero(t.right); // mul_ne_zero, div_ne_zero
        break;
      case 'pow':
        if (this.provesNonzero(t.base)) return true; // pow_ne_zero
        break;
      case 'neg':
      case 'inv':
      case 'cast':
        if (this.provesNonzero(t.arg)) return true; // neg_ne_zero, inv_ne_zero, Nat.cast_ne_zero
        break;
      default:
        break;
    }
    const s = deriveSign(t, this.goal, this.limits, this.deadline, this.table);
    return s !== undefined && !('kind' in s) && s.nonzero;
  }

  private divided(b: Term): boolean {
    if (!this.provesNonzero(b)) return false;
    this.nonzero.push(this.lin(b));
    return true;
  }

  fraction(t: Term): Fraction {
    const ty = t.type as NumTy;
    const one: Fraction = { num: t, den: undefined };
    switch (t.kind) {
      case 'neg': {
        const a = this.fraction(t.arg);
        return { num: mkNeg(a.num), den: a.den };
      }
      case 'arith': {
        if (t.op === '%') return one;
        if (t.op === '/') {
          if (!this.divided(t.right)) return one;
          const a = this.fraction(t.left);
          const b = this.fraction(t.right);
          return { num: mul(a.num, b.den), den: mulDen(a.den, b.num) };
        }
        const a = this.fraction(t.left);
        const b = this.fraction(t.right);
        if (t.op === '*') return { num: mul(a.num, b.num), den: mulDen(a.den, b.den) };
        if (a.den === undefined && b.den === undefined) return { num: mkArith(t.op, a.num, b.num), den: undefined };
        if (a.den !== undefined && b.den !== undefined && termEquals(a.den, b.den)) return { num: mkArith(t.op, a.num, b.num), den: a.den };
        return { num: mkArith(t.op, mul(a.num, b.den), mul(b.num, a.den)), den: mulDen(a.den, b.den) };
      }
      case 'inv': {
        if (!this.divided(t.arg)) return one;
        const a = this.fraction(t.arg);
        return { num: a.den ?? mkLit(1n, ty), den: a.num };
      }
      case 'pow': {
        const e = t.exponent;
        if (e.kind !== 'lit' || e.type.kind !== 'num' || e.type.name !== 'Nat') return one;
        const a = this.fraction(t.base);
        if (a.den === undefined) return one;
        return { num: mkPow(a.num, e), den: mkPow(a.den, e) };
      }
      default:
        return one;
    }
  }

  /** `p` with the inverses of the proven-nonzero denominators cleared (see the module comment). */
  cleared(p: Polynomial): Polynomial {
    const pairs = this.inversePairs();
    let cur = p;
    for (let round = 0; round < 8; round++) {
      let changed = false;
      for (const [atom, q] of pairs) {
        const next = clearInverse(cur, atom, q, this.limits);
        if (next === undefined) throw new Stop('denominator clearing exceeds the limits');
        if (next !== cur) {
          cur = next;
          changed = true;
        }
      }
      if (!changed) break;
    }
    return cur;
  }

  /** `[inverse atom, its argument]` pairs whose argument is nonzero because a proven denominator is. */
  private inversePairs(): [number, Polynomial][] {
    const out = new Map<number, Polynomial>();
    const ty = printTy(this.goal.target.kind === 'rel' ? this.goal.target.left.type : this.goal.target.type);
    const add = (q: Polynomial): void => {
      const atom = this.table.lookup(`inv:${ty}:${q.key}`);
      if (atom !== undefined) out.set(atom, q);
    };
    for (const p of this.nonzero) {
      if (p.terms.length === 1) {
        // c·Πxᵢ^eᵢ ≠ 0 ⇒ every xᵢ ≠ 0 (no zero divisors in a field).
        for (const [a] of p.terms[0]!.monomial.factors) add(Polynomial.atom(a));
      } else if (p.terms.length > 1) {
        add(p.scale(fieldInv(p.terms[0]!.coeff))); // the monic polynomial, as the linearisation keys it
      }
    }
    return [...out.entries()];
  }
}

/** `Σ cₘ·(m without x)·q^(M − eₘ)` for the atom `x = q⁻¹`, `M` its highest exponent; `p` itself if absent. */
function clearInverse(p: Polynomial, atom: number, q: Polynomial, limits: Limits): Polynomial | undefined {
  let top = 0;
  for (const t of p.terms) for (const [a, e] of t.monomial.factors) if (a === atom) top = Math.max(top, e);
  if (top === 0) return p;
  let out = Polynomial.ZERO;
  for (const t of p.terms) {
    const e = t.monomial.factors.find(([a]) => a === atom)?.[1] ?? 0;
    const rest = Polynomial.fromTerms([[monomial(t.monomial.factors.filter(([a]) => a !== atom)), t.coeff]]);
    const power = q.pow(top - e, limits);
    if (power.kind !== 'ok') return undefined;
    const term = rest.mulChecked(power.value, limits);
    if (term.kind !== 'ok') return undefined;
    out = out.add(term.value);
  }
  return out;
}

function isOne(t: Term): boolean {
  return t.kind === 'lit' && t.num === 1n && t.den === 1n;
}

/** `a * b`, dropping factors that are the numeral 1. */
function mul(a: Term, b: Term | undefined): Term {
  if (b === undefined || isOne(b)) return a;
  return isOne(a) ? b : mkArith('*', a, b);
}

function mulDen(a: Term | undefined, b: Term | undefined): Term | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return mkArith('*', a, b);
}

export const fieldSimpHandler: TacticHandler = async (goal, call, ctx) => {
  if (call.location !== undefined && call.location.hypotheses.length > 0) return tacticError('unsupported', 'field_simp at hypotheses is not supported');
  const t = goal.target;
  if (t.kind !== 'rel' || (t.op !== '=' && t.op !== '≠') || t.left.type.kind !== 'num' || !['Rat', 'Real', 'Complex'].includes(t.left.type.name)) {
    return tacticError('failed', 'field_simp handles equations and disequations in a field');
  }
  try {
    const fs = new FieldSimp(goal, ctx.limits, ctx.deadline);
    const l = fs.fraction(t.left);
    const r = fs.fraction(t.right);
    if (l.den === undefined && r.den === undefined) return tacticError('failed', 'field_simp made no progress: no denominator to clear');
    const one = mkLit(1n, t.left.type);
    const dl = l.den ?? one;
    const dr = r.den ?? one;
    // Check the rewrite: l·dl = nl and r·dr = nr once proven-nonzero inverses are cleared.
    for (const [side, f, d] of [[t.left, l, dl], [t.right, r, dr]] as const) {
      const diff = fs.cleared(fs.lin(side).mul(fs.lin(d)).sub(fs.lin(f.num)));
      if (checkIdentity(diff, Polynomial.ZERO).kind !== 'verified') return tacticError('failed', 'field_simp could not check its rewrite');
      if (!fs.provesNonzero(d)) return tacticError('failed', 'field_simp could not prove a denominator nonzero');
    }
    const sameDen = termEquals(dl, dr);
    const lhs = sameDen ? l.num : mul(l.num, r.den);
    const rhs = sameDen ? r.num : mul(r.num, l.den);
    if (termKey(lhs) === termKey(rhs)) {
      return t.op === '=' ? closed('certified') : tacticError('failed', 'field_simp: the goal simplifies to False');
    }
    return { kind: 'goals', goals: [withTarget(goal, mkRel(t.op, lhs, rhs))], tier: 'certified' };
  } catch (e) {
    if (e instanceof Stop) return tacticError(Date.now() > ctx.deadline ? 'timeout' : 'failed', `field_simp: ${e.message}`);
    throw e;
  }
};
