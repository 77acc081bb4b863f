/**
 * A seeded sampling wrapper around any proposer, so that K attempts at one problem explore
 * different trees even when the proposer itself is deterministic (the heuristic one is).
 *
 * Method: ask the inner proposer for a wider pool of candidates, temper their log-probabilities
 * by `temperature`, and draw k without replacement by the Gumbel-top-k trick (add independent
 * Gumbel(0, 1) noise to each tempered log-probability, keep the k largest). The suggestions
 * carry the tempered, renormalised log-probabilities, so search priorities follow the sampled
 * distribution. The noise for a state is drawn from a generator seeded by (seed, goal text):
 * the same attempt proposes the same tactics for the same state whatever order the search
 * reaches it in, which keeps an attempt reproducible from its seed.
 */
import { mulberry32 } from '../core/random.ts';
import type { ProofState, TacticProposer, TacticSuggestion } from '../core/seams.ts';

export interface SamplingOptions {
  readonly seed: number;
  /** > 0; 1 keeps the inner distribution, larger flattens it. */
  readonly temperature?: number;
  /** Candidates asked of the inner proposer per suggestion returned (≥ 1). */
  readonly poolFactor?: number;
}

export const SAMPLING_DEFAULTS = { temperature: 1, poolFactor: 3 } as const;

/** Wraps `inner` so that each call samples k of its candidates with seeded Gumbel noise. */
export function samplingProposer(inner: TacticProposer, options: SamplingOptions): TacticProposer {
  const temperature = options.temperature ?? SAMPLING_DEFAULTS.temperature;
  const poolFactor = options.poolFactor ?? SAMPLING_DEFAULTS.poolFactor;
  if (!(temperature > 0) || !Number.isFinite(temperature)) throw new Error(`internal error: temperature must be a positive number, got ${temperature}`);
  if (!(poolFactor >= 1)) throw new Error(`internal error: poolFactor must be ≥ 1, got ${poolFactor}`);
  return {
    name: `${inner.name}+sampled(seed=${options.seed},T=${temperature})`,
    async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
      if (k <= 0) return [];
      const pool = await inner.propose(state, Math.ceil(k * poolFactor));
      const random = mulberry32(hashSeed(options.seed, state.goals.join('\n\u0000')));
      return gumbelTopK(pool, k, temperature, random);
    },
  };
}

/**
 * Draws k of `pool` without replacement with probabilities ∝ exp(logprob / temperature);
 * returns them in draw order with tempered log-probabilities renormalised over the pool.
 */
export function gumbelTopK(pool: readonly TacticSuggestion[], k: number, temperature: number, random: () => number): TacticSuggestion[] {
  const tempered = pool.map((s) => s.logprob / temperature);
  const normaliser = logSumExp(tempered);
  const keyed = pool.map((s, i) => ({ tactic: s.tactic, logprob: tempered[i]! - normaliser, key: tempered[i]! + gumbel(random) }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, k).map(({ tactic, logprob }) => ({ tactic, logprob: Math.min(0, logprob) }));
}

function logSumExp(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const max = Math.max(...xs);
  if (!Number.isFinite(max)) return max;
  return max + Math.log(xs.reduce((sum, x) => sum + Math.exp(x - max), 0));
}

/** A standard Gumbel sample, −log(−log U) with U uniform in (0, 1). */
function gumbel(random: () => number): number {
  const u = Math.min(Math.max(random(), Number.EPSILON), 1 - Number.EPSILON);
  return -Math.log(-Math.log(u));
}

/** 32-bit FNV-1a of the text, mixed with the seed. */
export function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export { mulberry32 } from '../core/random.ts';
