/**
 * Polynomial identities: a product of random linear factors against its expansion, in either
 * direction (expand or factor). More variables, factors and larger coefficients with difficulty.
 * Truth: `identity` (both sides have the same polynomial normal form).
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly, varBinder, type LeanType } from '../lean-text.ts';
import type { Prng } from '../prng.ts';

const VARS = ['x', 'y', 'z'] as const;

export const polynomialIdentities: Family = {
  name: 'polynomial_identities',
  id: 'polyid',
  prefix: 'alg',
  weight: 12,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const varCount = difficulty <= 2 ? 1 : difficulty <= 4 ? 2 : 3;
    const factorCount = difficulty <= 3 ? 2 : 3;
    const bound = 2 + 2 * difficulty;
    const vars = VARS.slice(0, varCount);
    const type: LeanType = rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
    const factors: IntPoly[] = [];
    for (let i = 0; i < factorCount; i++) {
      const coeffs: number[] = vars.map(() => rng.int(-bound, bound));
      if (!coeffs.some((c) => c !== 0)) coeffs[0] = rng.nonzero(-bound, bound);
      factors.push(IntPoly.linear(vars, coeffs, rng.int(-bound, bound)));
    }
    // A squared factor now and then: `(a + b) ^ 2` forms.
    const squared = difficulty >= 2 && rng.int(0, 2) === 0;
    const productText = squared
      ? `(${factors[0]!.print()}) ^ 2${factors.slice(2).map((f) => ` * (${f.print()})`).join('')}`
      : factors.map((f) => `(${f.print()})`).join(' * ');
    const expanded = (squared ? [factors[0]!, factors[0]!, ...factors.slice(2)] : factors).reduce((a, b) => a.mul(b), IntPoly.constant(1));
    const factorDirection = rng.int(0, 1) === 1;
    const goal = factorDirection ? `${expanded.print()} = ${productText}` : `${productText} = ${expanded.print()}`;
    return {
      family: this.name,
      topic: 'algebra',
      difficulty,
      binders: varBinder(vars, type),
      goal,
      witness: vars.map(() => '0'),
      argument: { kind: 'identity' },
      script: 'ring',
    };
  },
};
