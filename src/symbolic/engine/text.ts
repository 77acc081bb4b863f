/**
 * Lexical helpers over tactic source text: spans into one shared string, columns in code
 * points (as Lean counts), comment and bracket aware scanning. Everything here is total: a
 * malformed text gives `undefined` or an error value, never an exception.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into `src.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The whole text being parsed, with a line-start table for columns. */
export class Source {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** 1-based line of offset `i`. */
  line(i: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based column of offset `i` in code points. */
  column(i: number): number {
    const start = this.lineStarts[this.line(i) - 1] ?? 0;
    let col = 0;
    for (let j = start; j < i; j++) {
      const c = this.text.charCodeAt(j);
      // A surrogate pair is one code point: count only its high half.
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  /** Whether only whitespace precedes offset `i` on its line. */
  firstOnLine(i: number): boolean {
    const start = this.lineStarts[this.line(i) - 1] ?? 0;
    return /^[ \t]*$/.test(this.text.slice(start, i));
  }

  where(i: number): string {
    return `${this.line(i)}:${this.column(i)}`;
  }
}

const OPEN: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '⟨': '⟩', '⦃': '⦄' };
const CLOSE: ReadonlySet<string> = new Set(Object.values(OPEN));

export function isOpen(ch: string): boolean {
  return ch in OPEN;
}

export function isClose(ch: string): boolean {
  return CLOSE.has(ch);
}

export function closerOf(ch: string): string | undefined {
  return OPEN[ch];
}

/** Offset after a comment starting at `i` (`--` to end of line, nested `/- -/`), or `i` if none. */
export function skipComment(text: string, i: number): number {
  if (text.startsWith('--', i)) {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
  }
  if (text.startsWith('/-', i)) {
    let depth = 0;
    let j = i;
    while (j < text.length) {
      if (text.startsWith('/-', j)) {
        depth++;
        j += 2;
      } else if (text.startsWith('-/', j)) {
        depth--;
        j += 2;
        if (depth === 0) return j;
      } else j++;
    }
    return text.length;
  }
  return i;
}

/** First offset ≥ `i` (and < `end`) that is not whitespace or inside a comment. */
export function skipSpace(text: string, i: number, end: number = text.length): number {
  let j = i;
  while (j < end) {
    const c = text[j]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      j++;
      continue;
    }
    const k = skipComment(text, j);
    if (k !== j) {
      j = k;
      continue;
    }
    break;
  }
  return Math.min(j, end);
}

/** Last offset `e ≤ end` such that `[start, e)` has no trailing whitespace or comment-only tail. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * Offset of the bracket closing the one opened at `open`, skipping nested brackets and
 * comments, or `undefined` when it is unbalanced before `end`.
 */
export function matchBracket(text: string, open: number, end: number = text.length): number | undefined {
  const stack: string[] = [];
  let i = open;
  while (i < end) {
    const k = skipComment(text, i);
    if (k !== i) {
      i = k;
      continue;
    }
    const c = text[i]!;
    const closer = OPEN[c];
    if (closer !== undefined) stack.push(closer);
    else if (CLOSE.has(c)) {
      if (stack.pop() !== c) return undefined;
      if (stack.length === 0) return i;
    }
    i++;
  }
  return undefined;
}

/**
 * Splits `[start, end)` at each top-level occurrence of `sep` (outside brackets and comments).
 * Returns `undefined` when brackets are unbalanced. Pieces are trimmed spans.
 */
export function splitTopLevel(text: string, start: number, end: number, sep: string): Span[] | undefined {
  const out: Span[] = [];
  let depth = 0;
  let pieceStart = start;
  let i = start;
  while (i < end) {
    const k = skipComment(text, i);
    if (k !== i) {
      i = k;
      continue;
    }
    const c = text[i]!;
    if (isOpen(c)) depth++;
    else if (isClose(c)) {
      depth--;
      if (depth < 0) return undefined;
    } else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(trimSpan(text, { start: pieceStart, end: i }));
      i += sep.length;
      pieceStart = i;
      continue;
    }
    i++;
  }
  if (depth !== 0) return undefined;
  out.push(trimSpan(text, { start: pieceStart, end }));
  return out;
}

/** `span` without surrounding whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Offset of the first top-level occurrence at or after `start` of one of `needles` that
 * satisfies `accept`, or `undefined`. Brackets and comments are skipped.
 */
export function findTopLevel(
  text: string,
  start: number,
  end: number,
  needles: readonly string[],
  accept: (i: number, needle: string) => boolean = () => true,
): { index: number; needle: string } | undefined {
  let depth = 0;
  let i = start;
  while (i < end) {
    const k = skipComment(text, i);
    if (k !== i) {
      i = k;
      continue;
    }
    const c = text[i]!;
    if (depth === 0) {
      for (const n of needles) if (text.startsWith(n, i) && accept(i, n)) return { index: i, needle: n };
    }
    if (isOpen(c)) depth++;
    else if (isClose(c)) {
      depth--;
      if (depth < 0) return undefined;
    }
    i++;
  }
  return undefined;
}

/** Lean identifier characters (letters incl. Greek and letter-like symbols, digits, `_ ' ! ?`, subscripts). */
export function isIdentStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch === '_') return true;
  if (/\p{L}/u.test(ch)) return !GREEK_RESERVED.has(ch);
  return false;
}

const GREEK_RESERVED: ReadonlySet<string> = new Set(['λ', 'Π', 'Σ']);

export function isIdentRest(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isIdentStart(ch)) return true;
  if (/[0-9'!?]/.test(ch)) return true;
  // Subscripts (₀-₉, ₐ…) and superscript digits are common in hypothesis names.
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x2080 && cp <= 0x209c) || (cp >= 0x1d62 && cp <= 0x1d6a) || cp === 0x2071 || (cp >= 0x2070 && cp <= 0x2079);
}

/**
 * The identifier (possibly dotted: `Nat.even_iff.mp`, `h₀.ne'`, `h.1`) starting at `i`, or
 * `undefined`. Dotted parts may be numerals (`h.1`).
 */
export function readIdent(text: string, i: number, end: number = text.length): Span | undefined {
  const chars = (j: number): string | undefined => {
    if (j >= end) return undefined;
    const cp = text.codePointAt(j);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  };
  let j = i;
  const first = chars(j);
  if (first === undefined || !isIdentStart(first)) return undefined;
  j += first.length;
  for (;;) {
    const c = chars(j);
    if (c !== undefined && isIdentRest(c)) {
      j += c.length;
      continue;
    }
    if (c === '.') {
      const next = chars(j + 1);
      if (next !== undefined && (isIdentStart(next) || /[0-9]/.test(next))) {
        j += 1;
        continue;
      }
    }
    break;
  }
  return { start: i, end: j };
}

/** Whether `name` is a user-accessible name (Lean's inaccessible names carry `✝`). */
export function isAccessible(name: string): boolean {
  return !name.includes('✝');
}
