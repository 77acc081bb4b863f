/**
 * `linarith [hints]` and `nlinarith [hints]` after Mathlib's method: the hypotheses that are
 * comparisons (and their negations), the hint statements and the negated goal become facts over
 * atoms; ℕ atoms add `≥ 0`; for `nlinarith`, squares of syntactic squares (`t ^ 2`, `t * t`) and
 * pairwise products join; the oracle searches a certificate and the core checks it. An equality
 * goal is two refutations (`a < b` and `a > b`); a goal that is not a comparison is `False`
 * (Mathlib's `exfalso`), so it is proved from the hypotheses alone.
 */
import { Polynomial, type Limits } from '../core/index.ts';
import { mkLit, mkPow, type Term } from '../syntax/ast.ts';
import { NAT } from '../syntax/types.ts';
import { isOrdered } from '../syntax/types.ts';
import { children } from '../syntax/substitute.ts';
import { termEquals } from '../syntax/equality.ts';
import { closed, tacticError, type Goal, type HandlerContext, type TacticArg, type TacticHandler, type TacticOutcome } from '../engine/types.ts';
import { AtomTable } from './atoms.ts';
import { refute } from './certify.ts';
import { atomFacts, negateRel, propFacts, relationFacts, type Comparison } from './facts.ts';
import { hypotheses, timeoutError, withTarget } from './goal.ts';
import { hintStatement } from './hints.ts';
import { linearize } from './linearize.ts';

export type ArithVerdict =
  | { readonly kind: 'proved' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'resource'; readonly message: string };

export interface LinarithSettings {
  readonly nonlinear: boolean;
  readonly deadline: number;
  readonly limits: Limits;
  /** Use the context's hypotheses (Mathlib's `linarith only [...]` turns this off). */
  readonly useHypotheses?: boolean;
}

/**
 * Proves `goal.target` from the context's comparisons plus `extra` propositions (already
 * established: hint statements), by certificates checked in the core. `proved` is a guarantee.
 */
export function proveByLinarith(goal: Goal, extra: readonly Term[], s: LinarithSettings): ArithVerdict {
  const table = new AtomTable();
  const known: Comparison[] = [];
  const props: Term[] = [];
  const take = (prop: Term, source: string): ArithVerdict | undefined => {
    const r = propFacts(prop, table, s.limits, source);
    if (r.kind === 'resource') return r;
    if (r.kind === 'ok') {
      known.push(...r.facts);
      props.push(prop);
    }
    return undefined;
  };
  for (const [i, p] of extra.entries()) {
    const bad = take(p, `hint ${i + 1}`);
    if (bad) return bad;
  }
  if (s.useHypotheses ?? true) {
    for (const h of hypotheses(goal)) {
      const bad = take(h.prop, h.name);
      if (bad) return bad;
    }
  }

  // The negated goal: one fact list per refutation to find.
  const problems: Comparison[][] = [];
  const target = goal.target;
  const ordered = (t: Term): boolean => t.kind === 'rel' && t.left.type.kind === 'num' && isOrdered(t.left.type);
  if (target.kind === 'rel' && ordered(target) && target.op !== '≠' && target.op !== '∣') {
    const ops = target.op === '=' ? (['<', '>'] as const) : ([negateRel(target.op)!] as const);
    for (const op of ops) {
      const r = relationFacts(op, target.left, target.right, table, s.limits, 'negated goal');
      if (r.kind === 'resource') return r;
      if (r.kind !== 'ok') return { kind: 'failed', message: r.message };
      problems.push([...r.facts]);
    }
    props.push(target);
  } else if (target.kind === 'not' && target.arg.kind === 'rel' && ordered(target.arg) && target.arg.op !== '≠') {
    const r = relationFacts(target.arg.op, target.arg.left, target.arg.right, table, s.limits, 'negated goal');
    if (r.kind === 'resource') return r;
    if (r.kind !== 'ok') return { kind: 'failed', message: r.message };
    problems.push([...r.facts]);
    props.push(target.arg);
  } else {
    problems.push([]); // exfalso: refute the hypotheses themselves
  }

  let squares: Polynomial[] = [];
  if (s.nonlinear) {
    const sq = syntacticSquares(props, table, s.limits);
    if (sq.kind === 'resource') return sq;
    squares = sq.squares;
  }
  const carried = atomFacts(table, 'nat');
  for (const negated of problems) {
    const facts = [...negated, ...known, ...carried];
    const r = refute(facts, { deadline: s.deadline, limits: s.limits, products: s.nonlinear, squares });
    if (r.kind === 'timeout' || r.kind === 'resource') return r;
    if (r.kind !== 'refuted') {
      return { kind: 'failed', message: `${s.nonlinear ? 'nlinarith' : 'linarith'} failed to find a contradiction` };
    }
  }
  return { kind: 'proved' };
}

/** Polynomials `t` for every `t ^ (2k)` (as `t ^ k`) and `t * t` inside `props` (Mathlib's nlinarith preprocessing). */
function syntacticSquares(props: readonly Term[], table: AtomTable, limits: Limits): { kind: 'ok'; squares: Polynomial[] } | { kind: 'resource'; message: string } {
  const out = new Map<string, Polynomial>();
  let refused: string | undefined;
  const add = (t: Term): void => {
    const r = linearize(t, table, limits);
    if (r.kind === 'ok' && !r.poly.isConstant()) out.set(r.poly.key, r.poly);
    else if (r.kind === 'resource') refused = r.message;
  };
  const visit = (t: Term): void => {
    if (t.kind === 'pow' && t.exponent.kind === 'lit' && t.exponent.den === 1n && t.exponent.num > 0n && t.exponent.num % 2n === 0n && t.exponent.type.kind === 'num' && t.exponent.type.name === 'Nat') {
      const half = t.exponent.num / 2n;
      add(half === 1n ? t.base : mkPow(t.base, mkLit(half, NAT)));
    } else if (t.kind === 'arith' && t.op === '*' && termEquals(t.left, t.right)) {
      add(t.left);
    }
    if (t.kind === 'quant' || t.kind === 'lambda' || t.kind === 'bigop' || t.kind === 'setOf') return; // bound variables
    for (const c of children(t)) visit(c);
  };
  for (const p of props) visit(p);
  if (refused !== undefined && out.size === 0) return { kind: 'resource', message: refused };
  return { kind: 'ok', squares: [...out.values()] };
}

/** Outcome of a closing arithmetic verdict. */
export function verdictOutcome(v: ArithVerdict, tactic: string): TacticOutcome {
  switch (v.kind) {
    case 'proved':
      return closed('certified');
    case 'failed':
      return tacticError('failed', v.message);
    case 'timeout':
      return timeoutError(tactic);
    case 'resource':
      return tacticError('resource', `${tactic}: ${v.message}`);
  }
}

/** Resolves the hint arguments of a call to the propositions they prove. */
export function resolveHints(
  goal: Goal,
  args: readonly TacticArg[],
  ctx: HandlerContext,
): { kind: 'ok'; props: Term[] } | { kind: 'error'; outcome: TacticOutcome } {
  const props: Term[] = [];
  // An inline claim `(by linarith : P)` is proved by linarith from the context, certified.
  const prove = (claim: Term): boolean =>
    proveByLinarith(withTarget(goal, claim), [], { nonlinear: false, deadline: ctx.deadline, limits: ctx.limits }).kind === 'proved';
  for (const a of args) {
    if (a.kind === 'hyp') {
      props.push(a.prop);
      continue;
    }
    const r = hintStatement(a.term, goal, prove);
    if (r.kind === 'error') return { kind: 'error', outcome: tacticError(r.reason, r.message) };
    props.push(r.prop);
  }
  return { kind: 'ok', props };
}

/** The `linarith` (`nonlinear = false`) or `nlinarith` handler. */
export function linarithHandler(nonlinear: boolean): TacticHandler {
  const name = nonlinear ? 'nlinarith' : 'linarith';
  return async (goal, call, ctx) => {
    const hints = resolveHints(goal, call.args, ctx);
    if (hints.kind === 'error') return hints.outcome;
    const only = call.only ?? false;
    const v = proveByLinarith(goal, hints.props, { nonlinear, deadline: ctx.deadline, limits: ctx.limits, useHypotheses: !only });
    return verdictOutcome(v, name);
  };
}

