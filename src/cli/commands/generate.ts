/**
 * `proofseek generate PATH --out DIR`: verified training data. Searches every problem (same
 * search flags as `prove`), minimises and re-verifies each proof, replays it for the state
 * before and after every step, and appends `DIR/proofs.jsonl`, `DIR/steps.jsonl` and
 * `DIR/attempts.jsonl` record by record (synced), then writes `DIR/manifest.json` atomically.
 * Killing it loses at most the problems in flight; `--resume` continues. Progress on stderr
 * (a bar on a terminal, one line per problem otherwise); the summary on stdout, or the
 * manifest as JSON with `--json`.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { makeProposer } from '../../proposer/index.ts';
import { generateData, type ProblemEvent } from '../../training/generate.ts';
import { hashProposerConfig } from '../../training/hashes.ts';
import type { Manifest } from '../../training/run-files.ts';
import { addProposerOptions, LIBRARY_HELP, MODEL_HELP, proposerOptions, proposerProvenance, type ProposerFlags } from '../model-proposer-flags.ts';
import {
  addBackendOptions,
  alphaOption,
  backendRequest,
  budgetFromFlags,
  concurrencyOption,
  exitBySignal,
  expansionsOption,
  limitOption,
  loadSelectedProblems,
  noSmtOption,
  stopOnSignal,
  tacticConcurrencyOption,
  tacticsPerExpansionOption,
  tacticTimeoutOption,
  timeLimitOption,
} from '../search-flags.ts';
import { PROVE_DEFAULTS, type BackendChoice, type MakeBackend, type ProveIo } from './prove.ts';

interface GenerateFlags extends ProposerFlags {
  out: string;
  backend: BackendChoice;
  leanProject?: string;
  proposer: string;
  expansions: number;
  timeLimit: number;
  tacticTimeout: number;
  smt: boolean;
  includeSmt: boolean;
  minimise: boolean;
  concurrency: number;
  k: number;
  tacticConcurrency: number;
  alpha: number;
  resume: boolean;
  retryFailed: boolean;
  json: boolean;
  limit?: number;
}

/** Adds `generate` to `program`. */
export function registerGenerate(
  program: Command,
  makeBackend: MakeBackend,
  io: ProveIo = { stdout: process.stdout, stderr: process.stderr, handleSignals: true },
): void {
  const command = addBackendOptions(
    program
      .command('generate')
      .description('prove a problem set and write verified training data: proofs.jsonl, steps.jsonl (state, tactic pairs), attempts.jsonl, manifest.json')
      .argument('<path>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file')
      .requiredOption('--out <dir>', 'data directory to write (created if missing)'),
  );
  addProposerOptions(command, { proposer: 'tactic proposer', proposerDefault: 'heuristic', library: LIBRARY_HELP, model: MODEL_HELP })
    .addOption(expansionsOption('maximum expansions per problem', PROVE_DEFAULTS.expansions))
    .addOption(timeLimitOption('wall-clock limit per problem', PROVE_DEFAULTS.timeLimitSeconds))
    .addOption(tacticTimeoutOption(PROVE_DEFAULTS.tacticTimeoutSeconds, 'limit per tactic application (also during minimisation and replay)'))
    .option('--include-smt', 'let search close goals by z3 and record smt-tier proofs and steps, marked tier smt (default: search for and record only certified and kernel proofs)', false)
    .addOption(noSmtOption('with --include-smt: still never close a goal by z3 alone (without --include-smt search is certified-only anyway)'))
    .option('--no-minimise', 'record proofs as found, without trying to drop unneeded steps')
    .addOption(concurrencyOption())
    .addOption(tacticsPerExpansionOption())
    .addOption(tacticConcurrencyOption())
    .addOption(alphaOption())
    .option('--resume', 'keep the data already in --out; skip problems already proved or attempted there', false)
    .option('--retry-failed', 'with --resume, search again the problems recorded in attempts.jsonl', false)
    .option('--json', 'print the manifest as JSON on stdout', false)
    .addOption(limitOption())
    .action(async (path: string, flags: GenerateFlags) => {
      await runGenerate(path, flags, makeBackend, io);
    });
}

async function runGenerate(path: string, flags: GenerateFlags, makeBackend: MakeBackend, io: ProveIo): Promise<void> {
  const problems = await loadSelectedProblems(path, flags.limit, 'results and --resume key problems by name');
  const proposer = await makeProposer(flags.proposer, proposerOptions(flags, (line) => void io.stderr.write(`${line}\n`)));
  // The manifest's proposer hash covers every file the proposer was built from, and hf's/http's settings.
  const provenance = proposerProvenance(flags.proposer, flags);
  const proposerSha256 = await hashProposerConfig(flags.proposer, provenance.files, provenance.settings);
  const budget = budgetFromFlags(flags);
  const stop = stopOnSignal(io.handleSignals);
  const progress = makeProgress(io, problems.length);
  let summary;
  try {
    summary = await generateData(problems, {
      outDir: flags.out,
      // Without --include-smt an smt proof could not be recorded, so search never spends time on z3.
      backend: () => makeBackend(flags.backend, backendRequest(flags, budget.tacticTimeoutMs, flags.includeSmt && flags.smt)),
      proposer,
      proposerSha256,
      budget,
      concurrency: flags.concurrency,
      search: { tacticsPerExpansion: flags.k, tacticConcurrency: flags.tacticConcurrency, lengthAlpha: flags.alpha },
      resume: flags.resume,
      retryFailed: flags.retryFailed,
      includeSmt: flags.includeSmt,
      minimise: flags.minimise,
      settings: {
        backend: flags.backend,
        proposer: flags.proposer,
        ...(flags.library === undefined ? {} : { library: flags.library }),
        ...(flags.model === undefined ? {} : { model: flags.model }),
        ...(provenance.settings === undefined ? {} : { proposer_settings: provenance.settings }),
        expansions: flags.expansions,
        time_limit_s: flags.timeLimit,
        tactic_timeout_s: flags.tacticTimeout,
        smt: flags.includeSmt && flags.smt,
        include_smt: flags.includeSmt,
        minimise: flags.minimise,
        k: flags.k,
        alpha: flags.alpha,
        concurrency: flags.concurrency,
        ...(flags.limit === undefined ? {} : { limit: flags.limit }),
      },
      signal: stop.signal,
      onProblem: (event) => progress.done(event),
    });
  } finally {
    progress.stop();
    stop.dispose();
  }
  const signalled = stop.received();
  if (summary.skipped > 0) io.stderr.write(`resumed: ${summary.skipped} of ${problems.length} problems were already done in ${flags.out}\n`);
  if (flags.json) io.stdout.write(`${JSON.stringify(summary.manifest)}\n`);
  else io.stdout.write(renderSummary(summary.manifest, flags.out));
  if (signalled) {
    io.stderr.write(`interrupted: rerun with --resume to finish\n`);
    exitBySignal(signalled);
  }
}

function renderSummary(manifest: Manifest, dir: string): string {
  const c = manifest.counts;
  const tiers = Object.entries(c.by_tier).map(([tier, n]) => `${tier} ${n}`).join(', ') || 'none';
  const attempts = Object.entries(c.attempts_by_status).map(([status, n]) => `${status} ${n}`).join(', ') || 'none';
  return (
    `problems ${c.problems}: proved ${c.proved} (${tiers}), not proved ${c.attempted_unproved} (${attempts}), pending ${c.pending}\n` +
    `${dir}: ${c.proofs} proofs, ${c.steps} steps (${manifest.seconds.toFixed(1)} s)\n`
  );
}

interface Progress {
  done(event: ProblemEvent): void;
  stop(): void;
}

function makeProgress(io: ProveIo, total: number): Progress {
  let count = 0;
  let steps = 0;
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: io.stderr, format: 'generate |{bar}| {value}/{total} searched | steps {steps} | {last}', hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    bar.start(total, 0, { steps, last: '' });
    return {
      done(event) {
        count += 1;
        steps += event.stepsWritten;
        bar.update(count, { steps, last: `${event.problem}: ${event.outcome}` });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    done(event) {
      count += 1;
      const detail = event.outcome === 'recorded' ? `${event.tier}, ${event.stepsWritten} new steps` : (event.message ?? '');
      io.stderr.write(`[${count}] ${event.problem}: ${event.outcome} (${detail}; ${event.expansions} expansions, ${event.seconds.toFixed(2)} s)\n`);
    },
    stop: () => undefined,
  };
}
