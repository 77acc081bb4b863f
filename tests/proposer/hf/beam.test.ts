import { describe, expect, it } from 'vitest';
import { beamSearch, logSoftmax, topTokens } from '../../../src/proposer/hf/index.ts';

/** A next-token distribution that depends on the last token (a bigram), over ids 0..3; 0 ends. */
const LOGITS = [
  [0.1, 2.0, 1.5, -1.0],
  [1.2, -0.5, 0.9, 0.3],
  [2.2, 0.4, -0.7, 0.8],
  [0.0, 1.0, 1.0, 0.2],
];
const START = 3;
const rowFor = (prefix: readonly number[]): Float64Array => logSoftmax(LOGITS[prefix.at(-1) ?? START]!, 0, 4);

/** Every sequence ending in 0 with at most `max` tokens before it, with its exact log-prob. */
function enumerate(max: number): { tokens: number[]; logprob: number }[] {
  const out: { tokens: number[]; logprob: number }[] = [];
  const walk = (tokens: number[], lp: number): void => {
    out.push({ tokens, logprob: lp + rowFor(tokens)[0]! });
    if (tokens.length < max) for (const t of [1, 2, 3]) walk([...tokens, t], lp + rowFor(tokens)[t]!);
  };
  walk([], 0);
  return out.sort((a, b) => b.logprob - a.logprob);
}

describe('beam search', () => {
  it('with a beam as wide as the vocabulary finds exactly the best sequences', async () => {
    const found: { tokens: readonly number[]; logprob: number }[] = [];
    await beamSearch({
      width: 4,
      maxNewTokens: 6,
      eosId: 0,
      scoreNext: async (prefixes) => prefixes.map(rowFor),
      accept: (tokens, logprob) => (found.push({ tokens, logprob }), true),
    });
    const best = enumerate(5).slice(0, 4);
    const top = [...found].sort((a, b) => b.logprob - a.logprob).slice(0, 4);
    expect(top.map((f) => f.tokens)).toEqual(best.map((b) => b.tokens));
    top.forEach((f, i) => expect(f.logprob).toBeCloseTo(best[i]!.logprob, 12));
  });

  it('counts only accepted results, so duplicates do not use up the beam', async () => {
    const seen: string[] = [];
    await beamSearch({
      width: 3,
      maxNewTokens: 6,
      eosId: 0,
      scoreNext: async (prefixes) => prefixes.map(rowFor),
      // Pretend sequences that differ only in token 3 decode to the same text.
      accept: (tokens) => {
        const text = tokens.filter((t) => t !== 3).join(',');
        if (seen.includes(text)) return false;
        seen.push(text);
        return true;
      },
    });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('drops prefixes cut off by the token limit', async () => {
    const found: (readonly number[])[] = [];
    // Token 0 never wins: nothing can finish within 3 steps.
    await beamSearch({ width: 2, maxNewTokens: 3, eosId: 0, scoreNext: async (p) => p.map(() => Float64Array.from([-Infinity, -0.1, -3, -3])), accept: (t) => (found.push(t), true) });
    expect(found).toEqual([]);
  });
});

describe('log-softmax and top tokens', () => {
  it('normalises and is shift-invariant', () => {
    const a = logSoftmax([1, 2, 3], 0, 3);
    const b = logSoftmax([101, 102, 103], 0, 3);
    expect(Array.from(a).reduce((s, x) => s + Math.exp(x), 0)).toBeCloseTo(1, 12);
    a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 12));
  });

  it('reads a row at an offset, and keeps the n largest finite entries in order', () => {
    expect(Array.from(logSoftmax([9, 9, 0, 0], 2, 2))).toEqual([Math.log(0.5), Math.log(0.5)]);
    expect(topTokens(Float64Array.from([-1, -Infinity, -0.5, -3, -0.2]), 3)).toEqual([
      [4, -0.2],
      [2, -0.5],
      [0, -1],
    ]);
  });
});
