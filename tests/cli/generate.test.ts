/**
 * `proofseek generate` through the real CLI in a child process, on the real symbolic backend:
 * a run killed with SIGKILL and resumed ends with the same files as an uninterrupted run
 * (timestamps and timings aside), with no torn or duplicate lines.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/core/load-problems.ts';
import { CLI_PATH as cli, execFileAsync as run, REPO_ROOT as root, waitForLines } from '../support/cli.ts';

const NAMES = [
  'alg_sum_sq_from_sum_prod',
  'fun_compose_quadratic_linear',
  'case_consecutive_product_even',
  'quant_no_nat_square_two',
  'quant_quadratic_always_positive',
  'sum_first_ten_naturals',
  'quant_small_squares_bound',
  'sum_halving_fractions',
];

let dir: string;
let problemsFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-generate-cli-'));
  const all = await loadProblems(join(root, 'problems', 'valid'));
  const chosen = NAMES.map((n) => all.find((p) => p.name === n)!);
  problemsFile = join(dir, 'problems.lean');
  await writeFile(problemsFile, `${chosen[0]!.header}\n\n${chosen.map((p) => p.text).join('\n\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The files of a data directory with the fields that depend on the clock removed. */
async function contents(out: string): Promise<Record<string, unknown>> {
  const lines = async (name: string): Promise<unknown[]> => {
    const text = await readFile(join(out, name), 'utf8');
    expect(text === '' || text.endsWith('\n'), `${name} ends in a torn line`).toBe(true);
    return text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const { created_at: _c, seconds: _s, ...rest } = JSON.parse(l) as Record<string, unknown>;
        return rest;
      });
  };
  const { updated_at: _u, seconds: _s, ...manifest } = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return { proofs: await lines('proofs.jsonl'), steps: await lines('steps.jsonl'), attempts: await lines('attempts.jsonl'), manifest };
}

describe('proofseek generate (child process, symbolic backend)', () => {
  const args = (out: string): string[] => [cli, 'generate', problemsFile, '--out', out, '--expansions', '30', '--time-limit', '60'];

  it('killed with SIGKILL and resumed, ends with the same files as an uninterrupted run', async () => {
    const whole = join(dir, 'whole');
    await run(process.execPath, args(whole), { timeout: 240_000 });
    const expected = await contents(whole);
    expect((expected['proofs'] as unknown[]).length).toBeGreaterThanOrEqual(6);

    const killed = join(dir, 'killed');
    const child = spawn(process.execPath, args(killed), { stdio: 'ignore' });
    const closed = new Promise((r) => child.once('close', r));
    // Kill at the first recorded proof: most problems are still to come.
    await waitForLines(join(killed, 'proofs.jsonl'), () => child.exitCode !== null);
    child.kill('SIGKILL');
    await closed;
    expect(existsSync(join(killed, 'manifest.json'))).toBe(false); // it really died mid-run
    // ... with problems left to search, so the resume below has work to do.
    const recorded = new Set<string>();
    for (const file of ['proofs.jsonl', 'attempts.jsonl']) {
      const text = existsSync(join(killed, file)) ? await readFile(join(killed, file), 'utf8') : '';
      for (const line of text.split('\n').slice(0, -1)) recorded.add((JSON.parse(line) as { problem: string }).problem);
    }
    expect(recorded.size).toBeGreaterThan(0);
    expect(recorded.size).toBeLessThan(NAMES.length);

    const { stdout } = await run(process.execPath, [...args(killed), '--resume', '--json'], { timeout: 240_000 });
    expect(JSON.parse(stdout)).toMatchObject({ counts: { problems: NAMES.length } });
    const resumed = await contents(killed);
    expect(resumed).toEqual(expected);
    const steps = resumed['steps'] as { state_before: string; tactic: string }[];
    expect(new Set(steps.map((s) => `${s.state_before}\u0000${s.tactic}`)).size).toBe(steps.length);
  }, 600_000);
});
