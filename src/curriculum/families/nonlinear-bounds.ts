/**
 * Nonlinear bounds under hypotheses: variables confined to a box (`2 ≤ x`, `x ≤ 7`, …), and a
 * goal that follows from products of pairs of the box constraints (what `nlinarith` searches
 * for), plus linear multiples and slack, expanded and split across `≤`.
 * Truth: `combination` with products.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly, hypBinders, varBinder, type LeanType } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

const VARS = ['x', 'y'] as const;

export const nonlinearBounds: Family = {
  name: 'nonlinear_bounds',
  id: 'nlb',
  prefix: 'ineq',
  weight: 8,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const vars = VARS.slice(0, difficulty <= 2 ? 1 : 2);
    const type: LeanType = rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
    const hyps: string[] = [];
    // Each constraint as its nonnegative gap polynomial.
    const gaps: IntPoly[] = [];
    const witness: string[] = [];
    for (const v of vars) {
      const lo = rng.int(-5, 5);
      const hi = lo + rng.int(1, 4 + difficulty);
      witness.push(String(rng.int(lo, hi)));
      hyps.push(`${lo} ≤ ${v}`);
      gaps.push(IntPoly.variable(v).sub(IntPoly.constant(lo)));
      if (difficulty >= 2) {
        hyps.push(`${v} ≤ ${hi}`);
        gaps.push(IntPoly.constant(hi).sub(IntPoly.variable(v)));
      }
    }
    const productCount = difficulty <= 3 ? 1 : 2;
    const products: { left: number; right: number; coeff: number }[] = [];
    for (let k = 0; k < productCount; k++) {
      const left = rng.int(0, gaps.length - 1);
      let right = rng.int(0, gaps.length - 1);
      if (right === left && gaps.length > 1) right = (left + 1) % gaps.length;
      products.push({ left, right, coeff: rng.int(1, 3) });
    }
    const multipliers = gaps.map(() => (difficulty >= 3 ? rng.int(0, 2) : 0));
    const constant = rng.int(0, 2);
    const total = products
      .reduce((p, q) => p.add(gaps[q.left]!.mul(gaps[q.right]!).scale(q.coeff)), IntPoly.constant(constant))
      .add(gaps.reduce((p, g, i) => p.add(g.scale(multipliers[i]!)), IntPoly.constant(0)));
    const { left, right } = total.split((i) => i === 0 || rng.int(0, 2) > 0);
    return {
      family: this.name,
      topic: 'inequalities',
      difficulty,
      binders: `${varBinder(vars, type)} ${hypBinders(hyps)}`,
      goal: `${right.print()} ≤ ${left.print()}`,
      witness,
      argument: { kind: 'combination', multipliers: multipliers.map(String), products: products.map((p) => ({ left: p.left, right: p.right, coeff: String(p.coeff) })), constant: String(constant) },
    };
  },
};
