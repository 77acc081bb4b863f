/**
 * The arithmetic simplifier behind `norm_num` and `simp`: an equivalence-preserving rewrite of a
 * proposition (under the hypotheses the rewrite rules come from). Steps, top-down:
 * 1. rewrite rules from hypotheses (`h : a = b` rewrites `a` to `b`, also `∀ x, f x = …` by
 *    matching; `h : P` rewrites `P` to `True`, `h : ¬P` and `h : a ≠ b` rewrite `P`, `a = b` to
 *    `False`), never under a binder that captures a variable of the rule;
 * 2. a closed subterm (no free variables) is evaluated exactly (../eval) and replaced by its
 *    numeral or truth value;
 * 3. a comparison whose sides differ by a constant polynomial is decided (core `checkIdentity`);
 * 4. `e % k` by a literal is computed from known residues of `e`'s atoms (`h : n % 2 = 1`),
 *    since an integer polynomial's residue depends only on the residues of its variables;
 * 5. connectives with `True`/`False` operands are simplified, and `∀ x, True` is `True`;
 * 6. `∑ i ∈ s, f i` over a concrete small finset is expanded into `f v₁ + … + f vₖ`;
 * 7. casts are pushed through `+`, `*`, `^`, numerals (and ℤ `-`, negation) when enabled.
 * Each step replaces a term by one with the same value (or a proposition by an equivalent one),
 * so a result `True` proves the input and `False` refutes it.
 */
import { Polynomial, Rational, checkIdentity, intEMod, type Limits } from '../core/index.ts';
import {
  FALSE,
  TRUE,
  mkArith,
  mkCast,
  mkLit,
  mkLogic,
  mkNeg,
  mkNot,
  mkPow,
  mkRel,
  type Term,
} from '../syntax/ast.ts';
import { termEquals, termKey } from '../syntax/equality.ts';
import { children, freeVars, substituteAll, withChildren } from '../syntax/substitute.ts';
import { isOrdered, tyEquals } from '../syntax/types.ts';
import { evaluate, type Value } from '../eval/index.ts';
import { AtomTable } from './atoms.ts';
import { linearize } from './linearize.ts';
import { constantTerm } from './to-term.ts';

/** A rewrite rule: `∀ params, from = to` (no params for a plain equation), or a proposition's truth value. */
export type Rewrite =
  | { readonly kind: 'term'; readonly params: readonly string[]; readonly from: Term; readonly to: Term }
  | { readonly kind: 'prop'; readonly prop: Term; readonly value: boolean };

/** Which casts `↑(…)` are pushed inward (the `Nat.cast_add`-style simp lemmas). */
export type CastRule = 'add' | 'mul' | 'pow' | 'sub' | 'neg' | 'numeral';

export const ALL_CAST_RULES: ReadonlySet<CastRule> = new Set(['add', 'mul', 'pow', 'sub', 'neg', 'numeral']);

export interface SimpSettings {
  readonly limits: Limits;
  readonly deadline: number;
  readonly rewrites: readonly Rewrite[];
  /** Decide comparisons by polynomial difference (norm_num, simp; not `simp only`). */
  readonly polynomial: boolean;
  /** Cast pushing (default none): `↑(a + b) = ↑a + ↑b` etc.; `sub`/`neg` only from ℤ, never ℕ subtraction. */
  readonly casts?: ReadonlySet<CastRule>;
}

export type SimpResult =
  | { readonly kind: 'ok'; readonly term: Term }
  | { readonly kind: 'resource'; readonly message: string }
  | { readonly kind: 'timeout' };

/** The rewrite rules a hypothesis gives, as `simp [h]` reads it. */
export function rewritesOf(prop: Term): Rewrite[] {
  const params: string[] = [];
  let body = prop;
  while (body.kind === 'quant' && body.q === '∀') {
    params.push(body.binder.name);
    body = body.body;
  }
  if (body.kind === 'rel' && body.op === '=') {
    // A closed left side would rewrite numerals everywhere; such rules are not useful here.
    if (freeVars(body.left).size === 0) return params.length === 0 ? [{ kind: 'prop', prop: body, value: true }] : [];
    return [{ kind: 'term', params, from: body.left, to: body.right }];
  }
  if (params.length > 0) return [];
  if (body.kind === 'not') return [{ kind: 'prop', prop: body.arg, value: false }];
  if (body.kind === 'rel' && body.op === '≠') return [{ kind: 'prop', prop: mkRel('=', body.left, body.right), value: false }];
  if (body.kind === 'propConst') return [];
  return [{ kind: 'prop', prop: body, value: true }];
}

class Stop {
  constructor(readonly result: Exclude<SimpResult, { kind: 'ok' }>) {}
}

const MAX_REWRITE_DEPTH = 24;

/** Simplifies `term` as described in the module comment. */
export function simplify(term: Term, s: SimpSettings): SimpResult {
  try {
    return { kind: 'ok', term: new Simplifier(s).simp(term, new Set(), 0) };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

class Simplifier {
  private readonly ruleVars: Set<string>[];
  /** One table for residues and `%` reduction: atom keys are only comparable within a table. */
  private readonly modTable = new AtomTable();
  private readonly residues: Map<string, bigint>; // `${atomKey}|${k}` → residue

  constructor(private readonly s: SimpSettings) {
    this.ruleVars = s.rewrites.map((r) => {
      const vars = new Set<string>();
      const terms = r.kind === 'term' ? [r.from, r.to] : [r.prop];
      for (const t of terms) for (const v of freeVars(t).keys()) vars.add(v);
      if (r.kind === 'term') for (const p of r.params) vars.delete(p);
      return vars;
    });
    this.residues = this.collectResidues();
  }

  simp(t: Term, bound: ReadonlySet<string>, depth: number): Term {
    if (Date.now() > this.s.deadline) throw new Stop({ kind: 'timeout' });
    const rewritten = this.rewrite(t, bound);
    if (rewritten !== undefined && depth < MAX_REWRITE_DEPTH) return this.simp(rewritten, bound, depth + 1);
    const value = this.evaluateClosed(t);
    if (value !== undefined) return value;

    let next: Term;
    if (t.kind === 'quant' || t.kind === 'lambda' || t.kind === 'setOf') {
      const b = t.kind === 'quant' ? t.binder : t.param;
      const inner = new Set(bound).add(b.name);
      const body = this.simp(t.body, inner, depth);
      next = body === t.body ? t : withChildren(t, [body]);
    } else if (t.kind === 'bigop') {
      const domain = this.simp(t.domain, bound, depth);
      const body = this.simp(t.body, new Set(bound).add(t.index.name), depth);
      next = domain === t.domain && body === t.body ? t : withChildren(t, [domain, body]);
    } else {
      const cs = children(t);
      const ns = cs.map((c) => this.simp(c, bound, depth));
      next = ns.some((n, i) => n !== cs[i]) ? withChildren(t, ns) : t;
    }
    if (next !== t) {
      const again = this.rewrite(next, bound);
      if (again !== undefined && depth < MAX_REWRITE_DEPTH) return this.simp(again, bound, depth + 1);
      const v = this.evaluateClosed(next);
      if (v !== undefined) return v;
    }
    const out = this.post(next, bound);
    // An expanded big operator or a pushed cast is a new term: simplify it in turn.
    if ((next.kind === 'bigop' || next.kind === 'cast') && out !== next && depth < MAX_REWRITE_DEPTH) return this.simp(out, bound, depth + 1);
    return out;
  }

  /**
   * `↑(a + b)` → `↑a + ↑b`, `↑(a * b)`, `↑(a ^ n)`, numerals, and from ℤ also `↑(a - b)`, `↑(-a)`:
   * casts up the tower are ring homomorphisms (`Nat.cast_add`, `Int.cast_sub`, …). ℕ
   * subtraction and ℕ/ℤ division are not pushed (`Nat.cast_sub` needs `b ≤ a`).
   */
  private pushCast(t: Extract<Term, { kind: 'cast' }>): Term | undefined {
    const rules = this.s.casts;
    if (rules === undefined || rules.size === 0 || t.type.kind !== 'num') return undefined;
    const ty = t.type;
    const a = t.arg;
    const up = (x: Term): Term => mkCast(x, ty);
    if (a.kind === 'lit' && a.den === 1n && rules.has('numeral')) return mkLit(a.num, ty);
    if (a.kind === 'arith') {
      if (a.op === '+' && rules.has('add')) return mkArith('+', up(a.left), up(a.right));
      if (a.op === '*' && rules.has('mul')) return mkArith('*', up(a.left), up(a.right));
      if (a.op === '-' && rules.has('sub') && a.type.kind === 'num' && a.type.name !== 'Nat') return mkArith('-', up(a.left), up(a.right));
      return undefined;
    }
    if (a.kind === 'pow' && rules.has('pow')) return mkPow(up(a.base), a.exponent);
    if (a.kind === 'neg' && rules.has('neg')) return mkNeg(up(a.arg));
    return undefined;
  }

  /** The first rule that applies at `t` (none under binders capturing its variables). */
  private rewrite(t: Term, bound: ReadonlySet<string>): Term | undefined {
    for (const [i, r] of this.s.rewrites.entries()) {
      if ([...this.ruleVars[i]!].some((v) => bound.has(v))) continue;
      if (r.kind === 'prop') {
        if (t.type.kind === 'prop' && termEquals(t, r.prop)) return r.value ? TRUE : FALSE;
        continue;
      }
      if (r.params.length === 0) {
        if (termEquals(t, r.from)) return r.to;
        continue;
      }
      const m = match(r.from, t, new Set(r.params));
      if (m !== undefined && r.params.every((p) => m.has(p))) return substituteAll(r.to, m);
    }
    return undefined;
  }

  /** The numeral or truth value of a closed numeric or propositional term, if it is known exactly. */
  private evaluateClosed(t: Term): Term | undefined {
    if (t.kind === 'lit' || t.kind === 'propConst') return undefined;
    if (t.kind === 'neg' && t.arg.kind === 'lit') return undefined;
    if (t.type.kind !== 'num' && t.type.kind !== 'prop') return undefined;
    if (t.type.kind === 'num' && t.type.name === 'Complex') return undefined;
    if (freeVars(t).size > 0) return undefined;
    const r = evaluate(t, new Map<string, Value>(), { ...this.s.limits, deadline: this.s.deadline });
    if (r.kind === 'resource') throw new Stop({ kind: 'resource', message: r.message });
    if (r.kind !== 'ok') return undefined;
    const v = r.value;
    if (v.kind === 'bool') return v.value ? TRUE : FALSE;
    if (v.kind === 'num' && t.type.kind === 'num' && tyEquals(v.type, t.type)) return constantTerm(v.value, t.type);
    return undefined;
  }

  /** Decisions at a node whose children are simplified: comparisons, residues, connectives. */
  private post(t: Term, bound: ReadonlySet<string>): Term {
    switch (t.kind) {
      case 'rel':
        return this.decideRel(t) ?? t;
      case 'arith':
        // Residues are facts about free variables: not about bound ones of the same name.
        if ([...freeVars(t).keys()].some((v) => bound.has(v))) return t;
        return this.reduceMod(t) ?? t;
      case 'not':
        if (t.arg.kind === 'propConst') return t.arg.value ? FALSE : TRUE;
        return t;
      case 'logic':
        return simplifyLogic(t);
      case 'bigop':
        return this.expandBigOp(t) ?? t;
      case 'cast':
        return this.pushCast(t) ?? t;
      case 'quant':
        // ∀ x, True and ∃ x, True are True, ∀ x, False and ∃ x, False are False: every type of
        // the fragment is inhabited.
        if (t.body.kind === 'propConst' && t.q !== '∃!') return t.body;
        return t;
      default:
        return t;
    }
  }

  /**
   * `∑ i ∈ s, f i` over a concrete finite set `s = {v₁, …, vₖ}` (k ≤ 64) as `f v₁ + … + f vₖ`
   * (`Finset.sum_range_succ` and friends, all at once); `∏` likewise. The elements of an
   * evaluated finset are distinct, so each is counted once.
   */
  private expandBigOp(t: Extract<Term, { kind: 'bigop' }>): Term | undefined {
    if (t.type.kind !== 'num' || t.index.type.kind !== 'num' || freeVars(t.domain).size > 0) return undefined;
    const d = evaluate(t.domain, new Map<string, Value>(), { ...this.s.limits, deadline: this.s.deadline });
    if (d.kind !== 'ok' || d.value.kind !== 'finset' || d.value.elems.length > 64) return undefined;
    const ty = t.type;
    const parts: Term[] = [];
    for (const v of d.value.elems) {
      if (v.kind !== 'num') return undefined;
      const value = constantTerm(v.value, t.index.type);
      if (value === undefined) return undefined;
      parts.push(substituteAll(t.body, new Map([[t.index.name, value]])));
    }
    if (parts.length === 0) return mkLit(t.op === '∑' ? 0n : 1n, ty);
    return parts.reduce((acc, p) => mkArith(t.op === '∑' ? '+' : '*', acc, p));
  }

  private decideRel(t: Extract<Term, { kind: 'rel' }>): Term | undefined {
    if (t.op === '∣') return undefined;
    const ty = t.left.type;
    if (ty.kind !== 'num') return undefined;
    if (termEquals(t.left, t.right)) {
      if (t.op === '=' || t.op === '≤' || t.op === '≥') return TRUE;
      if (t.op === '≠' || (isOrdered(ty) && (t.op === '<' || t.op === '>'))) return FALSE;
    }
    if (!this.s.polynomial) return undefined;
    if (!isOrdered(ty) && t.op !== '=' && t.op !== '≠') return undefined;
    const table = new AtomTable();
    const l = linearize(t.left, table, this.s.limits);
    const r = linearize(t.right, table, this.s.limits);
    if (l.kind === 'resource') throw new Stop(l);
    if (r.kind === 'resource') throw new Stop(r);
    if (l.kind !== 'ok' || r.kind !== 'ok') return undefined;
    const d = l.poly.sub(r.poly).constantValue();
    if (d === undefined) return undefined;
    // The sides differ by the constant d: confirm l = r + d in the core before deciding.
    if (checkIdentity(l.poly, r.poly.add(Polynomial.constant(d))).kind !== 'verified') return undefined;
    const sign = d.sign();
    const holds: Record<string, boolean> = { '=': sign === 0, '≠': sign !== 0, '<': sign < 0, '≤': sign <= 0, '>': sign > 0, '≥': sign >= 0 };
    return holds[t.op] ? TRUE : FALSE;
  }

  /** `e % k` from the residues of `e`'s atoms modulo `k` (all known), with integer coefficients. */
  private reduceMod(t: Extract<Term, { kind: 'arith' }>): Term | undefined {
    if (t.op !== '%' || t.type.kind !== 'num' || (t.type.name !== 'Nat' && t.type.name !== 'Int') || this.residues.size === 0) return undefined;
    if (t.right.kind !== 'lit' || t.right.num === 0n) return undefined;
    const k = t.right.num;
    const table = this.modTable;
    const e = linearize(t.left, table, this.s.limits);
    if (e.kind !== 'ok') return undefined;
    let total = 0n;
    for (const term of e.poly.terms) {
      if (!term.coeff.isInteger()) return undefined;
      let prod = intEMod(term.coeff.num, k);
      for (const [a, exp] of term.monomial.factors) {
        const r = this.residues.get(`${table.info(a).key}|${k}`);
        if (r === undefined) return undefined;
        for (let i = 0; i < exp; i++) prod = intEMod(prod * r, k);
      }
      total = intEMod(total + prod, k);
    }
    return constantTerm(Rational.fromInt(total), t.type);
  }

  /** Residues `x % k = r` stated by the rules, keyed by the atom key of `x` (a single variable or atom). */
  private collectResidues(): Map<string, bigint> {
    const out = new Map<string, bigint>();
    for (const r of this.s.rewrites) {
      if (r.kind !== 'term' || r.params.length > 0) continue;
      const f = r.from;
      if (f.kind !== 'arith' || f.op !== '%' || f.right.kind !== 'lit' || f.right.num === 0n) continue;
      if (r.to.kind !== 'lit' || f.type.kind !== 'num' || (f.type.name !== 'Nat' && f.type.name !== 'Int')) continue;
      const table = this.modTable;
      const x = linearize(f.left, table, this.s.limits);
      if (x.kind !== 'ok' || x.poly.terms.length !== 1) continue;
      const only = x.poly.terms[0]!;
      if (!only.coeff.equals(Rational.ONE) || only.monomial.factors.length !== 1 || only.monomial.factors[0]![1] !== 1) continue;
      const atom = only.monomial.factors[0]![0];
      // The residue of the value, as an integer mod k: n % k = r with 0 ≤ r < |k| for k ≠ 0.
      out.set(`${table.info(atom).key}|${f.right.num}`, intEMod(r.to.num, f.right.num));
    }
    return out;
  }
}

function simplifyLogic(t: Extract<Term, { kind: 'logic' }>): Term {
  const { left: l, right: r } = t;
  const lc = l.kind === 'propConst' ? l.value : undefined;
  const rc = r.kind === 'propConst' ? r.value : undefined;
  switch (t.op) {
    case '∧':
      if (lc === false || rc === false) return FALSE;
      if (lc === true) return r;
      if (rc === true) return l;
      return t;
    case '∨':
      if (lc === true || rc === true) return TRUE;
      if (lc === false) return r;
      if (rc === false) return l;
      return t;
    case '→':
      if (lc === false || rc === true) return TRUE;
      if (lc === true) return r;
      if (rc === false) return mkNot(l);
      return t;
    case '↔':
      if (lc === true) return r;
      if (rc === true) return l;
      if (lc === false) return r.kind === 'propConst' ? (r.value ? FALSE : TRUE) : mkNot(r);
      if (rc === false) return mkNot(l);
      if (termEquals(l, r)) return TRUE;
      return mkLogic(t.op, l, r);
  }
}

/**
 * First-order matching of `pattern` against `t`: the pattern variables `params` bind to
 * subterms (of the same type; repeated variables must bind equal terms). Binders inside the
 * pattern are compared structurally by key.
 */
export function match(pattern: Term, t: Term, params: ReadonlySet<string>, acc: Map<string, Term> = new Map()): Map<string, Term> | undefined {
  if (pattern.kind === 'var' && params.has(pattern.name)) {
    if (!tyEquals(pattern.type, t.type)) return undefined;
    const prev = acc.get(pattern.name);
    if (prev !== undefined) return termEquals(prev, t) ? acc : undefined;
    acc.set(pattern.name, t);
    return acc;
  }
  if (pattern.kind !== t.kind || !tyEquals(pattern.type, t.type)) return undefined;
  if (pattern.kind === 'quant' || pattern.kind === 'lambda' || pattern.kind === 'setOf' || pattern.kind === 'bigop') {
    return [...params].some((p) => freeVars(pattern).has(p)) ? undefined : termKey(pattern) === termKey(t) ? acc : undefined;
  }
  switch (pattern.kind) {
    case 'var':
      return t.kind === 'var' && t.name === pattern.name ? acc : undefined;
    case 'lit':
      return t.kind === 'lit' && t.num === pattern.num && t.den === pattern.den ? acc : undefined;
    case 'propConst':
      return t.kind === 'propConst' && t.value === pattern.value ? acc : undefined;
    case 'arith':
    case 'rel':
    case 'logic':
      if ((t as typeof pattern).op !== pattern.op) return undefined;
      break;
    case 'call':
      if ((t as typeof pattern).fn !== pattern.fn) return undefined;
      break;
    case 'lemma':
      if ((t as typeof pattern).name !== pattern.name) return undefined;
      break;
    default:
      break;
  }
  const pc = children(pattern);
  const tc = children(t);
  if (pc.length !== tc.length) return undefined;
  for (let i = 0; i < pc.length; i++) {
    if (match(pc[i]!, tc[i]!, params, acc) === undefined) return undefined;
  }
  return acc;
}
