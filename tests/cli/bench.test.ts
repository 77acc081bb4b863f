/**
 * `proofseek bench` and `proofseek report` through the real CLI in child processes, on the real
 * symbolic backend: a run killed hard mid-way resumes without redoing or duplicating any
 * (problem, attempt), and the report and comparison files come out of it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptRecordSchema } from '../../src/bench/attempts.ts';
import { ComparisonSchema } from '../../src/bench/compare.ts';
import { ReportSchema } from '../../src/bench/report.ts';
import { readJsonl } from '../../src/core/results.ts';
import { CLI_PATH as cli, execFileAsync as run, REPO_ROOT as root } from '../support/cli.ts';


const PROBLEMS = [
  'theorem k1 (x : ℝ) (h₀ : 0 < x) : 0 < x + 1 := by sorry',
  'theorem k2 : (2 : ℕ) + 2 = 4 := by sorry',
  'theorem k3 (n : ℕ) (h₀ : n % 4 = 3) : n % 2 = 1 := by sorry',
  'theorem k4 (a b : ℝ) : 2 * a * b ≤ a ^ 2 + b ^ 2 := by sorry',
  'theorem k5 (x : ℝ) (h₀ : 3 * x + 2 = 11) : x = 3 := by sorry',
  'theorem k6 : (7 : ℤ) ∣ 2 ^ 3 - 1 := by sorry',
];

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-bench-cli-'));
  path = join(dir, 'kill.lean');
  await writeFile(path, `${PROBLEMS.join('\n\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('proofseek bench (child process, symbolic backend)', () => {
  it('loses nothing when killed mid-run and runs each missing (problem, attempt) once on --resume', async () => {
    const out = join(dir, 'run');
    const attempts = join(out, 'attempts.jsonl');
    const args = [cli, 'bench', path, '--out', out, '--attempts', '2', '--expansions', '30', '--time-limit', '20', '--label', 'heuristic'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const closed = new Promise((r) => child.once('close', r));
    for (let waited = 0; waited < 60_000; waited += 50) {
      if (existsSync(attempts) && (await readFile(attempts, 'utf8')).includes('\n')) break;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await closed;
    const first = await readJsonl(attempts, AttemptRecordSchema);
    expect(first.records.length).toBeGreaterThan(0);
    const firstText = (await readFile(attempts, 'utf8')).slice(0, first.completeBytes);

    const resumed = await run(process.execPath, [...args, '--resume', '--json'], { timeout: 240_000 });
    const second = await readJsonl(attempts, AttemptRecordSchema);
    const keys = second.records.map((a) => `${a.name}#${a.attempt}`);
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12); // no attempt recorded twice
    expect((await readFile(attempts, 'utf8')).startsWith(firstText)).toBe(true);
    if (first.records.length < 12) expect(resumed.stderr).toMatch(/resuming: \d+ of 12 attempts/u);
    // Two sessions: the killed one and the resumed one.
    expect(new Set(second.records.map((a) => a.sessionStartedAt)).size).toBe(first.records.length < 12 ? 2 : 1);

    const summary = JSON.parse(resumed.stdout);
    const report = ReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
    expect(summary).toMatchObject({ label: 'heuristic', budget: `2 × 12 × 30`, problems: 6, proved: report.summary.proved });
    expect(report.summary.attemptsRecorded).toBe(12);
    // No --proposer and no --model: the shipped model, whose manifest the report must carry.
    expect(report.environment.proposer).toBe('learned');
    expect(report.environment.modelManifest).toMatchObject({ format: 'proofseek-learned', weights: { file: 'weights.bin' } });
    expect(existsSync(join(out, 'report.md'))).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  }, 300_000);

  it('runs the z3 baseline and compares it with the search run in md/json/html', async () => {
    const z3 = join(dir, 'z3');
    await run(process.execPath, [cli, 'bench', path, '--out', z3, '--baseline', 'z3', '--time-limit', '10', '--label', 'z3'], { timeout: 120_000 });
    const attempts = (await readJsonl(join(z3, 'attempts.jsonl'), AttemptRecordSchema)).records;
    expect(attempts).toHaveLength(6);
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
    expect(pair.both.length + pair.onlyA.length + pair.onlyB.length + pair.neither).toBe(6);
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
    const args = [cli, 'bench', path, '--out', join(dir, 'run'), '--attempts', '3', '--expansions', '30', '--time-limit', '20', '--resume'];
    await expect(run(process.execPath, args)).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/different attempts/u) });
    await expect(run(process.execPath, [cli, 'bench', path, '--out', join(dir, 'x'), '--baseline', 'z3', '--no-smt'])).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [cli, 'report', join(dir, 'nothing-here'), '--out', join(dir, 'y')])).rejects.toMatchObject({ code: 2 });
  }, 120_000);
});
