/**
 * The tactic-script parser: text → `TacticNode` tree (see ../tactic-ast.ts). Whitespace
 * sensitive like Lean 4; terms inside tactics stay source spans for the term elaborator.
 *
 * Algorithm sketch: `parseSeq` reads tactics at one column (or after `;`); each item is a `·`
 * block, a parenthesised block, a combinator, or an atomic tactic whose extent ends at a
 * top-level `;`/`<;>`, a closing bracket, or a line indented no further than the block
 * (after a `by` or `=>` the rest belongs to that nested block); the atomic text is then parsed
 * by tactic name, recursing into nested `by` blocks.
 *
 * Files
 * - block.ts      — `parseScript`, sequences, focusing, `<;>`, combinators, `case`, atomic extents.
 * - atomic.ts     — one tactic's syntax by name (`rw [...] at h`, `obtain pat : T := e`, `induction n with | …`).
 * - proof-expr.ts — proof expressions (`by`, `⟨…⟩`, `(e : T)`, `h.1`, applications, plain terms).
 * - pattern.ts    — rcases patterns.
 * - abort.ts      — the internal failure carried to the entry point and returned as a value.
 */
export { MAX_SCRIPT_LENGTH, parseScript } from './block.ts';
