/**
 * From a proof as written in a file to the tactic script that `ProofBackend.verify` takes, so that
 * `leanSourceWithProof(problem, script)` states the same proof again. A `by` block keeps the
 * relative indentation of its lines (moved left so the first tactic is at column 0); a term proof
 * becomes `exact <term>` with its continuation lines kept aligned under the term.
 */
import { findTopLevelAssign } from '../core/declarations.ts';
import type { Problem } from '../core/problem.ts';

/** The tactic script of `problem`'s written proof, or undefined when it has none. */
export function tacticScriptOf(problem: Problem): string | undefined {
  if (problem.proof === undefined) return undefined;
  const assign = findTopLevelAssign(problem.text, problem.position);
  if (assign === -1) return undefined;
  let start = assign + 2;
  while (start < problem.text.length && /\s/u.test(problem.text[start]!)) start += 1;
  const proofText = problem.text.slice(start).trimEnd();
  const column = codePointColumn(problem.text, start);
  const byBlock = /^by(?=\s|$)/u.exec(proofText);
  if (!byBlock) {
    const [first, ...rest] = proofText.split('\n');
    // `exact ` moves the term 6 columns right; its continuation lines move with it.
    return ['exact ' + first, ...rest.map((line) => ' '.repeat(6) + dedent(line, column))].join('\n');
  }
  const afterBy = proofText.slice(2);
  const newline = afterBy.indexOf('\n');
  const sameLine = (newline === -1 ? afterBy : afterBy.slice(0, newline)).trim();
  const following = newline === -1 ? [] : afterBy.slice(newline + 1).split('\n');
  if (sameLine !== '') {
    // `by tac₁` with `tac₂…` below, aligned under `tac₁`.
    const firstColumn = column + 2 + (afterBy.length - afterBy.trimStart().length);
    return [sameLine, ...following.map((line) => dedent(line, firstColumn))].join('\n');
  }
  const indent = Math.min(...following.filter((l) => l.trim() !== '').map(leadingSpaces));
  return following
    .map((line) => dedent(line, indent))
    .join('\n')
    .replace(/^\n+/u, '');
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** Removes up to `n` leading whitespace characters. */
function dedent(line: string, n: number): string {
  return line.slice(Math.min(n, leadingSpaces(line)));
}

/** Column of UTF-16 index `index` within its line, in code points (as Lean counts). */
function codePointColumn(text: string, index: number): number {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return [...text.slice(lineStart, index)].length;
}
