import { describe, expect, it } from 'vitest';
import { printGoal } from '../../../src/symbolic/syntax/index.ts';
import { closes, goalOf, run } from './helpers.ts';

describe('interval_cases', () => {
  it('splits a bounded natural into one goal per value, substituted everywhere', async () => {
    const o = await run('interval_cases', goalOf('(n : ℕ) (h : n ≤ 2) (h₂ : n ^ 2 = 2) : False'), { args: ['n'] });
    expect(o.kind).toBe('goals');
    if (o.kind !== 'goals') return;
    expect(o.goals.map((g) => printGoal(g.context, g.target))).toEqual(['h : 0 ≤ 2\nh₂ : 0 ^ 2 = 2\n⊢ False', 'h : 1 ≤ 2\nh₂ : 1 ^ 2 = 2\n⊢ False', 'h : 2 ≤ 2\nh₂ : 2 ^ 2 = 2\n⊢ False']);
    for (const g of o.goals) expect(closes(await run('norm_num', g, { at: ['h₂'] }))).toBe(true);
  });

  it('reads linear bounds in either direction, on integers too', async () => {
    const o = await run('interval_cases', goalOf('(x : ℤ) (h₁ : -2 < x) (h₂ : 2 * x ≤ 3) : x ^ 2 ≤ 4'), { args: ['x'] });
    expect(o.kind === 'goals' && o.goals.length).toBe(3); // -1, 0, 1
  });

  it('closes the goal when the bounds are contradictory', async () => {
    expect(closes(await run('interval_cases', goalOf('(n : ℕ) (h₁ : 5 < n) (h₂ : n < 4) : False'), { args: ['n'] }))).toBe(true);
  });

  it('fails without bounds, refuses huge ranges and non-variables', async () => {
    expect(await run('interval_cases', goalOf('(x : ℤ) (h : x < 3) : x < 5'), { args: ['x'] })).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await run('interval_cases', goalOf('(n : ℕ) (h : n < 100000) : n < 100001'), { args: ['n'] })).toMatchObject({ kind: 'error', reason: 'resource' });
    expect(await run('interval_cases', goalOf('(x : ℝ) (h : 0 < x) (h₂ : x < 3) : x < 5'), { args: ['x'] })).toMatchObject({ kind: 'error', reason: 'unsupported' });
  });
});
