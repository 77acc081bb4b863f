/**
 * The curriculum: generated training problems of graded difficulty (issue #7, part 3).
 *
 * Algorithm sketch
 * 1. Each family (families/) draws a candidate from a seeded PRNG stream at a difficulty 1..5:
 *    the Lean text of a statement, a witness assignment for its variables, and the exact
 *    argument why it is true (a polynomial identity, a nonnegative combination of hypotheses,
 *    a sum of squares, an elimination with the adjugate, a factoring, exact evaluation).
 * 2. verify.ts parses and elaborates the printed statement, checks the witness satisfies every
 *    hypothesis (no vacuous problems) and the goal, and re-derives the argument from the parsed
 *    statement with exact polynomial normal forms (the trusted core's `checkIdentity`) or the
 *    exact evaluator (Lean's ℕ/ℤ/field conventions). Anything that fails is discarded.
 * 3. generate.ts keeps a candidate unless its normalised statement was kept already or is
 *    excluded (the valid split); render.ts prints one file per family.
 * Output is byte-identical for a seed: no clock, no Math.random, a fixed family order.
 *
 * Files
 * - prng.ts — mulberry32, and the per-(seed, family, attempt) stream.
 * - candidate.ts — `Candidate`, `TruthArgument`, `Family`.
 * - lean-text.ts — printing numbers, integer polynomials and binders as Lean source.
 * - closed-value.ts — the exact value of a closed term (for `expr = value` statements).
 * - verify.ts — the exact truth check and the normalised statement key.
 * - generate.ts — the loop: quotas by weight, difficulty cycle, de-duplication, exclusions.
 * - exclusions.ts — keys of the statements that must not be generated (problems/valid, …).
 * - render.ts — the Lean files, in the format of problems/README.md.
 * - families/ — one module per family (index.ts lists them in generation order).
 */
export { CURRICULUM_DEFAULTS } from './defaults.ts';
export { exclusionKeys } from './exclusions.ts';
export { generateCurriculum, quotas, type FamilyOutput, type GeneratedProblem } from './generate.ts';
export { familyFileName, renderFile } from './render.ts';
export { checkArgumentOf, verifyCandidate, statementKey } from './verify.ts';
export { FAMILIES } from './families/index.ts';
