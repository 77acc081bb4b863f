/**
 * Quadratic equations with integer or rational roots: `c·(α₁x - β₁)(α₂x - β₂) = 0` expanded,
 * sometimes with terms moved across `=`; the goal lists the roots. At difficulty 5 a sign
 * hypothesis rules one root out and the goal names the other.
 * Truth: `factoring` (the hypothesis factors exactly; each root is claimed or ruled out).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly, dataRational, hypBinders, rat, showRational, varBinder, type LeanType } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

export const quadratics: Family = {
  name: 'quadratics',
  id: 'quad',
  prefix: 'eq',
  weight: 9,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const bound = 3 + 2 * difficulty;
    const rationalRoots = difficulty === 4;
    const type: LeanType = rationalRoots ? rng.pick(['ℚ', 'ℝ'] as const) : rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
    const factor = (): { alpha: number; beta: number } => ({ alpha: rationalRoots ? rng.int(1, 3) : 1, beta: rng.int(-bound, bound) });
    let f1 = factor();
    let f2 = factor();
    const root = (f: { alpha: number; beta: number }) => rat(f.beta, f.alpha);
    if (difficulty === 5) {
      // Roots of opposite signs, so `0 < x` (or `x < 0`) keeps exactly one.
      f1 = { alpha: 1, beta: rng.int(1, bound) };
      f2 = { alpha: 1, beta: -rng.int(1, bound) };
    }
    while (root(f1).equals(root(f2))) f2 = { ...f2, beta: f2.beta + 1 };
    const lead = difficulty >= 3 ? rng.pick([1, 1, 2, 3, -1]) : 1;
    const x = IntPoly.variable('x');
    const poly = IntPoly.constant(lead)
      .mul(x.scale(f1.alpha).sub(IntPoly.constant(f1.beta)))
      .mul(x.scale(f2.alpha).sub(IntPoly.constant(f2.beta)));
    let equation: string;
    if (difficulty >= 3 && rng.int(0, 1) === 1) {
      const { left, right } = poly.split((i) => i < 2);
      equation = `${left.print()} = ${right.print()}`;
    } else equation = `${poly.print()} = 0`;
    const hyps = [equation];
    const excluded: number[] = [];
    let goal = `x = ${showRational(root(f1))} ∨ x = ${showRational(root(f2))}`;
    let witness = root(f1);
    if (difficulty === 5) {
      const positive = rng.int(0, 1) === 1;
      hyps.unshift(positive ? '0 < x' : 'x < 0');
      const kept = positive ? f1 : f2;
      excluded.push(positive ? 1 : 0);
      goal = `x = ${showRational(root(kept))}`;
      witness = root(kept);
    }
    return {
      family: this.name,
      topic: 'equations',
      difficulty,
      binders: `${varBinder(['x'], type)} ${hypBinders(hyps)}`,
      goal,
      witness: [dataRational(witness)],
      argument: {
        kind: 'factoring',
        hypothesis: hyps.length - 1,
        coeff: String(lead),
        factors: [f1, f2].map((f) => ({ alpha: String(f.alpha), beta: String(f.beta) })),
        excluded,
      },
    };
  },
};
