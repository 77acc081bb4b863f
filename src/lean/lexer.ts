/**
 * A small lexer for Lean 4 source, enough for the audit: identifiers (dotted, `«quoted»`, name
 * literals with backticks), `#commands`, string and character literals, numbers and symbols.
 * Comments (`--`, nested `/- -/`, doc comments) are skipped, so that text inside them can never
 * trigger or hide a finding; strings are kept whole so that `--` inside one is not a comment.
 * Offsets are UTF-16 indices into the text.
 */
import { blockCommentEnd } from '../core/lean-comments.ts';


export type TokenKind = 'ident' | 'hash' | 'string' | 'char' | 'number' | 'symbol';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly offset: number;
}

// Lean's identifier characters: letters (Greek and letter-like symbols included; λ, Π, Σ are
// keywords), `_`, and after the first: digits, `'`, `!`, `?` and sub/superscript letters.
const ID_START = /[\p{L}_]/u;
const ID_REST = /[\p{L}\p{N}_'!?\u2080-\u209C\u1D62-\u1D6A\u2C7C]/u;
const NOT_ID_START = new Set(['λ', 'Π', 'Σ']);
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)/u;
const CHAR_LITERAL = /^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^'\\\n])'/u;

function isIdStart(ch: string | undefined): boolean {
  return ch !== undefined && (ch === '«' || (ID_START.test(ch) && !NOT_ID_START.has(ch)));
}

function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** Tokens of `text`, in order, comments left out. Never throws: unterminated literals run to the end. */
export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i)!;
    if (/\s/u.test(ch)) {
      i += ch.length;
      continue;
    }
    if (text.startsWith('--', i)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline + 1;
      continue;
    }
    if (text.startsWith('/-', i)) {
      i = blockCommentEnd(text, i) ?? text.length;
      continue;
    }
    const start = i;
    if (ch === '"') {
      i = skipString(text, i);
      tokens.push({ kind: 'string', text: text.slice(start, i), offset: start });
      continue;
    }
    if (ch === "'") {
      const literal = CHAR_LITERAL.exec(text.slice(i, i + 16));
      if (literal) {
        i += literal[0].length;
        tokens.push({ kind: 'char', text: literal[0], offset: start });
        continue;
      }
    }
    if (ch === '#' && isIdStart(charAt(text, i + 1))) {
      i = skipIdentifier(text, i + 1);
      tokens.push({ kind: 'hash', text: text.slice(start, i), offset: start });
      continue;
    }
    if (ch === '`') {
      // A name literal (`foo, ``foo) reads as the name it spells; a quotation `( is a symbol.
      let j = i;
      while (text[j] === '`') j += 1;
      if (isIdStart(charAt(text, j))) {
        i = skipIdentifier(text, j);
        tokens.push({ kind: 'ident', text: text.slice(start, i), offset: start });
        continue;
      }
    }
    if (isIdStart(ch)) {
      i = skipIdentifier(text, i);
      const word = text.slice(start, i);
      if (word === 'r' && (text[i] === '"' || text[i] === '#')) {
        const end = skipRawString(text, i);
        if (end !== -1) {
          i = end;
          tokens.push({ kind: 'string', text: text.slice(start, i), offset: start });
          continue;
        }
      }
      tokens.push({ kind: 'ident', text: word, offset: start });
      continue;
    }
    const number = /\d/u.test(ch) ? NUMBER.exec(text.slice(i, i + 64)) : null;
    if (number) {
      i += number[0].length;
      tokens.push({ kind: 'number', text: number[0], offset: start });
      continue;
    }
    const symbol = text.startsWith('@[', i) ? '@[' : text.startsWith(':=', i) ? ':=' : ch;
    i += symbol.length;
    tokens.push({ kind: 'symbol', text: symbol, offset: start });
  }
  return tokens;
}

/** End of a (dotted) identifier starting at `i`. */
function skipIdentifier(text: string, i: number): number {
  for (;;) {
    if (text[i] === '«') {
      const close = text.indexOf('»', i + 1);
      i = close === -1 ? text.length : close + 1;
    } else {
      i += charAt(text, i)!.length;
      for (let ch = charAt(text, i); ch !== undefined && ID_REST.test(ch); ch = charAt(text, i)) i += ch.length;
    }
    if (text[i] === '.' && isIdStart(charAt(text, i + 1))) {
      i += 1;
      continue;
    }
    return i;
  }
}

function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/** After the `r` of a raw string `r"…"` or `r#"…"#`: its end, or -1 if this is no raw string. */
function skipRawString(text: string, i: number): number {
  let hashes = 0;
  while (text[i + hashes] === '#') hashes += 1;
  if (text[i + hashes] !== '"') return -1;
  const close = `"${'#'.repeat(hashes)}`;
  const end = text.indexOf(close, i + hashes + 1);
  return end === -1 ? text.length : end + close.length;
}

/** The components of an identifier token, with `«»` and leading backticks removed: `Lean.«ofReduceBool»` → [Lean, ofReduceBool]. */
export function nameComponents(identifier: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of identifier.replace(/^`+/u, '')) {
    if (ch === '«' && !quoted) quoted = true;
    else if (ch === '»' && quoted) quoted = false;
    else if (ch === '.' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
