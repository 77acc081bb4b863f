/**
 * `--backend auto`: Lean when a usable workspace is configured, else the symbolic checker with a
 * one-line notice saying why. A directory that is not a Lake project stands in for a machine
 * without Lean (the Lean backend refuses it before spawning anything).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBackend } from '../../src/cli/backends.ts';
import { buildProgram } from '../../src/cli/main.ts';
import { InputError } from '../../src/core/errors.ts';
import { problem } from '../symbolic/engine/helpers.ts';
import { CLI_PATH, execFileAsync } from '../support/cli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-backends-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('makeBackend', () => {
  it('auto falls back to the symbolic checker, with a notice naming the reason', async () => {
    const notices: string[] = [];
    const backend = await makeBackend('auto', { leanProject: dir, allowSmt: false, notice: (line) => notices.push(line) });
    try {
      expect(backend.name).toBe('symbolic');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(new RegExp(`^proofseek: no usable Lean workspace \\('${dir}' has no lakefile[^\\n]*\\); using the symbolic checker$`, 'u'));
      // The options reach the fallback: with allowSmt false a z3-only step is refused.
      const verdict = await backend.verify(problem('theorem t (x : ℝ) (h : x > 1) : x ^ 3 > x'), 'linarith');
      expect(verdict.kind).toBe('rejected');
    } finally {
      await backend.close();
    }
  });

  it('lean does not fall back: the same workspace is an input error', async () => {
    const notices: string[] = [];
    await expect(makeBackend('lean', { leanProject: dir, notice: (line) => notices.push(line) })).rejects.toThrow(InputError);
    expect(notices).toEqual([]);
  });
});

describe('--lean-project on every command that searches', () => {
  const commands = ['prove', 'generate', 'iterate', 'bench'] as const;

  it('is listed in each --help', () => {
    const program = buildProgram();
    for (const name of commands) {
      const help = program.commands.find((c) => c.name() === name)!.helpInformation();
      expect(help, name).toMatch(/^\s+--lean-project <dir>\s+Lean project/mu);
    }
  });

  it('reaches the Lean backend: a missing directory is a one-line input error naming it', async () => {
    const path = join(dir, 'one.lean');
    await writeFile(path, 'theorem k2 : (2 : ℕ) + 2 = 4 := by sorry\n');
    const missing = join(dir, 'no-such-workspace');
    const args: Record<(typeof commands)[number], string[]> = {
      prove: ['prove', path, '--out', join(dir, 'p.jsonl')],
      generate: ['generate', path, '--out', join(dir, 'g')],
      iterate: ['iterate', '--train', path, '--valid', path, '--out', join(dir, 'i')],
      bench: ['bench', path, '--out', join(dir, 'b')],
    };
    for (const name of commands) {
      const failure = await execFileAsync(process.execPath, [CLI_PATH, ...args[name], '--backend', 'lean', '--lean-project', missing]).then(
        () => undefined,
        (error: { code?: number; stderr: string }) => error,
      );
      expect(failure?.code, name).toBe(2);
      expect(failure?.stderr, name).toBe(`proofseek: Lean project '${missing}' is not a directory\n`);
    }
  }, 120_000);
});
