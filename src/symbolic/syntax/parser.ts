/**
 * Pratt parser for Lean 4 terms of the fragment, with Lean's precedences
 * (`Init/Notation.lean`, Mathlib): `+ -` 65, `* / %` 70, prefix `-` 75, `^` 75 (right),
 * relations 50, `¬` arg 40, `∧` 35, `∨` 30, `→` 25, `↔` 20, application `lead`, arguments and
 * postfix `⁻¹` `!` `.field` at `max`, `∑ x ∈ s, body` with body at 67. Nesting is bounded.
 */
import { Abort } from './source.ts';
import type { Token } from './lexer.ts';
import type { SBinderGroup, SNode } from './surface.ts';

/** Deepest accepted nesting of syntax, well beyond any real statement; guards every recursion. */
export const MAX_DEPTH = 400;

const MAX = 1024;
const LEAD = 1023;

interface InfixSpec {
  readonly prec: number;
  readonly lhs: number;
  readonly rhs: number;
  /** The operator's canonical spelling (`<=` is `≤`). */
  readonly op: string;
}

function left(op: string, prec: number): InfixSpec {
  return { prec, lhs: prec, rhs: prec + 1, op };
}
function right(op: string, prec: number): InfixSpec {
  return { prec, lhs: prec + 1, rhs: prec, op };
}
function nonAssoc(op: string, prec: number): InfixSpec {
  return { prec, lhs: prec + 1, rhs: prec + 1, op };
}

const INFIX: ReadonlyMap<string, InfixSpec> = new Map<string, InfixSpec>([
  ['+', left('+', 65)],
  ['-', left('-', 65)],
  ['*', left('*', 70)],
  ['/', left('/', 70)],
  ['%', left('%', 70)],
  ['^', right('^', 75)],
  ['=', nonAssoc('=', 50)],
  ['≠', nonAssoc('≠', 50)],
  ['<', nonAssoc('<', 50)],
  ['>', nonAssoc('>', 50)],
  ['≤', nonAssoc('≤', 50)],
  ['<=', nonAssoc('≤', 50)],
  ['≥', nonAssoc('≥', 50)],
  ['>=', nonAssoc('≥', 50)],
  ['∣', nonAssoc('∣', 50)],
  ['∈', nonAssoc('∈', 50)],
  ['∉', nonAssoc('∉', 50)],
  ['⊆', nonAssoc('⊆', 50)],
  ['⊂', nonAssoc('⊂', 50)],
  ['≈', nonAssoc('≈', 50)],
  ['∧', right('∧', 35)],
  ['/\\', right('∧', 35)],
  ['∨', right('∨', 30)],
  ['\\/', right('∨', 30)],
  ['→', right('→', 25)],
  ['->', right('→', 25)],
  ['↔', nonAssoc('↔', 20)],
  ['<->', nonAssoc('↔', 20)],
  ['∘', right('∘', 90)],
  ['×ˢ', right('×ˢ', 82)],
  ["⁻¹'", nonAssoc("⁻¹'", 80)],
  ["''", nonAssoc("''", 80)],
  ['\\', left('\\', 70)],
  ['∩', left('∩', 70)],
  ['∪', left('∪', 65)],
  ['∆', left('∆', 100)],
  ['•', right('•', 73)],
  ['×', right('×', 35)],
]);

/** Binder predicates accepted in `∀ x > 0, p` and `∃ x ∈ s, p`. */
const BINDER_PREDICATES: ReadonlySet<string> = new Set(['>', '≥', '>=', '<', '≤', '<=', '≠', '∈', '∉', '⊆', '⊂', '∣']);

const ARG_START_SYMBOLS: ReadonlySet<string> = new Set(['(', '{', '[', '⟨', '↑', '√', '⌊', '⌈', '·', '∅', 'λ']);

/** Parses one token stream (from `tokenize`); fails with a parse `Abort`. */
export class Parser {
  private index = 0;
  private depth = 0;
  /** Inside `|…|`, a `|` closes unless spaced like an opening one (Lean's `noWs` rules). */
  private barDepth = 0;
  /** Inside a set-builder's type, `|` never starts an argument. */
  private setTypeDepth = 0;
  /** `·` placeholders seen in the innermost parentheses. */
  private cdots = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    const t = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (t === undefined) throw new Abort('parse', 'token', 'empty token stream', 0);
    return t;
  }

  advance(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.index++;
    return t;
  }

  isSym(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'sym' && t.text === text;
  }

  isKeyword(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'keyword' && t.text === text;
  }

  fail(message: string, token: Token = this.peek()): never {
    const construct = token.kind === 'eof' ? 'end of input' : token.text;
    throw new Abort('parse', construct, message, token.pos);
  }

  /** A binder name: a simple (dot-free) identifier, as Lean requires. */
  private binderName(tok: Token): { name: string; pos: number } {
    if (tok.text.includes('.')) this.fail(`invalid binder name '${tok.text}': binder names cannot contain '.'`, tok);
    return { name: tok.text, pos: tok.pos };
  }

  expectSym(text: string, context: string): Token {
    if (!this.isSym(text)) this.fail(`expected '${text}' ${context}, found ${describe(this.peek())}`);
    return this.advance();
  }

  /** Parses a term whose operators all bind at least as tightly as `minPrec`. */
  parseTerm(minPrec = 0): SNode {
    return this.parseExpr(minPrec).node;
  }

  private enter(pos: number): void {
    this.depth++;
    if (this.depth > MAX_DEPTH)
      throw new Abort('parse', 'nesting', `expression nested more than ${MAX_DEPTH} levels deep`, pos);
  }

  private parseExpr(minPrec: number): { node: SNode; prec: number } {
    this.enter(this.peek().pos);
    try {
      // Left-nested chains (`a + b + c + …`) are built by this loop, not by recursion: the
      // depth of the finished tree is checked separately (`findTooDeep`).
      let { node, prec } = this.parseLeading();
      for (;;) {
        const tok = this.peek();
        if (tok.kind === 'field' || tok.kind === 'fieldIdx') {
          if (prec < MAX) break;
          this.advance();
          node = { kind: 'proj', pos: node.pos, arg: node, field: tok.text, fieldPos: tok.pos };
          prec = MAX;
          continue;
        }
        if (tok.kind === 'sym' && (tok.text === '!' || tok.text === '⁻¹')) {
          if (prec < MAX || MAX < minPrec) break;
          this.advance();
          node = { kind: 'postfix', pos: node.pos, op: tok.text, opPos: tok.pos, arg: node };
          prec = MAX;
          continue;
        }
        if (tok.kind === 'sym' && tok.text === '≡') {
          if (50 < minPrec || prec < 51) break;
          this.advance();
          const rhs = this.parseTerm(51);
          const open = this.peek();
          if (!(open.kind === 'sym' && (open.text === '[MOD' || open.text === '[ZMOD')))
            this.fail(`expected '[MOD n]' or '[ZMOD n]' after '≡', found ${describe(open)}`);
          this.advance();
          const modulus = this.withBarsReset(() => this.parseTerm(0));
          this.expectSym(']', "to close '[MOD'");
          node = { kind: 'modeq', pos: node.pos, variant: open.text === '[MOD' ? 'MOD' : 'ZMOD', lhs: node, rhs, modulus };
          prec = 50;
          continue;
        }
        const infix = tok.kind === 'sym' ? INFIX.get(tok.text) : undefined;
        if (infix !== undefined) {
          if (infix.prec < minPrec || prec < infix.lhs) break;
          this.advance();
          const rhs = this.parseTerm(infix.rhs);
          node = { kind: 'binop', pos: node.pos, op: infix.op, opPos: tok.pos, lhs: node, rhs };
          prec = infix.prec;
          continue;
        }
        if (LEAD >= minPrec && prec >= MAX && this.canStartArg(tok)) {
          const args: SNode[] = [];
          while (this.canStartArg(this.peek())) args.push(this.parseTerm(MAX));
          node = { kind: 'app', pos: node.pos, fn: node, args };
          prec = LEAD;
          continue;
        }
        break;
      }
      return { node, prec };
    } finally {
      this.depth--;
    }
  }

  private canStartArg(tok: Token): boolean {
    switch (tok.kind) {
      case 'ident':
      case 'num':
        return true;
      case 'keyword':
        return tok.text === 'fun';
      case 'sym':
        if (tok.text === '|') {
          if (this.setTypeDepth > 0) return false;
          if (this.barDepth === 0) return true;
          // Lean's `|a|` needs no space after the opening bar and none before the closing one.
          const next = this.peek(1);
          return tok.spaceBefore && !next.spaceBefore && next.kind !== 'eof';
        }
        return ARG_START_SYMBOLS.has(tok.text);
      default:
        return false;
    }
  }

  private withBarsReset<T>(f: () => T): T {
    const saved = this.barDepth;
    const savedSet = this.setTypeDepth;
    this.barDepth = 0;
    this.setTypeDepth = 0;
    try {
      return f();
    } finally {
      this.barDepth = saved;
      this.setTypeDepth = savedSet;
    }
  }

  private inSetType<T>(f: () => T): T {
    this.setTypeDepth++;
    try {
      return f();
    } finally {
      this.setTypeDepth--;
    }
  }

  private withBarsClosing<T>(f: () => T): T {
    this.barDepth++;
    try {
      return f();
    } finally {
      this.barDepth--;
    }
  }

  private parseLeading(): { node: SNode; prec: number } {
    const tok = this.peek();
    const pos = tok.pos;
    switch (tok.kind) {
      case 'num':
        this.advance();
        return { node: parseNumeral(tok), prec: MAX };
      case 'ident':
        this.advance();
        return { node: tok.text === '_' ? { kind: 'hole', pos } : { kind: 'ident', pos, name: tok.text }, prec: MAX };
      case 'keyword':
        if (tok.text === 'fun') {
          this.advance();
          return { node: this.parseBinderTail('fun', pos), prec: MAX };
        }
        if (tok.text === 'if') {
          this.advance();
          const cond = this.parseTerm(0);
          if (!this.isKeyword('then')) this.fail(`expected 'then', found ${describe(this.peek())}`);
          this.advance();
          const thenBranch = this.parseTerm(0);
          if (!this.isKeyword('else')) this.fail(`expected 'else', found ${describe(this.peek())}`);
          this.advance();
          const elseBranch = this.parseTerm(0);
          return { node: { kind: 'ite', pos, cond, then: thenBranch, else: elseBranch }, prec: LEAD };
        }
        return this.fail(`unexpected keyword '${tok.text}'`);
      case 'sym':
        return this.parseLeadingSymbol(tok);
      case 'eof':
        return this.fail('unexpected end of input, expected a term');
      default:
        return this.fail(`unexpected ${describe(tok)}`);
    }
  }

  private parseLeadingSymbol(tok: Token): { node: SNode; prec: number } {
    const pos = tok.pos;
    switch (tok.text) {
      case '(':
        return { node: this.parseParen(), prec: MAX };
      case '{':
        return { node: this.parseBrace(), prec: MAX };
      case '[': {
        this.advance();
        const elems = this.withBarsReset(() => this.parseCommaList(']'));
        return { node: { kind: 'listLit', pos, elems }, prec: MAX };
      }
      case '⟨': {
        this.advance();
        this.withBarsReset(() => this.parseCommaList('⟩'));
        return { node: { kind: 'unsupported', pos, construct: '⟨…⟩' }, prec: MAX };
      }
      case '|': {
        this.advance();
        const arg = this.withBarsClosing(() => this.parseTerm(0));
        this.expectSym('|', "to close '|'");
        return { node: { kind: 'bracket', pos, op: 'abs', arg }, prec: MAX };
      }
      case '⌊':
      case '⌈': {
        this.advance();
        const arg = this.withBarsReset(() => this.parseTerm(0));
        const close = this.peek();
        const floor = tok.text === '⌊';
        const plain = floor ? '⌋' : '⌉';
        if (!(close.kind === 'sym' && (close.text === plain || close.text === `${plain}₊`)))
          this.fail(`expected '${plain}' to close '${tok.text}', found ${describe(close)}`);
        this.advance();
        const nat = close.text.endsWith('₊');
        const op = floor ? (nat ? 'nfloor' : 'floor') : nat ? 'nceil' : 'ceil';
        return { node: { kind: 'bracket', pos, op, arg }, prec: MAX };
      }
      case '-': {
        this.advance();
        return { node: { kind: 'prefix', pos, op: '-', arg: this.parseTerm(75) }, prec: 75 };
      }
      case '¬': {
        this.advance();
        return { node: { kind: 'prefix', pos, op: '¬', arg: this.parseTerm(40) }, prec: MAX };
      }
      case '↑':
      case '√': {
        this.advance();
        return { node: { kind: 'prefix', pos, op: tok.text, arg: this.parseTerm(MAX) }, prec: MAX };
      }
      case '∀':
      case '∃':
      case '∃!': {
        this.advance();
        return { node: this.parseBinderTail(tok.text, pos), prec: LEAD };
      }
      case 'λ':
        this.advance();
        return { node: this.parseBinderTail('fun', pos), prec: MAX };
      case '∑':
      case '∏':
        return { node: this.parseBigOp(tok.text), prec: MAX };
      case '·':
        this.advance();
        this.cdots++;
        return { node: { kind: 'cdot', pos }, prec: MAX };
      case '∅':
        this.advance();
        return { node: { kind: 'unsupported', pos, construct: '∅' }, prec: MAX };
      default:
        return this.fail(`unexpected ${describe(tok)}`);
    }
  }

  private parseCommaList(close: string): SNode[] {
    const elems: SNode[] = [];
    if (this.isSym(close)) {
      this.advance();
      return elems;
    }
    for (;;) {
      elems.push(this.parseTerm(0));
      if (this.isSym(',')) {
        this.advance();
        continue;
      }
      this.expectSym(close, 'to close the list');
      return elems;
    }
  }

  private parseParen(): SNode {
    const open = this.advance();
    return this.withBarsReset(() => {
      const savedCdots = this.cdots;
      this.cdots = 0;
      try {
        if (this.isSym(')')) {
          this.advance();
          return { kind: 'unsupported', pos: open.pos, construct: '()' } satisfies SNode;
        }
        let node = this.parseTerm(0);
        if (this.isSym(':')) {
          this.advance();
          if (this.isSym(')')) this.fail("type ascription '(e :)' without a type is not supported");
          const type = this.parseTerm(0);
          node = { kind: 'ascription', pos: open.pos, expr: node, type };
        } else if (this.isSym(',')) {
          this.advance();
          const rest = this.parseCommaList(')');
          return { kind: 'tuple', pos: open.pos, elems: [node, ...rest] } satisfies SNode;
        }
        if (!this.isSym(')')) this.fail(`expected ')' to close '(', found ${describe(this.peek())}`);
        this.advance();
        if (this.cdots > 0) return { kind: 'cdotFun', pos: open.pos, body: node } satisfies SNode;
        return node;
      } finally {
        this.cdots = savedCdots;
      }
    });
  }

  private parseBrace(): SNode {
    const open = this.advance();
    return this.withBarsReset(() => {
      const first = this.peek();
      const second = this.peek(1);
      if (first.kind === 'ident' && second.kind === 'sym' && (second.text === ':' || second.text === '|')) {
        this.binderName(this.advance());
        let type: SNode | undefined;
        if (second.text === ':') {
          this.advance();
          type = this.inSetType(() => this.parseTerm(0));
        }
        this.expectSym('|', 'in set-builder notation');
        const body = this.parseTerm(0);
        this.expectSym('}', "to close '{'");
        const node: SNode = { kind: 'setBuilder', pos: open.pos, name: first.text, namePos: first.pos, body };
        return type === undefined ? node : { ...node, type };
      }
      if (this.isSym('}')) {
        this.advance();
        return { kind: 'setLit', pos: open.pos, elems: [] } satisfies SNode;
      }
      const head = this.inSetType(() => this.parseTerm(0));
      if (this.isSym('|')) {
        this.advance();
        this.parseTerm(0);
        this.expectSym('}', "to close '{'");
        return { kind: 'unsupported', pos: open.pos, construct: '{x ∈ s | p}' } satisfies SNode;
      }
      const elems = [head];
      while (this.isSym(',')) {
        this.advance();
        elems.push(this.parseTerm(0));
      }
      this.expectSym('}', "to close '{'");
      return { kind: 'setLit', pos: open.pos, elems } satisfies SNode;
    });
  }

  /** After `∀`/`∃`/`∃!`/`fun`: binder groups, then `,` (or `=>`/`↦` for `fun`), then the body. */
  private parseBinderTail(q: '∀' | '∃' | '∃!' | 'fun', pos: number): SNode {
    const groups: SBinderGroup[] = [];
    const isFun = q === 'fun';
    for (;;) {
      const tok = this.peek();
      if (tok.kind === 'ident') {
        const names: { name: string; pos: number }[] = [];
        while (this.peek().kind === 'ident') names.push(this.binderName(this.advance()));
        const next = this.peek();
        if (next.kind === 'sym' && next.text === ':') {
          this.advance();
          groups.push({ names, type: this.parseTerm(0), bracket: 'none', pos: tok.pos });
          break;
        }
        if (!isFun && next.kind === 'sym' && BINDER_PREDICATES.has(next.text)) {
          if (names.length !== 1) this.fail('a binder predicate needs exactly one variable', next);
          this.advance();
          const op = INFIX.get(next.text)?.op ?? next.text;
          groups.push({ names, pred: { op, rhs: this.parseTerm(0) }, bracket: 'none', pos: tok.pos });
          break;
        }
        groups.push({ names, bracket: 'none', pos: tok.pos });
        continue;
      }
      if (tok.kind === 'sym' && (tok.text === '(' || tok.text === '{' || tok.text === '⦃' || tok.text === '[')) {
        groups.push(this.parseBracketedBinder());
        continue;
      }
      break;
    }
    if (groups.length === 0) this.fail(`expected a binder after '${q}', found ${describe(this.peek())}`);
    if (isFun) {
      if (!(this.isSym('=>') || this.isSym('↦'))) {
        this.fail(`expected '=>' or '↦' after the binders of 'fun', found ${describe(this.peek())}`);
      }
      this.advance();
    } else {
      this.expectSym(',', `after the binders of '${q}'`);
    }
    const body = this.parseTerm(0);
    return { kind: 'binder', pos, q, groups, body };
  }

  /** `(x y : T)`, `{n : ℕ}`, `⦃x : T⦄`, `[inst : C]`, `(h : p)`; also used for declaration binders. */
  parseBracketedBinder(): SBinderGroup {
    const open = this.advance();
    const close = open.text === '(' ? ')' : open.text === '{' ? '}' : open.text === '⦃' ? '⦄' : ']';
    const bracket = open.text as '(' | '{' | '⦃' | '[';
    return this.withBarsReset(() => {
      if (bracket === '[') {
        // `[inst : C]` or `[C]`: kept so the elaborator can name the construct it rejects.
        const type = this.parseTerm(0);
        let groupType = type;
        if (this.isSym(':')) {
          this.advance();
          groupType = this.parseTerm(0);
        }
        this.expectSym(']', 'to close the instance binder');
        return { names: [], type: groupType, bracket, pos: open.pos };
      }
      const names: { name: string; pos: number }[] = [];
      while (this.peek().kind === 'ident') names.push(this.binderName(this.advance()));
      if (names.length === 0) this.fail(`expected a variable name after '${open.text}', found ${describe(this.peek())}`);
      let type: SNode | undefined;
      if (this.isSym(':')) {
        this.advance();
        type = this.parseTerm(0);
      }
      if (this.isSym(':=')) this.fail('binders with default values are not supported');
      this.expectSym(close, `to close '${open.text}'`);
      return type === undefined ? { names, bracket, pos: open.pos } : { names, type, bracket, pos: open.pos };
    });
  }

  private parseBigOp(op: '∑' | '∏'): SNode {
    const opTok = this.advance();
    const nameTok = this.peek();
    if (nameTok.kind !== 'ident') this.fail(`expected an index variable after '${op}', found ${describe(nameTok)}`);
    this.binderName(this.advance());
    let domain: SNode | undefined;
    let indexType: SNode | undefined;
    if (this.isSym('∈') || this.isKeyword('in')) {
      this.advance();
      domain = this.parseTerm(0);
      if (this.isKeyword('with')) this.fail(`'${op} x ∈ s with p, f' (filtered big operator) is not supported`);
    } else if (this.isSym(':')) {
      this.advance();
      indexType = this.parseTerm(0);
    } else if (!this.isSym(',')) {
      this.fail(`expected '∈', 'in', ':' or ',' after the index of '${op}', found ${describe(this.peek())}`);
    }
    this.expectSym(',', `after the index of '${op}'`);
    const body = this.parseTerm(67);
    const node: SNode = { kind: 'bigop', pos: opTok.pos, op, name: nameTok.text, namePos: nameTok.pos, body };
    return { ...node, ...(domain === undefined ? {} : { domain }), ...(indexType === undefined ? {} : { indexType }) };
  }
}

function describe(tok: Token): string {
  switch (tok.kind) {
    case 'eof':
      return 'end of input';
    case 'field':
      return `'.${tok.text}'`;
    case 'fieldIdx':
      return `'.${tok.text}'`;
    default:
      return `'${tok.text}'`;
  }
}

const TEN = 10n;

/** The value of a numeral token: naturals, `0x`/`0b`/`0o`, decimals `2.5`, scientific `1.5e3`. */
export function parseNumeral(tok: Token): SNode {
  const text = tok.text;
  const pos = tok.pos;
  if (/^0[xXbBoO]/.test(text)) {
    const normalized = `0${text[1]?.toLowerCase() ?? ''}${text.slice(2)}`;
    return { kind: 'num', pos, text, num: BigInt(normalized), den: 1n, decimal: false };
  }
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) throw new Abort('parse', text, `malformed numeral '${text}'`, pos);
  const intPart = m[1] ?? '0';
  const frac = m[2] ?? '';
  const expText = m[3];
  if (frac === '' && expText === undefined) return { kind: 'num', pos, text, num: BigInt(intPart), den: 1n, decimal: false };
  if (expText !== undefined && Math.abs(Number(expText)) > 10_000)
    throw new Abort('parse', text, `numeral exponent too large in '${text}'`, pos);
  let num = BigInt(intPart + frac);
  let den = TEN ** BigInt(frac.length);
  const exp = expText === undefined ? 0 : Number(expText);
  if (exp > 0) num *= TEN ** BigInt(exp);
  else if (exp < 0) den *= TEN ** BigInt(-exp);
  return { kind: 'num', pos, text, num, den, decimal: true };
}
