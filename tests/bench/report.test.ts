/**
 * Reports built from the records of a small real bench run (problems of problems/valid, the
 * symbolic backend, the heuristic proposer, two attempts each) and checked against those
 * records counted independently here.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptRecord, BenchFile } from '../../src/bench/attempts.ts';
import { bucketOf } from '../../src/bench/bucket.ts';
import { passAtK } from '../../src/bench/pass-at-k.ts';
import { buildReport, proofLength, ReportSchema, type Report } from '../../src/bench/report.ts';
import { renderReportHtml } from '../../src/bench/render/html.ts';
import { renderReportMarkdown } from '../../src/bench/render/markdown.ts';
import { loadReport, writeReport } from '../../src/bench/write.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import { configFor, realRun, someValidProblems } from './real-run.ts';

let dir: string;
let run: { bench: BenchFile; attempts: AttemptRecord[] };
let report: Report;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-report-'));
  const problems = await someValidProblems(2, ['algebra.lean', 'inequalities.lean', 'number_theory.lean', 'quantifiers.lean']);
  run = await realRun(dir, problems, configFor({ attempts: 2, expansions: 4, timeLimitSeconds: 4 }));
  report = buildReport(run.bench, run.attempts);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await shutdownSmt();
});

describe('buildReport on a real run', () => {
  it('records every (problem, attempt) once, attempt 0 unperturbed and attempt 1 with seed + 1', () => {
    expect(run.attempts).toHaveLength(16);
    const keys = new Set(run.attempts.map((a) => `${a.name}#${a.attempt}`));
    expect(keys.size).toBe(16);
    for (const a of run.attempts) expect(a.seed).toBe(a.attempt);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('counts proofs per problem by their strongest tier, certified and smt apart', () => {
    const solved = new Map<string, AttemptRecord[]>();
    for (const a of run.attempts) if (a.status === 'proved') solved.set(a.name, [...(solved.get(a.name) ?? []), a]);
    expect(report.summary.proved).toBe(solved.size);
    expect(report.summary.proved).toBeGreaterThan(0);
    const strongest = [...solved.values()].map((list) => (list.some((a) => a.tier === 'certified') ? 'certified' : 'smt'));
    expect(report.summary.certified).toBe(strongest.filter((t) => t === 'certified').length);
    expect(report.summary.smt).toBe(strongest.filter((t) => t === 'smt').length);
    expect(report.summary.certified + report.summary.smt + report.summary.kernel).toBe(report.summary.proved);
    for (const row of report.problems) {
      if (row.status !== 'proved') continue;
      expect(row.verifier).toBe('symbolic');
      expect(row.proof).toBeTruthy();
      expect(run.attempts.some((a) => a.name === row.name && a.proof === row.proof && a.tier === row.tier)).toBe(true);
    }
  });

  it('computes pass@1 and pass@2 with the unbiased estimator, overall and per bucket', () => {
    const perProblem = run.bench.problems.map((p) => {
      const mine = run.attempts.filter((a) => a.name === p.name);
      return { n: mine.length, c: mine.filter((a) => a.status === 'proved').length, bucket: p.bucket };
    });
    const mean = (rows: typeof perProblem, k: number): number => rows.reduce((s, r) => s + passAtK(r.n, r.c, k), 0) / rows.length;
    expect(report.summary.passAt.map((p) => p.k)).toEqual([1, 2]);
    expect(report.summary.passAt[0]!.value).toBeCloseTo(mean(perProblem, 1), 5);
    expect(report.summary.passAt[1]!.value).toBeCloseTo(mean(perProblem, 2), 5);
    expect(report.summary.passAt[1]!.value).toBeGreaterThanOrEqual(report.summary.passAt[0]!.value);
    for (const bucket of report.buckets) {
      const rows = perProblem.filter((r) => r.bucket === bucket.name);
      expect(bucket.problems).toBe(rows.length);
      expect(bucket.passAt[0]!.value).toBeCloseTo(mean(rows, 1), 5);
    }
    expect(report.buckets.map((b) => b.name).sort()).toEqual([...new Set(perProblem.map((r) => r.bucket))].sort());
  });

  it('states the budget in the field notation and sums expansions, times and CPU over attempts', () => {
    expect(report.budget.notation).toBe('2 × 8 × 4');
    expect(report.summary.expansions).toBe(run.attempts.reduce((s, a) => s + a.expansions, 0));
    expect(report.summary.expansionsPerSolved).toBeCloseTo(report.summary.expansions / report.summary.proved, 2);
    expect(report.summary.cpuSeconds).toBeGreaterThan(0);
    expect(report.summary.wallSeconds).toBeGreaterThan(0);
    expect(report.environment.problemSetSha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('draws cumulative curves that end at the solved count and a histogram of proof lengths', () => {
    expect(report.curves.byTime.at(-1)!.solved).toBe(report.summary.proved);
    expect(report.curves.byExpansions.at(-1)!.solved).toBe(report.summary.proved);
    const xs = report.curves.byTime.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const lengths = report.problems.filter((p) => p.proof !== null).map((p) => proofLength(p.proof!));
    expect(report.proofLengths.reduce((s, l) => s + l.count, 0)).toBe(lengths.length);
  });

  it('writes report.json that reads back equal, and report.md / report.html naming every problem', async () => {
    await writeReport(dir, report);
    const json = ReportSchema.parse(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')));
    expect(json.summary).toEqual(report.summary);
    const rebuilt = await loadReport(dir);
    expect(rebuilt.summary.proved).toBe(report.summary.proved);
    const md = await readFile(join(dir, 'report.md'), 'utf8');
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    for (const p of report.problems) {
      expect(md).toContain(p.name);
      expect(html).toContain(p.name);
    }
    expect(html).not.toMatch(/<script|<link|src="http|href="http/u);
  });

  it('counts a problem with no attempt as pending and unsolved', () => {
    const partial = buildReport(run.bench, run.attempts.filter((a) => a.name !== run.bench.problems[0]!.name));
    expect(partial.summary.pending).toBe(1);
    expect(partial.problems[0]!.status).toBe('pending');
    expect(partial.summary.passAt[0]!.value).toBeLessThanOrEqual(report.summary.passAt[0]!.value);
  });

  it('escapes text from records in the HTML', () => {
    const evil = { ...run.attempts.find((a) => a.status === 'proved')! };
    const bench = { ...run.bench, problems: [...run.bench.problems, { name: '<img src=x onerror=alert(1)>', bucket: '<b>' }] };
    const html = renderReportHtml(buildReport(bench, [...run.attempts, { ...evil, name: '<img src=x onerror=alert(1)>', proof: '</pre><script>x</script>' }]));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('cumulative solved in report.md', () => {
  it('reads both curves at a quarter, half, three quarters, 90% and all of the solved problems', () => {
    const curves = {
      byTime: [{ x: 0, solved: 0 }, { x: 1.5, solved: 2 }, { x: 4, solved: 4 }],
      byExpansions: [{ x: 0, solved: 0 }, { x: 1, solved: 1 }, { x: 3, solved: 4 }],
    };
    const md = renderReportMarkdown({ ...report, curves, summary: { ...report.summary, problems: 8 } });
    const section = md.slice(md.indexOf('## Cumulative solved'), md.indexOf('## Proof lengths'));
    // Targets ceil(f · 4) for f = 0.25, 0.5, 0.75, 0.9, 1: 1, 2, 3, 4 (4 twice, shown once).
    expect(section.split('\n').filter((l) => /^\| \d/u.test(l))).toEqual([
      '| 1 (12.5%) | 1.50 | 1 |',
      '| 2 (25.0%) | 1.50 | 3 |',
      '| 3 (37.5%) | 4.00 | 3 |',
      '| 4 (50.0%) | 4.00 | 3 |',
    ]);
    const baseline = renderReportMarkdown({ ...report, curves, config: { ...report.config, baseline: 'z3' } });
    expect(baseline).toMatch(/^\| 4 \([\d.]+%\) \| 4\.00 \| – \|$/mu);
    const none = renderReportMarkdown({ ...report, curves: { byTime: [{ x: 0, solved: 0 }], byExpansions: [{ x: 0, solved: 0 }] } });
    expect(none).toContain('## Cumulative solved\n\nNo problem solved.');
  });
});

describe('the model manifest in the environment', () => {
  it('is shown in md and html with its fields, long lists shortened to their length; report.json keeps it whole', async () => {
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'models', 'default', 'manifest.json'), 'utf8')) as { vocabulary: string[]; weights: { sha256: string } };
    const withModel = buildReport({ ...run.bench, environment: { ...run.bench.environment, modelManifest: manifest } }, run.attempts);
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(withModel))).environment.modelManifest).toEqual(manifest);
    const md = renderReportMarkdown(withModel);
    const html = renderReportHtml(withModel);
    for (const text of [md, html]) {
      expect(text).toContain(manifest.weights.sha256);
      expect(text).toContain(`[${manifest.vocabulary.length} items]`);
      expect(text).not.toContain(JSON.stringify(manifest.vocabulary.slice(0, 12)).slice(1, -1));
    }
    expect(renderReportMarkdown(report)).toMatch(/\| model manifest \| none \|/u);
  });
});

describe('bucketOf', () => {
  it('takes the topic tag, then the source tag, then the miniF2F name prefix', () => {
    expect(bucketOf('x', { topic: 'algebra', source: 'amc' })).toBe('algebra');
    expect(bucketOf('x', { source: 'aime' })).toBe('aime');
    expect(bucketOf('mathd_numbertheory_12', {})).toBe('mathd_numbertheory');
    expect(bucketOf('mathd_algebra_478', undefined)).toBe('mathd_algebra');
    expect(bucketOf('amc12a_2019_p21', {})).toBe('amc12');
    expect(bucketOf('aimeII_2001_p3', {})).toBe('aime');
    expect(bucketOf('imo_1959_p1', {})).toBe('imo');
    expect(bucketOf('induction_12dvd4expnp1p20', {})).toBe('induction');
    expect(bucketOf('numbertheory_2dvd4expn', {})).toBe('numbertheory');
    expect(bucketOf('algebra_sqineq_at2malt1', {})).toBe('algebra');
    expect(bucketOf('my_lemma', {})).toBe('other');
  });
});
