/**
 * Candidate values per type, simplest first: small integers and edge values (0, 1, -1, a large
 * one) for ℕ/ℤ, where truncated subtraction and division traps live; small fractions for ℚ/ℝ;
 * constant, identity and affine functions for function variables. Also a seeded generator of
 * random values for the sampling phase, so runs are reproducible.
 */
import { Rational } from '../core/index.ts';
import { boolValue, complexValue, numValue, type EvalResult, type Value } from '../eval/index.ts';
import type { NumTy, Ty } from '../syntax/types.ts';

const NAT_VALUES = [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 15n, 16n, 20n, 24n, 25n, 30n, 36n, 49n, 50n, 64n, 97n, 100n, 1000n];
const INT_VALUES = [0n, 1n, -1n, 2n, -2n, 3n, -3n, 4n, -4n, 5n, -5n, 6n, -6n, 7n, -7n, 8n, 10n, -10n, 12n, 16n, 25n, 100n, -100n, 1000n];
const FRACTIONS: readonly (readonly [bigint, bigint])[] = [
  [0n, 1n], [1n, 1n], [-1n, 1n], [2n, 1n], [-2n, 1n], [1n, 2n], [-1n, 2n], [3n, 1n], [-3n, 1n], [1n, 3n], [3n, 2n],
  [-3n, 2n], [2n, 3n], [1n, 4n], [4n, 1n], [5n, 1n], [-1n, 3n], [5n, 2n], [1n, 10n], [10n, 1n], [-5n, 1n], [9n, 1n],
  [100n, 1n], [1n, 100n], [7n, 1n], [-10n, 1n],
];

function n(v: bigint, ty: NumTy): Value {
  return numValue(Rational.of(v), ty);
}

/** Values of a numeric type, simplest first. */
function numbers(ty: NumTy): Value[] {
  switch (ty.name) {
    case 'Nat':
      return NAT_VALUES.map((v) => n(v, ty));
    case 'Int':
      return INT_VALUES.map((v) => n(v, ty));
    case 'Rat':
    case 'Real':
      return FRACTIONS.map(([p, q]) => numValue(Rational.of(p, q), ty));
    case 'Complex':
      return [
        complexValue(Rational.ZERO, Rational.ZERO),
        complexValue(Rational.ONE, Rational.ZERO),
        complexValue(Rational.ZERO, Rational.ONE),
        complexValue(Rational.ONE, Rational.ONE),
        complexValue(Rational.of(-1n), Rational.ZERO),
        complexValue(Rational.ZERO, Rational.of(-1n)),
        complexValue(Rational.of(2n), Rational.ZERO),
      ];
  }
}

/** `fun x => a * x + b` on one numeric argument, or `undefined` when it does not map the domain into the codomain. */
function affine(a: Rational, b: Rational, dom: NumTy, cod: NumTy): Value | undefined {
  if (dom.name === 'Complex' || cod.name === 'Complex') return undefined;
  const integral = (t: NumTy): boolean => t.name === 'Nat' || t.name === 'Int';
  if (integral(cod) && (!a.isInteger() || !b.isInteger() || (!a.isZero() && !integral(dom)))) return undefined;
  // ℕ codomain: a x + b ≥ 0 for every x in the domain needs b ≥ 0 and (a = 0, or a > 0 on ℕ).
  if (cod.name === 'Nat' && (b.isNegative() || a.isNegative() || (!a.isZero() && dom.name !== 'Nat'))) return undefined;
  const describe = a.isZero() ? `fun _ => ${b}` : `fun x => ${a.equals(Rational.ONE) ? '' : `${a} * `}x${b.isZero() ? '' : ` + ${b}`}`;
  return {
    kind: 'fn',
    describe,
    apply: (arg: Value): EvalResult => {
      if (arg.kind !== 'num') return { kind: 'unknown', reason: 'affine function of a non-number' };
      const r = a.mul(arg.value).add(b);
      if (integral(cod) && !r.isInteger()) return { kind: 'unknown', reason: 'non-integer value' };
      if (cod.name === 'Nat' && r.isNegative()) return { kind: 'unknown', reason: 'negative value at ℕ' };
      return { kind: 'ok', value: numValue(r, cod) };
    },
  };
}

const AFFINE: readonly (readonly [bigint, bigint])[] = [
  [0n, 0n], [0n, 1n], [1n, 0n], [1n, 1n], [2n, 0n], [0n, 2n], [2n, 1n], [-1n, 0n], [1n, -1n], [3n, 0n], [0n, -1n], [-1n, 1n],
  [3n, 1n], [2n, -1n], [1n, 2n], [-2n, 0n],
];

/** Candidate values of `ty`, simplest first; empty for types the search does not sample (sets, lists). */
export function candidates(ty: Ty): Value[] {
  switch (ty.kind) {
    case 'num':
      return numbers(ty);
    case 'prop':
      return [boolValue(false), boolValue(true)];
    case 'fun': {
      if (ty.dom.kind !== 'num' || ty.cod.kind !== 'num') return [];
      const out: Value[] = [];
      for (const [a, b] of AFFINE) {
        const f = affine(Rational.of(a), Rational.of(b), ty.dom, ty.cod);
        if (f !== undefined) out.push(f);
      }
      return out;
    }
    default:
      return [];
  }
}

/** A random value of a numeric type (wider than the fixed candidates), or `undefined` for other types. */
export function randomValue(ty: Ty, rand: () => number): Value | undefined {
  if (ty.kind !== 'num' || ty.name === 'Complex') return undefined;
  const magnitude = [10, 100, 10_000][Math.floor(rand() * 3)]!;
  const k = BigInt(Math.floor(rand() * magnitude));
  switch (ty.name) {
    case 'Nat':
      return n(k, ty);
    case 'Int':
      return n(rand() < 0.5 ? -k : k, ty);
    default: {
      const den = BigInt(1 + Math.floor(rand() * 12));
      return numValue(Rational.of(rand() < 0.5 ? -k : k, den), ty);
    }
  }
}
