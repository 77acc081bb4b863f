import { describe, expect, it } from 'vitest';
import { bestDistinct, cleanTactic } from '../../src/proposer/tactic-text.ts';
import { renderPrompt, checkPromptTemplate } from '../../src/proposer/prompt.ts';

describe('cleanTactic', () => {
  it('strips fences, takes the first line, collapses spaces', () => {
    expect(cleanTactic('```lean\nnlinarith [sq_nonneg (a - b)]\nlinarith\n```')).toBe('nlinarith [sq_nonneg (a - b)]');
    expect(cleanTactic('  norm_num   at h₀  ⊢ \n')).toBe('norm_num at h₀ ⊢');
    expect(cleanTactic('\n\n  \n')).toBeUndefined();
    expect(cleanTactic('```\n```')).toBeUndefined();
  });
});

describe('bestDistinct', () => {
  it('keeps the best log-prob per tactic, best first, at most k', () => {
    const out = bestDistinct(
      [
        { tactic: 'a', logprob: -2 },
        { tactic: 'b', logprob: -1 },
        { tactic: 'a', logprob: -0.5 },
        { tactic: 'c', logprob: -3 },
      ],
      2,
    );
    expect(out).toEqual([
      { tactic: 'a', logprob: -0.5 },
      { tactic: 'b', logprob: -1 },
    ]);
  });
});

describe('prompt templates', () => {
  const state = { backend: 'symbolic' as const, goals: ['⊢ 1 = 1', '⊢ 2 = 2'], tier: 'certified' as const, handle: null };
  it('fills {goal} and {goals}; \\n means a newline', () => {
    expect(renderPrompt('[GOAL]{goal}[PROOFSTEP]', state)).toBe('[GOAL]⊢ 1 = 1[PROOFSTEP]');
    expect(renderPrompt('{goals}\\nnext:', state)).toBe('⊢ 1 = 1\n\n⊢ 2 = 2\nnext:');
  });
  it('rejects a template without a placeholder', () => {
    expect(() => checkPromptTemplate('[GOAL][PROOFSTEP]')).toThrow(/no \{goal\}/u);
  });
});
