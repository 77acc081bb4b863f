/**
 * Exact integer and rational algorithms the evaluator needs beyond the trusted core: integer
 * square and k-th roots, exact rational roots, deterministic primality, bounded factorisation,
 * and Mathlib's `Nat.digits`. Everything is bigint; anything that would run too long is a value
 * (`undefined` / `'unknown'`), never a hang.
 */
import { Rational } from '../core/index.ts';

/** ⌊√n⌋ for n ≥ 0 (Newton's method on bigint). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new Error('internal error: isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLen(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** ⌊n^(1/k)⌋ for n ≥ 0, k ≥ 1. */
export function iroot(n: bigint, k: number): bigint {
  if (n < 0n || k < 1) throw new Error('internal error: iroot domain');
  if (k === 1 || n < 2n) return n;
  if (k === 2) return isqrt(n);
  const K = BigInt(k);
  let x = 1n << BigInt(Math.floor(bitLen(n) / k) + 1); // ≥ the root
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) break;
    x = y;
  }
  while (x ** K > n) x -= 1n;
  while ((x + 1n) ** K <= n) x += 1n;
  return x;
}

function bitLen(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The exact non-negative k-th root of `r ≥ 0` when it is rational, else `undefined`. */
export function exactRoot(r: Rational, k: number): Rational | undefined {
  if (r.isNegative()) return undefined;
  const n = iroot(r.num, k);
  const d = iroot(r.den, k);
  const K = BigInt(k);
  // num/den is reduced, so r is a k-th power of a rational iff both are k-th powers of integers.
  if (n ** K !== r.num || d ** K !== r.den) return undefined;
  return Rational.of(n, d);
}

const SMALL_PRIMES: readonly bigint[] = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];
/** Miller–Rabin with the 13 prime bases up to 41 is deterministic below this bound. */
const MR_BOUND = 3_317_044_064_679_887_385_961_981n;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** `Nat.Prime n`, decided exactly for n below ~3.3·10²⁴; `'unknown'` above. */
export function isPrime(n: bigint): boolean | 'unknown' {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  if (n < 43n * 43n) return true;
  if (n >= MR_BOUND) return 'unknown';
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s += 1;
  }
  witness: for (const a of SMALL_PRIMES) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue witness;
    }
    return false;
  }
  return true;
}

/**
 * The prime factorisation of `n ≥ 1` as `[prime, exponent]` pairs in increasing order, or
 * `undefined` when trial division within `maxTrials` steps leaves a cofactor whose primality
 * cannot be decided.
 */
export function factorize(n: bigint, maxTrials = 200_000): (readonly [bigint, number])[] | undefined {
  if (n < 1n) throw new Error('internal error: factorize needs n ≥ 1');
  const out: [bigint, number][] = [];
  let m = n;
  let trials = 0;
  for (let p = 2n; p * p <= m; p += p === 2n ? 1n : 2n) {
    if (++trials > maxTrials) {
      const prime = isPrime(m);
      if (prime === true) {
        out.push([m, 1]);
        return out;
      }
      return undefined;
    }
    if (m % p !== 0n) continue;
    let e = 0;
    while (m % p === 0n) {
      m /= p;
      e += 1;
    }
    out.push([p, e]);
  }
  if (m > 1n) out.push([m, 1]);
  return out;
}

/** All positive divisors of `n ≥ 1` in increasing order, or `undefined` (factorisation failed or more than `maxCount`). */
export function divisors(n: bigint, maxCount: number): bigint[] | undefined {
  const f = factorize(n);
  if (f === undefined) return undefined;
  let count = 1;
  for (const [, e] of f) count *= e + 1;
  if (count > maxCount) return undefined;
  let ds: bigint[] = [1n];
  for (const [p, e] of f) {
    const next: bigint[] = [];
    for (const d of ds) {
      let q = d;
      for (let i = 0; i <= e; i++) {
        next.push(q);
        q *= p;
      }
    }
    ds = next;
  }
  return ds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Mathlib's `Nat.digits b n` (least significant first): base 0 gives `[n]` (or `[]` for 0),
 * base 1 gives `n` ones, base ≥ 2 the usual digits (`Nat.digits 10 0 = []`).
 * `undefined` when base 1 would produce more than `maxLength` digits.
 */
export function natDigits(b: bigint, n: bigint, maxLength: number): bigint[] | undefined {
  if (b === 0n) return n === 0n ? [] : [n];
  if (b === 1n) return n > BigInt(maxLength) ? undefined : Array.from({ length: Number(n) }, () => 1n);
  const out: bigint[] = [];
  let m = n;
  while (m > 0n) {
    out.push(m % b);
    m /= b;
  }
  return out;
}

/** `Nat.choose n k` (0 when k > n), or `undefined` when min(k, n-k) exceeds `maxFactors`. */
export function choose(n: bigint, k: bigint, maxFactors: number): bigint | undefined {
  if (k > n) return 0n;
  const kk = k < n - k ? k : n - k;
  if (kk > BigInt(maxFactors)) return undefined;
  let r = 1n;
  for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i; // exact at every step
  return r;
}

/** Euler's totient `φ(n)` (`Nat.totient 0 = 0`), or `undefined` when factorisation fails. */
export function totient(n: bigint): bigint | undefined {
  if (n === 0n) return 0n;
  const f = factorize(n);
  if (f === undefined) return undefined;
  let r = n;
  for (const [p] of f) r = (r / p) * (p - 1n);
  return r;
}
