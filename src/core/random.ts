/**
 * mulberry32: a small, fast, seedable 32-bit generator, uniform in [0, 1). The one seeded PRNG
 * of sampling, training and counterexample search, so each is reproducible run to run: same
 * seed, same sequence, on every machine (nothing here reads `Math.random` or the clock).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
