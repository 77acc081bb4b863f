/**
 * The symbolic proof state: an immutable list of goals (first goal first), the weakest tier of
 * the steps taken so far, the step log, and the header's `open` namespaces the tactics are read
 * under. A state is only ever replaced, never changed, so search can keep and revisit any of them.
 */
import type { StepTier, Goal } from './types.ts';
import { goalKey, printGoalText } from './goal.ts';
import { weaker } from './runtime.ts';

export interface StepRecord {
  readonly tactic: string;
  readonly tier: StepTier;
  readonly goalsBefore: number;
  readonly goalsAfter: number;
}

export class SymbolicState {
  private constructor(
    readonly goals: readonly Goal[],
    readonly tier: StepTier,
    readonly log: readonly StepRecord[],
    readonly opens: readonly string[],
  ) {
    Object.freeze(this);
  }

  static initial(goal: Goal, opens: readonly string[]): SymbolicState {
    return new SymbolicState(Object.freeze([goal]), 'certified', Object.freeze([]), Object.freeze([...opens]));
  }

  /** The state after `tactic` turned the goals into `goals` at tier `tier`. */
  next(tactic: string, goals: readonly Goal[], tier: StepTier): SymbolicState {
    const record: StepRecord = Object.freeze({ tactic, tier, goalsBefore: this.goals.length, goalsAfter: goals.length });
    return new SymbolicState(Object.freeze([...goals]), weaker(this.tier, tier), Object.freeze([...this.log, record]), this.opens);
  }

  get proved(): boolean {
    return this.goals.length === 0;
  }

  /** Lean-style text of each goal, first goal first. */
  printGoals(): string[] {
    return this.goals.map(printGoalText);
  }

  /** Canonical key of the goal list (equal keys: the same goals up to α-renaming). */
  key(): string {
    return this.goals.map(goalKey).join('\n\n');
  }
}
