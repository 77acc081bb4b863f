/**
 * `positivity` for goals `0 < e`, `0 ≤ e`, `e ≠ 0`, by Mathlib's syntactic rules, bottom-up over
 * `e`. Each node gets a claim about its polynomial (`> 0`, `≥ 0`, `≠ 0`):
 * - numerals and closed subterms: by exact evaluation;
 * - `+`, `*`, powers by a literal: from the children's claims by a small certificate that the
 *   core checks (e.g. `A > 0, B ≥ 0, -(A + B) ≥ 0` is contradictory: `1·f₀ + 1·f₁ + 1·f₂ = 0`
 *   with `f₀` strict), even powers by a square term;
 * - other heads by the Mathlib lemma they name, applied to checked premises: `abs_nonneg`,
 *   `abs_pos`, `Real.sqrt_nonneg`, `Real.sqrt_pos`, `Real.exp_pos`, `Real.pi_pos`, `inv_pos`,
 *   `div_pos`, `div_nonneg`, `pow_pos`, `pow_nonneg`, `Nat.cast_nonneg`/`Nat.cast_pos`,
 *   `Nat.factorial_pos`, `Finset.sum_nonneg`, `Finset.prod_pos`; ℕ-valued terms are `≥ 0`;
 *   an atom's hypotheses (`0 < x`, `x ≠ 0`, `1 ≤ x`) are used as stated;
 * - `≠ 0` claims combine logically (`mul_ne_zero`, `pow_ne_zero`, `Even.pow_pos`).
 * Subtraction (outside ℕ) and negation are not handled, as in Mathlib.
 */
import {
  Polynomial,
  Rational,
  checkCertificate,
  factTerm,
  productTerm,
  squareTerm,
  type CertificateTerm,
  type Fact,
  type Limits,
} from '../core/index.ts';
import type { Term } from '../syntax/ast.ts';
import { termKey } from '../syntax/equality.ts';
import { freeVars } from '../syntax/substitute.ts';
import { isOrdered } from '../syntax/types.ts';
import { evaluate } from '../eval/index.ts';
import { closed, tacticError, type Goal, type TacticHandler } from '../engine/types.ts';
import { AtomTable } from './atoms.ts';
import { hypotheses } from './goal.ts';
import { linearize } from './linearize.ts';

/** What is known about a term: `pos` implies the other two. */
export interface SignClaim {
  readonly poly: Polynomial;
  readonly pos: boolean;
  readonly nonneg: boolean;
  readonly nonzero: boolean;
}

export type PositivityGoal = { readonly term: Term; readonly want: 'pos' | 'nonneg' | 'nonzero' };

function isZeroLit(t: Term): boolean {
  return (t.kind === 'lit' && t.num === 0n) || (t.kind === 'cast' && isZeroLit(t.arg));
}

/** The term and the sign a positivity goal asks for, or `undefined` if it is not one. */
export function positivityGoal(target: Term): PositivityGoal | undefined {
  if (target.kind !== 'rel') return undefined;
  const { op, left, right } = target;
  if (op === '<' && isZeroLit(left)) return { term: right, want: 'pos' };
  if (op === '>' && isZeroLit(right)) return { term: left, want: 'pos' };
  if (op === '≤' && isZeroLit(left)) return { term: right, want: 'nonneg' };
  if (op === '≥' && isZeroLit(right)) return { term: left, want: 'nonneg' };
  if (op === '≠' && isZeroLit(right)) return { term: left, want: 'nonzero' };
  if (op === '≠' && isZeroLit(left)) return { term: right, want: 'nonzero' };
  return undefined;
}

class Stop {
  constructor(readonly message: string) {}
}

/**
 * The claim positivity derives for `term` in `goal`'s context, or `undefined` when it knows
 * nothing. Throws only internally.
 */
export function deriveSign(term: Term, goal: Goal, limits: Limits, deadline: number, table = new AtomTable()): SignClaim | undefined | { kind: 'resource'; message: string } {
  try {
    return new Positivity(goal, limits, deadline, table).derive(term);
  } catch (e) {
    if (e instanceof Stop) return { kind: 'resource', message: e.message };
    throw e;
  }
}

const NONE = { pos: false, nonneg: false, nonzero: false };

class Positivity {
  private readonly hyps = new Map<string, { pos: boolean; nonneg: boolean; nonzero: boolean }>();
  /** Names bound by the big operators being descended: hypotheses about free variables of those names do not apply. */
  private readonly shadowed = new Set<string>();

  constructor(
    goal: Goal,
    private readonly limits: Limits,
    private readonly deadline: number,
    private readonly table: AtomTable,
  ) {
    for (const h of hypotheses(goal)) this.readHypothesis(h.prop);
  }

  private note(e: Term, s: { pos?: boolean; nonneg?: boolean; nonzero?: boolean }): void {
    const k = termKey(e);
    const cur = this.hyps.get(k) ?? { ...NONE };
    this.hyps.set(k, {
      pos: cur.pos || (s.pos ?? false),
      nonneg: cur.nonneg || (s.nonneg ?? false) || (s.pos ?? false),
      nonzero: cur.nonzero || (s.nonzero ?? false) || (s.pos ?? false),
    });
  }

  /** `0 < e`, `0 ≤ e`, `e ≠ 0`, and `c < e` / `c ≤ e` with a numeral `c ≥ 0` (Mathlib's `compareHyp`). */
  private readHypothesis(p: Term): void {
    if (p.kind !== 'rel') return;
    const lower = (lo: Term, e: Term, strict: boolean): void => {
      const c = this.constant(lo);
      if (c === undefined) return;
      if (c.isPositive() || (strict && c.isZero())) this.note(e, { pos: true });
      else if (c.isZero()) this.note(e, { nonneg: true });
    };
    switch (p.op) {
      case '<':
        return lower(p.left, p.right, true);
      case '≤':
        return lower(p.left, p.right, false);
      case '>':
        return lower(p.right, p.left, true);
      case '≥':
        return lower(p.right, p.left, false);
      case '≠':
        if (isZeroLit(p.right)) this.note(p.left, { nonzero: true });
        else if (isZeroLit(p.left)) this.note(p.right, { nonzero: true });
        return;
      default:
        return;
    }
  }

  /** The exact value of a closed numeric term. */
  private constant(t: Term): Rational | undefined {
    if (t.type.kind !== 'num' || freeVars(t).size > 0) return undefined;
    const r = evaluate(t, new Map(), { ...this.limits, deadline: this.deadline });
    if (r.kind === 'resource') throw new Stop(r.message);
    return r.kind === 'ok' && r.value.kind === 'num' ? r.value.value : undefined;
  }

  private lin(t: Term): Polynomial {
    const r = linearize(t, this.table, this.limits);
    if (r.kind === 'resource') throw new Stop(r.message);
    if (r.kind !== 'ok') throw new Stop(r.message);
    return r.poly;
  }

  derive(t: Term): SignClaim | undefined {
    if (Date.now() > this.deadline) throw new Stop('deadline exceeded');
    if (t.type.kind !== 'num' || !isOrdered(t.type)) return undefined;
    const poly = this.lin(t);
    const c = this.constant(t);
    if (c !== undefined) return { poly, pos: c.isPositive(), nonneg: !c.isNegative(), nonzero: !c.isZero() };
    const known = this.shadowed.size > 0 && [...freeVars(t).keys()].some((v) => this.shadowed.has(v)) ? undefined : this.hyps.get(termKey(t));
    const own = this.rule(t, poly);
    const natural = t.type.name === 'Nat';
    const pos = (own?.pos ?? false) || (known?.pos ?? false);
    const nonneg = pos || (own?.nonneg ?? false) || (known?.nonneg ?? false) || natural;
    const nonzero = pos || (own?.nonzero ?? false) || (known?.nonzero ?? false);
    // ℕ and ≠ 0 together give > 0 (Nat.pos_of_ne_zero).
    const claim = { poly, pos: pos || (natural && nonzero), nonneg, nonzero };
    return claim.pos || claim.nonneg || claim.nonzero ? claim : undefined;
  }

  /** The claim of the node's own rule (see the module comment). */
  private rule(t: Term, poly: Polynomial): Omit<SignClaim, 'poly'> | undefined {
    switch (t.kind) {
      case 'cast': {
        const a = this.derive(t.arg);
        return a && { pos: a.pos, nonneg: a.nonneg, nonzero: a.nonzero };
      }
      case 'arith':
        return this.arith(t, poly);
      case 'pow':
        return this.pow(t, poly);
      case 'inv': {
        const a = this.derive(t.arg);
        return a && { pos: a.pos, nonneg: a.nonneg, nonzero: a.nonzero }; // inv_pos, inv_nonneg, inv_ne_zero
      }
      case 'call':
        return this.call(t);
      case 'bigop': {
        const outer = this.shadowed.has(t.index.name);
        this.shadowed.add(t.index.name);
        let body: SignClaim | undefined;
        try {
          body = this.derive(t.body);
        } finally {
          if (!outer) this.shadowed.delete(t.index.name);
        }
        if (body === undefined) return undefined;
        if (t.op === '∑') return { pos: false, nonneg: body.nonneg, nonzero: false }; // Finset.sum_nonneg
        return { pos: body.pos, nonneg: body.nonneg, nonzero: false }; // Finset.prod_pos, Finset.prod_nonneg
      }
      default:
        return undefined;
    }
  }

  private arith(t: Extract<Term, { kind: 'arith' }>, poly: Polynomial): Omit<SignClaim, 'poly'> | undefined {
    if (t.op === '-' || t.op === '%') return undefined; // ℕ results are ≥ 0 by type (see derive)
    const a = this.derive(t.left);
    const b = this.derive(t.right);
    if (a === undefined || b === undefined) return undefined;
    if (t.op === '+') {
      const pos = ((a.pos && b.nonneg) || (a.nonneg && b.pos)) && this.certified([a, b], poly, true, (n) => [factTerm(0, ONE), factTerm(1, ONE), factTerm(n, ONE)]);
      const nonneg = pos || (a.nonneg && b.nonneg && this.certified([a, b], poly, false, (n) => [factTerm(0, ONE), factTerm(1, ONE), factTerm(n, ONE)]));
      return { pos, nonneg, nonzero: pos };
    }
    if (t.op === '*') {
      const pos = a.pos && b.pos && this.certified([a, b], poly, true, (n) => [productTerm(0, 1, ONE), factTerm(n, ONE)]);
      const nonneg = pos || (a.nonneg && b.nonneg && this.certified([a, b], poly, false, (n) => [productTerm(0, 1, ONE), factTerm(n, ONE)]));
      return { pos, nonneg, nonzero: pos || (a.nonzero && b.nonzero) }; // mul_ne_zero
    }
    // '/': div_pos, div_nonneg, div_ne_zero in a field; Int.ediv_nonneg at ℤ.
    const ty = t.type.kind === 'num' ? t.type.name : 'Nat';
    if (ty === 'Int') return { pos: false, nonneg: a.nonneg && b.nonneg, nonzero: false };
    if (ty === 'Nat') return undefined;
    return { pos: a.pos && b.pos, nonneg: a.nonneg && b.nonneg, nonzero: a.nonzero && b.nonzero };
  }

  private pow(t: Extract<Term, { kind: 'pow' }>, poly: Polynomial): Omit<SignClaim, 'poly'> | undefined {
    const n = t.exponent.kind === 'lit' && t.exponent.den === 1n && t.exponent.type.kind === 'num' && t.exponent.type.name === 'Nat' ? t.exponent.num : undefined;
    if (n === 0n) return { pos: true, nonneg: true, nonzero: true }; // pow_zero
    const a = this.derive(t.base);
    const even = n !== undefined && n % 2n === 0n;
    if (a === undefined) {
      return even ? { pos: false, nonneg: this.evenPower(t.base, n, poly), nonzero: false } : undefined;
    }
    if (n !== undefined) {
      const base = a.poly;
      const pos = a.pos && this.literalPower(base, n, poly, true);
      const evenNonneg = even && this.evenPower(t.base, n, poly);
      const nonneg = pos || evenNonneg || (a.nonneg && this.literalPower(base, n, poly, false));
      // Even.pow_pos: an even power of a nonzero number is positive.
      return { pos: pos || (evenNonneg && a.nonzero), nonneg, nonzero: pos || a.nonzero };
    }
    // Non-literal exponents: pow_pos / pow_nonneg / pow_ne_zero (also zpow, rpow with a positive base).
    const expTy = t.exponent.type.kind === 'num' ? t.exponent.type.name : undefined;
    if (expTy === 'Nat' || expTy === 'Int') return { pos: a.pos, nonneg: a.nonneg, nonzero: a.nonzero };
    return { pos: a.pos, nonneg: a.nonneg, nonzero: false }; // Real.rpow_pos_of_pos, Real.rpow_nonneg
  }

  /** `0 ≤ base ^ n` for even `n`, certified by the square `(base ^ (n/2))²`. */
  private evenPower(base: Term, n: bigint, poly: Polynomial): boolean {
    const half = this.lin(base).pow(n / 2n, this.limits);
    if (half.kind !== 'ok') return false;
    const facts: Fact[] = [{ poly: poly.neg(), rel: '>0' }];
    return this.check(facts, [squareTerm(half.value, ONE), factTerm(0, ONE)]);
  }

  /**
   * `base > 0 ⇒ base ^ n > 0` (or `≥ 0 ⇒ ≥ 0`) by binary powering: each step `p^(2m) = p^m·p^m`,
   * `p^(2m+1) = p^(2m)·p` is one product certificate checked by the core.
   */
  private literalPower(base: Polynomial, n: bigint, target: Polynomial, strict: boolean): boolean {
    if (n === 1n) return base.equals(target);
    const rel = strict ? '>0' : '≥0';
    const step = (x: Polynomial, y: Polynomial, product: Polynomial): boolean => {
      const facts: Fact[] = [{ poly: x, rel }, { poly: y, rel }, { poly: product.neg(), rel: strict ? '≥0' : '>0' }];
      return this.check(facts, [productTerm(0, 1, ONE), factTerm(2, ONE)]);
    };
    const go = (k: bigint): Polynomial | undefined => {
      if (k === 1n) return base;
      const half = go(k / 2n);
      if (half === undefined) return undefined;
      const sq = half.mulChecked(half, this.limits);
      if (sq.kind !== 'ok' || !step(half, half, sq.value)) return undefined;
      if (k % 2n === 0n) return sq.value;
      const next = sq.value.mulChecked(base, this.limits);
      if (next.kind !== 'ok' || !step(sq.value, base, next.value)) return undefined;
      return next.value;
    };
    const result = go(n);
    return result !== undefined && result.equals(target);
  }

  private call(t: Extract<Term, { kind: 'call' }>): Omit<SignClaim, 'poly'> | undefined {
    const arg = t.args[0];
    switch (t.fn) {
      case 'abs': {
        const a = arg && this.derive(arg);
        return { pos: a?.nonzero ?? false, nonneg: true, nonzero: a?.nonzero ?? false }; // abs_nonneg, abs_pos
      }
      case 'Real.sqrt': {
        const a = arg && this.derive(arg);
        return { pos: a?.pos ?? false, nonneg: true, nonzero: a?.pos ?? false }; // Real.sqrt_nonneg, Real.sqrt_pos
      }
      case 'Real.exp':
      case 'Real.pi':
      case 'Nat.factorial':
      case 'Nat.succ':
        return { pos: true, nonneg: true, nonzero: true };
      case 'max': {
        const [a, b] = [t.args[0] && this.derive(t.args[0]), t.args[1] && this.derive(t.args[1])];
        return { pos: (a?.pos ?? false) || (b?.pos ?? false), nonneg: (a?.nonneg ?? false) || (b?.nonneg ?? false), nonzero: false };
      }
      case 'min': {
        const [a, b] = [t.args[0] && this.derive(t.args[0]), t.args[1] && this.derive(t.args[1])];
        return { pos: (a?.pos ?? false) && (b?.pos ?? false), nonneg: (a?.nonneg ?? false) && (b?.nonneg ?? false), nonzero: false };
      }
      default:
        return undefined;
    }
  }

  /**
   * Checks `premises ⊢ poly > 0` (strict) or `poly ≥ 0`: the facts are the premises (index 0, 1)
   * and the negated conclusion (index `n`), and `terms(n)` is the certificate.
   */
  private certified(premises: readonly SignClaim[], poly: Polynomial, strict: boolean, terms: (n: number) => CertificateTerm[]): boolean {
    const facts: Fact[] = premises.map((p, i) => ({ poly: p.poly, rel: usesStrict(premises, i, strict) ? '>0' : '≥0' }));
    facts.push({ poly: poly.neg(), rel: strict ? '≥0' : '>0' });
    return this.check(facts, terms(facts.length - 1));
  }

  private check(facts: Fact[], terms: CertificateTerm[]): boolean {
    return checkCertificate(facts, { terms }, this.limits).kind === 'verified';
  }
}

/** Whether premise `i` is used as a strict fact: when it is known positive and strictness is needed. */
function usesStrict(premises: readonly SignClaim[], i: number, strict: boolean): boolean {
  return strict && premises[i]!.pos;
}

const ONE = Rational.ONE;

export const positivityHandler: TacticHandler = async (goal, _call, ctx) => {
  const g = positivityGoal(goal.target);
  if (g === undefined) return tacticError('failed', 'positivity proves goals of the form 0 < e, 0 ≤ e or e ≠ 0');
  const claim = deriveSign(g.term, goal, ctx.limits, ctx.deadline);
  if (claim !== undefined && 'kind' in claim) {
    if (Date.now() > ctx.deadline) return tacticError('timeout', 'positivity: deadline exceeded');
    return tacticError('resource', `positivity: ${claim.message}`);
  }
  if (claim === undefined || !claim[g.want]) return tacticError('failed', 'positivity failed to prove the goal');
  return closed('certified');
};
