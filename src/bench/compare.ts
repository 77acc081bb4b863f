/**
 * Comparing runs: the first report is the reference A, each later one is a B. For each pair,
 * over the problems both runs list: solved by both, only by A, only by B, by neither; and per
 * bucket pass@1 and pass@K of both with the difference B − A (K = the larger attempt count, a
 * run with fewer attempts reporting its pass@n for its own n). Reports on different problem
 * sets (sha256) are still compared on their common names, with a warning.
 */
import { z } from 'zod';
import { meanPassAtK } from './pass-at-k.ts';
import type { ProblemRow, Report } from './report.ts';

const RunSummarySchema = z.object({
  label: z.string(),
  budget: z.string(),
  proposer: z.string(),
  backend: z.string(),
  problems: z.number().int().nonnegative(),
  proved: z.number().int().nonnegative(),
  certified: z.number().int().nonnegative(),
  smt: z.number().int().nonnegative(),
  kernel: z.number().int().nonnegative(),
  wallSeconds: z.number().nonnegative(),
  problemSetSha256: z.string(),
});

const DeltaSchema = z.object({
  bucket: z.string(),
  problems: z.number().int().nonnegative(),
  passAt1: z.object({ a: z.number(), b: z.number(), delta: z.number() }),
  passAtK: z.object({ k: z.number().int().positive(), a: z.number(), b: z.number(), delta: z.number() }),
});

const PairSchema = z.object({
  a: z.string(),
  b: z.string(),
  common: z.number().int().nonnegative(),
  both: z.array(z.string()),
  onlyA: z.array(z.string()),
  onlyB: z.array(z.string()),
  neither: z.number().int().nonnegative(),
  /** Per bucket, then a final `all` row. */
  deltas: z.array(DeltaSchema),
});
export type RunPair = z.infer<typeof PairSchema>;

export const ComparisonSchema = z.object({
  version: z.literal(1),
  createdAt: z.string(),
  runs: z.array(RunSummarySchema),
  pairs: z.array(PairSchema),
  warnings: z.array(z.string()),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Compares `reports[0]` with each later report. Needs at least two. */
export function compareReports(reports: readonly Report[], createdAt: string = new Date().toISOString()): Comparison {
  if (reports.length < 2) throw new Error('internal error: a comparison needs at least two reports');
  const [reference, ...others] = reports as [Report, ...Report[]];
  const warnings: string[] = [];
  for (const other of others) {
    if (other.environment.problemSetSha256 !== reference.environment.problemSetSha256) {
      warnings.push(`'${other.label}' ran a different problem set than '${reference.label}' (sha256 differs): compared on the ${commonNames(reference, other).length} problems both list`);
    }
  }
  return {
    version: 1,
    createdAt,
    runs: reports.map((r) => ({
      label: r.label,
      budget: r.budget.notation,
      proposer: r.config.baseline === null ? r.environment.proposer : `baseline ${r.config.baseline}`,
      backend: r.environment.backend.name,
      problems: r.summary.problems,
      proved: r.summary.proved,
      certified: r.summary.certified,
      smt: r.summary.smt,
      kernel: r.summary.kernel,
      wallSeconds: r.summary.wallSeconds,
      problemSetSha256: r.environment.problemSetSha256,
    })),
    pairs: others.map((other) => comparePair(reference, other)),
    warnings,
  };
}

function commonNames(a: Report, b: Report): string[] {
  const inB = new Set(b.problems.map((p) => p.name));
  return a.problems.map((p) => p.name).filter((n) => inB.has(n));
}

function comparePair(a: Report, b: Report): RunPair {
  const names = commonNames(a, b);
  const rowA = new Map(a.problems.map((p) => [p.name, p]));
  const rowB = new Map(b.problems.map((p) => [p.name, p]));
  const solved = (row: ProblemRow | undefined): boolean => row?.status === 'proved';
  const both = names.filter((n) => solved(rowA.get(n)) && solved(rowB.get(n)));
  const onlyA = names.filter((n) => solved(rowA.get(n)) && !solved(rowB.get(n)));
  const onlyB = names.filter((n) => !solved(rowA.get(n)) && solved(rowB.get(n)));
  const k = Math.max(a.budget.attempts, b.budget.attempts);
  const bucketOf = (n: string): string => rowA.get(n)!.bucket;
  const buckets = [...new Set(names.map(bucketOf))].sort();
  const delta = (bucket: string, group: readonly string[]): z.infer<typeof DeltaSchema> => {
    const pass = (rows: Map<string, ProblemRow>, kk: number): number =>
      meanPassAtK(group.map((n) => ({ n: rows.get(n)!.attempts, c: rows.get(n)!.solvedAttempts })), kk);
    const a1 = pass(rowA, 1);
    const b1 = pass(rowB, 1);
    const aK = pass(rowA, k);
    const bK = pass(rowB, k);
    return { bucket, problems: group.length, passAt1: { a: r6(a1), b: r6(b1), delta: r6(b1 - a1) }, passAtK: { k, a: r6(aK), b: r6(bK), delta: r6(bK - aK) } };
  };
  return {
    a: a.label,
    b: b.label,
    common: names.length,
    both,
    onlyA,
    onlyB,
    neither: names.length - both.length - onlyA.length - onlyB.length,
    deltas: [...buckets.map((bucket) => delta(bucket, names.filter((n) => bucketOf(n) === bucket))), delta('all', names)],
  };
}

function r6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
