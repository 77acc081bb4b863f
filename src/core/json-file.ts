/**
 * Whole-file JSON reads for the run files a command resumes from (a bench run's `bench.json`,
 * an iterate run's settings and round checkpoints): a missing file reads as `undefined` (no run
 * there yet); an unreadable, non-JSON or invalid one is a one-line `InputError`, at
 * `file:1:0` when the content is at fault. JSON-lines files have their own reader
 * (`readJsonl` in results.ts, which also drops a line torn by a crash).
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { InputError } from './errors.ts';

/** How a caller words its errors (each file kind keeps the messages its users already see). */
export interface JsonFileMessages {
  /** Prefix of the JSON syntax error, e.g. `not JSON`. */
  readonly notJson: string;
  /** The message for JSON that fails the schema, from its first issue. */
  readonly invalid: (issue: z.core.$ZodIssue | undefined) => string;
}

/** The parsed JSON of `path`; undefined when the file does not exist. @throws InputError */
export async function readJsonFile(path: string, notJson: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read '${path}': ${(cause as Error).message}`, undefined, { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new InputError(`${notJson}: ${(cause as Error).message}`, { file: path, line: 1, column: 0 }, { cause });
  }
}

/** `readJsonFile`, then validated by `schema`. @throws InputError */
export async function readJsonFileAs<T>(path: string, schema: z.ZodType<T>, messages: JsonFileMessages): Promise<T | undefined> {
  const json = await readJsonFile(path, messages.notJson);
  if (json === undefined) return undefined;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InputError(messages.invalid(parsed.error.issues[0]), { file: path, line: 1, column: 0 });
  return parsed.data;
}
