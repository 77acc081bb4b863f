/**
 * Inequalities: AM-GM and square bounds with concrete numbers (difficulty 1), linear bounds
 * under hypotheses (2, 4), and sums of squares with random coefficients split across `≤` (3, 5).
 * Truth: `evaluation`, `combination` (a nonnegative combination of the hypotheses) or
 * `squares` (the gap is a nonnegative sum of squares plus a constant).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly, hypBinders, varBinder, type LeanType } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

const VARS = ['a', 'b', 'c'] as const;

export const inequalities: Family = {
  name: 'inequalities',
  id: 'ineq',
  prefix: 'ineq',
  weight: 12,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    if (difficulty === 1) return concrete(rng);
    if (difficulty === 2 || difficulty === 4) return linearBound(rng, difficulty);
    return squares(rng, difficulty);
  },
};

function concrete(rng: Prng): Candidate {
  const a = rng.int(1, 40);
  const b = rng.int(1, 40);
  const type = rng.pick(['ℚ', 'ℝ'] as const);
  const goal = rng.pick([
    `(${a} : ${type}) * ${b} ≤ ((${a} + ${b}) / 2) ^ 2`,
    `2 * (${a} : ${type}) * ${b} ≤ ${a} ^ 2 + ${b} ^ 2`,
    `(${a} : ${type}) / ${b} + ${b} / ${a} ≥ 2`,
  ]);
  return { family: 'inequalities', topic: 'inequalities', difficulty: 1, binders: '', goal, witness: [], argument: { kind: 'evaluation' }, script: 'norm_num' };
}

function linearBound(rng: Prng, difficulty: Difficulty): Candidate {
  const n = difficulty === 2 ? 1 : 2;
  const vars = VARS.slice(0, n);
  const type: LeanType = rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
  const point = vars.map(() => rng.int(-6, 6));
  const hypCount = difficulty === 2 ? 2 : 3;
  const hyps: string[] = [];
  const forms: { poly: IntPoly; bound: bigint }[] = [];
  for (let i = 0; i < hypCount; i++) {
    // Each hypothesis `form ≤ bound` holds at the witness point with a random slack.
    const coeffs: number[] = vars.map(() => rng.int(-4, 4));
    if (!coeffs.some((c) => c !== 0)) coeffs[i % n] = rng.nonzero(-4, 4);
    const poly = IntPoly.linear(vars, coeffs, 0);
    const bound = BigInt(coeffs.reduce((s, c, j) => s + c * point[j]!, 0) + rng.int(0, 4));
    forms.push({ poly, bound });
    hyps.push(rng.int(0, 1) === 0 ? `${poly.print()} ≤ ${bound}` : `${bound} ≥ ${poly.print()}`);
  }
  const lambdas: number[] = forms.map(() => rng.int(0, 3));
  if (!lambdas.some((l) => l !== 0)) lambdas[0] = 1;
  const combined = forms.reduce((p, f, i) => p.add(f.poly.scale(lambdas[i]!)), IntPoly.constant(0));
  const combinedBound = forms.reduce((s, f, i) => s + BigInt(lambdas[i]!) * f.bound, 0n);
  const slack = rng.int(0, 3);
  const shift = rng.int(-5, 5);
  // Goal `combined + shift ≤ combinedBound + shift + slack`, so the gap is Σλᵢ·gapᵢ + slack.
  const goal = `${combined.add(IntPoly.constant(shift)).print()} ≤ ${(combinedBound + BigInt(shift + slack)).toString()}`;
  return {
    family: 'inequalities',
    topic: 'inequalities',
    difficulty,
    binders: `${varBinder(vars, type)} ${hypBinders(hyps)}`,
    goal: combined.isZero() ? `${shift} ≤ ${(combinedBound + BigInt(shift + slack)).toString()}` : goal,
    witness: point.map(String),
    argument: { kind: 'combination', multipliers: lambdas.map(String), constant: String(slack) },
    script: 'linarith',
  };
}

function squares(rng: Prng, difficulty: Difficulty): Candidate {
  const n = difficulty === 3 ? 2 : 3;
  const vars = VARS.slice(0, n);
  const type: LeanType = rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
  const count = difficulty === 3 ? rng.int(1, 2) : rng.int(2, 3);
  const squaresUsed: { coeff: number; base: IntPoly }[] = [];
  for (let i = 0; i < count; i++) {
    const coeffs: number[] = vars.map(() => rng.int(-3, 3));
    if (!coeffs.some((c) => c !== 0)) coeffs[i % n] = 1;
    squaresUsed.push({ coeff: rng.int(1, 3), base: IntPoly.linear(vars, coeffs, difficulty === 5 ? rng.int(-3, 3) : 0) });
  }
  const constant = rng.int(0, 2);
  const gap = squaresUsed.reduce((p, s) => p.add(s.base.mul(s.base).scale(s.coeff)), IntPoly.constant(constant));
  // Split the gap `large - small` into two sides at random.
  const { left, right } = gap.split(() => rng.int(0, 2) > 0);
  const small = right;
  const large = left;
  const strict = constant > 0 && rng.int(0, 1) === 1;
  const goal = `${small.print()} ${strict ? '<' : '≤'} ${large.print()}`;
  const hints = squaresUsed.map((s) => `sq_nonneg (${s.base.print()})`).join(', ');
  return {
    family: 'inequalities',
    topic: 'inequalities',
    difficulty,
    binders: varBinder(vars, type),
    goal,
    witness: vars.map(() => '0'),
    argument: { kind: 'squares', squares: squaresUsed.map((s) => ({ coeff: String(s.coeff), base: s.base.print() })), constant: String(constant) },
    script: `nlinarith [${hints}]`,
  };
}
