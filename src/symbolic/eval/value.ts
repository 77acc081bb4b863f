/**
 * Values of the exact evaluator and the three-valued results it returns. Numbers are exact
 * `Rational`s tagged with their Lean type (ℕ/ℤ values are integers, ℕ ones ≥ 0); ℂ values are
 * pairs of rationals; propositions are booleans; functions and sets are closures that return
 * results themselves, so an unknown value deep inside stays an `unknown`, never a guess.
 */
import { Rational } from '../core/index.ts';
import type { NumTy, Ty } from '../syntax/types.ts';
import { printTy } from '../syntax/types.ts';

export type Value =
  /** A number at ℕ, ℤ, ℚ or ℝ (never ℂ: see `complex`). */
  | { readonly kind: 'num'; readonly value: Rational; readonly type: NumTy }
  /** A complex number `re + im·i` (the values at type ℂ). */
  | { readonly kind: 'complex'; readonly re: Rational; readonly im: Rational }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** A function; `describe` is how a counterexample prints it (a table, an affine formula). */
  | { readonly kind: 'fn'; readonly apply: (arg: Value) => EvalResult; readonly describe?: string }
  /** A finite set, elements distinct and (for numbers) in increasing order. */
  | { readonly kind: 'finset'; readonly elems: readonly Value[] }
  | { readonly kind: 'list'; readonly elems: readonly Value[] }
  /**
   * A set given by membership. `candidates`, when present, is a finite list that contains every
   * member (so the set is finite and enumerable).
   */
  | { readonly kind: 'set'; readonly contains: (elem: Value) => EvalResult; readonly candidates?: readonly Value[] };

export type EvalResult =
  | { readonly kind: 'ok'; readonly value: Value }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'resource'; readonly message: string };

export type NumValue = Extract<Value, { kind: 'num' }>;

export function ok(value: Value): EvalResult {
  return { kind: 'ok', value };
}

export function unknown(reason: string): EvalResult {
  return { kind: 'unknown', reason };
}

export function resourceResult(message: string): EvalResult {
  return { kind: 'resource', message };
}

/** A number value; ℕ/ℤ values must be integers (ℕ ones ≥ 0): `numValue` throws otherwise (a caller bug). */
export function numValue(value: Rational, type: NumTy): NumValue {
  if (type.name === 'Complex') throw new Error('internal error: numValue at ℂ (use complexValue)');
  if ((type.name === 'Nat' || type.name === 'Int') && !value.isInteger())
    throw new Error(`internal error: non-integer ${value} at ${printTy(type)}`);
  if (type.name === 'Nat' && value.isNegative()) throw new Error(`internal error: negative ${value} at ℕ`);
  return { kind: 'num', value, type };
}

export function complexValue(re: Rational, im: Rational): Value {
  return { kind: 'complex', re, im };
}

export function boolValue(value: boolean): Value {
  return value ? TRUE_VALUE : FALSE_VALUE;
}

const TRUE_VALUE: Value = Object.freeze({ kind: 'bool', value: true });
const FALSE_VALUE: Value = Object.freeze({ kind: 'bool', value: false });

/** Convenience for tests and callers: the value `n` (a bigint, integer or `"p/q"` string) at `type`. */
export function num(n: bigint | number | string, type: NumTy): Value {
  if (typeof n === 'string') {
    const [p, q] = n.split('/');
    const r = Rational.of(BigInt(p ?? '0'), BigInt(q ?? '1'));
    return type.name === 'Complex' ? complexValue(r, Rational.ZERO) : numValue(r, type);
  }
  const r = Rational.of(n);
  return type.name === 'Complex' ? complexValue(r, Rational.ZERO) : numValue(r, type);
}

/**
 * Whether `v` is a well-formed value of type `ty` (ℕ values integral and ≥ 0, and so on).
 * Closures are accepted as functions/sets without looking inside. Used to reject ill-typed
 * assignments instead of computing nonsense from them.
 */
export function valueFits(v: Value, ty: Ty): boolean {
  switch (ty.kind) {
    case 'num':
      if (ty.name === 'Complex') return v.kind === 'complex';
      if (v.kind !== 'num' || v.type.name !== ty.name) return false;
      if (ty.name === 'Nat') return v.value.isInteger() && !v.value.isNegative();
      if (ty.name === 'Int') return v.value.isInteger();
      return true;
    case 'prop':
      return v.kind === 'bool';
    case 'fun':
      return v.kind === 'fn';
    case 'finset':
      return v.kind === 'finset' && v.elems.every((e) => valueFits(e, ty.elem));
    case 'list':
      return v.kind === 'list' && v.elems.every((e) => valueFits(e, ty.elem));
    case 'set':
      return v.kind === 'set';
    case 'proof':
      return false;
  }
}

/**
 * Decidable equality of two values, or `undefined` when it cannot be decided (functions, sets).
 * Numbers compare by value (types are equal in well-typed terms).
 */
export function valueEquals(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'num' && b.kind === 'num') return a.value.equals(b.value);
  if (a.kind === 'complex' && b.kind === 'complex') return a.re.equals(b.re) && a.im.equals(b.im);
  if (a.kind === 'bool' && b.kind === 'bool') return a.value === b.value;
  if ((a.kind === 'list' && b.kind === 'list') || (a.kind === 'finset' && b.kind === 'finset')) {
    if (a.elems.length !== b.elems.length) return false;
    if (a.kind === 'finset') {
      // Both are duplicate-free: equal iff every element of a is in b.
      for (const x of a.elems) {
        const found = member(x, b.elems);
        if (found !== true) return found;
      }
      return true;
    }
    for (let i = 0; i < a.elems.length; i++) {
      const e = valueEquals(a.elems[i]!, b.elems[i]!);
      if (e !== true) return e;
    }
    return true;
  }
  return undefined;
}

/** Whether `x` is among `elems` (`undefined` when some comparison is undecidable and none matched). */
export function member(x: Value, elems: readonly Value[]): boolean | undefined {
  let undecided = false;
  for (const e of elems) {
    const eq = valueEquals(x, e);
    if (eq === true) return true;
    if (eq === undefined) undecided = true;
  }
  return undecided ? undefined : false;
}

/** A finset from a list of values: duplicates removed, numbers sorted increasingly. `undefined` if equality is undecidable. */
export function makeFinset(values: readonly Value[]): Value | undefined {
  if (values.every((v) => v.kind === 'num')) {
    const sorted = [...(values as NumValue[])].sort((a, b) => a.value.compare(b.value));
    const out: NumValue[] = [];
    for (const v of sorted) if (out.length === 0 || !out[out.length - 1]!.value.equals(v.value)) out.push(v);
    return { kind: 'finset', elems: out };
  }
  const out: Value[] = [];
  for (const v of values) {
    const m = member(v, out);
    if (m === undefined) return undefined;
    if (!m) out.push(v);
  }
  return { kind: 'finset', elems: out };
}

/** Lean-like text for a value: `-5/2`, `3 + 2i`, `{1, 2}`, `[3, 2, 1]`, `True`. */
export function showValue(v: Value): string {
  switch (v.kind) {
    case 'num':
      return v.value.toString();
    case 'complex':
      if (v.im.isZero()) return v.re.toString();
      return `${v.re.toString()} + ${v.im.toString()}i`;
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'fn':
      return v.describe ?? '<function>';
    case 'finset':
      return `{${v.elems.map(showValue).join(', ')}}`;
    case 'list':
      return `[${v.elems.map(showValue).join(', ')}]`;
    case 'set':
      return '<set>';
  }
}
