/**
 * Random well-typed terms of the fragment, built with fast-check's `gen` so that generation can
 * depend on the scope (bound variables, shadowing). Well-typed by construction; the round-trip
 * test also runs `checkTerm` on every generated term.
 */
import fc from 'fast-check';
import {
  COMPLEX,
  FALSE,
  INT,
  NAT,
  PROP,
  RAT,
  REAL,
  TRUE,
  finsetTy,
  funTy,
  mkApp,
  mkArith,
  mkBigOp,
  mkCall,
  mkCast,
  mkInv,
  mkLambda,
  mkLit,
  mkLogic,
  mkMem,
  mkModEq,
  mkNeg,
  mkNot,
  mkPow,
  mkQuant,
  mkRel,
  mkSetOf,
  mkVar,
  numRank,
  type ArithOp,
  type NumTy,
  type RelOp,
  type Term,
  type Ty,
} from '../../../src/symbolic/syntax/index.ts';

type Gen = fc.GeneratorValue;
type Scope = ReadonlyMap<string, Ty>;

const NUMS: readonly NumTy[] = [NAT, INT, RAT, REAL, COMPLEX];

/** The free variables every generated term may use, as a `parseTerm` context. */
export const FREE_VARIABLES: readonly { name: string; type: Ty }[] = [
  { name: 'x', type: REAL },
  { name: 'y', type: REAL },
  { name: 'n', type: NAT },
  { name: 'm', type: NAT },
  { name: 'a', type: INT },
  { name: 'b', type: INT },
  { name: 'q', type: RAT },
  { name: 'z', type: COMPLEX },
  { name: 'f', type: funTy(NAT, REAL) },
  { name: 'g', type: funTy(REAL, REAL) },
  { name: 'S', type: finsetTy(NAT) },
];

export function initialScope(): Scope {
  return new Map(FREE_VARIABLES.map((v) => [v.name, v.type]));
}

function pick<T>(g: Gen, xs: readonly T[]): T {
  const x = xs[g(fc.nat, { max: xs.length - 1 })];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

function varsOf(scope: Scope, ty: NumTy): string[] {
  const out: string[] = [];
  for (const [name, t] of scope) if (t.kind === 'num' && t.name === ty.name) out.push(name);
  return out;
}

function literal(g: Gen, ty: NumTy): Term {
  const num = BigInt(g(fc.nat, { max: 30 }));
  if (numRank(ty.name) >= 2 && g(fc.boolean)) return mkLit(num, ty, pick(g, [2n, 4n, 5n, 10n, 20n]));
  return mkLit(num, ty);
}

function leaf(g: Gen, ty: NumTy, scope: Scope): Term {
  const vars = varsOf(scope, ty);
  const options: (() => Term)[] = [() => literal(g, ty)];
  if (vars.length > 0) options.push(() => mkVar(pick(g, vars), ty), () => mkVar(pick(g, vars), ty));
  if (ty.name === 'Real') options.push(() => mkCall('Real.pi', [], REAL));
  if (ty.name === 'Complex') options.push(() => mkCall('Complex.I', [], COMPLEX));
  return pick(g, options)();
}

function binderName(g: Gen): string {
  // A small pool, so that bound variables also shadow each other.
  return pick(g, ['k', 'i', 'j', 't']);
}

/** A random term of numeric type `ty`. */
export function genNum(g: Gen, ty: NumTy, depth: number, scope: Scope): Term {
  if (depth <= 0) return leaf(g, ty, scope);
  const d = depth - 1;
  const rank = numRank(ty.name);
  const options: (() => Term)[] = [
    () => leaf(g, ty, scope),
    () => {
      const ops: ArithOp[] = rank <= 1 ? ['+', '-', '*', '/', '%'] : ['+', '-', '*', '/'];
      return mkArith(pick(g, ops), genNum(g, ty, d, scope), genNum(g, ty, d, scope));
    },
    () => {
      const exps: NumTy[] = [NAT];
      if (rank >= 2) exps.push(INT);
      if (ty.name === 'Real') exps.push(REAL);
      return mkPow(genNum(g, ty, d, scope), genNum(g, pick(g, exps), Math.min(d, 1), scope));
    },
  ];
  if (rank > 0) {
    options.push(() => mkNeg(genNum(g, ty, d, scope)));
    options.push(() => mkCast(genNum(g, pick(g, NUMS.slice(0, rank)), d, scope), ty));
  }
  if (rank >= 2) options.push(() => mkInv(genNum(g, ty, d, scope)));
  switch (ty.name) {
    case 'Nat':
      options.push(
        () => mkCall('Nat.factorial', [genNum(g, NAT, d, scope)], NAT),
        () => mkCall(pick(g, ['Nat.gcd', 'Nat.choose'] as const), [genNum(g, NAT, d, scope), genNum(g, NAT, d, scope)], NAT),
        () => mkCall('Rat.den', [genNum(g, RAT, d, scope)], NAT),
        () => mkCall('Int.natAbs', [genNum(g, INT, d, scope)], NAT),
        () => mkCall('Nat.floor', [genNum(g, REAL, d, scope)], NAT),
        () => mkCall('List.sum', [mkCall('Nat.digits', [mkLit(10n, NAT), genNum(g, NAT, d, scope)], { kind: 'list', elem: NAT })], NAT),
        () => {
          const k = binderName(g);
          const inner = new Map(scope).set(k, NAT);
          const pred = mkLambda({ name: k, type: NAT }, genProp(g, Math.min(d, 1), inner));
          const range = mkCall('Finset.range', [genNum(g, NAT, d, scope)], finsetTy(NAT));
          return mkCall('Finset.card', [mkCall('Finset.filter', [pred, range], finsetTy(NAT))], NAT);
        },
      );
      break;
    case 'Int':
      options.push(
        () => mkCall(pick(g, ['Int.floor', 'Int.ceil'] as const), [genNum(g, pick(g, [RAT, REAL]), d, scope)], INT),
        () => mkCall('Rat.num', [genNum(g, RAT, d, scope)], INT),
        () => mkCall('abs', [genNum(g, INT, d, scope)], INT),
        () => mkCall('min', [genNum(g, INT, d, scope), genNum(g, INT, d, scope)], INT),
      );
      break;
    case 'Rat':
      options.push(() => mkCall('max', [genNum(g, RAT, d, scope), genNum(g, RAT, d, scope)], RAT));
      break;
    case 'Real':
      options.push(
        () => mkCall(pick(g, ['Real.sqrt', 'Real.exp', 'Real.sin', 'Real.cos', 'Real.log'] as const), [genNum(g, REAL, d, scope)], REAL),
        () => mkCall('Real.logb', [genNum(g, REAL, d, scope), genNum(g, REAL, d, scope)], REAL),
        () => mkCall('abs', [genNum(g, REAL, d, scope)], REAL),
        () => mkApp(mkVar('f', funTy(NAT, REAL)), genNum(g, NAT, d, scope)),
        () => mkApp(mkVar('g', funTy(REAL, REAL)), genNum(g, REAL, d, scope)),
      );
      break;
    case 'Complex':
      break;
  }
  if (ty.name !== 'Complex' || g(fc.boolean)) {
    options.push(() => {
      const k = binderName(g);
      const overInt = g(fc.boolean);
      const idx = overInt ? INT : NAT;
      const domain = overInt
        ? mkCall('Finset.Icc', [genNum(g, INT, Math.min(d, 1), scope), genNum(g, INT, Math.min(d, 1), scope)], finsetTy(INT))
        : mkCall('Finset.range', [genNum(g, NAT, Math.min(d, 1), scope)], finsetTy(NAT));
      const body = genNum(g, ty, d, new Map(scope).set(k, idx));
      return mkBigOp(pick(g, ['∑', '∏'] as const), { name: k, type: idx }, domain, body);
    });
  }
  return pick(g, options)();
}

/** A random proposition. */
export function genProp(g: Gen, depth: number, scope: Scope): Term {
  const d = Math.max(0, depth - 1);
  const rel = (): Term => {
    const ty = pick(g, NUMS);
    const ops: RelOp[] = ty.name === 'Complex' ? ['=', '≠'] : ['=', '≠', '<', '≤', '>', '≥'];
    if (numRank(ty.name) <= 1) ops.push('∣');
    return mkRel(pick(g, ops), genNum(g, ty, d, scope), genNum(g, ty, d, scope));
  };
  if (depth <= 0) return pick(g, [rel, rel, () => (g(fc.boolean) ? TRUE : FALSE)])();
  const options: (() => Term)[] = [
    rel,
    rel,
    () => mkLogic(pick(g, ['∧', '∨', '→', '↔'] as const), genProp(g, d, scope), genProp(g, d, scope)),
    () => mkNot(genProp(g, d, scope)),
    () => {
      const name = binderName(g);
      const ty = pick(g, NUMS);
      return mkQuant(pick(g, ['∀', '∃', '∃!'] as const), { name, type: ty }, genProp(g, d, new Map(scope).set(name, ty)));
    },
    () => {
      const mem = mkMem(genNum(g, NAT, d, scope), mkVar('S', finsetTy(NAT)));
      return g(fc.boolean) ? mem : mkNot(mem);
    },
    () => {
      const ty = pick(g, [NAT, INT]);
      return mkModEq(genNum(g, ty, d, scope), genNum(g, ty, d, scope), genNum(g, ty, d, scope));
    },
    () => mkCall('Nat.Prime', [genNum(g, NAT, d, scope)], PROP),
    () => {
      const ty = pick(g, [NAT, INT]);
      return mkCall(pick(g, ['Even', 'Odd'] as const), [genNum(g, ty, d, scope)], PROP);
    },
    () => mkCall('Irrational', [genNum(g, REAL, d, scope)], PROP),
    () => {
      const ty = pick(g, [NAT, INT, RAT, REAL]);
      const name = binderName(g);
      const set = mkSetOf({ name, type: ty }, genProp(g, d, new Map(scope).set(name, ty)));
      return mkCall(pick(g, ['IsLeast', 'IsGreatest'] as const), [set, genNum(g, ty, d, scope)], PROP);
    },
  ];
  return pick(g, options)();
}

