import { describe, expect, it } from 'vitest';
import {
  NAT,
  REAL,
  PROP,
  checkTerm,
  children,
  freeVars,
  mkArith,
  mkBigOp,
  mkCall,
  mkCast,
  mkLit,
  mkQuant,
  mkRel,
  mkVar,
  printTerm,
  substitute,
  substituteAll,
  termEquals,
  termKey,
  withChildren,
} from '../../../src/symbolic/syntax/index.ts';
import { goalOf } from './helpers.ts';

const x = mkVar('x', REAL);
const y = mkVar('y', REAL);
const zero = mkLit(0n, REAL);

describe('termEquals and termKey', () => {
  it('identify terms up to renaming of bound variables', () => {
    const a = mkQuant('∀', { name: 'x', type: REAL }, mkRel('≥', mkArith('*', x, x), zero));
    const b = mkQuant('∀', { name: 'y', type: REAL }, mkRel('≥', mkArith('*', y, y), zero));
    expect(termEquals(a, b)).toBe(true);
    expect(termKey(a)).toBe(termKey(b));
  });

  it('distinguish free variables, types and literal types', () => {
    expect(termEquals(mkRel('=', x, zero), mkRel('=', y, zero))).toBe(false);
    expect(termEquals(mkVar('x', REAL), mkVar('x', NAT))).toBe(false);
    expect(termEquals(mkLit(2n, NAT), mkLit(2n, REAL))).toBe(false);
    expect(termEquals(mkLit(1n, REAL, 2n), mkLit(2n, REAL, 4n))).toBe(true);
  });

  it('do not confuse a bound variable with a free one of the same name', () => {
    const bound = mkQuant('∀', { name: 'x', type: REAL }, mkRel('=', x, zero));
    const free = mkQuant('∀', { name: 'z', type: REAL }, mkRel('=', x, zero));
    expect(termEquals(bound, free)).toBe(false);
  });

  it('are stable: the same statement gives the same key each time it is elaborated', () => {
    const k1 = termKey(goalOf('(a b : ℝ)', '∀ c > 0, a ^ 2 + b ^ 2 ≥ 2 * a * b * c'));
    const k2 = termKey(goalOf('(a b : ℝ)', '∀ d > 0, a ^ 2 + b ^ 2 ≥ 2 * a * b * d'));
    expect(k1).toBe(k2);
  });
});

describe('substitute', () => {
  it('replaces free occurrences only', () => {
    const t = mkArith('+', x, mkCall('Real.sqrt', [x], REAL));
    expect(printTerm(substitute(t, 'x', mkLit(4n, REAL)))).toBe('4 + Real.sqrt 4');
    const q = mkQuant('∀', { name: 'x', type: REAL }, mkRel('=', x, y));
    expect(substitute(q, 'x', zero)).toBe(q);
  });

  it('renames a binder that would capture a free variable of the replacement', () => {
    const q = mkQuant('∀', { name: 'y', type: REAL }, mkRel('<', x, y));
    const r = substitute(q, 'x', mkArith('+', y, mkLit(1n, REAL)));
    expect(printTerm(r)).toBe("∀ y' : ℝ, y + 1 < y'");
    expect(freeVars(r).has('y')).toBe(true);
    expect(termEquals(r, q)).toBe(false);
  });

  it('does not substitute into a big operator index, but does into its domain', () => {
    const n = mkVar('n', NAT);
    const k = mkVar('k', NAT);
    const sum = mkBigOp('∑', { name: 'k', type: NAT }, mkCall('Finset.range', [n], { kind: 'finset', elem: NAT }), mkArith('*', k, n));
    expect(printTerm(substituteAll(sum, new Map([['n', mkLit(5n, NAT)], ['k', mkLit(9n, NAT)]])))).toBe(
      '∑ k ∈ Finset.range 5, k * 5',
    );
  });

  it('shares unchanged subterms', () => {
    const t = mkArith('+', mkArith('*', y, y), x);
    const r = substitute(t, 'x', zero);
    expect(r.kind === 'arith' && t.kind === 'arith' && r.left).toBe(t.left);
  });

  it('refuses a replacement of another type (a bug in the caller)', () => {
    expect(() => substitute(mkRel('=', x, zero), 'x', mkLit(1n, NAT))).toThrow(/internal error/);
  });
});

describe('freeVars, children, withChildren', () => {
  it('lists free variables with their types', () => {
    const g = goalOf('(a : ℝ) (n : ℕ) (f : ℕ → ℝ)', '∀ k, f (k + n) ≤ a');
    expect([...freeVars(g)].map(([name, t]) => `${name}:${t.kind}`)).toEqual(['f:fun', 'n:num', 'a:num']);
  });

  it('rebuilds a node from its children', () => {
    const t = mkRel('≤', mkCast(mkVar('n', NAT), REAL), x);
    const rebuilt = withChildren(t, children(t));
    expect(termEquals(rebuilt, t)).toBe(true);
    expect(rebuilt.type).toEqual(PROP);
  });
});

describe('checkTerm', () => {
  it('accepts elaborated terms and rejects ill-typed or out-of-fragment ones', () => {
    expect(checkTerm(goalOf('(x : ℝ) (n : ℕ)', 'x ^ n + ↑n = Real.sqrt 2'))).toEqual({ kind: 'ok' });
    expect(checkTerm(mkArith('+', x, mkVar('n', NAT))).kind).toBe('error');
    expect(checkTerm(mkCast(x, NAT)).kind).toBe('error');
    expect(checkTerm(mkArith('%', x, x)).kind).toBe('error');
    expect(checkTerm(mkCall('Nat.Prime', [x], PROP)).kind).toBe('error');
    expect(checkTerm(mkCall('abs', [mkVar('n', NAT)], NAT)).kind).toBe('error');
    expect(checkTerm(mkLit(1n, NAT, 2n)).kind).toBe('error');
    expect(checkTerm(mkLit(1n, REAL, 3n)).kind).toBe('error');
  });
});
