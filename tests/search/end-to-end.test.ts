/**
 * Search end to end on the real symbolic backend with the heuristic proposer: proofs are found,
 * reconstructed as Lean tactic scripts, and those scripts re-verify from scratch.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { HeuristicProposer } from '../../src/proposer/heuristic.ts';
import { bestFirstSearch } from '../../src/search/search.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import { problem } from '../symbolic/engine/helpers.ts';


const backend = new SymbolicBackend({ allowSmt: false });
afterAll(() => backend.close());

const budget = { maxExpansions: 40, timeLimitMs: 30_000, tacticTimeoutMs: 2_000 };

describe('best-first search on the symbolic backend', () => {
  const cases = [
    problem('theorem e2e_linear (x : ℝ) (h₀ : 3 * x + 2 = 11) : x = 3'),
    problem('theorem e2e_mod (n : ℕ) (h₀ : n % 6 = 5) : n % 3 = 2'),
    problem('theorem e2e_amgm (a b : ℝ) : 2 * a * b ≤ a ^ 2 + b ^ 2'),
    problem('theorem e2e_and (x : ℝ) (h₀ : x = 2) : x + 1 = 3 ∧ x * 2 = 4'),
    problem('theorem e2e_exists : ∃ n : ℕ, 3 * n = 12'),
  ];
  for (const p of cases) {
    it(`proves ${p.name} with a certified script that re-verifies`, async () => {
      const result = await bestFirstSearch(p, backend, new HeuristicProposer(), { budget });
      expect(result.status).toBe('proved');
      const script = result.proof!.script;
      const verdict = await backend.verify(p, script);
      expect(verdict).toMatchObject({ kind: 'accepted', verifier: 'symbolic', tier: 'certified' });
      // The same script does not prove a different, false statement.
      const wrong = { ...problem(p.signature.replace(/:([^:]*)$/u, ': False')), name: `${p.name}_wrong` };
      expect((await backend.verify(wrong, script)).kind).toBe('rejected');
    });
  }

  it('does not prove a false statement, and stops within its expansion budget', async () => {
    const p = problem('theorem e2e_false (a b : ℕ) : a - b + b = a');
    const result = await bestFirstSearch(p, backend, new HeuristicProposer(), { budget: { ...budget, maxExpansions: 5 } });
    expect(result.status).toBe('failed');
    expect(result.expansions).toBeLessThanOrEqual(5);
  });
});
