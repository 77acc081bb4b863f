/**
 * The exact value of a closed Lean term, with Lean's conventions (through the symbolic
 * evaluator), for generators that state `expr = value`: they print `expr`, ask here for its
 * value, and print that. `verify.ts` re-evaluates the whole statement independently.
 */
import type { Rational } from '../symbolic/core/index.ts';
import { evaluate } from '../symbolic/eval/index.ts';
import { parseTerm } from '../symbolic/syntax/index.ts';

const OPENS = ['Real', 'Nat'];

/** The value of `text`, or undefined when it does not elaborate or has no exact value. */
export function closedValue(text: string): Rational | undefined {
  const parsed = parseTerm(text, { variables: [], opens: OPENS });
  if (parsed.kind !== 'ok') return undefined;
  const r = evaluate(parsed.term, new Map());
  return r.kind === 'ok' && r.value.kind === 'num' ? r.value.value : undefined;
}
