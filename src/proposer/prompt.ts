/**
 * Prompt templates for the model-backed proposers (`hf`, `http`). A template is text with the
 * placeholder `{goal}` (the first goal, pretty-printed) and optionally `{goals}` (all open
 * goals, blank-line separated); the default is LeanDojo/ReProver's `[GOAL]{goal}[PROOFSTEP]`.
 */
import { InputError } from '../core/errors.ts';
import type { ProofState } from '../core/seams.ts';

export const DEFAULT_PROMPT_TEMPLATE = '[GOAL]{goal}[PROOFSTEP]';

const PLACEHOLDER = /\{(goal|goals)\}/gu;

/** Checks a template given on the command line. @throws InputError when it has no placeholder. */
export function checkPromptTemplate(template: string): string {
  if (!/\{goals?\}/u.test(template)) throw new InputError(`prompt template '${template}' has no {goal} or {goals} placeholder`);
  return template;
}

/** The prompt for `state`. A `\n` written as the two characters backslash-n means a newline. */
export function renderPrompt(template: string, state: ProofState): string {
  const text = template.replace(/\\n/gu, '\n');
  return text.replace(PLACEHOLDER, (_, name: string) => (name === 'goal' ? (state.goals[0] ?? '') : state.goals.join('\n\n')));
}
