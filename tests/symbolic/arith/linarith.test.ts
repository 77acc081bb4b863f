import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { REAL, mkArith, mkLit, mkNeg, mkRel, mkVar, numTy, printTerm, type ContextEntry, type NumTy, type RelOp, type Term } from '../../../src/symbolic/syntax/index.ts';
import { numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { closes, ctxWith, goalOf, run } from './helpers.ts';
import { truthAt } from './arbitraries.ts';

describe('linarith', () => {
  it.each([
    ['(x y : ℝ) (h₀ : x + y = 7) (h₁ : x - y = 1) : x = 4', []],
    ['(x : ℝ) (h₀ : 3 * x + 2 = 11) : x = 3', []],
    ['(x : ℝ) (h₀ : x / 2 + 1 = 4) : x = 6', []],
    ['(a b c : ℝ) (h₀ : a < b) (h₁ : b ≤ c) : a < c', []],
    ['(n : ℕ) (h : n < 5) : n ≤ 4', []],
    ['(a : ℤ) (h₀ : 2 * a > 3) : a ≥ 2', []],
    ['(x : ℝ) (h₀ : x < 0) (h₁ : x > 0) : x ^ 2 = 17', []],
    ['(x y : ℝ) (h₀ : ¬ (x < y)) : y ≤ x', []],
    ['(x y : ℝ) (h : x * y = 10) (h₁ : x * y + x = 12) : x = 2', []],
    ['(n : ℕ) : (n : ℝ) ≥ 0', []],
    ['(m n : ℕ) : ((m - n : ℕ) : ℤ) ≥ 0', []],
    ['(x y : ℝ) (h : x ≤ y) : x ≤ y + 1', []],
    ['(a b : ℝ) (hab : a ≤ b) : a ≤ b', ['hab']],
    ['(x : ℝ) : x ^ 2 ≥ 0', ['sq_nonneg x']],
  ] as const)('proves %s', async (sig, args) => {
    expect(closes(await run('linarith', goalOf(sig), { args }))).toBe(true);
  });

  it.each([
    ['(x y : ℝ) (h₀ : x + y = 7) : x = 4'],
    ['(x : ℝ) : x ^ 2 ≥ 0'], // needs a hint: linarith sees x ^ 2 as an atom
    ['(x : ℝ) (h : x ≠ 0) : x < 0 ∨ x > 0'],
    ['(a : ℝ) (h₀ : 2 * a > 3) : a ≥ 2'], // true over ℤ, not over ℝ
    ['(x y : ℝ) (h : x ≤ y) : x ≠ y + 1'],
    ['(n m : ℕ) (h : n - m = 0) : n ≤ m'], // true, but needs the case split that omega does
  ])('does not prove %s', async (sig) => {
    expect(closes(await run('linarith', goalOf(sig)))).toBe(false);
  });

  it('linarith only ignores the context', async () => {
    const g = goalOf('(x : ℝ) (h : x > 1) : x > 0');
    expect(closes(await run('linarith', g, { only: true }))).toBe(false);
    expect(closes(await run('linarith', g, { only: true, args: ['h'] }))).toBe(true);
  });

  it('rejects unknown hint lemmas as unsupported', async () => {
    expect(await run('linarith', goalOf('(x : ℝ) : x ≤ x'), { args: ['foo_bar x'] })).toMatchObject({ kind: 'error', reason: 'unsupported' });
  });
});

describe('nlinarith', () => {
  it.each([
    ['(a b : ℝ) : 2 * a * b ≤ a ^ 2 + b ^ 2', ['sq_nonneg (a - b)']],
    ['(a b c : ℝ) : a * b + b * c + c * a ≤ a ^ 2 + b ^ 2 + c ^ 2', ['sq_nonneg (a - b)', 'sq_nonneg (b - c)', 'sq_nonneg (c - a)']],
    ['(x y : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 2) (h₂ : 0 ≤ y) (h₃ : y ≤ 3) : x * y ≤ 6', []],
    ['(x : ℝ) (h₀ : x ^ 2 - 6 * x + 9 = 0) : x = 3', ['sq_nonneg (x - 3)']],
    ['(x : ℝ) (h₀ : 1 < x) : x ^ 2 < x ^ 3', ['mul_pos (pow_pos (sub_pos.mpr h₀) 2) (sub_pos.mpr h₀)']],
    ['(a b c d : ℝ) : (a * c + b * d) ^ 2 ≤ (a ^ 2 + b ^ 2) * (c ^ 2 + d ^ 2)', ['sq_nonneg (a * d - b * c)']],
    ['(x : ℝ) : x ^ 2 - 4 * x + 5 > 0', ['sq_nonneg (x - 2)']],
    ['(n : ℕ) (h₀ : 3 ≤ n) : 2 * n + 1 < n ^ 2', ['h₀']],
  ] as const)('proves %s', async (sig, args) => {
    expect(closes(await run('nlinarith', goalOf(sig), { args }))).toBe(true);
  });

  it('does not prove false or unhinted goals', async () => {
    expect(closes(await run('nlinarith', goalOf('(x y : ℝ) : x * y ≤ x ^ 2')))).toBe(false);
    expect(closes(await run('nlinarith', goalOf('(x : ℝ) (h : 0 ≤ x) : x ^ 3 ≥ x')))).toBe(false);
  });

  it('reports a premise mismatch in a hint as failed', async () => {
    const o = await run('nlinarith', goalOf('(x : ℝ) (h : 0 ≤ x) : x ^ 2 ≥ 0'), { args: ['mul_pos h h'] });
    expect(o).toMatchObject({ kind: 'error', reason: 'failed' });
  });
});

// ---- soundness: planted points ----

type Var = { name: string; type: NumTy };
const VARS: Var[] = [
  { name: 'x', type: REAL },
  { name: 'y', type: REAL },
  { name: 'z', type: REAL },
];

/** `Σ cᵢ·vᵢ + c` as a term of type `ty`. */
function linearTerm(cs: readonly number[], c: number, vars: readonly Var[], ty: NumTy): Term {
  let acc: Term | undefined;
  cs.forEach((k, i) => {
    if (k === 0) return;
    const v = mkVar(vars[i]!.name, vars[i]!.type);
    const term = k === 1 ? v : mkArith('*', mkLit(BigInt(Math.abs(k)), ty), v);
    if (acc === undefined) acc = k < 0 ? mkNeg(term) : term;
    else acc = mkArith(k < 0 ? '-' : '+', acc, term);
  });
  const lit = mkLit(BigInt(Math.abs(c)), ty);
  if (acc === undefined) return c < 0 ? mkNeg(lit) : lit;
  return c === 0 ? acc : mkArith(c < 0 ? '-' : '+', acc, lit);
}

const coeffs = (n: number) => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n });
const ops: fc.Arbitrary<RelOp> = fc.constantFrom('<', '≤', '>', '≥', '=');

/** A comparison `linear op 0` made true (or false) at the point by choosing its constant. */
function planted(cs: number[], op: RelOp, point: Map<string, Value>, vars: readonly Var[], ty: NumTy, wantTrue: boolean, slack: number): Term | undefined {
  let at = Rational.ZERO;
  cs.forEach((k, i) => {
    const v = point.get(vars[i]!.name);
    if (v?.kind === 'num') at = at.add(v.value.mul(Rational.fromInt(k)));
  });
  if (!at.isInteger()) return undefined;
  // Choose c so that at + c has the wanted sign for op.
  const base = -Number(at.num);
  const c = base + slack;
  const p = mkRel(op, linearTerm(cs, c, vars, ty), mkLit(0n, ty));
  const t = truthAt(p, point);
  return t === wantTrue ? p : undefined;
}

function contextOf(vars: readonly Var[], hyps: readonly Term[]): ContextEntry[] {
  return [...vars.map((v) => ({ kind: 'variable' as const, name: v.name, type: v.type })), ...hyps.map((prop, i) => ({ kind: 'hypothesis' as const, name: `h${i}`, prop }))];
}

describe('soundness: a goal false at a point satisfying the hypotheses is never closed', () => {
  // A fresh 5 s deadline per call: one deadline shared by a property's many runs ran out on a busy machine.
  const ctx = (): ReturnType<typeof ctxWith> => ctxWith(5_000);
  for (const [label, tyName, nonlinear] of [
    ['linarith over ℝ', 'Real', false],
    ['linarith over ℤ', 'Int', false],
    ['nlinarith over ℝ', 'Real', true],
  ] as const) {
    it(label, async () => {
      const ty = numTy(tyName);
      const vars = VARS.map((v) => ({ name: v.name, type: ty }));
      const pointArb = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 });
      await fc.assert(
        fc.asyncProperty(
          pointArb,
          fc.array(fc.tuple(coeffs(3), ops, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 5 }),
          fc.tuple(coeffs(3), ops, fc.integer({ min: -2, max: 0 })),
          async (pt, hypSpecs, [gc, gop, gslack]) => {
            const point = new Map<string, Value>(vars.map((v, i) => [v.name, numValue(Rational.fromInt(pt[i]!), ty)]));
            const hyps = hypSpecs.flatMap(([cs, op, slack]) => {
              const p = planted(cs, op, point, vars, ty, true, slack);
              return p === undefined ? [] : [p];
            });
            const goal = planted(gc, gop, point, vars, ty, false, gslack);
            if (goal === undefined) return;
            const g = { context: contextOf(vars, hyps), target: goal };
            const o = await arithmeticHandlers[nonlinear ? 'nlinarith' : 'linarith']!(g, { name: 'linarith', text: '', args: [] }, ctx());
            expect(closes(o), `${hyps.map(printTerm).join(', ')} ⊢ ${printTerm(goal)}`).toBe(false);
          },
        ),
        { numRuns: nonlinear ? 60 : 150 },
      );
    });
  }

  it('closes goals that are positive combinations of the hypotheses (completeness)', async () => {
    const vars = VARS;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(coeffs(3), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), async (specs, weights) => {
        // Hypotheses pᵢ ≥ 0; goal Σ wᵢ·pᵢ ≥ 0 (expanded by summing the coefficient vectors).
        const hyps = specs.map(([cs, c]) => mkRel('≥', linearTerm(cs, c, vars, REAL), mkLit(0n, REAL)));
        const total = [0, 0, 0];
        let constant = 0;
        specs.forEach(([cs, c], i) => {
          cs.forEach((k, j) => (total[j]! += k * weights[i]!));
          constant += c * weights[i]!;
        });
        const goal = mkRel('≥', linearTerm(total, constant, vars, REAL), mkLit(0n, REAL));
        const g = { context: contextOf(vars, hyps), target: goal };
        const o = await arithmeticHandlers.linarith!(g, { name: 'linarith', text: '', args: [] }, ctx());
        expect(closes(o), `${hyps.map(printTerm).join(', ')} ⊢ ${printTerm(goal)}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});


