/**
 * `proofseek bench PATH --out DIR`: K attempts per problem (attempt 0 with the proposer as it
 * is, later ones with the seeded sampling proposer), or with `--baseline z3` one z3 call per
 * statement; every attempt appended and synced to `DIR/attempts.jsonl` as it ends, then the
 * report written to `DIR/report.{json,md,html}`. `--resume` keeps the recorded attempts and
 * runs only the missing (problem, attempt) pairs; the configuration must be the same. Ctrl-C
 * stops the run, still writes the report of what is recorded, and exits by the signal.
 */
import { join, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import { InputError } from '../../core/errors.ts';
import type { Problem } from '../../core/problem.ts';
import { openJsonlWriter } from '../../core/results.ts';
import type { ProofBackend } from '../../core/seams.ts';
import { hasDefaultModel, makeProposer } from '../../proposer/index.ts';
import { SAMPLING_DEFAULTS } from '../../proposer/sampling.ts';
import { ATTEMPTS_FILE, AttemptRecordSchema, attemptKey, readBenchFile, writeBenchFile, type AttemptRecord, type BenchConfig, type BenchFile, type ProposerModel } from '../../bench/attempts.ts';
import { describeEnvironment, leanVersions } from '../../bench/environment.ts';
import { buildReport, type Report } from '../../bench/report.ts';
import { benchFileFor, crashedAttempt, runAttempts, type AttemptEngine } from '../../bench/run.ts';
import { InFlight, readInFlight } from '../../bench/in-flight.ts';
import { writeReport } from '../../bench/write.ts';
import { LEAN_PROJECT_ENV } from '../../lean/project.ts';
import { renderReportMarkdown } from '../../bench/render/markdown.ts';
import { hashProposerConfig } from '../../training/hashes.ts';
import { integer, positiveInt, positiveNumber } from '../flag-parsers.ts';
import { addProposerOptions, LIBRARY_HELP, proposerOptions, proposerProvenance, type ProposerFlags } from '../model-proposer-flags.ts';
import {
  addBackendOptions,
  backendRequest,
  concurrencyOption,
  exitBySignal,
  expansionsOption,
  limitOption,
  loadSelectedProblems,
  noSmtOption,
  stopOnSignal,
  tacticsPerExpansionOption,
  tacticTimeoutOption,
  timeLimitOption,
  type StopOnSignal,
} from '../search-flags.ts';
import { PROVE_DEFAULTS, type BackendChoice, type MakeBackend, type ProveIo } from './prove.ts';

interface BenchFlags extends ProposerFlags {
  out: string;
  backend: BackendChoice;
  leanProject?: string;
  proposer: string;
  attempts: number;
  expansions: number;
  timeLimit: number;
  tacticTimeout: number;
  smt: boolean;
  concurrency: number;
  k: number;
  label?: string;
  seed: number;
  temperature: number;
  baseline?: 'z3';
  resume: boolean;
  skipCrashed: boolean;
  json: boolean;
  limit?: number;
}

export const BENCH_DEFAULTS = {
  /** Like `prove`: the learned proposer when the shipped model is there, else the heuristic. */
  proposer: hasDefaultModel() ? 'learned' : 'heuristic',
  attempts: 1,
  expansions: 50,
  timeLimitSeconds: 20,
  seed: 0,
};

/** Adds `bench` to `program`. */
export function registerBench(
  program: Command,
  makeBackend: MakeBackend,
  io: ProveIo = { stdout: process.stdout, stderr: process.stderr, handleSignals: true },
): void {
  const command = addBackendOptions(
    program
      .command('bench')
      .description('benchmark a problem set: K attempts per problem, every attempt recorded, then report.json, report.md and report.html')
      .argument('<path>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file (e.g. miniF2F valid.jsonl)')
      .requiredOption('--out <dir>', 'run directory: attempts.jsonl, bench.json and the reports go here'),
  );
  addProposerOptions(command, {
    proposer: 'tactic proposer (default: learned when models/default exists, else heuristic)',
    proposerDefault: BENCH_DEFAULTS.proposer,
    library: LIBRARY_HELP,
    model: "model directory: for learned, made by `proofseek train` (its manifest.json goes into the report); for hf, a transformers.js ONNX layout (named in the report)",
  })
    .option('--attempts <k>', 'independent attempts per problem (attempt 0 unperturbed, later ones sampled with seed + attempt)', positiveInt, BENCH_DEFAULTS.attempts)
    .addOption(expansionsOption('maximum expansions per attempt', BENCH_DEFAULTS.expansions))
    .addOption(timeLimitOption('wall-clock limit per attempt (the z3 baseline gets the same)', BENCH_DEFAULTS.timeLimitSeconds))
    .addOption(tacticTimeoutOption(PROVE_DEFAULTS.tacticTimeoutSeconds))
    .addOption(noSmtOption())
    .addOption(concurrencyOption('problems attempted in parallel'))
    .addOption(tacticsPerExpansionOption())
    .option('--label <name>', 'name of this run in reports and comparisons (default: the --out folder name)')
    .option('--seed <n>', 'base seed of the sampling proposer (attempt a uses seed + a)', integer, BENCH_DEFAULTS.seed)
    .option('--temperature <t>', 'sampling temperature for attempts after the first', positiveNumber, SAMPLING_DEFAULTS.temperature)
    .addOption(new Option('--baseline <solver>', 'no search and no proposer: send each statement straight to the solver (tier smt)').choices(['z3']))
    .option('--resume', 'keep the attempts already in --out and run only the missing ones (same configuration required)', false)
    .option('--skip-crashed', 'with --resume: record attempts a previous session died in (crash, kill, hang) as errors instead of redoing them', false)
    .option('--json', 'print the report summary as JSON on stdout', false)
    .addOption(limitOption())
    .action(async (path: string, flags: BenchFlags) => {
      await runBench(path, flags, makeBackend, io);
    });
}

async function runBench(path: string, flags: BenchFlags, makeBackend: MakeBackend, io: ProveIo): Promise<void> {
  if (flags.baseline !== undefined && flags.backend === 'lean') throw new InputError('--baseline z3 runs z3 on the symbolic translation; it cannot use --backend lean');
  if (flags.baseline !== undefined && !flags.smt) throw new InputError('--baseline z3 only produces smt-tier proofs; it cannot be combined with --no-smt');
  const problems = await loadSelectedProblems(path, flags.limit, 'attempts are keyed by name');
  const dir = flags.out;
  const proposer = flags.baseline === undefined ? await makeProposer(flags.proposer, proposerOptions(flags, (line) => void io.stderr.write(`${line}\n`))) : undefined;
  // What shapes the proposer's answers (files by content, hf/http settings) goes into the
  // configuration, so --resume refuses another model, a retrained one or an edited library.
  const provenance = flags.baseline === undefined ? proposerProvenance(flags.proposer, flags) : undefined;
  // The settings are compared as they are (proposerSettings); the hash stands for the files' contents.
  const proposerSha256 = provenance === undefined ? null : await hashProposerConfig(flags.proposer, provenance.files);
  const config: BenchConfig = {
    label: flags.label ?? (resolve(dir).split(/[\\/]/u).filter(Boolean).at(-1) ?? 'run'),
    problemPath: path,
    backend: flags.baseline === undefined ? flags.backend : 'symbolic',
    proposer: flags.baseline === undefined ? flags.proposer : 'none',
    modelDir: provenance?.modelDir ?? null,
    library: provenance?.library ?? null,
    proposerSha256,
    attempts: flags.baseline === undefined ? flags.attempts : 1,
    tacticsPerExpansion: flags.k,
    expansions: flags.expansions,
    timeLimitSeconds: flags.timeLimit,
    tacticTimeoutSeconds: flags.tacticTimeout,
    smt: flags.smt,
    concurrency: flags.concurrency,
    seed: flags.seed,
    temperature: flags.temperature,
    baseline: flags.baseline ?? null,
    limit: flags.limit ?? null,
    ...(provenance?.settings === undefined ? {} : { proposerSettings: provenance.settings }),
  };
  const previous = flags.resume ? await readBenchFile(dir) : undefined;
  if (previous !== undefined) checkSameRun(previous, config, problems, dir, flags.model ?? null);

  const { writer, existing } = await openJsonlWriter(join(dir, ATTEMPTS_FILE), AttemptRecordSchema, { resume: flags.resume });
  const names = new Set(problems.map((p) => p.name));
  const kept = existing.filter((a) => names.has(a.name) && a.attempt < config.attempts);
  const done = new Set(kept.map((a) => attemptKey(a.name, a.attempt)));
  const crashed: AttemptRecord[] = [];
  if (flags.resume && flags.skipCrashed) {
    const byName = new Map(problems.map((p) => [p.name, p]));
    for (const entry of readInFlight(dir)) {
      const problem = byName.get(entry.name);
      if (problem === undefined || entry.attempt >= config.attempts || done.has(attemptKey(entry.name, entry.attempt))) continue;
      const record = crashedAttempt(config, problem, entry.attempt, Date.now());
      await writer.append(record);
      crashed.push(record);
      done.add(attemptKey(entry.name, entry.attempt));
      io.stderr.write(`--skip-crashed: ${entry.name} attempt ${entry.attempt} was in flight when the last session died; recorded as an error\n`);
    }
  }
  const totalAttempts = problems.length * config.attempts;
  if (flags.resume && kept.length > 0) io.stderr.write(`resuming: ${done.size} of ${totalAttempts} attempts already in ${join(dir, ATTEMPTS_FILE)}\n`);

  let backend: ProofBackend | undefined;
  let stop: StopOnSignal | undefined;
  let bench: BenchFile | undefined = previous;
  const made: AttemptRecord[] = [];
  try {
    const tacticTimeoutMs = Math.round(flags.tacticTimeout * 1000);
    const needsWork = done.size < totalAttempts;
    backend = needsWork && flags.baseline === undefined ? await makeBackend(flags.backend, backendRequest(flags, tacticTimeoutMs, flags.smt)) : undefined;
    if (bench === undefined) {
      const backendName = backend?.name ?? 'symbolic';
      // The workspace the Lean backend was started in: --lean-project, else the environment's.
      const leanProject = resolve(flags.leanProject ?? process.env[LEAN_PROJECT_ENV] ?? process.cwd());
      const environment = describeEnvironment({
        problems,
        backend: { name: backendName, version: await backendVersion(backendName, leanProject) },
        leanProject: backendName === 'lean' ? leanProject : null,
        proposer: config.baseline === null ? (proposer?.name ?? config.proposer) : 'none',
        // Without --model the learned proposer loads the shipped model, which config.modelDir names; its manifest is what the run used.
        modelDir: config.modelDir,
        ...proposerModelOf(config),
      });
      bench = benchFileFor({ ...config, backend: backendName }, environment, problems);
      await writeBenchFile(dir, bench);
    }
    const engine: AttemptEngine | undefined = flags.baseline !== undefined ? { kind: 'baseline' } : backend && proposer ? { kind: 'search', backend, proposer } : undefined;
    stop = stopOnSignal(io.handleSignals);
    const progress = makeProgress(io, totalAttempts, done.size);
    try {
      if (engine && needsWork) {
        await runAttempts({ problems, config: bench.config, engine, writer, done, signal: stop.signal, inFlight: new InFlight(dir), onAttempt: (a) => {
          made.push(a);
          progress.done(a);
        } });
      }
    } finally {
      progress.stop();
      await writer.close();
      stop.dispose();
    }
  } finally {
    await backend?.close();
    // After a signal the process dies by it, which ends z3's threads as well; shutdownSmt would
    // first wait for the z3 check in flight, up to a whole tactic timeout.
    if ((flags.baseline !== undefined || flags.backend !== 'lean') && stop?.received() === undefined) {
      const { shutdownSmt } = await import('../../symbolic/smt/index.ts');
      await shutdownSmt();
    }
  }

  const report = buildReport(bench, [...kept, ...crashed, ...made]);
  const files = await writeReport(dir, report);
  printSummary(io, report, flags.json, files);
  const signalled = stop?.received();
  if (signalled) {
    io.stderr.write(`interrupted: ${kept.length + crashed.length + made.length} of ${totalAttempts} attempts recorded in ${dir}; rerun with --resume to finish\n`);
    exitBySignal(signalled);
  }
}

/** The hf model directory or the http server and model, for the report's environment section. */
function proposerModelOf(config: BenchConfig): { proposerModel?: ProposerModel } {
  const settings = config.proposerSettings;
  if (config.baseline !== null) return {};
  if (config.proposer === 'hf' && config.modelDir !== null) return { proposerModel: { kind: 'hf', dir: config.modelDir } };
  if (config.proposer === 'http' && settings !== undefined) {
    return { proposerModel: { kind: 'http', baseUrl: String(settings['base_url']), model: String(settings['model']), endpoint: String(settings['endpoint']) } };
  }
  return {};
}

async function backendVersion(name: string, leanProject: string): Promise<string> {
  if (name === 'symbolic') {
    const { SYMBOLIC_VERIFIER_VERSION } = await import('../../symbolic/backend.ts');
    return SYMBOLIC_VERIFIER_VERSION;
  }
  return `lean ${leanVersions(leanProject).toolchain ?? 'unknown toolchain'}`;
}

/** How `checkSameRun` names a changed configuration key that is not a flag of its own. */
const CHANGED: Partial<Record<keyof BenchConfig | 'problems', string>> = {
  modelDir: 'model directory (modelDir)',
  library: 'tactic library (library)',
  proposerSha256: 'proposer files: the library or model changed on disk (proposerSha256)',
};

/**
 * A resumed run must be the same run: the same problems and configuration, the contents of the
 * proposer's files included. The label may be renamed freely, and `--backend auto` accepts
 * whichever backend it resolved to the first time. A bench.json from before `proposerSha256`
 * recorded `--model` as given (null for the shipped model) and no library: it is compared on
 * what it has. `modelFlag` is `--model` as given.
 */
function checkSameRun(previous: BenchFile, config: BenchConfig, problems: readonly Problem[], dir: string, modelFlag: string | null): void {
  const old = previous.config.proposerSha256 === undefined;
  const current: BenchConfig = old ? { ...config, modelDir: modelFlag, library: undefined, proposerSha256: undefined } : config;
  const changed: string[] = (Object.keys(current) as (keyof BenchConfig)[]).filter((key) => {
    if (key === 'label') return false;
    if (key === 'backend') return current.backend !== 'auto' && previous.config.backend !== current.backend;
    return JSON.stringify(previous.config[key]) !== JSON.stringify(current[key]);
  });
  // Another proposer, model directory or library changes the hash too: name only the cause.
  const explained = changed.some((key) => key === 'proposer' || key === 'modelDir' || key === 'library');
  const differing = explained ? changed.filter((key) => key !== 'proposerSha256') : changed;
  if (previous.problems.map((p) => p.name).join('\n') !== problems.map((p) => p.name).join('\n')) differing.push('problems');
  if (differing.length > 0) {
    const named = differing.map((key) => CHANGED[key as keyof BenchConfig] ?? key);
    throw new InputError(`--resume: ${join(dir, 'bench.json')} was run with a different ${named.join(', ')}; use a new --out or the same flags and files`);
  }
}

function printSummary(io: ProveIo, report: Report, json: boolean, files: readonly string[]): void {
  const s = report.summary;
  const text = `${renderReportMarkdown(report).split('\n## Environment')[0]!.trimEnd()}\n\nwrote ${files.join(', ')}\n`;
  if (json) {
    io.stderr.write(text);
    const { problems, proved, certified, smt, kernel, failed, unsupported, errors, pending, passAt, wallSeconds, cpuSeconds, expansionsPerSolved } = s;
    io.stdout.write(`${JSON.stringify({ label: report.label, budget: report.budget.notation, problems, proved, certified, smt, kernel, failed, unsupported, errors, pending, passAt, wallSeconds, cpuSeconds, expansionsPerSolved, files })}\n`);
  } else io.stdout.write(text);
}

interface Progress {
  done(attempt: AttemptRecord): void;
  stop(): void;
}

/** A bar on a terminal; otherwise one plain line per finished attempt. */
function makeProgress(io: ProveIo, total: number, already: number): Progress {
  let count = already;
  if (io.stderr.isTTY) {
    const bar = new SingleBar({ stream: io.stderr, format: 'bench |{bar}| {value}/{total} attempts | {last}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
    bar.start(total, count, { last: '' });
    return {
      done(a) {
        count += 1;
        bar.update(count, { last: `${a.name}#${a.attempt}: ${a.status}` });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    done(a) {
      count += 1;
      const detail = a.status === 'proved' ? `${a.verifier}/${a.tier}` : (a.stop ?? a.message ?? '');
      io.stderr.write(`[${count}/${total}] ${a.name} attempt ${a.attempt}: ${a.status} (${detail}, ${a.expansions} expansions, ${a.seconds.toFixed(2)} s)\n`);
    },
    stop: () => undefined,
  };
}
