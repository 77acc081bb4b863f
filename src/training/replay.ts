/**
 * Replaying a tactic path through `backend.start`/`backend.apply`, to see the state before and
 * after each step. The path is in search order, which is Lean's order: every tactic acts on
 * the first open goal, so a script with `·` blocks is replayed as its depth-first sequence.
 * A path that closes every goal before its last tactic is cut there (the rest is not needed).
 */
import type { Problem } from '../core/problem.ts';
import type { ProofBackend, ProofState, Tier } from '../core/seams.ts';
import { weakerTier } from '../core/seams.ts';

export interface ReplayedStep {
  readonly tactic: string;
  /** Goals before the tactic, first goal first. */
  readonly goalsBefore: readonly string[];
  /** Goals after it; empty on the step that closes the proof. */
  readonly goalsAfter: readonly string[];
}

export type Replay =
  | { readonly kind: 'proved'; readonly steps: readonly ReplayedStep[]; readonly tier: Tier }
  | { readonly kind: 'failed'; readonly step: number; readonly message: string };

/** Applies `tactics` in order from the problem's start state. Never throws for a failing tactic. */
export async function replayTactics(
  backend: ProofBackend,
  problem: Problem,
  tactics: readonly string[],
  options: { readonly timeoutMs: number },
): Promise<Replay> {
  const started = await backend.start(problem);
  if (started.kind === 'error') return { kind: 'failed', step: 0, message: `cannot state the problem: ${started.message}` };
  let state: ProofState = started.state;
  let tier: Tier = state.tier;
  const steps: ReplayedStep[] = [];
  for (const [i, tactic] of tactics.entries()) {
    const result = await backend.apply(state, tactic, { timeoutMs: options.timeoutMs });
    if (result.kind === 'error') return { kind: 'failed', step: i, message: `${result.reason}: ${result.message}` };
    const closed = result.kind === 'proved' || result.state.goals.length === 0;
    tier = weakerTier(tier, result.kind === 'proved' ? result.tier : result.state.tier);
    steps.push({ tactic, goalsBefore: state.goals, goalsAfter: closed ? [] : result.state.goals });
    if (closed) return { kind: 'proved', steps, tier };
    state = result.state;
  }
  return { kind: 'failed', step: tactics.length, message: `${state.goals.length} goal(s) left after the last tactic` };
}
