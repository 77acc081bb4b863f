/**
 * `proofseek iterate` through the real CLI in child processes, on the real symbolic backend and
 * the real learned proposer (tiny settings): a run writes every round's checkpoint and the
 * metrics files, and a run killed with SIGKILL mid-way and resumed ends with the same records
 * as an uninterrupted one (timestamps and timings aside).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/core/load-problems.ts';
import { IterateMetricsSchema } from '../../src/training/iterate-files.ts';
import { CLI_PATH as cli, execFileAsync as run, REPO_ROOT as root } from '../support/cli.ts';

const TRAIN = ['fun_compose_quadratic_linear', 'case_consecutive_product_even', 'quant_quadratic_always_positive', 'alg_sum_sq_from_sum_prod', 'quant_no_nat_square_two', 'sum_first_ten_naturals'];
const VALID = ['sum_halving_fractions', 'quant_small_squares_bound', 'alg_diff_squares_value', 'sum_gauss_rational'];

let dir: string;
let trainFile: string;
let validFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-iterate-cli-'));
  const all = await loadProblems(join(root, 'problems', 'valid'));
  const write = async (name: string, names: readonly string[]): Promise<string> => {
    const chosen = names.map((n) => all.find((p) => p.name === n)!);
    const path = join(dir, name);
    await writeFile(path, `${chosen[0]!.header}\n\n${chosen.map((p) => p.text).join('\n\n')}\n`);
    return path;
  };
  trainFile = await write('train.lean', TRAIN);
  validFile = await write('valid.lean', VALID);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CLOCK_FIELDS = new Set(['seconds', 'created_at', 'timings']);
function withoutClock(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClock);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => !CLOCK_FIELDS.has(k)).map(([k, v]) => [k, withoutClock(v)]));
  return value;
}

/** Every record file of a run directory (JSONL lines and JSON files), clock fields removed. */
async function records(out: string): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(out, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.name.endsWith('.jsonl')) {
        const text = await readFile(join(out, rel), 'utf8');
        expect(text === '' || text.endsWith('\n'), `${rel} ends in a torn line`).toBe(true);
        found[rel] = text.split('\n').filter((l) => l !== '').map((l) => withoutClock(JSON.parse(l)));
      } else if (entry.name.endsWith('.json') && !rel.endsWith('model/manifest.json') && !rel.endsWith('data/manifest.json')) {
        found[rel] = withoutClock(JSON.parse(await readFile(join(out, rel), 'utf8')));
      } else if (entry.name === 'weights.bin') found[rel] = (await readFile(join(out, rel))).toString('base64');
    }
  };
  await walk('');
  return found;
}

describe('proofseek iterate (child processes, symbolic backend, learned proposer)', () => {
  const args = (out: string): string[] => [
    cli, 'iterate', '--train', trainFile, '--valid', validFile, '--rounds', '2', '--out', out,
    '--expansions', '3', '--growth', '4', '-k', '3', '--k-growth', '2', '--valid-expansions', '2', '--epochs', '3', '--time-limit', '60', '--valid-time-limit', '60',
  ];

  it('writes checkpoints and metrics; killed and resumed, ends with the same records', async () => {
    const whole = join(dir, 'whole');
    await run(process.execPath, [...args(whole), '--json'], { timeout: 300_000 });
    const metrics = IterateMetricsSchema.parse(JSON.parse(await readFile(join(whole, 'metrics.json'), 'utf8')));
    expect(metrics.rounds.map((r) => r.round)).toEqual([0, 1]);
    expect(metrics.baseline.total).toBe(VALID.length);
    expect(metrics.rounds[0]!.train_budget).toMatchObject({ expansions: 3, k: 3 });
    expect(metrics.rounds[1]!.train_budget).toMatchObject({ expansions: 12, k: 6 });
    expect(metrics.rounds[1]!.solved_cumulative).toBeGreaterThanOrEqual(metrics.rounds[0]!.solved_cumulative);
    expect(metrics.rounds[1]!.attempted).toBe(TRAIN.length - metrics.rounds[0]!.solved_cumulative);
    for (const r of metrics.rounds) {
      expect(r.training).not.toBeNull();
      expect(existsSync(join(whole, `round-${r.round}`, 'model', 'weights.bin'))).toBe(true);
      expect(r.valid.total).toBe(VALID.length);
    }
    expect(await readFile(join(whole, 'metrics.md'), 'utf8')).toMatch(/^\| 1 \| learned:round-0\/model \|/mu);
    expect(await readFile(join(whole, 'metrics.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/u);

    const killed = join(dir, 'killed');
    const child = spawn(process.execPath, args(killed), { stdio: 'ignore' });
    const closed = new Promise((r) => child.once('close', r));
    for (let waited = 0; waited < 240_000; waited += 20) {
      if (existsSync(join(killed, 'round-0', 'round.json'))) break;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await closed;
    expect(existsSync(join(killed, 'round-1', 'round.json'))).toBe(false); // it died before the end

    // A resumed run must use the same settings.
    await expect(run(process.execPath, [...args(killed), '--resume', '--epochs', '4'], { timeout: 60_000 })).rejects.toMatchObject({ code: 2 });
    await run(process.execPath, [...args(killed), '--resume'], { timeout: 300_000 });
    expect(await records(killed)).toEqual(await records(whole));
    // Without --resume an existing run is refused rather than overwritten.
    await expect(run(process.execPath, args(killed), { timeout: 60_000 })).rejects.toMatchObject({ code: 2 });
  }, 900_000);
});
