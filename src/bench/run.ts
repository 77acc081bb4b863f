/**
 * Running a bench: K attempts per problem, attempt-major (every problem's attempt 0, then every
 * problem's attempt 1, …) so that pass@1 is complete first. Attempt 0 uses the proposer as it
 * is; attempt a > 0 wraps it in the seeded sampler with seed `seed + a`. Each attempt is one
 * `proveAll` call (or one z3 baseline call), turned into an attempt record and appended (synced)
 * the moment it ends; attempts already in the file are skipped, so a killed run resumes where
 * it stopped and never records an attempt twice.
 */
import type { Problem } from '../core/problem.ts';
import type { JsonlWriter } from '../core/results.ts';
import type { ProofBackend, TacticProposer } from '../core/seams.ts';
import { samplingProposer } from '../proposer/sampling.ts';
import { proveAll } from '../search/batch.ts';
import { mapLimit } from '../search/concurrency.ts';
import { attemptKey, type AttemptRecord, type BenchConfig, type BenchFile, type Environment } from './attempts.ts';
import { z3Baseline } from './baseline.ts';
import { bucketOf } from './bucket.ts';
import type { InFlight } from './in-flight.ts';

export type AttemptEngine =
  | { readonly kind: 'search'; readonly backend: ProofBackend; readonly proposer: TacticProposer }
  | { readonly kind: 'baseline' };

export interface RunAttemptsOptions {
  readonly problems: readonly Problem[];
  readonly config: BenchConfig;
  readonly engine: AttemptEngine;
  readonly writer: JsonlWriter<AttemptRecord>;
  /** Keys (`attemptKey`) of attempts already recorded. */
  readonly done: ReadonlySet<string>;
  readonly signal?: AbortSignal;
  readonly onAttempt?: (record: AttemptRecord) => void;
  /** Where to keep the in-flight marker (in-flight.ts); none when absent. */
  readonly inFlight?: InFlight;
}

/** The `bench.json` of a new run: what is run, with what, and on which problems (with their buckets). */
export function benchFileFor(config: BenchConfig, environment: Environment, problems: readonly Problem[]): BenchFile {
  return {
    version: 1,
    config,
    environment,
    problems: problems.map((p) => ({ name: p.name, bucket: bucketOf(p.name, p.tags) })),
    createdAt: new Date().toISOString(),
  };
}

/** The record of an attempt that a previous session died in, with `--skip-crashed`. */
export function crashedAttempt(config: BenchConfig, problem: Problem, attempt: number, sessionStartedAt: number): AttemptRecord {
  return {
    name: problem.name,
    status: 'error',
    proof: null,
    verifier: null,
    tier: null,
    expansions: 0,
    seconds: 0,
    stop: 'crashed',
    message: 'a previous bench session died during this attempt (crash, kill or hang); not retried (--skip-crashed)',
    tags: { ...problem.tags },
    attempt,
    seed: attemptSeed(config, attempt),
    mode: config.baseline === null ? 'search' : 'baseline',
    cpuMs: 0,
    sessionStartedAt,
    finishedAt: sessionStartedAt,
  };
}

/** The seed of attempt `attempt`; attempt 0 is unperturbed but still records the base seed. */
export function attemptSeed(config: BenchConfig, attempt: number): number {
  return config.seed + attempt;
}

/** Runs every attempt not yet in `done`; returns the records made this session. */
export async function runAttempts(options: RunAttemptsOptions): Promise<AttemptRecord[]> {
  const { config, engine, writer, signal } = options;
  const sessionStartedAt = Date.now();
  const made: AttemptRecord[] = [];
  const attempts = engine.kind === 'baseline' ? 1 : config.attempts;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (signal?.aborted) break;
    const todo = options.problems.filter((p) => !options.done.has(attemptKey(p.name, attempt)));
    const seed = attemptSeed(config, attempt);
    const proposer =
      engine.kind === 'search' && attempt > 0 ? samplingProposer(engine.proposer, { seed, temperature: config.temperature }) : engine.kind === 'search' ? engine.proposer : undefined;
    await mapLimit(todo, config.concurrency, async (problem) => {
      if (signal?.aborted) return;
      const cpu = process.cpuUsage();
      const entry = { name: problem.name, attempt };
      options.inFlight?.start(entry);
      const record = engine.kind === 'baseline' ? await z3Baseline(problem, config.timeLimitSeconds * 1000) : await searchOnce(problem, engine.backend, proposer!, config, signal);
      options.inFlight?.finish(entry);
      if (record === undefined) return; // aborted mid-search: no record, redone on resume
      const used = process.cpuUsage(cpu);
      const full: AttemptRecord = {
        ...record,
        attempt,
        seed,
        mode: engine.kind,
        cpuMs: Math.round((used.user + used.system) / 1000),
        sessionStartedAt,
        finishedAt: Date.now(),
      };
      await writer.append(full);
      made.push(full);
      options.onAttempt?.(full);
    });
  }
  return made;
}

async function searchOnce(problem: Problem, backend: ProofBackend, proposer: TacticProposer, config: BenchConfig, signal: AbortSignal | undefined) {
  let made: Awaited<ReturnType<typeof proveAll>>[number] | undefined;
  await proveAll([problem], {
    backend,
    proposer,
    concurrency: 1,
    budget: {
      maxExpansions: config.expansions,
      timeLimitMs: Math.round(config.timeLimitSeconds * 1000),
      tacticTimeoutMs: Math.round(config.tacticTimeoutSeconds * 1000),
    },
    search: { tacticsPerExpansion: config.tacticsPerExpansion },
    ...(signal ? { signal } : {}),
    onResult: async (record) => {
      made = record;
    },
  });
  return made;
}
