/**
 * The other files of a data directory, beside `proofs.jsonl` and `steps.jsonl` (records.ts):
 * - `attempts.jsonl`: one record per problem tried and not admitted (no proof found, a proof
 *   of a tier not admitted, or a proof that did not survive replay), so `--resume` does not
 *   try it again unless asked;
 * - `manifest.json`: counts, settings and hashes, rewritten atomically at the end of each run.
 */
import { z } from 'zod';
import { TierSchema, VerifierSchema } from './records.ts';

export const AttemptRecordSchema = z
  .object({
    problem: z.string().min(1),
    /**
     * `failed`/`error`: search found no proof (or broke); `excluded`: proved at a tier that is
     * not admitted (smt without `--include-smt`); `unreplayable`: the found proof did not
     * replay or re-verify, so no step could be recorded.
     */
    status: z.enum(['failed', 'error', 'excluded', 'unreplayable']),
    proof: z.string().nullable(),
    verifier: VerifierSchema.nullable(),
    tier: TierSchema.nullable(),
    expansions: z.number().int().nonnegative(),
    seconds: z.number().nonnegative(),
    stop: z.string().optional(),
    message: z.string().optional(),
    created_at: z.string(),
  })
  .strict();
export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;

export const ManifestSchema = z
  .object({
    format: z.literal('proofseek-data/1'),
    proofseek_version: z.string(),
    /** sha256 over the problems' names, headers and texts, in name order. */
    problems_sha256: z.string(),
    /** sha256 over the proposer's name and the bytes of its configuration (tactic library, model files). */
    proposer_sha256: z.string(),
    settings: z.record(z.string(), z.unknown()),
    counts: z
      .object({
        problems: z.number().int().nonnegative(),
        proved: z.number().int().nonnegative(),
        attempted_unproved: z.number().int().nonnegative(),
        pending: z.number().int().nonnegative(),
        proofs: z.number().int().nonnegative(),
        steps: z.number().int().nonnegative(),
        by_tier: z.record(z.string(), z.number().int().nonnegative()),
        attempts_by_status: z.record(z.string(), z.number().int().nonnegative()),
      })
      .strict(),
    updated_at: z.string(),
    /** Wall-clock seconds of the last run (not of all resumed runs together). */
    seconds: z.number().nonnegative(),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** The file names inside a data directory. */
export const DATA_FILES = {
  proofs: 'proofs.jsonl',
  steps: 'steps.jsonl',
  attempts: 'attempts.jsonl',
  manifest: 'manifest.json',
} as const;
