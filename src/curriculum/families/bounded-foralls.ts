/**
 * `∀` statements over bounded ranges, decided by enumeration: parity of `n * (n + 1)`,
 * residues of squares, Fermat's little theorem at a small prime, a missing residue of
 * `a * n ^ 2 + c` modulo m, `2 ^ n` against a line; ranges grow with difficulty.
 * Residue sets are computed here with bigints; truth: `evaluation` (the evaluator enumerates).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import type { Prng } from '../prng.ts';

export const boundedForalls: Family = {
  name: 'bounded_foralls',
  id: 'forall',
  prefix: 'quant',
  weight: 6,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const bound = rng.int(5, 10 + 15 * difficulty);
    let goal: string;
    switch (difficulty) {
      case 1:
        goal = rng.pick([`∀ n : ℕ, n < ${bound} → n * (n + 1) % 2 = 0`, `∀ n ∈ Finset.range ${bound}, n ^ 2 % 4 ≤ 1`]);
        break;
      case 2: {
        const k = rng.int(1, 3);
        goal = `∀ n : ℕ, n ≤ ${bound} → ${k} * n + 1 ≤ ${k + 1} ^ n`;
        break;
      }
      case 3: {
        const p = rng.pick([2, 3, 5, 7]);
        goal = `∀ n ∈ Finset.range ${bound}, (n ^ ${p} - n) % ${p} = 0`;
        break;
      }
      case 4:
      case 5: {
        const m = rng.int(5, difficulty === 4 ? 12 : 30);
        const a = rng.int(1, 5);
        const c = rng.int(0, m - 1);
        const hit = new Set<number>();
        for (let n = 0; n < m; n++) hit.add((a * n * n + c) % m);
        const missing = [...Array(m).keys()].filter((r) => !hit.has(r));
        // Every residue taken (rare): `≠ m` is still true, since a remainder mod m is below m.
        const r = missing.length > 0 ? rng.pick(missing) : m;
        goal =
          difficulty === 4
            ? `∀ n : ℕ, n < ${bound} → (${a} * n ^ 2 + ${c}) % ${m} ≠ ${r}`
            : `∀ x ∈ Finset.Icc 1 ${bound}, ∀ y ∈ Finset.range ${rng.int(3, 8)}, (${a} * x ^ 2 + ${c} + ${m} * y) % ${m} ≠ ${r}`;
        break;
      }
    }
    return { family: this.name, topic: 'quantifiers', difficulty, binders: '', goal, witness: [], argument: { kind: 'evaluation' }, script: 'decide' };
  },
};
