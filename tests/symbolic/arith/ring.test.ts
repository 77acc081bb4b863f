import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/symbolic/core/index.ts';
import { AtomTable } from '../../../src/symbolic/arith/atoms.ts';
import { linearize } from '../../../src/symbolic/arith/linearize.ts';
import { polyToTerm } from '../../../src/symbolic/arith/to-term.ts';
import { mkRel, printTerm, type Term } from '../../../src/symbolic/syntax/index.ts';
import { closes, ctxWith, goalOf, run } from './helpers.ts';
import { envArb, intTerm, mutate, natTerm, realTerm, truthAt } from './arbitraries.ts';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';

describe('ring', () => {
  it.each([
    '(x y : ℝ) : x ^ 3 - y ^ 3 = (x - y) * (x ^ 2 + x * y + y ^ 2)',
    '(a b : ℤ) : a ^ 4 + 4 * b ^ 4 = (a ^ 2 + 2 * b ^ 2 + 2 * a * b) * (a ^ 2 + 2 * b ^ 2 - 2 * a * b)',
    '(n : ℕ) : (n + 1) ^ 2 = n ^ 2 + 2 * n + 1',
    '(n : ℕ) : 2 ^ (n + 1) = 2 * 2 ^ n',
    '(x : ℝ) (k : ℕ) : x ^ (k + 2) = x ^ k * x * x',
    '(x y : ℝ) : x / (2 * y) = x / y / 2',
    '(k : ℤ) : (2 * k + 1) ^ 2 - 1 = 4 * (k * (k + 1))',
    '(n : ℕ) : ((n : ℝ) + 1) * ((n : ℝ) + 2) = (n : ℝ) ^ 2 + 3 * n + 2',
    '(z : ℂ) : (z + 1) ^ 2 = z ^ 2 + 2 * z + 1',
  ])('proves %s', async (sig) => {
    expect(closes(await run('ring', goalOf(sig)))).toBe(true);
  });

  it.each([
    ['ℕ subtraction is not ring subtraction', '(n : ℕ) : n - 1 + 1 = n'],
    ['ℕ division is not field division', '(n : ℕ) : n / 2 * 2 = n'],
    ['x / x is not 1 (x may be 0)', '(x : ℝ) : x / x = 1'],
    ['a false identity', '(x y : ℝ) : (x + y) ^ 2 = x ^ 2 + y ^ 2'],
    ['ℤ division', '(a : ℤ) : a / 2 + a / 2 = a'],
  ])('refuses: %s', async (_why, sig) => {
    const o = await run('ring', goalOf(sig));
    expect(o.kind).toBe('error');
    if (o.kind === 'error') expect(o.reason).toBe('failed');
  });

  it('refuses inequalities and huge powers with a reason', async () => {
    expect(await run('ring', goalOf('(x : ℝ) : x ≤ x + 1'))).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await run('ring', goalOf('(x : ℝ) : (x + 1) ^ 100000 = (x + 1) ^ 100000'))).toMatchObject({ kind: 'error', reason: 'resource' });
  });
});

describe('ring_nf', () => {
  it('normalises the target and closes trivial comparisons', async () => {
    const o = await run('ring_nf', goalOf('(x : ℝ) (h : 0 ≤ x) : (x + 1) ^ 2 ≥ 2 * x'));
    expect(o.kind).toBe('goals');
    if (o.kind === 'goals') expect(printTerm(o.goals[0]!.target)).toBe('x ^ 2 + 2 * x + 1 ≥ 2 * x');
    expect(closes(await run('ring_nf', goalOf('(x : ℝ) : (x + 1) ^ 2 ≤ x ^ 2 + 2 * x + 1')))).toBe(true);
  });
  it('normalises hypotheses', async () => {
    const o = await run('ring_nf', goalOf('(x : ℝ) (h : (x - 1) * (x + 1) = 3) : x ^ 2 = 4'), { at: ['h'] });
    expect(o.kind === 'goals' && printTerm((o.goals[0]!.context.find((e) => e.kind === 'hypothesis') as { prop: Term }).prop)).toBe('x ^ 2 - 1 = 3');
  });
  it('fails when nothing changes', async () => {
    expect(await run('ring_nf', goalOf('(x : ℝ) : x = 1'))).toMatchObject({ kind: 'error', reason: 'failed' });
  });
});

describe('soundness of ring (judged by exact evaluation)', () => {
  // A fresh 5 s deadline per call: one deadline shared by a property's many runs ran out on a busy machine.
  const ctx = (): ReturnType<typeof ctxWith> => ctxWith(5_000);
  const goalFor = (l: Term, r: Term) => ({ context: [], target: mkRel('=', l, r) });
  const ringOn = (l: Term, r: Term) => arithmeticHandlers.ring!(goalFor(l, r), { name: 'ring', text: 'ring', args: [] }, ctx());

  it('a term equals its printed normal form (completeness on identities)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(realTerm(3), intTerm(3), natTerm(3)), async (t) => {
        const table = new AtomTable();
        const r = linearize(t, table, DEFAULT_LIMITS);
        if (r.kind !== 'ok' || t.type.kind !== 'num') return;
        const back = polyToTerm(r.poly, t.type, table);
        if (back === undefined) return;
        expect(closes(await ringOn(t, back)), `${printTerm(t)} = ${printTerm(back)}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never closes an equation that fails at some point (mutated identities)', async () => {
    let closedTrue = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(realTerm(3), intTerm(3), natTerm(3)),
        fc.nat(20),
        fc.constantFrom('+', '-', '*', '/') as fc.Arbitrary<'+' | '-' | '*' | '/'>,
        fc.array(envArb, { minLength: 4, maxLength: 4 }),
        async (t, index, op, envs) => {
          const table = new AtomTable();
          const r = linearize(t, table, DEFAULT_LIMITS);
          if (r.kind !== 'ok' || t.type.kind !== 'num') return;
          const nf = polyToTerm(r.poly, t.type, table);
          if (nf === undefined) return;
          const m = mutate(t, index, op);
          if (!closes(await ringOn(m, nf))) return;
          closedTrue++;
          for (const env of envs) expect(truthAt(mkRel('=', m, nf), env), `${printTerm(m)} = ${printTerm(nf)}`).not.toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    expect(closedTrue).toBeGreaterThan(0); // some mutants are still identities (x * 1 → x / 1)
  });
});
