import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { hintStatement, isKnownLemma } from '../../../src/symbolic/arith/hints.ts';
import { printTerm, type Term } from '../../../src/symbolic/syntax/index.ts';
import { numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { REAL } from '../../../src/symbolic/syntax/index.ts';
import { goalOf, termIn } from './helpers.ts';
import { truthAt } from './arbitraries.ts';

const GOAL = goalOf(
  '(a b c : ℝ) (n : ℕ) (ha : 0 < a) (hb : 0 < b) (hc : 0 ≤ c) (hab : b ≤ a) (hlt : b < a) (hneg : a - 10 < 0) (hne : a ≠ 0) : True',
);
const never = () => false;

function statement(text: string): string {
  const r = hintStatement(termIn(GOAL, text), GOAL, never);
  return r.kind === 'ok' ? printTerm(r.prop) : `${r.reason}: ${r.message}`;
}

describe('hint lemma statements', () => {
  it.each([
    ['sq_nonneg (a - b)', '0 ≤ (a - b) ^ 2'],
    ['pow_two_nonneg a', '0 ≤ a ^ 2'],
    ['mul_self_nonneg a', '0 ≤ a * a'],
    ['abs_nonneg (a - b)', '0 ≤ |a - b|'],
    ['sq_abs a', '|a| ^ 2 = a ^ 2'],
    ['abs_sub_abs_le_abs_sub a b', '|a| - |b| ≤ |a - b|'],
    ['mul_pos ha hb', '0 < a * b'],
    ['mul_nonneg hc (sq_nonneg b)', '0 ≤ c * b ^ 2'],
    ['mul_pos (pow_pos ha 2) hb', '0 < a ^ 2 * b'],
    ['add_pos ha hb', '0 < a + b'],
    ['sub_nonneg.mpr hab', '0 ≤ a - b'],
    ['sub_pos.mpr hlt', '0 < a - b'],
    ['div_pos ha hb', '0 < a / b'],
    ['Real.sqrt_nonneg c', '0 ≤ Real.sqrt c'],
    ['sqrt_nonneg c', '0 ≤ Real.sqrt c'],
    ['Real.sq_sqrt hc', 'Real.sqrt c ^ 2 = c'],
    ['Real.sqrt_sq hc', 'Real.sqrt (c ^ 2) = c'],
    ['Real.exp_pos a', '0 < Real.exp a'],
    ['Real.add_one_le_exp a', 'a + 1 ≤ Real.exp a'],
    ['abs_pos.mpr hne', '0 < |a|'],
    ['mul_pos_of_neg_of_neg hneg hneg', '0 < (a - 10) * (a - 10)'],
    ['inv_pos.mpr ha', '0 < a⁻¹'],
    ['le_of_lt hlt', 'b ≤ a'],
    ['ha', '0 < a'],
  ])('%s : %s', (text, expected) => {
    expect(statement(text)).toBe(expected);
  });

  it('rejects mismatched premises and unknown lemmas', () => {
    expect(statement('mul_pos hc hb')).toMatch(/^failed/);
    expect(statement('Real.sq_sqrt ha')).toMatch(/^failed/);
    expect(statement('sub_nonneg.mpr hlt')).toMatch(/^failed/);
    expect(statement('pow_pos ha')).toMatch(/^failed/);
    expect(statement('sq_nonneg a b')).toMatch(/^failed/);
    expect(statement('totally_made_up a')).toMatch(/^unsupported/);
    expect(statement('Nat.cast_nonneg n')).toMatch(/^unsupported/);
    expect(isKnownLemma('sq_nonneg')).toBe(true);
    expect(isKnownLemma('exp_pos')).toBe(true);
    expect(isKnownLemma('foo')).toBe(false);
  });

  it('proves inline claims only through the given prover', () => {
    const claim = termIn(GOAL, '0 ≤ a + 1', true);
    expect(hintStatement(claim, GOAL, () => true).kind).toBe('ok');
    expect(hintStatement(claim, GOAL, () => false).kind).toBe('error');
  });
});

describe('every encoded statement is true (exact evaluation at points satisfying the premises)', () => {
  const lemmas = [
    'sq_nonneg (a - b)', 'pow_two_nonneg a', 'mul_self_nonneg a', 'abs_nonneg (a - b)', 'sq_abs a', 'abs_sq a',
    'abs_mul_abs_self a', 'mul_self_abs a', 'abs_mul_self a', 'le_abs_self a', 'neg_abs_le a', 'neg_le_abs a',
    'abs_sub_abs_le_abs_sub a b', 'abs_add a b', 'abs_sub_comm a b', 'add_sq a b', 'add_pow_two a b', 'sub_sq a b',
    'two_mul_le_add_sq a b', 'four_mul_le_sq_add a b', 'mul_pos ha hb', 'mul_nonneg hc hc', 'add_pos ha hb',
    'add_nonneg hc hc', 'add_pos_of_pos_of_nonneg ha hc', 'add_pos_of_nonneg_of_pos hc hb', 'div_pos ha hb',
    'div_nonneg hc hc', 'sub_nonneg.mpr hab', 'sub_pos.mpr hlt', 'le_of_lt hlt', 'inv_pos.mpr ha', 'one_div_pos.mpr ha',
    'abs_pos.mpr hne', 'pow_pos ha n', 'pow_nonneg hc n', 'mul_pos_of_neg_of_neg hneg hneg', 'Real.sq_sqrt hc',
    'Real.sqrt_sq hc', 'Real.mul_self_sqrt hc', 'Real.sqrt_mul_self hc', 'Real.sqrt_nonneg c',
  ];
  const props: Term[] = lemmas.map((text) => {
    const r = hintStatement(termIn(GOAL, text), GOAL, never);
    if (r.kind !== 'ok') throw new Error(`${text}: ${r.message}`);
    return r.prop;
  });
  const premises = GOAL.context.flatMap((e) => (e.kind === 'hypothesis' ? [e.prop] : []));

  it('holds wherever the premises hold', () => {
    const q = fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 3 })).map(([n, d]) => Rational.of(n, d));
    // c is a perfect square so that √c evaluates exactly.
    const cArb = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 3 })).map(([n, d]) => Rational.of(n * n, d * d));
    fc.assert(
      fc.property(q, q, cArb, fc.integer({ min: 0, max: 4 }), (a, b, c, n) => {
        const env = new Map<string, Value>([
          ['a', numValue(a, REAL)],
          ['b', numValue(b, REAL)],
          ['c', numValue(c, REAL)],
          ['n', numValue(Rational.fromInt(n), { kind: 'num', name: 'Nat' })],
        ]);
        if (!premises.every((p) => truthAt(p, env) === true)) return;
        props.forEach((p, i) => expect(truthAt(p, env), `${lemmas[i]}: ${printTerm(p)}`).not.toBe(false));
      }),
      { numRuns: 400 },
    );
  });
});
