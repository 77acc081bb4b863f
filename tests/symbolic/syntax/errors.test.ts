import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFailure, parseStatement, parseTerm, type SyntaxFailure } from '../../../src/symbolic/syntax/index.ts';
import { problem } from './helpers.ts';

const position = { file: 'Bad.lean', line: 12, column: 2 };

function failureOf(signature: string): SyntaxFailure {
  const r = parseStatement(problem(signature, { position }));
  if (r.kind !== 'error') throw new Error(`expected an error for ${JSON.stringify(signature)}`);
  return r;
}

/** The shared contract: a one-line `file:line:column: …` message with the construct named. */
function expectOneLine(f: SyntaxFailure): void {
  const line = formatFailure(f);
  expect(line).not.toContain('\n');
  expect(line.startsWith(`Bad.lean:${f.position.line}:${f.position.column}: ${f.stage} error: `)).toBe(true);
  expect(f.construct.length).toBeGreaterThan(0);
}

describe('malformed statements give one structured error with its position', () => {
  it('truncated text', () => {
    const f = failureOf('theorem t (x : ℝ) (h₀ : 0 < x) : x ^ 2 >');
    expectOneLine(f);
    expect([f.stage, f.construct, f.position]).toEqual(['parse', 'end of input', { file: 'Bad.lean', line: 12, column: 2 + 40 }]);
  });

  it('unbalanced parentheses, both ways', () => {
    const open = failureOf('theorem t (x : ℝ) : (x + 1 = 2');
    expectOneLine(open);
    expect(open.message).toContain("expected ')'");
    const close = failureOf('theorem t (x : ℝ) : x + 1) = 2');
    expectOneLine(close);
    expect([close.construct, close.position.column]).toEqual([')', 2 + 25]);
  });

  it('an unknown identifier on a later line', () => {
    const f = failureOf('theorem t (x : ℝ)\n    (h : 0 < x) :\n  foo x = 2');
    expectOneLine(f);
    expect([f.stage, f.construct, f.position]).toEqual(['elaborate', 'foo', { file: 'Bad.lean', line: 14, column: 2 }]);
  });

  it('binary garbage', () => {
    const f = failureOf('\u0089PNG\r\n\u001a\n\u0000\u0000');
    expectOneLine(f);
    expect([f.stage, f.construct, f.position.column]).toEqual(['parse', 'character', 2]);
  });

  it('deep nesting, without exhausting the stack', () => {
    const deep = failureOf(`theorem t : ${'('.repeat(20000)}1${')'.repeat(20000)} = 1`);
    expectOneLine(deep);
    expect(deep.construct).toBe('nesting');
    const long = failureOf(`theorem t : ${Array.from({ length: 5000 }, () => 'x').join(' + ')} = 1`);
    expect(long.construct).toBe('nesting');
    const prefix = failureOf(`theorem t : ${'¬'.repeat(20000)}True`);
    expect(prefix.construct).toBe('nesting');
  });

  it('a missing declaration keyword or statement colon', () => {
    expectOneLine(failureOf('(x : ℝ) : x = x'));
    expectOneLine(failureOf('theorem t (x : ℝ) x = x'));
    expectOneLine(failureOf(''));
  });
});

const TOKENS = [
  'theorem', 't', '(', ')', '{', '}', '[', ']', ':', ',', 'x', 'ℝ', 'ℕ', '→', '∀', '∃', '∑', '∈', '|', '⌊', '⌋',
  '+', '-', '*', '/', '^', '=', '≤', '<', '∧', '¬', '↑', '!', '⁻¹', '.den', '2', '2.5', 'fun', '=>', 'Real.sqrt',
  '≡', '[MOD', 'Finset.range', '--', '/-', '-/', '·', '_', 'π', '\n',
];

describe('fuzzing: never throws, always answers', () => {
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (s) => {
        const r = parseStatement(problem(`theorem t : ${s}`));
        if (r.kind === 'error') expect(formatFailure(r)).not.toContain('\n');
      }),
      { numRuns: 200 },
    );
  });

  it('random sequences of Lean tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (toks) => {
        const text = toks.join(' ');
        const r = parseStatement(problem(text));
        if (r.kind === 'error') expect(formatFailure(r)).not.toContain('\n');
        const t = parseTerm(text, { variables: [], allowUnknownConstants: true });
        expect(['ok', 'error']).toContain(t.kind);
      }),
      { numRuns: 400 },
    );
  });
});
