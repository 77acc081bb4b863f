/**
 * Node priorities. The default is BFS-Prover's length-normalised log-probability:
 * `logprob / depth^alpha`. With alpha = 0 it is plain cumulative log-probability (deep paths
 * are punished for every step); alpha = 1 is the mean per-step log-probability. A learned
 * value estimate plugs in here later as another `PriorityFunction`.
 */
import type { ProofState } from '../core/seams.ts';

export interface PriorityInput {
  /** Cumulative log-probability of the path (≤ 0). */
  readonly logprob: number;
  readonly depth: number;
  readonly state: ProofState;
}

/** Higher pops first. Must be a pure function of its input and never NaN. */
export type PriorityFunction = (input: PriorityInput) => number;

/** `logprob / depth^alpha` (0 at the root). @throws for a negative or non-finite alpha (a bug in the caller). */
export function lengthNormalised(alpha: number): PriorityFunction {
  if (!Number.isFinite(alpha) || alpha < 0) throw new Error(`internal error: length-normalisation exponent must be ≥ 0, got ${alpha}`);
  return ({ logprob, depth }) => (depth === 0 ? 0 : logprob / depth ** alpha);
}
