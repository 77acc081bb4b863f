/**
 * `proofseek iterate --train PATH --valid PATH --rounds N --out DIR`: expert iteration. Each
 * round proves the unsolved training problems with the current proposer (round 0: `--proposer`,
 * which may be hf or http; later rounds: the learned model trained so far), adds the verified
 * steps to the accumulated data, retrains the learned proposer on it, and evaluates it on the
 * valid split at a fixed budget. Every round is checkpointed under DIR; `--resume` continues
 * from the last finished round. Writes DIR/metrics.json, metrics.md and metrics.svg. Progress
 * lines on stderr; the Markdown table on stdout, or metrics.json with `--json`.
 */
import type { Command } from 'commander';
import { loadProblems } from '../../core/load-problems.ts';
import type { Problem } from '../../core/problem.ts';
import { makeProposer } from '../../proposer/index.ts';
import { runIteration } from '../../training/iterate.ts';
import { metricsMarkdown } from '../../training/metrics-report.ts';
import { atLeastOne, nonNegativeInt, positiveInt, positiveNumber } from '../flag-parsers.ts';
import { addProposerOptions, proposerOptions, proposerProvenance, type ProposerFlags } from '../model-proposer-flags.ts';
import {
  addBackendOptions,
  alphaOption,
  backendRequest,
  budgetFromFlags,
  checkUniqueNames,
  concurrencyOption,
  exitBySignal,
  expansionsOption,
  firstN,
  limitOption,
  noSmtOption,
  stopOnSignal,
  tacticsPerExpansionOption,
  tacticTimeoutOption,
  timeLimitOption,
} from '../search-flags.ts';
import { PROVE_DEFAULTS, type BackendChoice, type MakeBackend, type ProveIo } from './prove.ts';

/** Why problem names must be unique, for the error message. */
const KEYED_BY_NAME = 'results and --resume key problems by name';

interface IterateFlags extends ProposerFlags {
  train: string[];
  valid: string[];
  rounds: number;
  out: string;
  backend: BackendChoice;
  leanProject?: string;
  proposer: string;
  expansions: number;
  growth: number;
  kGrowth: number;
  timeLimit: number;
  validExpansions: number;
  validTimeLimit: number;
  validK?: number;
  tacticTimeout: number;
  includeSmt: boolean;
  smt: boolean;
  minimise: boolean;
  concurrency: number;
  k: number;
  alpha: number;
  epochs: number;
  seed: number;
  limit?: number;
  validLimit?: number;
  resume: boolean;
  json: boolean;
}

/** `epochs` and `seed` match the learned trainer's defaults (TRAIN_DEFAULTS), kept here so the CLI loads TensorFlow.js only when iterate runs. */
export const ITERATE_DEFAULTS = { epochs: 40, seed: 1, rounds: 3, expansions: 50, growth: 1.5, timeLimitSeconds: 20, validExpansions: 4, validTimeLimitSeconds: 10 } as const;

/** Adds `iterate` to `program`. */
export function registerIterate(
  program: Command,
  makeBackend: MakeBackend,
  io: ProveIo = { stdout: process.stdout, stderr: process.stderr, handleSignals: true },
): void {
  const command = program
    .command('iterate')
    .description('expert iteration: prove the training problems, collect verified steps, retrain the learned proposer, evaluate on valid; repeat')
    .requiredOption('--train <paths...>', 'training problems: one or more .lean files, directories or JSONL files')
    .requiredOption('--valid <paths...>', 'validation problems (same forms), evaluated every round at the fixed --valid-* budget')
    .requiredOption('--out <dir>', 'run directory: per-round data, models, evaluations, metrics.json/.md/.svg')
    .option('--rounds <n>', 'rounds to run (with --resume: total rounds, finished ones are kept)', positiveInt, ITERATE_DEFAULTS.rounds);
  addBackendOptions(command);
  addProposerOptions(command, {
    proposer: "round 0's proposer (the baseline and round 0's search; only it may be hf or http, and the hf/http flags apply to it alone); every later round uses the learned model trained in the round before",
    proposerDefault: 'heuristic',
    library: 'tactic library of the heuristic and learned proposers, the trained models included (default: tactics/library.yaml)',
    model: "round 0's model directory: for learned, made by `proofseek train` (default: models/default); for hf, a transformers.js ONNX layout",
  })
    .addOption(expansionsOption("round 0's expansions per training problem", ITERATE_DEFAULTS.expansions))
    .option('--growth <x>', 'factor by which the training expansions grow each round (1: a constant budget)', atLeastOne, ITERATE_DEFAULTS.growth)
    .addOption(timeLimitOption('wall-clock limit per training problem', ITERATE_DEFAULTS.timeLimitSeconds))
    .option('--valid-expansions <n>', 'expansions per valid problem, the same every round so rounds compare', positiveInt, ITERATE_DEFAULTS.validExpansions)
    .option('--valid-time-limit <seconds>', 'wall-clock limit per valid problem', positiveNumber, ITERATE_DEFAULTS.validTimeLimitSeconds)
    .option('--valid-k <n>', 'tactics per expansion on the valid split (default: -k)', positiveInt)
    .addOption(tacticTimeoutOption(PROVE_DEFAULTS.tacticTimeoutSeconds))
    .option('--include-smt', 'let search close goals by z3 and admit smt-tier proofs into the data and the solve counts (default: certified and kernel only)', false)
    .addOption(noSmtOption('with --include-smt: still never close a goal by z3 alone'))
    .option('--no-minimise', 'record proofs as found, without trying to drop unneeded steps')
    .addOption(concurrencyOption())
    .addOption(tacticsPerExpansionOption("tactics asked of the proposer per expansion (round 0's, on the training problems)"))
    .option('--k-growth <x>', 'factor by which the training k grows each round (1: constant)', atLeastOne, 1)
    .addOption(alphaOption())
    .option('--epochs <n>', 'training epochs per round', positiveInt, ITERATE_DEFAULTS.epochs)
    .option('--seed <n>', 'training seed (same data + seed = same model)', nonNegativeInt, ITERATE_DEFAULTS.seed)
    .addOption(limitOption('only the first n training problems'))
    .option('--valid-limit <n>', 'only the first n valid problems', positiveInt)
    .option('--resume', 'continue the run in --out from its last finished round (same flags required)', false)
    .option('--json', 'print metrics.json on stdout', false)
    .action(async (flags: IterateFlags) => {
      await runIterate(flags, makeBackend, io);
    });
}

async function runIterate(flags: IterateFlags, makeBackend: MakeBackend, io: ProveIo): Promise<void> {
  const train = firstN(await loadAll(flags.train), flags.limit);
  const valid = firstN(await loadAll(flags.valid), flags.validLimit);
  checkUniqueNames(train, KEYED_BY_NAME);
  checkUniqueNames(valid, KEYED_BY_NAME);
  const notice = (line: string): void => void io.stderr.write(`${line}\n`);
  const library = flags.library === undefined ? {} : { libraryPath: flags.library };
  const initial = await makeProposer(flags.proposer, proposerOptions(flags, notice));
  const provenance = proposerProvenance(flags.proposer, flags);
  const tacticTimeoutMs = Math.round(flags.tacticTimeout * 1000);
  const allowSmt = flags.includeSmt && flags.smt;
  const stop = stopOnSignal(io.handleSignals);
  const search = { tacticsPerExpansion: flags.k, lengthAlpha: flags.alpha };
  const { loadLearnedProposer, trainLearnedProposer } = await import('../../proposer/learned/index.ts');
  let metrics;
  try {
    metrics = await runIteration({
      train,
      valid,
      outDir: flags.out,
      rounds: flags.rounds,
      resume: flags.resume,
      backend: () => makeBackend(flags.backend, backendRequest(flags, tacticTimeoutMs, allowSmt)),
      initialProposer: { name: flags.proposer, proposer: initial, configFiles: provenance.files, ...(provenance.settings === undefined ? {} : { configSettings: provenance.settings }) },
      learned: {
        train: (options) => trainLearnedProposer({ ...options, ...library }),
        load: (dir) => loadLearnedProposer(dir, { ...library, notice }),
      },
      trainBudget: budgetFromFlags(flags),
      growth: flags.growth,
      trainK: flags.k,
      kGrowth: flags.kGrowth,
      validBudget: { maxExpansions: flags.validExpansions, timeLimitMs: Math.round(flags.validTimeLimit * 1000), tacticTimeoutMs },
      search,
      validSearch: { ...search, tacticsPerExpansion: flags.validK ?? flags.k },
      concurrency: flags.concurrency,
      includeSmt: flags.includeSmt,
      minimise: flags.minimise,
      seed: flags.seed,
      epochs: flags.epochs,
      settings: {
        train: flags.train,
        valid: flags.valid,
        rounds: flags.rounds,
        backend: flags.backend,
        proposer: flags.proposer,
        ...(flags.library === undefined ? {} : { library: flags.library }),
        ...(flags.model === undefined ? {} : { model: flags.model }),
        // hf/http: a resumed run must ask the same model the same way (no API key here).
        ...(provenance.settings === undefined ? {} : { proposer_settings: provenance.settings }),
        expansions: flags.expansions,
        growth: flags.growth,
        k_growth: flags.kGrowth,
        time_limit_s: flags.timeLimit,
        valid_expansions: flags.validExpansions,
        valid_time_limit_s: flags.validTimeLimit,
        valid_k: flags.validK ?? flags.k,
        tactic_timeout_s: flags.tacticTimeout,
        include_smt: flags.includeSmt,
        smt: allowSmt,
        minimise: flags.minimise,
        k: flags.k,
        alpha: flags.alpha,
        epochs: flags.epochs,
        seed: flags.seed,
        concurrency: flags.concurrency,
        ...(flags.limit === undefined ? {} : { limit: flags.limit }),
        ...(flags.validLimit === undefined ? {} : { valid_limit: flags.validLimit }),
      },
      signal: stop.signal,
      onProgress: notice,
    });
  } finally {
    stop.dispose();
  }
  const signalled = stop.received();
  if (flags.json) io.stdout.write(`${JSON.stringify(metrics)}\n`);
  else io.stdout.write(metricsMarkdown(metrics));
  if (signalled) {
    io.stderr.write(`interrupted after ${metrics.rounds.length} finished round(s); rerun with --resume to continue\n`);
    exitBySignal(signalled);
  }
}

async function loadAll(paths: readonly string[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const path of paths) problems.push(...(await loadProblems(path)));
  return problems;
}
