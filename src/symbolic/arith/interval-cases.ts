/**
 * `interval_cases x` for a variable `x : ℕ` or `x : ℤ`: reads a lower and an upper bound for `x`
 * off the hypotheses (any comparison that is linear in `x` alone, `2 * x < 7` included; `0` for
 * ℕ), then produces one goal per value `v` in the range with `x` replaced by `v` in the target and
 * the hypotheses (and `x` removed from the context). The split is exhaustive because every
 * integer satisfying the bounds is listed, and the bounds follow from the hypotheses by exact
 * arithmetic; an empty range closes the goal. Ranges above `MAX_INTERVAL_CASES` are refused.
 */
import { Polynomial, Rational } from '../core/index.ts';
import { mkLit, mkNeg, type ContextEntry, type Term } from '../syntax/ast.ts';
import { substitute } from '../syntax/substitute.ts';
import { isOrdered } from '../syntax/types.ts';
import { closed, tacticError, type Goal, type TacticHandler } from '../engine/types.ts';
import { AtomTable } from './atoms.ts';
import { hypotheses, withContext } from './goal.ts';
import { linearize } from './linearize.ts';

export const MAX_INTERVAL_CASES = 1_000;

type Bounds = { lo: bigint | undefined; hi: bigint | undefined };

export const intervalCasesHandler: TacticHandler = async (goal, call, ctx) => {
  const arg = call.args[0];
  if (arg === undefined || call.args.length !== 1) return tacticError('parse', 'interval_cases takes one variable');
  const x = arg.kind === 'term' ? arg.term : undefined;
  if (x === undefined || x.kind !== 'var' || x.type.kind !== 'num' || (x.type.name !== 'Nat' && x.type.name !== 'Int')) {
    return tacticError('unsupported', 'interval_cases needs a variable of type ℕ or ℤ');
  }
  const table = new AtomTable();
  const xa = linearize(x, table, ctx.limits);
  if (xa.kind !== 'ok') return tacticError('failed', 'interval_cases: bad variable');
  const atom = xa.poly.atoms()[0]!;
  const bounds: Bounds = { lo: x.type.name === 'Nat' ? 0n : undefined, hi: undefined };
  for (const h of hypotheses(goal)) {
    const p = h.prop;
    // Any ordered type: casts are transparent, so `(↑x : ℝ) < 3` bounds `x` as well.
    if (p.kind !== 'rel' || !isOrdered(p.left.type)) continue;
    const l = linearize(p.left, table, ctx.limits);
    const r = linearize(p.right, table, ctx.limits);
    if (l.kind !== 'ok' || r.kind !== 'ok') continue;
    const d = l.poly.sub(r.poly); // p reads d ⋈ 0
    if (d.degree !== 1 || d.atoms().some((a) => a !== atom)) continue;
    const a = d.coefficient(Polynomial.atom(atom).terms[0]!.monomial);
    const c = d.constantTerm();
    applyBound(bounds, p.op, a, c);
  }
  if (bounds.lo === undefined || bounds.hi === undefined) {
    return tacticError('failed', `interval_cases failed: no ${bounds.lo === undefined ? 'lower' : 'upper'} bound for ${x.name}`);
  }
  if (bounds.hi < bounds.lo) return closed('certified'); // the bounds contradict each other
  const count = bounds.hi - bounds.lo + 1n;
  if (count > BigInt(MAX_INTERVAL_CASES)) return tacticError('resource', `interval_cases: ${count} cases exceed the limit ${MAX_INTERVAL_CASES}`);
  const goals: Goal[] = [];
  for (let v = bounds.lo; v <= bounds.hi; v++) goals.push(instantiate(goal, x, v));
  return { kind: 'goals', goals, tier: 'certified' };
};

/** Tightens `bounds` by `a·x + c ⋈ 0` (`a ≠ 0`), for integer `x`. */
function applyBound(bounds: Bounds, op: string, a: Rational, c: Rational): void {
  if (a.isZero()) return;
  const root = c.neg().div(a); // a·x + c = 0 at x = root
  const lower = (v: bigint): void => {
    bounds.lo = bounds.lo === undefined || v > bounds.lo ? v : bounds.lo;
  };
  const upper = (v: bigint): void => {
    bounds.hi = bounds.hi === undefined || v < bounds.hi ? v : bounds.hi;
  };
  // Normalise to a·x + c (≥ | >) 0 or (≤ | <) 0, then divide by a (flipping when a < 0).
  const positive = a.isPositive();
  switch (op) {
    case '=':
      if (!root.isInteger()) {
        lower(1n);
        upper(0n); // no integer solution: an empty range
      } else {
        lower(root.num);
        upper(root.num);
      }
      return;
    case '≥':
    case '>': {
      const strict = op === '>';
      // a > 0: x ≥ root (strict: x > root); a < 0: x ≤ root (strict: x < root).
      if (positive) lower(strict ? root.floor() + 1n : root.ceil());
      else upper(strict ? root.ceil() - 1n : root.floor());
      return;
    }
    case '≤':
    case '<': {
      const strict = op === '<';
      if (positive) upper(strict ? root.ceil() - 1n : root.floor());
      else lower(strict ? root.floor() + 1n : root.ceil());
      return;
    }
    default:
      return;
  }
}

/** `goal` with the variable `x` replaced by the numeral `v` everywhere, and `x` dropped. */
function instantiate(goal: Goal, x: Extract<Term, { kind: 'var' }>, v: bigint): Goal {
  const ty = x.type as Extract<Term['type'], { kind: 'num' }>;
  const value = v < 0n ? mkNeg(mkLit(-v, ty)) : mkLit(v, ty);
  const context = goal.context.flatMap((e): ContextEntry[] => {
    if (e.kind === 'variable') return e.name === x.name ? [] : [e];
    return [{ kind: 'hypothesis' as const, name: e.name, prop: substitute(e.prop, x.name, value) }];
  });
  return withContext(goal, context, substitute(goal.target, x.name, value));
}
