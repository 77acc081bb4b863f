/**
 * Untrusted oracles for the symbolic backend: they search for certificates and return them as
 * plain data; nothing here decides truth. Every answer must pass `checkCertificate` in
 * ../core before a goal counts as proved, so a bug here costs completeness, never soundness.
 *
 * Algorithm sketch (after Mathlib's `Linarith`): facts `p > 0 / ≥ 0 / = 0` → each distinct
 * non-constant monomial is an LP variable → exact simplex (Bland's rule, integer tableau) finds
 * multipliers whose combination is a negative constant, or zero with a strict fact → a
 * certificate. For `nlinarith`, hint squares and all pairwise products join the facts first.
 *
 * Files:
 * - simplex.ts  — phase-I simplex over exact integers; `findMultipliers`, `findLinearCertificate`.
 * - products.ts — `nlinarith` preprocessing: squares and pairwise products, then the simplex.
 * - refute.ts   — `refuteFacts`: linear first, then products; the entry point for tactics.
 */
export { DEFAULT_MAX_PIVOTS, findLinearCertificate, findMultipliers, type Generator, type LinearSearch, type MultiplierSearch, type SearchBudget } from './simplex.ts';
export { DEFAULT_MAX_PRODUCTS, findProductCertificate, type ProductOptions, type ProductSearch } from './products.ts';
export { refuteFacts, type Refutation, type RefuteOptions } from './refute.ts';
