/**
 * Lean 4 statement front end of the symbolic backend: text → surface syntax → typed AST → text.
 *
 * Algorithm sketch
 * 1. Lex the signature into Lean tokens (code-point offsets; comments skipped).
 * 2. Pratt-parse with Lean's precedences into surface syntax (`parseSurface`: the "parsed" count).
 * 3. Elaborate (`elaborate`: the "elaborated" count): resolve names under the header's `open`s,
 *    infer types as Lean's `binop%`/`binrel%` elaborators do (largest numeric type of a tree's
 *    leaves wins, smaller leaves get explicit `cast` nodes; numerals default to ℕ; type
 *    metavariables for untyped binders), then validate every node against the fragment.
 * 4. Print back (`printTerm`, `printStatement`, `printGoal`) so that re-elaboration gives the
 *    same AST. Every failure is a `SyntaxFailure` value with the file line:column; nothing throws.
 *
 * Files
 * - types.ts — types of the fragment (ℕ ℤ ℚ ℝ ℂ, Prop, functions, Finset/Set/List) and coercions.
 * - ast.ts — the typed term union, constructors, statements and goal contexts.
 * - equality.ts — α-invariant canonical keys (`termKey`) and `termEquals`.
 * - substitute.ts — free variables, capture-avoiding substitution, generic children.
 * - check.ts — per-node typing and fragment rules (`validateNode`, `checkTerm`).
 * - builtins.ts — signatures of the builtin functions and name resolution under `open`.
 * - source.ts — `SyntaxFailure`, source maps from offsets to file positions.
 * - lexer.ts — tokens.
 * - surface.ts — surface syntax and its depth guard.
 * - parser.ts — the Pratt parser for terms and binders.
 * - parse-statement.ts — declarations (`theorem … : …`), header `open`s, standalone terms.
 * - meta.ts — type metavariables and unification.
 * - elab-common.ts — elaborated terms (`Elab`: type now, term once solved), scopes, failure.
 * - elaborator.ts — the elaborator's state, coercion, types, and the dispatch over syntax.
 * - elab-operators.ts — `binop%`/`binrel%` trees, `∣`, `↑`, connectives, membership.
 * - elab-apps.ts — names, overloads under `open`, builtin applications, field notation.
 * - elab-binders.ts — quantifiers, `fun`, big operators, set-builder notation.
 * - elaborate.ts — statement elaboration, `parseStatement`, `parseTerm`.
 * - printer.ts — Lean-syntax printing of terms, statements and goals.
 */
export * from './types.ts';
export * from './ast.ts';
export { termEquals, termKey } from './equality.ts';
export { children, freeVars, freshName, occursFree, substitute, substituteAll, withChildren } from './substitute.ts';
export { checkTerm, validateNode, type CheckResult, type NodeProblem } from './check.ts';
export { formatFailure, type SyntaxFailure } from './source.ts';
export { opensOfHeader, parseSurface, type SurfaceResult } from './parse-statement.ts';
export type { SurfaceStatement } from './surface.ts';
export {
  elaborate,
  parseStatement,
  parseTerm,
  type StatementResult,
  type TermContext,
  type TermResult,
} from './elaborate.ts';
export { printGoal, printStatement, printTerm } from './printer.ts';
