/**
 * The symbolic tactic engine: Lean tactic text → goals, with Lean/Mathlib semantics on the
 * typed AST of ../syntax.
 *
 * Algorithm sketch
 * 1. Parse the tactic text into a block tree (whitespace-sensitive like Lean: sequences, `·`,
 *    `<;>`, combinators, nested `by` blocks, induction alternatives); terms stay source spans.
 * 2. Dispatch each atomic tactic on the first goal under its own deadline. Logical tactics
 *    (./tactics) are rules of logic, tier `certified`; arithmetic ones go by name to
 *    `arithmeticHandlers` (../arith), whose closing steps are certificate-checked; when a
 *    terminal arithmetic tactic fails and z3 is allowed, `smtProve` (../smt) may close the
 *    goal, tier `smt`.
 * 3. Terms in tactics are elaborated in the goal's context (`parseTerm`); proof expressions
 *    (`h.1`, `mul_pos h₀ h₁`, `⟨w, by ring⟩`) by `elab-proof.ts` with unification and a trusted
 *    table of Mathlib lemma statements, postponing `by` blocks until their type is known.
 * Soundness rests on: each handler's contract (types.ts), the lemma table (tested by exact
 * evaluation), unification being syntactic up to reducible notation, and the trusted core.
 *
 * Files
 * - types.ts        — Goal, TacticCall/TacticArg, HandlerContext, TacticOutcome: the contract every handler follows.
 * - text.ts         — spans, columns and bracket/comment-aware scanning of tactic text.
 * - tactic-ast.ts   — the parsed forms: blocks, atomic tactics, rcases patterns, proof expressions.
 * - parse/          — block.ts (blocks), atomic.ts (one tactic), proof-expr.ts, pattern.ts, abort.ts.
 * - goal.ts         — goal values: lookups, shadowing, printing, canonical keys, size guard.
 * - state.ts        — the immutable proof state (goals, weakest tier, step log).
 * - unify.ts        — metavariables and unification (notation-aware, Miller patterns, ℕ offsets).
 * - props.ts        — logical shapes after unfolding (`Even`, `Odd`, `∣`, `≠`, `¬`, `∃!`).
 * - lemmas.ts       — the trusted table of Mathlib lemma statements, by type class.
 * - elab-proof.ts   — elaboration of proof expressions against a goal.
 * - discharge.ts    — finishing a proof expression: metavariables solved, `by` blocks run, holes.
 * - hints.ts        — arguments of arithmetic tactics resolved into TacticArgs; locations.
 * - runtime.ts      — what a logical handler sees (EngineEnv) and run results.
 * - dispatch.ts     — the dispatcher: blocks, combinators, deadlines, arithmetic + smt fallback.
 * - tactics/        — basic.ts (exact, apply, refine, constructor, use, …), intro.ts, cases.ts
 *                     (rcases, obtain, cases'), subst.ts, contra.ts (by_contra, by_cases,
 *                     push_neg), push-neg.ts, have.ts (have, specialize), rewrite.ts (rw),
 *                     induction.ts, close.ts (rfl/assumption/trivial checks).
 */
export * from './types.ts';
export { parseScript, MAX_SCRIPT_LENGTH } from './parse/block.ts';
export type { ParsedScript, ParsedTactic, PExpr, RPat, ScriptParse, TacticNode } from './tactic-ast.ts';
export { Dispatcher } from './dispatch.ts';
export type { EngineConfig, EngineEnv, RunResult } from './runtime.ts';
export { SymbolicState, type StepRecord } from './state.ts';
export { goalKey, printGoalText, MAX_GOAL_NODES, MAX_TERM_DEPTH } from './goal.ts';
export { LEMMAS, findLemma, type LemmaSpec } from './lemmas.ts';
export { pushNeg } from './tactics/push-neg.ts';
