/**
 * What a logical tactic handler sees while it runs: the goal's source text (for spans), the
 * header's `open` namespaces, its deadline and limits, and a way to run nested tactic blocks
 * (`have … := by tacs`, `⟨w, by ring⟩`, induction alternatives) through the same dispatcher.
 */
import type { Limits } from '../core/limits.ts';
import type { TacticErrorReason } from '../../core/seams.ts';
import type { ParsedTactic, TacticNode } from './tactic-ast.ts';
import type { Source, Span } from './text.ts';
import type { Goal, HandlerContext, StepTier, TacticOutcome } from './types.ts';

/** The result of running a tactic block on a list of goals. */
export type RunResult =
  | { readonly kind: 'ok'; readonly goals: readonly Goal[]; readonly tier: StepTier }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

export interface EngineConfig {
  readonly allowSmt: boolean;
  /** Deadline of one atomic tactic, in milliseconds. */
  readonly tacticTimeoutMs: number;
  readonly limits: Limits;
  /** Namespaces opened by the problem's header (`Real`, `Nat`…), for names in tactic arguments. */
  readonly opens: readonly string[];
}

export interface EngineEnv extends HandlerContext {
  readonly config: EngineConfig;
  readonly src: Source;
  /** The span of the tactic being run (its text is `src.slice(span)`). */
  readonly span: Span;
  /** Runs `node` on `goals` (nested blocks); errors come back as values. */
  run(node: TacticNode, goals: readonly Goal[]): Promise<RunResult>;
}

/** A logical tactic: total, returns the goals that replace `goal` (see `types.ts` for the contract). */
export type LogicalHandler = (goal: Goal, tactic: ParsedTactic, env: EngineEnv) => TacticOutcome | Promise<TacticOutcome>;

export function weaker(a: StepTier, b: StepTier): StepTier {
  return a === 'smt' || b === 'smt' ? 'smt' : 'certified';
}
