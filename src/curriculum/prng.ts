/**
 * A tiny deterministic PRNG (mulberry32 over a 32-bit state), so that a curriculum is
 * byte-identical for a seed on every machine and Node version: nothing here reads
 * `Math.random`, the clock or the platform.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform integer in [lo, hi] (inclusive; hi - lo < 2^32). */
  int(lo: number, hi: number): number {
    if (hi < lo) throw new Error(`internal error: empty range [${lo}, ${hi}]`);
    return lo + (this.nextU32() % (hi - lo + 1));
  }

  /** A uniform integer in [lo, hi] other than 0. */
  nonzero(lo: number, hi: number): number {
    for (;;) {
      const n = this.int(lo, hi);
      if (n !== 0) return n;
    }
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('internal error: pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** A fresh generator whose stream depends on this one's seed and `salt` only. */
  fork(salt: number): Prng {
    return new Prng((Math.imul(this.state ^ 0x9e3779b9, 0x85ebca6b) + salt) >>> 0);
  }
}

/** The generator for a (seed, family, index) triple: independent of how many problems other families drew. */
export function prngFor(seed: number, familyIndex: number, index: number): Prng {
  const base = new Prng(seed);
  base.nextU32();
  return base.fork(familyIndex * 1_000_003 + index);
}
