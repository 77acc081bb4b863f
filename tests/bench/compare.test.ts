/**
 * Comparisons of real runs: the heuristic search and the z3 baseline on the same problems of
 * problems/valid, counted against the records directly; and a run against itself with some
 * records held back, where the expected differences are known.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/bench/compare.ts';
import { buildReport, type Report } from '../../src/bench/report.ts';
import { writeComparison } from '../../src/bench/write.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import { configFor, realRun, someValidProblems } from './real-run.ts';

let dir: string;
let search: Report;
let baseline: Report;
let searchRun: Awaited<ReturnType<typeof realRun>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-compare-'));
  const problems = await someValidProblems(2, ['equations.lean', 'nat_arith.lean', 'functional.lean']);
  searchRun = await realRun(join(dir, 'search'), problems, configFor({ label: 'search', expansions: 4, timeLimitSeconds: 4 }));
  const baselineRun = await realRun(join(dir, 'z3'), problems, configFor({ label: 'z3', baseline: 'z3', proposer: 'none', timeLimitSeconds: 4 }));
  search = buildReport(searchRun.bench, searchRun.attempts);
  baseline = buildReport(baselineRun.bench, baselineRun.attempts);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await shutdownSmt();
});

describe('compareReports', () => {
  it('splits the common problems into both / only A / only B / neither, as the records say', () => {
    const comparison = compareReports([search, baseline]);
    const pair = comparison.pairs[0]!;
    const solved = (r: Report): Set<string> => new Set(r.problems.filter((p) => p.status === 'proved').map((p) => p.name));
    const a = solved(search);
    const b = solved(baseline);
    expect(pair.both.sort()).toEqual([...a].filter((n) => b.has(n)).sort());
    expect(pair.onlyA.sort()).toEqual([...a].filter((n) => !b.has(n)).sort());
    expect(pair.onlyB.sort()).toEqual([...b].filter((n) => !a.has(n)).sort());
    expect(pair.both.length + pair.onlyA.length + pair.onlyB.length + pair.neither).toBe(pair.common);
    expect(pair.common).toBe(6);
    expect(comparison.warnings).toEqual([]);
    const all = pair.deltas.at(-1)!;
    expect(all.bucket).toBe('all');
    expect(all.passAt1.a).toBeCloseTo(a.size / 6, 5);
    expect(all.passAt1.b).toBeCloseTo(b.size / 6, 5);
    expect(all.passAt1.delta).toBeCloseTo((b.size - a.size) / 6, 5);
    expect(comparison.runs.map((r) => r.proposer)).toEqual(['heuristic', 'baseline z3']);
  });

  it('finds exactly the problems a run lost when its records are held back', () => {
    const lost = search.problems.filter((p) => p.status === 'proved').map((p) => p.name).slice(0, 1);
    expect(lost).toHaveLength(1);
    const fewer = buildReport({ ...searchRun.bench, config: { ...searchRun.bench.config, label: 'fewer' } }, searchRun.attempts.filter((a) => !lost.includes(a.name)));
    const pair = compareReports([search, fewer]).pairs[0]!;
    expect(pair.onlyA).toEqual(lost);
    expect(pair.onlyB).toEqual([]);
    const bucket = search.problems.find((p) => p.name === lost[0])!.bucket;
    const row = pair.deltas.find((d) => d.bucket === bucket)!;
    expect(row.passAt1.delta).toBeCloseTo(-1 / row.problems, 5);
  });

  it('warns when the problem sets differ and compares only the common problems', () => {
    const other = { ...baseline, environment: { ...baseline.environment, problemSetSha256: '0'.repeat(64) }, problems: baseline.problems.slice(0, 3) };
    const comparison = compareReports([search, other]);
    expect(comparison.warnings[0]).toMatch(/different problem set/u);
    expect(comparison.pairs[0]!.common).toBe(3);
  });

  it('writes comparison.json, .md and .html', async () => {
    const files = await writeComparison(join(dir, 'cmp'), compareReports([search, baseline]), [search, baseline]);
    expect(files.map((f) => f.split('/').at(-1))).toEqual(['comparison.json', 'comparison.md', 'comparison.html']);
    const md = await readFile(join(dir, 'cmp', 'comparison.md'), 'utf8');
    expect(md).toMatch(/search vs z3/u);
    const html = await readFile(join(dir, 'cmp', 'comparison.html'), 'utf8');
    expect(html.match(/<path class="series"/gu)?.length).toBe(3); // two runs in the time chart, the search run alone in the expansions chart
  });
});
