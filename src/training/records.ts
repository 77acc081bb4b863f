/**
 * The verified-data formats that `generate` writes, `train` reads and `iterate` accumulates.
 * One schema per file kind, validated with zod before every write and on every read:
 * - `proofs.jsonl`: one record per solved problem (the whole verified script);
 * - `steps.jsonl`: one record per tactic on a final proof path — the (state, tactic) pairs that
 *   step-level provers (LeanDojo, BFS-Prover) train on.
 * Field names are snake_case because these files are meant for other tools too.
 */
import { z } from 'zod';

export const VerifierSchema = z.enum(['symbolic', 'lean']);
export const TierSchema = z.enum(['kernel', 'certified', 'smt']);

export const ProofRecordSchema = z
  .object({
    /** Problem name (unique within a problem set). */
    problem: z.string().min(1),
    source_file: z.string(),
    /** The declaration up to `:=` (Problem.signature). */
    statement: z.string().min(1),
    /** The verified tactic script. */
    proof: z.string().min(1),
    verifier: VerifierSchema,
    verifier_version: z.string(),
    tier: TierSchema,
    expansions: z.number().int().nonnegative(),
    seconds: z.number().nonnegative(),
    /** ISO 8601. */
    created_at: z.string(),
    /** Stable id of this proof: a hash of problem name and normalised proof text. */
    proof_id: z.string().min(1),
  })
  .strict();
export type ProofRecord = z.infer<typeof ProofRecordSchema>;

export const StepRecordSchema = z
  .object({
    problem: z.string().min(1),
    /** 0-based index of the tactic on the proof path. */
    step: z.number().int().nonnegative(),
    /**
     * Every open goal before the tactic, each pretty-printed Lean-style, joined by a blank line
     * (`\n\n`), first goal first; the tactic acts on the first goal.
     */
    state_before: z.string().min(1),
    tactic: z.string().min(1),
    /** The goals after the tactic, same format; empty string when no goal is left. */
    state_after: z.string(),
    verifier: VerifierSchema,
    tier: TierSchema,
    proof_id: z.string().min(1),
  })
  .strict();
export type StepRecord = z.infer<typeof StepRecordSchema>;

/** The separator between goals in `state_before`/`state_after`. */
export const GOAL_SEPARATOR = '\n\n';

/** Joins a state's goals into the step-record text form. */
export function stateText(goals: readonly string[]): string {
  return goals.join(GOAL_SEPARATOR);
}

/** The first goal of a step-record state text (what a proposer conditions on). */
export function firstGoal(state: string): string {
  const cut = state.indexOf(GOAL_SEPARATOR);
  return cut < 0 ? state : state.slice(0, cut);
}
