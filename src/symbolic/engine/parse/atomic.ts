/**
 * One atomic tactic: its name, then the syntax that tactic takes. Terms stay spans (they are
 * elaborated in the goal's context when the tactic runs); nested `by` blocks are parsed here.
 * Unknown tactic names parse as `generic` (`name only? [hints]? at loc?`) and are rejected or
 * handled by name when they run.
 */
import type { HintSyntax, InductionAlt, LocationSyntax, ParsedTactic, RewriteRule } from '../tactic-ast.ts';
import { findTopLevel, matchBracket, readIdent, skipSpace, splitTopLevel, trimSpan, type Source, type Span } from '../text.ts';
import { abort } from './abort.ts';
import { parseSeq } from './block.ts';
import { parsePattern, parsePatternAtoms } from './pattern.ts';
import { parseProofExpr } from './proof-expr.ts';

const NO_ARG = new Set(['constructor', 'left', 'right', 'exfalso', 'trivial', 'rfl', 'assumption', 'contradiction', 'skip', 'done', 'subst_vars', 'symm']);

function isWord(text: string, i: number, word: string, end: number): boolean {
  if (!text.startsWith(word, i) || i + word.length > end) return false;
  const before = text[i - 1];
  const after = text[i + word.length];
  const identChar = /[\p{L}\p{N}_'!?.]/u;
  return (before === undefined || !identChar.test(before)) && (after === undefined || i + word.length === end || !identChar.test(after));
}

function findWord(text: string, start: number, end: number, word: string): number | undefined {
  return findTopLevel(text, start, end, [word], (i) => isWord(text, i, word, end))?.index;
}

/** Index of the top-level `:=` in `[start, end)`. */
function findAssign(text: string, start: number, end: number): number | undefined {
  return findTopLevel(text, start, end, [':='])?.index;
}

/** Index of a top-level `:` that is not part of `:=`. */
function findColon(text: string, start: number, end: number): number | undefined {
  return findTopLevel(text, start, end, [':'], (i) => text[i + 1] !== '=')?.index;
}

function names(src: Source, span: Span, what: string): string[] {
  const text = src.text;
  const out: string[] = [];
  let i = skipSpace(text, span.start, span.end);
  while (i < span.end) {
    const id = readIdent(text, i, span.end);
    if (id === undefined || id.end === id.start) {
      if (text[i] === '_') {
        out.push('_');
        i = skipSpace(text, i + 1, span.end);
        continue;
      }
      abort(`expected ${what}, found '${text.slice(i, Math.min(span.end, i + 10))}'`, i);
    }
    out.push(text.slice(id.start, id.end));
    i = skipSpace(text, id.end, span.end);
  }
  return out;
}

/** `at h₁ h₂ ⊢` / `at *` starting right after the word `at`. */
function parseLocation(src: Source, span: Span): LocationSyntax {
  const text = src.text;
  const hypotheses: string[] = [];
  let target = false;
  let wildcard = false;
  let i = skipSpace(text, span.start, span.end);
  if (i >= span.end) abort("expected a location after 'at'", span.start);
  while (i < span.end) {
    if (text[i] === '⊢' || text.startsWith('|-', i)) {
      target = true;
      i = skipSpace(text, i + (text[i] === '⊢' ? 1 : 2), span.end);
      continue;
    }
    if (text[i] === '*') {
      wildcard = true;
      i = skipSpace(text, i + 1, span.end);
      continue;
    }
    const id = readIdent(text, i, span.end);
    if (id === undefined || id.end === id.start) abort(`unexpected '${text[i]}' in location`, i);
    hypotheses.push(text.slice(id.start, id.end));
    i = skipSpace(text, id.end, span.end);
  }
  return { hypotheses, target, wildcard };
}

/** Splits off a trailing `at …` clause. */
function splitAt(src: Source, span: Span): { body: Span; location?: LocationSyntax } {
  const at = findWord(src.text, span.start, span.end, 'at');
  if (at === undefined) return { body: span };
  return { body: trimSpan(src.text, { start: span.start, end: at }), location: parseLocation(src, { start: at + 2, end: span.end }) };
}

/** `[a, ← b, c]` → items. */
function parseBracketList(src: Source, open: number, close: number, depth: number): HintSyntax[] {
  const text = src.text;
  const inner = trimSpan(text, { start: open + 1, end: close });
  if (inner.start >= inner.end) return [];
  const pieces = splitTopLevel(text, inner.start, inner.end, ',');
  if (pieces === undefined) abort('unbalanced brackets', open);
  return pieces.map((p) => {
    if (p.start >= p.end) abort('empty item in list', p.start);
    let s = p.start;
    let reverse = false;
    if (text[s] === '←') {
      reverse = true;
      s += 1;
    } else if (text.startsWith('<-', s)) {
      reverse = true;
      s += 2;
    }
    return { reverse, expr: parseProofExpr(src, { start: s, end: p.end }, depth), span: p };
  });
}

/** Parses the atomic tactic spanning exactly `span`. */
export function parseAtomic(src: Source, span: Span, depth: number): ParsedTactic {
  const text = src.text;
  const head = /^[A-Za-z_][A-Za-z0-9_'!?]*/u.exec(text.slice(span.start, span.end));
  if (head === null) abort(`expected a tactic, found '${text.slice(span.start, Math.min(span.end, span.start + 12))}'`, span.start);
  const name = head[0];
  const rest: Span = trimSpan(text, { start: span.start + name.length, end: span.end });
  const restText = text.slice(rest.start, rest.end);
  const empty = rest.start >= rest.end;

  if (NO_ARG.has(name)) {
    if (!empty) abort(`unexpected '${restText.slice(0, 12)}' after '${name}'`, rest.start);
    return { name } as ParsedTactic;
  }
  switch (name) {
    case 'intro':
    case 'intros': {
      if (name === 'intro' && /[⟨(]/u.test(restText)) return { name: 'rintro', patterns: parsePatternAtoms(src, rest) };
      return { name: 'intro', names: names(src, rest, 'a name'), all: name === 'intros' && empty };
    }
    case 'rintro':
    case 'rintros': {
      if (empty) abort("expected patterns after 'rintro'", span.start);
      return { name: 'rintro', patterns: parsePatternAtoms(src, rest) };
    }
    case 'exact':
    case 'apply':
    case 'refine':
    case "refine'": {
      if (empty) abort(`expected a term after '${name}'`, span.start);
      return { name: name === "refine'" ? 'refine' : name, expr: parseProofExpr(src, rest, depth) };
    }
    case 'absurd': {
      if (empty) abort("expected a term after 'absurd'", span.start);
      return { name: 'absurd', expr: parseProofExpr(src, rest, depth) };
    }
    case 'cases': {
      const w = findWord(text, rest.start, rest.end, 'with');
      const exprSpan = trimSpan(text, { start: rest.start, end: w ?? rest.end });
      if (exprSpan.start >= exprSpan.end) abort("expected a term after 'cases'", span.start);
      const expr = parseProofExpr(src, exprSpan, depth);
      if (w === undefined) return { name: 'cases', expr };
      return { name: 'cases', expr, alts: parseAlternatives(src, { start: w + 4, end: rest.end }, depth) };
    }
    case 'rename_i':
      return { name: 'rename_i', names: names(src, rest, 'a name') };
    case 'contrapose':
    case 'contrapose!': {
      const ns = names(src, rest, 'a hypothesis name');
      if (ns.length > 1) abort(`'${name} h₁ h₂' is not supported`, rest.start);
      return { name: 'contrapose', push: name === 'contrapose!', ...(ns[0] === undefined ? {} : { hypName: ns[0] }) };
    }
    case 'use':
    case 'exists':
    case 'existsi': {
      if (empty) abort(`expected terms after '${name}'`, span.start);
      const pieces = splitTopLevel(text, rest.start, rest.end, ',');
      if (pieces === undefined || pieces.some((p) => p.start >= p.end)) abort(`malformed '${name}' arguments`, rest.start);
      return { name: 'use', terms: pieces };
    }
    case 'rcases': {
      const w = findWord(text, rest.start, rest.end, 'with');
      if (w === undefined) abort("expected 'with' and a pattern after 'rcases e'", span.start);
      const exprSpan = trimSpan(text, { start: rest.start, end: w });
      if (exprSpan.start >= exprSpan.end) abort("expected a term after 'rcases'", span.start);
      return { name: 'rcases', expr: parseProofExpr(src, exprSpan, depth), pattern: parsePattern(src, { start: w + 4, end: rest.end }) };
    }
    case 'obtain': {
      const assign = findAssign(text, rest.start, rest.end);
      const lhsEnd = assign ?? rest.end;
      const colon = findColon(text, rest.start, lhsEnd);
      const patEnd = colon ?? lhsEnd;
      const pattern = parsePattern(src, { start: rest.start, end: patEnd });
      const type = colon === undefined ? undefined : trimSpan(text, { start: colon + 1, end: lhsEnd });
      const expr = assign === undefined ? undefined : parseProofExpr(src, { start: assign + 2, end: rest.end }, depth);
      if (expr === undefined && type === undefined) abort("expected ':= e' or ': T' after the pattern of 'obtain'", span.start);
      return { name: 'obtain', pattern, ...(type === undefined ? {} : { type }), ...(expr === undefined ? {} : { expr }) };
    }
    case "cases'": {
      const w = findWord(text, rest.start, rest.end, 'with');
      const exprSpan = trimSpan(text, { start: rest.start, end: w ?? rest.end });
      if (exprSpan.start >= exprSpan.end) abort("expected a term after 'cases''", span.start);
      const ns = w === undefined ? [] : names(src, { start: w + 4, end: rest.end }, 'a name');
      return { name: "cases'", expr: parseProofExpr(src, exprSpan, depth), names: ns };
    }
    case 'by_contra':
    case 'by_contra!': {
      const ns = names(src, rest, 'a hypothesis name');
      if (ns.length > 1) abort(`unexpected '${ns[1]}' after '${name} ${ns[0]}'`, rest.start);
      const hyp = ns[0];
      return { name: 'by_contra', push: name === 'by_contra!', ...(hyp === undefined ? {} : { hypName: hyp }) };
    }
    case 'push_neg': {
      if (empty) return { name: 'push_neg' };
      if (!isWord(text, rest.start, 'at', rest.end)) abort(`unexpected '${restText.slice(0, 12)}' after 'push_neg'`, rest.start);
      return { name: 'push_neg', location: parseLocation(src, { start: rest.start + 2, end: rest.end }) };
    }
    case 'by_cases': {
      if (empty) abort("expected a proposition after 'by_cases'", span.start);
      const colon = findColon(text, rest.start, rest.end);
      if (colon === undefined) return { name: 'by_cases', hypName: 'h', prop: rest };
      const ns = names(src, { start: rest.start, end: colon }, 'a hypothesis name');
      if (ns.length !== 1) abort("expected 'by_cases h : p'", span.start);
      const prop = trimSpan(text, { start: colon + 1, end: rest.end });
      if (prop.start >= prop.end) abort("expected a proposition after ':'", colon);
      return { name: 'by_cases', hypName: ns[0]!, prop };
    }
    case 'have': {
      const assign = findAssign(text, rest.start, rest.end);
      const lhsEnd = assign ?? rest.end;
      const colon = findColon(text, rest.start, lhsEnd);
      const ns = names(src, { start: rest.start, end: colon ?? lhsEnd }, 'a hypothesis name');
      if (ns.length > 1) abort(`binders in 'have ${ns[0]} ${ns[1]} …' are not supported`, rest.start);
      const hypName = ns[0] ?? 'this';
      const type = colon === undefined ? undefined : trimSpan(text, { start: colon + 1, end: lhsEnd });
      if (type !== undefined && type.start >= type.end) abort("expected a type after ':'", colon ?? rest.start);
      let value = undefined;
      if (assign !== undefined) {
        const v = trimSpan(text, { start: assign + 2, end: rest.end });
        if (v.start >= v.end) abort("expected a term after ':='", assign);
        value = parseProofExpr(src, v, depth);
      }
      if (type === undefined && value === undefined) abort("expected ': T' or ':= e' after 'have'", span.start);
      return { name: 'have', hypName, ...(type === undefined ? {} : { type }), ...(value === undefined ? {} : { value }) };
    }
    case 'specialize': {
      if (empty) abort("expected a term after 'specialize'", span.start);
      return { name: 'specialize', expr: parseProofExpr(src, rest, depth) };
    }
    case 'subst': {
      const ns = names(src, rest, 'a name');
      if (ns.length === 0) abort("expected a name after 'subst'", span.start);
      return { name: 'subst', names: ns };
    }
    case 'clear': {
      const ns = names(src, rest, 'a name');
      if (ns.length === 0) abort("expected a name after 'clear'", span.start);
      return { name: 'clear', names: ns };
    }
    case 'rw':
    case 'rewrite':
    case 'rwa': {
      const i = skipSpace(text, rest.start, rest.end);
      if (text[i] !== '[') abort(`expected '[' after '${name}'`, i);
      const close = matchBracket(text, i, rest.end);
      if (close === undefined) abort("unbalanced '['", i);
      const rules: RewriteRule[] = parseBracketList(src, i, close, depth);
      if (rules.length === 0) abort('empty rewrite list', i);
      const after = trimSpan(text, { start: close + 1, end: rest.end });
      let location: LocationSyntax | undefined;
      if (after.start < after.end) {
        if (!isWord(text, after.start, 'at', after.end)) abort(`unexpected '${text.slice(after.start, after.start + 12)}' after the rewrite list`, after.start);
        location = parseLocation(src, { start: after.start + 2, end: after.end });
      }
      return { name: 'rw', variant: name, rules, ...(location === undefined ? {} : { location }) };
    }
    case 'induction':
    case "induction'": {
      const w = findWord(text, rest.start, rest.end, 'with');
      const varNames = names(src, { start: rest.start, end: w ?? rest.end }, 'a variable');
      if (varNames.length !== 1) abort(`expected one variable after '${name}'`, span.start);
      const variable = varNames[0]!;
      if (w === undefined) return { name: 'induction', variable };
      if (name === "induction'") return { name: 'induction', variable, primeNames: names(src, { start: w + 4, end: rest.end }, 'a name') };
      return { name: 'induction', variable, alts: parseAlternatives(src, { start: w + 4, end: rest.end }, depth) };
    }
    case 'show':
    case 'change': {
      if (empty) abort(`expected a type after '${name}'`, span.start);
      if (findWord(text, rest.start, rest.end, 'at') !== undefined) abort(`'${name} … at h' is not supported`, rest.start);
      return { name: 'show', type: rest };
    }
    default:
      return parseGeneric(src, name, rest, depth);
  }
}

/** `| zero => tacs | succ k ih => tacs`: an alternative starts at `|` followed by `tag names* =>`. */
function parseAlternatives(src: Source, span: Span, depth: number): InductionAlt[] {
  const text = src.text;
  const starts: { bar: number; tag: string; names: string[]; body: number }[] = [];
  const altHead = /^\|\s*([A-Za-z_][\w']*)((?:\s+[^\s=|]+)*)\s*=>/u;
  let i = skipSpace(text, span.start, span.end);
  if (text[i] !== '|') abort("expected '| tag =>' after 'with'", i);
  for (let j = i; j < span.end; j++) {
    if (text[j] !== '|') continue;
    const m = altHead.exec(text.slice(j, span.end));
    if (m === null) continue;
    const ns = (m[2] ?? '').trim().split(/\s+/).filter((x) => x.length > 0);
    starts.push({ bar: j, tag: m[1]!, names: ns, body: j + m[0].length });
  }
  if (starts.length === 0 || starts[0]!.bar !== i) abort("expected '| tag =>' after 'with'", i);
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.bar : span.end;
    const bodyStart = skipSpace(text, s.body, end);
    if (bodyStart >= end) abort(`expected a tactic after '| ${s.tag} … =>'`, s.bar);
    const body = parseSeq(src, bodyStart, end, depth + 1);
    const restAt = skipSpace(text, body.end, end);
    if (restAt < end) abort(`unexpected '${text.slice(restAt, restAt + 12)}' in case '${s.tag}'`, restAt);
    return { tag: s.tag, names: s.names, body: body.node };
  });
}

/** `name only? [hints]? operand? at loc?` for the arithmetic tactics and anything unknown. */
function parseGeneric(src: Source, name: string, rest: Span, depth: number): ParsedTactic {
  const text = src.text;
  const { body, location } = splitAt(src, rest);
  let i = skipSpace(text, body.start, body.end);
  let only = false;
  if (isWord(text, i, 'only', body.end)) {
    only = true;
    i = skipSpace(text, i + 4, body.end);
  }
  // `(config := …)` options are accepted and ignored: they tune search, never soundness.
  while (text[i] === '(' && /^\(\s*config\s*:=/u.test(text.slice(i, body.end))) {
    const close = matchBracket(text, i, body.end);
    if (close === undefined) abort("unbalanced '('", i);
    i = skipSpace(text, close + 1, body.end);
  }
  let hints: HintSyntax[] = [];
  if (text[i] === '[') {
    const close = matchBracket(text, i, body.end);
    if (close === undefined) abort("unbalanced '['", i);
    hints = parseBracketList(src, i, close, depth);
    i = skipSpace(text, close + 1, body.end);
  }
  const operand = trimSpan(text, { start: i, end: body.end });
  return {
    name: 'generic',
    tactic: name,
    only,
    hints,
    ...(location === undefined ? {} : { location }),
    ...(operand.start < operand.end ? { operand } : {}),
  };
}
