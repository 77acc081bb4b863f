/**
 * Unification: metavariables on either side, Lean's reducible notations (`≥`, `>`, `≠`),
 * α-equivalence, Miller patterns under binders, ℕ offsets, and the checks that keep it sound
 * (types, occurs check, no escaping bound variables).
 */
import { describe, expect, it } from 'vitest';
import {
  NAT,
  REAL,
  PROP,
  mkArith,
  mkBigOp,
  mkCall,
  mkLit,
  mkQuant,
  mkRel,
  mkVar,
  finsetTy,
  funTy,
  mkApp,
  printTerm,
  type Term,
} from '../../../src/symbolic/syntax/index.ts';
import { Metas, propsMatch, unify } from '../../../src/symbolic/engine/unify.ts';

const x = mkVar('x', REAL);
const y = mkVar('y', REAL);
const two = mkLit(2n, REAL);

describe('unify', () => {
  it('assigns metavariables and instantiates', () => {
    const m = new Metas();
    const a = m.fresh('a', REAL);
    const pattern = mkRel('≤', mkLit(0n, REAL), mkArith('*', a, a));
    expect(unify(pattern, mkRel('≤', mkLit(0n, REAL), mkArith('*', x, x)), m)).toBe(true);
    expect(printTerm(m.instantiate(pattern))).toBe('0 ≤ x * x');
  });

  it('fails without assigning anything on a mismatch', () => {
    const m = new Metas();
    const a = m.fresh('a', REAL);
    expect(unify(mkArith('*', a, a), mkArith('*', x, y), m)).toBe(false);
    expect(m.unassigned(a)).toEqual([a.name]);
  });

  it('reads ≥ and > as the flipped ≤ and <, and ≠ as ¬ =', () => {
    expect(propsMatch(mkRel('≥', x, two), mkRel('≤', two, x))).toBe(true);
    expect(propsMatch(mkRel('>', x, two), mkRel('<', two, x))).toBe(true);
    expect(propsMatch(mkRel('>', x, two), mkRel('<', x, two))).toBe(false);
    expect(propsMatch(mkRel('≠', x, two), { kind: 'not', arg: mkRel('=', x, two), type: PROP } as Term)).toBe(true);
  });

  it('respects types: 2 : ℕ is not 2 : ℝ', () => {
    const m = new Metas();
    const a = m.fresh('a', NAT);
    expect(unify(a, x, m)).toBe(false);
    expect(propsMatch(mkLit(2n, NAT), mkLit(2n, REAL))).toBe(false);
  });

  it('is α-invariant and never lets a bound variable escape', () => {
    const fx = (v: string): Term => mkQuant('∀', { name: v, type: REAL }, mkRel('≤', mkLit(0n, REAL), mkArith('*', mkVar(v, REAL), mkVar(v, REAL))));
    expect(propsMatch(fx('u'), fx('v'))).toBe(true);
    const m = new Metas();
    const a = m.fresh('a', REAL);
    // ∀ u, 0 ≤ ?a  vs  ∀ u, 0 ≤ u * u: ?a would have to mention the bound u.
    const pattern = mkQuant('∀', { name: 'u', type: REAL }, mkRel('≤', mkLit(0n, REAL), a));
    expect(unify(pattern, fx('u'), m)).toBe(false);
  });

  it('occurs check', () => {
    const m = new Metas();
    const a = m.fresh('a', REAL);
    expect(unify(a, mkArith('+', a, x), m)).toBe(false);
  });

  it('solves ?f i under a sum binder by abstraction (Miller pattern)', () => {
    const m = new Metas();
    const f = m.fresh('f', funTy(NAT, REAL));
    const n = m.fresh('n', NAT);
    const range = (t: Term): Term => mkCall('Finset.range', [t], finsetTy(NAT));
    const pattern = mkBigOp('∑', { name: 'x', type: NAT }, range(mkArith('+', n, mkLit(1n, NAT))), mkApp(f, mkVar('x', NAT)));
    const k = mkVar('k', NAT);
    const i = mkVar('i', NAT);
    const body = mkArith('*', mkLit(2n, REAL), { kind: 'cast', arg: i, type: REAL } as Term);
    const target = mkBigOp('∑', { name: 'i', type: NAT }, range(mkArith('+', k, mkLit(1n, NAT))), body);
    expect(unify(pattern, target, m)).toBe(true);
    expect(printTerm(m.instantiate(mkApp(f, k)))).toBe('2 * (↑k : ℝ)');
    expect(printTerm(m.instantiate(n))).toBe('k');
  });

  it('terminates on applications of unassigned metavariables on both sides', () => {
    const m = new Metas();
    const f = m.fresh('f', funTy(NAT, NAT));
    const g = m.fresh('g', funTy(NAT, NAT));
    const n = mkVar('n', NAT);
    expect(unify(mkApp(f, n), mkApp(g, mkArith('+', n, mkLit(1n, NAT))), m)).toBe(false);
    expect(unify(mkApp(f, n), mkApp(g, n), m)).toBe(true);
  });

  it('solves ℕ offsets ?n + 1 =?= 5 but not in other types', () => {
    const m = new Metas();
    const n = m.fresh('n', NAT);
    expect(unify(mkArith('+', n, mkLit(1n, NAT)), mkLit(5n, NAT), m)).toBe(true);
    expect(printTerm(m.instantiate(n))).toBe('4');
    const r = new Metas();
    const q = r.fresh('q', REAL);
    expect(unify(mkArith('+', q, mkLit(1n, REAL)), mkLit(5n, REAL), r)).toBe(false);
    const z = new Metas();
    const w = z.fresh('w', NAT);
    expect(unify(mkArith('+', w, mkLit(7n, NAT)), mkLit(5n, NAT), z)).toBe(false);
  });
});
