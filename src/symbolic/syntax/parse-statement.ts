/**
 * The parse stage: a problem's signature (`theorem name binders : type`) to surface syntax,
 * with the header's `open` namespaces and a source map for file positions.
 */
import type { Problem, SourcePosition } from '../../core/problem.ts';
import { tokenize } from './lexer.ts';
import { MAX_DEPTH, Parser } from './parser.ts';
import { Abort, makeSourceMap, type SourceMap, type SyntaxFailure } from './source.ts';
import { findTooDeep, type SBinderGroup, type SNode, type SurfaceStatement } from './surface.ts';

export type SurfaceResult = { readonly kind: 'ok'; readonly surface: SurfaceStatement } | SyntaxFailure;

/**
 * The namespaces a header opens, in order: `open BigOperators Real Nat` gives
 * `['BigOperators', 'Real', 'Nat']`. `open … in` lines (which scope over one declaration
 * only) and `open … hiding/renaming` forms are read as plain opens.
 */
export function opensOfHeader(header: string): string[] {
  const out: string[] = [];
  for (const raw of header.split('\n')) {
    const line = raw.replace(/--.*$/, '').trim();
    const m = /^open\s+(.*)$/.exec(line);
    if (m === null) continue;
    for (const word of (m[1] ?? '').split(/\s+/)) {
      if (word === '' || word === 'scoped' || word === 'in') continue;
      if (word === 'hiding' || word === 'renaming' || word.startsWith('(')) break;
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}

const MODIFIERS: ReadonlySet<string> = new Set(['private', 'protected', 'noncomputable', 'nonrec', 'unsafe', 'partial']);

/**
 * Parses `problem.signature`. Never throws: malformed text (truncated, unbalanced, stray
 * characters, nesting beyond `MAX_DEPTH`) gives a parse `SyntaxFailure` at its file position.
 */
export function parseSurface(problem: Problem): SurfaceResult {
  const cps = Array.from(problem.signature);
  const source = makeSourceMap(cps, problem.position);
  try {
    const parser = new Parser(tokenize(cps));
    skipDeclarationPrefix(parser);
    const kw = parser.peek();
    if (!(kw.kind === 'keyword' && (kw.text === 'theorem' || kw.text === 'lemma' || kw.text === 'example')))
      parser.fail(`expected 'theorem', 'lemma' or 'example', found ${kw.kind === 'eof' ? 'end of input' : `'${kw.text}'`}`);
    parser.advance();
    const declKind = kw.text as 'theorem' | 'lemma' | 'example';
    let name = problem.name;
    if (declKind !== 'example') {
      const nameTok = parser.peek();
      if (nameTok.kind !== 'ident') parser.fail(`expected a declaration name after '${declKind}'`);
      parser.advance();
      name = nameTok.text;
    }
    const binders: SBinderGroup[] = [];
    while (['(', '{', '⦃', '['].some((b) => parser.isSym(b))) binders.push(parser.parseBracketedBinder());
    parser.expectSym(':', 'before the statement (after the binders)');
    const type = parser.parseTerm(0);
    const end = parser.peek();
    if (!(end.kind === 'eof' || (end.kind === 'sym' && end.text === ':=')))
      parser.fail(`unexpected '${end.text}' after the statement`);
    for (const g of binders) checkDepth(g.type);
    checkDepth(type);
    return { kind: 'ok', surface: { declKind, name, binders, type, opens: opensOfHeader(problem.header), source } };
  } catch (e) {
    if (e instanceof Abort) return e.toFailure(source);
    throw e;
  }
}

function skipDeclarationPrefix(parser: Parser): void {
  for (;;) {
    if (parser.isSym('@') && parser.isSym('[', 1)) {
      parser.advance();
      parser.advance();
      let depth = 1;
      while (depth > 0) {
        const t = parser.advance();
        if (t.kind === 'eof') parser.fail("unterminated attribute '@['", t);
        if (t.kind === 'sym' && t.text === '[') depth++;
        if (t.kind === 'sym' && t.text === ']') depth--;
      }
      continue;
    }
    const t = parser.peek();
    if (t.kind === 'ident' && MODIFIERS.has(t.text)) {
      parser.advance();
      continue;
    }
    return;
  }
}

function checkDepth(node: SNode | undefined): void {
  if (node === undefined) return;
  const deep = findTooDeep(node, MAX_DEPTH);
  if (deep !== undefined) throw new Abort('parse', 'nesting', `expression nested more than ${MAX_DEPTH} levels deep`, deep.pos);
}

export type SurfaceTermResult =
  | { readonly kind: 'ok'; readonly node: SNode; readonly source: SourceMap }
  | SyntaxFailure;

/** Parses a standalone term (a tactic argument), positions relative to `origin`. */
export function parseSurfaceTerm(text: string, origin: SourcePosition): SurfaceTermResult {
  const cps = Array.from(text);
  const source = makeSourceMap(cps, origin);
  try {
    const parser = new Parser(tokenize(cps));
    const node = parser.parseTerm(0);
    const end = parser.peek();
    if (end.kind !== 'eof') parser.fail(`unexpected '${end.text}' after the term`);
    checkDepth(node);
    return { kind: 'ok', node, source };
  } catch (e) {
    if (e instanceof Abort) return e.toFailure(source);
    throw e;
  }
}
