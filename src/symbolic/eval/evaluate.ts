/**
 * The evaluator proper: one recursive pass over a typed term under an assignment of its free
 * variables, with Lean semantics (via arith.ts and builtins.ts), three-valued logic (an unknown
 * operand is harmless when the other one decides: `False ∧ ?` is `False`), bounded enumeration
 * of quantifiers (domain.ts), and a step/depth/deadline budget so that every call terminates.
 */
import { DEFAULT_LIMITS, Rational, intEMod, natMod, type Limits } from '../core/index.ts';
import type { Term } from '../syntax/ast.ts';
import { type NumTy, type Ty } from '../syntax/types.ts';
import { arith, cast, compareValues, inverse, negate, power } from './arith.ts';
import { callBuiltin, type BuiltinContext } from './builtins.ts';
import { finiteDomain } from './domain.ts';
import { exactRoot } from './number-theory.ts';
import {
  boolValue,
  complexValue,
  member,
  numValue,
  ok,
  resourceResult,
  unknown,
  valueEquals,
  valueFits,
  type EvalResult,
  type Value,
} from './value.ts';

/** The core's number limits plus the evaluator's own budget. */
export interface EvalLimits extends Limits {
  /** Largest finite set or quantifier range enumerated (default 100 000). */
  readonly maxEnumeration?: number;
  /** Largest number of term nodes visited in one evaluation (default 2 000 000). */
  readonly maxSteps?: number;
  /** Deepest term nesting followed (default 1 000). */
  readonly maxDepth?: number;
  /** Absolute `Date.now()` deadline; past it the evaluation stops with `resource`. */
  readonly deadline?: number;
}

export type PropResult =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  /** `resource` is set when the reason is a refused resource (too large, too long) rather than an undecidable construct. */
  | { readonly kind: 'unknown'; readonly reason: string; readonly resource?: true };

/** Lexically scoped bindings over the caller's environment; a chain, so binding is O(1). */
type Scope = { readonly name: string; readonly value: Value; readonly next: Scope } | undefined;

class Budget extends Error {
  constructor(readonly messageText: string) {
    super(messageText);
  }
}

class Evaluator implements BuiltinContext {
  readonly limits: Limits;
  readonly maxEnumeration: number;
  private readonly maxSteps: number;
  private readonly maxDepth: number;
  private readonly deadline: number | undefined;
  private steps = 0;
  private depth = 0;

  constructor(
    private readonly env: ReadonlyMap<string, Value>,
    limits: EvalLimits,
  ) {
    this.limits = { maxBits: limits.maxBits, maxTerms: limits.maxTerms, maxDegree: limits.maxDegree };
    this.maxEnumeration = limits.maxEnumeration ?? 100_000;
    this.maxSteps = limits.maxSteps ?? 2_000_000;
    this.maxDepth = limits.maxDepth ?? 1_000;
    this.deadline = limits.deadline;
  }

  /** Entry point: converts a budget overrun (thrown internally to unwind at once) into a value. */
  run(term: Term, scope: Scope = undefined): EvalResult {
    try {
      return this.ev(term, scope);
    } catch (e) {
      if (e instanceof Budget) return resourceResult(e.messageText);
      if (e instanceof RangeError && /call stack/i.test(e.message)) return resourceResult('term nested too deeply');
      throw e;
    }
  }

  private lookup(name: string, scope: Scope): Value | undefined {
    for (let s = scope; s !== undefined; s = s.next) if (s.name === name) return s.value;
    return this.env.get(name);
  }

  private tick(): void {
    this.steps += 1;
    if (this.steps > this.maxSteps) throw new Budget(`evaluation exceeds ${this.maxSteps} steps`);
    if ((this.steps & 1023) === 0 && this.deadline !== undefined && Date.now() > this.deadline)
      throw new Budget('evaluation deadline passed');
  }

  ev(t: Term, scope: Scope): EvalResult {
    this.tick();
    if (this.depth >= this.maxDepth) throw new Budget(`term nested more than ${this.maxDepth} levels deep`);
    this.depth += 1;
    try {
      return this.evNode(t, scope);
    } finally {
      this.depth -= 1;
    }
  }

  private evNode(t: Term, scope: Scope): EvalResult {
    switch (t.kind) {
      case 'var': {
        const v = this.lookup(t.name, scope);
        if (v === undefined) return unknown(`no value for ${t.name}`);
        if (!valueFits(v, t.type)) return unknown(`the value of ${t.name} does not fit its type`);
        return ok(v);
      }
      case 'lit': {
        if (t.type.kind !== 'num' || t.den <= 0n || t.num < 0n) return unknown('malformed numeral');
        const r = Rational.of(t.num, t.den);
        if (t.type.name === 'Complex') return ok(complexValue(r, Rational.ZERO));
        if ((t.type.name === 'Nat' || t.type.name === 'Int') && !r.isInteger()) return unknown('fractional numeral at ℕ/ℤ');
        if (r.bitSize() > this.limits.maxBits) return resourceResult('numeral exceeds the bit limit');
        return ok(numValue(r, t.type));
      }
      case 'neg':
        return this.num1(t.arg, t.type, scope, (a, ty) => negate(a, ty, this.limits));
      case 'inv':
        return this.num1(t.arg, t.type, scope, (a, ty) => inverse(a, ty, this.limits));
      case 'cast':
        return this.num1(t.arg, t.type, scope, (a, ty) => cast(a, ty));
      case 'arith': {
        if (t.type.kind !== 'num') return unknown('arithmetic at a non-numeric type');
        const ty = t.type;
        const a = this.ev(t.left, scope);
        if (a.kind !== 'ok') return a;
        const b = this.ev(t.right, scope);
        if (b.kind !== 'ok') return b;
        return arith(t.op, a.value, b.value, ty, this.limits);
      }
      case 'pow': {
        if (t.type.kind !== 'num') return unknown('power at a non-numeric type');
        const ty = t.type;
        const b = this.ev(t.base, scope);
        const e = this.ev(t.exponent, scope);
        if (e.kind !== 'ok') return e;
        // x ^ 0 = 1 for every x (npow, zpow and rpow alike), even when x itself is unknown.
        if (e.value.kind === 'num' && e.value.value.isZero()) return ok(this.one(ty));
        if (b.kind !== 'ok') return b;
        return power(b.value, e.value, ty, this.limits);
      }
      case 'app': {
        const f = this.ev(t.fn, scope);
        if (f.kind !== 'ok') return f;
        if (f.value.kind !== 'fn') return unknown('application of a non-function');
        const a = this.ev(t.arg, scope);
        if (a.kind !== 'ok') return a;
        const r = f.value.apply(a.value);
        if (r.kind === 'ok' && !valueFits(r.value, t.type)) return unknown('a function value does not fit its type');
        return r;
      }
      case 'lambda': {
        const param = t.param;
        const body = t.body;
        return ok({
          kind: 'fn',
          apply: (arg: Value): EvalResult => {
            if (!valueFits(arg, param.type)) return unknown(`argument does not fit ${param.name}`);
            // `run`, not `ev`: the closure may be called after this evaluation has returned.
            return this.run(body, { name: param.name, value: arg, next: scope });
          },
        });
      }
      case 'call':
        return this.call(t, scope);
      case 'bigop':
        return this.bigop(t, scope);
      case 'setOf': {
        const param = t.param;
        const body = t.body;
        const contains = (elem: Value): EvalResult => {
          if (!valueFits(elem, param.type)) return unknown('element does not fit the set type');
          return this.run(body, { name: param.name, value: elem, next: scope });
        };
        const dom = finiteDomain(param, body, 'exists', (x) => this.ev(x, scope), this.maxEnumeration);
        return ok(dom.kind === 'finite' ? { kind: 'set', contains, candidates: dom.values } : { kind: 'set', contains });
      }
      case 'rel':
        return this.rel(t, scope);
      case 'modeq': {
        const n = this.ev(t.modulus, scope);
        if (n.kind !== 'ok') return n;
        const a = this.ev(t.left, scope);
        if (a.kind !== 'ok') return a;
        const b = this.ev(t.right, scope);
        if (b.kind !== 'ok') return b;
        if (n.value.kind !== 'num' || a.value.kind !== 'num' || b.value.kind !== 'num') return unknown('≡ on non-numbers');
        const [nn, aa, bb] = [n.value.value.num, a.value.value.num, b.value.value.num];
        // Nat.ModEq n a b := a % n = b % n (and likewise Int.ModEq with emod).
        const mod = n.value.type.name === 'Nat' ? natMod : intEMod;
        return ok(boolValue(mod(aa, nn) === mod(bb, nn)));
      }
      case 'mem': {
        const s = this.ev(t.set, scope);
        if (s.kind !== 'ok') return s;
        const x = this.ev(t.elem, scope);
        if (x.kind !== 'ok') return x;
        if (s.value.kind === 'finset') {
          const m = member(x.value, s.value.elems);
          return m === undefined ? unknown('membership is undecidable') : ok(boolValue(m));
        }
        if (s.value.kind === 'set') return s.value.contains(x.value);
        return unknown('∈ on a non-set');
      }
      case 'logic':
        return this.logic(t, scope);
      case 'not': {
        const a = this.ev(t.arg, scope);
        if (a.kind !== 'ok') return a;
        return a.value.kind === 'bool' ? ok(boolValue(!a.value.value)) : unknown('¬ of a non-proposition');
      }
      case 'propConst':
        return ok(boolValue(t.value));
      case 'quant':
        return this.quant(t, scope);
      case 'lemma':
        return unknown(`lemma ${t.name} has no value`);
    }
  }

  private one(ty: NumTy): Value {
    return ty.name === 'Complex' ? complexValue(Rational.ONE, Rational.ZERO) : numValue(Rational.ONE, ty);
  }

  private num1(arg: Term, type: Ty, scope: Scope, f: (a: Value, ty: NumTy) => EvalResult): EvalResult {
    if (type.kind !== 'num') return unknown('numeric operation at a non-numeric type');
    const a = this.ev(arg, scope);
    return a.kind === 'ok' ? f(a.value, type) : a;
  }

  private call(t: Extract<Term, { kind: 'call' }>, scope: Scope): EvalResult {
    if (t.fn === 'Irrational') {
      // √q for a rational q ≥ 0 that is not a perfect square is irrational.
      const arg = t.args[0];
      if (arg?.kind === 'call' && arg.fn === 'Real.sqrt' && arg.args[0] !== undefined) {
        const q = this.ev(arg.args[0], scope);
        if (q.kind === 'ok' && q.value.kind === 'num' && !q.value.value.isNegative())
          return ok(boolValue(exactRoot(q.value.value, 2) === undefined));
      }
    }
    const args: Value[] = [];
    for (const a of t.args) {
      const r = this.ev(a, scope);
      if (r.kind !== 'ok') return r;
      args.push(r.value);
    }
    return callBuiltin(t.fn, args, t.type, this);
  }

  private bigop(t: Extract<Term, { kind: 'bigop' }>, scope: Scope): EvalResult {
    if (t.type.kind !== 'num') return unknown(`${t.op} at a non-numeric type`);
    const ty = t.type;
    const dom = this.ev(t.domain, scope);
    if (dom.kind !== 'ok') return dom;
    if (dom.value.kind !== 'finset') return unknown(`${t.op} over a non-finset`);
    let acc: Value = t.op === '∑' ? this.zero(ty) : this.one(ty);
    for (const i of dom.value.elems) {
      const term = this.ev(t.body, { name: t.index.name, value: i, next: scope });
      if (term.kind !== 'ok') return term;
      const next = arith(t.op === '∑' ? '+' : '*', acc, term.value, ty, this.limits);
      if (next.kind !== 'ok') return next;
      acc = next.value;
    }
    return ok(acc);
  }

  private zero(ty: NumTy): Value {
    return ty.name === 'Complex' ? complexValue(Rational.ZERO, Rational.ZERO) : numValue(Rational.ZERO, ty);
  }

  private rel(t: Extract<Term, { kind: 'rel' }>, scope: Scope): EvalResult {
    const a = this.ev(t.left, scope);
    if (a.kind !== 'ok') return a;
    const b = this.ev(t.right, scope);
    if (b.kind !== 'ok') return b;
    const x = a.value;
    const y = b.value;
    switch (t.op) {
      case '=':
      case '≠': {
        const eq = valueEquals(x, y);
        if (eq === undefined) return unknown('equality of values that cannot be compared');
        return ok(boolValue(t.op === '=' ? eq : !eq));
      }
      case '∣': {
        if (x.kind !== 'num' || y.kind !== 'num' || !x.value.isInteger() || !y.value.isInteger())
          return unknown('∣ on non-integers');
        const d = x.value.num;
        const n = y.value.num;
        return ok(boolValue(d === 0n ? n === 0n : n % d === 0n));
      }
      default: {
        const c = compareValues(x, y);
        if (c === undefined) return unknown(`'${t.op}' on values that are not real numbers`);
        const holds = t.op === '<' ? c < 0 : t.op === '≤' ? c <= 0 : t.op === '>' ? c > 0 : c >= 0;
        return ok(boolValue(holds));
      }
    }
  }

  /** Three-valued connectives: a decided operand wins over an unknown one when it settles the result. */
  private logic(t: Extract<Term, { kind: 'logic' }>, scope: Scope): EvalResult {
    const a = this.ev(t.left, scope);
    const av = a.kind === 'ok' && a.value.kind === 'bool' ? a.value.value : undefined;
    if (t.op === '∧' && av === false) return ok(boolValue(false));
    if (t.op === '∨' && av === true) return ok(boolValue(true));
    if (t.op === '→' && av === false) return ok(boolValue(true));
    const b = this.ev(t.right, scope);
    const bv = b.kind === 'ok' && b.value.kind === 'bool' ? b.value.value : undefined;
    if (t.op === '∧' && bv === false) return ok(boolValue(false));
    if (t.op === '∨' && bv === true) return ok(boolValue(true));
    if (t.op === '→' && bv === true) return ok(boolValue(true));
    if (av === undefined) return a.kind === 'ok' ? unknown(`'${t.op}' of a non-proposition`) : a;
    if (bv === undefined) return b.kind === 'ok' ? unknown(`'${t.op}' of a non-proposition`) : b;
    switch (t.op) {
      case '∧':
        return ok(boolValue(av && bv));
      case '∨':
        return ok(boolValue(av || bv));
      case '→':
        return ok(boolValue(!av || bv));
      case '↔':
        return ok(boolValue(av === bv));
    }
  }

  private quant(t: Extract<Term, { kind: 'quant' }>, scope: Scope): EvalResult {
    const { binder, body } = t;
    const mode = t.q === '∀' ? 'forall' : 'exists';
    const dom = finiteDomain(binder, body, mode, (x) => this.ev(x, scope), this.maxEnumeration);
    if (dom.kind === 'resource') return resourceResult(dom.message);
    if (dom.kind === 'unknown') return unknown(dom.reason);
    let firstUnknown: EvalResult | undefined;
    let witnesses = 0;
    for (const v of dom.values) {
      const r = this.ev(body, { name: binder.name, value: v, next: scope });
      const holds = r.kind === 'ok' && r.value.kind === 'bool' ? r.value.value : undefined;
      if (holds === undefined) {
        firstUnknown ??= r.kind === 'ok' ? unknown('quantifier body is not a proposition') : r;
        if (t.q === '∃!') return firstUnknown; // uniqueness needs every instance decided
        continue;
      }
      if (t.q === '∀' && !holds) return ok(boolValue(false));
      if (t.q === '∃' && holds) return ok(boolValue(true));
      if (t.q === '∃!' && holds && ++witnesses > 1) return ok(boolValue(false));
    }
    if (firstUnknown !== undefined) return firstUnknown;
    if (t.q === '∀') return ok(boolValue(true));
    if (t.q === '∃') return ok(boolValue(false));
    return ok(boolValue(witnesses === 1));
  }
}

/**
 * Evaluates `term` exactly under `env` (values for its free variables) with Lean/Mathlib
 * semantics. Guarantees: an `ok` value is the exact value of the term in Lean under that
 * assignment; `unknown` when some construct has no exact value here (`Real.sqrt 2`, an unbounded
 * quantifier, a missing variable, an ill-typed assignment); `resource` when a number, a finite
 * set or the work would exceed `limits` (`2 ^ (10 ^ 9)` is refused before it is computed). Never throws
 * on a well-typed term.
 */
export function evaluate(term: Term, env: ReadonlyMap<string, Value>, limits: EvalLimits = DEFAULT_LIMITS): EvalResult {
  return new Evaluator(env, limits).run(term);
}

/**
 * Decides a proposition under `env`: `true`/`false` are exact verdicts in Lean's semantics for
 * that assignment; anything else is `unknown` (with `resource` set when a limit was hit).
 */
export function evaluateProp(term: Term, env: ReadonlyMap<string, Value>, limits: EvalLimits = DEFAULT_LIMITS): PropResult {
  const r = evaluate(term, env, limits);
  if (r.kind === 'ok') {
    if (r.value.kind === 'bool') return r.value.value ? { kind: 'true' } : { kind: 'false' };
    return { kind: 'unknown', reason: 'not a proposition' };
  }
  if (r.kind === 'resource') return { kind: 'unknown', reason: r.message, resource: true };
  return { kind: 'unknown', reason: r.reason };
}

