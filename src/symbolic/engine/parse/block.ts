/**
 * Tactic blocks, whitespace-sensitive as in Lean 4: a sequence continues on a new line at the
 * column of its first tactic or after `;`; a line indented further continues the current
 * tactic (`have … := by` followed by an indented block); `·` focuses; `(tacs)` groups;
 * `t <;> s`; `try`/`all_goals`/`any_goals`/`repeat`/`focus`/`first | … | …`; `case tag x => …`,
 * `next => …`. Lines starting with `|` at the tactic's own column belong to it (the
 * alternatives of `induction … with`).
 */
import type { ScriptParse, TacticNode } from '../tactic-ast.ts';
import { Source, isClose, isOpen, matchBracket, readIdent, skipComment, skipSpace, trimEnd, type Span } from '../text.ts';
import { ParseAbort, abort } from './abort.ts';
import { parseAtomic } from './atomic.ts';

/** Longest tactic script we read; longer input is refused before any work is done. */
export const MAX_SCRIPT_LENGTH = 200_000;
/** Deepest nesting of blocks (`by` inside `by` …) we follow. */
const MAX_BLOCK_DEPTH = 64;

/**
 * Parses a whole tactic script (the text after `:= by`, or one tactic sent to `apply`).
 * Never throws: malformed text gives `{kind: 'error', message, offset}`.
 */
export function parseScript(text: string): ScriptParse {
  if (text.length > MAX_SCRIPT_LENGTH)
    return { kind: 'error', message: `tactic script longer than ${MAX_SCRIPT_LENGTH} characters`, offset: 0 };
  const src = new Source(text);
  try {
    const start = skipSpace(text, 0);
    if (start >= text.length) return { kind: 'error', message: 'empty tactic script', offset: 0 };
    const { node, end } = parseSeq(src, start, text.length, 0);
    const rest = skipSpace(text, end);
    if (rest < text.length) abort(`unexpected '${preview(text, rest)}' (check indentation)`, rest);
    return { kind: 'ok', script: { source: src, root: node } };
  } catch (e) {
    if (e instanceof ParseAbort) return { kind: 'error', message: `${src.where(e.offset)}: ${e.message}`, offset: e.offset };
    if (e instanceof RangeError) return { kind: 'error', message: 'tactic script nested too deeply', offset: 0 };
    throw e;
  }
}

function preview(text: string, at: number): string {
  const s = text.slice(at, at + 20).split('\n')[0] ?? '';
  return s.length > 0 ? s : text.slice(at, at + 1);
}

/**
 * A tactic sequence starting at `pos` (which must be at its first tactic), within `[pos, limit)`.
 * Returns the node and the offset after the last tactic consumed.
 */
export function parseSeq(src: Source, pos: number, limit: number, depth: number, stopAtBar = false): { node: TacticNode; end: number } {
  if (depth > MAX_BLOCK_DEPTH) abort('tactic blocks nested too deeply', pos);
  const text = src.text;
  const col = src.column(pos);
  const items: TacticNode[] = [];
  let p = pos;
  let end = pos;
  for (;;) {
    const r = parseItem(src, p, limit, col, depth, stopAtBar);
    items.push(r.node);
    end = r.end;
    const q = skipSpace(text, end, limit);
    if (q >= limit) break;
    if (text[q] === ';' && !text.startsWith(';;', q)) {
      const next = skipSpace(text, q + 1, limit);
      if (next >= limit || isClose(text[next]!)) abort("expected a tactic after ';'", q);
      p = next;
      continue;
    }
    if (src.firstOnLine(q) && src.column(q) === col && text[q] !== '|') {
      p = q;
      continue;
    }
    break;
  }
  const first = items[0]!;
  if (items.length === 1) return { node: first, end };
  return { node: { kind: 'seq', items, span: { start: pos, end } }, end };
}

const COMBINATORS: ReadonlySet<string> = new Set(['try', 'all_goals', 'any_goals', 'repeat', 'focus']);

function parseItem(
  src: Source,
  pos: number,
  limit: number,
  col: number,
  depth: number,
  stopAtBar: boolean,
): { node: TacticNode; end: number } {
  const first = parseUnit(src, pos, limit, col, depth, stopAtBar);
  let node = first.node;
  let end = first.end;
  // `t <;> s <;> u` associates to the left.
  for (;;) {
    const q = skipSpace(src.text, end, limit);
    if (!src.text.startsWith('<;>', q)) break;
    const next = skipSpace(src.text, q + 3, limit);
    if (next >= limit) abort("expected a tactic after '<;>'", q);
    const second = parseUnit(src, next, limit, col, depth, stopAtBar);
    node = { kind: 'then', first: node, second: second.node, span: { start: pos, end: second.end } };
    end = second.end;
  }
  return { node, end };
}

function parseUnit(
  src: Source,
  pos: number,
  limit: number,
  col: number,
  depth: number,
  stopAtBar: boolean,
): { node: TacticNode; end: number } {
  const text = src.text;
  const c = text[pos];
  if (c === '·' || (c === '.' && /\s/.test(text[pos + 1] ?? ''))) {
    const bodyStart = skipSpace(text, pos + 1, limit);
    if (bodyStart >= limit) abort("expected a tactic after '·'", pos);
    const body = parseSeq(src, bodyStart, limit, depth + 1, stopAtBar);
    return { node: { kind: 'focus', body: body.node, span: { start: pos, end: body.end } }, end: body.end };
  }
  if (c === '(') {
    const close = matchBracket(text, pos, limit);
    if (close === undefined) abort("unbalanced '('", pos);
    const inner = skipSpace(text, pos + 1, close);
    if (inner >= close) abort('empty tactic block', pos);
    const body = parseSeq(src, inner, close, depth + 1);
    if (skipSpace(text, body.end, close) < close) abort(`unexpected '${preview(text, skipSpace(text, body.end, close))}'`, body.end);
    return { node: body.node, end: close + 1 };
  }
  const word = readIdent(text, pos, limit);
  const name = word === undefined ? '' : text.slice(word.start, word.end);
  if (word !== undefined && COMBINATORS.has(name)) {
    const bodyStart = skipSpace(text, word.end, limit);
    if (bodyStart >= limit) abort(`expected a tactic after '${name}'`, pos);
    if (src.firstOnLine(bodyStart) && src.column(bodyStart) <= col) abort(`expected an indented tactic after '${name}'`, bodyStart);
    const body = parseSeq(src, bodyStart, limit, depth + 1, stopAtBar);
    const kindName = name as 'try' | 'all_goals' | 'any_goals' | 'repeat' | 'focus';
    return { node: { kind: 'combinator', name: kindName, body: body.node, span: { start: pos, end: body.end } }, end: body.end };
  }
  if (word !== undefined && name === 'first') return parseFirst(src, pos, word.end, limit, depth);
  if (word !== undefined && (name === 'case' || name === 'next')) return parseCase(src, pos, word.end, limit, depth, name);
  const end = atomicExtent(src, pos, limit, col, stopAtBar);
  if (end <= pos) abort(`expected a tactic, found '${preview(text, pos)}'`, pos);
  const span: Span = { start: pos, end };
  return { node: { kind: 'atomic', tactic: parseAtomic(src, span, depth), span }, end };
}

function parseFirst(src: Source, pos: number, after: number, limit: number, depth: number): { node: TacticNode; end: number } {
  const text = src.text;
  const alts: TacticNode[] = [];
  let p = skipSpace(text, after, limit);
  let end = after;
  while (p < limit && text[p] === '|') {
    const start = skipSpace(text, p + 1, limit);
    if (start >= limit) abort("expected a tactic after '|'", p);
    const alt = parseSeq(src, start, limit, depth + 1, true);
    alts.push(alt.node);
    end = alt.end;
    p = skipSpace(text, end, limit);
  }
  if (alts.length === 0) abort("expected '| tactic' alternatives after 'first'", pos);
  return { node: { kind: 'first', alts, span: { start: pos, end } }, end };
}

function parseCase(
  src: Source,
  pos: number,
  after: number,
  limit: number,
  depth: number,
  keyword: 'case' | 'next',
): { node: TacticNode; end: number } {
  const text = src.text;
  const arrow = text.indexOf('=>', after);
  if (arrow === -1 || arrow >= limit) abort(`expected '=>' after '${keyword}'`, pos);
  const words = text.slice(after, arrow).trim().split(/\s+/).filter((w) => w.length > 0);
  const tag = keyword === 'case' ? words.shift() : undefined;
  if (keyword === 'case' && tag === undefined) abort("expected a case tag after 'case'", pos);
  const bodyStart = skipSpace(text, arrow + 2, limit);
  if (bodyStart >= limit) abort("expected a tactic after '=>'", arrow);
  const body = parseSeq(src, bodyStart, limit, depth + 1);
  return { node: { kind: 'case', tag, names: words, body: body.node, span: { start: pos, end: body.end } }, end: body.end };
}

/**
 * Where the atomic tactic starting at `pos` ends: at a top-level `;` or `<;>`, at a bracket
 * closing an enclosing group, or at a line break followed by a line indented no further than
 * the sequence column `col` (unless that line starts an `|` alternative at `col`).
 */
function atomicExtent(src: Source, pos: number, limit: number, col: number, stopAtBar: boolean): number {
  const text = src.text;
  let depth = 0;
  let i = pos;
  // After an alternative's `=>` (`induction n with | zero => a; b`) or a `by` (`have h : p :=
  // by ring_nf; linarith`), `;` and `<;>` belong to that nested tactic sequence, as in Lean.
  let inAlternative = false;
  while (i < limit) {
    const k = skipComment(text, i);
    if (k !== i) {
      i = k;
      continue;
    }
    const c = text[i]!;
    if (isOpen(c)) depth++;
    else if (isClose(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (text.startsWith('=>', i) || isByKeyword(text, i)) inAlternative = true;
      if (!inAlternative && text.startsWith('<;>', i)) break;
      if (!inAlternative && c === ';') break;
      if (stopAtBar && c === '|') break;
      if (c === '\n') {
        const q = skipSpace(text, i, limit);
        if (q >= limit) break;
        const qc = src.column(q);
        if (qc > col || (qc === col && text[q] === '|' && !stopAtBar)) {
          i = q;
          continue;
        }
        break;
      }
    }
    i++;
  }
  return trimEnd(text, pos, i);
}

/** Whether the keyword `by` starts at `i` (not inside an identifier). */
function isByKeyword(text: string, i: number): boolean {
  if (!text.startsWith('by', i)) return false;
  const before = text[i - 1];
  const after = text[i + 2];
  const ident = /[\p{L}\p{N}_'!?.]/u;
  return (before === undefined || !ident.test(before)) && (after === undefined || /\s/.test(after));
}
