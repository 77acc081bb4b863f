/**
 * `omega`: linear arithmetic over ℕ and ℤ with `∧ ∨ ¬ → ↔`, `∣`, `%`/`/` by numerals, ℕ
 * subtraction, `Int.natAbs`, `Int.toNat`, `min`, `max` — what Lean's `omega` reads, no more.
 * The terms are read by omega-frontend.ts exactly as Lean's frontend reads them: nothing is
 * multiplied out, and a product of two non-constants, `x ^ 2`, `2 ^ k`, `f x` are opaque atoms.
 *
 * Algorithm sketch: hypotheses (those omega reads; others are ignored, which is sound) and the
 * negated goal (a goal it cannot read is dropped: Lean's omega works by contradiction) become
 * formulas over literal constraints `p ⋈ 0`; atoms carry their definitions as facts (`q = a / k`
 * gives `0 ≤ a − k·q < |k|`, ℕ atoms `≥ 0`) or as case splits (`t = a − b` on ℕ is
 * `a ≥ b ∧ t = a − b` or `a < b ∧ t = 0`). A depth-first search over the disjunctions prunes
 * each branch as soon as its literals are refuted; a leaf is refuted over the integers by
 * (1) gcd tightening of each constraint (`Σ g·aᵢxᵢ + c ≥ 0` ⇒ `Σ aᵢxᵢ + ⌊c/g⌋ ≥ 0`, exact for
 * integers), (2) a rational certificate checked by the core, or (3) bounded branch and bound on
 * a fractional coordinate of a rational point (x ≤ ⌊v⌋ or x ≥ ⌊v⌋ + 1). Every leaf of the
 * case tree carries a core-checked certificate; the case splits and tightenings are the exact
 * integer reasoning around them. An integer point satisfying a leaf means omega fails.
 *
 * Known difference from Lean: Lean's omega has no dark or grey shadows, so where its
 * Fourier–Motzkin elimination is inexact it can fail on an integer-infeasible problem that the
 * branch and bound here refutes (rare: eliminations with a unit coefficient are exact).
 */
import { Polynomial, Rational, gcd, lcm, type Limits, type Relation } from '../core/index.ts';
import { mkArith, type RelOp, type Term } from '../syntax/ast.ts';
import { closed, tacticError, type TacticHandler } from '../engine/types.ts';
import { refute } from './certify.ts';
import { negateRel } from './facts.ts';
import { hypotheses, timeoutError } from './goal.ts';
import { OmegaFrontend, TRUE_F, and, lit, or, type Formula, type Lit } from './omega-frontend.ts';
import { rationalPoint, type LinearConstraint } from './rational-point.ts';

class Stop {
  constructor(readonly why: 'resource' | 'timeout' | 'unknown', readonly message: string) {}
}

/** Most leaves of the case tree and most branch-and-bound nodes per leaf. */
export const OMEGA_MAX_CASES = 4_096;
export const OMEGA_MAX_BRANCH_NODES = 64;

class Omega {
  readonly frontend = new OmegaFrontend();
  private cases = 0;
  private branchNodes = 0;

  constructor(
    private readonly limits: Limits,
    private readonly deadline: number,
  ) {}

  private static integral(t: Term): boolean {
    return t.type.kind === 'num' && (t.type.name === 'Nat' || t.type.name === 'Int');
  }

  /**
   * `left op right` as a formula (`negated`: the fact Lean's `pushNot` makes of `¬ (left op
   * right)`), or `undefined` when Lean's omega would not read it: only ℕ and ℤ relations.
   */
  private relation(op: RelOp, left: Term, right: Term, negated: boolean): Formula | undefined {
    if (!Omega.integral(left)) return undefined;
    const lin = (t: Term): Polynomial => this.frontend.lin(t);
    if (op === '∣') {
      // k ∣ e gives e % k = 0 (Nat.mod_eq_zero_of_dvd, Int.emod_eq_zero_of_dvd); ¬ k ∣ e gives
      // 0 < e % k on ℕ (Nat.emod_pos_of_not_dvd) and k = 0 ∨ 0 < e % k on ℤ (Int.emod_pos_of_not_dvd).
      const r = lin(mkArith('%', right, left));
      if (!negated) return lit(r, '=0');
      const pos = lit(r.sub(Polynomial.ONE), '≥0');
      if (left.type.kind === 'num' && left.type.name === 'Nat') return pos;
      const k = lin(left).constantValue();
      if (k !== undefined) return k.isZero() ? TRUE_F : pos;
      return or([lit(lin(left), '=0'), pos]);
    }
    const rel = negated ? negateRel(op) : op;
    const l = lin(left);
    const r = lin(right);
    switch (rel) {
      case '=':
        return lit(l.sub(r), '=0');
      case '≠':
        return lit(l.sub(r), '≠0');
      case '<':
        return lit(r.sub(l).sub(Polynomial.ONE), '≥0');
      case '≤':
        return lit(r.sub(l), '≥0');
      case '>':
        return lit(l.sub(r).sub(Polynomial.ONE), '≥0');
      case '≥':
        return lit(l.sub(r), '≥0');
      default:
        return undefined;
    }
  }

  /**
   * The formula `p` (or `¬p` when `positive` is false) in negation normal form, or `undefined`
   * when Lean's omega would not read it (`addFact`/`pushNot` match only ℕ/ℤ relations and `∣`
   * under `∧ ∨ ¬ → ↔`). `True`/`False`, `Even`/`Odd`, `≡ [MOD n]` are not read: Lean's omega
   * matches the hypothesis types syntactically after `whnfR`, which does not unfold `Even`,
   * `Odd`, `Nat.ModEq`, `Int.ModEq` (plain definitions), and it has no case for `True`/`False`.
   */
  formula(p: Term, positive: boolean): Formula | undefined {
    switch (p.kind) {
      case 'not':
        return this.formula(p.arg, !positive);
      case 'rel':
        return this.relation(p.op, p.left, p.right, !positive);
      case 'logic': {
        const { op } = p;
        if (op === '↔') {
          const [a, b, na, nb] = [this.formula(p.left, true), this.formula(p.right, true), this.formula(p.left, false), this.formula(p.right, false)];
          if (!a || !b || !na || !nb) return undefined;
          return positive ? or([and([a, b]), and([na, nb])]) : or([and([a, nb]), and([na, b])]);
        }
        const left = this.formula(p.left, op === '→' ? !positive : positive);
        const right = this.formula(p.right, positive);
        if (!left || !right) return undefined;
        const conj = (op === '∧') === positive;
        if (op === '→') return positive ? or([left, right]) : and([left, right]);
        return conj ? and([left, right]) : or([left, right]);
      }
      default:
        return undefined;
    }
  }

  /**
   * Refutes `lits ∧ pending` over the integers: `true` when every case is refuted by checked
   * certificates, `false` when some case has an integer solution (or is undecided).
   */
  search(lits: readonly Lit[], pending: readonly Formula[], disjunctions: readonly Formula[]): boolean {
    if (Date.now() > this.deadline) throw new Stop('timeout', 'deadline exceeded');
    const work = [...pending];
    const here = [...lits];
    const ors = [...disjunctions];
    while (work.length > 0) {
      const f = work.pop()!;
      if (f.kind === 'const') {
        if (!f.value) return true; // a False conjunct: nothing to refute
        continue;
      }
      if (f.kind === 'and') work.push(...f.parts);
      else if (f.kind === 'or') ors.push(f);
      else if (f.lit.rel === '≠0') ors.push(or([lit(f.lit.poly.sub(Polynomial.ONE), '≥0'), lit(f.lit.poly.neg().sub(Polynomial.ONE), '≥0')]));
      else here.push(f.lit);
    }
    if (ors.length === 0) {
      if (++this.cases > OMEGA_MAX_CASES) throw new Stop('resource', `more than ${OMEGA_MAX_CASES} cases`);
      this.branchNodes = 0;
      return this.refuteIntegers(here);
    }
    if (this.refuteRational(here)) return true;
    const [first, ...rest] = ors as [Extract<Formula, { kind: 'or' }>, ...Formula[]];
    return first.parts.every((branch) => this.search(here, [branch], rest));
  }

  private facts(lits: readonly Lit[]): { poly: Polynomial; rel: Relation }[] {
    return eliminateUnitEqualities(lits.map((l) => tighten(l as { poly: Polynomial; rel: Relation })));
  }

  private refuteRational(lits: readonly Lit[]): boolean {
    const r = refute(this.facts(lits), { deadline: this.deadline, limits: this.limits });
    if (r.kind === 'timeout') throw new Stop('timeout', 'deadline exceeded');
    if (r.kind === 'resource') throw new Stop('resource', r.message);
    return r.kind === 'refuted';
  }

  /** Gcd tightening + certificate, then branch and bound on a fractional coordinate. */
  private refuteIntegers(lits: readonly Lit[]): boolean {
    if (this.refuteRational(lits)) return true;
    if (++this.branchNodes > OMEGA_MAX_BRANCH_NODES) throw new Stop('unknown', 'branch and bound limit reached');
    const facts = this.facts(lits);
    const vars = new Map<string, number>();
    const monos = new Map<number, Polynomial>();
    const constraints: LinearConstraint[] = facts.map((f) => {
      const coeffs = new Map<number, Rational>();
      for (const t of f.poly.terms) {
        if (t.monomial.degree === 0) continue;
        let v = vars.get(t.monomial.key);
        if (v === undefined) {
          v = vars.size;
          vars.set(t.monomial.key, v);
          monos.set(v, Polynomial.fromTerms([[t.monomial, Rational.ONE]]));
        }
        coeffs.set(v, t.coeff);
      }
      return { coeffs, constant: f.poly.constantTerm(), rel: f.rel === '=0' ? '=' : '≥' };
    });
    const point = rationalPoint(constraints, this.deadline);
    if (point.kind !== 'point') {
      // The certificate search found nothing yet elimination says infeasible, or gave up.
      throw new Stop('unknown', point.kind === 'infeasible' ? 'no certificate for an infeasible case' : point.reason);
    }
    for (const [v, x] of point.values) {
      if (x.isInteger()) continue;
      const m = monos.get(v)!;
      const f = x.floor();
      // x ≤ ⌊v⌋ or x ≥ ⌊v⌋ + 1: exhaustive for the integer-valued monomial m.
      const low: Lit = { poly: Polynomial.constant(f).sub(m), rel: '≥0' };
      const high: Lit = { poly: m.sub(Polynomial.constant(f + 1n)), rel: '≥0' };
      return this.refuteIntegers([...lits, low]) && this.refuteIntegers([...lits, high]);
    }
    return false; // an integer point satisfies every constraint of this case
  }
}

/**
 * The integer tightening of a constraint over integer-valued monomials: scale to integer
 * coefficients, then `g·q + c ≥ 0` with `g` the gcd of the non-constant coefficients becomes
 * `q + ⌊c/g⌋ ≥ 0` (q is an integer ≥ −c/g); `> 0` becomes `≥ 1` first; `g·q + c = 0` becomes
 * `q + c/g = 0` when `g ∣ c`, and when `g ∤ c` it has no integer solution at all, which is
 * stated as the false fact `−1 ≥ 0`. Each result follows from its input over the integers.
 */
export function tighten(f: { poly: Polynomial; rel: Relation }): { poly: Polynomial; rel: Relation } {
  let d = 1n;
  for (const t of f.poly.terms) d = lcm(d, t.coeff.den);
  let p = d === 1n ? f.poly : f.poly.scale(Rational.fromInt(d));
  let rel = f.rel;
  if (rel === '>0') {
    p = p.sub(Polynomial.ONE);
    rel = '≥0';
  }
  let g = 0n;
  for (const t of p.terms) if (t.monomial.degree > 0) g = gcd(g, t.coeff.num);
  if (g <= 1n) return { poly: p, rel };
  const c = p.constantTerm().num;
  const q = p.sub(Polynomial.constant(c)).scale(Rational.of(1n, g));
  if (rel === '≥0') return { poly: q.add(Polynomial.constant(Rational.of(c, g).floor())), rel };
  if (c % g === 0n) return { poly: q.add(Polynomial.constant(c / g)), rel };
  // q = -c/g has no integer solution: state q ≥ ⌈-c/g⌉ and q ≤ ⌊-c/g⌋ as one impossible bound.
  return { poly: Polynomial.constant(-1n), rel: '≥0' };
}

/**
 * The omega test's exact equality elimination: an equality `±m + rest = 0` with a unit
 * coefficient on a monomial `m` is used to remove `m` from every other constraint (subtracting a
 * multiple of the equality, a linear combination valid over the reals), and is then dropped;
 * the results are tightened again. Repeated while such an equality exists.
 */
export function eliminateUnitEqualities(facts: readonly { poly: Polynomial; rel: Relation }[]): { poly: Polynomial; rel: Relation }[] {
  let fs = [...facts];
  for (let round = 0; round < 64; round++) {
    let pick: { index: number; m: Polynomial['terms'][number] } | undefined;
    for (const [index, f] of fs.entries()) {
      if (f.rel !== '=0') continue;
      const m = f.poly.terms.find((t) => t.monomial.degree > 0 && t.coeff.isInteger() && (t.coeff.num === 1n || t.coeff.num === -1n));
      if (m !== undefined) {
        pick = { index, m };
        break;
      }
    }
    if (pick === undefined) break;
    const eq = fs[pick.index]!;
    const { monomial: mono, coeff: a } = pick.m;
    fs = fs.flatMap((f, j) => {
      if (j === pick!.index) return [];
      const c = f.poly.coefficient(mono);
      return [c.isZero() ? f : tighten({ poly: f.poly.sub(eq.poly.scale(c.div(a))), rel: f.rel })];
    });
  }
  return fs;
}

export const omegaHandler: TacticHandler = async (goal, _call, ctx) => {
  try {
    const o = new Omega(ctx.limits, ctx.deadline);
    const parts: Formula[] = [];
    for (const h of hypotheses(goal)) {
      const f = o.formula(h.prop, true);
      if (f !== undefined) parts.push(f);
    }
    const negated = o.formula(goal.target, false);
    if (negated !== undefined) parts.push(negated);
    // The facts of every atom met (recorded as they were created; none are made after this).
    parts.push(...o.frontend.facts);
    const proved = o.search([], parts, []);
    if (proved) return closed('certified');
    return tacticError('failed', 'omega could not prove the goal: a case has an integer solution');
  } catch (e) {
    if (e instanceof Stop) {
      if (e.why === 'timeout') return timeoutError('omega');
      if (e.why === 'resource') return tacticError('resource', `omega: ${e.message}`);
      return tacticError('failed', `omega could not decide: ${e.message}`);
    }
    throw e;
  }
};
