import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/cli/commands/parse.ts';

const root = join(import.meta.dirname, '../..');
const minif2f = join(root, '../shared/benchmarks/minif2f/valid.jsonl');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(root, 'bin/proofseek.js'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('proofseek parse', () => {
  it('every problem of the project elaborates', async () => {
    const report = await parseReport(join(root, 'problems'));
    expect(report.failures).toEqual([]);
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.elaborated).toBe(report.total);
  });

  it('parses >= 95% and elaborates >= 70% of miniF2F valid', async (ctx) => {
    if (!existsSync(minif2f)) {
      console.log(`skipped: ${minif2f} is absent`);
      ctx.skip();
    }
    const { stdout, code } = await cli(['parse', minif2f, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { total: number; parsed: number; elaborated: number; failures: { construct: string }[] };
    expect(report.total).toBe(244);
    expect(report.parsed / report.total).toBeGreaterThanOrEqual(0.95);
    expect(report.elaborated / report.total).toBeGreaterThanOrEqual(0.7);
    expect(report.failures).toHaveLength(report.total - report.elaborated);
    expect(report.failures.every((f) => f.construct.length > 0)).toBe(true);
  });

  it('reports statement failures with position and exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'proofseek-parse-'));
    const file = join(dir, 'p.lean');
    await writeFile(file, 'import Mathlib\n\ntheorem ok1 (x : ℝ) : x = x := by sorry\n\ntheorem bad (x : ℝ) : foo x = x := by sorry\n');
    const { code, stdout } = await cli(['parse', file]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${file}:5:`);
    expect(stdout).toMatch(/bad: elaborate error \[foo\]/u);
    expect(stdout).toMatch(/total 2 {2}parsed 2 \(100\.0%\) {2}elaborated 1 \(50\.0%\)/u);
  });

  it('unreadable or malformed input: one line on stderr, exit 2, no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'proofseek-parse-'));
    const cases: [string, string | Buffer, RegExp][] = [
      ['truncated.lean', 'theorem t (x : ℝ) : x =', /truncated\.lean:1:0: declaration 't' has no `:=`/u],
      ['unbalanced.lean', 'theorem u (x : ℝ) : (x + 1 = x := by sorry', /unbalanced\.lean:1:20: unclosed '\('/u],
      ['garbage.lean', Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff]), /garbage\.lean:1:0: not a (UTF-8 )?text file/u],
    ];
    for (const [name, content, pattern] of cases) {
      await writeFile(join(dir, name), content);
      const { code, stderr } = await cli(['parse', join(dir, name)]);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(pattern);
      expect(stderr).not.toMatch(/\n\s+at /u);
    }
    const missing = await cli(['parse', join(dir, 'missing.lean')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.lean': no such file or directory/u);
  });

  it('an unknown identifier inside a statement is a positioned failure, not a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'proofseek-parse-'));
    await writeFile(join(dir, 'u.lean'), 'theorem u (x : ℝ) :\n  x + mystery = 0 := by sorry\n');
    const report = await parseReport(join(dir, 'u.lean'));
    expect(report.failures).toEqual([
      expect.objectContaining({ name: 'u', stage: 'elaborate', construct: 'mystery', position: { file: join(dir, 'u.lean'), line: 2, column: 6 } }),
    ]);
  });
});
