/**
 * Benchmark runs and their reports (`proofseek bench`, `proofseek report`, `npm run bench`).
 *
 * Algorithm sketch:
 *   1. `bench.json` records what is run (budget, backend, proposer, seed, environment, the
 *      problem list with each problem's bucket) before the first attempt.
 *   2. K attempts per problem, attempt-major: attempt 0 with the proposer as it is, attempt a
 *      with the seeded sampling proposer (seed + a); or, with `--baseline z3`, one z3 call per
 *      statement. Every attempt is appended and synced to `attempts.jsonl` as it ends; a resumed
 *      run skips the (problem, attempt) pairs already there.
 *   3. The report is a pure function of those two files: per problem the strongest proof
 *      (kernel > certified > smt), pass@k by the unbiased estimator, per-bucket counts, budget,
 *      times, cumulative-solved curves and proof lengths; rendered to JSON, Markdown and a
 *      self-contained HTML page with inline SVG.
 *   4. A comparison lines reports up against the first: solved by both / only A / only B, and
 *      pass@k deltas per bucket.
 *
 * Files:
 *   - attempts.ts: attempt record, bench.json and environment schemas (zod).
 *   - run.ts: running the attempts, resumably.
 *   - baseline.ts: the z3 baseline attempt.
 *   - pass-at-k.ts: the unbiased pass@k estimator.
 *   - bucket.ts: a problem's breakdown bucket (topic, source or miniF2F name prefix).
 *   - environment.ts: versions, commits, model manifest, problem-set hash.
 *   - report.ts: the report model, its schema and `buildReport`.
 *   - compare.ts: the comparison model and `compareReports`.
 *   - write.ts: reading run directories, writing report and comparison files.
 *   - render/markdown.ts, render/html.ts, render/svg.ts: the renderers (and render/escape.ts,
 *     render/format.ts: escaping and number formats they share).
 */
export { AttemptRecordSchema, BenchConfigSchema, BenchFileSchema, ATTEMPTS_FILE, CONFIG_FILE, type AttemptRecord, type BenchConfig, type BenchFile } from './attempts.ts';
export { runAttempts, type AttemptEngine } from './run.ts';
export { z3Baseline, BASELINE_PROOF } from './baseline.ts';
export { passAtK, meanPassAtK } from './pass-at-k.ts';
export { bucketOf } from './bucket.ts';
export { buildReport, ReportSchema, type Report } from './report.ts';
export { compareReports, ComparisonSchema, type Comparison } from './compare.ts';
export { loadReport, readRun, writeComparison, writeReport } from './write.ts';
