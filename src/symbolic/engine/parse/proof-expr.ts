/**
 * Proof expressions: `by tacs`, `show T by tac`, `⟨e₁, e₂⟩`, `(e : T)`, `_`/`?_`, dotted names
 * (`h₀.ne'`, `mul_eq_zero.mp`), `(e).mp`, and applications `f a b`. Text with a top-level
 * operator (`2 * n + 2`, `-2`, `x - 3`) is an ordinary term, kept as a span for the term
 * elaborator.
 */
import type { PExpr } from '../tactic-ast.ts';
import { matchBracket, readIdent, skipSpace, splitTopLevel, findTopLevel, trimSpan, type Source, type Span } from '../text.ts';
import { abort } from './abort.ts';
import { parseSeq } from './block.ts';

function isWordAt(text: string, i: number, word: string, end: number): boolean {
  if (!text.startsWith(word, i) || i + word.length > end) return false;
  const after = text[i + word.length];
  return after === undefined || i + word.length === end || !/[\p{L}\p{N}_'!?.]/u.test(after);
}

/** Parses the proof expression spanning `span`. */
export function parseProofExpr(src: Source, span: Span, depth: number): PExpr {
  const text = src.text;
  const s = trimSpan(text, span);
  if (s.start >= s.end) abort('expected a term', span.start);
  if (isWordAt(text, s.start, 'by', s.end)) {
    const bodyStart = skipSpace(text, s.start + 2, s.end);
    if (bodyStart >= s.end) abort("expected a tactic after 'by'", s.start);
    const body = parseSeq(src, bodyStart, s.end, depth + 1);
    const rest = skipSpace(text, body.end, s.end);
    if (rest < s.end) abort(`unexpected '${text.slice(rest, Math.min(s.end, rest + 12))}' after the tactic block`, rest);
    return { kind: 'by', block: body.node, span: s };
  }
  if (isWordAt(text, s.start, 'show', s.end)) {
    const sep = findTopLevel(text, s.start + 4, s.end, ['by', 'from'], (i, n) => isWordAt(text, i, n, s.end) && /\s/.test(text[i - 1] ?? ''));
    if (sep === undefined) abort("expected 'by' or 'from' after 'show T'", s.start);
    const type = trimSpan(text, { start: s.start + 4, end: sep.index });
    const proofSpan = sep.needle === 'by' ? { start: sep.index, end: s.end } : { start: sep.index + 4, end: s.end };
    return { kind: 'show', type, proof: parseProofExpr(src, proofSpan, depth), span: s };
  }
  const atoms: PExpr[] = [];
  let i = s.start;
  while (i < s.end) {
    i = skipSpace(text, i, s.end);
    if (i >= s.end) break;
    const atom = parseAtom(src, i, s.end, depth);
    if (atom === undefined) return { kind: 'term', span: s };
    atoms.push(atom.expr);
    i = atom.end;
  }
  const head = atoms[0];
  if (head === undefined) abort('expected a term', s.start);
  if (atoms.length === 1) return head;
  // A numeral at the head (`2 x`) is not an application of anything: leave it to the term elaborator.
  if (head.kind === 'term') return { kind: 'term', span: s };
  return { kind: 'app', head, args: atoms.slice(1), span: s };
}

/** One argument-level atom at `i`, or `undefined` when the text there is operator syntax. */
function parseAtom(src: Source, i: number, end: number, depth: number): { expr: PExpr; end: number } | undefined {
  const text = src.text;
  const c = text[i]!;
  if (c === '(') {
    const close = matchBracket(text, i, end);
    if (close === undefined) abort("unbalanced '('", i);
    const whole: Span = { start: i, end: close + 1 };
    const inner = parseParenInner(src, { start: i + 1, end: close }, whole, depth);
    return withProjections(src, inner, close + 1, end);
  }
  if (c === '⟨') {
    const close = matchBracket(text, i, end);
    if (close === undefined) abort("unbalanced '⟨'", i);
    const inner = trimSpan(text, { start: i + 1, end: close });
    const pieces = inner.start >= inner.end ? [] : splitTopLevel(text, inner.start, inner.end, ',');
    if (pieces === undefined) abort('unbalanced brackets', i);
    const elems = pieces.map((p) => parseProofExpr(src, p, depth));
    return withProjections(src, { kind: 'anon', elems, span: { start: i, end: close + 1 } }, close + 1, end);
  }
  if (c === '?' && text[i + 1] === '_' && !/[\p{L}\p{N}_']/u.test(text[i + 2] ?? '')) {
    return { expr: { kind: 'hole', synthetic: true, span: { start: i, end: i + 2 } }, end: i + 2 };
  }
  if (c === '_' && !/[\p{L}\p{N}_']/u.test(text[i + 1] ?? '')) {
    return { expr: { kind: 'hole', synthetic: false, span: { start: i, end: i + 1 } }, end: i + 1 };
  }
  if (/[0-9]/.test(c)) {
    let j = i;
    while (j < end && /[0-9]/.test(text[j]!)) j++;
    if (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? '')) {
      j++;
      while (j < end && /[0-9]/.test(text[j]!)) j++;
    }
    return { expr: { kind: 'term', span: { start: i, end: j } }, end: j };
  }
  const id = readIdent(text, i, end);
  if (id !== undefined && id.end > id.start) {
    const name = text.slice(id.start, id.end);
    if (name === 'fun' || name === 'by' || name === 'show' || name === 'if') return undefined;
    return { expr: { kind: 'name', name, span: id }, end: id.end };
  }
  return undefined;
}

/** `(…).field.field` directly after a closing bracket. */
function withProjections(src: Source, expr: PExpr, pos: number, end: number): { expr: PExpr; end: number } {
  const text = src.text;
  let e = expr;
  let p = pos;
  while (p < end && text[p] === '.') {
    const id = readIdent(text, p + 1, end);
    let fieldEnd: number;
    if (id !== undefined && id.end > id.start) fieldEnd = id.end;
    else {
      let j = p + 1;
      while (j < end && /[0-9]/.test(text[j]!)) j++;
      if (j === p + 1) break;
      fieldEnd = j;
    }
    const field = text.slice(p + 1, fieldEnd);
    // A dotted identifier read as one piece (`(e).mp.1`) is split into successive projections.
    for (const f of field.split('.')) e = { kind: 'proj', expr: e, field: f, span: { start: expr.span.start, end: fieldEnd } };
    p = fieldEnd;
  }
  return { expr: e, end: p };
}

/** The inside of `( … )`: an ascription `e : T`, or a parenthesised expression. */
function parseParenInner(src: Source, inner: Span, whole: Span, depth: number): PExpr {
  const text = src.text;
  const colon = findTopLevel(text, inner.start, inner.end, [':'], (i) => text[i + 1] !== '=' && text[i - 1] !== ':' && text[i + 1] !== ':');
  if (colon !== undefined) {
    const expr = parseProofExpr(src, { start: inner.start, end: colon.index }, depth);
    const type = trimSpan(text, { start: colon.index + 1, end: inner.end });
    if (type.start >= type.end) abort("expected a type after ':'", colon.index);
    // `(x - y : ℝ)` is a term with a type ascription: keep the whole text for the term elaborator.
    if (expr.kind === 'term') return { kind: 'term', span: whole };
    return { kind: 'ascribe', expr, type, span: whole };
  }
  const e = parseProofExpr(src, inner, depth);
  if (e.kind === 'term') return { kind: 'term', span: whole };
  return e;
}
