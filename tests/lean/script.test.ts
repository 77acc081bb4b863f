import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDeclarations } from '../../src/core/declarations.ts';
import { leanSourceWithProof, type Problem } from '../../src/core/problem.ts';
import { tacticScriptOf } from '../../src/lean/script.ts';

/** The problem `text` declares, read the way loadProblems reads a .lean file. */
function problemOf(text: string): Problem {
  const { preamble, declarations } = splitDeclarations(text, 'p.lean');
  const d = declarations[0]!;
  return { ...d, header: preamble, tags: d.tags };
}

describe('tacticScriptOf', () => {
  it('takes a by block on the following lines, keeping relative indentation', () => {
    const p = problemOf('theorem t (x : ℝ) (h₀ : 0 < x) : 0 < x ^ 2 := by\n    have h := h₀\n    · positivity\n      done\n');
    expect(tacticScriptOf(p)).toBe('have h := h₀\n· positivity\n  done');
  });

  it('takes a by block that starts on the := line, aligned under its first tactic', () => {
    const p = problemOf('theorem t (h₀ : (2:ℝ) = 2) : (2:ℝ) + 2 = 4 := by norm_num\n                                              linarith\n');
    expect(tacticScriptOf(p)).toBe('norm_num\nlinarith');
  });

  it('turns a term proof into exact, its continuation lines moved along', () => {
    const p = problemOf('theorem t (p : Prop) : p ∨ ¬p :=\n  Classical.em\n    p\n');
    expect(tacticScriptOf(p)).toBe('exact Classical.em\n        p');
  });

  it('has nothing for a declaration without a proof', () => {
    expect(tacticScriptOf(problemOf('theorem t : True := by sorry\n'))).toBeUndefined();
    expect(tacticScriptOf(problemOf('theorem t : True := by\n'))).toBeUndefined();
  });

  it('states the same declaration again through leanSourceWithProof', () => {
    const line = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('simp', 'ring_nf', 'nlinarith [sq_nonneg x]', 'intro h', '· linarith', 'exact h₀'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        // The first tactic sets the block's column; later ones may be nested deeper.
        const script = lines.map(([depth, tactic], i) => `${i === 0 ? '' : '  '.repeat(depth)}${tactic}`).join('\n');
        const text = leanSourceWithProof(problemOf('theorem t (x : ℝ) (h₀ : 0 < x) : 0 < x := by\n  skip\n'), script);
        const p = problemOf(`import Mathlib\n\n${text}\n`);
        expect(tacticScriptOf(p)).toBe(script);
        expect(leanSourceWithProof(p, tacticScriptOf(p)!)).toBe(p.text);
      }),
      { numRuns: 100 },
    );
  });
});
