/**
 * The vocabulary shared by the symbolic tactic engine's parts: goals, parsed tactic calls,
 * what a tactic handler returns, and the deadline/limits every handler must respect.
 *
 * Soundness contract for every handler: if it returns `{kind: 'goals', goals}`, then proving
 * all of `goals` (each in its own context) proves the input goal under Lean/Mathlib semantics.
 * Returning `[]` closes the goal. `tier: 'certified'` only when the closing step was checked by
 * the trusted core (`src/symbolic/core`) or is a purely logical step; `'smt'` when a z3 unsat
 * answer was trusted. When unsure, return an error: never guess.
 */
import type { Limits } from '../core/limits.ts';
import type { ContextEntry, Term } from '../syntax/ast.ts';
import type { TacticErrorReason } from '../../core/seams.ts';

/** One goal: an ordered context (variables and named hypotheses) and a target proposition. */
export interface Goal {
  readonly context: readonly ContextEntry[];
  readonly target: Term;
  /** Lean's case tag (`zero`, `succ`, `pos`, `neg`, `h`, `left`...), printed as `case tag`. */
  readonly caseTag?: string;
}

export type StepTier = 'certified' | 'smt';

/** Where a tactic acts: `at h₁ h₂ ⊢`. Absent means the target only. */
export interface Location {
  readonly hypotheses: readonly string[];
  readonly target: boolean;
}

/**
 * A hint or rewrite argument after it has been resolved in the goal's context:
 * a hypothesis by name (`h₀`, with its statement), or a term (`sq_nonneg (a - b)` is a
 * `lemma` term; `x + 1` a numeric term; `(h : x > 0)` style is not supported).
 */
export type TacticArg =
  | { readonly kind: 'hyp'; readonly name: string; readonly prop: Term }
  | { readonly kind: 'term'; readonly term: Term };

export interface HandlerContext {
  /** Absolute deadline on the `Date.now()` clock; handlers stop and return `timeout` past it. */
  readonly deadline: number;
  /** Whether a goal may be closed by z3 without a certificate (tier `smt`). */
  readonly allowSmt: boolean;
  readonly limits: Limits;
}

export type TacticOutcome =
  | { readonly kind: 'goals'; readonly goals: readonly Goal[]; readonly tier: StepTier }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

export function tacticError(reason: TacticErrorReason, message: string): TacticOutcome {
  return { kind: 'error', reason, message };
}

export function closed(tier: StepTier): TacticOutcome {
  return { kind: 'goals', goals: [], tier };
}

/** Past the deadline? Long loops in handlers call this between iterations. */
export function expired(ctx: HandlerContext): boolean {
  return Date.now() > ctx.deadline;
}

/**
 * A tactic as the engine's parser understood it, arguments already resolved in the goal's
 * context. `name` is the Lean tactic name (`linarith`, `nlinarith`, `norm_num`, `simp`, `ring`,
 * `ring_nf`, `field_simp`, `positivity`, `omega`, `decide`, `interval_cases`, ...).
 */
export interface TacticCall {
  readonly name: string;
  /** The tactic's full source text, as sent. */
  readonly text: string;
  /** `[a, b, c]` arguments (hints for linarith/nlinarith, simp lemmas, rewrite rules), or the operand of `interval_cases x`. */
  readonly args: readonly TacticArg[];
  readonly location?: Location;
  /** `simp only [...]`, `norm_num only`. */
  readonly only?: boolean;
}

/** A handler for one tactic name. Must be total: bad input is an error outcome, never an exception. */
export type TacticHandler = (goal: Goal, call: TacticCall, ctx: HandlerContext) => Promise<TacticOutcome>;
