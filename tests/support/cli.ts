/**
 * What the CLI tests share: a stream that keeps what is written to it (a command's stdout or
 * stderr, read back as text), the paths to run the real CLI in a child process, and a
 * `MakeBackend` over the real backends.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { makeBackend } from '../../src/cli/backends.ts';
import type { MakeBackend } from '../../src/cli/commands/prove.ts';

/** A writable stream that accumulates everything written to it in `text`. */
export class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** The repository root. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** The CLI entry point, to run with `node`. */
export const CLI_PATH = join(REPO_ROOT, 'bin', 'proofseek.js');
/** `execFile` as a promise (rejects on a non-zero exit, with stdout and stderr on the error). */
export const execFileAsync = promisify(execFile);

/** The real backends, with `auto` taken as symbolic (tests never probe for a Lean workspace). */
export const realMakeBackend: MakeBackend = (name, options) =>
  makeBackend(name === 'auto' ? 'symbolic' : name, { tacticTimeoutMs: options.tacticTimeoutMs, allowSmt: options.allowSmt });

/** The miniF2F header, for test files whose statements use `∑` and `Finset`. */
export const MINIF2F_HEADER = 'import Mathlib\n\nset_option maxHeartbeats 0\n\nopen BigOperators Real Nat Topology Rat';

/**
 * A problem on which the symbolic backend's tactics are slow: miniF2F's amc12a_2002_p21 after
 * `intro n h`, where `omega` alone runs until its tactic timeout, so a search spends its whole
 * time limit on it (heuristic and shipped learned proposer alike). Kill tests put it second, so
 * a run killed after its first record is reliably still busy, and Ctrl-C tests interrupt it
 * mid-tactic. Needs `MINIF2F_HEADER` in a .lean file.
 */
export const SLOW_PROBLEM = {
  name: 'slow_omega',
  statement:
    'theorem slow_omega (u : ℕ → ℕ) (h₀ : u 0 = 4) (h₁ : u 1 = 7)\n' +
    '    (h₂ : ∀ n ≥ 2, u (n + 2) = (u n + u (n + 1)) % 10) (n : ℕ)\n' +
    '    (h : (∑ k ∈ Finset.range n, u k) > 10000) : 1999 ≤ n := by sorry',
} as const;

/**
 * Polls `path` every 20 ms until it holds at least one complete line, or `exited()` says the
 * child is gone, or `limitMs` passes; returns the number of complete lines seen last (kill tests
 * then check the run was really cut short: more than zero, fewer than all).
 */
export async function waitForLines(path: string, exited: () => boolean, limitMs = 120_000): Promise<number> {
  const count = async (): Promise<number> => (existsSync(path) ? (await readFile(path, 'utf8')).split('\n').length - 1 : 0);
  for (let waited = 0; waited < limitMs; waited += 20) {
    const lines = await count();
    if (lines > 0 || exited()) return lines;
    await new Promise((r) => setTimeout(r, 20));
  }
  return count();
}
