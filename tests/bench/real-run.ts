/**
 * Small real bench runs for the report tests: real problems of problems/valid, the real
 * symbolic backend and heuristic proposer (or the z3 baseline), written to a run directory
 * exactly as `proofseek bench` writes it.
 */
import { join } from 'node:path';
import { ATTEMPTS_FILE, AttemptRecordSchema, type AttemptRecord, type BenchConfig, type BenchFile } from '../../src/bench/attempts.ts';
import { writeBenchFile } from '../../src/bench/attempts.ts';
import { describeEnvironment } from '../../src/bench/environment.ts';
import { benchFileFor, runAttempts } from '../../src/bench/run.ts';
import { loadProblems } from '../../src/core/load-problems.ts';
import type { Problem } from '../../src/core/problem.ts';
import { openJsonlWriter } from '../../src/core/results.ts';
import { HeuristicProposer } from '../../src/proposer/heuristic.ts';
import { loadLibrary } from '../../src/proposer/library.ts';
import { SYMBOLIC_VERIFIER_VERSION, SymbolicBackend } from '../../src/symbolic/backend.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A few problems of problems/valid from different topics (names picked by file order). */
export async function someValidProblems(perFile: number, files: readonly string[]): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const file of files) out.push(...(await loadProblems(join(ROOT, 'problems', 'valid', file))).slice(0, perFile));
  return out;
}

export function configFor(overrides: Partial<BenchConfig>): BenchConfig {
  return {
    label: 'test',
    problemPath: 'problems/valid',
    backend: 'symbolic',
    proposer: 'heuristic',
    modelDir: null,
    attempts: 1,
    tacticsPerExpansion: 8,
    expansions: 6,
    timeLimitSeconds: 5,
    tacticTimeoutSeconds: 2,
    smt: true,
    concurrency: 1,
    seed: 0,
    temperature: 1,
    baseline: null,
    limit: null,
    ...overrides,
  };
}

/** Runs `problems` into `dir` (bench.json + attempts.jsonl); returns what was written. */
export async function realRun(dir: string, problems: readonly Problem[], config: BenchConfig): Promise<{ bench: BenchFile; attempts: AttemptRecord[] }> {
  const backend = new SymbolicBackend({ allowSmt: config.smt, tacticTimeoutMs: config.tacticTimeoutSeconds * 1000 });
  const environment = describeEnvironment({ problems, backend: { name: 'symbolic', version: SYMBOLIC_VERIFIER_VERSION }, leanProject: null, proposer: config.baseline === null ? 'heuristic' : 'none', modelDir: null });
  const bench = benchFileFor(config, environment, problems);
  await writeBenchFile(dir, bench);
  const { writer } = await openJsonlWriter(join(dir, ATTEMPTS_FILE), AttemptRecordSchema, { resume: false });
  try {
    const engine = config.baseline === null ? { kind: 'search' as const, backend, proposer: new HeuristicProposer(loadLibrary()) } : { kind: 'baseline' as const };
    const attempts = await runAttempts({ problems, config, engine, writer, done: new Set() });
    return { bench, attempts };
  } finally {
    await writer.close();
    await backend.close();
  }
}
