/**
 * `have h : T := e` (prove `T` by `e`, then add it), `have h : T` (a new goal `T` first, then
 * the main goal with `h`, as Mathlib orders them), `have h := e` (the type is what `e` proves),
 * and `specialize h a b` (replace `h` by its application).
 */
import type { Term } from '../../syntax/ast.ts';
import { tacticError, type Goal, type TacticOutcome } from '../types.ts';
import type { EngineEnv } from '../runtime.ts';
import type { ParsedTactic, TacticOf } from '../tactic-ast.ts';
import { ProofEnv, elabPropAt, numericTypesIn } from '../elab-proof.ts';
import { proveExpr } from '../discharge.ts';
import { addHyp, findHyp, replaceHyp } from '../goal.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

export async function have(goal: Goal, tac: T<'have'>, env: EngineEnv): Promise<TacticOutcome> {
  const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
  let type: Term | undefined;
  if (tac.type !== undefined) {
    try {
      type = elabPropAt(tac.type, penv);
    } catch (e) {
      return tacticError('failed', (e as { message?: string }).message ?? 'cannot elaborate the type');
    }
  }
  if (tac.value === undefined) {
    if (type === undefined) return tacticError('parse', "have needs ': T' or ':= e'");
    return { kind: 'goals', goals: [{ context: goal.context, target: type }, addHyp(goal, tac.hypName, type)], tier: 'certified' };
  }
  const p = await proveExpr(tac.value, type, penv, env, 'error');
  if (p.kind === 'error') return tacticError(p.reason, p.message);
  return { kind: 'goals', goals: [addHyp(goal, tac.hypName, type ?? p.prop)], tier: p.tier };
}

export async function specialize(goal: Goal, tac: T<'specialize'>, env: EngineEnv): Promise<TacticOutcome> {
  const e = tac.expr;
  const head = e.kind === 'app' ? e.head : e;
  if (head.kind !== 'name' || findHyp(goal, head.name) === undefined) {
    return tacticError('failed', 'specialize: expected a hypothesis applied to arguments');
  }
  const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
  const p = await proveExpr(e, undefined, penv, env, 'error');
  if (p.kind === 'error') return tacticError(p.reason, p.message);
  return { kind: 'goals', goals: [replaceHyp(goal, head.name, p.prop)], tier: p.tier };
}
