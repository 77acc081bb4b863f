/**
 * Finite sums and products at concrete bounds: `∑ i ∈ Finset.range n, (a * i + b)`, squares,
 * cubes, telescoping fractions over ℚ, `Finset.Icc` ranges, and products; bounds and bodies grow
 * with difficulty. The value is computed by the exact evaluator.
 * Truth: `evaluation`.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { closedValue } from '../closed-value.ts';
import { showRational } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

export const finiteSums: Family = {
  name: 'finite_sums',
  id: 'sum',
  prefix: 'sum',
  weight: 9,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const n = rng.int(3, 6 + 6 * difficulty);
    const a = rng.int(1, 9);
    const b = rng.int(0, 9);
    const lhs = [
      [`∑ i ∈ Finset.range ${n}, (${a} * i + ${b})`, `∑ i ∈ Finset.range ${n}, i`],
      [`∑ i ∈ Finset.range ${n}, (2 * i + 1)`, `∑ i ∈ Finset.Icc 1 ${n}, ${a} * i`],
      [`∑ i ∈ Finset.range ${n}, i ^ 2`, `∑ i ∈ Finset.Icc 1 ${n}, (i ^ 2 + ${b})`, `∏ i ∈ Finset.range ${Math.min(n, 8)}, (i + 1)`],
      [`∑ i ∈ Finset.range ${n}, i ^ 3`, `∑ i ∈ Finset.range ${n}, (${a} : ℤ) * (-1) ^ i * i`, `∑ i ∈ Finset.range ${n}, (${a} : ℚ) / 2 ^ i`],
      [`∑ i ∈ Finset.range ${n}, (1 : ℚ) / ((i + 1) * (i + 2))`, `∑ i ∈ Finset.Icc 1 ${n}, (i ^ 3 - ${a} * i)`, `∏ i ∈ Finset.Icc 1 ${Math.min(n, 6)}, (${a} * i + ${b})`],
    ][difficulty - 1]!;
    const expr = rng.pick(lhs);
    const value = closedValue(expr);
    // `(∑ …) = v`: the big operator's body never swallows the right-hand side.
    return { family: this.name, topic: 'sums', difficulty, binders: '', goal: `(${expr}) = ${value === undefined ? 'sorry' : showRational(value)}`, witness: [], argument: { kind: 'evaluation' }, script: 'decide' };
  },
};
