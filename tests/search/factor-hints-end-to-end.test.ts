/**
 * The factorisation hints earn their keep end to end: on the real symbolic backend with only
 * certified proofs (no z3 closing), problems the heuristic library proves with its
 * `nlinarith-factor` template and does not prove without it, at the same budget.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { HeuristicProposer } from '../../src/proposer/heuristic.ts';
import { loadLibrary } from '../../src/proposer/library.ts';
import { bestFirstSearch } from '../../src/search/search.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import type { Problem } from '../../src/core/problem.ts';
import { problem } from '../symbolic/engine/helpers.ts';


const backend = new SymbolicBackend({ allowSmt: false });
afterAll(() => backend.close());

const budget = { maxExpansions: 10, timeLimitMs: 30_000, tacticTimeoutMs: 5_000 };
const library = loadLibrary();
const withoutFactor = { ...library, templates: library.templates.filter((t) => t.id !== 'nlinarith-factor') };

describe('factorisation-guided nlinarith hints in search', () => {
  const cases: [Problem, string][] = [
    // x² − 4xy + 4y² = (x − 2y)²: no library template squares x − 2 * y.
    [problem('theorem fh_weighted (x y : ℝ) : 4 * x * y ≤ x ^ 2 + 4 * y ^ 2'), 'sq_nonneg (x - 2 * y)'],
    // a·b·c·(a − b)² has degree 5: nlinarith's pairwise products of degree-2 facts cannot reach it.
    [
      problem('theorem fh_degree_five (a b c : ℝ) (ha : 0 ≤ a) (hb : 0 ≤ b) (hc : 0 ≤ c) : 2 * a ^ 2 * b ^ 2 * c ≤ a ^ 3 * b * c + a * b ^ 3 * c'),
      'mul_nonneg',
    ],
  ];
  for (const [p, hint] of cases) {
    it(`proves ${p.name} only with the factor hints, by a certified script that re-verifies`, async () => {
      const before = await bestFirstSearch(p, backend, new HeuristicProposer(withoutFactor), { budget });
      expect(before.status).toBe('failed');
      const after = await bestFirstSearch(p, backend, new HeuristicProposer(library), { budget });
      expect(after.status).toBe('proved');
      const script = after.proof!.script;
      expect(script).toContain(hint);
      expect(await backend.verify(p, script)).toMatchObject({ kind: 'accepted', verifier: 'symbolic', tier: 'certified' });
    });
  }
});
