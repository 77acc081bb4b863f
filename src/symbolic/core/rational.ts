/**
 * Exact rational numbers on `bigint`, normalised in one place (`Rational.of`): the fraction is
 * gcd-reduced and its denominator is positive, so equal numbers have equal fields and `key`s.
 * Instances are immutable. Lean's total-function conventions live in separately named functions
 * (`fieldDiv`, `fieldInv`, `Rational.pow` on zero, `intFloor`, `intCeil`) so that ordinary
 * arithmetic never silently follows them.
 */
import { gcd, intPow } from './integer.ts';
import { bitLength, coreBug, ok, resource, type Bounded, type Limits, DEFAULT_LIMITS } from './limits.ts';

/** TypeScript's `private` is compile-time only; this token keeps `new` inside this module at run time. */
const TOKEN: unique symbol = Symbol('Rational');

export class Rational {
  /** Set only by the constructor: lets checkers tell real instances from look-alike objects. */
  readonly #genuine = true;

  static readonly ZERO = new Rational(TOKEN, 0n, 1n);
  static readonly ONE = new Rational(TOKEN, 1n, 1n);

  /** Use `Rational.of`: the constructor trusts that `num/den` is already normalised. */
  private constructor(
    token: typeof TOKEN,
    /** Numerator; carries the sign. */
    readonly num: bigint,
    /** Denominator; always ≥ 1 and coprime to `num`. */
    readonly den: bigint,
  ) {
    if (token !== TOKEN) throw coreBug('Rational can only be built by Rational.of');
    Object.freeze(this);
  }

  /** The normalised fraction `num / den`. `den = 0` is a bug in the caller and throws. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = toBigInt(num);
    let d = toBigInt(den);
    if (d === 0n) throw coreBug('Rational.of with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    if (g !== 1n && g !== 0n) {
      n /= g;
      d /= g;
    }
    if (n === 0n) return Rational.ZERO;
    return new Rational(TOKEN, n, d);
  }

  /**
   * True only for instances built by this class (so normalised); an object merely made with
   * `Object.create(Rational.prototype)` fails. Checkers use it on untrusted data.
   */
  static isGenuine(x: unknown): x is Rational {
    return typeof x === 'object' && x !== null && #genuine in x;
  }

  static fromInt(n: bigint | number): Rational {
    return Rational.of(n, 1n);
  }

  add(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return Rational.of(this.num + o.num);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    return this.add(o.neg());
  }

  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  /** Mathematical division; dividing by zero is a caller bug and throws. Lean's `x / 0 = 0` is `fieldDiv`. */
  div(o: Rational): Rational {
    if (o.num === 0n) throw coreBug('Rational.div by zero (use fieldDiv for Lean semantics)');
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return this.num === 0n ? this : new Rational(TOKEN, -this.num, this.den);
  }

  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  /** -1, 0 or 1 as `this` is less than, equal to or greater than `o`. */
  compare(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isPositive(): boolean {
    return this.num > 0n;
  }

  isNegative(): boolean {
    return this.num < 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Greatest integer ≤ this (`Int.floor`). */
  floor(): bigint {
    const q = this.num / this.den; // truncates toward zero
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** Least integer ≥ this (`Int.ceil`). */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** Bit length of the larger of numerator and denominator: what resource limits bound. */
  bitSize(): number {
    return Math.max(bitLength(this.num), bitLength(this.den));
  }

  /**
   * `this ^ exp` for an integer exponent, with Lean's `zpow` conventions: `0 ^ 0 = 1` and
   * `0 ^ (-n) = 0` (since `0⁻¹ = 0`). Refused when the result would exceed `limits.maxBits`.
   */
  pow(exp: bigint | number, limits: Limits = DEFAULT_LIMITS): Bounded<Rational> {
    const e = toBigInt(exp);
    if (e === 0n) return ok(Rational.ONE);
    if (this.num === 0n) return ok(Rational.ZERO);
    const magnitude = e < 0n ? -e : e;
    const n = intPow(this.num, magnitude, limits);
    if (n.kind !== 'ok') return n;
    const d = intPow(this.den, magnitude, limits);
    if (d.kind !== 'ok') return d;
    // num, den coprime ⇒ their powers are coprime: no gcd needed, but `of` also fixes the sign.
    return ok(e > 0n ? Rational.of(n.value, d.value) : Rational.of(d.value, n.value));
  }

  /** `"5/2"`, `"-3"`: canonical, so usable as a map key. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

/** Lean's field division: `x / 0 = 0`. */
export function fieldDiv(a: Rational, b: Rational): Rational {
  return b.isZero() ? Rational.ZERO : a.div(b);
}

/** Lean's field inverse: `0⁻¹ = 0`. */
export function fieldInv(a: Rational): Rational {
  return fieldDiv(Rational.ONE, a);
}

/** `Int.floor` on a rational (Lean's `⌊x⌋`). */
export function intFloor(a: Rational): bigint {
  return a.floor();
}

/** `Int.ceil` on a rational (Lean's `⌈x⌉`). */
export function intCeil(a: Rational): bigint {
  return a.ceil();
}

/** Whether every integer in `r` has at most `limits.maxBits` bits. */
export function withinLimits(r: Rational, limits: Limits = DEFAULT_LIMITS): boolean {
  return r.bitSize() <= limits.maxBits;
}

/**
 * `a * b`, refused when the product would exceed `limits.maxBits`. Plain `mul` only ever adds
 * input sizes; evaluators that multiply repeatedly use this to stay bounded.
 */
export function checkedMul(a: Rational, b: Rational, limits: Limits = DEFAULT_LIMITS): Bounded<Rational> {
  if (bitLength(a.num) + bitLength(b.num) > limits.maxBits + 1 || bitLength(a.den) + bitLength(b.den) > limits.maxBits + 1) {
    return resource(`product exceeds the ${limits.maxBits}-bit limit`);
  }
  const r = a.mul(b);
  return withinLimits(r, limits) ? ok(r) : resource(`product exceeds the ${limits.maxBits}-bit limit`);
}

export type ParsedDecimal = Bounded<Rational> | { readonly kind: 'invalid'; readonly message: string };

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal literal exactly: `"2.5"` → 5/2, `"-0.125"` → -1/8, `"1e3"` → 1000,
 * `"2.5e-1"` → 1/4 (Lean's `OfScientific` reading). Anything else is `invalid`; an exponent that
 * would build a number past `limits.maxBits` is refused.
 */
export function parseDecimal(text: string, limits: Limits = DEFAULT_LIMITS): ParsedDecimal {
  const m = DECIMAL.exec(text.trim());
  if (!m) return { kind: 'invalid', message: `not a decimal number: ${JSON.stringify(text)}` };
  const [, sign = '', whole = '0', frac = '', expText = '0'] = m;
  const digits = BigInt(whole + frac);
  const exponent = BigInt(expText) - BigInt(frac.length);
  const scale = intPow(10n, exponent < 0n ? -exponent : exponent, limits);
  if (scale.kind !== 'ok') return scale;
  const magnitude = exponent < 0n ? Rational.of(digits, scale.value) : Rational.of(digits * scale.value);
  if (!withinLimits(magnitude, limits)) return resource(`decimal ${text} exceeds the ${limits.maxBits}-bit limit`);
  return ok(sign === '-' ? magnitude.neg() : magnitude);
}

function toBigInt(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw coreBug(`not a safe integer: ${x}`);
  return BigInt(x);
}
