import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INT, mkArith, mkLit, mkNeg, mkRel, mkVar, parseStatement, type Term } from '../../../src/symbolic/syntax/index.ts';
import type { Goal } from '../../../src/symbolic/engine/types.ts';
import { evaluateProp, num, showValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { findCounterexample, prepare } from '../../../src/symbolic/counterexample/index.ts';
import { shutdownSmt } from '../../../src/symbolic/smt/index.ts';

afterAll(async () => {
  await shutdownSmt();
});

function goalOf(signature: string): Goal {
  const st = parseStatement({
    name: 't',
    kind: 'theorem',
    header: 'open Real',
    text: signature,
    signature,
    position: { file: 'test', line: 1, column: 0 },
    tags: {},
  });
  if (st.kind !== 'ok') throw new Error(`cannot parse ${signature}: ${st.message}`);
  return { context: st.statement.binders, target: st.statement.goal };
}

/**
 * An independent re-check: hypotheses true and target false, evaluated here, not through
 * `refutes`. A hypothesis satisfied by construction (`∀ x, f x = t`) is checked at x = 0..20.
 */
function reallyRefutes(goal: Goal, env: ReadonlyMap<string, Value>, byConstruction: readonly number[]): boolean {
  for (const [i, e] of goal.context.entries()) {
    if (e.kind !== 'hypothesis') continue;
    if (byConstruction.includes(i)) {
      const q = e.prop;
      if (q.kind !== 'quant' || q.binder.type.kind !== 'num') return false;
      for (let i = 0; i <= 20; i++) {
        const inner = new Map(env).set(q.binder.name, num(i, q.binder.type));
        if (evaluateProp(q.body, inner).kind !== 'true') return false;
      }
    } else if (evaluateProp(e.prop, env).kind !== 'true') return false;
  }
  return evaluateProp(goal.target, env).kind === 'false';
}

const show = (env: ReadonlyMap<string, Value>): string => [...env].map(([k, v]) => `${k} = ${showValue(v)}`).join(', ');

describe('false statements get verified counterexamples', () => {
  it.each([
    ['theorem t (a b : ℕ) : a - b + b = a', 'sampling'],
    ['theorem t (x : ℝ) : x / x = 1', 'sampling'],
    ['theorem t (x : ℝ) (h : x > 0) : x ^ 2 > x', 'sampling'],
    ['theorem t (f : ℕ → ℕ) (h : ∀ x, f x = 2 * x + 3) : f 2 = 8', 'sampling'],
    ['theorem t (n : ℕ) (h : n % 3 = 1) : n % 6 = 1', 'sampling'],
    ['theorem t : ∀ n : ℕ, n ^ 2 ≥ n + 1', 'sampling'],
    ['theorem t (x : ℕ) (h : x < 3) : ∃ y : ℕ, y < x ∧ y > 5', 'sampling'],
    ['theorem t (a : ℤ) (h : a ≠ 0) : a / a * a = a ∧ a % 2 = 0', 'sampling'],
    ['theorem t (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 2) : x = 5', 'smt'],
    ['theorem t (n : ℕ) (h₀ : n * 7 = 600006 + n) : n = 160', 'smt'],
  ])('%s', async (s, source) => {
    const goal = goalOf(s);
    const r = await findCounterexample(goal, { deadline: Date.now() + 3000 });
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.source).toBe(source);
    expect(reallyRefutes(r.goal, r.assignment, r.byConstruction), show(r.assignment)).toBe(true);
    // The assignment covers the original variables too, and refutes the original goal.
    for (const e of goal.context) if (e.kind === 'variable') expect(r.assignment.has(e.name)).toBe(true);
  });
});

describe('true statements never get one', () => {
  it.each([
    'theorem t (a b : ℕ) (h : b ≤ a) : a - b + b = a',
    'theorem t (x : ℝ) (h : x ≠ 0) : x / x = 1',
    'theorem t (n : ℕ) : n % 2 = 0 ∨ n % 2 = 1',
    'theorem t (x : ℝ) : Real.sqrt (x ^ 2) = |x|',
    'theorem t (a : ℤ) : a / 0 = 0',
    'theorem t (f : ℕ → ℕ) (h : ∀ x, f x = 2 * x + 3) : f 2 = 7',
    'theorem t : ∀ n : ℕ, n ^ 2 + 1 > n',
    'theorem t (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 2) : x = 6',
    // Two hypotheses share a name: only the definition holds by construction, the other is checked.
    'theorem t (f : ℕ → ℕ) (h₀ : ∀ x, f x = x + 1) (h₀ : f 0 = 0) : False',
  ])('%s', async (s) => {
    const r = await findCounterexample(goalOf(s), { deadline: Date.now() + 1500 });
    expect(r.kind).toBe('none');
  });

  it('finds an integer root of a quadratic exactly when a small one exists', async () => {
    const coef = fc.bigInt({ min: -6n, max: 6n });
    await fc.assert(
      fc.asyncProperty(coef, coef, coef, async (a, b, c) => {
        // ⊢ a x² + b x + c ≠ 0 over ℤ: refuted exactly by the integer roots.
        const x = mkVar('x', INT);
        const k = (n: bigint): Term => (n < 0n ? mkNeg(mkLit(-n, INT)) : mkLit(n, INT));
        const p = mkArith('+', mkArith('+', mkArith('*', k(a), mkArith('*', x, x)), mkArith('*', k(b), x)), k(c));
        const goal: Goal = { context: [{ kind: 'variable', name: 'x', type: INT }], target: mkRel('≠', p, k(0n)) };
        const r = await findCounterexample(goal, { deadline: Date.now() + 1000, useSmt: false });
        const root = (v: bigint): boolean => a * v * v + b * v + c === 0n;
        if (r.kind === 'found') {
          const v = r.assignment.get('x');
          expect(v?.kind === 'num' && root(v.value.num)).toBe(true);
        } else {
          for (let v = -7n; v <= 7n; v++) expect(root(v)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('prepare', () => {
  it('introduces ∀ binders (renaming clashes) and premises', () => {
    const p = prepare(goalOf('theorem t (x : ℕ) : ∀ x : ℕ, x > 0 → ¬ x = 1'));
    expect(p.kind).toBe('ok');
    if (p.kind !== 'ok') return;
    const names = p.goal.context.map((e) => e.name);
    expect(names.filter((n) => n === 'x')).toHaveLength(1);
    expect(p.goal.context.filter((e) => e.kind === 'hypothesis')).toHaveLength(2);
    expect(p.goal.target.kind).toBe('propConst');
  });
});
