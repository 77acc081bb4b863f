/**
 * Finishing an elaborated proof expression: every metavariable must be solved, postponed `by`
 * blocks are run (each must close its goal) and holes become new goals (`refine`) or errors.
 */
import { printTerm } from '../syntax/printer.ts';
import type { TacticErrorReason } from '../../core/seams.ts';
import { elaborateProof, type ProofEnv } from './elab-proof.ts';
import { printGoalText } from './goal.ts';
import { weaker, type EngineEnv } from './runtime.ts';
import type { PExpr } from './tactic-ast.ts';
import type { Goal, StepTier } from './types.ts';
import type { Term } from '../syntax/ast.ts';
import { unfoldNotation } from './unify.ts';
import { decidesTrue, isReflexive } from './tactics/close.ts';

export type Discharged =
  | { readonly kind: 'ok'; readonly tier: StepTier; readonly goals: readonly Goal[] }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

/** Runs the obligations of `penv`; `holes: 'goals'` turns `_`/`?_` into new goals (refine), else they are errors. */
export async function discharge(penv: ProofEnv, env: EngineEnv, holes: 'goals' | 'error'): Promise<Discharged> {
  let tier: StepTier = 'certified';
  const goals: Goal[] = [];
  const obligations = penv.obligations;
  penv.obligations = [];
  for (const ob of obligations) {
    const prop = penv.metas.instantiate(ob.prop);
    const open = penv.metas.unassigned(prop);
    if (open.length > 0) {
      return { kind: 'error', reason: 'failed', message: `cannot infer ${open.join(', ')} in ${printTerm(prop)}` };
    }
    const goal: Goal = { context: penv.goal.context, target: prop };
    if (ob.kind === 'rfl') {
      const t = unfoldNotation(prop);
      if (!(t.kind === 'rel' && t.op === '=' && (isReflexive(t) || decidesTrue(t, env.limits)))) {
        return { kind: 'error', reason: 'failed', message: `rfl: the two sides differ in ${printTerm(prop)}` };
      }
      continue;
    }
    if (ob.kind === 'hole') {
      if (holes === 'goals') goals.push(goal);
      else return { kind: 'error', reason: 'failed', message: `don't know how to synthesize placeholder for\n${printGoalText(goal)}` };
      continue;
    }
    const r = await env.run(ob.block, [goal]);
    if (r.kind === 'error') return { kind: 'error', reason: r.reason, message: `in 'by' block for ${printTerm(prop)}: ${r.message}` };
    if (r.goals.length > 0) {
      return { kind: 'error', reason: 'failed', message: `unsolved goals in 'by' block:\n${r.goals.map(printGoalText).join('\n\n')}` };
    }
    tier = weaker(tier, r.tier);
  }
  return { kind: 'ok', tier, goals };
}

export type ClosedProof =
  | { readonly kind: 'ok'; readonly prop: Term; readonly tier: StepTier; readonly goals: readonly Goal[] }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string; readonly notProof?: boolean };

/**
 * Elaborates `e` (against `expected` if given), requires a metavariable-free result, and
 * discharges its obligations.
 */
export async function proveExpr(
  e: PExpr,
  expected: Term | undefined,
  penv: ProofEnv,
  env: EngineEnv,
  holes: 'goals' | 'error',
): Promise<ClosedProof> {
  const r = elaborateProof(e, expected, penv);
  if (r.kind === 'error') return { kind: 'error', reason: r.reason, message: r.message, notProof: r.notProof };
  const prop = penv.metas.instantiate(r.prop);
  const open = penv.metas.unassigned(prop);
  if (open.length > 0) return { kind: 'error', reason: 'failed', message: `cannot infer ${open.join(', ')} in ${printTerm(prop)}` };
  const d = await discharge(penv, env, holes);
  if (d.kind === 'error') return d;
  return { kind: 'ok', prop, tier: d.tier, goals: d.goals };
}
