/**
 * Beam search over token sequences, with exact sequence log-probabilities.
 *
 * transformers.js's `generate()` does no beam search and returns no scores (its
 * `return_dict_in_generate` output carries sequences and caches only), so the `hf` proposer
 * runs its own search on the model's logits: `scoreNext` turns the live prefixes into
 * log-softmax rows, a finished hypothesis is one that emits `eosId`, and its log-probability
 * is the sum of its tokens' log-probabilities, end token included, so it is ≤ 0.
 *
 * Finished hypotheses are handed to `accept`, which decodes them and says whether they are a
 * new distinct tactic; search stops when `width` distinct tactics are finished and no live
 * prefix can still beat the width-th of them (log-probabilities only decrease), when no prefix
 * is live, or after `maxNewTokens` steps (unfinished prefixes are dropped: a cut-off tactic
 * is not a tactic).
 */

export interface BeamOptions {
  /** Live prefixes kept per step, and finished tactics wanted. */
  readonly width: number;
  readonly maxNewTokens: number;
  readonly eosId: number;
  /** One log-probability row (over the vocabulary) per prefix, in order. */
  readonly scoreNext: (prefixes: readonly (readonly number[])[]) => Promise<Float64Array[]>;
  /** Called once per finished hypothesis, best first within a step; true if it counts as a new result. */
  readonly accept: (tokens: readonly number[], logprob: number) => boolean;
}

interface Hypothesis {
  readonly tokens: readonly number[];
  readonly logprob: number;
}

/** Runs the search; results arrive through `accept`. Returns the number of model calls. */
export async function beamSearch(options: BeamOptions): Promise<number> {
  const { width, maxNewTokens, eosId } = options;
  let live: Hypothesis[] = [{ tokens: [], logprob: 0 }];
  const finished: number[] = []; // log-probabilities of accepted results, best first
  let calls = 0;
  for (let step = 0; step < maxNewTokens && live.length > 0; step++) {
    const rows = await options.scoreNext(live.map((h) => h.tokens));
    calls += 1;
    const candidates: { parent: Hypothesis; token: number; logprob: number }[] = [];
    live.forEach((parent, i) => {
      for (const [token, lp] of topTokens(rows[i]!, width + 1)) candidates.push({ parent, token, logprob: parent.logprob + lp });
    });
    candidates.sort((a, b) => b.logprob - a.logprob);
    const next: Hypothesis[] = [];
    for (const c of candidates) {
      if (c.token === eosId) {
        if (options.accept(c.parent.tokens, c.logprob)) insertSorted(finished, c.logprob);
      } else if (next.length < width) {
        next.push({ tokens: [...c.parent.tokens, c.token], logprob: c.logprob });
      }
    }
    // With `width` results, only a live prefix better than the width-th can still matter.
    const bar = finished.length >= width ? finished[width - 1]! : -Infinity;
    live = next.filter((h) => h.logprob > bar);
  }
  return calls;
}

function insertSorted(descending: number[], value: number): void {
  let i = descending.length;
  while (i > 0 && descending[i - 1]! < value) i--;
  descending.splice(i, 0, value);
}

/** The `n` largest entries of `row` as [index, value], largest first (non-finite ones skipped). */
export function topTokens(row: Float64Array, n: number): [number, number][] {
  const best: [number, number][] = [];
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (!Number.isFinite(v)) continue;
    if (best.length < n) {
      best.push([i, v]);
      best.sort((a, b) => b[1] - a[1]);
    } else if (v > best[best.length - 1]![1]) {
      best[best.length - 1] = [i, v];
      best.sort((a, b) => b[1] - a[1]);
    }
  }
  return best;
}

/** Natural-log softmax of `logits[offset, offset + size)` in float64. */
export function logSoftmax(logits: ArrayLike<number>, offset: number, size: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < size; i++) max = Math.max(max, logits[offset + i]!);
  let sum = 0;
  for (let i = 0; i < size; i++) sum += Math.exp(logits[offset + i]! - max);
  const logZ = max + Math.log(sum);
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = logits[offset + i]! - logZ;
  return out;
}
