/**
 * `decide`: a closed proposition with a decidable instance in Lean is evaluated exactly; `true`
 * closes the goal (the evaluation is its certificate). As in Lean, free variables or real or
 * complex numbers (no computable `Decidable` instance) make it fail, and so does a false
 * proposition; the evaluator's size bounds refuse what is too large to enumerate.
 */
import type { Term } from '../syntax/ast.ts';
import { children, freeVars } from '../syntax/substitute.ts';
import { closed, tacticError, type TacticHandler } from '../engine/types.ts';
import { evaluateProp } from '../eval/index.ts';

/** Most elements a `decide` enumeration may visit (Lean's kernel would give up long before). */
export const DECIDE_MAX_ENUMERATION = 20_000;

function mentionsNoncomputable(t: Term): boolean {
  if (t.type.kind === 'num' && (t.type.name === 'Real' || t.type.name === 'Complex')) return true;
  if ((t.kind === 'quant' || t.kind === 'bigop') && (t.kind === 'quant' ? t.binder : t.index).type.kind === 'num') {
    const b = t.kind === 'quant' ? t.binder : t.index;
    if (b.type.kind === 'num' && (b.type.name === 'Real' || b.type.name === 'Complex')) return true;
  }
  return children(t).some(mentionsNoncomputable);
}

export const decideHandler: TacticHandler = async (goal, _call, ctx) => {
  const t = goal.target;
  if (freeVars(t).size > 0) return tacticError('failed', 'decide: the goal has free variables');
  if (mentionsNoncomputable(t)) return tacticError('failed', 'decide: failed to synthesize Decidable (real or complex numbers)');
  const r = evaluateProp(t, new Map(), { ...ctx.limits, deadline: ctx.deadline, maxEnumeration: DECIDE_MAX_ENUMERATION });
  switch (r.kind) {
    case 'true':
      return closed('certified');
    case 'false':
      return tacticError('failed', 'decide: the proposition is false');
    case 'unknown':
      if (Date.now() > ctx.deadline) return tacticError('timeout', 'decide: deadline exceeded');
      return tacticError(r.resource ? 'resource' : 'failed', `decide: ${r.reason}`);
  }
};
