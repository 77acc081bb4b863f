/**
 * Expert iteration as a library function (`proofseek iterate` is a thin layer over it).
 *
 * Before round 0 the initial proposer is evaluated on the valid split (the baseline). Round R:
 *   1. search the training problems not solved in rounds < R with the current proposer (the
 *      initial one in round 0, else round R-1's model), expansions growing by `growth` and the
 *      tactics per expansion (k) by `kGrowth` per round, through `generateData` into round-R/data (de-duplicated against earlier rounds);
 *   2. retrain the learned proposer on the steps of rounds 0..R into round-R/model;
 *   3. evaluate that model on the valid split at the fixed valid budget (round-R/valid.jsonl);
 *   4. write round-R/round.json, then metrics.json/.md/.svg (all atomically).
 * Every phase is resumable on its own (generate's data directory, the results file; training
 * is deterministic for a seed and simply rerun), so after a crash the run continues from the
 * last finished round and ends with the same records.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { InputError } from '../core/errors.ts';
import { readJsonFile, readJsonFileAs } from '../core/json-file.ts';
import type { Problem } from '../core/problem.ts';
import { openResultsFile, summarizeResults, type ResultRecord } from '../core/results.ts';
import type { Budget, ProofBackend, TacticProposer } from '../core/seams.ts';
import { proveAll } from '../search/batch.ts';
import type { SearchOptions } from '../search/search.ts';
import { writeFileAtomic } from './atomic.ts';
import { readProofs, readSteps } from './dataset.ts';
import { generateData } from './generate.ts';
import { hashProposerConfig } from './hashes.ts';
import {
  ITERATE_FILES,
  IterateMetricsSchema,
  roundDir,
  RoundMetricsSchema,
  ValidEvalSchema,
  type IterateMetrics,
  type RoundMetrics,
  type ValidEval,
} from './iterate-files.ts';
import { metricsMarkdown, metricsSvg } from './metrics-report.ts';
import { DATA_FILES } from './run-files.ts';

/** What iterate needs of the learned proposer (src/proposer/learned), injectable for tests. */
export interface LearnedApi {
  train(options: { stepsFiles: string[]; outDir: string; seed?: number; epochs?: number; onProgress?: (line: string) => void }): Promise<{
    examples: number;
    validExamples: number;
    trainLoss: number;
    validLoss: number | null;
    validTop1: number | null;
    validTopK: number | null;
    seconds: number;
  }>;
  load(modelDir: string): Promise<TacticProposer>;
}

export interface IterateOptions {
  readonly train: readonly Problem[];
  readonly valid: readonly Problem[];
  readonly outDir: string;
  readonly rounds: number;
  readonly resume: boolean;
  /** A fresh backend per phase (closed after it), so no backend state outlives a phase. */
  readonly backend: () => Promise<ProofBackend>;
  /**
   * Round 0's proposer (any kind; later rounds always use the learned model trained before) and
   * what its manifests' proposer hash covers: the files it was built from and, for hf and http,
   * the settings that shape its output.
   */
  readonly initialProposer: {
    readonly name: string;
    readonly proposer: TacticProposer;
    readonly configFiles: readonly string[];
    readonly configSettings?: Readonly<Record<string, unknown>>;
  };
  readonly learned: LearnedApi;
  /** Round 0's training-search budget; expansions are multiplied by `growth` each round. */
  readonly trainBudget: Budget;
  readonly growth: number;
  /** Round 0's tactics per expansion on the training problems (k), multiplied by `kGrowth` each round. */
  readonly trainK: number;
  readonly kGrowth: number;
  /** The fixed budget every valid evaluation gets. */
  readonly validBudget: Budget;
  readonly search?: Omit<SearchOptions, 'budget' | 'signal' | 'inspect'>;
  readonly validSearch?: Omit<SearchOptions, 'budget' | 'signal' | 'inspect'>;
  readonly concurrency: number;
  readonly includeSmt: boolean;
  readonly minimise: boolean;
  readonly seed: number;
  readonly epochs: number;
  /** Recorded in iterate.json and metrics; a resumed run must pass the same (apart from `rounds`). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (line: string) => void;
}

/** Runs (or resumes) the loop until `rounds` rounds are finished; returns the metrics. */
export async function runIteration(options: IterateOptions): Promise<IterateMetrics> {
  const say = options.onProgress ?? (() => undefined);
  await checkSettings(options);
  const baseline = await evaluateBaseline(options);
  const rounds: RoundMetrics[] = [];
  let proposer = options.initialProposer.proposer;
  let proposerName = options.initialProposer.name;
  let modelDir: string | null = null;
  for (let round = 0; round < options.rounds; round += 1) {
    if (options.signal?.aborted) break;
    const dir = roundDir(options.outDir, round);
    const done = await readJson(join(dir, ITERATE_FILES.roundDone), RoundMetricsSchema);
    const metrics: RoundMetrics | undefined = done ?? (await runRound(options, round, proposer, proposerName, modelDir, baseline, say));
    if (!metrics) break; // aborted mid-round
    rounds.push(metrics);
    if (!done) say(`round ${round}: train solved ${metrics.solved_cumulative}/${metrics.train_problems} (+${metrics.solved_new}), valid ${metrics.valid.proved}/${metrics.valid.total}, ${metrics.steps} steps`);
    const next: string | null = metrics.model_dir;
    if (next !== null && next !== modelDir) {
      modelDir = next;
      proposer = await options.learned.load(join(options.outDir, next));
      proposerName = `learned:${next}`;
    }
    await writeMetrics(options, baseline, rounds);
  }
  const metrics: IterateMetrics = { format: 'proofseek-iterate/1', settings: { ...options.settings }, baseline, rounds };
  await writeMetrics(options, baseline, rounds);
  return metrics;
}

async function runRound(
  options: IterateOptions,
  round: number,
  proposer: TacticProposer,
  proposerName: string,
  modelDir: string | null,
  baseline: ValidEval,
  say: (line: string) => void,
): Promise<RoundMetrics | undefined> {
  const started = performance.now();
  const dir = roundDir(options.outDir, round);
  const dataDirs = Array.from({ length: round + 1 }, (_, r) => join(roundDir(options.outDir, r), 'data'));
  const priorProofs = await readProofs(dataDirs.slice(0, -1).map((d) => join(d, DATA_FILES.proofs)));
  const priorSteps = await readSteps(dataDirs.slice(0, -1).map((d) => join(d, DATA_FILES.steps)));
  const solvedBefore = new Set(priorProofs.map((p) => p.problem));
  const unsolved = options.train.filter((p) => !solvedBefore.has(p.name));
  const expansions = Math.max(1, Math.round(options.trainBudget.maxExpansions * options.growth ** round));
  const trainBudget = { ...options.trainBudget, maxExpansions: expansions };
  const k = Math.max(1, Math.round(options.trainK * options.kGrowth ** round));
  say(`round ${round}: searching ${unsolved.length} unsolved training problems with ${proposerName} (${expansions} expansions, k = ${k})`);
  const generated = await generateData(unsolved, {
    outDir: join(dir, 'data'),
    backend: options.backend,
    proposer,
    proposerSha256: await proposerHash(options, modelDir),
    budget: trainBudget,
    concurrency: options.concurrency,
    search: { ...options.search, tacticsPerExpansion: k },
    // Within a round, resuming is always right: the directory only ever holds this round's work.
    resume: true,
    retryFailed: false,
    includeSmt: options.includeSmt,
    minimise: options.minimise,
    settings: { ...options.settings, round, expansions, k },
    prior: { proofs: priorProofs, steps: priorSteps },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (options.signal?.aborted) return undefined;
  const stepsFiles = dataDirs.map((d) => join(d, DATA_FILES.steps));
  const steps = priorSteps.length + generated.manifest.counts.steps;
  const proofs = priorProofs.length + generated.manifest.counts.proofs;
  let training: RoundMetrics['training'] = null;
  let nextModel = modelDir;
  if (steps > 0) {
    say(`round ${round}: training on ${steps} steps`);
    const summary = await options.learned.train({ stepsFiles, outDir: join(dir, 'model'), seed: options.seed, epochs: options.epochs, onProgress: () => undefined });
    training = {
      examples: summary.examples,
      valid_examples: summary.validExamples,
      train_loss: summary.trainLoss,
      valid_loss: summary.validLoss,
      valid_top1: summary.validTop1,
      valid_topk: summary.validTopK,
      seconds: round3(summary.seconds),
    };
    nextModel = join(`round-${round}`, 'model');
  }
  if (options.signal?.aborted) return undefined;
  const evaluated = nextModel === null ? baseline : await evaluate(options, await options.learned.load(join(options.outDir, nextModel)), `learned:${nextModel}`, dir);
  if (!evaluated) return undefined;
  const metrics: RoundMetrics = RoundMetricsSchema.parse({
    round,
    proposer: proposerName,
    train_budget: { expansions, k, time_limit_s: options.trainBudget.timeLimitMs / 1000 },
    attempted: unsolved.length,
    solved_new: generated.manifest.counts.proved,
    solved_cumulative: solvedBefore.size + generated.manifest.counts.proved,
    train_problems: options.train.length,
    proofs,
    steps,
    training,
    model_dir: nextModel,
    valid: evaluated,
    seconds: round3((performance.now() - started) / 1000),
  });
  await writeFileAtomic(join(dir, ITERATE_FILES.roundDone), `${JSON.stringify(metrics, null, 2)}\n`);
  return metrics;
}

/** The initial proposer on the valid split, once (its summary file marks it finished). */
async function evaluateBaseline(options: IterateOptions): Promise<ValidEval> {
  const dir = join(options.outDir, ITERATE_FILES.baselineDir);
  const done = await readJson(join(dir, ITERATE_FILES.baselineDone), ValidEvalSchema);
  if (done) return done;
  const evaluated = await evaluate(options, options.initialProposer.proposer, options.initialProposer.name, dir);
  if (!evaluated) throw new InputError('interrupted before the baseline evaluation finished; rerun with --resume');
  await writeFileAtomic(join(dir, ITERATE_FILES.baselineDone), `${JSON.stringify(evaluated, null, 2)}\n`);
  return evaluated;
}

/** Proves the valid split at the fixed budget into DIR/valid.jsonl (resumable); undefined when aborted. */
async function evaluate(options: IterateOptions, proposer: TacticProposer, name: string, dir: string): Promise<ValidEval | undefined> {
  const started = performance.now();
  const path = join(dir, ITERATE_FILES.validResults);
  const { writer, finished } = await openResultsFile(path, { resume: true });
  const records: ResultRecord[] = options.valid.flatMap((p) => {
    const r = finished.get(p.name);
    return r ? [r] : [];
  });
  const todo = options.valid.filter((p) => !finished.has(p.name));
  let backend: ProofBackend | undefined;
  try {
    if (todo.length > 0) {
      backend = await options.backend();
      await proveAll(todo, {
        backend,
        proposer,
        budget: options.validBudget,
        concurrency: options.concurrency,
        ...(options.validSearch ? { search: options.validSearch } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        onResult: async (record) => {
          await writer.append(record);
          records.push(record);
        },
      });
    }
  } finally {
    await writer.close();
    await backend?.close();
  }
  if (records.length < options.valid.length) return undefined;
  const summary = summarizeResults(records, options.valid.length, (performance.now() - started) / 1000);
  const admitted = summary.certified + summary.kernel + (options.includeSmt ? summary.smt : 0);
  return ValidEvalSchema.parse({
    proposer: name,
    proved: admitted,
    certified: summary.certified,
    smt: summary.smt,
    kernel: summary.kernel,
    total: summary.total,
    rate: summary.total === 0 ? 0 : round3(admitted / summary.total),
    seconds: summary.seconds,
  });
}

async function writeMetrics(options: IterateOptions, baseline: ValidEval, rounds: readonly RoundMetrics[]): Promise<void> {
  const metrics: IterateMetrics = IterateMetricsSchema.parse({ format: 'proofseek-iterate/1', settings: { ...options.settings }, baseline, rounds: [...rounds] });
  await writeFileAtomic(join(options.outDir, ITERATE_FILES.metricsJson), `${JSON.stringify(metrics, null, 2)}\n`);
  await writeFileAtomic(join(options.outDir, ITERATE_FILES.metricsMd), metricsMarkdown(metrics));
  await writeFileAtomic(join(options.outDir, ITERATE_FILES.metricsSvg), metricsSvg(metrics));
}

/** A fresh run refuses a directory that holds one; a resumed run must use the same settings. */
async function checkSettings(options: IterateOptions): Promise<void> {
  const path = join(options.outDir, ITERATE_FILES.settings);
  const { rounds: _rounds, ...settings } = options.settings as Record<string, unknown>;
  const existing = await readJsonText(path);
  if (existing !== undefined) {
    if (!options.resume) throw new InputError(`${options.outDir} already holds an iterate run: pass --resume to continue it, or choose another --out`);
    const { rounds: _r, ...stored } = existing as Record<string, unknown>;
    if (!isDeepStrictEqual(stored, JSON.parse(JSON.stringify(settings)))) {
      throw new InputError(`${path}: the run was started with other settings (${JSON.stringify(stored)}); resume it with the same flags, or choose another --out`);
    }
    return;
  }
  await mkdir(options.outDir, { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(options.settings, null, 2)}\n`);
}

async function proposerHash(options: IterateOptions, modelDir: string | null): Promise<string> {
  if (modelDir === null) return hashProposerConfig(options.initialProposer.name, options.initialProposer.configFiles, options.initialProposer.configSettings);
  return hashProposerConfig('learned', [join(options.outDir, modelDir)]);
}

function readJsonText(path: string): Promise<unknown> {
  return readJsonFile(path, 'not valid JSON');
}

function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  return readJsonFileAs(path, schema, { notJson: 'not valid JSON', invalid: (issue) => `not a valid file: ${issue?.message ?? 'invalid'}` });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
