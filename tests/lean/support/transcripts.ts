/**
 * The recorded REPL transcripts in ../shared/fixtures/lean-repl (real Lean output, see INDEX.md
 * there) and how to start the replay fixture on one of them through the real client.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWire, type Request } from '../../../src/lean/protocol.ts';
import type { ReplCommand } from '../../../src/lean/spawn.ts';
import { readQueries } from './repl-input.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = resolve(REPO_ROOT, '../shared/fixtures/lean-repl');
export const FIXTURES_PRESENT = existsSync(join(FIXTURES, 'INDEX.md'));
const REPLAY_SCRIPT = join(REPO_ROOT, 'tests/lean/replay-repl.ts');

export interface TranscriptPair {
  /** Path under the fixture root without extension, e.g. `test/Mathlib/test/exact`. */
  readonly name: string;
  /** Absolute path without extension. */
  readonly base: string;
}

/** Every `X.in` with an `X.expected.out`, in the order upstream's test.sh runs them (C collation). */
export function transcriptPairs(): TranscriptPair[] {
  const pairs: TranscriptPair[] = [];
  for (const dir of ['test', 'test/Mathlib/test']) {
    const full = join(FIXTURES, dir);
    const names = readdirSync(full)
      .filter((f) => f.endsWith('.in'))
      .map((f) => f.slice(0, -'.in'.length))
      .filter((b) => existsSync(join(full, `${b}.expected.out`)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const b of names) pairs.push({ name: relative(FIXTURES, join(full, b)), base: join(full, b) });
  }
  return pairs;
}

export function transcript(name: string): TranscriptPair {
  return { name, base: join(FIXTURES, name) };
}

/** The recorded requests of a transcript, as the REPL read them (comment blocks left out). */
export function recordedRequests(pair: TranscriptPair): Request[] {
  return readQueries(readFileSync(`${pair.base}.in`, 'utf8'))
    .filter((q) => q.kind === 'json')
    .map((q) => {
      const request = classifyWire(JSON.parse(q.text));
      if (!request) throw new Error(`${pair.name}.in: a request the REPL would reject: ${q.text}`);
      return request;
    });
}

/** The recorded responses of a transcript, each exactly as Lean printed it (without the blank line). */
export function recordedResponses(pair: TranscriptPair): string[] {
  return readFileSync(`${pair.base}.expected.out`, 'utf8')
    .split('\n\n')
    .filter((chunk) => chunk.trim() !== '');
}

export interface ReplayModes {
  /** Die (exit 1) half-way through writing the n-th response (1-based). */
  readonly dieAt?: number;
  /** Never answer the n-th request. */
  readonly hangAt?: number;
  /** At the n-th request, allocate `growMb` MiB, touch it, and never answer. */
  readonly growAt?: number;
  readonly growMb?: number;
  /** Apply the modes only while this file does not exist (it is created when one fires). */
  readonly once?: string;
}

/** The command that starts the replay REPL on `pair`: node running the fixture through tsx. */
export function replayCommand(pair: TranscriptPair, modes: ReplayModes = {}): ReplCommand {
  const args = ['--import', 'tsx', REPLAY_SCRIPT, pair.base];
  if (modes.dieAt !== undefined) args.push('--die-at', String(modes.dieAt));
  if (modes.hangAt !== undefined) args.push('--hang-at', String(modes.hangAt));
  if (modes.growAt !== undefined) args.push('--grow-at', String(modes.growAt), '--grow-mb', String(modes.growMb ?? 256));
  if (modes.once !== undefined) args.push('--once', modes.once);
  return { file: process.execPath, args, cwd: REPO_ROOT };
}
