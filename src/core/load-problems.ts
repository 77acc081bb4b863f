/**
 * Loads problems from a `.lean` file, a directory of `.lean`/`.jsonl` files (recursively, in
 * sorted order), or a JSONL file of `{name, header, statement}` records (the miniF2F format).
 * Input errors are `InputError`s carrying file:line:column.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { InputError } from './errors.ts';
import { splitDeclarations, type RawDeclaration } from './declarations.ts';
import type { Problem } from './problem.ts';

const JsonlRecord = z
  .object({
    name: z.string().min(1),
    header: z.string(),
    statement: z.string().min(1),
    split: z.string().optional(),
    source: z.string().optional(),
    tags: z.record(z.string(), z.string()).optional(),
  })
  .loose();

/** Loads every problem under `path`. @throws InputError when the path is unreadable or malformed. */
export async function loadProblems(path: string): Promise<Problem[]> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new InputError(`cannot read '${path}': ${describeIoError(cause)}`, undefined, { cause });
  });
  if (info.isDirectory()) return loadDirectory(path);
  return loadFile(path);
}

async function loadDirectory(root: string): Promise<Problem[]> {
  const files = (await listFiles(root)).filter((f) => f.endsWith('.lean') || f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new InputError(`no .lean or .jsonl files under '${root}'`);
  const problems: Problem[] = [];
  for (const file of files) {
    const fromFile = await loadFile(file);
    // A directory split such as problems/valid/... tags its problems unless they say otherwise.
    const split = relative(root, file).split(sep).find((part) => part === 'train' || part === 'valid' || part === 'test')
      ?? file.split(sep).find((part) => part === 'train' || part === 'valid' || part === 'test');
    problems.push(...fromFile.map((p) => (split && !p.tags['split'] ? { ...p, tags: { ...p.tags, split } } : p)));
  }
  return problems;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return Promise.resolve(entry.isFile() ? [full] : []);
    }),
  );
  return nested.flat();
}

async function loadFile(file: string): Promise<Problem[]> {
  const bytes = await readFile(file).catch((cause: unknown) => {
    throw new InputError(`cannot read '${file}': ${describeIoError(cause)}`, undefined, { cause });
  });
  const text = decodeText(bytes, file);
  if (file.endsWith('.jsonl')) return parseJsonl(text, file);
  if (file.endsWith('.lean')) return parseLeanFile(text, file);
  throw new InputError(`unsupported file type '${file}': expected a .lean or .jsonl file, or a directory`);
}

/** Strict UTF-8 decoding; binary data (NUL bytes, invalid UTF-8) is an input error, not a parse attempt. */
function decodeText(bytes: Buffer, file: string): string {
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new InputError('not a UTF-8 text file (binary data?)', { file, line: 1, column: 0 }, { cause });
  }
  if (nul !== -1) {
    const before = text.slice(0, text.indexOf('\0'));
    const line = before.split('\n').length;
    throw new InputError('not a text file: NUL byte (binary data?)', { file, line, column: 0 });
  }
  return text.replace(/\r\n/gu, '\n');
}

function parseLeanFile(text: string, file: string): Problem[] {
  const { preamble, declarations } = splitDeclarations(text, file);
  if (declarations.length === 0) {
    throw new InputError('no `theorem`, `lemma` or `example` declaration found', { file, line: 1, column: 0 });
  }
  return declarations.map((d) => toProblem(d, preamble, {}));
}

function parseJsonl(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new InputError(`invalid JSON: ${(cause as Error).message}`, { file, line: lineNumber, column: 0 }, { cause });
    }
    const record = JsonlRecord.safeParse(json);
    if (!record.success) {
      const issue = record.error.issues[0];
      const where = issue && issue.path.length > 0 ? `field '${issue.path.join('.')}'` : 'record';
      throw new InputError(
        `expected a {name, header, statement} record: ${where}: ${issue?.message ?? 'invalid'}`,
        { file, line: lineNumber, column: 0 },
      );
    }
    const { name, header, statement, split, source, tags } = record.data;
    // The statement is laid out from the record's line, so single-line statements get exact positions.
    const { declarations } = splitDeclarations(statement, file, lineNumber);
    const declaration = declarations[0];
    if (declarations.length !== 1 || !declaration) {
      throw new InputError(
        `record '${name}': expected exactly one declaration in 'statement', found ${declarations.length}`,
        { file, line: lineNumber, column: 0 },
      );
    }
    const extraTags = { ...(tags ?? {}), ...(split ? { split } : {}), ...(source ? { source } : {}) };
    problems.push(toProblem({ ...declaration, name: declaration.kind === 'example' ? name : declaration.name }, header, extraTags));
  });
  if (problems.length === 0) throw new InputError('no records in JSONL file', { file, line: 1, column: 0 });
  return problems;
}

function toProblem(d: RawDeclaration, header: string, extraTags: Record<string, string>): Problem {
  return {
    name: d.name,
    kind: d.kind,
    header,
    text: d.text,
    signature: d.signature,
    ...(d.proof === undefined ? {} : { proof: d.proof }),
    position: d.position,
    tags: { ...extraTags, ...d.tags },
  };
}

function describeIoError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return cause instanceof Error ? cause.message : String(cause);
}
