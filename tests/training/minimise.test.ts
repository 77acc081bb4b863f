/**
 * Minimisation and replay over the toy backend (a stand-in for the backend seam; the code under
 * test is the minimiser): unneeded steps go, needed ones stay, and the result re-verifies.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.ts';
import { verifiedMinimalPath } from '../../src/training/minimise.ts';
import { replayTactics } from '../../src/training/replay.ts';
import { ToyBackend } from '../search/toy-backend.ts';

function toy(n: number): Problem {
  const signature = `theorem t : ${n}`;
  return { name: 't', kind: 'theorem', header: '', text: `${signature} := by sorry`, signature, position: { file: 'toy', line: 1, column: 0 }, tags: {} };
}

const options = { timeoutMs: 1_000, minimise: true, maxSteps: 12 };

describe('replayTactics', () => {
  it('records goals before and after each step and cuts the path where the proof closes', async () => {
    const replay = await replayTactics(new ToyBackend(), toy(2), ['split', 'sub 1', 'zero', 'sub 1', 'zero', 'noop'], options);
    expect(replay.kind).toBe('proved');
    if (replay.kind !== 'proved') return;
    expect(replay.steps.map((s) => s.tactic)).toEqual(['split', 'sub 1', 'zero', 'sub 1', 'zero']);
    expect(replay.steps[0]).toEqual({ tactic: 'split', goalsBefore: ['⊢ 2'], goalsAfter: ['⊢ 1', '⊢ 1'] });
    expect(replay.steps.at(-1)!.goalsAfter).toEqual([]);
  });

  it('fails on a tactic that does not apply or on goals left over', async () => {
    expect(await replayTactics(new ToyBackend(), toy(2), ['sub 1', 'zero'], options)).toMatchObject({ kind: 'failed', step: 1 });
    expect(await replayTactics(new ToyBackend(), toy(2), ['sub 1'], options)).toMatchObject({ kind: 'failed', step: 1 });
  });
});

describe('verifiedMinimalPath', () => {
  it('drops steps that are not needed and keeps those that are', async () => {
    const backend = new ToyBackend();
    const outcome = await verifiedMinimalPath(backend, toy(2), ['noop', 'have h', 'sub 1', 'noop', 'sub 1', 'zero'], options);
    expect(outcome.kind).toBe('verified');
    if (outcome.kind !== 'verified') return;
    expect(outcome.path.steps.map((s) => s.tactic)).toEqual(['sub 1', 'sub 1', 'zero']);
    expect(outcome.path.script).toBe('sub 1\nsub 1\nzero');
    expect(backend.verified).toContain('sub 1\nsub 1\nzero');
  });

  it('keeps `·` structure for paths that split goals', async () => {
    const outcome = await verifiedMinimalPath(new ToyBackend(), toy(2), ['split', 'noop', 'sub 1', 'zero', 'sub 1', 'zero'], options);
    expect(outcome).toMatchObject({ kind: 'verified', path: { script: 'split\n· sub 1\n  zero\n· sub 1\n  zero' } });
  });

  it('leaves the path alone without --minimise, and reports a proof that does not replay', async () => {
    const kept = await verifiedMinimalPath(new ToyBackend(), toy(1), ['noop', 'sub 1', 'zero'], { ...options, minimise: false });
    expect(kept).toMatchObject({ kind: 'verified', path: { script: 'noop\nsub 1\nzero' } });
    expect(await verifiedMinimalPath(new ToyBackend(), toy(1), ['zero'], options)).toMatchObject({ kind: 'failed' });
    expect(await verifiedMinimalPath(new ToyBackend({ rejectAll: true }), toy(1), ['sub 1', 'zero'], options)).toMatchObject({ kind: 'failed', message: /rejected/u });
  });
});
