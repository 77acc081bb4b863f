/**
 * Terms, statements and goals back to Lean syntax that re-elaborates to the same AST:
 * precedence-aware parentheses (Lean's), casts as `(↑x : ℝ)`, and a type ascription wherever
 * the elaborator could not otherwise recover a type (`(2 : ℝ) = 2`, `x ^ (2 : ℤ)`).
 * Functions print by full name (`Real.sqrt x`, `Nat.factorial n`), so the text does not depend
 * on `open` namespaces; only global notations are used (`|x|`, `⌊x⌋`, `∑ i ∈ s, f`).
 */
import type { ContextEntry, Statement, Term } from './ast.ts';
import { builtinSpec, type SigTy } from './builtins.ts';
import { termKey } from './equality.ts';
import { isPlainIdent } from './lexer.ts';
import { printTy, tyEquals, NAT, type Ty } from './types.ts';

const MAX = 1024;
const LEAD = 1023;
/** `absorb` of nodes whose text cannot swallow a following operator. */
const NEVER = Infinity;

/** Lean syntax for `term`, with enough ascriptions that `parseTerm` (no expected type) rebuilds it. */
export function printTerm(term: Term): string {
  return print(term, 0, -1, false);
}

/** A name as Lean reads it (`«…»` when it is not a plain identifier). */
function printName(name: string): string {
  return isPlainIdent(name) || name === '_' ? name : `«${name}»`;
}

/** Whether `sig` mentions the type parameter α. */
function mentionsAlpha(sig: SigTy): boolean {
  return sig.kind !== 'fixed';
}

/**
 * Whether elaborating the printed `t` with no expected type determines its type without
 * any default (a variable, a cast, a typed function application, a tree with such a leaf).
 */
function strict(t: Term): boolean {
  switch (t.kind) {
    case 'lit':
      return false;
    case 'neg':
    case 'inv':
      return strict(t.arg);
    case 'arith':
      return strict(t.left) || strict(t.right);
    case 'pow':
      return strict(t.base);
    case 'bigop':
      return strict(t.body);
    case 'lambda':
      return selfTyped(t.body);
    case 'call': {
      const spec = builtinSpec(t.fn);
      if (!mentionsAlpha(spec.result)) return true;
      return t.args.some((a, i) => {
        const sig = spec.params[i];
        return sig !== undefined && mentionsAlpha(sig) && strict(a);
      });
    }
    default:
      return true;
  }
}

/** The type a flexible term gets by default: numerals become ℕ (and so does what contains them). */
function defaultType(t: Term): Ty | undefined {
  switch (t.kind) {
    case 'lit':
      return t.den === 1n ? NAT : undefined;
    case 'neg':
    case 'inv':
      return defaultType(t.arg);
    case 'arith':
      return defaultType(t.left) ?? defaultType(t.right);
    case 'pow':
      return defaultType(t.base);
    case 'bigop':
      return defaultType(t.body);
    case 'call': {
      const spec = builtinSpec(t.fn);
      const r = spec.result;
      switch (r.kind) {
        case 'fixed':
          return r.ty;
        case 'alpha':
          return NAT;
        case 'finsetAlpha':
          return { kind: 'finset', elem: NAT };
        case 'setAlpha':
          return { kind: 'set', elem: NAT };
        case 'listAlpha':
          return { kind: 'list', elem: NAT };
        case 'predAlpha':
          return { kind: 'fun', dom: NAT, cod: { kind: 'prop' } };
      }
      break;
    }
    default:
      return t.type;
  }
  return undefined;
}

/** Whether `t`, elaborated alone, gets exactly `t.type` (strictly or by defaulting). */
function selfTyped(t: Term): boolean {
  if (strict(t)) return true;
  const d = defaultType(t);
  return d !== undefined && tyEquals(d, t.type);
}

function decimal(num: bigint, den: bigint): string {
  let k = 0n;
  let d = den;
  let twos = 0n;
  let fives = 0n;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  k = twos > fives ? twos : fives;
  const scaled = (num * 10n ** k) / den;
  const digits = scaled.toString().padStart(Number(k) + 1, '0');
  const cut = digits.length - Number(k);
  return `${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

interface Info {
  readonly prec: number;
  /** The text's tail swallows a following operator of precedence ≥ this (binder bodies, prefix args). */
  readonly absorb: number;
}

function info(t: Term): Info {
  switch (t.kind) {
    case 'var':
    case 'lit':
    case 'cast':
    case 'setOf':
    case 'propConst':
    case 'inv':
      return { prec: MAX, absorb: NEVER };
    case 'call':
      return t.args.length === 0 || NOTATION[t.fn] !== undefined ? { prec: MAX, absorb: NEVER } : { prec: LEAD, absorb: NEVER };
    case 'lemma':
      return t.args.length === 0 ? { prec: MAX, absorb: NEVER } : { prec: LEAD, absorb: NEVER };
    case 'app':
    case 'modeq':
      return { prec: LEAD, absorb: NEVER };
    case 'neg':
      return { prec: 75, absorb: 75 };
    case 'not':
      return isNotMem(t) ? { prec: 50, absorb: NEVER } : { prec: MAX, absorb: 40 };
    case 'arith':
      return { prec: t.op === '+' || t.op === '-' ? 65 : 70, absorb: NEVER };
    case 'pow':
      return { prec: 75, absorb: NEVER };
    case 'rel':
    case 'mem':
      return { prec: 50, absorb: NEVER };
    case 'logic':
      return { prec: LOGIC_PREC[t.op], absorb: NEVER };
    case 'quant':
    case 'lambda':
      return { prec: LEAD, absorb: 0 };
    case 'bigop':
      return { prec: MAX, absorb: 67 };
  }
}

const LOGIC_PREC = { '∧': 35, '∨': 30, '→': 25, '↔': 20 } as const;
const LOGIC_SIDES = { '∧': [36, 35], '∨': [31, 30], '→': [26, 25], '↔': [21, 21] } as const;
const NOTATION: Readonly<Partial<Record<string, readonly [string, string]>>> = {
  abs: ['|', '|'],
  'Int.floor': ['⌊', '⌋'],
  'Int.ceil': ['⌈', '⌉'],
  'Nat.floor': ['⌊', '⌋₊'],
  'Nat.ceil': ['⌈', '⌉₊'],
};

function isNotMem(t: Term): t is Extract<Term, { kind: 'not' }> & { arg: Extract<Term, { kind: 'mem' }> } {
  return t.kind === 'not' && t.arg.kind === 'mem';
}

/**
 * `t` printed where operators binding looser than `minPrec` need parentheses, `follow` is the
 * precedence of the operator that comes right after (−1 for none), and `known` says whether
 * the elaborator will know the expected type at this position.
 */
function print(t: Term, minPrec: number, follow: number, known: boolean): string {
  if (!known && !selfTyped(t)) return `(${print(t, 0, -1, true)} : ${printTy(t.type)})`;
  const { prec, absorb } = info(t);
  const paren = prec < minPrec || absorb <= follow;
  const body = render(t, paren ? -1 : follow);
  return paren ? `(${body})` : body;
}

function args(ts: readonly Term[], known: (i: number) => boolean): string {
  return ts.map((a, i) => ` ${print(a, MAX, LEAD, known(i))}`).join('');
}

function render(t: Term, follow: number): string {
  switch (t.kind) {
    case 'var':
      return printName(t.name);
    case 'lit':
      return t.den === 1n ? t.num.toString() : decimal(t.num, t.den);
    case 'propConst':
      return t.value ? 'True' : 'False';
    case 'cast':
      return `(↑${print(t.arg, MAX, -1, false)} : ${printTy(t.type)})`;
    case 'neg': {
      const arg = print(t.arg, 75, follow, true);
      return arg.startsWith('-') ? `-(${arg})` : `-${arg}`;
    }
    case 'inv':
      return `${print(t.arg, MAX, MAX, true)}⁻¹`;
    case 'arith': {
      const p = t.op === '+' || t.op === '-' ? 65 : 70;
      return `${print(t.left, p, p, true)} ${t.op} ${print(t.right, p + 1, follow, true)}`;
    }
    case 'pow':
      return `${print(t.base, 76, 75, true)} ^ ${print(t.exponent, 75, follow, false)}`;
    case 'rel': {
      const known = selfTyped(t.left) || selfTyped(t.right);
      return `${print(t.left, 51, 50, known)} ${t.op} ${print(t.right, 51, follow, true)}`;
    }
    case 'mem':
      return `${print(t.elem, 51, 50, true)} ∈ ${print(t.set, 51, follow, false)}`;
    case 'not':
      if (isNotMem(t)) return `${print(t.arg.elem, 51, 50, true)} ∉ ${print(t.arg.set, 51, follow, false)}`;
      return `¬${print(t.arg, 40, follow, true)}`;
    case 'logic': {
      const [l, r] = LOGIC_SIDES[t.op];
      return `${print(t.left, l, LOGIC_PREC[t.op], true)} ${t.op} ${print(t.right, r, follow, true)}`;
    }
    case 'app': {
      const as: Term[] = [];
      let head: Term = t;
      while (head.kind === 'app') {
        as.unshift(head.arg);
        head = head.fn;
      }
      return `${print(head, MAX, LEAD, true)}${args(as, () => true)}`;
    }
    case 'call': {
      const notation = NOTATION[t.fn];
      const spec = builtinSpec(t.fn);
      const alphaResult = mentionsAlpha(spec.result);
      const alphaKnown =
        alphaResult || t.args.some((a, i) => mentionsAlpha(spec.params[i] ?? { kind: 'alpha' }) && selfTyped(a));
      let annotated = false;
      const knownAt = (i: number): boolean => {
        const sig = spec.params[i];
        if (sig === undefined || !mentionsAlpha(sig) || alphaKnown) return true;
        if (annotated) return true;
        annotated = true;
        return false;
      };
      if (notation !== undefined) {
        const arg = t.args[0];
        return arg === undefined ? t.fn : `${notation[0]}${print(arg, 0, -1, knownAt(0))}${notation[1]}`;
      }
      return `${t.fn}${args(t.args, knownAt)}`;
    }
    case 'lemma':
      return `${printName(t.name)}${args(t.args, () => false)}`;
    case 'modeq': {
      const fn = tyEquals(t.left.type, NAT) ? 'Nat.ModEq' : 'Int.ModEq';
      return `${fn}${args([t.modulus, t.left, t.right], () => true)}`;
    }
    case 'lambda':
      return `fun (${printName(t.param.name)} : ${printTy(t.param.type)}) => ${print(t.body, 0, follow, true)}`;
    case 'setOf':
      return `{${printName(t.param.name)} : ${printTy(t.param.type)} | ${print(t.body, 0, -1, true)}}`;
    case 'bigop':
      return `${t.op} ${printName(t.index.name)} ∈ ${print(t.domain, 0, -1, false)}, ${print(t.body, 67, follow, true)}`;
    case 'quant': {
      // Consecutive binders of one quantifier and type print as one group: `∀ x y : ℝ, p`.
      const names = [printName(t.binder.name)];
      let body = t.body;
      if (t.q !== '∃!') {
        while (body.kind === 'quant' && body.q === t.q && tyEquals(body.binder.type, t.binder.type)) {
          names.push(printName(body.binder.name));
          body = body.body;
        }
      }
      return `${t.q} ${names.join(' ')} : ${printTy(t.binder.type)}, ${print(body, 0, follow, true)}`;
    }
  }
}

/** One binder group per run of variables of one type (and implicitness); hypotheses one each. */
function groupEntries(entries: readonly ContextEntry[], mergeHypotheses: boolean): { names: string[]; entry: ContextEntry }[] {
  const groups: { names: string[]; entry: ContextEntry }[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last !== undefined) {
      const le = last.entry;
      if (
        le.kind === 'variable' &&
        e.kind === 'variable' &&
        tyEquals(le.type, e.type) &&
        (le.implicit ?? false) === (e.implicit ?? false)
      ) {
        last.names.push(printName(e.name));
        continue;
      }
      if (mergeHypotheses && le.kind === 'hypothesis' && e.kind === 'hypothesis' && termKey(le.prop) === termKey(e.prop)) {
        last.names.push(printName(e.name));
        continue;
      }
    }
    groups.push({ names: [printName(e.name)], entry: e });
  }
  return groups;
}

/** The statement as a Lean declaration: `theorem name (x y : ℝ) (h₀ : 0 < x) : goal`. */
export function printStatement(statement: Statement): string {
  const parts: string[] = [statement.declKind];
  if (statement.declKind !== 'example') parts.push(printName(statement.name));
  for (const g of groupEntries(statement.binders, false)) {
    const e = g.entry;
    if (e.kind === 'variable') {
      const [open, close] = e.implicit ? ['{', '}'] : ['(', ')'];
      parts.push(`${open}${g.names.join(' ')} : ${printTy(e.type)}${close}`);
    } else {
      parts.push(`(${g.names.join(' ')} : ${printTerm(e.prop)})`);
    }
  }
  return `${parts.join(' ')} : ${printTerm(statement.goal)}`;
}

/**
 * A goal as Lean shows it: one line per context group (`x y : ℝ`, `h₀ : 0 < x`; consecutive
 * entries with one type or one statement share a line), then `⊢ target`.
 */
export function printGoal(context: readonly ContextEntry[], target: Term): string {
  const lines = groupEntries(context, true).map((g) => {
    const e = g.entry;
    return `${g.names.join(' ')} : ${e.kind === 'variable' ? printTy(e.type) : printTerm(e.prop)}`;
  });
  lines.push(`⊢ ${printTerm(target)}`);
  return lines.join('\n');
}
