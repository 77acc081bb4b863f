/**
 * What the CLI tests share: a stream that keeps what is written to it (a command's stdout or
 * stderr, read back as text), the paths to run the real CLI in a child process, and a
 * `MakeBackend` over the real backends.
 */
import { execFile } from 'node:child_process';
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
