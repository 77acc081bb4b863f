/**
 * The hashes a manifest records, so a data set can be traced to exactly what made it: the
 * problem set (names, headers and texts, in name order, so file order does not matter) and
 * the proposer configuration (its name plus the bytes of every file it was built from, and the
 * settings that shape its output).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../core/problem.ts';
import { sha256 } from './normalise.ts';

export function hashProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sha256(JSON.stringify(sorted.map((p) => [p.name, p.header, p.text])));
}

/**
 * sha256 over the proposer's name, the files (or directories, recursively) it reads and, for
 * proposers whose output depends on more than files (hf's prompt, an http server's model and
 * sampling settings), those `settings`. Without settings the hash is what it always was.
 */
export async function hashProposerConfig(name: string, paths: readonly string[], settings?: Readonly<Record<string, unknown>>): Promise<string> {
  const parts: string[] = [name];
  for (const path of paths) for (const file of await filesUnder(path)) parts.push(file.relative, await sha256OfFile(file.absolute));
  if (settings !== undefined) parts.push('settings', JSON.stringify(settings));
  return sha256(JSON.stringify(parts));
}

/** sha256 (hex) of a file's bytes, streamed: an hf model's ONNX weights can be gigabytes. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function filesUnder(path: string, prefix = ''): Promise<{ absolute: string; relative: string }[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [{ absolute: path, relative: prefix || path.split('/').at(-1)! }];
  const names = (await readdir(path)).sort();
  const files: { absolute: string; relative: string }[] = [];
  for (const name of names) files.push(...(await filesUnder(join(path, name), prefix ? `${prefix}/${name}` : name)));
  return files;
}
