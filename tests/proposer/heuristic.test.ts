import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProofState } from '../../src/core/seams.ts';
import { HeuristicProposer } from '../../src/proposer/heuristic.ts';
import { parseLibrary } from '../../src/proposer/library.ts';
import { fixedProposer } from '../../src/proposer/fixed.ts';

const proposer = new HeuristicProposer();
const top = (goal: string, k = 5): string[] => proposer.suggest(goal, k).map((s) => s.tactic);

describe('HeuristicProposer', () => {
  it('suggests arithmetic closers for an inequality, with the goal\'s variables filled in', () => {
    const tactics = top('x y : ℝ\nh₀ : 0 < x\nh₁ : 0 < y\n⊢ 2 * x * y ≤ x ^ 2 + y ^ 2', 6);
    expect(tactics).toContain('nlinarith [sq_nonneg (x - y)]');
    expect(tactics.some((t) => t === 'linarith' || t === 'nlinarith')).toBe(true);
  });

  it('prefers positivity for a positivity target', () => {
    expect(top('x : ℝ\n⊢ 0 < x ^ 2 + 1', 2)).toContain('positivity');
  });

  it('prefers omega for modular arithmetic on ℕ', () => {
    expect(top('n : ℕ\nh₀ : n % 5 = 3\n⊢ 2 * n % 5 = 1', 1)).toEqual(['omega']);
  });

  it('introduces binders, splits conjunctions, gives witnesses and destructures hypotheses', () => {
    expect(top('⊢ ∀ x : ℝ, x ^ 2 ≥ 0', 1)).toEqual(['intro x']);
    expect(top('x : ℝ\nh : 0 < x\n⊢ 0 < x ∧ 0 < x + 1', 2)).toContain('constructor');
    expect(top('⊢ ∃ x : ℕ, 3 * x = 12', 6)).toContain('use 4');
    expect(top('a b : ℝ\nh₀ : 0 < a ∧ 0 < b\n⊢ 0 < a * b + 1', 8)).toContain('obtain ⟨ha, hb⟩ := h₀');
    expect(top('a : ℝ\nh : a = 2 ∨ a = 3\n⊢ a ^ 2 - 5 * a + 6 = 0', 3)).toContain('rcases h with ha | hb');
  });

  it('suggests interval_cases for a bounded natural variable', () => {
    expect(top('n : ℕ\nh₀ : n < 5\nh₁ : 3 ∣ n + 1\n⊢ n = 2 ∨ n = 5', 8)).toContain('interval_cases n');
  });

  it('returns normalised, sorted log-probabilities and at most k suggestions', () => {
    const all = proposer.suggest('x y : ℝ\nh : x < y\n⊢ x ^ 2 < y ^ 2 + 1', 1000);
    const total = all.reduce((sum, s) => sum + Math.exp(s.logprob), 0);
    expect(total).toBeCloseTo(1, 9);
    const five = proposer.suggest('x y : ℝ\nh : x < y\n⊢ x ^ 2 < y ^ 2 + 1', 5);
    expect(five).toEqual(all.slice(0, 5));
    for (let i = 1; i < all.length; i += 1) expect(all[i]!.logprob).toBeLessThanOrEqual(all[i - 1]!.logprob);
    expect(new Set(all.map((s) => s.tactic)).size).toBe(all.length);
  });

  it('reads only the first goal of a state', async () => {
    const state: ProofState = { backend: 'symbolic', goals: ['⊢ ∀ x : ℝ, x = x', 'n : ℕ\n⊢ n % 2 < 2'], tier: 'certified', handle: null };
    expect((await proposer.propose(state, 1))[0]?.tactic).toBe('intro x');
    expect(await proposer.propose({ ...state, goals: [] }, 3)).toEqual([]);
  });

  it('offers no intro for binder text that is not an identifier', () => {
    // Found by the property below: `∀x{x},` once gave `intro x{x}`.
    expect(proposer.suggest('∀x{x},', 20).map((s) => s.tactic)).not.toContain('intro x{x}');
    expect(proposer.suggest('∀ x, x = x', 20).map((s) => s.tactic)).toContain('intro x');
  });

  it('never throws and never leaves a slot unfilled, whatever the goal text', () => {
    const piece = fc.constantFrom('x', 'y', 'n', 'h₀', ' : ', 'ℝ', 'ℕ', '\n', '⊢ ', '0', '<', '≤', '=', '∧', '∨', '∃', '∀', ',', '(', ')', '%', '/', '^', '2', '→', '¬', '{x}', '∣');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (pieces, k) => {
        const suggestions = proposer.suggest(pieces.join(''), k);
        expect(suggestions.length).toBeLessThanOrEqual(k);
        for (const s of suggestions) {
          expect(s.logprob).toBeLessThanOrEqual(0);
          expect(Number.isFinite(s.logprob)).toBe(true);
          expect(s.tactic).not.toMatch(/\{[a-z]\}|undefined/u);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores by the library it is given', () => {
    const library = parseLibrary(
      `version: 1
templates:
  - { id: a, tactic: tac_a, prior: 0.5 }
  - { id: b, tactic: tac_b, prior: 0.5, boost: { target-eq: 2 } }
  - { id: c, tactic: "exact {h}", prior: 0.5 }
`,
      'inline',
    );
    const p = new HeuristicProposer(library);
    const eq = p.suggest('h₀ : 1 = 1\nh₁ : 2 = 2\n⊢ 1 = 1', 10);
    expect(eq.map((s) => s.tactic)).toEqual(['tac_b', 'tac_a', 'exact h₀', 'exact h₁']);
    // b is e² times as likely as a; c's mass is split between its two instances.
    expect(eq[0]!.logprob - eq[1]!.logprob).toBeCloseTo(2, 9);
    expect(eq[1]!.logprob - eq[2]!.logprob).toBeCloseTo(Math.log(2), 9);
    expect(p.suggest('⊢ 1 < 2', 10).map((s) => s.tactic)).toEqual(['tac_a', 'tac_b']);
  });
});

describe('fixedProposer', () => {
  it('returns the first k entries, splitting mass equally among plain strings', async () => {
    const p = fixedProposer(['a', 'b', 'c', 'd']);
    const state: ProofState = { backend: 'symbolic', goals: ['⊢ 1'], tier: 'certified', handle: null };
    expect(await p.propose(state, 2)).toEqual([
      { tactic: 'a', logprob: -Math.log(4) },
      { tactic: 'b', logprob: -Math.log(4) },
    ]);
    expect(await fixedProposer((s) => [{ tactic: s.goals[0]!, logprob: -1 }]).propose(state, 5)).toEqual([{ tactic: '⊢ 1', logprob: -1 }]);
  });
});
