/**
 * Linear equations and 2×2 / 3×3 systems with a unique solution: a random integer matrix with
 * nonzero determinant and a chosen solution (integer, or rational at difficulty 4 over ℚ/ℝ).
 * Truth: `elimination` with the adjugate as multipliers (`det·xⱼ = Σ adj_{ji}·(row i)`), so
 * the solution is forced.
 */
import type { Candidate, Difficulty, Family } from '../candidate.ts';
import { IntPoly, dataRational, hypBinders, rat, showRational, varBinder, type LeanType } from '../lean-text.ts';
import type { Prng } from '../prng.ts';
import type { Rational } from '../../symbolic/core/index.ts';

const VARS = ['x', 'y', 'z'] as const;

export const linearSystems: Family = {
  name: 'linear_systems',
  id: 'linsys',
  prefix: 'sys',
  weight: 10,
  draw(rng: Prng, difficulty: Difficulty): Candidate {
    const n = difficulty <= 2 ? 1 : difficulty <= 4 ? 2 : 3;
    const bound = difficulty <= 2 ? 9 : 6;
    const type: LeanType = difficulty === 4 ? rng.pick(['ℚ', 'ℝ'] as const) : rng.pick(['ℤ', 'ℚ', 'ℝ'] as const);
    const vars = VARS.slice(0, n);
    let matrix: number[][];
    let det: bigint;
    do {
      matrix = vars.map(() => vars.map(() => rng.int(-bound, bound)));
      det = determinant(matrix);
    } while (det === 0n);
    const adj = adjugate(matrix);
    // A rational solution: pick the right-hand side freely, so x = adj·b / det.
    const rationalSolution = difficulty === 4 && rng.int(0, 1) === 1;
    const rhs: bigint[] = rationalSolution ? vars.map(() => BigInt(rng.int(-20, 20))) : [];
    const solution: Rational[] = rationalSolution
      ? vars.map((_, j) => rat(vars.reduce((s, _v, i) => s + adj[j]![i]! * rhs[i]!, 0n), det))
      : vars.map(() => rat(rng.int(-bound, bound)));
    const b = rationalSolution ? rhs : matrix.map((row) => row.reduce((s, a, i) => s + BigInt(a) * solution[i]!.num, 0n));
    const equations = matrix.map((row, i) => {
      const lhs = IntPoly.linear(vars, row, 0);
      if (n === 1 && difficulty === 2) {
        // Both sides carry the variable and a constant: `5 * x - 3 = 2 * x + 12`.
        const shift = IntPoly.linear(vars, [rng.nonzero(-5, 5)], rng.int(-15, 15));
        return `${lhs.add(shift).print()} = ${shift.add(IntPoly.constant(b[i]!)).print()}`;
      }
      const constant = rng.int(-10, 10);
      return `${lhs.add(IntPoly.constant(constant)).print()} = ${(b[i]! + BigInt(constant)).toString()}`;
    });
    const sign = det > 0n ? 1n : -1n;
    const goal = vars.map((v, j) => `${v} = ${showRational(solution[j]!)}`).join(' ∧ ');
    return {
      family: this.name,
      topic: 'equations',
      difficulty,
      binders: `${varBinder(vars, type)} ${hypBinders(equations)}`,
      goal,
      witness: solution.map(dataRational),
      argument: { kind: 'elimination', rows: vars.map((_, j) => ({ scale: (sign * det).toString(), multipliers: vars.map((_v, i) => (sign * adj[j]![i]!).toString()) })) },
      script: n === 1 ? 'linarith' : n === 2 ? 'constructor\n· linarith\n· linarith' : 'refine ⟨?_, ?_, ?_⟩\n· linarith\n· linarith\n· linarith',
    };
  },
};

function determinant(m: readonly (readonly number[])[]): bigint {
  const a = m.map((r) => r.map(BigInt));
  if (a.length === 1) return a[0]![0]!;
  if (a.length === 2) return a[0]![0]! * a[1]![1]! - a[0]![1]! * a[1]![0]!;
  let d = 0n;
  for (let j = 0; j < a.length; j++) d += (j % 2 === 0 ? 1n : -1n) * a[0]![j]! * determinant(minor(m, 0, j));
  return d;
}

function minor(m: readonly (readonly number[])[], row: number, col: number): number[][] {
  return m.filter((_, i) => i !== row).map((r) => r.filter((_, j) => j !== col));
}

/** adj[j][i] = (-1)^(i+j)·det(minor(i, j)), so adj·A = det·I. */
function adjugate(m: readonly (readonly number[])[]): bigint[][] {
  if (m.length === 1) return [[1n]];
  return m.map((_, j) => m.map((_r, i) => ((i + j) % 2 === 0 ? 1n : -1n) * determinant(minor(m, i, j))));
}
