/**
 * Concrete arithmetic in Lean's conventions: sums and products, powers, truncating ℕ
 * subtraction, flooring ℕ `/` and `%`, Euclidean ℤ `/` and `%` with negative operands, and
 * rational expressions. The right-hand side is computed by the exact evaluator.
 * Truth: `evaluation`.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { closedValue } from '../closed-value.ts';
import { showRational } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

export const arithmetic: Family = {
  name: 'arithmetic',
  id: 'arith',
  prefix: 'nat',
  weight: 10,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const big = (k: number): number => rng.int(2, 10 ** Math.min(k, 4));
    let expr: string;
    switch (difficulty) {
      case 1:
        expr = rng.pick([`(${big(2)} : ℕ) + ${big(2)} * ${big(1)}`, `(${big(3)} : ℕ) - ${big(2)}`, `(${big(2)} : ℤ) - ${big(3)}`]);
        break;
      case 2:
        expr = rng.pick([`(${rng.int(2, 9)} : ℕ) ^ ${rng.int(2, 12)}`, `(${big(2)} : ℕ) - ${big(3)}`, `(${big(3)} : ℕ) / ${rng.int(2, 30)}`, `(${big(3)} : ℕ) % ${rng.int(2, 30)}`]);
        break;
      case 3:
        expr = rng.pick([
          `(-${big(3)} : ℤ) / ${rng.int(2, 30)}`,
          `(-${big(3)} : ℤ) % ${rng.int(2, 30)}`,
          `(${big(3)} : ℤ) / (-${rng.int(2, 30)})`,
          `(${big(3)} : ℤ) % (-${rng.int(2, 30)})`,
          `((${big(2)} : ℕ) - ${big(2)}) * ${big(1)}`,
        ]);
        break;
      case 4:
        expr = rng.pick([
          `(${rng.int(1, 9)} : ℚ) / ${rng.int(2, 12)} + ${rng.int(1, 9)} / ${rng.int(2, 12)}`,
          `(${rng.int(1, 9)} : ℚ) / ${rng.int(2, 12)} * (${rng.int(1, 9)} / ${rng.int(2, 12)}) - ${rng.int(1, 5)}`,
          `(${rng.int(2, 7)} : ℤ) ^ ${rng.int(2, 6)} - ${rng.int(2, 7)} ^ ${rng.int(2, 6)}`,
          `(${big(3)} : ℕ) / ${rng.int(2, 12)} + ${big(3)} % ${rng.int(2, 12)}`,
        ]);
        break;
      case 5:
        expr = rng.pick([
          `((${big(3)} : ℕ) - ${big(3)}) * ${rng.int(2, 20)} + ${big(3)} / ${rng.int(2, 20)}`,
          `(-${big(4)} : ℤ) / ${rng.int(2, 40)} * ${rng.int(2, 9)} + (-${big(4)}) % ${rng.int(2, 40)}`,
          `((${rng.int(1, 9)} : ℚ) / ${rng.int(2, 9)}) ^ ${rng.int(2, 4)} + ${rng.int(1, 9)} / ${rng.int(2, 9)}`,
          `(${rng.int(2, 5)} : ℕ) ^ ${rng.int(10, 30)} % ${rng.int(3, 100)}`,
        ]);
        break;
    }
    const value = closedValue(expr);
    return {
      family: this.name,
      topic: 'nat_arith',
      difficulty,
      binders: '',
      // An expression without an exact value gives an ill-formed goal, which `verify` rejects.
      goal: `${expr} = ${value === undefined ? 'sorry' : showRational(value)}`,
      witness: [],
      argument: { kind: 'evaluation' },
      script: 'norm_num',
    };
  },
};
