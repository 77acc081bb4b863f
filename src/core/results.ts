/**
 * Result files: one JSON record per line, appended and synced to disk as soon as each result
 * is known, so a crash or Ctrl-C loses at most the line being written — and a line cut short
 * by a crash (no final newline) is dropped when the file is reopened with `resume`. Generic
 * over the record schema so `generate` and `bench` can reuse it; the `prove` record is below.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { InputError } from './errors.ts';

/** One problem's outcome, as `prove` writes it. Extra fields are kept (newer writers may add some). */
export const ResultRecordSchema = z
  .object({
    name: z.string().min(1),
    status: z.enum(['proved', 'failed', 'error']),
    /** The verified tactic script, when proved. */
    proof: z.string().nullable(),
    verifier: z.enum(['symbolic', 'lean']).nullable(),
    verifierVersion: z.string().nullable().optional(),
    /** How the proof was checked: `kernel` (Lean), `certified` or `smt` (symbolic). */
    tier: z.enum(['kernel', 'certified', 'smt']).nullable(),
    expansions: z.number().int().nonnegative(),
    nodes: z.number().int().nonnegative().optional(),
    seconds: z.number().nonnegative(),
    /** Why the search stopped (`proved`, `exhausted`, `expansions`, `time`, `start-error`). */
    stop: z.string().optional(),
    message: z.string().optional(),
    tags: z.record(z.string(), z.string()).optional(),
    timings: z
      .object({ proposerMs: z.number(), backendMs: z.number(), verifyMs: z.number(), overheadMs: z.number(), totalMs: z.number() })
      .optional(),
  })
  .loose();

export type ResultRecord = z.infer<typeof ResultRecordSchema>;

export interface JsonlContents<T> {
  readonly records: T[];
  /** True when the file ended in a partial line (a write cut short), which was ignored. */
  readonly truncatedTail: boolean;
  /** Byte length of the complete lines (where appending may resume). */
  readonly completeBytes: number;
}

/**
 * Reads a JSONL file of records matching `schema`. A missing file reads as empty.
 * @throws InputError (with line number) for a complete line that is not a valid record.
 */
export async function readJsonl<T>(path: string, schema: z.ZodType<T>): Promise<JsonlContents<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], truncatedTail: false, completeBytes: 0 };
    throw new InputError(`cannot read '${path}': ${(cause as Error).message}`, undefined, { cause });
  }
  const lastNewline = bytes.lastIndexOf(0x0a);
  const completeBytes = lastNewline + 1;
  const text = bytes.subarray(0, completeBytes).toString('utf8');
  const records: T[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const position = { file: path, line: index + 1, column: 0 };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new InputError(`not a JSON line: ${(cause as Error).message}`, position, { cause });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`not a valid record: '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid'}`, position);
    }
    records.push(parsed.data);
  });
  return { records, truncatedTail: completeBytes < bytes.length, completeBytes };
}

/** Appends records one line at a time, each synced to disk before `append` resolves. */
export interface JsonlWriter<T> {
  readonly path: string;
  append(record: T): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens `path` for appending records. Without `resume` the file starts empty; with `resume`
 * its valid records are returned and a partial last line is cut off first.
 * @throws InputError when the file cannot be written or (with resume) holds invalid lines.
 */
export async function openJsonlWriter<T>(
  path: string,
  schema: z.ZodType<T>,
  options: { resume: boolean },
): Promise<{ writer: JsonlWriter<T>; existing: T[] }> {
  const existing = options.resume ? await readJsonl(path, schema) : { records: [], truncatedTail: false, completeBytes: 0 };
  let handle: FileHandle;
  try {
    await mkdir(dirname(path), { recursive: true });
    handle = await open(path, options.resume ? 'a+' : 'w');
    if (existing.truncatedTail) await handle.truncate(existing.completeBytes);
  } catch (cause) {
    throw new InputError(`cannot write '${path}': ${(cause as Error).message}`, undefined, { cause });
  }
  // Appends are chained so concurrent callers never interleave bytes within a line.
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const writer: JsonlWriter<T> = {
    path,
    append(record) {
      if (closed) return Promise.reject(new Error(`internal error: append to closed '${path}'`));
      const checked = schema.safeParse(record);
      if (!checked.success) return Promise.reject(new Error(`internal error: invalid record for '${path}'`, { cause: checked.error }));
      const line = `${JSON.stringify(checked.data)}\n`;
      chain = chain.then(async () => {
        await handle.appendFile(line, 'utf8');
        await handle.datasync();
      });
      return chain;
    },
    async close() {
      if (closed) return;
      closed = true;
      await chain.catch(() => undefined);
      await handle.close();
    },
  };
  return { writer, existing: existing.records };
}

/** Opens a `prove` results file; `finished` maps each recorded problem name to its record. */
export async function openResultsFile(
  path: string,
  options: { resume: boolean },
): Promise<{ writer: JsonlWriter<ResultRecord>; finished: ReadonlyMap<string, ResultRecord> }> {
  const { writer, existing } = await openJsonlWriter(path, ResultRecordSchema, options);
  return { writer, finished: new Map(existing.map((r) => [r.name, r])) };
}

/** Reads a `prove` results file. */
export function readResults(path: string): Promise<JsonlContents<ResultRecord>> {
  return readJsonl(path, ResultRecordSchema);
}

/** Counts over a set of records. `proved` = `certified` + `smt` + `kernel`. */
export interface ResultSummary {
  readonly total: number;
  readonly proved: number;
  readonly certified: number;
  readonly smt: number;
  readonly kernel: number;
  readonly failed: number;
  readonly errors: number;
  /** Wall-clock seconds of the run (given by the caller, not summed from records). */
  readonly seconds: number;
}

/** Summarises `records`; `total` counts problems, including any with no record yet. */
export function summarizeResults(records: readonly ResultRecord[], total: number, seconds: number): ResultSummary {
  const count = (test: (r: ResultRecord) => boolean): number => records.filter(test).length;
  return {
    total,
    proved: count((r) => r.status === 'proved'),
    certified: count((r) => r.status === 'proved' && r.tier === 'certified'),
    smt: count((r) => r.status === 'proved' && r.tier === 'smt'),
    kernel: count((r) => r.status === 'proved' && r.tier === 'kernel'),
    failed: count((r) => r.status === 'failed'),
    errors: count((r) => r.status === 'error'),
    seconds: Math.round(seconds * 1000) / 1000,
  };
}
