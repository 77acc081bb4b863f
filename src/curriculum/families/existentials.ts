/**
 * `∃` statements with a known witness: a linear equation with a natural or integer solution,
 * a number with a given square and sign, a pair with given sum and product, a multiple in a
 * range. Truth: `witness` (the body holds exactly at the generator's witness).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import type { Prng } from '../prng.ts';

export const existentials: Family = {
  name: 'existentials',
  id: 'exists',
  prefix: 'quant',
  weight: 7,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const w = rng.int(0, 8 * difficulty);
    const a = rng.int(2, 9);
    const b = rng.int(0, 30);
    const u = rng.int(1, 6 * difficulty);
    let goal: string;
    let values: string[];
    switch (difficulty) {
      case 1:
        goal = `∃ n : ℕ, ${a} * n + ${b} = ${a * w + b}`;
        values = [String(w)];
        break;
      case 2:
        goal = `∃ x : ℤ, ${a} * x + ${b} = ${b - a * u}`;
        values = [String(-u)];
        break;
      case 3:
        goal = `∃ x : ℤ, x ^ 2 = ${u * u} ∧ x < 0`;
        values = [String(-u)];
        break;
      case 4: {
        const v = rng.int(1, 6 * difficulty);
        goal = `∃ m n : ℕ, m + n = ${u + v} ∧ m * n = ${u * v} ∧ m ≤ n`;
        values = [String(Math.min(u, v)), String(Math.max(u, v))];
        break;
      }
      case 5: {
        const m = rng.int(7, 60);
        const lo = rng.int(100, 900);
        const first = Math.ceil(lo / m) * m;
        goal = `∃ n : ℕ, ${lo} ≤ n ∧ n < ${lo + m} ∧ ${m} ∣ n`;
        values = [String(first)];
        break;
      }
    }
    return { family: this.name, topic: 'quantifiers', difficulty, binders: '', goal, witness: [], argument: { kind: 'witness', values }, script: `use ${values.join(', ')}` };
  },
};
