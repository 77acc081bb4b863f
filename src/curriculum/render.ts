/**
 * Lean source of a family's problems in the format of problems/README.md: the common header,
 * then per problem one `-- tags:` line and a one-line `theorem … := by sorry`.
 */
import type { GeneratedProblem } from './generate.ts';
import { HEADER } from './verify.ts';

/** The file name of a family's problems. */
export function familyFileName(family: string): string {
  return `${family}.lean`;
}

export function renderProblem(problem: GeneratedProblem): string {
  const c = problem.candidate;
  const binders = c.binders === '' ? '' : ` ${c.binders}`;
  return `-- tags: topic=${c.topic} difficulty=${c.difficulty} family=${c.family}\ntheorem ${problem.name}${binders} : ${c.goal} := by sorry\n`;
}

export function renderFile(problems: readonly GeneratedProblem[]): string {
  return `${HEADER}\n\n${problems.map(renderProblem).join('\n')}`;
}
