/**
 * Classical reasoning: `by_contra h` (target `p` becomes `h : ¬p ⊢ False`; on `¬q`, `h : q`),
 * `by_contra! h` (the hypothesis with negations pushed), `by_cases h : p` (goals `pos` with
 * `h : p` and `neg` with `h : ¬p`), and `push_neg` at the target or hypotheses.
 */
import { FALSE, mkLogic, type Term } from '../../syntax/ast.ts';
import { printTerm } from '../../syntax/printer.ts';
import { termKey } from '../../syntax/equality.ts';
import { tacticError, type Goal, type TacticOutcome } from '../types.ts';
import type { EngineEnv } from '../runtime.ts';
import type { ParsedTactic, TacticOf } from '../tactic-ast.ts';
import { ProofEnv, elabPropAt, numericTypesIn } from '../elab-proof.ts';
import { proveExpr } from '../discharge.ts';
import { addHyp, findHyp, hypotheses, inaccessibleName, removeEntry, replaceHyp, withTarget } from '../goal.ts';
import { negate } from '../props.ts';
import { unfoldNotation } from '../unify.ts';
import { pushNeg } from './push-neg.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

export function byContra(goal: Goal, tac: T<'by_contra'>): TacticOutcome {
  const name = tac.hypName ?? (tac.push ? 'this' : inaccessibleName(goal, 'x'));
  const t = unfoldNotation(goal.target);
  let hyp: Term;
  if (tac.push) {
    hyp = pushNeg(negate(goal.target));
  } else if (t.kind === 'not') {
    // Batteries' `by_contra`: on `¬q` it introduces `q` rather than `¬¬q`.
    hyp = t.arg;
  } else {
    hyp = negate(goal.target);
  }
  return { kind: 'goals', goals: [{ ...addHyp(goal, name, hyp), target: FALSE }], tier: 'certified' };
}

export function byCases(goal: Goal, tac: T<'by_cases'>, env: EngineEnv): TacticOutcome {
  let p: Term;
  try {
    p = elabPropAt(tac.prop, new ProofEnv(goal, env.src, env.config.opens));
  } catch (e) {
    return tacticError('failed', (e as { message?: string }).message ?? 'cannot elaborate the proposition');
  }
  const pos = { ...addHyp(goal, tac.hypName, p), caseTag: 'pos' };
  const neg = { ...addHyp(goal, tac.hypName, negate(p)), caseTag: 'neg' };
  return { kind: 'goals', goals: [pos, neg], tier: 'certified' };
}

export function pushNegTactic(goal: Goal, tac: T<'push_neg'>): TacticOutcome {
  const loc = tac.location;
  const hyps = loc === undefined ? [] : loc.wildcard ? hypotheses(goal).map((h) => h.name) : loc.hypotheses;
  const atTarget = loc === undefined || loc.target || loc.wildcard;
  let g = goal;
  let progress = false;
  for (const name of hyps) {
    const h = findHyp(g, name);
    if (h === undefined) return tacticError('failed', `push_neg: unknown hypothesis '${name}'`);
    const next = pushNeg(h.prop);
    if (termKey(next) !== termKey(h.prop)) {
      progress = true;
      g = replaceHyp(g, name, next);
    } else if (!loc?.wildcard) return tacticError('failed', `push_neg made no progress at ${name}: ${printTerm(h.prop)}`);
  }
  if (atTarget) {
    const next = pushNeg(g.target);
    if (termKey(next) !== termKey(g.target)) {
      progress = true;
      g = withTarget(g, next);
    } else if (!loc?.wildcard) return tacticError('failed', `push_neg made no progress on the goal: ${printTerm(g.target)}`);
  }
  if (!progress) return tacticError('failed', 'push_neg made no progress');
  return { kind: 'goals', goals: [g], tier: 'certified' };
}

/**
 * `contrapose h`: `h : p ⊢ q` becomes `h : ¬q ⊢ ¬p`; without `h`, `⊢ p → q` becomes
 * `⊢ ¬q → ¬p`; `contrapose!` pushes the negations in.
 */
export function contrapose(goal: Goal, tac: T<'contrapose'>): TacticOutcome {
  const fix = (t: Term): Term => (tac.push ? pushNeg(t) : t);
  if (tac.hypName === undefined) {
    const t = unfoldNotation(goal.target);
    if (t.kind !== 'logic' || t.op !== '→') return tacticError('failed', `contrapose: the target is not an implication:\n  ${printTerm(goal.target)}`);
    return { kind: 'goals', goals: [withTarget(goal, mkLogic('→', fix(negate(t.right)), fix(negate(t.left))))], tier: 'certified' };
  }
  const h = findHyp(goal, tac.hypName);
  if (h === undefined) return tacticError('failed', `contrapose: unknown hypothesis '${tac.hypName}'`);
  const g = addHyp(removeEntry(goal, h.name), h.name, fix(negate(goal.target)));
  return { kind: 'goals', goals: [{ ...g, target: fix(negate(h.prop)) }], tier: 'certified' };
}

/** Mathlib's `absurd h` with `h : p`: the goal becomes `¬p`. */
export async function absurd(goal: Goal, tac: T<'absurd'>, env: EngineEnv): Promise<TacticOutcome> {
  const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
  const p = await proveExpr(tac.expr, undefined, penv, env, 'error');
  if (p.kind === 'error') return tacticError(p.reason, p.message);
  return { kind: 'goals', goals: [withTarget(goal, negate(p.prop))], tier: p.tier };
}
