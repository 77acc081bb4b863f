/**
 * `proofseek prove PATH`: best-first search on every problem under PATH. Each result is
 * appended (and synced) to `--out` the moment it is known, so an interrupted run loses only the
 * problems in flight, and `--resume` skips every problem already recorded. Progress goes to
 * stderr (a bar on a terminal, one line per problem otherwise); the summary table to stdout,
 * or with `--json` a JSON summary to stdout and the table to stderr.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Problem } from '../../core/problem.ts';
import { openResultsFile, readResults, summarizeResults, type ResultRecord, type ResultSummary } from '../../core/results.ts';
import type { ProofBackend } from '../../core/seams.ts';
import { DEFAULT_MODEL_DIR, hasDefaultModel, makeProposer } from '../../proposer/index.ts';
import { proveAll } from '../../search/batch.ts';
import { openTraceFile } from '../../search/trace.ts';
import { addProposerOptions, LIBRARY_HELP, MODEL_HELP, proposerOptions, type ProposerFlags } from '../model-proposer-flags.ts';
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

export type BackendChoice = 'symbolic' | 'lean' | 'auto';

export interface ProveBackendOptions {
  /** Problems searched at once: a Lean REPL pool may size itself from this. */
  readonly concurrency: number;
  readonly tacticTimeoutMs: number;
  /** Symbolic backend: may goals be closed by z3 with no certificate (tier `smt`)? */
  readonly allowSmt: boolean;
  /** Lean backend (and `auto`): the Lean workspace; absent means $PROOFSEEK_LEAN_PROJECT. */
  readonly leanProject?: string;
}

/** Makes the backend for a run (wired by `main.ts`; tests pass their own). */
export type MakeBackend = (name: BackendChoice, options: ProveBackendOptions) => Promise<ProofBackend>;

/** Where `prove` writes; tests capture these. */
export interface ProveIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Handle SIGINT/SIGTERM (stop, keep results, exit by the signal). Off in tests. */
  readonly handleSignals: boolean;
}

interface ProveFlags extends ProposerFlags {
  backend: BackendChoice;
  leanProject?: string;
  expansions: number;
  timeLimit: number;
  tacticTimeout: number;
  smt: boolean;
  concurrency: number;
  k: number;
  tacticConcurrency: number;
  alpha: number;
  out: string;
  resume: boolean;
  json: boolean;
  trace?: string;
  limit?: number;
}

export const PROVE_DEFAULTS = {
  expansions: 200,
  timeLimitSeconds: 60,
  tacticTimeoutSeconds: 5,
  out: 'out/results.jsonl',
} as const;

/** Adds `prove` to `program`. */
export function registerProve(
  program: Command,
  makeBackend: MakeBackend,
  io: ProveIo = { stdout: process.stdout, stderr: process.stderr, handleSignals: true },
): void {
  const command = addBackendOptions(
    program
      .command('prove')
      .description('search for proofs of every problem in a .lean file, a directory or a JSONL file')
      .argument('<path>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file'),
  );
  addProposerOptions(command, {
    proposer: 'tactic proposer (default: learned when models/default exists and no --library is given, else heuristic)',
    library: LIBRARY_HELP,
    model: MODEL_HELP,
  })
    .addOption(expansionsOption('maximum expansions per problem', PROVE_DEFAULTS.expansions))
    .addOption(timeLimitOption('wall-clock limit per problem', PROVE_DEFAULTS.timeLimitSeconds))
    .addOption(tacticTimeoutOption(PROVE_DEFAULTS.tacticTimeoutSeconds))
    .addOption(noSmtOption())
    .addOption(concurrencyOption())
    .addOption(tacticsPerExpansionOption())
    .addOption(tacticConcurrencyOption())
    .addOption(alphaOption())
    .option('--out <file>', 'results file (JSONL, one line per problem)', PROVE_DEFAULTS.out)
    .option('--resume', 'keep the results already in --out and skip those problems', false)
    .option('--json', 'print the final summary as JSON on stdout', false)
    .option('--trace <file>', 'append a search trace (JSONL) to this file')
    .addOption(limitOption())
    .action(async (path: string, flags: ProveFlags) => {
      await runProve(path, flags, makeBackend, io);
    });
}

async function runProve(path: string, flags: ProveFlags, makeBackend: MakeBackend, io: ProveIo): Promise<void> {
  const started = performance.now();
  const problems = await loadSelectedProblems(path, flags.limit, 'results and --resume key problems by name');
  const proposer = await makeProposer(flags.proposer ?? defaultProposer(flags, io), proposerOptions(flags, (line) => void io.stderr.write(`${line}\n`)));
  const finished = new Map<string, ResultRecord>();
  if (flags.resume) for (const record of (await readResults(flags.out)).records) finished.set(record.name, record);
  const names = new Set(problems.map((p) => p.name));
  const previous = [...finished.values()].filter((r) => names.has(r.name));
  const todo = problems.filter((p) => !finished.has(p.name));
  if (flags.resume && previous.length > 0) {
    io.stderr.write(`resuming: ${previous.length} of ${problems.length} problems already in ${flags.out}\n`);
  }
  const budget = budgetFromFlags(flags);
  // The backend comes first: if it cannot start, an existing results file is left untouched.
  const backend = todo.length > 0 ? await makeBackend(flags.backend, backendRequest(flags, budget.tacticTimeoutMs, flags.smt)) : undefined;
  const records: ResultRecord[] = [...previous];
  let signalled: NodeJS.Signals | undefined;
  try {
    const { writer } = await openResultsFile(flags.out, { resume: flags.resume });
    const stop = stopOnSignal(io.handleSignals);
    const progress = makeProgress(io, problems.length, previous);
    const trace = flags.trace === undefined ? undefined : openTraceFile(flags.trace);
    try {
      if (backend) {
        await proveAll(todo, {
          backend,
          proposer,
          budget,
          concurrency: flags.concurrency,
          search: { tacticsPerExpansion: flags.k, tacticConcurrency: flags.tacticConcurrency, lengthAlpha: flags.alpha, ...(trace ? { trace } : {}) },
          signal: stop.signal,
          onResult: async (record) => {
            await writer.append(record);
            records.push(record);
            progress.done(record);
          },
        });
      }
    } finally {
      progress.stop();
      await writer.close();
      await trace?.close();
      stop.dispose();
      signalled = stop.received();
    }
  } finally {
    await backend?.close();
  }

  const summary = summarizeResults(records, problems.length, (performance.now() - started) / 1000);
  const table = renderTable(problems, records, summary);
  if (flags.json) {
    io.stderr.write(table);
    const { total, proved, certified, smt, kernel, failed, errors, seconds } = summary;
    io.stdout.write(`${JSON.stringify({ total, proved, certified, smt, kernel, failed, errors, seconds })}\n`);
  } else io.stdout.write(table);
  if (signalled) {
    io.stderr.write(`interrupted: ${records.length} of ${problems.length} problems recorded in ${flags.out}; rerun with --resume to finish\n`);
    exitBySignal(signalled);
  }
}

/**
 * `learned` when the shipped model exists (it beats the heuristic at the same budget, see the
 * README); `heuristic` with a notice when it is missing, and silently with a custom --library
 * (the shipped model's classes are the bundled library's templates).
 */
function defaultProposer(flags: ProveFlags, io: ProveIo): string {
  if (flags.library !== undefined) return 'heuristic';
  if (hasDefaultModel()) return 'learned';
  io.stderr.write(`no learned model at ${DEFAULT_MODEL_DIR}: using the heuristic proposer\n`);
  return 'heuristic';
}

interface Progress {
  done(record: ResultRecord): void;
  stop(): void;
}

/** A bar on a terminal; otherwise one plain line per finished problem. */
function makeProgress(io: ProveIo, total: number, previous: readonly ResultRecord[]): Progress {
  let count = previous.length;
  let proved = previous.filter((r) => r.status === 'proved').length;
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: io.stderr, format: 'prove |{bar}| {value}/{total} | proved {proved} | {last}', hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    bar.start(total, count, { proved, last: '' });
    return {
      done(record) {
        count += 1;
        if (record.status === 'proved') proved += 1;
        bar.update(count, { proved, last: `${record.name}: ${record.status}` });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    done(record) {
      count += 1;
      const detail = record.status === 'proved' ? `${record.tier}, ` : record.status === 'error' ? `${record.message ?? ''}, ` : `${record.stop ?? ''}, `;
      io.stderr.write(`[${count}/${total}] ${record.name}: ${record.status} (${detail}${record.expansions} expansions, ${record.seconds.toFixed(2)} s)\n`);
    },
    stop: () => undefined,
  };
}

/** The summary table: one row per topic (tag `topic`, else `source`), then the total. */
export function renderTable(problems: readonly Problem[], records: readonly ResultRecord[], summary: ResultSummary): string {
  const topicOf = (p: Problem): string => p.tags['topic'] ?? p.tags['source'] ?? '-';
  const byName = new Map(records.map((r) => [r.name, r]));
  const topics = [...new Set(problems.map(topicOf))].sort();
  const header = ['topic', 'proved', 'certified', 'smt', 'kernel', 'failed', 'errors', 'pending', 'seconds'];
  const row = (label: string, group: readonly Problem[], seconds?: number): string[] => {
    const rs = group.map((p) => byName.get(p.name)).filter((r): r is ResultRecord => r !== undefined);
    const s = summarizeResults(rs, group.length, seconds ?? rs.reduce((sum, r) => sum + r.seconds, 0));
    return [label, `${s.proved}/${s.total}`, String(s.certified), String(s.smt), String(s.kernel), String(s.failed), String(s.errors), String(group.length - rs.length), s.seconds.toFixed(1)];
  };
  const rows = [header, ...topics.map((t) => row(t, problems.filter((p) => topicOf(p) === t))), row('total', problems, summary.seconds)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n')}\n`;
}
