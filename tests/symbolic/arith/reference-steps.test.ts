/**
 * Usefulness on the project's own benchmark: every reference proof in
 * tests/fixtures/valid-reference-proofs.json that is a single arithmetic tactic is replayed on
 * its problem, and the arithmetic steps of multi-step reference proofs are replayed on the goal
 * that the earlier (logical) steps leave, written out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProblems } from '../../../src/core/load-problems.ts';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { mkLemma, parseStatement } from '../../../src/symbolic/syntax/index.ts';
import type { Goal, TacticArg } from '../../../src/symbolic/engine/types.ts';
import { argsIn, closes, ctxWith, goalOf, run, termIn } from './helpers.ts';

const SINGLE = /^(norm_num|simp|ring|linarith|nlinarith|omega|decide|positivity)(?:\s*\[(.*)\])?$/;

/** Splits `a, f (b, c), d` at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '⟨') depth++;
    if (ch === ')' || ch === ']' || ch === '⟩') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

describe('single-tactic reference proofs', async () => {
  const refs = JSON.parse(readFileSync('tests/fixtures/valid-reference-proofs.json', 'utf8')) as Record<string, string>;
  const problems = await loadProblems('problems/valid');
  // Hints written `(by linarith : P)` or `h.le` are not terms of the fragment: those three
  // problems are replayed below with the claims given explicitly.
  const explicit = new Set(['ineq_product_of_bounded', 'ineq_cube_exceeds_square', 'ineq_product_of_pair_sums']);
  const single = problems.filter((p) => SINGLE.test((refs[p.name] ?? '').trim()) && !explicit.has(p.name));

  it('there are such problems', () => {
    expect(single.length).toBeGreaterThan(25);
  });

  it.each(single.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const script = refs[p.name]!.trim();
    const m = SINGLE.exec(script)!;
    const st = parseStatement(p);
    if (st.kind !== 'ok') throw new Error(`${p.name} does not parse`);
    const goal: Goal = { context: st.statement.binders, target: st.statement.goal };
    const args: TacticArg[] = [];
    for (const text of m[2] !== undefined ? splitArgs(m[2]) : []) {
      try {
        args.push(...argsIn(goal, [text]));
      } catch {
        // `Nat.ModEq` unapplied is not a term of the fragment; for norm_num it only names a definition to unfold.
        expect(m[1]).toBe('norm_num');
      }
    }
    const o = await arithmeticHandlers[m[1]!]!(goal, { name: m[1]!, text: script, args }, ctxWith(4_000));
    expect(closes(o), JSON.stringify(o)).toBe(true);
  });
});

/** `lemma (claim₁) (claim₂)` with inline claims standing for `(by linarith : claim)`. */
function withClaims(goal: Goal, lemma: string, claims: readonly string[]): TacticArg {
  return { kind: 'term', term: mkLemma(lemma, claims.map((c) => termIn(goal, c, true))) };
}

async function closesWith(tactic: string, sig: string, args: readonly string[] = []): Promise<boolean> {
  return closes(await run(tactic, goalOf(sig), { args }));
}

describe('arithmetic steps inside multi-step reference proofs', () => {
  it('algebra: ring for the identity, then linarith after rewriting', async () => {
    expect(await closesWith('ring', '(x y : ℝ) : x ^ 2 + y ^ 2 = (x + y) ^ 2 - 2 * (x * y)')).toBe(true);
    expect(await closesWith('linarith', '(x y : ℝ) (h₀ : x + y = 7) (h₁ : x * y = 10) (h : x ^ 2 + y ^ 2 = 7 ^ 2 - 2 * 10) : x ^ 2 + y ^ 2 = 29')).toBe(true);
    expect(await closesWith('linarith', '(a b : ℝ) (h : a ^ 3 + b ^ 3 = 5 ^ 3 - 3 * 3 * 5) : a ^ 3 + b ^ 3 = 80')).toBe(true);
    // As in Mathlib, products are multiplied out and each monomial is one linear variable:
    // x * (x + 1) is x ^ 2 + x, but x * x ^ 2 = x ^ 3 needs the rewrite with h₀ first.
    expect(await closesWith('linarith', '(x : ℝ) (h₀ : x ^ 2 = x + 1) : x * (x + 1) = 2 * x + 1', ['h₀'])).toBe(true);
    expect(await closesWith('linarith', '(x : ℝ) (h₀ : x ^ 2 = x + 1) : x * x ^ 2 = 2 * x + 1')).toBe(false);
  });

  it('equations: nlinarith for the factored form, linarith per case', async () => {
    expect(await closesWith('nlinarith', '(x : ℝ) (h₀ : 0 < x) (h₁ : x ^ 2 - 5 * x - 14 = 0) : (x - 7) * (x + 2) = 0', ['h₁'])).toBe(true);
    expect(await closesWith('linarith', '(x : ℝ) (h₀ : 0 < x) (h2 : x + 2 = 0) : x = 7')).toBe(true);
    expect(await closesWith('nlinarith', '(x : ℝ) (h₀ : x ^ 3 + 8 = 0) : (x + 2) * (x ^ 2 - 2 * x + 4) = 0', ['h₀'])).toBe(true);
    expect(await closesWith('nlinarith', '(x : ℝ) (h₀ : x ^ 3 + 8 = 0) (h2 : x ^ 2 - 2 * x + 4 = 0) : x = -2', ['sq_nonneg (x - 1)'])).toBe(true);
    // sys_product_and_ratio after `subst h₃`
    const sys = '(y : ℝ) (h₀ : 0 < 3 * y) (h₁ : 0 < y) (h₂ : 3 * y * y = 12)';
    expect(await closesWith('nlinarith', `${sys} : y ^ 2 = 4`)).toBe(true);
    expect(await closesWith('nlinarith', `${sys} (hy : y ^ 2 = 4) : y = 2`, ['sq_nonneg (y - 2)'])).toBe(true);
    expect(await closesWith('linarith', `${sys} (hy2 : y = 2) : 3 * y = 6`)).toBe(true);
  });

  it('inequalities: field_simp; ring, and hints with inline claims', async () => {
    const fs = await run('field_simp', goalOf('(x : ℝ) (h₀ : 0 < x) (hx : x ≠ 0) : x + 1 / x - 2 = (x - 1) ^ 2 / x'));
    expect(fs.kind === 'goals' && fs.goals.length === 1 && closes(await run('ring', fs.goals[0]!))).toBe(true);
    expect(await closesWith('linarith', '(x : ℝ) (h : x + 1 / x - 2 = (x - 1) ^ 2 / x) (h2 : (x - 1) ^ 2 / x ≥ 0) : x + 1 / x ≥ 2')).toBe(true);

    const bounded = goalOf('(x y : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 2) (h₂ : 1 ≤ y) (h₃ : y ≤ 3) : x * y ≤ 6');
    const hint = withClaims(bounded, 'mul_nonneg', ['(0:ℝ) ≤ 2 - x', '(0:ℝ) ≤ y']);
    expect(closes(await arithmeticHandlers.nlinarith!(bounded, { name: 'nlinarith', text: '', args: [hint] }, ctxWith()))).toBe(true);

    const cube = goalOf('(x : ℝ) (h₀ : 1 < x) : x ^ 2 < x ^ 3');
    const inner = { kind: 'term' as const, term: mkLemma('mul_pos', [mkLemma('pow_pos', [termIn(cube, '(0:ℝ) < x', true), termIn(cube, '2')]), termIn(cube, '(0:ℝ) < x - 1', true)]) };
    expect(closes(await arithmeticHandlers.nlinarith!(cube, { name: 'nlinarith', text: '', args: [inner] }, ctxWith()))).toBe(true);

    expect(
      await closesWith('nlinarith', '(a b c : ℝ) (h₀ : 0 < a) (h₁ : 0 < b) (h₂ : 0 < c) : 8 * a * b * c ≤ (a + b) * (b + c) * (c + a)', [
        'mul_nonneg (le_of_lt h₂) (sq_nonneg (a - b))',
        'mul_nonneg (le_of_lt h₀) (sq_nonneg (b - c))',
        'mul_nonneg (le_of_lt h₁) (sq_nonneg (c - a))',
      ]),
    ).toBe(true);
    expect(await closesWith('nlinarith', '(x : ℝ) : x * (10 - x) ≤ 25', ['sq_nonneg (x - 5)'])).toBe(true);
  });

  it('induction steps: omega over power and sum atoms, nlinarith for Bernoulli', async () => {
    expect(await closesWith('omega', '(k : ℕ) (ih : k + 1 ≤ 2 ^ k) : k + 1 + 1 ≤ 2 ^ k * 2')).toBe(true);
    expect(await closesWith('omega', '(k : ℕ) (ih : (∑ i ∈ Finset.range k, 2 ^ i) + 1 = 2 ^ k) : (∑ i ∈ Finset.range k, 2 ^ i) + 2 ^ k + 1 = 2 ^ k * 2')).toBe(true);
    expect(await closesWith('ring', '(k : ℕ) (ih : ∑ i ∈ Finset.range k, (2 * i + 3) = k * (k + 2)) : k * (k + 2) + (2 * k + 3) = (k + 1) * (k + 1 + 2)')).toBe(true);
    expect(await closesWith('ring', '(k : ℕ) : (k : ℚ) * (k + 1) / 2 + (k + 1) = (k + 1) * (k + 1 + 1) / 2')).toBe(true);
    const bern = goalOf('(k : ℕ) (x : ℝ) (h₀ : 0 ≤ x) (ih : 1 + k * x ≤ (1 + x) ^ k) (h1 : (0:ℝ) ≤ (k:ℝ) * x * x) : 1 + ((k : ℝ) + 1) * x ≤ (1 + x) ^ k * (1 + x)');
    const hint = { kind: 'term' as const, term: mkLemma('mul_nonneg', [mkLemma('sub_nonneg.mpr', [termIn(bern, 'ih')]), termIn(bern, '(0:ℝ) ≤ 1 + x', true)]) };
    expect(closes(await arithmeticHandlers.nlinarith!(bern, { name: 'nlinarith', text: '', args: [hint] }, ctxWith()))).toBe(true);
  });

  it('number theory: omega for the case split, simp with residues per case', async () => {
    expect(await closesWith('omega', '(n : ℕ) : n % 2 = 0 ∨ n % 2 = 1')).toBe(true);
    expect(await closesWith('simp', '(n : ℕ) (h : n % 2 = 1) : n ^ 2 % 2 = n % 2', ['pow_two', 'Nat.mul_mod', 'h'])).toBe(true);
    for (let r = 0; r < 5; r++) {
      expect(await closesWith('simp', `(n : ℕ) (h : n % 5 = ${r}) : n ^ 2 % 5 ≠ 3`, ['pow_two', 'Nat.mul_mod', 'h'])).toBe(true);
    }
    expect(await closesWith('simp', '(n : ℤ) (h : n % 3 = 2) : (n ^ 2 + 1) % 3 ≠ 0', ['pow_two', 'Int.add_emod', 'Int.mul_emod', 'h'])).toBe(true);
  });

  it('quantifiers and functions: nlinarith bound, interval_cases, norm_num at h, omega', async () => {
    expect(await closesWith('nlinarith', '(n : ℕ) (hn : n ^ 2 = 2) : n ≤ 1')).toBe(true);
    const ic = await run('interval_cases', goalOf('(n : ℕ) (hn : n ^ 2 = 2) (h1 : n ≤ 1) : False'), { args: ['n'] });
    expect(ic.kind === 'goals' && ic.goals.length === 2).toBe(true);
    if (ic.kind === 'goals') for (const g of ic.goals) expect(closes(await run('norm_num', g, { at: ['hn'] }))).toBe(true);

    const f = goalOf('(f : ℕ → ℕ) (h₀ : f 1 = 3) (h2 : f (1 + 1) = f 1 + 4) (h3 : f (2 + 1) = f 2 + 4) (h4 : f (3 + 1) = f 3 + 4) : f 4 = 15');
    const nn = await run('norm_num', f, { at: ['h2', 'h3', 'h4'] });
    expect(nn.kind === 'goals' && closes(await run('omega', nn.goals[0]!))).toBe(true);

    expect(await closesWith('norm_num', '(f : ℝ → ℝ) (h₀ : ∀ x, f x = 2 * x + 3) : 2 * (-3) + 3 = (-3 : ℝ)')).toBe(true);
    expect(await closesWith('linarith', '(a b : ℝ) (h₁ : 1 ^ 2 + a * 1 + b = 0) (h₂ : 2 ^ 2 + a * 2 + b = 3) : 3 ^ 2 + a * 3 + b = 8')).toBe(true);
    expect(await closesWith('linarith', '(x : ℝ) (h₀ : 0 ≤ x) (h₁ : Real.sqrt x = 3) (h : 3 ^ 2 = x) : x = 9')).toBe(true);
  });
});
