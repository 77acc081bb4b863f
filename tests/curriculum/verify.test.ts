/**
 * The exact truth check rejects what is false: property tests over random draws of every
 * family check that a drawn candidate is accepted only with its true statement, and that
 * corrupted variants (a changed number in the goal, a wrong witness, a broken argument) are
 * rejected; plus hand-written cases for Lean's conventions and for vacuous hypotheses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, Difficulty, Family, TruthArgument } from '../../src/curriculum/candidate.ts';
import { FAMILIES } from '../../src/curriculum/families/index.ts';
import { Prng } from '../../src/curriculum/prng.ts';
import { checkArgumentOf, verifyCandidate } from '../../src/curriculum/verify.ts';

const family = (name: string): Family => FAMILIES.find((f) => f.name === name)!;
const difficulty = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Difficulty>;
const seed = fc.integer({ min: 0, max: 0xffffffff });
const delta = fc.integer({ min: -9, max: 9 }).filter((d) => d !== 0);

/** The goal with its last integer literal changed by `d`. */
function bumpLastNumber(goal: string, d: number): string {
  const matches = [...goal.matchAll(/\d+/gu)];
  const last = matches[matches.length - 1]!;
  const start = last.index;
  const signed = start > 0 && goal[start - 1] === '-' && (start < 2 || goal[start - 2] === ' ' || goal[start - 2] === '(') ? -Number(last[0]) : Number(last[0]);
  const from = signed < 0 ? start - 1 : start;
  const replacement = String(signed + d);
  return goal.slice(0, from) + replacement + goal.slice(start + last[0].length);
}

function draw(name: string, s: number, d: Difficulty): Candidate {
  return family(name).draw(new Prng(s), d);
}

describe('verifyCandidate', () => {
  it('accepts the great majority of raw draws of every family', () => {
    for (const f of FAMILIES) {
      let accepted = 0;
      for (let s = 0; s < 40; s++) if (verifyCandidate(f.draw(new Prng(s), ((s % 5) + 1) as Difficulty)).kind === 'true') accepted += 1;
      expect(accepted, f.name).toBeGreaterThanOrEqual(30);
    }
  });

  // Families whose goal ends in a number that the statement's truth pins down exactly.
  const pinned = ['polynomial_identities', 'linear_systems', 'quadratics', 'arithmetic', 'gcd_lcm', 'finite_sums', 'abs_floor'];
  it.each(pinned)('%s: changing the last number of the goal makes it false, and it is rejected', (name) => {
    fc.assert(
      fc.property(seed, difficulty, delta, (s, d, dl) => {
        const c = draw(name, s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        const corrupted = { ...c, goal: bumpLastNumber(c.goal, dl) };
        expect(corrupted.goal).not.toBe(c.goal);
        expect(verifyCandidate(corrupted).kind).toBe('rejected');
      }),
      { numRuns: 60 },
    );
  });

  it('polynomial identities: the identity argument alone rejects a changed coefficient (no witness help)', () => {
    fc.assert(
      fc.property(seed, difficulty, delta, (s, d, dl) => {
        const c = draw('polynomial_identities', s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        expect(checkArgumentOf({ ...c, goal: bumpLastNumber(c.goal, dl) })).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('linear systems and quadratics: the argument alone rejects a wrong solution', () => {
    fc.assert(
      fc.property(fc.constantFrom('linear_systems', 'quadratics'), seed, difficulty, delta, (name, s, d, dl) => {
        const c = draw(name, s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        expect(checkArgumentOf({ ...c, goal: bumpLastNumber(c.goal, dl) })).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('existentials: a wrong witness is rejected', () => {
    fc.assert(
      fc.property(seed, difficulty, delta, (s, d, dl) => {
        const c = draw('existentials', s, d);
        const argument = c.argument as Extract<TruthArgument, { kind: 'witness' }>;
        const values = [String(Number(argument.values[0]) + dl), ...argument.values.slice(1)];
        expect(checkArgumentOf({ ...c, argument: { kind: 'witness', values } })).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('inequalities: a constant or multiplier that does not add up is rejected', () => {
    fc.assert(
      fc.property(seed, fc.constantFrom<Difficulty>(2, 3, 4, 5), fc.integer({ min: 1, max: 5 }), (s, d, extra) => {
        const c = draw('inequalities', s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        const a = c.argument;
        if (a.kind === 'combination') {
          // Claiming a larger slack than there is: the gap no longer matches.
          expect(checkArgumentOf({ ...c, argument: { ...a, constant: String(Number(a.constant) + extra) } })).toBeDefined();
          // A negative multiplier would flip a hypothesis.
          expect(checkArgumentOf({ ...c, argument: { ...a, multipliers: a.multipliers.map((m, i) => (i === 0 ? String(-Number(m) - extra) : m)) } })).toBeDefined();
        } else if (a.kind === 'squares') {
          expect(checkArgumentOf({ ...c, argument: { ...a, constant: String(Number(a.constant) + extra) } })).toBeDefined();
          expect(checkArgumentOf({ ...c, argument: { ...a, squares: a.squares.map((q, i) => (i === 0 ? { ...q, coeff: String(-Number(q.coeff)) } : q)) } })).toBeDefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('nonlinear bounds: a product with a negative weight or too much slack is rejected', () => {
    fc.assert(
      fc.property(seed, difficulty, fc.integer({ min: 1, max: 5 }), (s, d, extra) => {
        const c = draw('nonlinear_bounds', s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        const a = c.argument as Extract<TruthArgument, { kind: 'combination' }>;
        const products = a.products!.map((p, i) => (i === 0 ? { ...p, coeff: String(-Number(p.coeff)) } : p));
        expect(checkArgumentOf({ ...c, argument: { ...a, products } })).toBeDefined();
        expect(checkArgumentOf({ ...c, argument: { ...a, constant: String(Number(a.constant) + extra) } })).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('parametric modular facts: of the m claims `f(n) % m ≠ r`, the false ones (some r is taken) are rejected', () => {
    fc.assert(
      fc.property(seed, fc.constantFrom<Difficulty>(2, 3, 5), (s, d) => {
        const c = draw('parametric_modular', s, d);
        fc.pre(verifyCandidate(c).kind === 'true' && c.goal.includes('≠'));
        const m = Number(/% (\d+) ≠ \d+$/u.exec(c.goal)![1]);
        const accepted = [...Array(m).keys()].filter((r) => checkArgumentOf({ ...c, goal: c.goal.replace(/≠ \d+$/u, `≠ ${r}`) }) === undefined);
        // f(0) mod m is always taken, so at least one claim is false; the original claim is true.
        expect(accepted.length).toBeLessThan(m);
        expect(accepted).toContain(Number(/≠ (\d+)$/u.exec(c.goal)![1]));
      }),
      { numRuns: 40 },
    );
  });

  it('parametric modular facts: a polynomial with division is not accepted as periodic', () => {
    const c: Candidate = { family: 'test', topic: 'number_theory', difficulty: 1, binders: '(n : ℕ)', goal: '(n / 2) % 2 ≠ 3', witness: ['0'], argument: { kind: 'periodic' } };
    expect(checkArgumentOf(c)).toMatch(/goal sides/u);
  });

  it('a witness that violates a hypothesis is rejected (no vacuous problems)', () => {
    fc.assert(
      fc.property(seed, fc.constantFrom<Difficulty>(1, 2, 3, 4, 5), delta, (s, d, dl) => {
        const c = draw('linear_systems', s, d);
        fc.pre(verifyCandidate(c).kind === 'true');
        const witness = c.witness.map((w, i) => (i === 0 ? `${Number(w.split('/')[0]) + dl * Number(w.split('/')[1] ?? '1')}${w.includes('/') ? `/${w.split('/')[1]}` : ''}` : w));
        const verdict = verifyCandidate({ ...c, witness });
        expect(verdict.kind).toBe('rejected');
      }),
      { numRuns: 40 },
    );
  });
});

describe("Lean's conventions in the check", () => {
  const closed = (goal: string): Candidate => ({ family: 'test', topic: 'nat_arith', difficulty: 1, binders: '', goal, witness: [], argument: { kind: 'evaluation' } });
  it.each([
    ['(-7 : ℤ) / 2 = -4', true],
    ['(-7 : ℤ) / 2 = -3', false],
    ['(7 : ℤ) % (-3) = 1', true],
    ['(7 : ℤ) % (-3) = -2', false],
    ['(3 : ℕ) - 5 = 0', true],
    ['(7 : ℕ) / 2 = 3', true],
    ['(1 : ℚ) / 0 = 0', true],
    ['(7 : ℚ) / 2 = 3', false],
  ] as const)('%s is %s', (goal, truth) => {
    expect(verifyCandidate(closed(goal)).kind).toBe(truth ? 'true' : 'rejected');
  });

  it('a vacuous system (inconsistent hypotheses) has no witness and is rejected', () => {
    const c: Candidate = {
      family: 'test',
      topic: 'equations',
      difficulty: 1,
      binders: '(x : ℝ) (h₀ : x = 1) (h₁ : x = 2)',
      goal: 'x = 5',
      witness: ['1'],
      argument: { kind: 'elimination', rows: [{ scale: '1', multipliers: ['1', '0'] }] },
    };
    expect(verifyCandidate(c)).toMatchObject({ kind: 'rejected', reason: 'witness does not satisfy hypothesis h₁' });
  });

  it('truncating ℕ subtraction is not a ring: an ℕ "identity" with - is rejected', () => {
    const c: Candidate = { family: 'test', topic: 'algebra', difficulty: 1, binders: '(n : ℕ)', goal: '(n - 3) + 3 = n', witness: ['5'], argument: { kind: 'identity' } };
    expect(verifyCandidate(c).kind).toBe('rejected');
  });
});
