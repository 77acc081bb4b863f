/**
 * Lean 4 semantics of `ℕ` and `ℤ` operations on `bigint`. Every function is named after the
 * Lean operation it models and follows Lean exactly, including its total-function conventions
 * at 0 (`a / 0 = 0`, `a % 0 = a`, `0 ^ 0 = 1`). `ℕ` arguments must be ≥ 0: a negative one is a
 * bug in the caller and throws.
 */
import { bitLength, coreBug, ok, resource, type Bounded, type Limits, DEFAULT_LIMITS } from './limits.ts';

function requireNat(name: string, ...xs: bigint[]): void {
  for (const x of xs) if (x < 0n) throw coreBug(`${name}: negative natural number ${x}`);
}

/** `a - b` on `ℕ`: truncates at 0 (`3 - 5 = 0`). */
export function natSub(a: bigint, b: bigint): bigint {
  requireNat('natSub', a, b);
  return a >= b ? a - b : 0n;
}

/** `a / b` on `ℕ`: floor division, `a / 0 = 0`. */
export function natDiv(a: bigint, b: bigint): bigint {
  requireNat('natDiv', a, b);
  return b === 0n ? 0n : a / b;
}

/** `a % b` on `ℕ`: `a % 0 = a`. */
export function natMod(a: bigint, b: bigint): bigint {
  requireNat('natMod', a, b);
  return b === 0n ? a : a % b;
}

/**
 * `Int.ediv a b` (Lean's `/` on `ℤ`): Euclidean division. For `b ≠ 0`,
 * `b * intEDiv(a, b) + intEMod(a, b) = a` with `0 ≤ intEMod(a, b) < |b|`; `a / 0 = 0`.
 */
export function intEDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const q = a / b; // truncates toward zero
  const r = a - b * q;
  if (r >= 0n) return q;
  // A negative truncated remainder: move one step so that the remainder becomes |b| + r ≥ 0.
  return b > 0n ? q - 1n : q + 1n;
}

/** `Int.emod a b` (Lean's `%` on `ℤ`): always `≥ 0` for `b ≠ 0`; `a % 0 = a`. */
export function intEMod(a: bigint, b: bigint): bigint {
  if (b === 0n) return a;
  return a - b * intEDiv(a, b);
}

/** `Int.natAbs`. */
export function natAbs(a: bigint): bigint {
  return a < 0n ? -a : a;
}

/** `Int.toNat`: negative integers map to 0. */
export function intToNat(a: bigint): bigint {
  return a < 0n ? 0n : a;
}

/** `Int.gcd` / `Nat.gcd`: non-negative, `gcd 0 0 = 0`, `gcd a 0 = |a|`. */
export function gcd(a: bigint, b: bigint): bigint {
  a = natAbs(a);
  b = natAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `Int.lcm` / `Nat.lcm`: non-negative, `lcm a 0 = 0`. */
export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  return natAbs(a * b) / gcd(a, b);
}

/**
 * `a ^ n` for `a : ℤ` (or `ℕ`), `n : ℕ`, with `0 ^ 0 = 1`. Refused (a value, not a throw) when the
 * result would exceed `limits.maxBits`; the refusal is decided before any large number is built.
 */
export function intPow(base: bigint, exp: bigint, limits: Limits = DEFAULT_LIMITS): Bounded<bigint> {
  requireNat('intPow exponent', exp);
  if (exp === 0n) return ok(1n);
  if (base === 0n || base === 1n) return ok(base);
  if (base === -1n) return ok(exp % 2n === 0n ? 1n : -1n);
  // |base| ≥ 2, so the result has at least (bitLength(base) - 1) * exp + 1 bits.
  const lowerBits = BigInt(bitLength(base) - 1) * exp + 1n;
  if (lowerBits > BigInt(limits.maxBits)) {
    return resource(`power with about ${lowerBits} bits exceeds the ${limits.maxBits}-bit limit`);
  }
  // exp ≤ maxBits here, and every intermediate power is a divisor-size of the result.
  let result = 1n;
  let square = base;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result *= square;
    e >>= 1n;
    if (e > 0n) square *= square;
  }
  if (bitLength(result) > limits.maxBits) {
    return resource(`power with ${bitLength(result)} bits exceeds the ${limits.maxBits}-bit limit`);
  }
  return ok(result);
}

/** `Nat.factorial n`, refused when the result would exceed `limits.maxBits`. */
export function factorial(n: bigint, limits: Limits = DEFAULT_LIMITS): Bounded<bigint> {
  requireNat('factorial', n);
  // Each i ≥ 2 contributes at least bitLength(i) - 1 ≥ 1 bits, so n > maxBits is refused at once,
  // and the exact, float-free lower bound Σ (bitLength(i) - 1) refuses before any multiplication.
  if (n > BigInt(limits.maxBits)) return resource(`factorial of ${n} exceeds the ${limits.maxBits}-bit limit`);
  let lowerBits = 0;
  for (let i = 2; i <= Number(n); i++) lowerBits += bitLengthSmall(i) - 1;
  if (lowerBits > limits.maxBits) return resource(`factorial of ${n} exceeds the ${limits.maxBits}-bit limit`);
  let result = 1n;
  for (let i = 2n; i <= n; i++) {
    result *= i;
    if ((i & 63n) === 0n && bitLength(result) > limits.maxBits) {
      return resource(`factorial of ${n} exceeds the ${limits.maxBits}-bit limit`);
    }
  }
  if (bitLength(result) > limits.maxBits) return resource(`factorial of ${n} exceeds the ${limits.maxBits}-bit limit`);
  return ok(result);
}

function bitLengthSmall(i: number): number {
  return 32 - Math.clz32(i);
}
