/**
 * Lean 4 tokens for the statement fragment: identifiers (with Lean's letter-like Unicode
 * ranges, subscripts, `!`/`?`/`'` inside names, dotted names), numerals and decimals,
 * symbols by longest match, comments skipped. Positions are code-point offsets.
 */
import { Abort } from './source.ts';

export type TokenKind = 'ident' | 'keyword' | 'num' | 'sym' | 'field' | 'fieldIdx' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** For `field`/`fieldIdx`: the name or index without the dot. */
  readonly text: string;
  readonly pos: number;
  readonly end: number;
  /** Whether whitespace or a comment comes right before (Lean's `noWs` checks). */
  readonly spaceBefore: boolean;
}

/** Lean keywords that can never be identifiers. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'fun',
  'theorem',
  'lemma',
  'example',
  'in',
  'if',
  'then',
  'else',
  'by',
  'have',
  'show',
  'from',
  'let',
  'match',
  'with',
  'do',
  'at',
  'def',
  'where',
]);

/** Symbols, longest first within a shared prefix (the matcher tries every length). */
const SYMBOLS: readonly string[] = [
  ':=',
  '→',
  '->',
  '↔',
  '<->',
  '=>',
  '↦',
  '≤',
  '<=',
  '≥',
  '>=',
  '≠',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '∣',
  '|',
  '∧',
  '/\\',
  '∨',
  '\\/',
  '¬',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '⦃',
  '⦄',
  '⟨',
  '⟩',
  ',',
  ':',
  '↑',
  '√',
  '⌊',
  '⌋₊',
  '⌋',
  '⌈',
  '⌉₊',
  '⌉',
  '!',
  "⁻¹'",
  '⁻¹',
  "''",
  '∈',
  '∉',
  '∩',
  '∪',
  '\\',
  '⊆',
  '⊂',
  '×ˢ',
  '×',
  '∘',
  '·',
  '•',
  '≡',
  '∅',
  '∀',
  '∃!',
  '∃',
  '∑',
  '∏',
  '@',
  '$',
  '<|',
  '|>',
  '←',
  '⊢',
  'λ',
  ';',
  '#',
  '∞',
  '∫',
  '∂',
  '≈',
  '∆',
  '?',
  '.',
];
const MAX_SYMBOL_LENGTH = 3;
const SYMBOL_SET: ReadonlySet<string> = new Set(SYMBOLS);

function cp(ch: string | undefined): number {
  return ch === undefined ? -1 : (ch.codePointAt(0) ?? -1);
}

/** Lean's `isLetterLike`: Greek (but λ, Π, Σ), Coptic, letter-like symbols (ℕ ℝ …), math alphanumerics (𝓝). */
function isLetterLike(c: number): boolean {
  return (
    (0x3b1 <= c && c <= 0x3c9 && c !== 0x3bb) ||
    (0x391 <= c && c <= 0x3a9 && c !== 0x3a0 && c !== 0x3a3) ||
    (0x3ca <= c && c <= 0x3fb) ||
    (0x1f00 <= c && c <= 0x1ffe) ||
    (0x2100 <= c && c <= 0x214f) ||
    (0x1d49c <= c && c <= 0x1d59f)
  );
}

/** Lean's `isSubScriptAlnum`: ₀…₉, ₐ…ₜ, ᵢ…ᵪ, ⱼ. */
function isSubscriptAlnum(c: number): boolean {
  return (0x2080 <= c && c <= 0x2089) || (0x2090 <= c && c <= 0x209c) || (0x1d62 <= c && c <= 0x1d6a) || c === 0x2c7c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isIdStart(ch: string | undefined): boolean {
  const c = cp(ch);
  return isAsciiLetter(c) || c === 95 /* _ */ || isLetterLike(c) || c === 0xab /* « */;
}

function isIdRest(ch: string | undefined): boolean {
  const c = cp(ch);
  return (
    isAsciiLetter(c) ||
    isDigit(c) ||
    c === 95 ||
    c === 39 /* ' */ ||
    c === 33 /* ! */ ||
    c === 63 /* ? */ ||
    isLetterLike(c) ||
    isSubscriptAlnum(c)
  );
}

/** Whether `name` lexes as a single plain identifier (used by the printer to keep names re-readable). */
export function isPlainIdent(name: string): boolean {
  const cps = Array.from(name);
  if (cps.length === 0 || !isIdStart(cps[0]) || cps[0] === '«') return false;
  if (KEYWORDS.has(name)) return false;
  return cps.every((c, i) => i === 0 || isIdRest(c));
}

/**
 * Splits `cps` (the text's code points) into tokens, ending with one `eof` token.
 * Fails with a parse `Abort` on a character Lean would reject or an unterminated comment.
 */
export function tokenize(cps: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = cps.length;
  while (true) {
    const start = i;
    i = skipTrivia(cps, i);
    const spaceBefore = i > start || i === 0;
    if (i >= n) {
      tokens.push({ kind: 'eof', text: '', pos: n, end: n, spaceBefore });
      return tokens;
    }
    const ch = cps[i];
    const c = cp(ch);
    if (isIdStart(ch)) {
      const end = scanIdent(cps, i);
      const text = identText(cps.slice(i, end).join(''));
      tokens.push({ kind: KEYWORDS.has(text) ? 'keyword' : 'ident', text, pos: i, end, spaceBefore });
      i = end;
      continue;
    }
    if (isDigit(c)) {
      const end = scanNumber(cps, i);
      tokens.push({ kind: 'num', text: cps.slice(i, end).join(''), pos: i, end, spaceBefore });
      i = end;
      continue;
    }
    if (ch === '.' && !spaceBefore && tokens.length > 0) {
      if (isIdStart(cps[i + 1])) {
        const end = scanIdentPart(cps, i + 1);
        tokens.push({ kind: 'field', text: cps.slice(i + 1, end).join(''), pos: i, end, spaceBefore });
        i = end;
        continue;
      }
      if (isDigit(cp(cps[i + 1]))) {
        let end = i + 1;
        while (end < n && isDigit(cp(cps[end]))) end++;
        tokens.push({ kind: 'fieldIdx', text: cps.slice(i + 1, end).join(''), pos: i, end, spaceBefore });
        i = end;
        continue;
      }
    }
    if (ch === '[') {
      // Lean's `[MOD n]` notation tokens are `" [MOD "` and `" [ZMOD "`: one token each.
      const word = cps[i + 1] === 'M' ? 'MOD' : cps[i + 1] === 'Z' ? 'ZMOD' : '';
      if (word !== '' && cps.slice(i + 1, i + 1 + word.length).join('') === word && !isIdRest(cps[i + 1 + word.length])) {
        const end = i + 1 + word.length;
        tokens.push({ kind: 'sym', text: `[${word}`, pos: i, end, spaceBefore });
        i = end;
        continue;
      }
    }
    let matched = '';
    for (let len = Math.min(MAX_SYMBOL_LENGTH, n - i); len >= 1; len--) {
      const candidate = cps.slice(i, i + len).join('');
      if (SYMBOL_SET.has(candidate)) {
        matched = candidate;
        break;
      }
    }
    if (matched === '') {
      const code = c.toString(16).toUpperCase().padStart(4, '0');
      const printable = c >= 0x20 && !(c >= 0x7f && c <= 0x9f);
      const shown = printable ? `'${ch ?? ''}' ` : '';
      throw new Abort('parse', 'character', `unexpected character ${shown}(U+${code})`, i);
    }
    const len = Array.from(matched).length;
    tokens.push({ kind: 'sym', text: matched, pos: i, end: i + len, spaceBefore });
    i += len;
  }
}

function skipTrivia(cps: readonly string[], i: number): number {
  const n = cps.length;
  while (i < n) {
    const ch = cps[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '-' && cps[i + 1] === '-') {
      while (i < n && cps[i] !== '\n') i++;
    } else if (ch === '/' && cps[i + 1] === '-') {
      const start = i;
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (cps[i] === '/' && cps[i + 1] === '-') {
          depth++;
          i += 2;
        } else if (cps[i] === '-' && cps[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) throw new Abort('parse', 'comment', 'unterminated comment', start);
    } else break;
  }
  return i;
}

/** The name an identifier token denotes: `«…»` escapes removed (`«x y»` is the name `x y`). */
function identText(raw: string): string {
  return raw.includes('«') ? raw.replace(/«([^»]*)»/g, '$1') : raw;
}

/** One dot-free part of an identifier, starting at an id-start character. */
function scanIdentPart(cps: readonly string[], i: number): number {
  if (cps[i] === '«') {
    let j = i + 1;
    while (j < cps.length && cps[j] !== '»' && cps[j] !== '\n') j++;
    if (cps[j] !== '»') throw new Abort('parse', 'identifier', 'unterminated «identifier»', i);
    return j + 1;
  }
  let j = i + 1;
  while (j < cps.length && isIdRest(cps[j])) j++;
  return j;
}

function scanIdent(cps: readonly string[], i: number): number {
  let end = scanIdentPart(cps, i);
  while (cps[end] === '.' && isIdStart(cps[end + 1])) end = scanIdentPart(cps, end + 1);
  return end;
}

function scanNumber(cps: readonly string[], i: number): number {
  const n = cps.length;
  const c1 = cps[i + 1];
  if (cps[i] === '0' && (c1 === 'x' || c1 === 'X' || c1 === 'b' || c1 === 'B' || c1 === 'o' || c1 === 'O')) {
    const digitOk =
      c1 === 'x' || c1 === 'X'
        ? (ch: string | undefined) => /^[0-9a-fA-F]$/.test(ch ?? '')
        : c1 === 'b' || c1 === 'B'
          ? (ch: string | undefined) => ch === '0' || ch === '1'
          : (ch: string | undefined) => /^[0-7]$/.test(ch ?? '');
    let j = i + 2;
    while (j < n && digitOk(cps[j])) j++;
    if (j === i + 2) throw new Abort('parse', 'numeral', 'numeral prefix without digits', i);
    return j;
  }
  let j = i;
  while (j < n && isDigit(cp(cps[j]))) j++;
  if (cps[j] === '.' && isDigit(cp(cps[j + 1]))) {
    j++;
    while (j < n && isDigit(cp(cps[j]))) j++;
  }
  const signed = cps[j + 1] === '-' || cps[j + 1] === '+';
  if ((cps[j] === 'e' || cps[j] === 'E') && isDigit(cp(cps[j + (signed ? 2 : 1)]))) {
    j += signed ? 2 : 1;
    while (j < n && isDigit(cp(cps[j]))) j++;
  }
  return j;
}
