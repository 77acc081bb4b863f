/**
 * The only judge of a counterexample: exact evaluation. An assignment refutes a goal when every
 * hypothesis evaluates to true and the target to false under it; `unknown` anywhere means no.
 */
import type { Goal } from '../engine/types.ts';
import { evaluateProp, type EvalLimits, type Value } from '../eval/index.ts';

/** Evaluation limits for checking candidates: generous enough for olympiad numbers, small enough to be quick. */
export const CHECK_LIMITS: EvalLimits = Object.freeze({
  maxBits: 20_000,
  maxTerms: 20_000,
  maxDegree: 200,
  maxEnumeration: 20_000,
  maxSteps: 200_000,
});

/**
 * True exactly when `assignment` makes every hypothesis of `goal` true and its target false,
 * as decided by exact evaluation with Lean semantics.
 *
 * `byConstruction` holds the context indices of hypotheses `∀ x, f x = t` (f not in t) whose
 * function variable was assigned the closure `fun x => t` itself: those hold by β-reduction,
 * though evaluation cannot check a `∀` over an infinite type. Only the search passes them, for
 * exactly those definitions (indices, not names: two hypotheses may share a name).
 */
export function refutes(
  goal: Goal,
  assignment: ReadonlyMap<string, Value>,
  limits: EvalLimits = CHECK_LIMITS,
  byConstruction: ReadonlySet<number> = new Set(),
): boolean {
  for (const [i, entry] of goal.context.entries()) {
    if (entry.kind !== 'hypothesis' || byConstruction.has(i)) continue;
    if (evaluateProp(entry.prop, assignment, limits).kind !== 'true') return false;
  }
  return evaluateProp(goal.target, assignment, limits).kind === 'false';
}
