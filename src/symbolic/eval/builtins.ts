/**
 * The builtin functions and predicates of the fragment on evaluated arguments, with Mathlib's
 * definitions: `Real.sqrt` is 0 on negatives and exact only on perfect squares, `Real.log 0 = 0`
 * and `Real.log (-x) = Real.log x`, transcendental functions only at their exact special values,
 * `Nat.floor`/`Nat.ceil` clamp at 0, `Nat.digits` follows Mathlib on bases 0 and 1, and so on.
 * Anything that cannot be computed exactly is `unknown`; anything too large is `resource`.
 */
import { Rational, factorial, gcd, intToNat, lcm, natAbs, type Limits } from '../core/index.ts';
import type { BuiltinName } from '../syntax/ast.ts';
import { INT, NAT, type NumTy, type Ty } from '../syntax/types.ts';
import { choose, divisors, exactRoot, factorize, isPrime, isqrt, natDigits, totient } from './number-theory.ts';
import {
  boolValue,
  complexValue,
  makeFinset,
  numValue,
  ok,
  resourceResult,
  unknown,
  type EvalResult,
  type Value,
} from './value.ts';

export interface BuiltinContext {
  readonly limits: Limits;
  /** Largest finite collection (range, divisor set, digit list) a builtin may build. */
  readonly maxEnumeration: number;
}

const nat = (n: bigint): EvalResult => ok(numValue(Rational.of(n), NAT));
const int = (n: bigint): EvalResult => ok(numValue(Rational.of(n), INT));

function numArg(args: readonly Value[], i: number): Rational | undefined {
  const v = args[i];
  return v?.kind === 'num' ? v.value : undefined;
}

function intArg(args: readonly Value[], i: number): bigint | undefined {
  const r = numArg(args, i);
  return r !== undefined && r.isInteger() ? r.num : undefined;
}

function numResult(r: Rational, type: Ty, limits: Limits): EvalResult {
  if (type.kind !== 'num' || type.name === 'Complex') return unknown('numeric builtin with a non-real result type');
  if (r.bitSize() > limits.maxBits) return resourceResult(`number exceeds the ${limits.maxBits}-bit limit`);
  return ok(numValue(r, type));
}

function range(lo: bigint, hi: bigint, type: NumTy, ctx: BuiltinContext): EvalResult {
  // The integers lo ≤ k ≤ hi.
  if (hi < lo) return ok({ kind: 'finset', elems: [] });
  if (hi - lo + 1n > BigInt(ctx.maxEnumeration))
    return resourceResult(`finite set of ${hi - lo + 1n} elements exceeds the enumeration limit ${ctx.maxEnumeration}`);
  const elems: Value[] = [];
  for (let k = lo; k <= hi; k++) elems.push(numValue(Rational.of(k), type));
  return ok({ kind: 'finset', elems });
}

function natFinset(ns: readonly bigint[]): EvalResult {
  return ok({ kind: 'finset', elems: ns.map((n) => numValue(Rational.of(n), NAT)) });
}

/** `name args` at result type `type`. Arguments are already evaluated; `Irrational (Real.sqrt _)` is special-cased by the caller. */
export function callBuiltin(name: BuiltinName, args: readonly Value[], type: Ty, ctx: BuiltinContext): EvalResult {
  const { limits } = ctx;
  switch (name) {
    case 'Real.sqrt': {
      const x = numArg(args, 0);
      if (x === undefined) return unknown('Real.sqrt of a non-number');
      if (!x.isPositive()) return numResult(Rational.ZERO, type, limits);
      const root = exactRoot(x, 2);
      return root === undefined ? unknown(`√${x} is irrational`) : numResult(root, type, limits);
    }
    case 'Real.log': {
      const x = numArg(args, 0);
      if (x === undefined) return unknown('Real.log of a non-number');
      // log 0 = 0, log 1 = 0, log (-x) = log x.
      if (x.isZero() || x.abs().equals(Rational.ONE)) return numResult(Rational.ZERO, type, limits);
      return unknown(`Real.log ${x} is not rational`);
    }
    case 'Real.logb':
      return logb(args, type, limits);
    case 'Real.exp': {
      const x = numArg(args, 0);
      if (x?.isZero() === true) return numResult(Rational.ONE, type, limits);
      return unknown('Real.exp is only exact at 0');
    }
    case 'Real.sin':
    case 'Real.tan':
    case 'Real.arctan': {
      const x = numArg(args, 0);
      if (x?.isZero() === true) return numResult(Rational.ZERO, type, limits);
      return unknown(`${name} is only exact at 0`);
    }
    case 'Real.cos': {
      const x = numArg(args, 0);
      if (x?.isZero() === true) return numResult(Rational.ONE, type, limits);
      return unknown('Real.cos is only exact at 0');
    }
    case 'Real.pi':
      return unknown('π is irrational');
    case 'abs': {
      const x = numArg(args, 0);
      return x === undefined ? unknown('abs of a non-number') : numResult(x.abs(), type, limits);
    }
    case 'max':
    case 'min': {
      const a = numArg(args, 0);
      const b = numArg(args, 1);
      if (a === undefined || b === undefined) return unknown(`${name} of non-numbers`);
      const c = a.compare(b);
      return numResult(name === 'max' ? (c >= 0 ? a : b) : c <= 0 ? a : b, type, limits);
    }
    case 'Int.floor':
    case 'Int.ceil': {
      const x = numArg(args, 0);
      if (x === undefined) return unknown(`${name} of a non-number`);
      return int(name === 'Int.floor' ? x.floor() : x.ceil());
    }
    case 'Int.fract': {
      const x = numArg(args, 0);
      if (x === undefined) return unknown('Int.fract of a non-number');
      return numResult(x.sub(Rational.of(x.floor())), type, limits);
    }
    case 'Nat.floor':
    case 'Nat.ceil': {
      const x = numArg(args, 0);
      if (x === undefined) return unknown(`${name} of a non-number`);
      return nat(intToNat(name === 'Nat.floor' ? x.floor() : x.ceil()));
    }
    case 'Int.natAbs':
    case 'Int.toNat': {
      const n = intArg(args, 0);
      if (n === undefined) return unknown(`${name} of a non-integer`);
      return nat(name === 'Int.natAbs' ? natAbs(n) : intToNat(n));
    }
    case 'Int.gcd':
    case 'Nat.gcd':
    case 'Int.lcm':
    case 'Nat.lcm': {
      const a = intArg(args, 0);
      const b = intArg(args, 1);
      if (a === undefined || b === undefined) return unknown(`${name} of non-integers`);
      return nat(name.endsWith('gcd') ? gcd(a, b) : lcm(a, b));
    }
    case 'Nat.factorial': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('factorial of a non-natural');
      const r = factorial(n, limits);
      return r.kind === 'ok' ? nat(r.value) : resourceResult(r.message);
    }
    case 'Nat.choose': {
      const n = intArg(args, 0);
      const k = intArg(args, 1);
      if (n === undefined || k === undefined || n < 0n || k < 0n) return unknown('choose of non-naturals');
      const r = choose(n, k, ctx.maxEnumeration);
      if (r === undefined) return resourceResult(`Nat.choose ${n} ${k} is too large`);
      return numResult(Rational.of(r), type, limits);
    }
    case 'Nat.sqrt': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('Nat.sqrt of a non-natural');
      return nat(isqrt(n));
    }
    case 'Nat.succ': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('Nat.succ of a non-natural');
      return numResult(Rational.of(n + 1n), type, limits);
    }
    case 'Nat.totient': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('Nat.totient of a non-natural');
      const r = totient(n);
      return r === undefined ? unknown(`cannot factor ${n}`) : nat(r);
    }
    case 'Nat.digits': {
      const b = intArg(args, 0);
      const n = intArg(args, 1);
      if (b === undefined || n === undefined || b < 0n || n < 0n) return unknown('Nat.digits of non-naturals');
      const ds = natDigits(b, n, ctx.maxEnumeration);
      if (ds === undefined) return resourceResult(`Nat.digits 1 ${n} is too long`);
      return ok({ kind: 'list', elems: ds.map((d) => numValue(Rational.of(d), NAT)) });
    }
    case 'Nat.divisors':
    case 'Nat.properDivisors': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown(`${name} of a non-natural`);
      if (n === 0n) return natFinset([]);
      const ds = divisors(n, ctx.maxEnumeration);
      if (ds === undefined) return unknown(`cannot enumerate the divisors of ${n}`);
      return natFinset(name === 'Nat.divisors' ? ds : ds.filter((d) => d !== n));
    }
    case 'Nat.primeFactors': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('Nat.primeFactors of a non-natural');
      if (n === 0n) return natFinset([]);
      const f = factorize(n);
      return f === undefined ? unknown(`cannot factor ${n}`) : natFinset(f.map(([p]) => p));
    }
    case 'List.sum': {
      const l = args[0];
      if (l?.kind !== 'list' || type.kind !== 'num') return unknown('List.sum of a non-list');
      let acc = Rational.ZERO;
      let accIm = Rational.ZERO;
      for (const e of l.elems) {
        if (e.kind === 'num') acc = acc.add(e.value);
        else if (e.kind === 'complex') {
          acc = acc.add(e.re);
          accIm = accIm.add(e.im);
        } else return unknown('List.sum of non-numbers');
      }
      if (type.name === 'Complex') return ok(complexValue(acc, accIm));
      return numResult(acc, type, limits);
    }
    case 'List.length': {
      const l = args[0];
      return l?.kind === 'list' ? nat(BigInt(l.elems.length)) : unknown('List.length of a non-list');
    }
    case 'Rat.num': {
      const x = numArg(args, 0);
      return x === undefined ? unknown('Rat.num of a non-number') : int(x.num);
    }
    case 'Rat.den': {
      const x = numArg(args, 0);
      return x === undefined ? unknown('Rat.den of a non-number') : nat(x.den);
    }
    case 'Finset.range': {
      const n = intArg(args, 0);
      if (n === undefined) return unknown('Finset.range of a non-natural');
      return range(0n, n - 1n, NAT, ctx);
    }
    case 'Finset.Icc':
    case 'Finset.Ico':
    case 'Finset.Ioc':
    case 'Finset.Ioo': {
      const a = intArg(args, 0);
      const b = intArg(args, 1);
      if (a === undefined || b === undefined || type.kind !== 'finset' || type.elem.kind !== 'num')
        return unknown(`${name} of non-integers`);
      const lo = name === 'Finset.Icc' || name === 'Finset.Ico' ? a : a + 1n;
      const hi = name === 'Finset.Icc' || name === 'Finset.Ioc' ? b : b - 1n;
      return range(lo, hi, type.elem, ctx);
    }
    case 'Finset.filter': {
      const p = args[0];
      const s = args[1];
      if (p?.kind !== 'fn' || s?.kind !== 'finset') return unknown('Finset.filter of a non-finset');
      const kept: Value[] = [];
      for (const e of s.elems) {
        const r = p.apply(e);
        if (r.kind !== 'ok') return r;
        if (r.value.kind !== 'bool') return unknown('Finset.filter predicate is not a proposition');
        if (r.value.value) kept.push(e);
      }
      return ok({ kind: 'finset', elems: kept });
    }
    case 'Finset.card': {
      const s = args[0];
      return s?.kind === 'finset' ? nat(BigInt(s.elems.length)) : unknown('Finset.card of a non-finset');
    }
    case 'Set.ncard': {
      const s = args[0];
      if (s?.kind !== 'set') return unknown('Set.ncard of a non-set');
      const members = finiteMembers(s);
      if (members.kind !== 'ok') return members;
      return members.value.kind === 'finset' ? nat(BigInt(members.value.elems.length)) : unknown('Set.ncard');
    }
    case 'Nat.Prime': {
      const n = intArg(args, 0);
      if (n === undefined || n < 0n) return unknown('Nat.Prime of a non-natural');
      const p = isPrime(n);
      return p === 'unknown' ? unknown(`primality of ${n} is beyond the deterministic range`) : ok(boolValue(p));
    }
    case 'Even':
    case 'Odd': {
      const n = intArg(args, 0);
      if (n === undefined) return unknown(`${name} of a non-integer`);
      const even = n % 2n === 0n;
      return ok(boolValue(name === 'Even' ? even : !even));
    }
    case 'Irrational': {
      // A value the evaluator computed is rational, hence not irrational.
      const x = numArg(args, 0);
      return x === undefined ? unknown('Irrational of a non-number') : ok(boolValue(false));
    }
    case 'IsLeast':
    case 'IsGreatest':
      return extremum(name, args);
    case 'Complex.I':
      return ok(complexValue(Rational.ZERO, Rational.ONE));
    case 'Complex.re':
    case 'Complex.im': {
      const z = args[0];
      if (z?.kind !== 'complex') return unknown(`${name} of a non-complex`);
      return numResult(name === 'Complex.re' ? z.re : z.im, type, limits);
    }
  }
}

/** The members of a set with a finite candidate list, as a finset. */
export function finiteMembers(s: Extract<Value, { kind: 'set' }>): EvalResult {
  if (s.candidates === undefined) return unknown('set with no finite bound on its members');
  const kept: Value[] = [];
  for (const c of s.candidates) {
    const r = s.contains(c);
    if (r.kind !== 'ok') return r;
    if (r.value.kind !== 'bool') return unknown('set membership is not a proposition');
    if (r.value.value) kept.push(c);
  }
  const fs = makeFinset(kept);
  return fs === undefined ? unknown('set elements cannot be compared') : ok(fs);
}

/**
 * `IsLeast S a` (`a ∈ S ∧ ∀ b ∈ S, a ≤ b`) and `IsGreatest`: decided when `S` has a finite
 * candidate list, or for `IsLeast` on ℕ by checking the finitely many `b < a`.
 */
function extremum(name: 'IsLeast' | 'IsGreatest', args: readonly Value[]): EvalResult {
  const s = args[0];
  const a = args[1];
  if (s?.kind !== 'set' || a?.kind !== 'num') return unknown(`${name} of a non-set`);
  const inS = s.contains(a);
  if (inS.kind !== 'ok') return inS;
  if (inS.value.kind !== 'bool') return unknown('set membership is not a proposition');
  if (!inS.value.value) return ok(boolValue(false));
  let others: readonly Value[];
  if (s.candidates !== undefined) others = s.candidates;
  else if (name === 'IsLeast' && a.type.name === 'Nat') {
    if (a.value.num > 100_000n) return unknown('IsLeast with a large candidate');
    others = Array.from({ length: Number(a.value.num) }, (_, i) => numValue(Rational.of(i), NAT));
  } else return unknown(`${name} over a set with no finite bound`);
  for (const b of others) {
    if (b.kind !== 'num') return unknown(`${name} over non-numbers`);
    const beats = name === 'IsLeast' ? b.value.compare(a.value) < 0 : b.value.compare(a.value) > 0;
    if (!beats) continue;
    const r = s.contains(b);
    if (r.kind !== 'ok') return r;
    if (r.value.kind === 'bool' && r.value.value) return ok(boolValue(false));
    if (r.value.kind !== 'bool') return unknown('set membership is not a proposition');
  }
  return ok(boolValue(true));
}

/** `Real.logb b x = log x / log b`: exact when `|x| = r^n` and `|b| = r^m` for a rational `r`, or when a logarithm is 0. */
function logb(args: readonly Value[], type: Ty, limits: Limits): EvalResult {
  const b = numArg(args, 0)?.abs();
  const x = numArg(args, 1)?.abs();
  if (b === undefined || x === undefined) return unknown('Real.logb of non-numbers');
  // log 0 = log 1 = 0, and division by 0 gives 0.
  if (x.isZero() || x.equals(Rational.ONE) || b.isZero() || b.equals(Rational.ONE)) return numResult(Rational.ZERO, type, limits);
  for (let m = 1; m <= 16; m++) {
    const r = exactRoot(b, m);
    if (r === undefined) continue;
    // x = r^n for some integer n: find n by repeated multiplication, bounded by x's size.
    const n = integerLog(r, x);
    if (n !== undefined) return numResult(Rational.of(BigInt(n), BigInt(m)), type, limits);
  }
  return unknown('Real.logb is not rational here');
}

/** The integer `n` with `r ^ n = x` (r > 0, r ≠ 1), if any. */
function integerLog(r: Rational, x: Rational): number | undefined {
  const up = r.compare(Rational.ONE) > 0;
  const target = (up ? x.compare(Rational.ONE) >= 0 : x.compare(Rational.ONE) <= 0) ? x : Rational.ONE.div(x);
  const sign = target === x ? 1 : -1;
  let p = Rational.ONE;
  for (let n = 0; n <= 4096; n++) {
    const c = p.compare(target);
    if (c === 0) return sign * n;
    if (up ? c > 0 : c < 0) return undefined;
    p = p.mul(r);
  }
  return undefined;
}
