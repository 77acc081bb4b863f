/**
 * Goals and tactic calls for the arithmetic suites, built with the real parser: a goal is
 * written as a Lean signature (`(x : ℝ) (h₀ : 0 < x) : 0 < x ^ 2`), hint arguments as Lean text.
 */
import { parseStatement, parseTerm, type Term } from '../../../src/symbolic/syntax/index.ts';
import { DEFAULT_LIMITS, type Limits } from '../../../src/symbolic/core/index.ts';
import type { Goal, HandlerContext, TacticArg, TacticCall, TacticOutcome } from '../../../src/symbolic/engine/types.ts';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';

/** The goal stated by `theorem t <signature> := by sorry` under `open Real Nat`. */
export function goalOf(signature: string): Goal {
  const problem = {
    name: 't',
    kind: 'theorem' as const,
    header: 'import Mathlib\nopen Real Nat',
    text: `theorem t ${signature} := by sorry`,
    signature: `theorem t ${signature}`,
    position: { file: '<test>', line: 1, column: 0 },
    tags: {},
  };
  const r = parseStatement(problem);
  if (r.kind !== 'ok') throw new Error(`test goal does not parse: ${signature}: ${JSON.stringify(r)}`);
  return { context: r.statement.binders, target: r.statement.goal };
}

/** A term parsed in `goal`'s context (hypotheses usable as proofs, unknown names as lemmas). */
export function termIn(goal: Goal, text: string, expectedProp = false): Term {
  const variables = goal.context.flatMap((e) => (e.kind === 'variable' ? [{ name: e.name, type: e.type }] : []));
  const hypotheses = goal.context.flatMap((e) => (e.kind === 'hypothesis' ? [{ name: e.name, prop: e.prop }] : []));
  const r = parseTerm(text, {
    variables,
    hypotheses,
    opens: ['Real', 'Nat'],
    allowUnknownConstants: true,
    ...(expectedProp ? { expectedType: { kind: 'prop' } as const } : {}),
  });
  if (r.kind !== 'ok') throw new Error(`test term does not parse: ${text}: ${JSON.stringify(r)}`);
  return r.term;
}

/** Hint arguments: hypothesis names become `hyp` arguments, anything else a parsed term. */
export function argsIn(goal: Goal, texts: readonly string[]): TacticArg[] {
  return texts.map((text) => {
    const h = goal.context.find((e) => e.kind === 'hypothesis' && e.name === text);
    if (h !== undefined && h.kind === 'hypothesis') return { kind: 'hyp', name: h.name, prop: h.prop };
    return { kind: 'term', term: termIn(goal, text) };
  });
}

export function ctxWith(ms = 3_000, limits: Limits = DEFAULT_LIMITS): HandlerContext {
  return { deadline: Date.now() + ms, allowSmt: false, limits };
}

export interface CallSpec {
  readonly args?: readonly string[];
  readonly at?: readonly string[];
  readonly atTarget?: boolean;
  readonly only?: boolean;
}

/** Runs the handler `name` on `goal`. */
export async function run(name: string, goal: Goal, spec: CallSpec = {}, ctx: HandlerContext = ctxWith()): Promise<TacticOutcome> {
  const handler = arithmeticHandlers[name];
  if (handler === undefined) throw new Error(`no handler ${name}`);
  const call: TacticCall = {
    name,
    text: name,
    args: argsIn(goal, spec.args ?? []),
    ...(spec.at !== undefined ? { location: { hypotheses: spec.at, target: spec.atTarget ?? false } } : {}),
    ...(spec.only !== undefined ? { only: spec.only } : {}),
  };
  return handler(goal, call, ctx);
}

/** Whether the outcome closes the goal with a certified step. */
export function closes(o: TacticOutcome): boolean {
  return o.kind === 'goals' && o.goals.length === 0 && o.tier === 'certified';
}
