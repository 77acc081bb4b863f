/**
 * Attacks on the logical tactics: random goals (propositional structure over arithmetic atoms,
 * at ℕ, ℤ and ℝ, hypotheses that may be false or contradictory) and random scripts of logical
 * tactics (intro, cases, by_contra, push_neg, rw, subst, exact with projections and lemma
 * applications, …). Whenever the backend accepts a script, the statement must hold at every
 * point of a grid, checked by the independent exact evaluator: a closed goal with a
 * counterexample would be an unsound tactic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { evaluateProp, numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { parseStatement } from '../../../src/symbolic/syntax/index.ts';
import { NAT, INT, REAL, type NumTy, type Term } from '../../../src/symbolic/syntax/index.ts';
import { SymbolicBackend } from '../../../src/symbolic/backend.ts';
import { problem } from './helpers.ts';

type TypeName = 'ℕ' | 'ℤ' | 'ℝ';

const ATOMS: readonly string[] = [
  'x < y',
  'x ≤ 2',
  'x = y',
  'y = 1',
  'x + y = 3',
  'x ≠ 0',
  '0 < x',
  'x ≥ y',
  'x > 1',
  'x - y = 1',
  'x = y + 1',
  'y ≤ x',
  'True',
  'False',
];

const propArb: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(...ATOMS),
    fc.tuple(tie('p'), fc.constantFrom('∧', '∨', '→', '↔'), tie('p')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('p').map((a) => `¬${a}`),
  ),
})).p;

const HYP_NAMES = ['h₀', 'h₁', 'h', 'a', 'b', 'hb', 'hc'];
const nameArb = fc.constantFrom(...HYP_NAMES);

const tacticArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'intro h',
    'intro a b',
    'constructor',
    'left',
    'right',
    'exfalso',
    'by_contra hc',
    'by_contra! hc',
    'push_neg',
    'push_neg at *',
    'assumption',
    'contradiction',
    'trivial',
    'rfl',
    'subst h₀',
    'subst x',
    'all_goals try assumption',
    'exact absurd h₀ h₁',
    'exact ⟨h₀, h₁⟩',
    'exact Or.inl h₀',
    'exact Or.inr h₁',
    'exact (h₀ h₁).1',
    'exact h₀.mp h₁',
    'exact h₀.symm',
    'exact h₀.le',
    "exact h₀.ne'",
    'exact le_of_lt h₀',
    'exact h₀.2',
    'apply h₀',
    'exact False.elim h₀',
    'exact h₀ h₁',
    'cases h₀',
    'cases h₁',
    'subst_vars',
    'symm',
    'contrapose! h₀',
    'contrapose h₁',
    'absurd h₀',
    'exact absurd rfl h₀',
    'rename_i a',
    'cases x',
    'induction x',
    'induction y with\n  | zero => skip\n  | succ k ih => skip',
  ),
  nameArb.map((n) => `exact ${n}`),
  nameArb.map((n) => `push_neg at ${n}`),
  nameArb.map((n) => `rcases ${n} with ${n} | ${n}`),
  nameArb.map((n) => `rcases ${n} with ⟨a, b⟩`),
  nameArb.map((n) => `obtain ⟨a, b⟩ := ${n}`),
  nameArb.map((n) => `cases' ${n} with a b`),
  fc.tuple(nameArb, nameArb).map(([n, m]) => `rw [${n}] at ${m}`),
  nameArb.map((n) => `rw [${n}]`),
  nameArb.map((n) => `rw [← ${n}]`),
  fc.constantFrom(...ATOMS).map((p) => `by_cases hb : ${p}`),
  fc.constantFrom(...ATOMS).map((p) => `have hc : ${p} := by assumption`),
);

/** Closes what pure logic can close from here. */
const CLOSE = 'all_goals first | assumption | contradiction | trivial | exact h₀ | exact h₁ | exact ⟨h₀, h₁⟩ | exact Or.inl h₀ | exact h₁ h₀ | exact absurd h₀ h₁ | rfl';

/** A small syntactic change that usually changes the meaning (`<` to `≤`, `x` to `y`, …). */
function mutate(p: string, k: number): string {
  const swaps: [string, string][] = [
    ['<', '≤'],
    ['x', 'y'],
    ['=', '≠'],
    ['1', '2'],
    ['∧', '∨'],
  ];
  for (let i = 0; i < swaps.length; i++) {
    const [a, b] = swaps[(k + i) % swaps.length]!;
    if (p.includes(a)) return p.replace(a, b);
  }
  return `¬${p}`;
}

/** Grid of assignments for x, y. */
function grid(t: TypeName): Rational[] {
  const ints = t === 'ℕ' ? [0, 1, 2, 3, 4] : [-3, -2, -1, 0, 1, 2, 3];
  const out = ints.map((i) => Rational.of(i));
  if (t === 'ℝ') out.push(Rational.of(1, 2), Rational.of(-5, 2));
  return out;
}

function tyOf(t: TypeName): NumTy {
  return t === 'ℕ' ? NAT : t === 'ℤ' ? INT : REAL;
}

/** A point of the grid where every hypothesis holds and the goal is false, if any. */
function counterexample(hyps: readonly Term[], goal: Term, t: TypeName): string | undefined {
  const pts = grid(t);
  for (const x of pts) {
    for (const y of pts) {
      const env = new Map<string, Value>([
        ['x', numValue(x, tyOf(t))],
        ['y', numValue(y, tyOf(t))],
      ]);
      if (!hyps.every((h) => evaluateProp(h, env).kind === 'true')) continue;
      if (evaluateProp(goal, env).kind === 'false') return `x = ${x}, y = ${y}`;
    }
  }
  return undefined;
}

describe('logical tactics never close a false goal', () => {
  const backend = new SymbolicBackend({ allowSmt: false });
  let accepted = 0;

  it('random goals and random logical scripts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<TypeName>('ℕ', 'ℤ', 'ℝ'),
        propArb,
        propArb,
        propArb,
        fc.nat(),
        fc.array(tacticArb, { minLength: 1, maxLength: 6 }),
        async (t, p, q, r, pick, tactics) => {
          // Goals related to the hypotheses (so scripts often close them), some valid, some not.
          const h1Choices = [q, `¬${p}`, `(${p} → ${q})`, `(${p} ↔ ${q})`, mutate(p, pick)];
          const h1 = h1Choices[pick % h1Choices.length]!;
          const targets = [p, q, `(${p} ∧ ${q})`, `(${p} ∨ ${r})`, `¬¬${p}`, mutate(p, pick >> 3), `(${q} → ${p})`, r, 'False', `¬(${p} ∧ ¬${q})`];
          const target = targets[(pick >> 6) % targets.length]!;
          const pr = problem(`theorem t (x y : ${t}) (h₀ : ${p}) (h₁ : ${h1}) : ${target}`);
          const st = parseStatement(pr);
          if (st.kind === 'error') throw new Error(`generator produced an unparsable statement: ${st.message}`);
          const script = [...tactics.map((tac) => `try (${tac})`), CLOSE].join('\n');
          const v = await backend.verify(pr, script);
          if (v.kind !== 'accepted') {
            // Rejections are fine, but never because of a bug.
            expect(v.message).not.toMatch(/internal error/);
            return;
          }
          accepted++;
          const cex = counterexample(st.statement.hypotheses.map((h) => h.prop), st.statement.goal, t);
          expect(cex, `accepted a false statement at ${cex}:\n${pr.signature}\nscript:\n${script}`).toBeUndefined();
        },
      ),
      { numRuns: Number(process.env.SOUNDNESS_RUNS ?? 600) },
    );
    // The property must not be vacuous: a fair share of scripts succeed.
    expect(accepted).toBeGreaterThan(60);
  }, 60_000);

  it('goals built to be closable by the scripts: only the true ones are closed', async () => {
    // Exactly one of each pair is valid; the same script must close it and reject the other.
    const cases: [string, string, string][] = [
      ['(h₀ : x < y) (h₁ : y < 3) : x < y ∧ y < 3', '(h₀ : x < y) (h₁ : y < 3) : y < x ∧ y < 3', 'exact ⟨h₀, h₁⟩'],
      ['(h₀ : x = y) (h₁ : y = 1) : x = 1', '(h₀ : x = y) (h₁ : y = 1) : x = 2', 'rw [h₀]\nexact h₁'],
      ['(h₀ : ¬ (x < y ∨ y = 1)) : y ≤ x', '(h₀ : ¬ (x < y ∨ y = 1)) : y < x', 'push_neg at h₀\nexact h₀.1'],
      ['(h₀ : x = 3) (h₁ : x ≠ 3) : y = 0', '(h₀ : x = 3) (h₁ : x ≠ 4) : y = 0', 'contradiction'],
      ['(h₀ : x - y = 1) : x - y = 1', '(h₀ : x - y = 1) : y - x = 1', 'assumption'],
    ];
    for (const t of ['ℕ', 'ℤ', 'ℝ'] as const) {
      for (const [good, bad, script] of cases) {
        const vg = await backend.verify(problem(`theorem t (x y : ${t}) ${good}`), script);
        const vb = await backend.verify(problem(`theorem t (x y : ${t}) ${bad}`), script);
        expect(vg.kind, `${good} with ${script}`).toBe('accepted');
        expect(vb.kind, `${bad} with ${script}`).toBe('rejected');
      }
    }
  });
});
