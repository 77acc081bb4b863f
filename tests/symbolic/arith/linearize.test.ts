import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, Polynomial, Rational } from '../../../src/symbolic/core/index.ts';
import { AtomTable } from '../../../src/symbolic/arith/atoms.ts';
import { linearize } from '../../../src/symbolic/arith/linearize.ts';
import { polyToTerm } from '../../../src/symbolic/arith/to-term.ts';
import { parseTerm, printTerm, INT, NAT, REAL, type Term, type Ty } from '../../../src/symbolic/syntax/index.ts';
import type { Value } from '../../../src/symbolic/eval/index.ts';
import { envArb, intTerm, natTerm, realTerm, valueAt } from './arbitraries.ts';

const VARS: { name: string; type: Ty }[] = [
  { name: 'x', type: REAL },
  { name: 'y', type: REAL },
  { name: 'a', type: INT },
  { name: 'b', type: INT },
  { name: 'm', type: NAT },
  { name: 'n', type: NAT },
];

function term(text: string): Term {
  const r = parseTerm(text, { variables: VARS, opens: ['Real', 'Nat'] });
  if (r.kind !== 'ok') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.term;
}

function lin(text: string, table = new AtomTable()): Polynomial {
  const r = linearize(term(text), table, DEFAULT_LIMITS);
  if (r.kind !== 'ok') throw new Error(`${text}: ${r.kind}`);
  return r.poly;
}

/** Whether two texts linearise to the same polynomial over one table. */
function same(a: string, b: string): boolean {
  const table = new AtomTable();
  return lin(a, table).equals(lin(b, table));
}

describe('ring operations are exact', () => {
  it('collects like terms across types and casts', () => {
    expect(same('(x + y) ^ 2', 'x ^ 2 + 2 * x * y + y ^ 2')).toBe(true);
    expect(same('((m + n : ℕ) : ℝ)', '(m : ℝ) + (n : ℝ)')).toBe(true);
    expect(same('((a * b : ℤ) : ℝ)', '(a : ℝ) * (b : ℝ)')).toBe(true);
    expect(same('x / 2', 'x * (1 / 2)')).toBe(true);
    expect(same('(x + y) ^ 2', 'x ^ 2 + y ^ 2')).toBe(false);
  });
});

describe('ℕ subtraction follows Lean', () => {
  it('evaluates numerals with truncation', () => {
    expect(lin('(7 : ℕ) - 10').equals(Polynomial.ZERO)).toBe(true);
    expect(lin('(10 : ℕ) - 7').equals(Polynomial.constant(3))).toBe(true);
  });
  it('is exact when the difference is provably nonnegative or nonpositive', () => {
    expect(same('n + 1 - 1', 'n')).toBe(true);
    expect(same('n - (n + 2)', '0')).toBe(true);
  });
  it('is an atom otherwise, so n - 1 + 1 is not n', () => {
    expect(same('n - 1 + 1', 'n')).toBe(false);
    const table = new AtomTable();
    const p = lin('m - n', table);
    expect(p.atoms().map((a) => table.info(a).def.kind)).toContain('natSub');
    // The cast of a truncated difference is not the difference of casts.
    expect(same('((m - n : ℕ) : ℤ)', '(m : ℤ) - (n : ℤ)')).toBe(false);
  });
});

describe('division and remainder', () => {
  it('ℕ and ℤ division by literals', () => {
    expect(lin('(7 : ℕ) / 2').equals(Polynomial.constant(3))).toBe(true);
    expect(lin('(-7 : ℤ) / 2').equals(Polynomial.constant(-4))).toBe(true);
    expect(lin('(-7 : ℤ) % 2').equals(Polynomial.constant(1))).toBe(true);
    expect(lin('(7 : ℤ) / (-2)').equals(Polynomial.constant(-3))).toBe(true);
    expect(same('(2 * n) / 2', 'n')).toBe(true);
    expect(same('n / 0', '0')).toBe(true);
    expect(same('n % 0', 'n')).toBe(true);
    expect(same('(n / 2) * 2', 'n')).toBe(false);
  });
  it('a % k = a - k * (a / k)', () => {
    expect(same('n % 3', 'n - 3 * (n / 3)')).toBe(false); // ℕ subtraction on the right is an atom
    expect(same('a % 3', 'a - 3 * (a / 3)')).toBe(true);
    expect(same('(n % 3 : ℕ) + 3 * (n / 3)', 'n')).toBe(true);
  });
  it('field division: numerals exact, x / 0 = 0, inverses as atoms', () => {
    expect(same('x / 0', '0')).toBe(true);
    expect(same('x / (2 * y)', '(x / y) / 2')).toBe(true);
    expect(same('(x⁻¹)⁻¹', 'x')).toBe(true);
    expect(same('1 / (x * y)', '(1 / x) * (1 / y)')).toBe(true);
    expect(same('x / x', '1')).toBe(false);
    expect(same('1 / (x + 1)', '2 / (2 * x + 2)')).toBe(true);
    expect(same('(x ^ 2)⁻¹', '(x⁻¹) ^ 2')).toBe(true);
  });
});

describe('powers', () => {
  it('literal exponents expand; symbolic ones split by pow_add and pow_mul', () => {
    expect(same('(2 : ℕ) ^ (n + 1)', '2 * 2 ^ n')).toBe(true);
    expect(same('x ^ (2 * n)', '(x ^ n) ^ 2')).toBe(true);
    expect(same('(x * y) ^ n', 'x ^ n * y ^ n')).toBe(true);
    expect(same('x ^ (m + n)', 'x ^ m * x ^ n')).toBe(true);
    expect(same('x ^ (n - 1) * x', 'x ^ n')).toBe(false);
    expect(same('(x : ℝ) ^ (2 : ℤ)', 'x * x')).toBe(true);
    expect(same('x ^ (-1 : ℤ)', 'x⁻¹')).toBe(true);
  });
  it('refuses powers beyond the limits', () => {
    const r = linearize(term('(x + 1) ^ 5000'), new AtomTable(), DEFAULT_LIMITS);
    expect(r.kind).toBe('resource');
    const big = linearize(term('(2 : ℝ) ^ 10000000'), new AtomTable(), DEFAULT_LIMITS);
    expect(big.kind).toBe('resource');
  });
});

describe('atoms', () => {
  it('keys function applications by the value of their arguments', () => {
    const vars = [...VARS, { name: 'f', type: { kind: 'fun', dom: NAT, cod: NAT } as Ty }];
    const t = (s: string) => {
      const r = parseTerm(s, { variables: vars });
      if (r.kind !== 'ok') throw new Error(s);
      return r.term;
    };
    const table = new AtomTable();
    const p = linearize(t('f (1 + 1)'), table, DEFAULT_LIMITS);
    const q = linearize(t('f 2'), table, DEFAULT_LIMITS);
    const r = linearize(t('f 3'), table, DEFAULT_LIMITS);
    expect(p.kind === 'ok' && q.kind === 'ok' && p.poly.equals(q.poly)).toBe(true);
    expect(p.kind === 'ok' && r.kind === 'ok' && p.poly.equals(r.poly)).toBe(false);
  });
  it('rejects propositions', () => {
    const r = parseTerm('x < y', { variables: VARS });
    if (r.kind !== 'ok') throw new Error('parse');
    expect(linearize(r.term, new AtomTable(), DEFAULT_LIMITS).kind).toBe('unsupported');
  });
  it('prints polynomials back to terms with the same value', () => {
    const table = new AtomTable();
    const p = lin('(x - 2 * (m : ℝ)) ^ 2 / 3', table);
    const back = polyToTerm(p, REAL, table);
    expect(back).toBeDefined();
    expect(linearize(back!, table, DEFAULT_LIMITS)).toEqual({ kind: 'ok', poly: p });
    expect(printTerm(back!)).toContain('↑m');
    expect(polyToTerm(lin('a - b', table), NAT, table)).toBeUndefined();
  });
});

/** The polynomial at the atoms' values (each atom's term evaluated exactly under `env`). */
function polyValue(p: Polynomial, table: AtomTable, env: ReadonlyMap<string, Value>): Rational | undefined {
  const values = new Map<number, Rational>();
  for (const a of p.atoms()) {
    const v = valueAt(table.info(a).term, env);
    if (v === undefined) return undefined;
    values.set(a, v);
  }
  return p.evaluate((a) => values.get(a)!);
}

describe('soundness: the polynomial takes the term’s value (judged by the exact evaluator)', () => {
  const check = (t: Term, env: ReadonlyMap<string, Value>): void => {
    const table = new AtomTable();
    const r = linearize(t, table, DEFAULT_LIMITS);
    if (r.kind !== 'ok') return;
    const expected = valueAt(t, env);
    const got = polyValue(r.poly, table, env);
    if (expected === undefined || got === undefined) return;
    expect(got.equals(expected), `${printTerm(t)}: ${got} vs ${expected}`).toBe(true);
  };
  it('ℕ terms (truncated subtraction, floor division, remainders, powers)', () => {
    fc.assert(fc.property(natTerm(4), envArb, check), { numRuns: 300 });
  });
  it('ℤ terms (Euclidean division, negation, casts from ℕ)', () => {
    fc.assert(fc.property(intTerm(4), envArb, check), { numRuns: 300 });
  });
  it('ℝ terms (division by possibly-zero terms, inverses, casts)', () => {
    fc.assert(fc.property(realTerm(4), envArb, check), { numRuns: 300 });
  });
});
