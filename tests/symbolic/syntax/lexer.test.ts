import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/symbolic/syntax/lexer.ts';
import { Abort } from '../../../src/symbolic/syntax/source.ts';

const lex = (s: string): Token[] => tokenize(Array.from(s));
const kinds = (s: string): string[] => lex(s).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('reads Lean identifiers: subscripts, primes, dotted names, letter-like symbols', () => {
    expect(kinds("h₀ x' Real.sqrt ℝ π 𝓝 n!")).toEqual([
      'ident:h₀',
      "ident:x'",
      'ident:Real.sqrt',
      'ident:ℝ',
      'ident:π',
      'ident:𝓝',
      'ident:n!',
      'eof:',
    ]);
  });

  it('keeps a numeral and a following ! apart (5! is factorial notation), but n! is one name', () => {
    expect(kinds('5! n!')).toEqual(['num:5', 'sym:!', 'ident:n!', 'eof:']);
  });

  it('reads decimals, and projections after a closing parenthesis or a name', () => {
    expect(kinds('2.5 (t 1).den σ.1')).toEqual([
      'num:2.5',
      'sym:(',
      'ident:t',
      'num:1',
      'sym:)',
      'field:den',
      'ident:σ',
      'fieldIdx:1',
      'eof:',
    ]);
  });

  it('prefers the longest symbol and reads [MOD as one token', () => {
    expect(kinds("∃! ⁻¹' ⁻¹ ⌋₊ <-> a ≡ b [MOD n]")).toEqual([
      'sym:∃!',
      "sym:⁻¹'",
      'sym:⁻¹',
      'sym:⌋₊',
      'sym:<->',
      'ident:a',
      'sym:≡',
      'ident:b',
      'sym:[MOD',
      'ident:n',
      'sym:]',
      'eof:',
    ]);
  });

  it('skips line and nested block comments', () => {
    expect(kinds('a -- note\n /- x /- y -/ z -/ b')).toEqual(['ident:a', 'ident:b', 'eof:']);
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const toks = lex('𝓝 x');
    expect(toks[0]).toMatchObject({ pos: 0, end: 1 });
    expect(toks[1]).toMatchObject({ pos: 2, end: 3 });
  });

  it('rejects control characters and unterminated comments with a position', () => {
    const bad = (s: string): Abort => {
      try {
        lex(s);
      } catch (e) {
        if (e instanceof Abort) return e;
        throw e;
      }
      throw new Error('expected a lexical error');
    };
    expect(bad('a \u0000').offset).toBe(2);
    expect(bad('a \u0000').message).toContain('U+0000');
    expect(bad('x /- open').offset).toBe(2);
  });

  it('marks keywords, which can never be names', () => {
    expect(kinds('fun in theorem')).toEqual(['keyword:fun', 'keyword:in', 'keyword:theorem', 'eof:']);
  });
});
