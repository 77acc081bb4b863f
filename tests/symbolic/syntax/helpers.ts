/** Builders and a compact term rendering shared by the syntax tests. */
import type { Problem, SourcePosition } from '../../../src/core/problem.ts';
import {
  formatFailure,
  parseStatement,
  parseTerm,
  printTy,
  type Statement,
  type Term,
  type TermContext,
} from '../../../src/symbolic/syntax/index.ts';

export const MINIF2F_HEADER = 'import Mathlib\n\nset_option maxHeartbeats 0\n\nopen BigOperators Real Nat Topology Rat';

export function problem(
  signature: string,
  opts: { header?: string; position?: SourcePosition; name?: string } = {},
): Problem {
  return {
    name: opts.name ?? 'test',
    kind: 'theorem',
    header: opts.header ?? MINIF2F_HEADER,
    text: `${signature} := by sorry`,
    signature,
    position: opts.position ?? { file: 'Test.lean', line: 1, column: 0 },
    tags: {},
  };
}

/** Elaborates a signature; fails the test with the formatted error otherwise. */
export function statementOf(signature: string, header?: string): Statement {
  const r = parseStatement(problem(signature, header === undefined ? {} : { header }));
  if (r.kind === 'error') throw new Error(`expected success: ${formatFailure(r)}`);
  return r.statement;
}

/** The goal of `theorem test <binders> : <goal>`. */
export function goalOf(binders: string, goal: string, header?: string): Term {
  return statementOf(`theorem test ${binders} : ${goal}`, header).goal;
}

export function termOf(text: string, ctx: TermContext): Term {
  const r = parseTerm(text, ctx);
  if (r.kind === 'error') throw new Error(`expected success: ${formatFailure(r)}`);
  return r.term;
}

/**
 * A compact rendering that shows every literal's type and every cast:
 * `(↑ℝ(n) + 2:ℝ)`. Binding forms fall back to a short generic form.
 */
export function show(t: Term): string {
  switch (t.kind) {
    case 'var':
      return t.name;
    case 'lit':
      return `${t.num}${t.den === 1n ? '' : `/${t.den}`}:${printTy(t.type)}`;
    case 'cast':
      return `↑${printTy(t.type)}(${show(t.arg)})`;
    case 'neg':
      return `-(${show(t.arg)})`;
    case 'inv':
      return `(${show(t.arg)})⁻¹`;
    case 'arith':
    case 'rel':
    case 'logic':
      return `(${show(t.left)} ${t.op} ${show(t.right)})`;
    case 'pow':
      return `(${show(t.base)} ^ ${show(t.exponent)})`;
    case 'app':
      return `${show(t.fn)}(${show(t.arg)})`;
    case 'call':
    case 'lemma':
      return `${t.kind === 'call' ? t.fn : t.name}(${t.args.map(show).join(', ')})`;
    case 'not':
      return `¬${show(t.arg)}`;
    case 'mem':
      return `(${show(t.elem)} ∈ ${show(t.set)})`;
    case 'modeq':
      return `(${show(t.left)} ≡ ${show(t.right)} [MOD ${show(t.modulus)}])`;
    case 'propConst':
      return t.value ? 'True' : 'False';
    case 'quant':
      return `(${t.q} ${t.binder.name}:${printTy(t.binder.type)}, ${show(t.body)})`;
    case 'lambda':
      return `(fun ${t.param.name}:${printTy(t.param.type)} => ${show(t.body)})`;
    case 'setOf':
      return `{${t.param.name}:${printTy(t.param.type)} | ${show(t.body)}}`;
    case 'bigop':
      return `(${t.op} ${t.index.name}:${printTy(t.index.type)} ∈ ${show(t.domain)}, ${show(t.body)})`;
  }
}

/** JSON with bigints, for exact structural comparison in messages. */
export function json(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}
