/**
 * Memory of a REPL: the resident set size (VmRSS in /proc/<pid>/status) summed over a process and
 * all its descendants, since under `lake env` the REPL is lake's child. Also the parser for
 * `--max-memory` sizes.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.ts';

/**
 * Total RSS in bytes of `pid` and its descendants, or undefined when `pid` is gone or /proc is
 * not available (then no memory cap can be enforced, which the caller must tolerate).
 */
export async function processTreeRssBytes(pid: number): Promise<number | undefined> {
  const root = await rssBytes(pid);
  if (root === undefined) return undefined;
  let total = root;
  const seen = new Set<number>([pid]);
  const frontier = await childrenOf(pid);
  while (frontier.length > 0) {
    const next = frontier.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    total += (await rssBytes(next)) ?? 0;
    frontier.push(...(await childrenOf(next)));
  }
  return total;
}

async function rssBytes(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  if (status === undefined) return undefined;
  const match = /^VmRSS:\s+(\d+)\s+kB$/mu.exec(status);
  // A zombie has no VmRSS line: it holds no memory.
  return match ? Number(match[1]) * 1024 : 0;
}

async function childrenOf(pid: number): Promise<number[]> {
  // /proc/<pid>/task/<pid>/children lists the children of the main thread; the REPL's threads
  // do not fork, so that is all of them.
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text
    .split(/\s+/u)
    .filter((s) => s !== '')
    .map(Number);
}

const UNITS: Record<string, number> = {
  '': 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
};

/**
 * Parses a size such as `8G`, `512MiB`, `1.5g` or `1048576` (bytes) into bytes; units are
 * binary (K = 1024). @throws InputError on anything else.
 */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/iu.exec(text);
  if (!match) throw new InputError(`invalid size '${text}': expected a number with an optional unit K, M, G or T (e.g. 8G)`);
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new InputError(`invalid size '${text}': must be positive`);
  return bytes;
}
