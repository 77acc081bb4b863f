/**
 * Lean's arithmetic on evaluator values: `+ - * / %`, `^` (npow, zpow, rpow), negation,
 * inverse and casts, at ℕ, ℤ, ℚ, ℝ and ℂ, with every total-function convention (`ℕ`
 * subtraction truncates, `/` floors on ℕ and is Euclidean on ℤ, `x / 0 = 0`, `0 ^ 0 = 1`).
 * Every result is checked against the bit limit, so nothing grows without bound.
 */
import {
  Rational,
  checkedMul,
  fieldDiv,
  intEDiv,
  intEMod,
  natDiv,
  natMod,
  natSub,
  withinLimits,
  type Limits,
} from '../core/index.ts';
import type { ArithOp } from '../syntax/ast.ts';
import type { NumTy } from '../syntax/types.ts';
import { exactRoot } from './number-theory.ts';
import { complexValue, numValue, ok, resourceResult, unknown, type EvalResult, type Value } from './value.ts';

function bounded(r: Rational, type: NumTy, limits: Limits): EvalResult {
  if (!withinLimits(r, limits)) return resourceResult(`number exceeds the ${limits.maxBits}-bit limit`);
  return ok(numValue(r, type));
}

function boundedComplex(re: Rational, im: Rational, limits: Limits): EvalResult {
  if (!withinLimits(re, limits) || !withinLimits(im, limits))
    return resourceResult(`number exceeds the ${limits.maxBits}-bit limit`);
  return ok(complexValue(re, im));
}

/** The parts of a ℂ value (a real-tower value is its own real part). */
function parts(v: Value): [Rational, Rational] | undefined {
  if (v.kind === 'complex') return [v.re, v.im];
  if (v.kind === 'num') return [v.value, Rational.ZERO];
  return undefined;
}

/** `a op b` at `type`, Lean semantics. */
export function arith(op: ArithOp, a: Value, b: Value, type: NumTy, limits: Limits): EvalResult {
  if (type.name === 'Complex') return complexArith(op, a, b, limits);
  if (a.kind !== 'num' || b.kind !== 'num') return unknown(`'${op}' on non-numbers`);
  const x = a.value;
  const y = b.value;
  switch (op) {
    case '+':
      return bounded(x.add(y), type, limits);
    case '-':
      if (type.name === 'Nat') return bounded(Rational.of(natSub(x.num, y.num)), type, limits);
      return bounded(x.sub(y), type, limits);
    case '*': {
      const p = checkedMul(x, y, limits);
      return p.kind === 'ok' ? bounded(p.value, type, limits) : resourceResult(p.message);
    }
    case '/':
      if (type.name === 'Nat') return bounded(Rational.of(natDiv(x.num, y.num)), type, limits);
      if (type.name === 'Int') return bounded(Rational.of(intEDiv(x.num, y.num)), type, limits);
      return bounded(fieldDiv(x, y), type, limits);
    case '%':
      if (type.name === 'Nat') return bounded(Rational.of(natMod(x.num, y.num)), type, limits);
      if (type.name === 'Int') return bounded(Rational.of(intEMod(x.num, y.num)), type, limits);
      return unknown(`'%' at ${type.name}`);
  }
}

function complexArith(op: ArithOp, a: Value, b: Value, limits: Limits): EvalResult {
  const pa = parts(a);
  const pb = parts(b);
  if (pa === undefined || pb === undefined) return unknown(`'${op}' on non-numbers`);
  const [p, q] = pa;
  const [r, s] = pb;
  switch (op) {
    case '+':
      return boundedComplex(p.add(r), q.add(s), limits);
    case '-':
      return boundedComplex(p.sub(r), q.sub(s), limits);
    case '*':
      return complexMul(p, q, r, s, limits);
    case '/': {
      const norm = r.mul(r).add(s.mul(s));
      if (norm.isZero()) return ok(complexValue(Rational.ZERO, Rational.ZERO)); // x / 0 = 0
      // (p + qi)(r - si) / (r² + s²)
      return boundedComplex(p.mul(r).add(q.mul(s)).div(norm), q.mul(r).sub(p.mul(s)).div(norm), limits);
    }
    case '%':
      return unknown("'%' at ℂ");
  }
}

function complexMul(p: Rational, q: Rational, r: Rational, s: Rational, limits: Limits): EvalResult {
  const products = [checkedMul(p, r, limits), checkedMul(q, s, limits), checkedMul(p, s, limits), checkedMul(q, r, limits)];
  const vals: Rational[] = [];
  for (const x of products) {
    if (x.kind !== 'ok') return resourceResult(x.message);
    vals.push(x.value);
  }
  const [pr, qs, ps, qr] = vals as [Rational, Rational, Rational, Rational];
  return boundedComplex(pr.sub(qs), ps.add(qr), limits);
}

export function negate(a: Value, type: NumTy, limits: Limits): EvalResult {
  if (a.kind === 'complex') return boundedComplex(a.re.neg(), a.im.neg(), limits);
  if (a.kind !== 'num') return unknown('negation of a non-number');
  if (type.name === 'Nat') return unknown('negation at ℕ');
  return bounded(a.value.neg(), type, limits);
}

/** `x⁻¹` in a field, `0⁻¹ = 0`. */
export function inverse(a: Value, type: NumTy, limits: Limits): EvalResult {
  if (type.name === 'Complex') return complexArith('/', complexValue(Rational.ONE, Rational.ZERO), a, limits);
  if (a.kind !== 'num' || type.name === 'Nat' || type.name === 'Int') return unknown('⁻¹ outside a field');
  return bounded(fieldDiv(Rational.ONE, a.value), type, limits);
}

/** The coercion of `a` up the tower to `type`: the same number. */
export function cast(a: Value, type: NumTy): EvalResult {
  if (type.name === 'Complex') {
    if (a.kind === 'complex') return ok(a);
    if (a.kind === 'num') return ok(complexValue(a.value, Rational.ZERO));
    return unknown('cast of a non-number');
  }
  if (a.kind !== 'num') return unknown('cast of a non-number');
  if ((type.name === 'Nat' || type.name === 'Int') && !a.value.isInteger()) return unknown('cast of a fraction to ℕ/ℤ');
  if (type.name === 'Nat' && a.value.isNegative()) return unknown('cast of a negative number to ℕ');
  return ok(numValue(a.value, type));
}

/** Largest root index tried for `x ^ (p/q : ℝ)`. */
const MAX_ROOT_INDEX = 64;

/**
 * `base ^ exponent` at `type`: ℕ exponent (Monoid.npow), ℤ exponent in a field (zpow, `0 ^ -n = 0`),
 * ℝ exponent on ℝ (`Real.rpow`: exact for integer exponents, for `0 ^ y`, and for `x ^ (p/q)`
 * with `x > 0` a perfect q-th power; otherwise unknown). Huge results are refused before they are built.
 */
export function power(base: Value, exponent: Value, type: NumTy, limits: Limits): EvalResult {
  if (exponent.kind !== 'num') return unknown('complex exponent');
  const e = exponent.value;
  if (exponent.type.name === 'Real' || exponent.type.name === 'Rat') {
    if (base.kind !== 'num') return unknown('rpow of a non-real');
    if (e.isInteger()) return integerPower(base, e.num, type, limits);
    const x = base.value;
    if (x.isZero()) return ok(numValue(Rational.ZERO, type)); // 0 ^ y = 0 for y ≠ 0
    if (x.isNegative()) return unknown('rpow of a negative base with a non-integer exponent');
    if (e.den > BigInt(MAX_ROOT_INDEX)) return unknown('rpow with a large root index');
    const root = exactRoot(x, Number(e.den));
    if (root === undefined) return unknown(`${x} ^ ${e} is irrational`);
    return integerPower(numValue(root, type), e.num, type, limits);
  }
  if (!e.isInteger()) return unknown('non-integer exponent');
  if (e.isNegative() && exponent.type.name === 'Nat') return unknown('negative ℕ exponent');
  if (e.isNegative() && (type.name === 'Nat' || type.name === 'Int')) return unknown('negative exponent outside a field');
  return integerPower(base, e.num, type, limits);
}

function integerPower(base: Value, e: bigint, type: NumTy, limits: Limits): EvalResult {
  if (base.kind === 'complex' || type.name === 'Complex') {
    const p = parts(base);
    if (p === undefined) return unknown('power of a non-number');
    return complexPower(p[0], p[1], e, limits);
  }
  if (base.kind !== 'num') return unknown('power of a non-number');
  const r = base.value.pow(e, limits);
  if (r.kind !== 'ok') return resourceResult(r.message);
  return bounded(r.value, type, limits);
}

function complexPower(re: Rational, im: Rational, e: bigint, limits: Limits): EvalResult {
  if (im.isZero()) {
    const r = re.pow(e, limits);
    return r.kind === 'ok' ? boundedComplex(r.value, Rational.ZERO, limits) : resourceResult(r.message);
  }
  const magnitude = e < 0n ? -e : e;
  let acc: [Rational, Rational] = [Rational.ONE, Rational.ZERO];
  let sq: [Rational, Rational] = [re, im];
  let k = magnitude;
  while (k > 0n) {
    if (k & 1n) {
      const m = complexMul(acc[0], acc[1], sq[0], sq[1], limits);
      if (m.kind !== 'ok' || m.value.kind !== 'complex') return m;
      acc = [m.value.re, m.value.im];
    }
    k >>= 1n;
    if (k > 0n) {
      const m = complexMul(sq[0], sq[1], sq[0], sq[1], limits);
      if (m.kind !== 'ok' || m.value.kind !== 'complex') return m;
      sq = [m.value.re, m.value.im];
    }
  }
  if (e >= 0n) return ok(complexValue(acc[0], acc[1]));
  return complexArith('/', complexValue(Rational.ONE, Rational.ZERO), complexValue(acc[0], acc[1]), limits);
}

/** `a < b` etc. on ordered values; `undefined` for values that are not real numbers. */
export function compareValues(a: Value, b: Value): -1 | 0 | 1 | undefined {
  if (a.kind !== 'num' || b.kind !== 'num') return undefined;
  return a.value.compare(b.value);
}
