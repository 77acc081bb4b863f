/**
 * `findCounterexample`: sampling first (cheap, finds small counterexamples), then a z3 model of
 * (hypotheses ∧ ¬target) read back as exact values. Either way the assignment is reported only
 * after `refutes` confirms it by exact evaluation.
 */
import type { Goal } from '../engine/types.ts';
import type { EvalLimits, Value } from '../eval/index.ts';
import { smtProve } from '../smt/index.ts';
import { CHECK_LIMITS, refutes } from './confirm.ts';
import { prepare } from './prepare.ts';
import { sampleCounterexample } from './search.ts';

export type CounterexampleResult =
  /** `assignment` makes every hypothesis true and the target false (checked exactly). */
  | {
      readonly kind: 'found';
      readonly assignment: ReadonlyMap<string, Value>;
      readonly source: 'sampling' | 'smt';
      /** Indices in `goal.context` of hypotheses `∀ x, f x = t` satisfied by construction (f is assigned `fun x => t`), not by evaluation. */
      readonly byConstruction: readonly number[];
      /** The goal after introducing the target's `∀`/`→` (what `assignment` was checked against). */
      readonly goal: Goal;
    }
  | { readonly kind: 'none'; readonly reason: string };

export interface CounterexampleOptions {
  /** Absolute `Date.now()` deadline for the whole search. */
  readonly deadline: number;
  /** Ask z3 for a model after sampling (default true). */
  readonly useSmt?: boolean;
  readonly maxAssignments?: number;
  readonly limits?: EvalLimits;
}

/**
 * Searches for an exact counterexample to `goal`. `found` is a certain refutation under Lean
 * semantics; `none` means only that none was found.
 */
export async function findCounterexample(goal: Goal, opts: CounterexampleOptions): Promise<CounterexampleResult> {
  const prepared = prepare(goal);
  if (prepared.kind !== 'ok') return { kind: 'none', reason: prepared.reason };
  const g = prepared.goal;
  const limits = opts.limits ?? CHECK_LIMITS;
  const now = Date.now();
  const useSmt = opts.useSmt ?? true;
  // Sampling gets half the time when z3 follows, all of it otherwise.
  const sampleDeadline = useSmt ? now + Math.max(0, (opts.deadline - now) / 2) : opts.deadline;
  const sampled = sampleCounterexample(g, {
    deadline: sampleDeadline,
    limits,
    ...(opts.maxAssignments === undefined ? {} : { maxAssignments: opts.maxAssignments }),
  });
  if (sampled.kind === 'found')
    return { kind: 'found', assignment: sampled.assignment, source: 'sampling', goal: g, byConstruction: sampled.byConstruction };
  if (!useSmt) return { kind: 'none', reason: `no counterexample in ${sampled.tried} samples` };
  const smt = await smtProve(g, { deadline: opts.deadline });
  if (smt.kind === 'sat') {
    if (refutes(g, smt.model, limits)) return { kind: 'found', assignment: smt.model, source: 'smt', goal: g, byConstruction: [] };
    return { kind: 'none', reason: 'z3 model does not refute the goal exactly' };
  }
  if (smt.kind === 'unsat') return { kind: 'none', reason: 'z3 proves the goal' };
  if (smt.kind === 'unsupported') return { kind: 'none', reason: `z3 translation: unsupported ${smt.construct}` };
  return { kind: 'none', reason: smt.reason };
}
