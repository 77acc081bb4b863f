/**
 * The `learned` bench section (see run.ts): the learned proposer's three figures.
 * - training time: `trainLearnedProposer` on N pairs (default 10,000: the real steps file
 *   replicated under distinct problem names until N, so vocabulary and goal sizes are real);
 * - inference latency: `suggest(goal, k)` on the first goal of every problem in problems/valid;
 * - solved count on problems/valid, learned versus heuristic, at the same budget (expansions,
 *   tactics per expansion, time limit, tactic timeout).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems } from '../src/core/load-problems.ts';
import type { Problem } from '../src/core/problem.ts';
import { summarizeResults, type ResultRecord } from '../src/core/results.ts';
import type { TacticProposer } from '../src/core/seams.ts';
import { makeProposer } from '../src/proposer/index.ts';
import { loadLearnedProposer, trainLearnedProposer } from '../src/proposer/learned/index.ts';
import { proveAll } from '../src/search/batch.ts';
import { SymbolicBackend } from '../src/symbolic/backend.ts';

export interface LearnedBenchOptions {
  readonly root: string;
  readonly modelDir: string;
  /** The real steps file the training-time run replicates. */
  readonly steps: string;
  readonly trainPairs: number;
  readonly expansions: number;
  readonly k: number;
  readonly timeLimitS: number;
  readonly tacticTimeoutS: number;
}

export interface SolveRow {
  readonly proposer: string;
  readonly total: number;
  readonly proved: number;
  readonly certified: number;
  readonly smt: number;
  readonly seconds: number;
  readonly provedNames: string[];
}

export interface LearnedBenchRecord {
  readonly train: { pairs: number; seconds: number; epochs: number; vocabulary: number } | { skipped: string };
  readonly inference: { goals: number; k: number; medianMs: number; p95Ms: number };
  readonly model: { dir: string; validTop1: number | null; validTopK: number | null; heuristicValidTop1: number | null; heuristicValidTopK: number | null; k: number };
  readonly budget: { expansions: number; k: number; timeLimitS: number; tacticTimeoutS: number };
  readonly solve: SolveRow[];
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function trainingTime(options: LearnedBenchOptions): Promise<LearnedBenchRecord['train']> {
  let lines: string[];
  try {
    lines = (await readFile(options.steps, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  } catch {
    return { skipped: `${options.steps} is absent (make it with proofseek generate)` };
  }
  const dir = await mkdtemp(join(tmpdir(), 'proofseek-bench-learned-'));
  try {
    const out: string[] = [];
    for (let copy = 0; out.length < options.trainPairs; copy += 1) {
      for (const line of lines) {
        if (out.length >= options.trainPairs) break;
        const record = JSON.parse(line) as { problem: string };
        out.push(JSON.stringify({ ...record, problem: `${record.problem}#${copy}` }));
      }
    }
    const file = join(dir, 'steps.jsonl');
    await writeFile(file, `${out.join('\n')}\n`);
    const epochs = 40;
    const started = performance.now();
    await trainLearnedProposer({ stepsFiles: [file], outDir: join(dir, 'model'), epochs, seed: 1, onProgress: (line) => void process.stderr.write(`[learned train] ${line}\n`) });
    const seconds = (performance.now() - started) / 1000;
    const manifest = JSON.parse(await readFile(join(dir, 'model', 'manifest.json'), 'utf8')) as { vocabulary: string[] };
    return { pairs: out.length, seconds, epochs, vocabulary: manifest.vocabulary.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function solve(name: string, proposer: TacticProposer, problems: readonly Problem[], options: LearnedBenchOptions): Promise<SolveRow> {
  const backend = new SymbolicBackend({ tacticTimeoutMs: options.tacticTimeoutS * 1000 });
  const records: ResultRecord[] = [];
  const started = performance.now();
  try {
    await proveAll(problems, {
      backend,
      proposer,
      concurrency: 1,
      budget: { maxExpansions: options.expansions, timeLimitMs: options.timeLimitS * 1000, tacticTimeoutMs: options.tacticTimeoutS * 1000 },
      search: { tacticsPerExpansion: options.k },
      onResult: async (record) => {
        records.push(record);
        process.stderr.write(`[learned solve ${name} ${records.length}/${problems.length}] ${record.name}: ${record.status}\n`);
      },
    });
  } finally {
    await backend.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const s = summarizeResults(records, problems.length, seconds);
  return { proposer: name, total: problems.length, proved: s.proved, certified: s.certified, smt: s.smt, seconds, provedNames: records.filter((r) => r.status === 'proved').map((r) => r.name).sort() };
}

export async function benchLearned(options: LearnedBenchOptions): Promise<LearnedBenchRecord> {
  const learned = await loadLearnedProposer(options.modelDir);
  const problems = await loadProblems(join(options.root, 'problems', 'valid'));
  const backend = new SymbolicBackend({ tacticTimeoutMs: 2000 });
  const goals: string[] = [];
  try {
    for (const problem of problems) {
      const start = await backend.start(problem);
      if (start.kind === 'ok' && start.state.goals[0] !== undefined) goals.push(start.state.goals[0]);
    }
  } finally {
    await backend.close();
  }
  for (const goal of goals.slice(0, 10)) learned.suggest(goal, options.k); // warm-up (wasm compilation, caches)
  const ms: number[] = [];
  for (const goal of goals) {
    const t0 = performance.now();
    learned.suggest(goal, options.k);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const m = learned.manifest.metrics;
  const solveRows = [await solve('heuristic', await makeProposer('heuristic'), problems, options), await solve('learned', learned, problems, options)];
  return {
    train: await trainingTime(options),
    inference: { goals: goals.length, k: options.k, medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95) },
    model: { dir: options.modelDir, validTop1: m.valid_top1, validTopK: m.valid_topk, heuristicValidTop1: m.heuristic_valid_top1, heuristicValidTopK: m.heuristic_valid_topk, k: m.k },
    budget: { expansions: options.expansions, k: options.k, timeLimitS: options.timeLimitS, tacticTimeoutS: options.tacticTimeoutS },
    solve: solveRows,
  };
}

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

export function learnedMarkdown(r: LearnedBenchRecord, table: (header: readonly string[], rows: readonly (readonly (string | number)[])[]) => string): string {
  const b = r.budget;
  const [heuristic, learned] = r.solve;
  const onlyLearned = learned && heuristic ? learned.provedNames.filter((n) => !heuristic.provedNames.includes(n)) : [];
  const onlyHeuristic = learned && heuristic ? heuristic.provedNames.filter((n) => !learned.provedNames.includes(n)) : [];
  return [
    '## Learned proposer',
    '',
    `Model ${r.model.dir}: validation top-1 ${pct(r.model.validTop1)}, top-${r.model.k} ${pct(r.model.validTopK)} (heuristic on the same held-out steps: ${pct(r.model.heuristicValidTop1)}, ${pct(r.model.heuristicValidTopK)}).`,
    '',
    `Solved on problems/valid, symbolic backend, budget ${b.expansions} expansions × k = ${b.k} tactics, ${b.timeLimitS} s per problem, ${b.tacticTimeoutS} s per tactic:`,
    '',
    table(['proposer', 'proved', 'certified', 'smt', 'wall s'], r.solve.map((s) => [s.proposer, `${s.proved}/${s.total}`, s.certified, s.smt, s.seconds.toFixed(0)])),
    '',
    `Proved only by learned: ${onlyLearned.join(', ') || '-'}; only by heuristic: ${onlyHeuristic.join(', ') || '-'}.`,
    '',
    `Inference: median ${r.inference.medianMs.toFixed(2)} ms, p95 ${r.inference.p95Ms.toFixed(2)} ms per state (k = ${r.inference.k}, first goals of ${r.inference.goals} problems).`,
    '',
    'pairs' in r.train
      ? `Training: ${r.train.pairs} pairs, ${r.train.epochs} epochs, vocabulary ${r.train.vocabulary}: ${r.train.seconds.toFixed(0)} s.`
      : `Training time: skipped (${(r.train as { skipped: string }).skipped}).`,
    '',
  ].join('\n');
}
