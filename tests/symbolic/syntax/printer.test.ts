import { describe, expect, it } from 'vitest';
import {
  NAT,
  REAL,
  INT,
  mkArith,
  mkCast,
  mkLit,
  mkNeg,
  mkNot,
  mkPow,
  mkRel,
  mkVar,
  parseTerm,
  printGoal,
  printStatement,
  printTerm,
  type ContextEntry,
  type Term,
} from '../../../src/symbolic/syntax/index.ts';
import { goalOf, json, statementOf, termOf } from './helpers.ts';

const x = mkVar('x', REAL);
const n = mkVar('n', NAT);

/** Prints `t` and elaborates the text again in the context of its free variables. */
function reparse(t: Term, variables: { name: string; type: typeof REAL }[]): Term {
  return termOf(printTerm(t), { variables });
}

describe('printTerm', () => {
  it('prints casts so that they re-elaborate to the same cast', () => {
    const t = mkArith('+', x, mkCast(mkArith('-', n, mkLit(1n, NAT)), REAL));
    expect(printTerm(t)).toBe('x + (↑(n - 1) : ℝ)');
    expect(json(reparse(t, [{ name: 'x', type: REAL }, { name: 'n', type: NAT }]))).toBe(json(t));
  });

  it('annotates a cast whose argument would otherwise default to ℕ', () => {
    const t = mkCast(mkLit(2n, INT), REAL);
    expect(printTerm(t)).toBe('(↑(2 : ℤ) : ℝ)');
    expect(json(reparse(t, []))).toBe(json(t));
  });

  it('annotates numerals only where the elaborator could not recover their type', () => {
    expect(printTerm(mkRel('=', mkLit(2n, REAL), mkLit(2n, REAL)))).toBe('(2 : ℝ) = 2');
    expect(printTerm(mkRel('=', mkLit(2n, NAT), mkLit(2n, NAT)))).toBe('2 = 2');
    expect(printTerm(mkRel('=', x, mkLit(2n, REAL)))).toBe('x = 2');
    expect(printTerm(mkPow(x, mkLit(2n, INT)))).toBe('x ^ (2 : ℤ)');
    expect(printTerm(mkLit(5n, REAL, 2n))).toBe('(2.5 : ℝ)');
  });

  it('parenthesizes by Lean precedence, including prefix minus and ¬', () => {
    expect(printTerm(mkPow(mkNeg(x), mkLit(2n, NAT)))).toBe('(-x) ^ 2');
    expect(printTerm(mkNeg(mkPow(x, mkLit(2n, NAT))))).toBe('-x ^ 2');
    expect(printTerm(mkArith('*', mkNeg(x), x))).toBe('-x * x');
    expect(printTerm(mkArith('-', x, mkNeg(x)))).toBe('x - -x');
    expect(printTerm(mkNeg(mkNeg(x)))).toBe('-(-x)');
    expect(printTerm(mkArith('-', x, mkArith('-', x, x)))).toBe('x - (x - x)');
    const p = mkRel('<', x, x);
    expect(printTerm(mkRel('=', mkNot(p), mkNot(p)))).toBe('(¬x < x) = ¬x < x');
  });

  it('prints the expressions of the brief faithfully', () => {
    const cases: [string, string, string][] = [
      ['(x : ℝ) (n : ℕ)', '∑ k ∈ Finset.range n, (k : ℝ) + 1 = x', '∑ k ∈ Finset.range n, (↑k : ℝ) + 1 = x'],
      ['(x : ℝ)', '∀ y > 0, x * y ≥ 0', '∀ y : ℝ, y > 0 → x * y ≥ 0'],
      ['(a b : ℤ)', '(a - b) ^ 2 % 3 = 0 ∨ ¬ 3 ∣ a', '(a - b) ^ 2 % 3 = 0 ∨ ¬3 ∣ a'],
      ['(x : ℝ)', 'abs ((4 : ℝ) / x) = 2', '|4 / x| = 2'],
      ['(s : Finset ℕ)', '∀ x, x ∈ s ↔ x % 3 = 1 ∧ x ∉ s', '∀ x : ℕ, x ∈ s ↔ x % 3 = 1 ∧ x ∉ s'],
    ];
    for (const [binders, source, printed] of cases) expect(printTerm(goalOf(binders, source))).toBe(printed);
  });
});

describe('printStatement and printGoal', () => {
  it('prints a statement that elaborates back to itself', () => {
    const s = statementOf('theorem foo (x y : ℝ) {n : ℕ} (h₀ : 0 < x ∧ 0 < y) : x ^ 2 + y ^ 2 ≥ 2 * x * y');
    const printed = printStatement(s);
    expect(printed).toBe('theorem foo (x y : ℝ) {n : ℕ} (h₀ : 0 < x ∧ 0 < y) : x ^ 2 + y ^ 2 ≥ 2 * x * y');
    expect(json(statementOf(printed))).toBe(json(s));
  });

  it('prints goals Lean-style, grouping consecutive entries of one type', () => {
    const s = statementOf('theorem foo (x y : ℝ) (n : ℕ) (h₀ : 0 < x) (h₁ : 0 < x) : x ^ 2 + y ^ 2 ≥ 2 * x * y');
    expect(printGoal(s.binders, s.goal)).toBe('x y : ℝ\nn : ℕ\nh₀ h₁ : 0 < x\n⊢ x ^ 2 + y ^ 2 ≥ 2 * x * y');
  });

  it('does not group variables separated by a hypothesis', () => {
    const ctx: ContextEntry[] = [
      { kind: 'variable', name: 'a', type: REAL },
      { kind: 'hypothesis', name: 'h', prop: mkRel('<', mkVar('a', REAL), mkLit(1n, REAL)) },
      { kind: 'variable', name: 'b', type: REAL },
    ];
    expect(printGoal(ctx, mkRel('<', mkVar('b', REAL), mkLit(1n, REAL)))).toBe('a : ℝ\nh : a < 1\nb : ℝ\n⊢ b < 1');
  });
});

describe('printed terms are valid input', () => {
  it('round-trips binders, sets, sums and congruences', () => {
    const goals: [string, string][] = [
      ['(f : ℕ → ℕ)', '∃ g : ℕ → ℕ, ∀ n, g (f n) = n ∧ ∃! m : ℕ, f m = n'],
      ['', 'IsLeast {t : ℕ | 0 < t ∧ Nat.lcm 12 t ^ 3 = (12 * t) ^ 2} 18'],
      ['(n : ℕ)', '(∑ k ∈ Finset.Icc 1 n, (1 : ℝ) / k) ≤ ∏ k ∈ Finset.range n, ((k : ℝ) + 1)'],
      ['(a b : ℤ)', 'a ≡ b [ZMOD 7] → (a - b) % 7 = 0'],
      ['(x : ℝ)', '⌊x⌋ ≤ ⌈x⌉ ∧ ⌊|x|⌋₊ ≤ ⌈|x|⌉₊'],
      ['', 'Finset.card (Finset.filter (fun n => 6 ∣ 4 * ↑n - (2 : ℤ)) (Finset.range 60)) = 20'],
    ];
    for (const [binders, goal] of goals) {
      const t = goalOf(binders, goal);
      const s = statementOf(`theorem test ${binders} : ${printTerm(t)}`);
      expect(json(s.goal)).toBe(json(t));
    }
  });

  it('parses a printed term with no expected type back to the same term', () => {
    const t = mkArith('/', mkLit(1n, REAL), mkLit(3n, REAL));
    const r = parseTerm(printTerm(t), { variables: [] });
    expect(r.kind === 'ok' && json(r.term)).toBe(json(t));
  });
});
