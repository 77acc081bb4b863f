/**
 * Modular facts for every `n`, not just concrete numbers: `(n * (n + 1)) % 2 = 0`, a
 * non-residue of a random quadratic or quartic modulo m, `k ∣ n * (n + 1) * (n + 2)`,
 * Fermat's `n ^ p % p = n % p`, over ℕ and ℤ (Euclidean `%`). No tactic decides these by
 * evaluation alone, which gives the curriculum its harder tail.
 * Residues are computed here with bigints; truth: `periodic` (checked at n = 0 … m-1).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

function emod(a: bigint, m: bigint): bigint {
  return ((a % m) + m) % m;
}

function valueAt(coeffs: readonly number[], n: bigint): bigint {
  return coeffs.reduce((s, c, i) => s + BigInt(c) * n ** BigInt(i), 0n);
}

export const parametricModular: Family = {
  name: 'parametric_modular',
  id: 'pmod',
  prefix: 'nt',
  weight: 8,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const integer = difficulty === 3 || difficulty === 5 ? true : rng.int(0, 3) === 0;
    const type = integer ? 'ℤ' : 'ℕ';
    let goal: string;
    if (difficulty === 1) {
      const a = rng.int(0, 9);
      goal = a === 0 ? `n * (n + 1) % 2 = 0` : `(n + ${a}) * (n + ${a + 1}) % 2 = 0`;
    } else if (difficulty === 4 && rng.int(0, 1) === 0) {
      const form = rng.int(0, 1);
      if (form === 0) goal = `${rng.pick([2, 3, 6])} ∣ n * (n + 1) * (n + 2)`;
      else {
        const p = rng.pick([2, 3, 5, 7]);
        goal = `n ^ ${p} % ${p} = n % ${p}`;
      }
    } else {
      // A polynomial with a residue it never takes modulo m.
      const degree = difficulty <= 3 ? 2 : 4;
      for (;;) {
        const m = rng.int(3, difficulty <= 3 ? 9 : 16);
        const coeffs = Array.from({ length: degree + 1 }, (_, i) => (i === degree ? rng.int(1, 5) : integer ? rng.int(-6, 6) : rng.int(0, 6)));
        if (degree === 4) coeffs[1] = 0;
        if (degree === 4) coeffs[3] = 0;
        const hit = new Set<bigint>();
        for (let k = 0n; k < BigInt(m); k++) hit.add(emod(valueAt(coeffs, k), BigInt(m)));
        const missing = [...Array(m).keys()].map(BigInt).filter((r) => !hit.has(r));
        if (missing.length === 0) continue;
        const poly = coeffs.reduce((p, c, i) => p.add(IntPoly.variable('n').pow(i).scale(c)), IntPoly.constant(0));
        goal = `(${poly.print()}) % ${m} ≠ ${rng.pick(missing)}`;
        break;
      }
    }
    return { family: this.name, topic: 'number_theory', difficulty, binders: `(n : ${type})`, goal, witness: ['0'], argument: { kind: 'periodic' } };
  },
};
