/**
 * Absolute value, floor and ceiling facts at concrete numbers: `|a - b| = v`, `⌊p / q⌋ = v`,
 * `⌈p / q⌉ = v` (negative fractions included), `Int.fract`, `Nat.floor`, and combinations.
 * The value is computed by the exact evaluator. Truth: `evaluation`.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { closedValue } from '../closed-value.ts';
import { showRational } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

export const absFloor: Family = {
  name: 'abs_floor',
  id: 'absfl',
  prefix: 'floor',
  weight: 8,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const k = 10 * difficulty;
    const p = rng.int(-k * 5, k * 5);
    const q = rng.int(2, k);
    const r = rng.int(-k, k);
    const type = rng.pick(['ℚ', 'ℝ'] as const);
    const options = [
      [`|(${p} : ℤ) - ${r}|`, `|(${p} : ${type}) / ${q}|`],
      [`⌊(${p} : ${type}) / ${q}⌋`, `⌈(${p} : ${type}) / ${q}⌉`],
      [`⌊(${p} : ${type}) / ${q}⌋ + ⌈(${r} : ${type}) / ${q}⌉`, `|(${p} : ℤ)| - |(${r} : ℤ)|`, `Int.fract ((${p} : ${type}) / ${q})`],
      [`⌊|(${p} : ${type}) / ${q}| + ${r} / ${q + 1}⌋`, `Nat.floor ((${Math.abs(p)} : ${type}) / ${q})`, `|(${p} : ${type}) / ${q} - ${r}|`],
      [`⌊(${p} : ${type}) / ${q}⌋ * ⌈(${r} : ${type}) / ${q}⌉ - |(${p} : ℤ) - ${r}|`, `⌊((${p} : ${type}) / ${q}) ^ 2⌋`, `Int.fract ((${p} : ${type}) / ${q}) + ⌊(${r} : ${type}) / ${q}⌋`],
    ][difficulty - 1]!;
    const expr = rng.pick(options);
    const value = closedValue(expr);
    // The value's type is the expression's: `⌊…⌋` is ℤ, `Int.fract` stays in the field.
    return { family: this.name, topic: 'floor_abs_sqrt', difficulty, binders: '', goal: `${expr} = ${value === undefined ? 'sorry' : showRational(value)}`, witness: [], argument: { kind: 'evaluation' }, script: 'norm_num' };
  },
};
