import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { printTerm, type Term } from '../../../src/symbolic/syntax/index.ts';
import { closes, ctxWith, goalOf, run } from './helpers.ts';
import { comparison, intTerm, natTerm, realTerm, truthAt } from './arbitraries.ts';

const hyp = (o: Awaited<ReturnType<typeof run>>, name: string): string | undefined => {
  if (o.kind !== 'goals') return undefined;
  const e = o.goals[0]?.context.find((c) => c.kind === 'hypothesis' && c.name === name);
  return e?.kind === 'hypothesis' ? printTerm(e.prop) : undefined;
};

describe('norm_num closes true closed statements by exact evaluation', () => {
  it.each([
    ': ((1 : ℚ) + 1 / 1) * (1 + 1 / 2) * (1 + 1 / 3) * (1 + 1 / 4) = 5',
    ': (2 : ℕ) ^ 10 % 7 = 2',
    ': Nat.Prime 101',
    ': (-17 : ℤ) % 5 = 3',
    ': (17 : ℤ) / (-5) = -3',
    ': (7 : ℕ) - 10 + 3 = 3',
    ': (7 : ℕ) / 2 = 3',
    ': (5 : ℝ) / 0 = 0',
    ': Nat.gcd 84 36 = 12',
    ': (3 : ℕ) ^ 50 ≡ 1 [MOD 4]',
    ': |(-3 : ℤ)| + |(4 : ℤ)| = 7',
    ': (∑ i ∈ Finset.range 11, i) = 55',
    ': (2 : ℝ) < 3 ∧ (1 : ℝ) / 3 < 1 / 2',
  ])('%s', async (sig) => {
    expect(closes(await run('norm_num', goalOf(sig)))).toBe(true);
  });

  it.each([': (2 : ℕ) + 2 = 5', ': Nat.Prime 91', ': (7 : ℕ) - 10 = 1'])('fails on the false statement %s', async (sig) => {
    expect(await run('norm_num', goalOf(sig))).toMatchObject({ kind: 'error', reason: 'failed' });
  });

  it('refuses enormous numbers as a resource error', async () => {
    expect(await run('norm_num', goalOf(': (2 : ℕ) ^ (10 ^ 9) % 7 = 2'))).toMatchObject({ kind: 'error', reason: 'resource' });
  });
});

describe('norm_num and simp with variables', () => {
  it('decides comparisons whose sides differ by a constant', async () => {
    expect(closes(await run('norm_num', goalOf('(x : ℝ) : x + 1 > x')))).toBe(true);
    expect(closes(await run('simp', goalOf('(x y : ℝ) : x + y - y = x')))).toBe(true);
    expect(await run('norm_num', goalOf('(x : ℝ) : x + 1 < x'))).toMatchObject({ kind: 'error', reason: 'failed' });
  });

  it('rewrites with hypotheses, also universally quantified ones', async () => {
    expect(closes(await run('norm_num', goalOf('(x : ℝ) (h : x = 2) : x ^ 2 = 4'), { args: ['h'] }))).toBe(true);
    expect(closes(await run('norm_num', goalOf('(x : ℝ) (h : x = 2) : x ^ 2 = 4')))).toBe(false);
    const f = '(f : ℝ → ℝ) (h₀ : ∀ x, f x = 2 * x + 3) : f (-3) = -3';
    expect(closes(await run('simp', goalOf(f), { args: ['h₀'] }))).toBe(true);
  });

  it('reduces remainders from known residues (simp [pow_two, Nat.mul_mod, h])', async () => {
    expect(closes(await run('simp', goalOf('(n : ℕ) (h : n % 2 = 1) : n ^ 2 % 2 = 1'), { args: ['pow_two', 'Nat.mul_mod', 'h'] }))).toBe(true);
    expect(closes(await run('simp', goalOf('(n : ℤ) (h : n % 3 = 2) : (n ^ 2 + 1) % 3 ≠ 0'), { args: ['h'] }))).toBe(true);
    expect(closes(await run('simp', goalOf('(n : ℕ) (h : n % 2 = 1) : n ^ 2 % 2 = 0'), { args: ['h'] }))).toBe(false);
  });

  it('at h: evaluates closed subterms, closes on False, clears True', async () => {
    const g = goalOf('(f : ℕ → ℕ) (h₂ : f (1 + 1) = f 1 + 2) : f 2 = f 1 + 2');
    const o = await run('norm_num', g, { at: ['h₂'] });
    expect(hyp(o, 'h₂')).toBe('f 2 = f 1 + 2');
    expect(closes(await run('norm_num', goalOf('(n : ℕ) (hn : 1 * 1 = 2) : False'), { at: ['hn'] }))).toBe(true);
    const cleared = await run('norm_num', goalOf('(x : ℝ) (h : (2 : ℝ) < 3) : x = x + 0 + 1'), { at: ['h'] });
    expect(cleared.kind === 'goals' && cleared.goals[0]!.context.some((e) => e.name === 'h')).toBe(false);
  });

  it('fails without progress, as Lean does', async () => {
    expect(await run('norm_num', goalOf('(x y : ℝ) (h : x < y) : x ^ 2 < y ^ 2'))).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await run('simp', goalOf('(x : ℝ) : x = 1'), { only: true })).toMatchObject({ kind: 'error', reason: 'failed' });
  });

  it('simp only uses the given rules and evaluation, not polynomial arithmetic', async () => {
    expect(closes(await run('simp', goalOf('(x y : ℝ) : x + y - y = x'), { only: true }))).toBe(false);
    expect(closes(await run('simp', goalOf('(x : ℝ) (h : x = 3) : x + 1 = 4'), { only: true, args: ['h'] }))).toBe(true);
  });
});

describe('decide', () => {
  it('closes closed decidable statements and nothing else', async () => {
    expect(closes(await run('decide', goalOf(': (2 : ℕ) ^ 12 % 5 = 1')))).toBe(true);
    expect(closes(await run('decide', goalOf(': ∀ n ∈ Finset.range 10, n ^ 2 < 100')))).toBe(true);
    expect(await run('decide', goalOf(': (2 : ℕ) ^ 12 % 5 = 2'))).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await run('decide', goalOf('(n : ℕ) : n = n'))).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await run('decide', goalOf(': (2 : ℝ) < 3'))).toMatchObject({ kind: 'error', reason: 'failed' });
  });

  it('refuses a statement past its size bound with a resource error instead of enumerating it', async () => {
    const t0 = Date.now();
    expect(await run('decide', goalOf(': ∀ n ∈ Finset.range 100000000, n < 100000000'))).toMatchObject({ kind: 'error', reason: 'resource' });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(closes(await run('decide', goalOf(': ∀ n ∈ Finset.range 1000, n < 1000')))).toBe(true);
  });
});

describe('soundness: norm_num and simp never close a false statement', () => {
  // A fresh 5 s deadline per call: one deadline shared by a property's many runs ran out on a busy machine.
  const ctx = (): ReturnType<typeof ctxWith> => ctxWith(5_000);
  it('closed random comparisons: closed ⇒ true, true ⇒ closed', async () => {
    const closedTerms = (t: fc.Arbitrary<Term>) => comparison(t);
    await fc.assert(
      fc.asyncProperty(fc.oneof(closedTerms(natTerm(3)), closedTerms(intTerm(3)), closedTerms(realTerm(3))), fc.constantFrom('norm_num', 'simp'), async (p, tac) => {
        // Substitute constants for variables: a closed statement.
        const closedP = closeOver(p);
        const truth = truthAt(closedP, new Map());
        const o = await arithmeticHandlers[tac]!({ context: [], target: closedP }, { name: tac, text: tac, args: [] }, ctx());
        if (truth === false) expect(closes(o), printTerm(closedP)).toBe(false);
        if (truth === true) expect(closes(o), printTerm(closedP)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

import { substituteAll, mkLit, mkNeg, REAL, INT, NAT } from '../../../src/symbolic/syntax/index.ts';

/** `p` with x,y,z,a,b,m,n replaced by fixed numerals (negative ones for reals and integers). */
function closeOver(p: Term): Term {
  return substituteAll(
    p,
    new Map<string, Term>([
      ['x', mkNeg(mkLit(3n, REAL, 2n))],
      ['y', mkLit(2n, REAL)],
      ['z', mkLit(0n, REAL)],
      ['a', mkNeg(mkLit(5n, INT))],
      ['b', mkLit(3n, INT)],
      ['m', mkLit(4n, NAT)],
      ['n', mkLit(0n, NAT)],
    ]),
  );
}

describe('simp under binders', () => {
  it('does not use residues of a free variable for a bound one of the same name', async () => {
    expect(closes(await run('simp', goalOf('(n : ℕ) (h : n % 2 = 1) : ∀ n : ℕ, n ^ 2 % 2 = 1'), { args: ['h'] }))).toBe(false);
  });
});

describe('finite sums with symbolic bodies', () => {
  it('expands sums over concrete ranges (Finset.sum_range_succ)', async () => {
    expect(closes(await run('norm_num', goalOf('(f : ℕ → ℝ) (h₀ : ∀ n, f n = 2 * n + 1) : ∑ i ∈ Finset.range 3, f i = 9'), { args: ['h₀'] }))).toBe(true);
    expect(closes(await run('simp', goalOf('(x : ℝ) : ∑ i ∈ Finset.range 4, x * i = 6 * x')))).toBe(true);
    expect(closes(await run('simp', goalOf('(x : ℝ) : ∑ i ∈ Finset.range 4, x * i = 7 * x')))).toBe(false);
    expect(closes(await run('norm_num', goalOf('(x : ℝ) : ∏ i ∈ Finset.Icc (1 : ℕ) 3, (x + i) = (x + 1) * (x + 2) * (x + 3)')))).toBe(true);
  });
});

describe('cast lemmas', () => {
  it('simp only [Nat.cast_add, Nat.cast_one] pushes exactly those casts', async () => {
    const o = await run('simp', goalOf('(k : ℕ) (x : ℝ) : 1 + ((k + 1 : ℕ) : ℝ) * x ≤ (1 + x) ^ (k + 1)'), { only: true, args: ['Nat.cast_add', 'Nat.cast_one'] });
    expect(o.kind === 'goals' && printTerm(o.goals[0]!.target)).toBe('1 + ((↑k : ℝ) + 1) * x ≤ (1 + x) ^ (k + 1)');
    const mul = await run('simp', goalOf('(k : ℕ) (x : ℝ) : ((2 * k : ℕ) : ℝ) = x'), { only: true, args: ['Nat.cast_add'] });
    expect(mul).toMatchObject({ kind: 'error', reason: 'failed' });
  });
  it('never pushes a cast through ℕ subtraction or division', async () => {
    const o = await run('norm_num', goalOf('(m n : ℕ) : ((m - n : ℕ) : ℤ) = ((m / 2 : ℕ) : ℤ) + 1'));
    expect(o.kind === 'error' || (o.kind === 'goals' && printTerm(o.goals[0]!.target).includes('↑(m - n)'))).toBe(true);
  });
});
