/**
 * The miniF2F valid split (../shared/benchmarks/minif2f/valid.jsonl): parse and elaboration
 * rates, exact round trip of every elaborated statement, and speed. Skipped, with a message,
 * when ../shared is not there.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/problem.ts';
import {
  elaborate,
  formatFailure,
  parseStatement,
  parseSurface,
  printStatement,
  type Statement,
} from '../../../src/symbolic/syntax/index.ts';
import { json } from './helpers.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/benchmarks/minif2f/valid.jsonl', import.meta.url));
const present = existsSync(CORPUS);
if (!present) console.warn(`miniF2F corpus not found at ${CORPUS}: skipping the corpus tests`);

function loadProblems(): Problem[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const r = JSON.parse(line) as { name: string; header: string; statement: string };
      return {
        name: r.name,
        kind: 'theorem',
        header: r.header,
        text: r.statement,
        signature: r.statement.replace(/:=\s*by\s*$/, '').trim(),
        position: { file: 'valid.jsonl', line: i + 1, column: 0 },
        tags: { source: 'minif2f' },
      } satisfies Problem;
    });
}

describe.skipIf(!present)('miniF2F valid split', () => {
  const problems = present ? loadProblems() : [];

  it('parses ≥ 95% and elaborates ≥ 70% of the statements, quickly', () => {
    const start = performance.now();
    let parsed = 0;
    const statements: Statement[] = [];
    const failures = new Map<string, string[]>();
    for (const p of problems) {
      const surface = parseSurface(p);
      if (surface.kind === 'error') {
        failures.set(`parse: ${surface.construct}`, [...(failures.get(`parse: ${surface.construct}`) ?? []), p.name]);
        continue;
      }
      parsed++;
      const r = elaborate(surface.surface);
      if (r.kind === 'ok') statements.push(r.statement);
      else failures.set(r.construct, [...(failures.get(r.construct) ?? []), p.name]);
    }
    const ms = performance.now() - start;
    const total = problems.length;
    const pct = (k: number): string => `${((100 * k) / total).toFixed(1)}%`;
    console.log(
      `miniF2F valid: ${total} statements, parsed ${parsed} (${pct(parsed)}), elaborated ${statements.length} (${pct(statements.length)}) in ${ms.toFixed(0)} ms`,
    );
    for (const [construct, names] of [...failures].sort((a, b) => b[1].length - a[1].length))
      console.log(`  not elaborated (${construct}): ${names.join(', ')}`);
    expect(total).toBe(244);
    expect(parsed / total).toBeGreaterThanOrEqual(0.95);
    expect(statements.length / total).toBeGreaterThanOrEqual(0.7);
    expect(ms).toBeLessThan(1000);
  });

  it('round-trips every elaborated statement exactly through the printer', () => {
    let checked = 0;
    for (const p of problems) {
      const r = parseStatement(p);
      if (r.kind !== 'ok') continue;
      const printed = printStatement(r.statement);
      const again = parseStatement({ ...p, signature: printed });
      if (again.kind === 'error') throw new Error(`${p.name}: ${formatFailure(again)}\n  ${printed}`);
      expect(json(again.statement), `${p.name}: ${printed}`).toBe(json(r.statement));
      checked++;
    }
    expect(checked).toBeGreaterThan(170);
  });

  it('keeps the statements whose meaning depends on Lean’s coercion rules', () => {
    const byName = new Map(problems.map((p) => [p.name, p]));
    const printed = (name: string): string => {
      const p = byName.get(name);
      if (p === undefined) throw new Error(`missing ${name}`);
      const r = parseStatement(p);
      if (r.kind === 'error') throw new Error(formatFailure(r));
      return printStatement(r.statement);
    };
    // `8 ^ (1 / 3)`: the exponent is ℕ division, so it is 8 ^ 0.
    expect(printed('mathd_algebra_282')).toContain('f (8 ^ (1 / 3))');
    // ℕ subtraction written to avoid truncation stays ℕ subtraction.
    expect(printed('amc12b_2002_p3')).toContain('Nat.Prime (n ^ 2 + 2 - 3 * n)');
    // `↑m.den + m.num`: the ℕ denominator is cast to ℤ, the type of the numerator.
    expect(printed('aimeI_2000_p7')).toContain('(↑(Rat.den m) : ℤ) + Rat.num m = 5');
  });

  it('never throws on mutated statements, and round-trips those that still elaborate', () => {
    const words = [...new Set(problems.flatMap((p) => p.signature.split(/\s+/)))];
    fc.assert(
      fc.property(
        fc.constantFrom(...problems),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...words)), { minLength: 1, maxLength: 3 }),
        (p, mutations) => {
          const parts = p.signature.split(/(\s+)/);
          for (const [at, how, word] of mutations) {
            const i = at % parts.length;
            if (how === 0) parts.splice(i, 1);
            else if (how === 1) parts.splice(i, 0, ' ', word, ' ');
            else parts[i] = word;
          }
          const r = parseStatement({ ...p, signature: parts.join('') });
          if (r.kind === 'error') return;
          const printed = printStatement(r.statement);
          const again = parseStatement({ ...p, signature: printed });
          expect(again.kind === 'ok' && json(again.statement), printed).toBe(json(r.statement));
        },
      ),
      { numRuns: 400 },
    );
  });
});
