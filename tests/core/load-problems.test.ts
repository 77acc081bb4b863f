import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { loadProblems } from '../../src/core/load-problems.ts';

async function scratch(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'proofseek-load-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

async function loadError(path: string): Promise<InputError> {
  const error = await loadProblems(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const LEAN_FILE = `import Mathlib

open Real Nat

-- tags: topic=algebra difficulty=1
theorem alg_one (x : ℝ) (h₀ : x + 1 = 3) : x = 2 := by sorry

/-- a doc comment -/
theorem alg_two (a b : ℕ) (h : (a, b) = (1, 2)) :
    a + b = 3 := by
  norm_num [h]

example : (2 : ℤ) + 2 = 4 := by
  norm_num
`;

describe('loadProblems from a .lean file', () => {
  it('keeps header, exact text, signature, proof, position and tags', async () => {
    const dir = await scratch({ 'p.lean': LEAN_FILE });
    const problems = await loadProblems(join(dir, 'p.lean'));
    expect(problems.map((p) => p.name)).toEqual(['alg_one', 'alg_two', 'example_13']);
    const [one, two, three] = problems;
    expect(one!.header).toBe('import Mathlib\n\nopen Real Nat');
    expect(one!.signature).toBe('theorem alg_one (x : ℝ) (h₀ : x + 1 = 3) : x = 2');
    expect(one!.proof).toBeUndefined();
    expect(one!.position).toEqual({ file: join(dir, 'p.lean'), line: 6, column: 0 });
    expect(one!.tags).toEqual({ topic: 'algebra', difficulty: '1' });
    expect(two!.text).toBe('theorem alg_two (a b : ℕ) (h : (a, b) = (1, 2)) :\n    a + b = 3 := by\n  norm_num [h]');
    expect(two!.proof).toBe('by\n  norm_num [h]');
    expect(two!.tags).toEqual({});
    expect(three!.kind).toBe('example');
    expect(three!.signature).toBe('example : (2 : ℤ) + 2 = 4');
  });

  it('tags problems in a train/valid directory with their split', async () => {
    const dir = await scratch({ 'valid/a.lean': LEAN_FILE, 'train/b.lean': LEAN_FILE.replaceAll('alg_', 'tr_') });
    const problems = await loadProblems(dir);
    expect(problems).toHaveLength(6);
    expect(problems.filter((p) => p.tags['split'] === 'valid').map((p) => p.name)).toContain('alg_one');
    expect(problems.filter((p) => p.tags['split'] === 'train').map((p) => p.name)).toContain('tr_one');
  });
});

describe('loadProblems from JSONL', () => {
  it('reads {name, header, statement} records with their line', async () => {
    const record = (name: string) =>
      JSON.stringify({ name, header: 'import Mathlib', statement: `theorem ${name} (x : ℝ) : x = x := by`, source: 'algebra' });
    const dir = await scratch({ 'set.jsonl': `${record('a')}\n\n${record('b')}\n` });
    const problems = await loadProblems(join(dir, 'set.jsonl'));
    expect(problems.map((p) => [p.name, p.position.line, p.tags['source']])).toEqual([
      ['a', 1, 'algebra'],
      ['b', 3, 'algebra'],
    ]);
    expect(problems[0]!.proof).toBeUndefined();
  });

  it('loads the whole miniF2F valid split when ../shared is present', async (ctx) => {
    const path = join(import.meta.dirname, '../../../shared/benchmarks/minif2f/valid.jsonl');
    if (!existsSync(path)) {
      console.log(`skipped: ${path} is absent`);
      ctx.skip();
    }
    const problems = await loadProblems(path);
    expect(problems).toHaveLength(244);
    expect(new Set(problems.map((p) => p.name)).size).toBe(244);
    expect(problems.every((p) => p.signature.startsWith('theorem '))).toBe(true);
  });
});

describe('malformed input gets one-line errors with file:line:column', () => {
  it('truncated file: a declaration with no :=', async () => {
    const dir = await scratch({ 't.lean': 'import Mathlib\n\ntheorem cut (x : ℝ) : x =' });
    expect((await loadError(join(dir, 't.lean'))).format()).toBe(
      `${join(dir, 't.lean')}:3:0: declaration 'cut' has no \`:=\`: the text ends before its proof (truncated?)`,
    );
  });

  it('unbalanced parentheses point at the bracket', async () => {
    const dir = await scratch({ 'u.lean': 'theorem u (x : ℝ)) : x = x := by sorry\n' });
    expect((await loadError(join(dir, 'u.lean'))).format()).toBe(`${join(dir, 'u.lean')}:1:17: unbalanced ')'`);
    const dir2 = await scratch({ 'v.lean': 'theorem v (x : ℝ\n  (h : 0 < x) : x = x := by sorry\n' });
    expect((await loadError(join(dir2, 'v.lean'))).format()).toBe(`${join(dir2, 'v.lean')}:1:10: unclosed '('`);
  });

  it('binary garbage is refused as not text', async () => {
    const dir = await scratch({ 'g.lean': Buffer.from([0x74, 0x68, 0x00, 0xff, 0xfe, 0x01]) });
    expect((await loadError(join(dir, 'g.lean'))).format()).toMatch(/g\.lean:1:0: not a (UTF-8 )?text file/u);
  });

  it('bad JSON and bad records name the line', async () => {
    const dir = await scratch({ 'b.jsonl': '{"name": "a", "header": "", "statement": "theorem a : True := by"}\n{oops\n' });
    expect((await loadError(join(dir, 'b.jsonl'))).format()).toMatch(/b\.jsonl:2:0: invalid JSON/u);
    const dir2 = await scratch({ 'c.jsonl': '{"name": "a", "statement": "theorem a : True := by"}\n' });
    expect((await loadError(join(dir2, 'c.jsonl'))).format()).toMatch(/c\.jsonl:1:0: expected a \{name, header, statement\} record: field 'header'/u);
  });

  it('a missing path and a file with no declarations', async () => {
    expect((await loadError('/nonexistent/x.lean')).format()).toBe("cannot read '/nonexistent/x.lean': no such file or directory");
    const dir = await scratch({ 'e.lean': 'import Mathlib\n' });
    expect((await loadError(join(dir, 'e.lean'))).format()).toMatch(/e\.lean:1:0: no `theorem`/u);
  });
});
