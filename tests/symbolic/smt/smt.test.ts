import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INT,
  NAT,
  REAL,
  mkArith,
  mkLit,
  mkLogic,
  mkNeg,
  mkRel,
  mkVar,
  parseStatement,
  type ArithOp,
  type ContextEntry,
  type NumTy,
  type Term,
} from '../../../src/symbolic/syntax/index.ts';
import type { Goal } from '../../../src/symbolic/engine/types.ts';
import { evaluate, evaluateProp, num, showValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { shutdownSmt, smtProve, type SmtResult } from '../../../src/symbolic/smt/index.ts';

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

const soon = (ms = 3000): { deadline: number } => ({ deadline: Date.now() + ms });

async function prove(signature: string, ms = 3000): Promise<SmtResult> {
  return smtProve(goalOf(signature), soon(ms));
}

describe('smtProve on Lean conventions', () => {
  it.each([
    'theorem t (a b : ℕ) (h : b ≤ a) : a - b + b = a',
    'theorem t (x y : ℝ) : x ^ 2 + y ^ 2 ≥ 2 * x * y',
    'theorem t (x : ℝ) (h : 0 < x) : x / x = 1',
    'theorem t (x : ℝ) : x / 0 = 0',
    'theorem t (x : ℝ) : (0 : ℝ)⁻¹ = 0',
    'theorem t (a : ℤ) : a / 0 = 0 ∧ a % 0 = a',
    'theorem t (a : ℕ) : a / 0 = 0 ∧ a % 0 = a',
    'theorem t : (7 : ℤ) / -2 = -3 ∧ (-7 : ℤ) % 3 = 2',
    'theorem t (n : ℤ) : n % 2 = 0 ∨ n % 2 = 1',
    'theorem t (n : ℕ) (h : n % 4 = 3) : n % 2 = 1',
    'theorem t (x : ℝ) (h : 0 ≤ x) : Real.sqrt (x ^ 2) = x',
    'theorem t (x : ℝ) (h : x < 0) : Real.sqrt x = 0',
    'theorem t (f : ℕ → ℕ) (h : ∀ n, f (n + 1) > f n) : f 2 > f 0',
    'theorem t : Real.pi > 3.14 ∧ Real.pi < 3.15',
    'theorem t (x : ℝ) : Real.exp x > 0',
    'theorem t (n : ℕ) (h : Even n) : n % 2 = 0',
    'theorem t (a b : ℤ) (h : a ∣ b) (hb : b ∣ a) (ha : 0 < a) (hb' + "'" + ' : 0 < b) : a = b',
    'theorem t (x : ℝ) (h : 2 ≤ x) : Int.floor x ≥ 2',
    'theorem t (n : ℕ) (h₀ : n ≠ 0) : (2 : ℝ) ^ (n : ℕ) ≥ 0',
    'theorem t (x : ℕ) (h : x ∈ Finset.range 5) : x < 5',
    'theorem t (a : ℕ) (h : a ≡ 3 [MOD 5]) : a % 5 = 3',
    'theorem t (x : ℚ) (h : 2 * x = 1) : x = 1 / 2',
  ])('proves %s', async (s) => {
    const r = await prove(s);
    expect(r.kind, JSON.stringify(r)).toBe('unsat');
  });

  it.each([
    ['theorem t (a b : ℕ) : a - b + b = a', 'b'],
    ['theorem t (x : ℝ) : x / x = 1', 'x'],
    ['theorem t (n : ℕ) : n - 1 + 1 = n', 'n'],
    ['theorem t (a b : ℤ) : a / b * b = a', 'a'],
    ['theorem t (x : ℝ) : Real.sqrt (x ^ 2) = x', 'x'],
  ])('does not prove the trap %s, and its model is a real counterexample', async (s) => {
    const r = await prove(s);
    expect(r.kind).toBe('sat');
    if (r.kind !== 'sat') return;
    const goal = goalOf(s);
    // Every model value is exact, and the target is false there (hypotheses hold: there are none).
    expect(evaluateProp(goal.target, r.model).kind).toBe('false');
  });

  it('reads ℚ quantifiers over ℝ only where that is sound', async () => {
    expect((await prove('theorem t : ∃ x : ℚ, x ^ 2 = 2')).kind).toBe('unsupported');
    expect((await prove('theorem t (h : ∀ y : ℚ, y ^ 2 ≠ 2) : False')).kind).not.toBe('unsat');
    // A ∀ in the target is an ∃ in the negated assertion: reading it over ℝ is sound.
    expect((await prove('theorem t : ∀ x : ℚ, x ^ 2 ≥ 0')).kind).toBe('unsat');
    expect((await prove('theorem t : ¬ ∀ x : ℚ, x > 0')).kind).toBe('unsupported');
  });

  it('drops untranslatable hypotheses and reports untranslatable targets', async () => {
    const r = await prove('theorem t (s : Finset ℕ) (x : ℕ) (h : s.card = 3) (hx : x = 2) : x + 1 = 3');
    expect(r.kind).toBe('unsat');
    const u = await prove('theorem t (s : Finset ℕ) : s.card ≥ 0');
    expect(u.kind).toBe('unsupported');
  });

  it('answers within the deadline on a hard problem', async () => {
    const start = Date.now();
    const r = await prove('theorem t (x y z : ℤ) (h : x ^ 3 + y ^ 3 + z ^ 3 = 33) : False', 300);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(r.kind).not.toBe('unsat');
  });
});

// ---- faithfulness: z3 agrees with exact evaluation on ground instances ----

type Leaf = 'a' | 'b' | bigint;
type GreaterOp = '≥' | '>';
const greaterOps: fc.Arbitrary<GreaterOp> = fc.constantFrom('≥' as const, '>' as const);

function arbTerm(type: NumTy): fc.Arbitrary<Term> {
  const leaf: fc.Arbitrary<Term> = fc
    .oneof(fc.constantFrom<Leaf>('a', 'b'), fc.bigInt({ min: 0n, max: 5n }))
    .map((l) => (typeof l === 'string' ? mkVar(l, type) : mkLit(l, type)));
  const ops: ArithOp[] = type.name === 'Real' ? ['+', '-', '*', '/'] : ['+', '-', '*', '/', '%'];
  const { tree } = fc.letrec<{ tree: Term }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom(...ops), tie('tree'), tie('tree')).map(([op, l, r]) => mkArith(op, l, r)),
      ...(type.name !== 'Nat' ? [tie('tree').map((t) => mkNeg(t))] : []),
    ),
  }));
  return tree.filter((t) => depth(t) <= 4);
}

function depth(t: Term): number {
  if (t.kind === 'arith') return 1 + Math.max(depth(t.left), depth(t.right));
  if (t.kind === 'neg') return 1 + depth(t.arg);
  return 0;
}

function lit(v: bigint, type: NumTy): Term {
  return v < 0n ? mkNeg(mkLit(-v, type)) : mkLit(v, type);
}

describe('faithfulness: truncated subtraction, division and remainder on ℕ/ℤ, division by zero on ℝ', () => {
  for (const type of [NAT, INT, REAL]) {
    it(`z3 agrees with exact evaluation at ${type.name}`, async () => {
      const vals = type.name === 'Nat' ? fc.bigInt({ min: 0n, max: 7n }) : fc.bigInt({ min: -7n, max: 7n });
      await fc.assert(
        fc.asyncProperty(arbTerm(type), vals, vals, async (e, a, b) => {
          const env = new Map<string, Value>([
            ['a', num(a, type)],
            ['b', num(b, type)],
          ]);
          const v = evaluate(e, env);
          if (v.kind !== 'ok' || v.value.kind !== 'num') throw new Error(`no value for a ground term`);
          const value = v.value.value;
          const context: ContextEntry[] = [
            { kind: 'variable', name: 'a', type },
            { kind: 'variable', name: 'b', type },
            { kind: 'hypothesis', name: 'ha', prop: mkRel('=', mkVar('a', type), lit(a, type)) },
            { kind: 'hypothesis', name: 'hb', prop: mkRel('=', mkVar('b', type), lit(b, type)) },
          ];
          const exact = (n: bigint, d: bigint): Term => (d === 1n ? lit(n, type) : mkArith('/', lit(n, type), mkLit(d, type)));
          const right = await smtProve({ context, target: mkRel('=', e, exact(value.num, value.den)) }, soon(2000));
          expect(right.kind, `${showValue(v.value)}`).toBe('unsat');
          const wrong = await smtProve({ context, target: mkRel('=', e, exact(value.num + value.den, value.den)) }, soon(2000));
          expect(wrong.kind).toBe('sat');
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('soundness: nothing false is proved', () => {
  it('random polynomial inequalities proved by z3 hold at random points', async () => {
    const coef = fc.integer({ min: -3, max: 3 });
    await fc.assert(
      fc.asyncProperty(fc.array(coef, { minLength: 6, maxLength: 6 }), greaterOps, async (cs, op) => {
        // c0 x² + c1 y² + c2 xy + c3 x + c4 y + c5 (op) 0, with hypothesis x ≥ 0.
        const x = mkVar('x', REAL);
        const y = mkVar('y', REAL);
        const monos: Term[] = [mkArith('*', x, x), mkArith('*', y, y), mkArith('*', x, y), x, y, mkLit(1n, REAL)];
        let poly: Term = mkLit(0n, REAL);
        cs.forEach((c, i) => {
          const k = c < 0 ? mkNeg(mkLit(BigInt(-c), REAL)) : mkLit(BigInt(c), REAL);
          poly = mkArith('+', poly, mkArith('*', k, monos[i]!));
        });
        const hyp = mkRel('≥', x, mkLit(0n, REAL));
        const target = mkRel(op, poly, mkLit(0n, REAL));
        const context: ContextEntry[] = [
          { kind: 'variable', name: 'x', type: REAL },
          { kind: 'variable', name: 'y', type: REAL },
          { kind: 'hypothesis', name: 'h', prop: hyp },
        ];
        const r = await smtProve({ context, target }, soon(1500));
        if (r.kind !== 'unsat') return;
        for (let i = -4; i <= 4; i++)
          for (let j = -4; j <= 4; j++) {
            const env = new Map<string, Value>([
              ['x', num(`${i * i}/3`, REAL)],
              ['y', num(`${j}/2`, REAL)],
            ]);
            expect(evaluateProp(mkLogic('→', hyp, target), env).kind).toBe('true');
          }
      }),
      { numRuns: 30 },
    );
  });
});
