/**
 * rcases patterns: `x`, `_`, `-`, `rfl`, `⟨p₁, p₂, …⟩`, `p₁ | p₂ | …`, `(p)`, `(p : T)` (the
 * type is ignored: it only restates what the hypothesis already says).
 */
import type { RPat } from '../tactic-ast.ts';
import { matchBracket, readIdent, skipSpace, splitTopLevel, trimSpan, type Source, type Span } from '../text.ts';
import { abort } from './abort.ts';

/** A full pattern (alternatives allowed at top level) spanning exactly `span`. */
export function parsePattern(src: Source, span: Span): RPat {
  const text = src.text;
  const s = trimSpan(text, span);
  if (s.start >= s.end) abort('expected an rcases pattern', span.start);
  const pieces = splitTopLevel(text, s.start, s.end, '|');
  if (pieces === undefined) abort('unbalanced brackets in pattern', s.start);
  const alts = pieces.map((p) => parseAtomSeq(src, p));
  const first = alts[0]!;
  return alts.length === 1 ? first : { kind: 'alts', alts };
}

/** One alternative: a single atom, optionally with a type ascription `p : T` (ignored). */
function parseAtomSeq(src: Source, span: Span): RPat {
  const text = src.text;
  if (span.start >= span.end) abort('empty alternative in pattern', span.start);
  const { pat, end } = parseAtom(src, span.start, span.end);
  const rest = skipSpace(text, end, span.end);
  if (rest < span.end && text[rest] === ':') return pat;
  if (rest < span.end) abort(`unexpected '${text.slice(rest, Math.min(span.end, rest + 10))}' in pattern`, rest);
  return pat;
}

/** A sequence of space-separated atoms (what `rintro` takes). */
export function parsePatternAtoms(src: Source, span: Span): RPat[] {
  const out: RPat[] = [];
  let i = skipSpace(src.text, span.start, span.end);
  while (i < span.end) {
    const { pat, end } = parseAtom(src, i, span.end);
    out.push(pat);
    i = skipSpace(src.text, end, span.end);
  }
  return out;
}

function parseAtom(src: Source, pos: number, limit: number): { pat: RPat; end: number } {
  const text = src.text;
  const c = text[pos];
  if (c === '⟨') {
    const close = matchBracket(text, pos, limit);
    if (close === undefined) abort("unbalanced '⟨' in pattern", pos);
    const inner = trimSpan(text, { start: pos + 1, end: close });
    if (inner.start >= inner.end) return { pat: { kind: 'tuple', items: [] }, end: close + 1 };
    const pieces = splitTopLevel(text, inner.start, inner.end, ',');
    if (pieces === undefined) abort('unbalanced brackets in pattern', pos);
    return { pat: { kind: 'tuple', items: pieces.map((p) => parsePattern(src, p)) }, end: close + 1 };
  }
  if (c === '(') {
    const close = matchBracket(text, pos, limit);
    if (close === undefined) abort("unbalanced '(' in pattern", pos);
    return { pat: parsePattern(src, { start: pos + 1, end: close }), end: close + 1 };
  }
  if (c === '-' ) return { pat: { kind: 'clear' }, end: pos + 1 };
  if (c === '_' && !/[\p{L}\p{N}_']/u.test(text[pos + 1] ?? '')) return { pat: { kind: 'wild' }, end: pos + 1 };
  const id = readIdent(text, pos, limit);
  if (id === undefined || id.end === id.start) abort(`unexpected '${c ?? ''}' in pattern`, pos);
  const name = text.slice(id.start, id.end);
  if (name.includes('.')) abort(`'${name}' is not a pattern variable`, pos);
  return { pat: name === 'rfl' ? { kind: 'rfl' } : { kind: 'name', name }, end: id.end };
}
