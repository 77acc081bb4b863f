/**
 * The cross-cutting soundness suite: random goals (true and false comparisons of ℕ/ℤ/ℝ terms
 * with Lean's traps — truncated subtraction, floor/Euclidean division, division by terms that
 * may vanish — under random hypotheses) are given to every arithmetic tactic. Judge: the exact
 * evaluator at random points. A closed goal must hold at every point satisfying the
 * hypotheses; a goal rewritten into new goals must be implied by them at every such point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { INT, NAT, REAL, finsetTy, mkArith, mkBigOp, mkCall, mkLit, mkRel, mkVar, printTerm, type ContextEntry, type Term } from '../../../src/symbolic/syntax/index.ts';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import type { Goal, TacticOutcome } from '../../../src/symbolic/engine/types.ts';
import { comparison, envArb, intTerm, natTerm, realTerm, truthAt, INT_VARS, NAT_VARS, REAL_VARS } from './arbitraries.ts';
import { ctxWith } from './helpers.ts';

const CLOSERS = ['linarith', 'nlinarith', 'positivity', 'omega', 'decide', 'norm_num', 'simp', 'ring', 'ring_nf', 'field_simp'] as const;

const VARIABLES: ContextEntry[] = [
  ...REAL_VARS.map((name) => ({ kind: 'variable' as const, name, type: REAL })),
  ...INT_VARS.map((name) => ({ kind: 'variable' as const, name, type: INT })),
  ...NAT_VARS.map((name) => ({ kind: 'variable' as const, name, type: NAT })),
];

const anyComparison = fc.oneof(comparison(realTerm(3)), comparison(intTerm(3)), comparison(natTerm(3)));

function goalWith(hyps: readonly Term[], target: Term): Goal {
  return { context: [...VARIABLES, ...hyps.map((prop, i) => ({ kind: 'hypothesis' as const, name: `h${i}`, prop }))], target };
}

const holdsAll = (props: readonly Term[], env: ReadonlyMap<string, Value>): boolean => props.every((p) => truthAt(p, env) === true);

function hypsOf(g: Goal): Term[] {
  return g.context.flatMap((e) => (e.kind === 'hypothesis' ? [e.prop] : []));
}

/** Checks the soundness contract of one outcome at the given points. */
function judge(tactic: string, goal: Goal, o: TacticOutcome, envs: readonly Map<string, Value>[]): void {
  if (o.kind !== 'goals') return;
  const hyps = hypsOf(goal);
  const text = `${tactic}: ${hyps.map(printTerm).join(', ')} ⊢ ${printTerm(goal.target)}`;
  for (const env of envs) {
    if (!holdsAll(hyps, env)) continue;
    if (truthAt(goal.target, env) !== false) continue;
    // The goal is false here: every proof obligation returned must fail here too.
    const allNewHold = o.goals.every((g) => holdsAll(hypsOf(g), env) && truthAt(g.target, env) === true);
    expect(allNewHold, `${text} — ${o.goals.length === 0 ? 'closed' : `rewritten to ${o.goals.map((g) => printTerm(g.target)).join('; ')}`} but false at ${[...env].map(([k, v]) => `${k}=${v.kind === 'num' ? v.value : '?'}`).join(' ')}`).toBe(false);
  }
}

describe('no tactic closes (or soundly rewrites into) a statement that is false somewhere', () => {
  it('random comparisons, no hypotheses', async () => {
    await fc.assert(
      fc.asyncProperty(anyComparison, fc.array(envArb, { minLength: 6, maxLength: 6 }), async (target, envs) => {
        const goal = goalWith([], target);
        for (const tactic of CLOSERS) {
          const o = await arithmeticHandlers[tactic]!(goal, { name: tactic, text: tactic, args: [] }, ctxWith(800));
          judge(tactic, goal, o, envs);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('random comparisons under random hypotheses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyComparison, { minLength: 1, maxLength: 3 }), anyComparison, fc.array(envArb, { minLength: 8, maxLength: 8 }), async (hyps, target, envs) => {
        const goal = goalWith(hyps, target);
        for (const tactic of CLOSERS) {
          const o = await arithmeticHandlers[tactic]!(goal, { name: tactic, text: tactic, args: [] }, ctxWith(800));
          judge(tactic, goal, o, envs);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('big operators whose index shadows a free variable that hypotheses talk about', async () => {
    // Bodies often reduce modulo 2, where a leaked residue of the free n would show.
    const body = fc.oneof(natTerm(2), natTerm(2).map((t) => mkArith('%', t, mkLit(2n, NAT))));
    const sumArb = fc.tuple(fc.constantFrom('∑', '∏') as fc.Arbitrary<'∑' | '∏'>, fc.bigInt({ min: 0n, max: 4n }), body).map(([op, k, body]) =>
      mkBigOp(op, { name: 'n', type: NAT }, mkCall('Finset.range', [mkLit(k, NAT)], finsetTy(NAT)), body),
    );
    const side = fc.oneof(sumArb, natTerm(2));
    const shadowHyps = fc.subarray([mkRel('=', mkArith('%', mkVar('n', NAT), mkLit(2n, NAT)), mkLit(1n, NAT)), mkRel('<', mkLit(3n, NAT), mkVar('n', NAT)), mkRel('=', mkVar('n', NAT), mkLit(5n, NAT))]);
    await fc.assert(
      fc.asyncProperty(shadowHyps, comparison(side), fc.array(envArb, { minLength: 6, maxLength: 6 }), async (hyps, target, envs) => {
        const goal = goalWith(hyps, target);
        const args = hyps.map((prop, i) => ({ kind: 'hyp' as const, name: `h${i}`, prop }));
        for (const tactic of CLOSERS) {
          for (const withArgs of [false, true]) {
            if (withArgs && tactic !== 'simp' && tactic !== 'norm_num') continue;
            const o = await arithmeticHandlers[tactic]!(goal, { name: tactic, text: tactic, args: withArgs ? args : [] }, ctxWith(800));
            judge(tactic, goal, o, [...envs, ...envs.map((e) => new Map(e).set('n', numValue(Rational.fromInt(5), NAT)))]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('goals built to hold at a point, then perturbed to fail there', async () => {
    // t = t holds; t < t + c and t ≤ t - c (c > 0) are false everywhere or somewhere.
    await fc.assert(
      fc.asyncProperty(fc.oneof(realTerm(3), intTerm(3), natTerm(3)), fc.constantFrom('<', '>', '≠') as fc.Arbitrary<'<' | '>' | '≠'>, fc.array(envArb, { minLength: 4, maxLength: 4 }), async (t, op, envs) => {
        const goal = goalWith([], mkRel(op, t, t));
        for (const tactic of CLOSERS) {
          const o = await arithmeticHandlers[tactic]!(goal, { name: tactic, text: tactic, args: [] }, ctxWith(800));
          expect(o.kind === 'goals' && o.goals.length === 0, `${tactic} closed ${printTerm(goal.target)}`).toBe(false);
          judge(tactic, goal, o, envs);
        }
      }),
      { numRuns: 60 },
    );
  });
});
