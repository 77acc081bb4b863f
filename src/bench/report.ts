/**
 * The report model: everything `report.json`, `report.md` and `report.html` show, built from a
 * run's `bench.json` and attempt records alone (so a report can be rebuilt at any time, also
 * from a run still in progress). Validated by `ReportSchema` when read back.
 */
import { z } from 'zod';
import type { Tier } from '../core/seams.ts';
import { BenchConfigSchema, EnvironmentSchema, type AttemptRecord, type BenchFile } from './attempts.ts';
import { meanPassAtK } from './pass-at-k.ts';

const PassAtSchema = z.object({ k: z.number().int().positive(), value: z.number().min(0).max(1) });
const CountsSchema = z.object({
  problems: z.number().int().nonnegative(),
  /** Problems with at least one recorded attempt. */
  attempted: z.number().int().nonnegative(),
  proved: z.number().int().nonnegative(),
  /** `proved` split by the tier of each problem's strongest proof. */
  kernel: z.number().int().nonnegative(),
  certified: z.number().int().nonnegative(),
  smt: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /**
   * Failed because the statement could not be stated: outside what the backend elaborates
   * (search stop `start-error`) or what the z3 translation handles (baseline).
   */
  unsupported: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  passAt: z.array(PassAtSchema),
});
export type Counts = z.infer<typeof CountsSchema>;

const PointSchema = z.object({ x: z.number().nonnegative(), solved: z.number().int().nonnegative() });

export const ProblemRowSchema = z.object({
  name: z.string(),
  bucket: z.string(),
  status: z.enum(['proved', 'failed', 'unsupported', 'error', 'pending']),
  attempts: z.number().int().nonnegative(),
  solvedAttempts: z.number().int().nonnegative(),
  /** Of the strongest proof (then shortest, then earliest attempt). */
  verifier: z.enum(['symbolic', 'lean']).nullable(),
  tier: z.enum(['kernel', 'certified', 'smt']).nullable(),
  proofAttempt: z.number().int().nonnegative().nullable(),
  proof: z.string().nullable(),
  proofLength: z.number().int().nonnegative().nullable(),
  /** Summed over the problem's attempts. */
  seconds: z.number().nonnegative(),
  expansions: z.number().int().nonnegative(),
  /** Why the last unsuccessful attempt stopped, and its message. */
  stop: z.string().nullable(),
  message: z.string().nullable(),
});
export type ProblemRow = z.infer<typeof ProblemRowSchema>;

export const ReportSchema = z.object({
  version: z.literal(1),
  label: z.string(),
  createdAt: z.string(),
  config: BenchConfigSchema,
  environment: EnvironmentSchema,
  budget: z.object({
    /** The field's notation: attempts × tactics per expansion × expansions. */
    notation: z.string(),
    attempts: z.number().int().positive(),
    tacticsPerExpansion: z.number().int().positive().nullable(),
    expansions: z.number().int().positive().nullable(),
    timeLimitSeconds: z.number().positive(),
    tacticTimeoutSeconds: z.number().positive().nullable(),
  }),
  summary: CountsSchema.extend({
    attemptsRecorded: z.number().int().nonnegative(),
    /** Wall-clock time of the bench sessions (first start to last record of each, summed). */
    wallSeconds: z.number().nonnegative(),
    /** Process CPU time summed over attempts. */
    cpuSeconds: z.number().nonnegative(),
    /** Time summed over attempts (each attempt's own clock). */
    attemptSeconds: z.number().nonnegative(),
    expansions: z.number().int().nonnegative(),
    /** All expansions spent (on every problem) divided by the problems proved; null when none. */
    expansionsPerSolved: z.number().nonnegative().nullable(),
    /** Median expansions of the successful attempts; null when none. */
    medianExpansionsToProof: z.number().nonnegative().nullable(),
  }),
  buckets: z.array(CountsSchema.extend({ name: z.string() })),
  curves: z.object({
    /** Problems solved within a per-problem budget of x seconds (attempts taken in order). */
    byTime: z.array(PointSchema),
    /** Problems solved within a per-problem budget of x expansions (attempts taken in order). */
    byExpansions: z.array(PointSchema),
  }),
  /** Tactic count of each solved problem's shown proof (baseline proofs have none). */
  proofLengths: z.array(z.object({ length: z.number().int().nonnegative(), count: z.number().int().positive() })),
  problems: z.array(ProblemRowSchema),
});
export type Report = z.infer<typeof ReportSchema>;

const TIER_RANK: Record<Tier, number> = { kernel: 0, certified: 1, smt: 2 };

/** Tactics in a script: its non-blank lines that are not comments, focusing dots aside. */
export function proofLength(script: string): number {
  return script
    .split('\n')
    .map((line) => line.trim().replace(/^(?:·\s*)+/u, ''))
    .filter((line) => line !== '' && !line.startsWith('--')).length;
}

/** The k at which pass@k is reported: 1, powers of two below K, and K. */
export function reportedKs(attempts: number): number[] {
  const ks = new Set<number>([1]);
  for (let k = 2; k < attempts; k *= 2) ks.add(k);
  ks.add(attempts);
  return [...ks].sort((a, b) => a - b);
}

/** Builds the report of a run from its bench file and its attempt records. */
export function buildReport(bench: BenchFile, attempts: readonly AttemptRecord[], createdAt: string = new Date().toISOString()): Report {
  const { config } = bench;
  const K = config.baseline === null ? config.attempts : 1;
  const ks = reportedKs(K);
  const byProblem = new Map<string, AttemptRecord[]>();
  for (const p of bench.problems) byProblem.set(p.name, []);
  for (const a of attempts) byProblem.get(a.name)?.push(a);
  for (const list of byProblem.values()) list.sort((x, y) => x.attempt - y.attempt);

  const rows = bench.problems.map((p) => problemRow(p.name, p.bucket, byProblem.get(p.name) ?? []));
  const counted = (subset: readonly ProblemRow[]): Counts => counts(subset, ks);
  const buckets = [...new Set(rows.map((r) => r.bucket))].sort().map((name) => ({ name, ...counted(rows.filter((r) => r.bucket === name)) }));

  const recorded = attempts.filter((a) => byProblem.has(a.name));
  const successful = recorded.filter((a) => a.status === 'proved').map((a) => a.expansions).sort((a, b) => a - b);
  const totalExpansions = recorded.reduce((s, a) => s + a.expansions, 0);
  const summaryCounts = counted(rows);
  const lengths = new Map<number, number>();
  for (const r of rows) if (r.proofLength !== null && r.proofLength > 0) lengths.set(r.proofLength, (lengths.get(r.proofLength) ?? 0) + 1);

  return {
    version: 1,
    label: config.label,
    createdAt,
    config,
    environment: bench.environment,
    budget: budgetOf(bench),
    summary: {
      ...summaryCounts,
      attemptsRecorded: recorded.length,
      wallSeconds: round(wallSeconds(recorded)),
      cpuSeconds: round(recorded.reduce((s, a) => s + a.cpuMs, 0) / 1000),
      attemptSeconds: round(recorded.reduce((s, a) => s + a.seconds, 0)),
      expansions: totalExpansions,
      expansionsPerSolved: summaryCounts.proved === 0 ? null : round(totalExpansions / summaryCounts.proved),
      medianExpansionsToProof: successful.length === 0 ? null : median(successful),
    },
    buckets,
    curves: {
      byTime: solvedCurve([...byProblem.values()], (a) => a.seconds),
      byExpansions: solvedCurve([...byProblem.values()], (a) => a.expansions),
    },
    proofLengths: [...lengths.entries()].sort((a, b) => a[0] - b[0]).map(([length, count]) => ({ length, count })),
    problems: rows,
  };
}

function budgetOf(bench: BenchFile): Report['budget'] {
  const { config } = bench;
  if (config.baseline !== null) {
    return { notation: '1 × z3 on the statement (no search)', attempts: 1, tacticsPerExpansion: null, expansions: null, timeLimitSeconds: config.timeLimitSeconds, tacticTimeoutSeconds: null };
  }
  return {
    notation: `${config.attempts} × ${config.tacticsPerExpansion} × ${config.expansions}`,
    attempts: config.attempts,
    tacticsPerExpansion: config.tacticsPerExpansion,
    expansions: config.expansions,
    timeLimitSeconds: config.timeLimitSeconds,
    tacticTimeoutSeconds: config.tacticTimeoutSeconds,
  };
}

function problemRow(name: string, bucket: string, attempts: readonly AttemptRecord[]): ProblemRow {
  const proved = attempts.filter((a) => a.status === 'proved' && a.tier !== null && a.proof !== null);
  const best = [...proved].sort((a, b) => TIER_RANK[a.tier!] - TIER_RANK[b.tier!] || proofLength(a.proof!) - proofLength(b.proof!) || a.attempt - b.attempt)[0];
  const last = attempts.at(-1);
  const status: ProblemRow['status'] =
    best !== undefined ? 'proved'
    : attempts.length === 0 ? 'pending'
    // The statement could not even be stated (outside the fragment, or not translatable for z3).
    : attempts.every((a) => a.stop === 'unsupported' || a.stop === 'start-error') ? 'unsupported'
    : attempts.some((a) => a.status === 'error') ? 'error'
    : 'failed';
  return {
    name,
    bucket,
    status,
    attempts: attempts.length,
    solvedAttempts: proved.length,
    verifier: best?.verifier ?? null,
    tier: best?.tier ?? null,
    proofAttempt: best?.attempt ?? null,
    proof: best?.proof ?? null,
    proofLength: best?.proof ? proofLength(best.proof) : null,
    seconds: round(attempts.reduce((s, a) => s + a.seconds, 0)),
    expansions: attempts.reduce((s, a) => s + a.expansions, 0),
    stop: best === undefined ? (last?.stop ?? null) : null,
    message: best === undefined ? (last?.message ?? null) : null,
  };
}

function counts(rows: readonly ProblemRow[], ks: readonly number[]): Counts {
  const n = (status: ProblemRow['status']): number => rows.filter((r) => r.status === status).length;
  const tier = (t: Tier): number => rows.filter((r) => r.status === 'proved' && r.tier === t).length;
  const attempted = rows.filter((r) => r.attempts > 0);
  return {
    problems: rows.length,
    attempted: attempted.length,
    proved: n('proved'),
    kernel: tier('kernel'),
    certified: tier('certified'),
    smt: tier('smt'),
    failed: n('failed') + n('unsupported'),
    unsupported: n('unsupported'),
    errors: n('error'),
    pending: n('pending'),
    // Over every problem of the set: a pending problem counts as unsolved.
    passAt: ks.map((k) => ({ k, value: round(meanPassAtK(rows.map((r) => ({ n: r.attempts, c: r.solvedAttempts })), k), 6) })),
  };
}

/** Per bench session: from its start to its last record; sessions summed. */
function wallSeconds(attempts: readonly AttemptRecord[]): number {
  const sessions = new Map<number, number>();
  for (const a of attempts) sessions.set(a.sessionStartedAt, Math.max(sessions.get(a.sessionStartedAt) ?? a.sessionStartedAt, a.finishedAt));
  let ms = 0;
  for (const [start, end] of sessions) ms += Math.max(0, end - start);
  return ms / 1000;
}

/**
 * Step curve of problems solved against a per-problem budget: a problem's cost is what its
 * attempts used, in attempt order, up to and including its first success.
 */
function solvedCurve(perProblem: readonly (readonly AttemptRecord[])[], cost: (a: AttemptRecord) => number): { x: number; solved: number }[] {
  const costs: number[] = [];
  for (const attempts of perProblem) {
    let spent = 0;
    for (const a of attempts) {
      spent += cost(a);
      if (a.status === 'proved') {
        costs.push(spent);
        break;
      }
    }
  }
  costs.sort((a, b) => a - b);
  const points = [{ x: 0, solved: 0 }];
  costs.forEach((x, i) => {
    const point = { x: round(x), solved: i + 1 };
    if (points.at(-1)!.x === point.x) points[points.length - 1] = point;
    else points.push(point);
  });
  return points;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
