/**
 * Modular arithmetic facts: `a ^ n % m = r`, divisibility `m ∣ a ^ n - r` (over ℤ, so nothing
 * truncates), `Nat.ModEq` and last-digit facts; exponents and moduli grow with difficulty.
 * The residue is computed with bigint arithmetic here and re-checked by exact evaluation.
 * Truth: `evaluation`.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import type { Prng } from '../prng.ts';

export const modular: Family = {
  name: 'modular',
  id: 'mod',
  prefix: 'nt',
  weight: 10,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const a = rng.int(2, 5 + 4 * difficulty);
    const n = rng.int(2, [0, 6, 12, 25, 50, 100][difficulty]!);
    const m = rng.int(3, [0, 10, 20, 50, 100, 1000][difficulty]!);
    const r = BigInt(a) ** BigInt(n) % BigInt(m);
    const form = rng.int(0, difficulty >= 3 ? 3 : 1);
    const goal = [
      `(${a} : ℕ) ^ ${n} % ${m} = ${r}`,
      `${a} ^ ${n} ≡ ${r} [MOD ${m}]`,
      `(${m} : ℤ) ∣ ${a} ^ ${n} - ${r}`,
      `(${a} ^ ${n} + ${m - 1}) % ${m} = ${(r + BigInt(m - 1)) % BigInt(m)}`,
    ][form]!;
    return { family: this.name, topic: 'number_theory', difficulty, binders: '', goal, witness: [], argument: { kind: 'evaluation' }, script: 'norm_num' };
  },
};
