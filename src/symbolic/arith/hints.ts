/**
 * Statements of the Mathlib lemmas people pass to `linarith`/`nlinarith` as hints
 * (`nlinarith [sq_nonneg (a - b), mul_pos ha hb]`). Each entry builds exactly the statement
 * of the lemma instance, after checking that proof arguments prove the premises the lemma
 * needs (`mul_pos` wants `0 < a` and `0 < b`). Only lemmas whose statements are encoded here
 * are accepted; any other name is `unsupported` — never guessed.
 *
 * Proof arguments are hypotheses (by name), nested lemma applications, or a proposition
 * standing for `(by tac : P)`, which the caller must prove (the `prove` callback).
 */
import {
  mkArith,
  mkCall,
  mkInv,
  mkLit,
  mkNeg,
  mkPow,
  mkRel,
  type RelOp,
  type Term,
} from '../syntax/ast.ts';
import { NAT, REAL, isOrdered, tyEquals } from '../syntax/types.ts';
import { printTerm } from '../syntax/printer.ts';
import type { Goal } from '../engine/types.ts';
import { findHypothesis } from './goal.ts';

export type HintResult =
  | { readonly kind: 'ok'; readonly prop: Term }
  | { readonly kind: 'error'; readonly reason: 'unsupported' | 'failed'; readonly message: string };

/** Proves a proposition given inline (`(by linarith : 0 ≤ x)`), or says it cannot. */
export type ClaimProver = (claim: Term) => boolean;

interface Resolver {
  /** The statement proved by a proof argument. */
  proof(arg: Term): HintResult;
}

type Lemma = (args: readonly Term[], r: Resolver) => HintResult;

function fail(message: string): HintResult {
  return { kind: 'error', reason: 'failed', message };
}

function okProp(prop: Term): HintResult {
  return { kind: 'ok', prop };
}

function isZero(t: Term): boolean {
  if (t.kind === 'lit') return t.num === 0n;
  if (t.kind === 'cast') return isZero(t.arg);
  return false;
}

/** `lhs op rhs` read in the direction `a < b` / `a ≤ b` (so `b > a` gives `[a, b]`). */
function ordered(prop: Term, strict: boolean): [Term, Term] | undefined {
  if (prop.kind !== 'rel') return undefined;
  if (prop.op === (strict ? '<' : '≤')) return [prop.left, prop.right];
  if (prop.op === (strict ? '>' : '≥')) return [prop.right, prop.left];
  return undefined;
}

/** `a` from `0 < a` (strict) or `0 ≤ a`. */
function positive(prop: Term, strict: boolean): Term | undefined {
  const o = ordered(prop, strict);
  return o !== undefined && isZero(o[0]) ? o[1] : undefined;
}

/** `a` from `a < 0` (strict) or `a ≤ 0`. */
function negative(prop: Term, strict: boolean): Term | undefined {
  const o = ordered(prop, strict);
  return o !== undefined && isZero(o[1]) ? o[0] : undefined;
}

/** `a` from `a ≠ 0`. */
function nonzero(prop: Term): Term | undefined {
  return prop.kind === 'rel' && prop.op === '≠' && isZero(prop.right) ? prop.left : undefined;
}

const zero = (t: Term): Term => mkLit(0n, t.type.kind === 'num' ? t.type : REAL);
const lit = (n: bigint, t: Term): Term => mkLit(n, t.type.kind === 'num' ? t.type : REAL);
const sq = (t: Term): Term => mkPow(t, mkLit(2n, NAT));
const abs = (t: Term): Term => mkCall('abs', [t], t.type);
const sqrt = (t: Term): Term => mkCall('Real.sqrt', [t], REAL);
const rel = (op: RelOp, a: Term, b: Term): Term => mkRel(op, a, b);

function numeric(args: readonly Term[], n: number, name: string): HintResult | undefined {
  if (args.length !== n) return fail(`${name} takes ${n} explicit argument${n === 1 ? '' : 's'}, got ${args.length}`);
  for (const a of args) if (a.type.kind !== 'num' || !isOrdered(a.type)) return fail(`${name}: argument ${printTerm(a)} is not an ordered number`);
  return undefined;
}

function sameType(a: Term, b: Term, name: string): HintResult | undefined {
  return tyEquals(a.type, b.type) ? undefined : fail(`${name}: the two sides have different types`);
}

/** `name a` with one numeric argument (a field or ordered ring, checked by `check`). */
function unary(name: string, build: (a: Term) => Term, check?: (a: Term) => string | undefined): Lemma {
  return (args) => {
    const bad = numeric(args, 1, name);
    if (bad) return bad;
    const a = args[0]!;
    const why = check?.(a);
    return why !== undefined ? fail(`${name}: ${why}`) : okProp(build(a));
  };
}

function binary(name: string, build: (a: Term, b: Term) => Term, check?: (a: Term) => string | undefined): Lemma {
  return (args) => {
    const bad = numeric(args, 2, name);
    if (bad) return bad;
    const [a, b] = [args[0]!, args[1]!];
    const mismatch = sameType(a, b, name);
    if (mismatch) return mismatch;
    const why = check?.(a);
    return why !== undefined ? fail(`${name}: ${why}`) : okProp(build(a, b));
  };
}

/** A lemma whose explicit arguments are proofs with the given premise readers. */
function fromProofs(
  name: string,
  readers: readonly ((p: Term) => Term | undefined)[],
  premise: string,
  build: (xs: Term[]) => Term | string,
): Lemma {
  return (args, r) => {
    if (args.length !== readers.length) return fail(`${name} takes ${readers.length} proof argument(s), got ${args.length}`);
    const xs: Term[] = [];
    for (const [i, a] of args.entries()) {
      const p = r.proof(a);
      if (p.kind !== 'ok') return p;
      const x = readers[i]!(p.prop);
      if (x === undefined) return fail(`${name}: argument ${i + 1} proves ${printTerm(p.prop)}, not ${premise}`);
      xs.push(x);
    }
    for (let i = 1; i < xs.length; i++) if (!tyEquals(xs[i]!.type, xs[0]!.type)) return fail(`${name}: premises at different types`);
    const out = build(xs);
    return typeof out === 'string' ? fail(`${name}: ${out}`) : okProp(out);
  };
}

/** A lemma `(h : premise) (n : ℕ)`, as `pow_pos`. */
function proofThenNat(name: string, reader: (p: Term) => Term | undefined, premise: string, build: (a: Term, n: Term) => Term): Lemma {
  return (args, r) => {
    if (args.length !== 2) return fail(`${name} takes a proof and an exponent`);
    const p = r.proof(args[0]!);
    if (p.kind !== 'ok') return p;
    const a = reader(p.prop);
    if (a === undefined) return fail(`${name}: the argument proves ${printTerm(p.prop)}, not ${premise}`);
    const n = args[1]!;
    if (n.type.kind !== 'num' || n.type.name !== 'Nat') return fail(`${name}: the exponent must be a natural number`);
    return okProp(build(a, n));
  };
}

const notNat = (a: Term): string | undefined => (a.type.kind === 'num' && a.type.name === 'Nat' ? 'needs a ring with negation (not ℕ)' : undefined);
const realOnly = (a: Term): string | undefined => (a.type.kind === 'num' && a.type.name === 'Real' ? undefined : 'needs a real number');
const isReal = (t: Term | undefined): Term | undefined => (t !== undefined && realOnly(t) === undefined ? t : undefined);

const pos = (p: Term) => positive(p, true);
const nonneg = (p: Term) => positive(p, false);

const LEMMAS: Readonly<Record<string, Lemma>> = {
  sq_nonneg: unary('sq_nonneg', (a) => rel('≤', zero(a), sq(a))),
  pow_two_nonneg: unary('pow_two_nonneg', (a) => rel('≤', zero(a), sq(a))),
  mul_self_nonneg: unary('mul_self_nonneg', (a) => rel('≤', zero(a), mkArith('*', a, a)), notNat),
  abs_nonneg: unary('abs_nonneg', (a) => rel('≤', zero(a), abs(a)), notNat),
  sq_abs: unary('sq_abs', (a) => rel('=', sq(abs(a)), sq(a)), notNat),
  abs_sq: unary('abs_sq', (a) => rel('=', abs(sq(a)), sq(a)), notNat),
  abs_mul_abs_self: unary('abs_mul_abs_self', (a) => rel('=', mkArith('*', abs(a), abs(a)), mkArith('*', a, a)), notNat),
  mul_self_abs: unary('mul_self_abs', (a) => rel('=', mkArith('*', abs(a), abs(a)), mkArith('*', a, a)), notNat),
  abs_mul_self: unary('abs_mul_self', (a) => rel('=', abs(mkArith('*', a, a)), mkArith('*', a, a)), notNat),
  le_abs_self: unary('le_abs_self', (a) => rel('≤', a, abs(a)), notNat),
  neg_abs_le: unary('neg_abs_le', (a) => rel('≤', mkNeg(abs(a)), a), notNat),
  neg_le_abs: unary('neg_le_abs', (a) => rel('≤', mkNeg(a), abs(a)), notNat),
  abs_sub_abs_le_abs_sub: binary('abs_sub_abs_le_abs_sub', (a, b) => rel('≤', mkArith('-', abs(a), abs(b)), abs(mkArith('-', a, b))), notNat),
  abs_add: binary('abs_add', (a, b) => rel('≤', abs(mkArith('+', a, b)), mkArith('+', abs(a), abs(b))), notNat),
  abs_sub_comm: binary('abs_sub_comm', (a, b) => rel('=', abs(mkArith('-', a, b)), abs(mkArith('-', b, a))), notNat),
  add_sq: binary('add_sq', (a, b) =>
    rel('=', sq(mkArith('+', a, b)), mkArith('+', mkArith('+', sq(a), mkArith('*', mkArith('*', lit(2n, a), a), b)), sq(b))),
  ),
  add_pow_two: binary('add_pow_two', (a, b) =>
    rel('=', sq(mkArith('+', a, b)), mkArith('+', mkArith('+', sq(a), mkArith('*', mkArith('*', lit(2n, a), a), b)), sq(b))),
  ),
  sub_sq: binary(
    'sub_sq',
    (a, b) => rel('=', sq(mkArith('-', a, b)), mkArith('+', mkArith('-', sq(a), mkArith('*', mkArith('*', lit(2n, a), a), b)), sq(b))),
    notNat,
  ),
  two_mul_le_add_sq: binary('two_mul_le_add_sq', (a, b) => rel('≤', mkArith('*', mkArith('*', lit(2n, a), a), b), mkArith('+', sq(a), sq(b)))),
  four_mul_le_sq_add: binary('four_mul_le_sq_add', (a, b) => rel('≤', mkArith('*', mkArith('*', lit(4n, a), a), b), sq(mkArith('+', a, b)))),

  mul_pos: fromProofs('mul_pos', [pos, pos], '0 < _', ([a, b]) => rel('<', zero(a!), mkArith('*', a!, b!))),
  mul_nonneg: fromProofs('mul_nonneg', [nonneg, nonneg], '0 ≤ _', ([a, b]) => rel('≤', zero(a!), mkArith('*', a!, b!))),
  mul_pos_of_neg_of_neg: fromProofs('mul_pos_of_neg_of_neg', [(p) => negative(p, true), (p) => negative(p, true)], '_ < 0', ([a, b]) =>
    rel('<', zero(a!), mkArith('*', a!, b!)),
  ),
  add_pos: fromProofs('add_pos', [pos, pos], '0 < _', ([a, b]) => rel('<', zero(a!), mkArith('+', a!, b!))),
  add_nonneg: fromProofs('add_nonneg', [nonneg, nonneg], '0 ≤ _', ([a, b]) => rel('≤', zero(a!), mkArith('+', a!, b!))),
  add_pos_of_pos_of_nonneg: fromProofs('add_pos_of_pos_of_nonneg', [pos, nonneg], '0 < _ / 0 ≤ _', ([a, b]) => rel('<', zero(a!), mkArith('+', a!, b!))),
  add_pos_of_nonneg_of_pos: fromProofs('add_pos_of_nonneg_of_pos', [nonneg, pos], '0 ≤ _ / 0 < _', ([a, b]) => rel('<', zero(a!), mkArith('+', a!, b!))),
  div_pos: fromProofs('div_pos', [pos, pos], '0 < _', ([a, b]) => (isField(a!) ? rel('<', zero(a!), mkArith('/', a!, b!)) : 'needs a field')),
  div_nonneg: fromProofs('div_nonneg', [nonneg, nonneg], '0 ≤ _', ([a, b]) => (isField(a!) ? rel('≤', zero(a!), mkArith('/', a!, b!)) : 'needs a field')),
  'inv_pos.mpr': fromProofs('inv_pos.mpr', [pos], '0 < _', ([a]) => (isField(a!) ? rel('<', zero(a!), mkInv(a!)) : 'needs a field')),
  'one_div_pos.mpr': fromProofs('one_div_pos.mpr', [pos], '0 < _', ([a]) => (isField(a!) ? rel('<', zero(a!), mkArith('/', lit(1n, a!), a!)) : 'needs a field')),
  'abs_pos.mpr': fromProofs('abs_pos.mpr', [nonzero], '_ ≠ 0', ([a]) => (notNat(a!) === undefined ? rel('<', zero(a!), abs(a!)) : 'needs a ring with negation')),
  pow_pos: proofThenNat('pow_pos', pos, '0 < _', (a, n) => rel('<', zero(a), mkPow(a, n))),
  pow_nonneg: proofThenNat('pow_nonneg', nonneg, '0 ≤ _', (a, n) => rel('≤', zero(a), mkPow(a, n))),

  'Real.sqrt_nonneg': unary('Real.sqrt_nonneg', (a) => rel('≤', zero(a), sqrt(a)), realOnly),
  'Real.exp_pos': unary('Real.exp_pos', (a) => rel('<', zero(a), mkCall('Real.exp', [a], REAL)), realOnly),
  'Real.exp_nonneg': unary('Real.exp_nonneg', (a) => rel('≤', zero(a), mkCall('Real.exp', [a], REAL)), realOnly),
  'Real.add_one_le_exp': unary('Real.add_one_le_exp', (a) => rel('≤', mkArith('+', a, lit(1n, a)), mkCall('Real.exp', [a], REAL)), realOnly),
  'Real.sq_sqrt': fromProofs('Real.sq_sqrt', [(p) => isReal(nonneg(p))], '0 ≤ _ (real)', ([a]) => rel('=', sq(sqrt(a!)), a!)),
  'Real.sqrt_sq': fromProofs('Real.sqrt_sq', [(p) => isReal(nonneg(p))], '0 ≤ _ (real)', ([a]) => rel('=', sqrt(sq(a!)), a!)),
  'Real.mul_self_sqrt': fromProofs('Real.mul_self_sqrt', [(p) => isReal(nonneg(p))], '0 ≤ _ (real)', ([a]) => rel('=', mkArith('*', sqrt(a!), sqrt(a!)), a!)),
  'Real.sqrt_mul_self': fromProofs('Real.sqrt_mul_self', [(p) => isReal(nonneg(p))], '0 ≤ _ (real)', ([a]) => rel('=', sqrt(mkArith('*', a!, a!)), a!)),
  'Real.sqrt_pos.mpr': fromProofs('Real.sqrt_pos.mpr', [(p) => isReal(pos(p))], '0 < _ (real)', ([a]) => rel('<', zero(a!), sqrt(a!))),
  'Real.pi_pos': (args) => (args.length === 0 ? okProp(rel('<', mkLit(0n, REAL), mkCall('Real.pi', [], REAL))) : fail('Real.pi_pos takes no argument')),
  'Real.pi_gt_three': (args) => (args.length === 0 ? okProp(rel('<', mkLit(3n, REAL), mkCall('Real.pi', [], REAL))) : fail('Real.pi_gt_three takes no argument')),
};

function isField(a: Term): boolean {
  return a.type.kind === 'num' && (a.type.name === 'Rat' || a.type.name === 'Real');
}


/** `sub_nonneg.mpr (h : b ≤ a) : 0 ≤ a - b` and friends need both sides of the premise. */
const TWO_SIDED: Readonly<Record<string, { strict: boolean; result: (a: Term, b: Term) => Term | string }>> = {
  'sub_nonneg.mpr': { strict: false, result: (b, a) => (notNat(a) ? 'needs a ring with negation' : rel('≤', zero(a), mkArith('-', a, b))) },
  sub_nonneg_of_le: { strict: false, result: (b, a) => (notNat(a) ? 'needs a ring with negation' : rel('≤', zero(a), mkArith('-', a, b))) },
  'sub_pos.mpr': { strict: true, result: (b, a) => (notNat(a) ? 'needs a ring with negation' : rel('<', zero(a), mkArith('-', a, b))) },
  sub_pos_of_lt: { strict: true, result: (b, a) => (notNat(a) ? 'needs a ring with negation' : rel('<', zero(a), mkArith('-', a, b))) },
  le_of_lt: { strict: true, result: (a, b) => rel('≤', a, b) },
};

/** The name a lemma is known by here: `sqrt_nonneg` under `open Real` is `Real.sqrt_nonneg`. */
function canonicalName(name: string): string | undefined {
  const known = (n: string): boolean => LEMMAS[n] !== undefined || TWO_SIDED[n] !== undefined;
  if (known(name)) return name;
  if (known(`Real.${name}`)) return `Real.${name}`;
  return undefined;
}

/** Whether `name` (a lemma or `lemma.mpr` name) is in the table. */
export function isKnownLemma(name: string): boolean {
  return canonicalName(name) !== undefined;
}

/**
 * The statement proved by a hint: a hypothesis, a lemma application from the table, or an
 * inline claim proved by `prove`. Unknown lemmas are `unsupported`; premises that do not match
 * (`mul_pos` given `0 ≤ a`) are `failed`.
 */
export function hintStatement(term: Term, goal: Goal, prove: ClaimProver, depth = 0): HintResult {
  if (depth > 16) return { kind: 'error', reason: 'unsupported', message: 'hint nested too deeply' };
  if (term.kind === 'var' && term.type.kind === 'proof') {
    const h = findHypothesis(goal, term.name);
    return h !== undefined ? okProp(h.prop) : fail(`unknown hypothesis ${term.name}`);
  }
  if (term.type.kind === 'prop') {
    return prove(term) ? okProp(term) : fail(`could not prove the inline claim ${printTerm(term)}`);
  }
  if (term.kind !== 'lemma') return { kind: 'error', reason: 'unsupported', message: `a hint must be a proof, got ${printTerm(term)}` };
  const name = canonicalName(term.name);
  if (name === undefined) return { kind: 'error', reason: 'unsupported', message: `unknown lemma ${term.name}` };
  const resolver: Resolver = { proof: (arg) => hintStatement(arg, goal, prove, depth + 1) };
  const twoSided = TWO_SIDED[name];
  if (twoSided !== undefined) {
    if (term.args.length !== 1) return fail(`${name} takes one proof argument`);
    const p = resolver.proof(term.args[0]!);
    if (p.kind !== 'ok') return p;
    const sides = ordered(p.prop, twoSided.strict);
    if (sides === undefined) return fail(`${name}: the argument proves ${printTerm(p.prop)}, not ${twoSided.strict ? '_ < _' : '_ ≤ _'}`);
    const out = twoSided.result(sides[0], sides[1]);
    return typeof out === 'string' ? fail(`${name}: ${out}`) : okProp(out);
  }
  return LEMMAS[name]!(term.args, resolver);
}
