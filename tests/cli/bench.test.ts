/**
 * `proofseek bench` and `proofseek report` through the real CLI in child processes, on the real
 * symbolic backend: a run killed hard mid-way resumes without redoing or duplicating any
 * (problem, attempt), and the report and comparison files come out of it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptRecordSchema, BenchFileSchema } from '../../src/bench/attempts.ts';
import { ComparisonSchema } from '../../src/bench/compare.ts';
import { ReportSchema } from '../../src/bench/report.ts';
import { readJsonl } from '../../src/core/results.ts';
import { DEFAULT_MODEL_DIR } from '../../src/proposer/index.ts';
import { DEFAULT_LIBRARY_PATH } from '../../src/proposer/library.ts';
import { CLI_PATH as cli, MINIF2F_HEADER, SLOW_PROBLEM, execFileAsync as run, REPO_ROOT as root, waitForLines } from '../support/cli.ts';


const PROBLEMS = [
  'theorem k1 (x : ℝ) (h₀ : 0 < x) : 0 < x + 1 := by sorry',
  'theorem k2 : (2 : ℕ) + 2 = 4 := by sorry',
  'theorem k3 (n : ℕ) (h₀ : n % 4 = 3) : n % 2 = 1 := by sorry',
  'theorem k4 (a b : ℝ) : 2 * a * b ≤ a ^ 2 + b ^ 2 := by sorry',
  'theorem k5 (x : ℝ) (h₀ : 3 * x + 2 = 11) : x = 3 := by sorry',
  'theorem k6 : (7 : ℤ) ∣ 2 ^ 3 - 1 := by sorry',
];

/** The kill test's problems: slow_omega second, so a session killed after its first attempt is still busy. */
const KILL_PROBLEMS = [PROBLEMS[0]!, SLOW_PROBLEM.statement, ...PROBLEMS.slice(1)];

let dir: string;
let path: string;
let killPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-bench-cli-'));
  path = join(dir, 'six.lean');
  await writeFile(path, `${PROBLEMS.join('\n\n')}\n`);
  killPath = join(dir, 'kill.lean');
  await writeFile(killPath, `${MINIF2F_HEADER}\n\n${KILL_PROBLEMS.join('\n\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('proofseek bench (child process, symbolic backend)', () => {
  it('loses nothing when killed mid-run and runs each missing (problem, attempt) once on --resume', async () => {
    const out = join(dir, 'run');
    const attempts = join(out, 'attempts.jsonl');
    const total = KILL_PROBLEMS.length * 2;
    const args = [cli, 'bench', killPath, '--out', out, '--attempts', '2', '--expansions', '30', '--time-limit', '10', '--label', 'heuristic'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const closed = new Promise((r) => child.once('close', r));
    const linesAtKill = await waitForLines(attempts, () => child.exitCode !== null, 60_000);
    child.kill('SIGKILL');
    await closed;
    const first = await readJsonl(attempts, AttemptRecordSchema);
    // Really cut short: some attempts recorded, not all (else the resume below would test nothing).
    expect(linesAtKill).toBeGreaterThan(0);
    expect(first.records.length).toBeGreaterThan(0);
    expect(first.records.length).toBeLessThan(total);
    const firstText = (await readFile(attempts, 'utf8')).slice(0, first.completeBytes);

    const resumed = await run(process.execPath, [...args, '--resume', '--json'], { timeout: 240_000 });
    const second = await readJsonl(attempts, AttemptRecordSchema);
    const keys = second.records.map((a) => `${a.name}#${a.attempt}`);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total); // no attempt recorded twice
    expect((await readFile(attempts, 'utf8')).startsWith(firstText)).toBe(true);
    expect(resumed.stderr).toContain(`resuming: ${first.records.length} of ${total} attempts`);
    // Two sessions: the killed one and the resumed one.
    expect(new Set(second.records.map((a) => a.sessionStartedAt)).size).toBe(2);

    const summary = JSON.parse(resumed.stdout);
    const report = ReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
    expect(summary).toMatchObject({ label: 'heuristic', budget: `2 × 12 × 30`, problems: KILL_PROBLEMS.length, proved: report.summary.proved });
    expect(report.summary.attemptsRecorded).toBe(total);
    // No --proposer and no --model: the shipped model, whose manifest the report must carry.
    expect(report.environment.proposer).toBe('learned');
    expect(report.environment.modelManifest).toMatchObject({ format: 'proofseek-learned', weights: { file: 'weights.bin' } });
    // The configuration names the shipped model and the bundled library, and hashes their contents.
    const config = BenchFileSchema.parse(JSON.parse(await readFile(join(out, 'bench.json'), 'utf8'))).config;
    expect(config).toMatchObject({ modelDir: DEFAULT_MODEL_DIR, library: DEFAULT_LIBRARY_PATH, proposerSha256: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(existsSync(join(out, 'report.md'))).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  }, 300_000);

  it('runs the z3 baseline and compares it with the search run in md/json/html', async () => {
    const z3 = join(dir, 'z3');
    await run(process.execPath, [cli, 'bench', killPath, '--out', z3, '--baseline', 'z3', '--time-limit', '10', '--label', 'z3'], { timeout: 120_000 });
    const attempts = (await readJsonl(join(z3, 'attempts.jsonl'), AttemptRecordSchema)).records;
    expect(attempts).toHaveLength(KILL_PROBLEMS.length);
    for (const a of attempts) {
      expect(a.mode).toBe('baseline');
      if (a.status === 'proved') expect(a).toMatchObject({ verifier: 'symbolic', tier: 'smt', expansions: 0 });
    }
    expect(attempts.some((a) => a.status === 'proved')).toBe(true);

    const cmp = join(dir, 'cmp');
    const out = await run(process.execPath, [cli, 'report', join(dir, 'run'), z3, '--out', cmp, '--json'], { timeout: 60_000 });
    const comparison = ComparisonSchema.parse(JSON.parse(out.stdout));
    expect(comparison.runs.map((r) => r.label)).toEqual(['heuristic', 'z3']);
    const pair = comparison.pairs[0]!;
    expect(pair.both.length + pair.onlyA.length + pair.onlyB.length + pair.neither).toBe(KILL_PROBLEMS.length);
    for (const file of ['comparison.json', 'comparison.md', 'comparison.html']) expect(existsSync(join(cmp, file))).toBe(true);
  }, 200_000);

  it('with --skip-crashed, records the attempt a dead session was in as an error instead of redoing it', async () => {
    const out = join(dir, 'crashed');
    await mkdir(out, { recursive: true });
    // What a session leaves behind when it dies inside k3's first attempt.
    await writeFile(join(out, 'in-flight.json'), JSON.stringify({ attempts: [{ name: 'k3', attempt: 0 }] }));
    const done = await run(process.execPath, [cli, 'bench', path, '--out', out, '--expansions', '30', '--resume', '--skip-crashed'], { timeout: 120_000 });
    expect(done.stderr).toMatch(/k3 attempt 0 was in flight/u);
    const attempts = (await readJsonl(join(out, 'attempts.jsonl'), AttemptRecordSchema)).records;
    expect(attempts.map((a) => a.name).sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(attempts.find((a) => a.name === 'k3')).toMatchObject({ status: 'error', stop: 'crashed', attempt: 0 });
    const report = ReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
    expect(report.summary.errors).toBe(1);
    expect(JSON.parse(await readFile(join(out, 'in-flight.json'), 'utf8'))).toEqual({ attempts: [] });
  }, 120_000);

  it('refuses to resume a run with a different configuration, and rejects contradictory flags', async () => {
    const args = (attempts: number): string[] => [cli, 'bench', killPath, '--out', join(dir, 'run'), '--attempts', String(attempts), '--expansions', '30', '--time-limit', '10', '--label', 'heuristic', '--resume'];
    await expect(run(process.execPath, args(3))).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^proofseek: --resume: \S+ was run with a different attempts; [^\n]*\n$/u) });
    // A bench.json from before the model directory, library and proposer hash were recorded still resumes.
    const file = join(dir, 'run', 'bench.json');
    const { library: _l, proposerSha256: _h, ...oldConfig } = BenchFileSchema.parse(JSON.parse(await readFile(file, 'utf8'))).config;
    const bench = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...bench, config: { ...oldConfig, modelDir: null } }));
    const resumed = await run(process.execPath, args(2), { timeout: 60_000 });
    expect(resumed.stderr).toContain(`resuming: ${KILL_PROBLEMS.length * 2} of ${KILL_PROBLEMS.length * 2} attempts`);
    await expect(run(process.execPath, [cli, 'bench', path, '--out', join(dir, 'x'), '--baseline', 'z3', '--no-smt'])).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [cli, 'report', join(dir, 'nothing-here'), '--out', join(dir, 'y')])).rejects.toMatchObject({ code: 2 });
  }, 120_000);

  it('refuses --resume after the proposer files changed: the library, its contents, the model contents', async () => {
    const library = join(dir, 'library.yaml');
    await copyFile(DEFAULT_LIBRARY_PATH, library);
    const heuristic = (out: string, lib = library): string[] => [cli, 'bench', path, '--out', out, '--proposer', 'heuristic', '--library', lib, '--limit', '1', '--expansions', '5'];
    const out = join(dir, 'lib-run');
    await run(process.execPath, heuristic(out), { timeout: 60_000 });
    const refusal = (what: RegExp): { code: number; stderr: unknown } => ({ code: 2, stderr: expect.stringMatching(new RegExp(`^proofseek: --resume: \\S+ was run with a different ${what.source}; [^\\n]*\\n$`, 'u')) });
    // Another library file with the same contents: the path differs (the hash too, as it covers file names, but the message names the cause).
    const other = join(dir, 'other.yaml');
    await copyFile(library, other);
    await expect(run(process.execPath, [...heuristic(out, other), '--resume'])).rejects.toMatchObject(refusal(/tactic library \(library\)/u));
    // The same file, edited: only its contents differ.
    await writeFile(library, `${await readFile(library, 'utf8')}# edited\n`);
    await expect(run(process.execPath, [...heuristic(out), '--resume'])).rejects.toMatchObject(refusal(/proposer files: the library or model changed on disk \(proposerSha256\)/u));

    // A learned model replaced in place (here only its manifest's date differs, so it still loads) is another proposer.
    const model = join(dir, 'model');
    await cp(DEFAULT_MODEL_DIR, model, { recursive: true });
    const learned = [cli, 'bench', path, '--out', join(dir, 'model-run'), '--proposer', 'learned', '--model', model, '--limit', '1', '--expansions', '5'];
    await run(process.execPath, learned, { timeout: 60_000 });
    const manifest = join(model, 'manifest.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/"created_at": "[^"]*"/u, '"created_at": "2030-01-01T00:00:00.000Z"'));
    await expect(run(process.execPath, [...learned, '--resume'])).rejects.toMatchObject(refusal(/proposer files: the library or model changed on disk \(proposerSha256\)/u));
  }, 180_000);
});
