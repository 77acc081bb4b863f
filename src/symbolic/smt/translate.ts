/**
 * Lean terms to z3 expressions, faithful to Lean semantics: every Lean model of the goal's
 * context extends to a z3 model of the translation, so `unsat` on (hypotheses ∧ ¬target)
 * proves the target. Concretely:
 * - ℕ and ℤ are z3 Int, ℕ variables get `≥ 0`; ℚ and ℝ are z3 Real. A ℚ quantifier is read over
 *   ℝ only where it is existential in the asserted formula (free variables, `∃` in positive and
 *   `∀` in negative position): more models, so `unsat` stays sound; a universal one is unsupported.
 * - ℕ `a - b` is `ite(a ≥ b, a - b, 0)`; ℕ/ℤ `/` and `%` are SMT-LIB's Euclidean div/mod guarded
 *   at 0 (`ite(b = 0, 0, div a b)`, `ite(b = 0, a, mod a b)`); field `/` and `⁻¹` give 0 at 0.
 * - Powers with a literal exponent are multiplied out; `Real.sqrt x` is a fresh `s` with
 *   `x ≥ 0 → s ≥ 0 ∧ s² = x` and `x < 0 → s = 0`; floor/ceil use z3's `to_int`.
 * - Function variables, transcendental functions and number-theoretic builtins become
 *   uninterpreted functions (congruence is all z3 knows), plus facts that are certainly true
 *   (`exp t > 0`, `3.1415926 < π < 3.1415927`, ℕ-valued results `≥ 0`, `Nat.Prime p → p ≥ 2`).
 *   An uninterpreted symbol only weakens what z3 knows.
 * - A subterm with no free variables is evaluated exactly (`Nat.factorial 5`, `∑ i ∈ range 10, i`).
 * Anything else throws `Unsupported` (internal), which the caller turns into a value.
 */
import type { Arith, Bool, FuncDecl, Sort } from 'z3-solver';
import {
  mkLogic,
  mkMem,
  mkQuant,
  mkRel,
  mkVar,
  type Term,
} from '../syntax/ast.ts';
import { freeVars, freshName } from '../syntax/substitute.ts';
import type { Ty } from '../syntax/types.ts';
import { DEFAULT_LIMITS } from '../core/index.ts';
import { evaluate } from '../eval/index.ts';
import type { Z3Context } from './z3.ts';

export class Unsupported extends Error {
  constructor(readonly construct: string) {
    super(`unsupported: ${construct}`);
  }
}

export type SortName = 'int' | 'real' | 'bool';
export type TExpr = { readonly sort: 'int' | 'real'; readonly e: Arith<'main'> } | { readonly sort: 'bool'; readonly e: Bool<'main'> };

/** +1: the subterm is asserted as is; -1: under an odd number of negations; 0: both (under ↔). */
type Polarity = 1 | -1 | 0;

/** Lexical bindings of quantified variables and lambda parameters. */
type Local = { readonly name: string; readonly value: TExpr; readonly next: Local } | undefined;

/** A context variable as translated: a z3 constant, or a function symbol for function-typed variables. */
export type VarBinding =
  | { readonly kind: 'const'; readonly name: string; readonly type: Ty; readonly expr: TExpr }
  | { readonly kind: 'fn'; readonly name: string; readonly type: Ty; readonly decl: FuncDecl<'main'>; readonly doms: readonly Ty[]; readonly cod: Ty };

/** Largest literal exponent multiplied out. */
const MAX_EXPONENT = 32;
/** Largest closed finset expanded into a disjunction or a sum. */
const MAX_EXPANSION = 256;

export function sortOf(t: Ty): SortName | undefined {
  if (t.kind === 'prop') return 'bool';
  if (t.kind !== 'num') return undefined;
  if (t.name === 'Nat' || t.name === 'Int') return 'int';
  if (t.name === 'Rat' || t.name === 'Real') return 'real';
  return undefined;
}

/** The argument types and result type of a curried function type. */
function uncurry(t: Ty): { doms: Ty[]; cod: Ty } {
  const doms: Ty[] = [];
  let c = t;
  while (c.kind === 'fun') {
    doms.push(c.dom);
    c = c.cod;
  }
  return { doms, cod: c };
}

export class Translator {
  /** Facts that hold in every Lean model (definitions of fresh symbols, known bounds), asserted alongside. */
  readonly facts: Bool<'main'>[] = [];
  /** Context variables by name (the latest binding of a name wins, as in Lean's context). */
  readonly vars = new Map<string, VarBinding>();
  private readonly uf = new Map<string, FuncDecl<'main'>>();
  private readonly memo = new Map<string, TExpr>();
  private readonly universal = new Set<string>();
  private counter = 0;

  constructor(private readonly z: Z3Context) {}

  private sort(s: SortName): Sort<'main'> {
    return s === 'int' ? this.z.Int.sort() : s === 'real' ? this.z.Real.sort() : this.z.Bool.sort();
  }

  private fresh(base: string): string {
    this.counter += 1;
    return `${base}!${this.counter}`;
  }

  /** Declares a context variable; a type z3 cannot represent is declared lazily (only an error if used). */
  declare(name: string, type: Ty): void {
    const s = sortOf(type);
    if (s === 'int' || s === 'real') {
      const c = s === 'int' ? this.z.Int.const(this.fresh(name)) : this.z.Real.const(this.fresh(name));
      if (type.kind === 'num' && type.name === 'Nat') this.facts.push(c.ge(0));
      this.vars.set(name, { kind: 'const', name, type, expr: { sort: s, e: c } });
      return;
    }
    if (s === 'bool') {
      this.vars.set(name, { kind: 'const', name, type, expr: { sort: 'bool', e: this.z.Bool.const(this.fresh(name)) } });
      return;
    }
    if (type.kind === 'fun') {
      const { doms, cod } = uncurry(type);
      const sorts = doms.map(sortOf);
      const cs = sortOf(cod);
      if (cs !== undefined && sorts.every((x) => x === 'int' || x === 'real')) {
        const decl = this.z.Function.declare(
          this.fresh(name),
          ...(sorts as SortName[]).map((x) => this.sort(x)),
          this.sort(cs),
        ) as FuncDecl<'main'>;
        this.vars.set(name, { kind: 'fn', name, type, decl, doms, cod });
        return;
      }
    }
    // Not representable: uses of it are unsupported, and an earlier binding of the name is shadowed.
    this.vars.delete(name);
  }

  /** Translates a proposition asserted with the given polarity (1 for a hypothesis, -1 for a negated target). */
  prop(t: Term, pol: Polarity): Bool<'main'> {
    const r = this.tr(t, undefined, pol);
    if (r.sort !== 'bool') throw new Unsupported('non-proposition');
    return r.e;
  }

  private num(t: Term, local: Local, pol: Polarity): TExpr & { sort: 'int' | 'real' } {
    const r = this.tr(t, local, pol);
    if (r.sort === 'bool') throw new Unsupported('proposition used as a number');
    return r;
  }

  private bool(t: Term, local: Local, pol: Polarity): Bool<'main'> {
    const r = this.tr(t, local, pol);
    if (r.sort !== 'bool') throw new Unsupported('number used as a proposition');
    return r.e;
  }

  private lit(num: bigint, den: bigint, sort: 'int' | 'real'): TExpr {
    if (sort === 'int') {
      if (den !== 1n) throw new Unsupported('fractional integer literal');
      return { sort, e: this.z.Int.val(num) };
    }
    return { sort, e: this.z.Real.val({ numerator: num, denominator: den }) };
  }

  /** A closed subterm evaluated exactly, or `undefined` when it has free variables or no exact value. */
  private closedValue(t: Term): TExpr | undefined {
    if (freeVars(t).size > 0) return undefined;
    const r = evaluate(t, new Map(), { ...DEFAULT_LIMITS, maxBits: 100_000, maxEnumeration: 10_000, maxSteps: 200_000 });
    if (r.kind !== 'ok') return undefined;
    const v = r.value;
    if (v.kind === 'bool') return { sort: 'bool', e: this.z.Bool.val(v.value) };
    if (v.kind === 'num') {
      const s = sortOf(v.type);
      if (s === 'int' || s === 'real') return this.lit(v.value.num, v.value.den, s);
    }
    return undefined;
  }

  private isGround(t: Term, local: Local): boolean {
    const fv = freeVars(t);
    for (let l = local; l !== undefined; l = l.next) if (fv.has(l.name)) return false;
    return true;
  }

  private tr(t: Term, local: Local, pol: Polarity): TExpr {
    switch (t.kind) {
      case 'var': {
        for (let l = local; l !== undefined; l = l.next) if (l.name === t.name) return l.value;
        const b = this.vars.get(t.name);
        if (b?.kind === 'const') return b.expr;
        throw new Unsupported(b?.kind === 'fn' ? `unapplied function ${t.name}` : `variable ${t.name} of an unsupported type`);
      }
      case 'lit': {
        const s = sortOf(t.type);
        if (s !== 'int' && s !== 'real') throw new Unsupported('literal of an unsupported type');
        return this.lit(t.num, t.den, s);
      }
      case 'propConst':
        return { sort: 'bool', e: this.z.Bool.val(t.value) };
      case 'neg': {
        const a = this.num(t.arg, local, pol);
        return { sort: a.sort, e: a.e.neg() };
      }
      case 'arith':
        return this.closedValue(t) ?? this.arith(t, local, pol);
      case 'pow':
        return this.pow(t, local, pol);
      case 'inv': {
        const a = this.num(t.arg, local, pol);
        return { sort: a.sort, e: this.fieldDiv(this.z.Real.val(1), a.e) };
      }
      case 'cast': {
        const a = this.num(t.arg, local, pol);
        const target = sortOf(t.type);
        if (target === 'real' && a.sort === 'int') return { sort: 'real', e: this.z.ToReal(a.e) };
        if (target === a.sort) return a;
        throw new Unsupported(`cast to ${t.type.kind === 'num' ? t.type.name : t.type.kind}`);
      }
      case 'app':
        return this.app(t, local, pol);
      case 'call': {
        const closed = this.closedValue(t);
        if (closed !== undefined) return closed;
        return this.call(t, local, pol);
      }
      case 'bigop': {
        const closed = this.closedValue(t);
        if (closed !== undefined) return closed;
        return this.bigop(t, local, pol);
      }
      case 'rel':
        return { sort: 'bool', e: this.rel(t, local, pol) };
      case 'modeq': {
        if (sortOf(t.left.type) !== 'int') throw new Unsupported('≡ outside ℕ/ℤ');
        const n = this.num(t.modulus, local, 0);
        const a = this.num(t.left, local, 0);
        const b = this.num(t.right, local, 0);
        return { sort: 'bool', e: this.intMod(a.e, n.e).eq(this.intMod(b.e, n.e)) };
      }
      case 'mem':
        return { sort: 'bool', e: this.mem(t, local, pol) };
      case 'logic': {
        const flipLeft: Polarity = t.op === '→' ? ((-pol) as Polarity) : t.op === '↔' ? 0 : pol;
        const a = this.bool(t.left, local, flipLeft);
        const b = this.bool(t.right, local, t.op === '↔' ? 0 : pol);
        switch (t.op) {
          case '∧':
            return { sort: 'bool', e: this.z.And(a, b) };
          case '∨':
            return { sort: 'bool', e: this.z.Or(a, b) };
          case '→':
            return { sort: 'bool', e: this.z.Implies(a, b) };
          case '↔':
            return { sort: 'bool', e: this.z.Iff(a, b) };
        }
      }
      case 'not':
        return { sort: 'bool', e: this.z.Not(this.bool(t.arg, local, (-pol) as Polarity)) };
      case 'quant': {
        const closed = this.closedValue(t);
        if (closed !== undefined) return closed;
        return { sort: 'bool', e: this.quant(t, local, pol) };
      }
      case 'lambda':
        throw new Unsupported('unapplied lambda');
      case 'setOf':
        throw new Unsupported('set-builder outside ∈');
      case 'lemma':
        throw new Unsupported(`lemma ${t.name}`);
    }
  }

  private fieldDiv(a: Arith<'main'>, b: Arith<'main'>): Arith<'main'> {
    // Lean: x / 0 = 0.
    return this.z.If(b.eq(0), this.z.Real.val(0), a.div(b)) as Arith<'main'>;
  }

  private intDiv(a: Arith<'main'>, b: Arith<'main'>): Arith<'main'> {
    return this.z.If(b.eq(0), this.z.Int.val(0), a.div(b)) as Arith<'main'>;
  }

  private intMod(a: Arith<'main'>, b: Arith<'main'>): Arith<'main'> {
    return this.z.If(b.eq(0), a, a.mod(b)) as Arith<'main'>;
  }

  private arith(t: Extract<Term, { kind: 'arith' }>, local: Local, pol: Polarity): TExpr {
    const a = this.num(t.left, local, pol);
    const b = this.num(t.right, local, pol);
    const isNat = t.type.kind === 'num' && t.type.name === 'Nat';
    const s = a.sort;
    if (b.sort !== s) throw new Unsupported('mixed sorts');
    switch (t.op) {
      case '+':
        return { sort: s, e: a.e.add(b.e) };
      case '*':
        return { sort: s, e: a.e.mul(b.e) };
      case '-':
        if (isNat) return { sort: s, e: this.z.If(a.e.ge(b.e), a.e.sub(b.e), this.z.Int.val(0)) as Arith<'main'> };
        return { sort: s, e: a.e.sub(b.e) };
      case '/':
        return { sort: s, e: s === 'int' ? this.intDiv(a.e, b.e) : this.fieldDiv(a.e, b.e) };
      case '%':
        if (s !== 'int') throw new Unsupported('% outside ℕ/ℤ');
        return { sort: s, e: this.intMod(a.e, b.e) };
    }
  }

  private pow(t: Extract<Term, { kind: 'pow' }>, local: Local, pol: Polarity): TExpr {
    const closed = this.closedValue(t);
    if (closed !== undefined) return closed;
    const base = this.num(t.base, local, pol);
    const e = freeVars(t.exponent).size > 0 ? undefined : evaluate(t.exponent, new Map(), { ...DEFAULT_LIMITS, maxBits: 64 });
    if (e === undefined || e.kind !== 'ok' || e.value.kind !== 'num') return this.symbolicPow(t, base, local);
    const k = e.value.value;
    if (!k.isInteger()) {
      // x ^ (1/2 : ℝ) = √x for every real x (Mathlib's `Real.sqrt_eq_rpow`).
      if (k.num === 1n && k.den === 2n && base.sort === 'real') return this.sqrt(t.base, base.e, local);
      throw new Unsupported('^ with a fractional exponent');
    }
    const n = k.num < 0n ? -k.num : k.num;
    if (n > BigInt(MAX_EXPONENT)) throw new Unsupported(`^ with exponent ${k.num}`);
    let acc: Arith<'main'> | undefined;
    for (let i = 0n; i < n; i++) acc = acc === undefined ? base.e : acc.mul(base.e);
    const one = base.sort === 'int' ? this.z.Int.val(1) : this.z.Real.val(1);
    const p = acc ?? one;
    if (k.num >= 0n) return { sort: base.sort, e: p };
    if (base.sort !== 'real') throw new Unsupported('negative exponent outside a field');
    return { sort: 'real', e: this.fieldDiv(this.z.Real.val(1), p) }; // x ^ (-n) = (x ^ n)⁻¹
  }

  /**
   * `b ^ n` with a non-literal ℕ exponent: an uninterpreted function of `(b, n)` with facts that
   * hold for every Monoid.npow: `n = 0 → b ^ n = 1`, `b ≥ 0 → b ^ n ≥ 0`, `b > 0 → b ^ n > 0`.
   */
  private symbolicPow(t: Extract<Term, { kind: 'pow' }>, base: TExpr & { sort: 'int' | 'real' }, local: Local): TExpr {
    if (t.exponent.type.kind !== 'num' || t.exponent.type.name !== 'Nat') throw new Unsupported('^ with a non-literal exponent');
    const n = this.num(t.exponent, local, 0);
    const ground = this.isGround(t, local);
    const r = this.ufApply(`pow_${base.sort}`, [base, n], t.type, ground);
    if (r.sort === 'bool') throw new Unsupported('^');
    if (ground) {
      const z = this.z;
      this.facts.push(z.Implies(n.e.eq(0), r.e.eq(1)), z.Implies(base.e.ge(0), r.e.ge(0)), z.Implies(base.e.gt(0), r.e.gt(0)));
    }
    return r;
  }

  /** `Real.sqrt` of the term `arg` (translated: `x`). */
  private sqrt(arg: Term, x: Arith<'main'>, local: Local): TExpr {
    if (this.isGround(arg, local)) {
      // Keyed by the translated argument, not the Lean term: a shadowed variable translates anew.
      const key = `sqrt ${x.toString()}`;
      const hit = this.memo.get(key);
      if (hit !== undefined) return hit;
      const s = this.z.Real.const(this.fresh('sqrt'));
      this.facts.push(this.z.Implies(x.ge(0), this.z.And(s.ge(0), s.mul(s).eq(x))), this.z.Implies(x.lt(0), s.eq(0)));
      const r: TExpr = { sort: 'real', e: s };
      this.memo.set(key, r);
      return r;
    }
    // Under a binder: an uninterpreted function with the defining axiom, quantified once.
    const f = this.ufDecl('Real.sqrt', ['real'], 'real');
    if (!this.universal.has('Real.sqrt')) {
      this.universal.add('Real.sqrt');
      const y = this.z.Real.const(this.fresh('y'));
      const sy = f.call(y) as Arith<'main'>;
      this.facts.push(
        this.z.ForAll([y], this.z.And(this.z.Implies(y.ge(0), this.z.And(sy.ge(0), sy.mul(sy).eq(y))), this.z.Implies(y.lt(0), sy.eq(0)))),
      );
    }
    return { sort: 'real', e: f.call(x) as Arith<'main'> };
  }

  private ufDecl(name: string, doms: readonly SortName[], cod: SortName): FuncDecl<'main'> {
    const key = `${name}:${doms.join(',')}:${cod}`;
    let d = this.uf.get(key);
    if (d === undefined) {
      d = this.z.Function.declare(this.fresh(name), ...doms.map((s) => this.sort(s)), this.sort(cod)) as FuncDecl<'main'>;
      this.uf.set(key, d);
    }
    return d;
  }

  /** An uninterpreted builtin applied to translated arguments; ℕ-valued results are made ≥ 0. */
  private ufApply(name: string, args: readonly TExpr[], resultType: Ty, ground: boolean): TExpr {
    const cod = sortOf(resultType);
    if (cod === undefined) throw new Unsupported(name);
    if (args.some((a) => a.sort === 'bool')) throw new Unsupported(`${name} of a proposition`);
    const decl = this.ufDecl(name, args.map((a) => a.sort), cod);
    const app = decl.call(...args.map((a) => a.e));
    if (cod === 'bool') return { sort: 'bool', e: app as Bool<'main'> };
    let e = app as Arith<'main'>;
    if (resultType.kind === 'num' && resultType.name === 'Nat') {
      if (ground) this.facts.push(e.ge(0));
      else e = this.z.If(e.ge(0), e, e.neg()) as Arith<'main'>; // |u| ranges over ℕ exactly
    }
    return { sort: cod, e };
  }

  private app(t: Extract<Term, { kind: 'app' }>, local: Local, pol: Polarity): TExpr {
    const args: Term[] = [];
    let head: Term = t;
    while (head.kind === 'app') {
      args.unshift(head.arg);
      head = head.fn;
    }
    if (head.kind === 'lambda') {
      // β-reduction: bind the parameter to the translated argument.
      const [first, ...rest] = args;
      if (first === undefined) throw new Unsupported('application');
      const value = this.tr(first, local, 0);
      const inner = this.tr(head.body, { name: head.param.name, value, next: local }, pol);
      if (rest.length > 0) throw new Unsupported('curried lambda application');
      return inner;
    }
    if (head.kind !== 'var') throw new Unsupported('application of a non-variable');
    for (let l = local; l !== undefined; l = l.next) if (l.name === head.name) throw new Unsupported('application of a bound function');
    const b = this.vars.get(head.name);
    if (b?.kind !== 'fn') throw new Unsupported(`function ${head.name} of an unsupported type`);
    if (args.length !== b.doms.length) throw new Unsupported(`partial application of ${head.name}`);
    const targs = args.map((a) => this.num(a, local, 0));
    const app = b.decl.call(...targs.map((a) => a.e));
    const cod = sortOf(b.cod);
    if (cod === 'bool') return { sort: 'bool', e: app as Bool<'main'> };
    let e = app as Arith<'main'>;
    if (b.cod.kind === 'num' && b.cod.name === 'Nat') {
      if (this.isGround(t, local)) this.facts.push(e.ge(0));
      else e = this.z.If(e.ge(0), e, e.neg()) as Arith<'main'>;
    }
    return { sort: cod === 'int' ? 'int' : 'real', e };
  }

  private call(t: Extract<Term, { kind: 'call' }>, local: Local, pol: Polarity): TExpr {
    const z = this.z;
    const argTerm = (i: number): Term => {
      const a = t.args[i];
      if (a === undefined) throw new Unsupported(`${t.fn} arity`);
      return a;
    };
    const n = (i: number): TExpr & { sort: 'int' | 'real' } => this.num(argTerm(i), local, 0);
    const ground = this.isGround(t, local);
    switch (t.fn) {
      case 'Real.sqrt':
        return this.sqrt(argTerm(0), n(0).e, local);
      case 'abs': {
        const a = n(0);
        return { sort: a.sort, e: z.If(a.e.ge(0), a.e, a.e.neg()) as Arith<'main'> };
      }
      case 'max':
      case 'min': {
        const a = n(0);
        const b = n(1);
        const c = t.fn === 'max' ? a.e.ge(b.e) : a.e.le(b.e);
        return { sort: a.sort, e: z.If(c, a.e, b.e) as Arith<'main'> };
      }
      case 'Int.floor':
      case 'Int.ceil':
      case 'Nat.floor':
      case 'Nat.ceil': {
        const a = n(0);
        const ceil = t.fn.endsWith('ceil');
        let r: Arith<'main'> = a.sort === 'int' ? a.e : ceil ? z.ToInt(a.e.neg()).neg() : z.ToInt(a.e);
        if (t.fn.startsWith('Nat.')) r = z.If(r.ge(0), r, z.Int.val(0)) as Arith<'main'>;
        return { sort: 'int', e: r };
      }
      case 'Int.fract': {
        const a = n(0);
        if (a.sort === 'int') return { sort: 'int', e: z.Int.val(0) };
        return { sort: 'real', e: a.e.sub(z.ToReal(z.ToInt(a.e))) };
      }
      case 'Int.natAbs': {
        const a = n(0);
        return { sort: 'int', e: z.If(a.e.ge(0), a.e, a.e.neg()) as Arith<'main'> };
      }
      case 'Int.toNat': {
        const a = n(0);
        return { sort: 'int', e: z.If(a.e.ge(0), a.e, z.Int.val(0)) as Arith<'main'> };
      }
      case 'Nat.succ':
        return { sort: 'int', e: n(0).e.add(1) };
      case 'Even':
      case 'Odd': {
        const a = n(0);
        return { sort: 'bool', e: a.e.mod(2).eq(t.fn === 'Even' ? 0 : 1) };
      }
      case 'Nat.sqrt': {
        const a = n(0);
        if (!ground) return this.ufApply('Nat.sqrt', [a], t.type, ground);
        const r = z.Int.const(this.fresh('natsqrt'));
        // r = ⌊√a⌋ exactly: r ≥ 0, r² ≤ a < (r + 1)².
        this.facts.push(r.ge(0), r.mul(r).le(a.e), a.e.lt(r.add(1).mul(r.add(1))));
        return { sort: 'int', e: r };
      }
      case 'Real.pi': {
        const hit = this.memo.get('pi');
        if (hit !== undefined) return hit;
        const p = z.Real.const('pi');
        // Mathlib: Real.pi_gt_3141592 and Real.pi_lt_3141593.
        this.facts.push(p.gt(z.Real.val({ numerator: 3141592n, denominator: 1000000n })));
        this.facts.push(p.lt(z.Real.val({ numerator: 3141593n, denominator: 1000000n })));
        const r: TExpr = { sort: 'real', e: p };
        this.memo.set('pi', r);
        return r;
      }
      case 'Real.exp':
      case 'Real.log':
      case 'Real.sin':
      case 'Real.cos':
      case 'Real.tan':
      case 'Real.arctan': {
        const a = n(0);
        const r = this.ufApply(t.fn, [a], t.type, ground);
        if (r.sort === 'bool' || !ground) return r;
        const zero = a.e.eq(0);
        if (t.fn === 'Real.exp') this.facts.push(r.e.gt(0), z.Implies(zero, r.e.eq(1)));
        if (t.fn === 'Real.sin' || t.fn === 'Real.cos') this.facts.push(r.e.ge(-1), r.e.le(1));
        if (t.fn === 'Real.sin' || t.fn === 'Real.tan' || t.fn === 'Real.arctan') this.facts.push(z.Implies(zero, r.e.eq(0)));
        if (t.fn === 'Real.cos') this.facts.push(z.Implies(zero, r.e.eq(1)));
        if (t.fn === 'Real.log') this.facts.push(z.Implies(z.Or(zero, a.e.eq(1), a.e.eq(-1)), r.e.eq(0)));
        return r;
      }
      case 'Real.logb': {
        // logb b x = log x / log b.
        const b = n(0);
        const x = n(1);
        const lx = this.ufApply('Real.log', [x], t.type, ground);
        const lb = this.ufApply('Real.log', [b], t.type, ground);
        if (lx.sort === 'bool' || lb.sort === 'bool') throw new Unsupported('Real.logb');
        return { sort: 'real', e: this.fieldDiv(lx.e, lb.e) };
      }
      case 'Nat.Prime': {
        const a = n(0);
        const r = this.ufApply('Nat.Prime', [a], t.type, ground);
        if (ground && r.sort === 'bool') this.facts.push(z.Implies(r.e, a.e.ge(2)));
        return r;
      }
      case 'Nat.gcd':
      case 'Nat.lcm':
      case 'Int.gcd':
      case 'Int.lcm':
      case 'Nat.factorial':
      case 'Nat.choose':
      case 'Nat.totient':
      case 'Irrational':
        return this.ufApply(t.fn, t.args.map((_, i) => n(i)), t.type, ground);
      case 'IsLeast':
      case 'IsGreatest':
        return { sort: 'bool', e: this.extremum(t, local, pol) };
      default:
        throw new Unsupported(t.fn);
    }
  }

  /** `IsLeast S a` is `a ∈ S ∧ ∀ b, b ∈ S → a ≤ b` (IsGreatest with `≥`). */
  private extremum(t: Extract<Term, { kind: 'call' }>, local: Local, pol: Polarity): Bool<'main'> {
    const [s, a] = t.args;
    if (s === undefined || a === undefined || a.type.kind !== 'num') throw new Unsupported(t.fn);
    const taken = new Set([...freeVars(s).keys(), ...freeVars(a).keys()]);
    for (let l = local; l !== undefined; l = l.next) taken.add(l.name);
    const b = freshName('b', (x) => taken.has(x));
    const bv = mkVar(b, a.type);
    const unfolded = mkLogic(
      '∧',
      mkMem(a, s),
      mkQuant('∀', { name: b, type: a.type }, mkLogic('→', mkMem(bv, s), mkRel(t.fn === 'IsLeast' ? '≤' : '≥', a, bv))),
    );
    return this.bool(unfolded, local, pol);
  }

  private bigop(t: Extract<Term, { kind: 'bigop' }>, local: Local, pol: Polarity): TExpr {
    const dom = freeVars(t.domain).size === 0 ? evaluate(t.domain, new Map(), { ...DEFAULT_LIMITS, maxEnumeration: MAX_EXPANSION }) : undefined;
    if (dom?.kind !== 'ok' || dom.value.kind !== 'finset') throw new Unsupported(`${t.op} over a non-literal range`);
    const s = sortOf(t.type);
    if (s !== 'int' && s !== 'real') throw new Unsupported(`${t.op} at an unsupported type`);
    const idxSort = sortOf(t.index.type);
    let acc: Arith<'main'> = s === 'int' ? this.z.Int.val(t.op === '∑' ? 0 : 1) : this.z.Real.val(t.op === '∑' ? 0 : 1);
    for (const v of dom.value.elems) {
      if (v.kind !== 'num' || (idxSort !== 'int' && idxSort !== 'real')) throw new Unsupported(`${t.op} index`);
      const value = this.lit(v.value.num, v.value.den, idxSort);
      const body = this.num(t.body, { name: t.index.name, value, next: local }, pol);
      acc = t.op === '∑' ? acc.add(body.e) : acc.mul(body.e);
    }
    return { sort: s, e: acc };
  }

  private rel(t: Extract<Term, { kind: 'rel' }>, local: Local, pol: Polarity): Bool<'main'> {
    const a = this.tr(t.left, local, t.left.type.kind === 'prop' ? 0 : pol);
    const b = this.tr(t.right, local, t.right.type.kind === 'prop' ? 0 : pol);
    if (a.sort === 'bool' || b.sort === 'bool') {
      if (a.sort !== 'bool' || b.sort !== 'bool') throw new Unsupported('mixed equality');
      if (t.op === '=') return this.z.Iff(a.e, b.e);
      if (t.op === '≠') return this.z.Not(this.z.Iff(a.e, b.e));
      throw new Unsupported(`${t.op} on propositions`);
    }
    if (a.sort !== b.sort) throw new Unsupported('mixed sorts');
    switch (t.op) {
      case '=':
        return a.e.eq(b.e);
      case '≠':
        return a.e.neq(b.e);
      case '<':
        return a.e.lt(b.e);
      case '≤':
        return a.e.le(b.e);
      case '>':
        return a.e.gt(b.e);
      case '≥':
        return a.e.ge(b.e);
      case '∣':
        if (a.sort !== 'int') throw new Unsupported('∣ outside ℕ/ℤ');
        // a ∣ b ⇔ ∃ c, b = a * c: for a = 0 that is b = 0, otherwise b mod a = 0.
        return this.z.If(a.e.eq(0), b.e.eq(0), b.e.mod(a.e).eq(0)) as Bool<'main'>;
    }
  }

  private mem(t: Extract<Term, { kind: 'mem' }>, local: Local, pol: Polarity): Bool<'main'> {
    const set = t.set;
    if (set.kind === 'setOf') {
      const value = this.tr(t.elem, local, 0);
      return this.bool(set.body, { name: set.param.name, value, next: local }, pol);
    }
    const x = this.num(t.elem, local, 0);
    if (set.kind === 'call') {
      const bound = (i: number): Arith<'main'> => {
        const a = set.args[i];
        if (a === undefined) throw new Unsupported(set.fn);
        return this.num(a, local, 0).e;
      };
      switch (set.fn) {
        case 'Finset.range':
          return this.z.And(x.e.ge(0), x.e.lt(bound(0)));
        case 'Finset.Icc':
          return this.z.And(x.e.ge(bound(0)), x.e.le(bound(1)));
        case 'Finset.Ico':
          return this.z.And(x.e.ge(bound(0)), x.e.lt(bound(1)));
        case 'Finset.Ioc':
          return this.z.And(x.e.gt(bound(0)), x.e.le(bound(1)));
        case 'Finset.Ioo':
          return this.z.And(x.e.gt(bound(0)), x.e.lt(bound(1)));
        case 'Nat.divisors': {
          // Nat.mem_divisors: m ∈ n.divisors ↔ m ∣ n ∧ n ≠ 0.
          const m = bound(0);
          return this.z.And(m.neq(0), this.z.If(x.e.eq(0), m.eq(0), m.mod(x.e).eq(0)) as Bool<'main'>);
        }
        case 'Finset.filter': {
          const [p, s] = set.args;
          if (p === undefined || s === undefined || p.kind !== 'lambda') throw new Unsupported('Finset.filter');
          const inner = this.mem(mkMem(t.elem, s) as Extract<Term, { kind: 'mem' }>, local, pol);
          return this.z.And(inner, this.bool(p.body, { name: p.param.name, value: x, next: local }, pol));
        }
        default:
          break;
      }
    }
    if (freeVars(set).size === 0) {
      const v = evaluate(set, new Map(), { ...DEFAULT_LIMITS, maxEnumeration: MAX_EXPANSION });
      if (v.kind === 'ok' && v.value.kind === 'finset') {
        const eqs: Bool<'main'>[] = [];
        for (const e of v.value.elems) {
          if (e.kind !== 'num') throw new Unsupported('∈ a finset of non-numbers');
          eqs.push(x.e.eq(this.lit(e.value.num, e.value.den, x.sort).e));
        }
        return eqs.length === 0 ? this.z.Bool.val(false) : this.z.Or(...eqs);
      }
    }
    throw new Unsupported(`∈ ${set.kind === 'call' ? set.fn : set.kind}`);
  }

  private quant(t: Extract<Term, { kind: 'quant' }>, local: Local, pol: Polarity): Bool<'main'> {
    const ty = t.binder.type;
    const s = sortOf(ty);
    if (s !== 'int' && s !== 'real') throw new Unsupported(`${t.q} over ${ty.kind === 'num' ? ty.name : ty.kind}`);
    if (ty.kind === 'num' && ty.name === 'Rat') {
      // Reading ℚ as ℝ only adds models where the quantifier is existential in the asserted formula.
      const existential = (t.q === '∃' && pol === 1) || (t.q === '∀' && pol === -1);
      if (!existential) throw new Unsupported(`${t.q} over ℚ`);
    }
    const isNat = ty.kind === 'num' && ty.name === 'Nat';
    const mk = (): Arith<'main'> => (s === 'int' ? this.z.Int.const(this.fresh(t.binder.name)) : this.z.Real.const(this.fresh(t.binder.name)));
    const c = mk();
    const bodyAt = (v: Arith<'main'>, p: Polarity): Bool<'main'> => this.bool(t.body, { name: t.binder.name, value: { sort: s, e: v }, next: local }, p);
    const guard = (v: Arith<'main'>): Bool<'main'> => (isNat ? v.ge(0) : this.z.Bool.val(true));
    switch (t.q) {
      case '∀':
        return this.z.ForAll([c], this.z.Implies(guard(c), bodyAt(c, pol)));
      case '∃':
        return this.z.Exists([c], this.z.And(guard(c), bodyAt(c, pol)));
      case '∃!': {
        const d = mk();
        const unique = this.z.ForAll([d], this.z.Implies(this.z.And(guard(d), bodyAt(d, (-pol) as Polarity)), d.eq(c)));
        return this.z.Exists([c], this.z.And(guard(c), bodyAt(c, pol), unique));
      }
    }
  }
}
