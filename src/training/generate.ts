/**
 * `generate` as a library function (the CLI and `iterate` both call it): search every problem
 * not yet done (`proveAll`), turn each proof of an admitted tier into minimised, re-verified,
 * replayed records (extract.ts), append them to the data directory (dataset.ts), and finally
 * write the manifest atomically with counts taken from the files themselves, so a resumed run
 * ends with the same manifest as an uninterrupted one.
 */
import { join } from 'node:path';
import type { Problem } from '../core/problem.ts';
import type { Budget, ProofBackend, TacticProposer, Tier } from '../core/seams.ts';
import { readJsonl } from '../core/results.ts';
import { PROOFSEEK_VERSION } from '../core/version.ts';
import { proveAll } from '../search/batch.ts';
import type { SearchOptions } from '../search/search.ts';
import { writeFileAtomic } from './atomic.ts';
import { openDataset, type PriorData } from './dataset.ts';
import { extractRecords } from './extract.ts';
import { hashProblems } from './hashes.ts';
import { StepRecordSchema } from './records.ts';
import { DATA_FILES, ManifestSchema, type AttemptRecord, type Manifest } from './run-files.ts';

export interface GenerateOptions {
  readonly outDir: string;
  /** Made only when some problem is left to search (so a finished run starts no backend). */
  readonly backend: () => Promise<ProofBackend>;
  readonly proposer: TacticProposer;
  readonly proposerSha256: string;
  readonly budget: Budget;
  readonly concurrency: number;
  readonly search?: Omit<SearchOptions, 'budget' | 'signal' | 'inspect'>;
  /** Keep what is in `outDir` and skip problems already proved (and, unless `retryFailed`, attempted). */
  readonly resume: boolean;
  readonly retryFailed: boolean;
  /** Admit smt-tier proofs into proofs.jsonl/steps.jsonl (default: only kernel and certified). */
  readonly includeSmt: boolean;
  readonly minimise: boolean;
  /** Paths longer than this are recorded without minimisation. */
  readonly maxMinimiseSteps?: number;
  /** Recorded verbatim in the manifest. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly prior?: PriorData;
  readonly signal?: AbortSignal;
  /** Called after each problem is recorded. */
  readonly onProblem?: (event: ProblemEvent) => void;
  readonly now?: () => Date;
}

export interface ProblemEvent {
  readonly problem: string;
  readonly outcome: 'recorded' | AttemptRecord['status'];
  readonly tier: Tier | null;
  readonly stepsWritten: number;
  readonly expansions: number;
  readonly seconds: number;
  readonly message?: string;
}

export interface GenerateSummary {
  readonly manifest: Manifest;
  /** Problems searched in this run. */
  readonly searched: number;
  /** Problems left over in the problem list before this run started (already done). */
  readonly skipped: number;
}

/** Runs generate over `problems` into `options.outDir`. */
export async function generateData(problems: readonly Problem[], options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const dataset = await openDataset(options.outDir, { resume: options.resume, ...(options.prior ? { prior: options.prior } : {}) });
  const todo = problems.filter((p) => !dataset.solved(p.name) && (options.retryFailed || !dataset.attempted(p.name)));
  const admitted = (tier: Tier): boolean => tier !== 'smt' || options.includeSmt;
  const now = options.now ?? (() => new Date());
  let searched = 0;
  let backend: ProofBackend | undefined;
  try {
    if (todo.length > 0) {
      backend = await options.backend();
      const active = backend;
      await proveAll(todo, {
        backend: active,
        proposer: options.proposer,
        budget: options.budget,
        concurrency: options.concurrency,
        ...(options.search ? { search: options.search } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        onResult: async (record, problem, found) => {
          searched += 1;
          const attempt = (status: AttemptRecord['status'], message?: string): AttemptRecord => ({
            problem: problem.name,
            status,
            proof: record.proof,
            verifier: record.verifier,
            tier: record.tier,
            expansions: record.expansions,
            seconds: record.seconds,
            ...(record.stop === undefined ? {} : { stop: record.stop }),
            ...(message === undefined ? (record.message === undefined ? {} : { message: record.message }) : { message }),
            created_at: now().toISOString(),
          });
          const report = (outcome: ProblemEvent['outcome'], stepsWritten: number, message?: string): void =>
            options.onProblem?.({ problem: problem.name, outcome, tier: record.tier, stepsWritten, expansions: record.expansions, seconds: record.seconds, ...(message === undefined ? {} : { message }) });
          if (record.status !== 'proved' || !found) {
            const status = record.status === 'error' ? 'error' : 'failed';
            await dataset.addAttempt(attempt(status));
            return report(status, 0, record.message);
          }
          if (!admitted(found.verdict.tier)) {
            const message = `tier ${found.verdict.tier} not admitted (use --include-smt)`;
            await dataset.addAttempt(attempt('excluded', message));
            return report('excluded', 0, message);
          }
          const extraction = await extractRecords(active, problem, found, {
            timeoutMs: options.budget.tacticTimeoutMs,
            minimise: options.minimise,
            maxSteps: options.maxMinimiseSteps ?? 12,
            expansions: record.expansions,
            seconds: record.seconds,
            now,
          });
          if (extraction.kind === 'failed' || !admitted(extraction.proof.tier)) {
            const message = extraction.kind === 'failed' ? extraction.message : `replayed at tier ${extraction.proof.tier}, not admitted`;
            await dataset.addAttempt(attempt('unreplayable', message));
            return report('unreplayable', 0, message);
          }
          const written = await dataset.addProof(extraction.proof, extraction.steps);
          return report('recorded', written.stepsWritten);
        },
      });
    }
  } finally {
    await dataset.close();
    await backend?.close();
  }
  const manifest = await writeManifest(problems, options, (performance.now() - started) / 1000, now());
  return { manifest, searched, skipped: problems.length - todo.length };
}

/** Counts from the files on disk (not from this run's counters) and the run's settings. */
async function writeManifest(problems: readonly Problem[], options: GenerateOptions, seconds: number, at: Date): Promise<Manifest> {
  const dataset = await openDataset(options.outDir, { resume: true });
  await dataset.close();
  const names = new Set(problems.map((p) => p.name));
  const proofs = dataset.proofs.filter((p) => names.has(p.problem));
  const proved = new Set(proofs.map((p) => p.problem));
  const unproved = new Set(dataset.attempts.filter((a) => names.has(a.problem) && !proved.has(a.problem)).map((a) => a.problem));
  const steps = (await readJsonl(join(options.outDir, DATA_FILES.steps), StepRecordSchema)).records;
  const byTier: Record<string, number> = {};
  for (const p of proofs) byTier[p.tier] = (byTier[p.tier] ?? 0) + 1;
  const byStatus: Record<string, number> = {};
  // The latest attempt of each still-unproved problem.
  const latest = new Map(dataset.attempts.filter((a) => unproved.has(a.problem)).map((a) => [a.problem, a]));
  for (const a of latest.values()) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  const manifest: Manifest = ManifestSchema.parse({
    format: 'proofseek-data/1',
    proofseek_version: PROOFSEEK_VERSION,
    problems_sha256: hashProblems(problems),
    proposer_sha256: options.proposerSha256,
    settings: { ...options.settings },
    counts: {
      problems: problems.length,
      proved: proved.size,
      attempted_unproved: unproved.size,
      pending: problems.length - proved.size - unproved.size,
      proofs: dataset.proofs.length,
      steps: steps.length,
      by_tier: byTier,
      attempts_by_status: byStatus,
    },
    updated_at: at.toISOString(),
    seconds: Math.round(seconds * 1000) / 1000,
  });
  await writeFileAtomic(join(options.outDir, DATA_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
