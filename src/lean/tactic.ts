/**
 * Tactic mode, as pure readings of REPL responses. A problem is stated as `<signature> := by
 * sorry`; the `sorry` at the end of that text is the goal to prove, and its proof state is where
 * tactics start. A tactic's response is a step: still open, proved, or an error. *Proved* means
 * `proofStatus` is exactly `Completed` with no goals and no error: an empty goal list alone is not
 * a proof (Lean closes a goal with an implicit `sorry` after an error, transcript `invalid_tactic`).
 */
import type { TacticErrorReason } from '../core/seams.ts';
import type { Problem } from '../core/problem.ts';
import { internalError } from '../core/errors.ts';
import { errorMessages, formatMessage, type ProofStateId, type Response } from './protocol.ts';

/** The command that states `problem` with its proof left open. */
export function statementCommand(problem: Problem): string {
  return `${problem.signature} := by sorry`;
}

export type StatementGoal =
  | { readonly kind: 'ok'; readonly goal: string; readonly proofState: ProofStateId }
  | { readonly kind: 'error'; readonly message: string };

/** Reads the answer to `statementCommand`: the goal of its final `sorry`, or why there is none. */
export function statementGoal(response: Response, command: string): StatementGoal {
  if (response.kind === 'error') return { kind: 'error', message: `the REPL refused the statement: ${response.message}` };
  if (response.kind === 'tactic') throw internalError('a command was answered with a tactic response');
  const errors = errorMessages(response.messages);
  if (errors.length > 0) {
    return { kind: 'error', message: `the statement does not elaborate: ${errors.map(formatMessage).join('; ')}` };
  }
  const lines = command.split('\n');
  const line = lines.length;
  // Lean counts columns in code points.
  const column = [...lines[lines.length - 1]!].length - 'sorry'.length;
  const ours = response.sorries.filter((s) => s.pos?.line === line && s.pos.column === column);
  const others = response.sorries.filter((s) => !ours.includes(s));
  if (others.length > 0) return { kind: 'error', message: 'the statement itself contains `sorry`' };
  const target = ours[0];
  if (ours.length !== 1 || target?.proofState === undefined) {
    return { kind: 'error', message: 'Lean reported no goal for the statement' };
  }
  return { kind: 'ok', goal: target.goal, proofState: target.proofState };
}

export type TacticStep =
  | { readonly kind: 'open'; readonly goals: readonly string[]; readonly proofState: ProofStateId }
  | { readonly kind: 'proved'; readonly proofState: ProofStateId }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

const PARSE_ERROR = /^Lean error:\n<input>:\d+:\d+:/u;

/** Reads the answer to a tactic request. */
export function tacticStep(response: Response): TacticStep {
  if (response.kind === 'command') throw internalError('a tactic was answered with a command response');
  if (response.kind === 'error') {
    const message = response.message.replace(/^Lean error:\n/u, '');
    if (response.message.startsWith('Unknown proof state')) return { kind: 'error', reason: 'backend', message };
    if (PARSE_ERROR.test(response.message)) return { kind: 'error', reason: 'parse', message };
    return { kind: 'error', reason: 'failed', message };
  }
  const errors = errorMessages(response.messages);
  if (errors.length > 0) return { kind: 'error', reason: 'failed', message: errors.map(formatMessage).join('; ') };
  // A step that introduces a sorry can never lead to a Completed proof.
  if (response.sorries.length > 0) {
    return { kind: 'error', reason: 'failed', message: 'the tactic leaves a `sorry` behind' };
  }
  const status = response.proofStatus;
  if (status.kind === 'completed' && response.goals.length === 0) return { kind: 'proved', proofState: response.proofState };
  if (status.kind === 'open-goals' && response.goals.length > 0) {
    return { kind: 'open', goals: response.goals, proofState: response.proofState };
  }
  const text = status.kind === 'completed' ? 'Completed, yet goals remain' : status.text;
  return { kind: 'error', reason: 'failed', message: `not a proof: ${text}` };
}
