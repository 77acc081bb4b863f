/**
 * gcd and lcm facts: `Nat.gcd a b = g`, `Nat.lcm a b = l`, three-way gcds, and the product
 * rule at concrete numbers; the numbers are built from shared factors so gcds are not all 1.
 * Truth: `evaluation`.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import type { Prng } from '../prng.ts';

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

export const gcdLcm: Family = {
  name: 'gcd_lcm',
  id: 'gcd',
  prefix: 'nt',
  weight: 7,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const scale = 5 * difficulty;
    const common = BigInt(rng.int(1, scale * 2));
    const a = common * BigInt(rng.int(1, scale * 3));
    const b = common * BigInt(rng.int(1, scale * 3));
    const c = common * BigInt(rng.int(1, scale * 3));
    const g = gcd(a, b);
    const l = (a * b) / g;
    const goal =
      difficulty <= 2
        ? rng.pick([`Nat.gcd ${a} ${b} = ${g}`, `Nat.lcm ${a} ${b} = ${l}`])
        : difficulty <= 4
          ? rng.pick([`Nat.gcd ${a} ${b} * Nat.lcm ${a} ${b} = ${a * b}`, `Nat.gcd (Nat.gcd ${a} ${b}) ${c} = ${gcd(g, c)}`, `Int.gcd (-${a}) ${b} = ${g}`])
          : rng.pick([`Nat.lcm (Nat.lcm ${a} ${b}) ${c} = ${(l * c) / gcd(l, c)}`, `Nat.gcd ${a} ${b} + Nat.lcm ${a} ${b} = ${g + l}`]);
    return { family: this.name, topic: 'number_theory', difficulty, binders: '', goal, witness: [], argument: { kind: 'evaluation' }, script: 'norm_num' };
  },
};
