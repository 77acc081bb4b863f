/**
 * A proposer that returns a fixed list (after ReProver's `FixedTacticGenerator`): for tests,
 * for replaying known proofs, and as a baseline. Plain strings share the probability mass
 * equally; given log-probabilities are passed through unchanged.
 */
import type { ProofState, TacticProposer, TacticSuggestion } from '../core/seams.ts';

export type FixedEntry = string | TacticSuggestion;
export type FixedSpec = readonly FixedEntry[] | ((state: ProofState) => readonly FixedEntry[]);

/** Proposes the first k entries of `spec` (or of `spec(state)`), in the given order. */
export function fixedProposer(spec: FixedSpec, name = 'fixed'): TacticProposer {
  return {
    name,
    async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
      const entries = typeof spec === 'function' ? spec(state) : spec;
      const uniform = entries.length > 0 ? -Math.log(entries.length) : 0;
      return entries
        .slice(0, Math.max(0, k))
        .map((e) => (typeof e === 'string' ? { tactic: e, logprob: uniform } : { tactic: e.tactic, logprob: e.logprob }));
    },
  };
}
