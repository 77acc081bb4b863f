/**
 * Resource bounds for the trusted core. Lean happily states `2 ^ (10 ^ 9)`; we must refuse to
 * build such numbers rather than exhaust memory, and the refusal is a value, never a crash.
 */

/** Bounds on what one core operation may build. */
export interface Limits {
  /** Largest bit length of any integer (numerator, denominator) an operation may produce. */
  readonly maxBits: number;
  /** Largest number of terms a polynomial operation may produce. */
  readonly maxTerms: number;
  /** Largest total degree a polynomial operation may produce. */
  readonly maxDegree: number;
}

/** Generous defaults: 10^6 bits per number, 20 000 terms, degree 200. */
export const DEFAULT_LIMITS: Limits = Object.freeze({ maxBits: 1_000_000, maxTerms: 20_000, maxDegree: 200 });

/** An operation refused because its result would exceed `Limits`. */
export interface ResourceError {
  readonly kind: 'resource';
  readonly message: string;
}

/** The result of a bounded operation: the value, or a refusal. */
export type Bounded<T> = { readonly kind: 'ok'; readonly value: T } | ResourceError;

export function ok<T>(value: T): Bounded<T> {
  return { kind: 'ok', value };
}

export function resource(message: string): ResourceError {
  return { kind: 'resource', message };
}

/** Number of bits in `|x|` (0 for 0). Exact; linear in the size of `x`. */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  // The leading hex digit contributes 1..4 bits; the others 4 each.
  const lead = Number.parseInt(hex[0] ?? '0', 16);
  const leadBits = lead >= 8 ? 4 : lead >= 4 ? 3 : lead >= 2 ? 2 : 1;
  return (hex.length - 1) * 4 + leadBits;
}

/** Thrown only for states that can come from a bug in a caller of the core (never for user input). */
export function coreBug(message: string): Error {
  return new Error(`internal error: ${message}`);
}
