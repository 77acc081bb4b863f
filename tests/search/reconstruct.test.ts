import { describe, expect, it } from 'vitest';
import { reconstructProof, type PathStep } from '../../src/search/reconstruct.ts';

const steps = (...s: [string, number, number][]): PathStep[] => s.map(([tactic, goalsBefore, goalsAfter]) => ({ tactic, goalsBefore, goalsAfter }));

describe('reconstructProof', () => {
  it('keeps a linear proof linear', () => {
    const r = reconstructProof(steps(['intro x', 1, 1], ['nlinarith [sq_nonneg x]', 1, 0]));
    expect(r).toEqual({ script: 'intro x\nnlinarith [sq_nonneg x]', flat: 'intro x\nnlinarith [sq_nonneg x]', structured: false });
  });

  it('focuses each goal of a split with `·`', () => {
    const r = reconstructProof(steps(['constructor', 1, 2], ['linarith', 2, 1], ['positivity', 1, 0]));
    expect(r.script).toBe('constructor\n· linarith\n· positivity');
    expect(r.structured).toBe(true);
  });

  it('nests blocks and indents their continuation lines', () => {
    // constructor → [A, B]; A: constructor → [A1, A2], both closed; B: intro then close.
    const r = reconstructProof(
      steps(['constructor', 1, 2], ['constructor', 2, 3], ['norm_num', 3, 2], ['linarith', 2, 1], ['intro h', 1, 1], ['omega', 1, 0]),
    );
    expect(r.script).toBe(['constructor', '· constructor', '  · norm_num', '  · linarith', '· intro h', '  omega'].join('\n'));
  });

  it('indents every line of a multi-line tactic inside a block', () => {
    const r = reconstructProof(steps(['constructor', 1, 2], ['induction n with\n| zero => simp\n| succ k ih => omega', 2, 1], ['rfl', 1, 0]));
    expect(r.script).toBe('constructor\n· induction n with\n  | zero => simp\n  | succ k ih => omega\n· rfl');
  });

  it('falls back to the flat script when a step closes several goals', () => {
    const r = reconstructProof(steps(['constructor', 1, 2], ['all_goals linarith', 2, 0]));
    expect(r).toEqual({ script: 'constructor\nall_goals linarith', flat: 'constructor\nall_goals linarith', structured: false });
  });

  it('falls back to the flat script when goal counts are inconsistent', () => {
    const r = reconstructProof(steps(['constructor', 1, 2], ['linarith', 3, 0]));
    expect(r.structured).toBe(false);
    expect(r.script).toBe(r.flat);
  });

  it('focuses each goal when the problem starts with several', () => {
    expect(reconstructProof(steps(['linarith', 2, 1], ['simp', 1, 0])).script).toBe('· linarith\n· simp');
  });
});
