import { describe, expect, it } from 'vitest';
import { splitByProblem, type Step } from '../../../src/proposer/learned/dataset.ts';
import { analyse, candidatesFor, labelTactic } from '../../../src/proposer/learned/candidates.ts';
import { loadLibrary } from '../../../src/proposer/library.ts';

const steps = (problems: number, perProblem: number): Step[] =>
  Array.from({ length: problems * perProblem }, (_, i) => ({ problem: `p${Math.floor(i / perProblem)}`, goal: `⊢ ${i} = ${i}`, tactic: 'rfl' }));

describe('splitByProblem', () => {
  it('keeps every problem\'s steps on one side, deterministically', () => {
    const all = steps(50, 3);
    const a = splitByProblem(all, 0.2);
    const b = splitByProblem([...all].reverse(), 0.2);
    const trainProblems = new Set(a.train.map((s) => s.problem));
    expect(a.valid.some((s) => trainProblems.has(s.problem))).toBe(false);
    expect(a.train.length + a.valid.length).toBe(150);
    expect(a.validProblems).toEqual(b.validProblems);
    expect(a.validProblems.length).toBeGreaterThan(3);
    expect(a.validProblems.length).toBeLessThan(20);
  });

  it('holds out at least one problem and keeps at least one for training', () => {
    expect(splitByProblem(steps(2, 1), 0.01).validProblems).toHaveLength(1);
    expect(splitByProblem(steps(2, 1), 0.99).validProblems).toHaveLength(1);
    expect(splitByProblem(steps(5, 1), 0).valid).toHaveLength(0);
  });
});

describe('labelTactic', () => {
  const library = loadLibrary();
  const goal = analyse('a b : ℝ\nh₀ : 0 < a\n⊢ 2 * a * b ≤ a ^ 2 + b ^ 2');
  const candidates = candidatesFor(library, goal);
  const idOf = (i: number): string => library.templates[i]!.id;

  it('maps a tactic to its template and instance rank', () => {
    const label = labelTactic(library, candidates, 'nlinarith  [sq_nonneg (a - b)]');
    expect(label.kind).toBe('instance');
    if (label.kind !== 'instance') return;
    expect(idOf(label.template)).toBe('nlinarith-sq-diff');
    expect(candidates.find((c) => c.template === label.template && c.rank === label.rank)?.tactic).toBe('nlinarith [sq_nonneg (a - b)]');
  });

  it('maps a tactic whose arguments the goal does not offer to its template only', () => {
    const label = labelTactic(library, candidates, 'nlinarith [sq_nonneg (a * b - 7)]');
    expect(label.kind).toBe('template');
    if (label.kind === 'template') expect(idOf(label.template)).toBe('nlinarith-sq-diff');
  });

  it('says outside for a tactic no template makes', () => {
    expect(labelTactic(library, candidates, 'exact my_lemma a b').kind).toBe('outside');
  });
});
