/**
 * `proofseek verify FILE`: verdicts per declaration through a real Lean backend over the replay
 * fixture (transcript H20231115_3), options handed to the backend factory, output, exit codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerVerify, type MakeVerifyBackend, type VerifyBackendName, type VerifyBackendOptions } from '../../src/cli/commands/verify.ts';
import { InputError } from '../../src/core/errors.ts';
import { LeanBackend } from '../../src/lean/backend.ts';
import { FIXTURES_PRESENT, replayCommand, transcript } from './support/transcripts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-verify-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = join(scratch, 'problems.lean');
writeFileSync(
  FILE,
  [
    'import Mathlib.Tactic.Cases',
    '',
    'theorem cheat : (1 : Nat) = 2 := by',
    '  exact absurd rfl sorry',
    '',
    'example {x : Nat} : x + 1 > x := by',
    "  induction' x with x hx",
    '',
    'theorem open_problem : (2 : Nat) + 2 = 4 := by sorry',
    '',
  ].join('\n'),
);

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
  calls: { name: VerifyBackendName; options: VerifyBackendOptions }[];
}

async function runVerify(args: string[], make: (name: VerifyBackendName, options: VerifyBackendOptions) => Promise<LeanBackend>): Promise<Run> {
  const run: Run = { stdout: '', stderr: '', exitCode: 0, calls: [] };
  const program = new Command('proofseek').exitOverride().configureOutput({
    writeOut: (s) => void (run.stdout += s),
    writeErr: (s) => void (run.stderr += s),
  });
  const makeBackend: MakeVerifyBackend = (name, options) => {
    run.calls.push({ name, options });
    return make(name, options);
  };
  registerVerify(program, makeBackend, { stdout: new Writable({ write: (chunk, _enc, done) => void ((run.stdout += String(chunk)), done()) }) });
  try {
    await program.parseAsync(['verify', ...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    run.exitCode = error.exitCode;
  }
  return run;
}

const replayLean = async (_name: VerifyBackendName, options: VerifyBackendOptions) =>
  new LeanBackend({
    command: replayCommand(transcript('test/Mathlib/test/H20231115_3')),
    workers: 1,
    header: '',
    maxMemoryBytes: options.maxMemoryBytes,
    verifyTimeoutMs: options.timeoutMs,
    allowNativeDecide: options.allowNativeDecide,
  });

describe.skipIf(!FIXTURES_PRESENT)('proofseek verify', () => {
  it('prints a verdict per declaration in file order, Lean\'s for the one that reaches Lean', async () => {
    const run = await runVerify([FILE, '--backend', 'lean', '--max-memory', '2G', '--timeout', '30'], replayLean);
    expect(run.exitCode).toBe(0);
    expect(run.calls).toEqual([
      { name: 'lean', options: { leanProject: undefined, maxMemoryBytes: 2 * 1024 ** 3, allowNativeDecide: false, timeoutMs: 30_000, workers: undefined } },
    ]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^rejected {2}cheat {2}\[sorry\] uses `sorry`/u);
    expect(lines[1]).toMatch(/^rejected {2}example_6 {2}\[lean-error\] 1:33: unsolved goals case zero ⊢ 0 \+ 1 > 0 case succ .* \(lean leanprover\/lean4:v4\.33\.0-rc2\)$/u);
    expect(lines[2]).toBe('rejected  open_problem  [no-proof] no proof: the declaration ends in `sorry` or a bare `by`');
    expect(lines.slice(3)).toEqual(['0 accepted, 3 rejected', '']);
  });

  it('prints {results: [{name, accepted, reason}]} with --json', async () => {
    const run = await runVerify([FILE, '--backend', 'lean', '--json'], replayLean);
    const { results } = JSON.parse(run.stdout) as { results: { name: string; accepted: boolean; reason: string }[] };
    expect(results.map((r) => [r.name, r.accepted])).toEqual([
      ['cheat', false],
      ['example_6', false],
      ['open_problem', false],
    ]);
    expect(Object.keys(results[1]!).sort()).toEqual(['accepted', 'name', 'reason']);
    expect(results[1]!.reason).toContain('unsolved goals\ncase zero');
  });
});

describe('proofseek verify input errors', () => {
  const refuse = async (): Promise<LeanBackend> => {
    throw new InputError('no Lean project: pass --lean-project DIR or set PROOFSEEK_LEAN_PROJECT');
  };

  it('uses the symbolic backend unless told otherwise, and exits 2 when a backend cannot be made', async () => {
    const run = await runVerify([FILE], refuse);
    expect(run.calls.map((c) => c.name)).toEqual(['symbolic']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('proofseek: no Lean project: pass --lean-project DIR or set PROOFSEEK_LEAN_PROJECT\n');
  });

  it('exits 2 on an unreadable file or a bad size, before making a backend', async () => {
    const missing = await runVerify([join(scratch, 'nope.lean')], refuse);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^proofseek: cannot read .*nope\.lean': no such file or directory\n$/u);
    const badSize = await runVerify([FILE, '--max-memory', 'lots'], refuse);
    expect(badSize.exitCode).toBe(2);
    expect(badSize.stderr).toContain("invalid size 'lots'");
    expect([...missing.calls, ...badSize.calls]).toEqual([]);
  });
});
