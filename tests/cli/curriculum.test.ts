/**
 * `proofseek curriculum`: writes one file per family into --out, the same bytes for the same
 * seed, different problems for another seed, a JSON summary with --json, and explains every
 * flag in --help.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerCurriculum } from '../../src/cli/commands/curriculum.ts';
import { loadProblems } from '../../src/core/load-problems.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-curriculum-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const program = new Command('proofseek').exitOverride();
  registerCurriculum(program, { stdout, stderr });
  await program.parseAsync(['curriculum', ...args], { from: 'user' });
  return { stdout: out, stderr: err };
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('proofseek curriculum', () => {
  it('writes the same files for the same seed and a JSON summary', async () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    const { stdout, stderr } = await run(['--seed', '3', '--count', '60', '--out', a, '--exclude', 'problems/valid', '--json']);
    await run(['--seed', '3', '--count', '60', '--out', b, '--exclude', 'problems/valid']);
    expect(contents(a)).toEqual(contents(b));
    const summary = JSON.parse(stdout) as { generated: number; families: { file: string; problems: number }[] };
    expect(summary.generated).toBe(60);
    expect(summary.families).toHaveLength(13);
    expect(stderr).toMatch(/\[13\/13\] bounded_foralls: \d+ problems/u);
    const problems = await loadProblems(a);
    expect(problems).toHaveLength(60);
    expect(problems.every((p) => p.name.includes('_s3_') && p.tags['family'] !== undefined && p.tags['split'] === undefined)).toBe(true);
  });

  it('another seed gives other problems', async () => {
    const c = join(scratch, 'c');
    await run(['--seed', '4', '--count', '60', '--out', c, '--exclude', 'problems/valid']);
    const names = (await loadProblems(c)).map((p) => p.text.replace(/_s4_/u, '_s3_'));
    const other = new Set((await loadProblems(join(scratch, 'a'))).map((p) => p.text));
    expect(names.filter((t) => other.has(t)).length).toBeLessThan(30);
  });

  it('explains every flag in --help', async () => {
    const program = new Command('proofseek').exitOverride();
    registerCurriculum(program);
    const help = program.commands[0]!.helpInformation();
    for (const flag of ['--seed', '--count', '--out', '--exclude', '--json']) expect(help).toContain(flag);
  });
});
