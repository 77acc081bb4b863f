/**
 * fast-check generators of typed terms for the arithmetic suites, and the independent judge:
 * E3's exact evaluator (../../../src/symbolic/eval), which shares no code with the
 * linearisation, so a disagreement is a real bug on one side.
 */
import fc from 'fast-check';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { evaluate, evaluateProp, numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import {
  INT,
  NAT,
  REAL,
  mkArith,
  mkCast,
  mkInv,
  mkLit,
  mkNeg,
  mkPow,
  mkRel,
  mkVar,
  type NumTy,
  type RelOp,
  type Term,
} from '../../../src/symbolic/syntax/index.ts';

export const REAL_VARS = ['x', 'y', 'z'] as const;
export const INT_VARS = ['a', 'b'] as const;
export const NAT_VARS = ['m', 'n'] as const;

const natLeaf: fc.Arbitrary<Term> = fc.oneof(
  fc.constantFrom(...NAT_VARS).map((v) => mkVar(v, NAT)),
  fc.bigInt({ min: 0n, max: 7n }).map((k) => mkLit(k, NAT)),
);

/** ℕ terms with truncated subtraction, floor division and `%` (by literals and by terms). */
export function natTerm(depth = 3): fc.Arbitrary<Term> {
  const { t } = fc.letrec<{ t: Term }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'medium', maxDepth: depth },
      natLeaf,
      fc.tuple(fc.constantFrom('+', '-', '*', '/', '%') as fc.Arbitrary<'+' | '-' | '*' | '/' | '%'>, tie('t'), tie('t')).map(([op, l, r]) => mkArith(op, l, r)),
      fc.tuple(tie('t'), fc.integer({ min: 0, max: 3 })).map(([b, e]) => mkPow(b, mkLit(BigInt(e), NAT))),
    ),
  }));
  return t;
}

const intLeaf: fc.Arbitrary<Term> = fc.oneof(
  fc.constantFrom(...INT_VARS).map((v) => mkVar(v, INT)),
  fc.bigInt({ min: 0n, max: 7n }).map((k) => mkLit(k, INT)),
  natLeaf.map((t) => mkCast(t, INT)),
);

/** ℤ terms with Euclidean `/` and `%`, negation, and casts of ℕ terms. */
export function intTerm(depth = 3): fc.Arbitrary<Term> {
  const { t } = fc.letrec<{ t: Term }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'medium', maxDepth: depth },
      intLeaf,
      natTerm(2).map((n) => mkCast(n, INT)),
      tie('t').map((a) => mkNeg(a)),
      fc.tuple(fc.constantFrom('+', '-', '*', '/', '%') as fc.Arbitrary<'+' | '-' | '*' | '/' | '%'>, tie('t'), tie('t')).map(([op, l, r]) => mkArith(op, l, r)),
      fc.tuple(tie('t'), fc.integer({ min: 0, max: 3 })).map(([b, e]) => mkPow(b, mkLit(BigInt(e), NAT))),
    ),
  }));
  return t;
}

const realLeaf: fc.Arbitrary<Term> = fc.oneof(
  fc.constantFrom(...REAL_VARS).map((v) => mkVar(v, REAL)),
  fc.tuple(fc.bigInt({ min: 0n, max: 6n }), fc.bigInt({ min: 1n, max: 3n })).map(([n, d]) =>
    d === 1n ? mkLit(n, REAL) : mkArith('/', mkLit(n, REAL), mkLit(d, REAL)),
  ),
);

/** ℝ terms with field division (also by expressions that may vanish), inverses, casts. */
export function realTerm(depth = 3, divisions = true): fc.Arbitrary<Term> {
  const ops = divisions ? (['+', '-', '*', '/'] as const) : (['+', '-', '*'] as const);
  const { t } = fc.letrec<{ t: Term }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'medium', maxDepth: depth },
      realLeaf,
      intTerm(1).map((i) => mkCast(i, REAL)),
      tie('t').map((a) => mkNeg(a)),
      ...(divisions ? [tie('t').map((a) => mkInv(a))] : []),
      fc.tuple(fc.constantFrom(...ops), tie('t'), tie('t')).map(([op, l, r]) => mkArith(op, l, r)),
      fc.tuple(tie('t'), fc.integer({ min: 0, max: 3 })).map(([b, e]) => mkPow(b, mkLit(BigInt(e), NAT))),
    ),
  }));
  return t;
}

/** A random assignment of all test variables: small integers, naturals, and rationals. */
export const envArb: fc.Arbitrary<Map<string, Value>> = fc
  .tuple(
    fc.array(fc.tuple(fc.bigInt({ min: -9n, max: 9n }), fc.bigInt({ min: 1n, max: 4n })), { minLength: 3, maxLength: 3 }),
    fc.array(fc.bigInt({ min: -9n, max: 9n }), { minLength: 2, maxLength: 2 }),
    fc.array(fc.bigInt({ min: 0n, max: 9n }), { minLength: 2, maxLength: 2 }),
  )
  .map(([reals, ints, nats]) => {
    const env = new Map<string, Value>();
    REAL_VARS.forEach((v, i) => env.set(v, numValue(Rational.of(reals[i]![0], reals[i]![1]), REAL)));
    INT_VARS.forEach((v, i) => env.set(v, numValue(Rational.fromInt(ints[i]!), INT)));
    NAT_VARS.forEach((v, i) => env.set(v, numValue(Rational.fromInt(nats[i]!), NAT)));
    return env;
  });

/** The exact value of a numeric term under `env` (undefined if the evaluator cannot say). */
export function valueAt(t: Term, env: ReadonlyMap<string, Value>): Rational | undefined {
  const r = evaluate(t, env);
  return r.kind === 'ok' && r.value.kind === 'num' ? r.value.value : undefined;
}

/** The truth value of a proposition under `env` (undefined if unknown). */
export function truthAt(p: Term, env: ReadonlyMap<string, Value>): boolean | undefined {
  const r = evaluateProp(p, env);
  return r.kind === 'true' ? true : r.kind === 'false' ? false : undefined;
}

export const relArb: fc.Arbitrary<RelOp> = fc.constantFrom('<', '≤', '>', '≥', '=');

/** A comparison `l op r` at type `ty` from two term generators. */
export function comparison(terms: fc.Arbitrary<Term>, ops: fc.Arbitrary<RelOp> = relArb): fc.Arbitrary<Term> {
  return fc.tuple(ops, terms, terms).map(([op, l, r]) => mkRel(op, l, r));
}

export function typeOf(t: Term): NumTy {
  if (t.type.kind !== 'num') throw new Error('not numeric');
  return t.type;
}

/** Arithmetic nodes of `t` in pre-order (for mutations). */
function arithNodes(t: Term, out: Term[] = []): Term[] {
  if (t.kind === 'arith') out.push(t);
  switch (t.kind) {
    case 'arith':
      arithNodes(t.left, out);
      arithNodes(t.right, out);
      break;
    case 'neg':
    case 'inv':
    case 'cast':
      arithNodes(t.arg, out);
      break;
    case 'pow':
      arithNodes(t.base, out);
      break;
    default:
      break;
  }
  return out;
}

/** `t` with the `index`-th arithmetic node's operator replaced by `op` (or `t` if there is none). */
export function mutate(t: Term, index: number, op: '+' | '-' | '*' | '/'): Term {
  const nodes = arithNodes(t);
  if (nodes.length === 0) return mkArith('+', t, mkLit(1n, typeOf(t)));
  const target = nodes[index % nodes.length]!;
  const rebuild = (u: Term): Term => {
    if (u === target && u.kind === 'arith') return mkArith(u.op === op ? (op === '+' ? '-' : '+') : op, u.left, u.right);
    switch (u.kind) {
      case 'arith':
        return mkArith(u.op, rebuild(u.left), rebuild(u.right));
      case 'neg':
        return mkNeg(rebuild(u.arg));
      case 'inv':
        return mkInv(rebuild(u.arg));
      case 'cast':
        return mkCast(rebuild(u.arg), typeOf(u));
      case 'pow':
        return mkPow(rebuild(u.base), u.exponent);
      default:
        return u;
    }
  };
  return rebuild(t);
}
