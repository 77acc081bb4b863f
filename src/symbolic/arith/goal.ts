/**
 * Small goal operations the arithmetic tactics share: reading hypotheses, replacing or removing
 * one, and the outcome for deadlines and resource refusals.
 */
import type { Term } from '../syntax/ast.ts';
import type { Ty } from '../syntax/types.ts';
import { tacticError, type Goal, type HandlerContext, type TacticOutcome } from '../engine/types.ts';

export interface Hypothesis {
  readonly name: string;
  readonly prop: Term;
}

/** The named hypotheses of the context, in order. */
export function hypotheses(goal: Goal): Hypothesis[] {
  const out: Hypothesis[] = [];
  for (const e of goal.context) if (e.kind === 'hypothesis') out.push({ name: e.name, prop: e.prop });
  return out;
}

/** The last hypothesis called `name` (later entries shadow earlier ones). */
export function findHypothesis(goal: Goal, name: string): Hypothesis | undefined {
  for (let i = goal.context.length - 1; i >= 0; i--) {
    const e = goal.context[i]!;
    if (e.kind === 'hypothesis' && e.name === name) return { name: e.name, prop: e.prop };
  }
  return undefined;
}

/** The type of variable `name`, if the context declares it. */
export function variableType(goal: Goal, name: string): Ty | undefined {
  for (let i = goal.context.length - 1; i >= 0; i--) {
    const e = goal.context[i]!;
    if (e.kind === 'variable' && e.name === name) return e.type;
  }
  return undefined;
}

/** `goal` with hypothesis `name` (its last occurrence) replaced by `prop`, or removed when `prop` is undefined. */
export function replaceHypothesis(goal: Goal, name: string, prop: Term | undefined): Goal {
  let index = -1;
  for (let i = goal.context.length - 1; i >= 0 && index < 0; i--) {
    const e = goal.context[i]!;
    if (e.kind === 'hypothesis' && e.name === name) index = i;
  }
  if (index < 0) return goal;
  const context = [...goal.context];
  if (prop === undefined) context.splice(index, 1);
  else context[index] = { kind: 'hypothesis', name, prop };
  return withContext(goal, context, goal.target);
}

export function withTarget(goal: Goal, target: Term): Goal {
  return withContext(goal, goal.context, target);
}

export function withContext(goal: Goal, context: Goal['context'], target: Term): Goal {
  return goal.caseTag !== undefined ? { context, target, caseTag: goal.caseTag } : { context, target };
}

export function timeoutError(tactic: string): TacticOutcome {
  return tacticError('timeout', `${tactic}: deadline exceeded`);
}

/** Whether the handler is past its deadline. */
export function pastDeadline(ctx: HandlerContext): boolean {
  return Date.now() > ctx.deadline;
}
