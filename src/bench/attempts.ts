/**
 * The files of a bench run directory: `attempts.jsonl` (one record per (problem, attempt),
 * appended and synced as each attempt ends) and `bench.json` (what was run: configuration,
 * environment, problem-set hash), written before the first attempt so a killed run can resume.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFileAs } from '../core/json-file.ts';
import { ResultRecordSchema } from '../core/results.ts';

export const ATTEMPTS_FILE = 'attempts.jsonl';
export const CONFIG_FILE = 'bench.json';

/** A `prove` result record plus which attempt it was and when it ran. */
export const AttemptRecordSchema = ResultRecordSchema.extend({
  attempt: z.number().int().nonnegative(),
  /** Seed of the sampling proposer; attempt 0 is the unperturbed proposer. */
  seed: z.number().int(),
  /** `search` (proposer + best-first search) or `baseline` (the statement straight to z3). */
  mode: z.enum(['search', 'baseline']),
  /** Process CPU time during the attempt (overlapping attempts share it when concurrency > 1). */
  cpuMs: z.number().nonnegative(),
  /** `Date.now()` when the bench session that ran it started and when it finished. */
  sessionStartedAt: z.number(),
  finishedAt: z.number(),
});
export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;

export const BenchConfigSchema = z.object({
  label: z.string(),
  problemPath: z.string(),
  backend: z.string(),
  proposer: z.string(),
  /**
   * The model directory the proposer loaded: --model, or the shipped model for learned without
   * it. Runs recorded before `proposerSha256` existed kept null for the shipped model.
   */
  modelDir: z.string().nullable(),
  /** The tactic library read (--library or the bundled one); null for hf, http and the baseline. Absent in older runs. */
  library: z.string().nullable().optional(),
  /**
   * `hashProposerConfig` over the proposer's name, the bytes of its library and model files and
   * its settings, so `--resume` notices a retrained models/default or an edited library; null
   * for the baseline. Absent in older runs, which `--resume` then cannot check for this.
   */
  proposerSha256: z.string().nullable().optional(),
  attempts: z.number().int().positive(),
  tacticsPerExpansion: z.number().int().positive(),
  expansions: z.number().int().positive(),
  timeLimitSeconds: z.number().positive(),
  tacticTimeoutSeconds: z.number().positive(),
  smt: z.boolean(),
  concurrency: z.number().int().positive(),
  seed: z.number().int(),
  temperature: z.number().positive(),
  baseline: z.enum(['z3']).nullable(),
  limit: z.number().int().positive().nullable(),
  /**
   * hf and http: the settings that shape the proposer's output (prompt, server, model, sampling;
   * never the API key), so `--resume` refuses a different model. Absent for the other proposers.
   */
  proposerSettings: z.record(z.string(), z.unknown()).optional(),
});
export type BenchConfig = z.infer<typeof BenchConfigSchema>;

export const LeanVersionSchema = z.object({ toolchain: z.string().nullable(), mathlib: z.string().nullable(), repl: z.string().nullable() });

/** The model behind an hf or http proposer (a learned model is described by its manifest instead). */
export const ProposerModelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hf'), dir: z.string() }),
  z.object({ kind: z.literal('http'), baseUrl: z.string(), model: z.string(), endpoint: z.string() }),
]);
export type ProposerModel = z.infer<typeof ProposerModelSchema>;

export const EnvironmentSchema = z.object({
  proofseekVersion: z.string(),
  gitCommit: z.string().nullable(),
  node: z.string(),
  platform: z.string(),
  backend: z.object({ name: z.string(), version: z.string() }),
  lean: LeanVersionSchema.nullable(),
  z3Version: z.string().nullable(),
  proposer: z.string(),
  modelManifest: z.record(z.string(), z.unknown()).nullable(),
  /** hf: the model directory; http: the server and model name. Absent for other proposers (and in older runs). */
  proposerModel: ProposerModelSchema.optional(),
  problemSetSha256: z.string(),
  problemCount: z.number().int().nonnegative(),
});
export type Environment = z.infer<typeof EnvironmentSchema>;

/** A problem as a report lists it (so reports need not reload the problem files). */
export const ProblemEntrySchema = z.object({ name: z.string(), bucket: z.string() });

export const BenchFileSchema = z.object({
  version: z.literal(1),
  config: BenchConfigSchema,
  environment: EnvironmentSchema,
  problems: z.array(ProblemEntrySchema),
  createdAt: z.string(),
});
export type BenchFile = z.infer<typeof BenchFileSchema>;

/** Reads `DIR/bench.json`; undefined when absent. @throws InputError when it is invalid. */
export async function readBenchFile(dir: string): Promise<BenchFile | undefined> {
  return readJsonFileAs(join(dir, CONFIG_FILE), BenchFileSchema, {
    notJson: 'not JSON',
    invalid: (issue) => `not a bench run file: '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid'}`,
  });
}

export async function writeBenchFile(dir: string, file: BenchFile): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, CONFIG_FILE), `${JSON.stringify(file, null, 2)}\n`);
}

/** The key that makes an attempt unique in a run. */
export function attemptKey(problem: string, attempt: number): string {
  return `${attempt}\u0000${problem}`;
}
