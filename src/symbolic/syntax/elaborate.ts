/**
 * The elaborate stage and the public entry points: a surface statement to a `Statement`,
 * `parseStatement` (both stages), and `parseTerm` for tactic arguments.
 */
import type { Problem, SourcePosition } from '../../core/problem.ts';
import { internalError } from '../../core/errors.ts';
import type { ContextEntry, Statement, Term } from './ast.ts';
import { checkTerm } from './check.ts';
import { extendScope, type Scope } from './elab-common.ts';
import { Elaborator } from './elaborator.ts';
import { parseSurface, parseSurfaceTerm } from './parse-statement.ts';
import { Abort, type SourceMap, type SyntaxFailure } from './source.ts';
import type { SurfaceStatement } from './surface.ts';
import { PROOF, PROP, type Ty } from './types.ts';

export type StatementResult = { readonly kind: 'ok'; readonly statement: Statement } | SyntaxFailure;
export type TermResult = { readonly kind: 'ok'; readonly term: Term } | SyntaxFailure;

/** A finished top-level term must be well typed: anything else is a bug in the elaborator. */
function finished(term: Term): Term {
  const check = checkTerm(term);
  if (check.kind === 'error') throw internalError(`elaborated an ill-typed term: ${check.message}`);
  return term;
}

/**
 * Elaborates a parsed statement into typed binders, hypotheses and goal. Never throws for
 * bad input: anything outside the fragment, unknown identifiers and type errors give an
 * elaborate `SyntaxFailure` naming the construct, at its file position.
 */
export function elaborate(surface: SurfaceStatement): StatementResult {
  const elaborator = new Elaborator({ opens: surface.opens, allowUnknownConstants: false });
  try {
    let scope: Scope | undefined;
    const binders: ContextEntry[] = [];
    for (const group of surface.binders) {
      if (group.bracket === '[')
        throw new Abort('elaborate', 'instance binder', 'instance binders [..] are outside the supported fragment', group.pos);
      if (group.type === undefined) {
        const first = group.names[0];
        throw new Abort('elaborate', first?.name ?? 'binder', `binder ${first?.name ?? ''} needs a type`, group.pos);
      }
      const ty = elaborator.asType(group.type);
      if (ty !== null) {
        for (const { name } of group.names) {
          binders.push({ kind: 'variable', name, type: ty, ...(group.bracket === '(' ? {} : { implicit: true }) });
          scope = extendScope(scope, name, ty);
        }
      } else {
        const prop = finished(elaborator.finish(elaborator.elab(group.type, scope, PROP)));
        for (const { name } of group.names) binders.push({ kind: 'hypothesis', name, prop });
      }
    }
    const goal = finished(elaborator.finish(elaborator.elab(surface.type, scope, PROP)));
    const variables = binders.flatMap((b) => (b.kind === 'variable' ? [{ name: b.name, type: b.type }] : []));
    const hypotheses = binders.flatMap((b) => (b.kind === 'hypothesis' ? [{ name: b.name, prop: b.prop }] : []));
    return {
      kind: 'ok',
      statement: { name: surface.name, declKind: surface.declKind, binders, variables, hypotheses, goal, opens: surface.opens },
    };
  } catch (e) {
    if (e instanceof Abort) return e.toFailure(surface.source);
    throw e;
  }
}

/** Parses and elaborates `problem.signature` under its header; see `parseSurface`, `elaborate`. */
export function parseStatement(problem: Problem): StatementResult {
  const surface = parseSurface(problem);
  if (surface.kind === 'error') return surface;
  return elaborate(surface.surface);
}

/** What `parseTerm` knows about the place the term is written in. */
export interface TermContext {
  /** Variables in scope, in order (later ones shadow earlier ones of the same name). */
  readonly variables: readonly { readonly name: string; readonly type: Ty }[];
  /** Hypotheses; in scope as proof names only when `allowUnknownConstants` is set. */
  readonly hypotheses?: readonly { readonly name: string; readonly prop: Term }[];
  /** The type the term must have (coercing up the numeric tower); `Prop` for a proposition. */
  readonly expectedType?: Ty;
  /** Open namespaces, e.g. `statement.opens`. */
  readonly opens?: readonly string[];
  /** Accept unknown names as lemma applications (`sq_nonneg (a - b)`, `mul_pos ha hb`). */
  readonly allowUnknownConstants?: boolean;
  /** Where the text starts, for error positions; defaults to `<term>:1:0`. */
  readonly position?: SourcePosition;
}

/**
 * Parses and elaborates one term in a context (for tactic arguments: `have h : x ^ 2 ≥ 0`,
 * `use 3`, `nlinarith [sq_nonneg (a - b)]`). Never throws for bad input.
 */
export function parseTerm(text: string, ctx: TermContext): TermResult {
  const parsed = parseSurfaceTerm(text, ctx.position ?? { file: '<term>', line: 1, column: 0 });
  if (parsed.kind === 'error') return parsed;
  const allow = ctx.allowUnknownConstants ?? false;
  const elaborator = new Elaborator({ opens: ctx.opens ?? [], allowUnknownConstants: allow });
  let scope: Scope | undefined;
  if (allow) for (const h of ctx.hypotheses ?? []) scope = extendScope(scope, h.name, PROOF);
  for (const v of ctx.variables) scope = extendScope(scope, v.name, v.type);
  return run(parsed.source, () => {
    const expected = ctx.expectedType;
    const e = elaborator.elab(parsed.node, scope, expected?.kind === 'prop' ? PROP : expected);
    return finished(elaborator.finish(e));
  });
}

function run(source: SourceMap, f: () => Term): TermResult {
  try {
    return { kind: 'ok', term: f() };
  } catch (e) {
    if (e instanceof Abort) return e.toFailure(source);
    throw e;
  }
}
