/**
 * `npm run bench`: the project's speed and solve-rate figures, written to bench/results/ as
 * JSON (machine-readable) and Markdown (for the README). Sections, all by default:
 * - `search`: search overhead per expansion, queue and duplicate-set cost at 10^5 nodes;
 * - `tactics`: latency of each tactic kind on a fixed corpus (every valid problem's first goal);
 * - `solve`: solved counts on problems/valid and miniF2F-valid at a fixed budget;
 * - `learned`: the learned proposer's training time, inference latency and solved count versus
 *   the heuristic at the same budget (bench/learned.ts; only when asked for with --only).
 * - `reports`: the standard benchmark reports (`proofseek bench`, the same code in child
 *   processes) on problems/valid and miniF2F-valid, for the default proposer, the heuristic one
 *   and the z3 baseline, each with report.{json,md,html}, plus a comparison per problem set, in
 *   bench/results/reports/; a child that dies (z3's wasm heap) is resumed with --resume.
 * Usage: npm run bench [-- --only search,tactics,solve,reports,learned] [--minif2f PATH] [--expansions N] [--time-limit S]
 *        [--report-attempts K] [--report-expansions N] [--report-time-limit S] [--report-resume]
 *        (--report-resume continues report runs already in bench/results/reports instead of redoing them)
 *        learned: [--model DIR] [--steps FILE] [--train-pairs N] [--learned-expansions N] [--learned-k K] [--learned-time-limit S]
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { ReportSchema, type Report } from '../src/bench/report.ts';
import { BENCH_DEFAULTS } from '../src/cli/commands/bench.ts';
import { loadProblems } from '../src/core/load-problems.ts';
import type { Problem } from '../src/core/problem.ts';
import { summarizeResults, type ResultRecord } from '../src/core/results.ts';
import { makeProposer } from '../src/proposer/index.ts';
import { proveAll } from '../src/search/batch.ts';
import { benchSearch } from '../src/search/bench.ts';
import { benchLearned, learnedMarkdown } from './learned.ts';
import { SymbolicBackend } from '../src/symbolic/backend.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'bench', 'results');

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'search,tactics,solve,reports' },
    minif2f: { type: 'string', default: join(root, '../shared/benchmarks/minif2f/valid.jsonl') },
    expansions: { type: 'string', default: '50' },
    'time-limit': { type: 'string', default: '20' },
    'tactic-timeout': { type: 'string', default: '5' },
    model: { type: 'string', default: join(root, 'models', 'default') },
    steps: { type: 'string', default: join(root, 'runs', 'train-data', 'steps.jsonl') },
    'train-pairs': { type: 'string', default: '10000' },
    'learned-expansions': { type: 'string', default: '10' },
    'learned-k': { type: 'string', default: '2' },
    'learned-time-limit': { type: 'string', default: '10' },
    'report-attempts': { type: 'string', default: '2' },
    'report-expansions': { type: 'string', default: '30' },
    'report-time-limit': { type: 'string', default: '3' },
    'report-resume': { type: 'boolean', default: false },
  },
});
const sections = new Set(values.only.split(','));

async function save(name: string, data: unknown, markdown: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  await writeFile(join(outDir, `${name}.md`), markdown);
  process.stdout.write(`${markdown}\nwrote bench/results/${name}.json and .md\n\n`);
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function searchSection(): Promise<void> {
  const record = await benchSearch();
  const md = [
    '## Search overhead',
    '',
    table(
      ['measure', 'value'],
      [
        ['queue push / pop (ns)', `${record.queue.pushNs.toFixed(0)} / ${record.queue.popNs.toFixed(0)}`],
        ['queue bytes per node', record.queue.bytesPerNode.toFixed(0)],
        ['duplicate key / insert / lookup (ns)', `${record.duplicates.keyNs.toFixed(0)} / ${record.duplicates.insertNs.toFixed(0)} / ${record.duplicates.lookupNs.toFixed(0)}`],
        ['duplicate set bytes per node', record.duplicates.bytesPerNode.toFixed(0)],
        ['search overhead per expansion (ms)', record.search.overheadMsPerExpansion.toFixed(3)],
        ['search bytes per tree node', record.search.bytesPerNode.toFixed(0)],
      ],
    ),
    '',
    `${record.nodes} nodes; memory figures ${record.exactMemory ? 'after forced GC' : 'rough (run node with --expose-gc)'}.`,
    '',
  ].join('\n');
  await save('search', record, md);
}

/** Tactic kinds timed on every corpus goal, whether or not they succeed there. */
const TACTIC_CORPUS = ['norm_num', 'simp', 'ring', 'linarith', 'nlinarith [sq_nonneg (a - b)]', 'positivity', 'omega', 'decide', 'field_simp', 'intro x'];

async function tacticsSection(): Promise<void> {
  const problems = await loadProblems(join(root, 'problems', 'valid'));
  const backend = new SymbolicBackend({ tacticTimeoutMs: 2000 });
  const samples = new Map<string, { ms: number[]; outcomes: Record<string, number> }>();
  try {
    for (const problem of problems) {
      const start = await backend.start(problem);
      if (start.kind !== 'ok') continue;
      for (const tactic of TACTIC_CORPUS) {
        const t0 = performance.now();
        const result = await backend.apply(start.state, tactic, { timeoutMs: 2000 });
        const ms = performance.now() - t0;
        const kind = tactic.split(/[\s[]/u)[0]!;
        const entry = samples.get(kind) ?? { ms: [], outcomes: {} };
        entry.ms.push(ms);
        const outcome = result.kind === 'error' ? result.reason : result.kind;
        entry.outcomes[outcome] = (entry.outcomes[outcome] ?? 0) + 1;
        samples.set(kind, entry);
      }
    }
  } finally {
    await backend.close();
  }
  const rows = [...samples.entries()].map(([kind, { ms, outcomes }]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { kind, n: ms.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), outcomes };
  });
  const md = [
    '## Tactic latency (symbolic backend)',
    '',
    `Corpus: the first goal of each of the ${problems.length} problems in problems/valid, every tactic below applied to each.`,
    '',
    table(
      ['tactic', 'n', 'median ms', 'p95 ms', 'outcomes'],
      rows.map((r) => [r.kind, r.n, r.medianMs.toFixed(2), r.p95Ms.toFixed(2), Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')]),
    ),
    '',
  ].join('\n');
  await save('tactics', { corpus: 'problems/valid first goals', tactics: TACTIC_CORPUS, rows }, md);
}

async function solveOne(
  label: string,
  problems: readonly Problem[],
): Promise<{ label: string; total: number; proved: number; certified: number; smt: number; failed: number; errors: number; seconds: number }> {
  const backend = new SymbolicBackend({ tacticTimeoutMs: Number(values['tactic-timeout']) * 1000 });
  const proposer = await makeProposer('heuristic', {});
  const started = performance.now();
  const records: ResultRecord[] = [];
  try {
    await proveAll(problems, {
      backend,
      proposer,
      concurrency: 1,
      budget: {
        maxExpansions: Number(values.expansions),
        timeLimitMs: Number(values['time-limit']) * 1000,
        tacticTimeoutMs: Number(values['tactic-timeout']) * 1000,
      },
      onResult: async (record) => {
        records.push(record);
        process.stderr.write(`[${label} ${records.length}/${problems.length}] ${record.name}: ${record.status}${record.tier ? ` (${record.tier})` : ''}\n`);
      },
    });
  } finally {
    await backend.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = summarizeResults(records, problems.length, seconds);
  return { label, total: problems.length, proved: summary.proved, certified: summary.certified, smt: summary.smt, failed: summary.failed, errors: summary.errors, seconds };
}

async function solveSection(): Promise<void> {
  const sets: [string, string][] = [['problems/valid', join(root, 'problems', 'valid')]];
  if (existsSync(values.minif2f)) sets.push(['miniF2F-valid', values.minif2f]);
  else process.stderr.write(`skipping miniF2F: ${values.minif2f} is absent\n`);
  const rows = [];
  for (const [label, path] of sets) rows.push(await solveOne(label, await loadProblems(path)));
  const budget = `${values.expansions} expansions, ${values['time-limit']} s per problem, ${values['tactic-timeout']} s per tactic, heuristic proposer, symbolic backend`;
  const md = [
    '## Solved (symbolic backend)',
    '',
    `Budget: ${budget}.`,
    '',
    table(
      ['problem set', 'proved', 'certified', 'smt', 'failed', 'errors', 'rate', 'wall s'],
      rows.map((r) => [r.label, `${r.proved}/${r.total}`, r.certified, r.smt, r.failed, r.errors, `${((100 * r.proved) / r.total).toFixed(1)}%`, r.seconds.toFixed(0)]),
    ),
    '',
  ].join('\n');
  await save('solve', { budget, rows }, md);
}

const CLI = join(root, 'bin', 'proofseek.js');

/**
 * One `proofseek bench` run in a child process. A child that dies (z3's wasm heap), or that
 * records nothing for a long time (a tactic hung inside a synchronous loop, where no timer can
 * fire), is killed and resumed with `--skip-crashed`, so the attempt it died in is recorded as
 * an error rather than retried forever.
 */
async function benchChild(label: string, path: string, out: string, extra: readonly string[]): Promise<Report> {
  const args = [CLI, 'bench', path, '--out', out, '--label', label, '--time-limit', values['report-time-limit'], '--tactic-timeout', values['tactic-timeout'], ...extra];
  const stallMs = Math.max(180, 40 * Number(values['report-time-limit'])) * 1000;
  const attemptsFile = join(out, 'attempts.jsonl');
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const resume = attempt > 0 || (values['report-resume'] && existsSync(join(out, 'bench.json')));
    const child = spawn(process.execPath, resume ? [...args, '--resume', '--skip-crashed'] : args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let lastSize = -1;
    let lastChange = performance.now();
    let stalled = false;
    const watchdog = setInterval(() => {
      const size = existsSync(attemptsFile) ? statSync(attemptsFile).size : 0;
      if (size !== lastSize) {
        lastSize = size;
        lastChange = performance.now();
      } else if (performance.now() - lastChange > stallMs) {
        stalled = true;
        child.kill('SIGKILL');
      }
    }, 5000);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    clearInterval(watchdog);
    if (code === 0) {
      process.stderr.write(`[reports] ${label}: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      break;
    }
    const why = stalled ? `no attempt recorded for ${stallMs / 1000} s: killed` : `exit ${code}`;
    process.stderr.write(`[reports] ${label}: child failed (${why}): ${stderr.trim().split('\n').slice(-2).join(' | ')}\n`);
    if (attempt >= 5 || code === 2) throw new Error(`proofseek bench ${label} failed (${why})`);
    process.stderr.write(`[reports] ${label}: resuming with --skip-crashed\n`);
  }
  return ReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
}

async function reportsSection(): Promise<void> {
  const sets: [string, string, string][] = [['problems/valid', 'valid', join(root, 'problems', 'valid')]];
  if (existsSync(values.minif2f)) sets.push(['miniF2F-valid', 'minif2f-valid', values.minif2f]);
  else process.stderr.write(`skipping miniF2F: ${values.minif2f} is absent\n`);
  const search = ['--attempts', values['report-attempts'], '--expansions', values['report-expansions']];
  // The default proposer of `proofseek bench`, and the heuristic one when that is another.
  const runs: [string, string[]][] = [[`default (${BENCH_DEFAULTS.proposer})`, ['--proposer', BENCH_DEFAULTS.proposer, ...search]]];
  if (BENCH_DEFAULTS.proposer !== 'heuristic') runs.push(['heuristic', ['--proposer', 'heuristic', ...search]]);
  runs.push(['z3 baseline', ['--baseline', 'z3']]);
  const rows: (string | number)[][] = [];
  const all: { set: string; runs: Report[] }[] = [];
  for (const [setLabel, slug, path] of sets) {
    const reports: Report[] = [];
    const dirs: string[] = [];
    for (const [label, extra] of runs) {
      const dir = join(outDir, 'reports', slug, label.replace(/[^a-z0-9]+/giu, '-').replace(/^-|-$/gu, ''));
      process.stderr.write(`[reports] ${setLabel}, ${label}: running into ${dir}\n`);
      const report = await benchChild(label, path, dir, extra);
      reports.push(report);
      dirs.push(dir);
      const s = report.summary;
      const passK = s.passAt.at(-1)!;
      rows.push([setLabel, label, report.budget.notation, `${s.proved}/${s.problems}`, s.certified, s.smt, s.unsupported, `${(100 * s.passAt[0]!.value).toFixed(1)}%`, passK.k > 1 ? `${(100 * passK.value).toFixed(1)}% (k=${passK.k})` : '–', s.wallSeconds.toFixed(0)]);
    }
    await promisify(execFile)(process.execPath, [CLI, 'report', ...dirs, '--out', join(outDir, 'reports', slug)]);
    all.push({ set: setLabel, runs: reports });
  }
  const budget = `attempts × tactics per expansion × expansions as shown, ${values['report-time-limit']} s per attempt, ${values['tactic-timeout']} s per tactic, symbolic backend`;
  const md = [
    '## Benchmark reports',
    '',
    `Budget: ${budget}. Reports and comparisons: bench/results/reports/<set>/.`,
    '',
    table(['problem set', 'run', 'budget', 'proved', 'certified', 'smt', 'unsupported', 'pass@1', 'pass@K', 'wall s'], rows),
    '',
  ].join('\n');
  await save('reports', { budget, sets: all.map((a) => ({ set: a.set, runs: a.runs.map((r) => ({ label: r.label, budget: r.budget, summary: r.summary })) })) }, md);
}

if (sections.has('search')) await searchSection();
if (sections.has('tactics')) await tacticsSection();
if (sections.has('solve')) await solveSection();
if (sections.has('reports')) await reportsSection();
if (sections.has('learned')) {
  const record = await benchLearned({
    root,
    modelDir: values.model,
    steps: values.steps,
    trainPairs: Number(values['train-pairs']),
    expansions: Number(values['learned-expansions']),
    k: Number(values['learned-k']),
    timeLimitS: Number(values['learned-time-limit']),
    tacticTimeoutS: Number(values['tactic-timeout']),
  });
  await save('learned', record, learnedMarkdown(record, table));
}
process.exit(0);
