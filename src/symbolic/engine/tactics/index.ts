/**
 * The logical tactics, one small file per family. Each handler takes the first goal and
 * returns the goals that replace it (the contract of ../types.ts); all are rules of logic, so
 * their steps are `certified` (nested `by` blocks pass on their own tier).
 *
 * Files
 * - basic.ts     — exact, apply, refine, constructor, left/right, exfalso, trivial, rfl, assumption, contradiction, show, clear, use, symm, rename_i.
 * - intro.ts     — intro, intros, rintro.
 * - cases.ts     — rcases, obtain, cases', cases (patterns over ∧ ∨ ∃ ↔ False, `rfl` substitution).
 * - subst.ts     — subst, subst_vars.
 * - contra.ts    — by_contra(!), by_cases, push_neg, contrapose(!), absurd.
 * - push-neg.ts  — the push_neg rewriting itself (equivalences; order rules on linear orders only).
 * - have.ts      — have (both forms), specialize.
 * - rewrite.ts   — rw / rewrite / rwa (kabstract: first instance fixes metavariables, all instances replaced, then rfl).
 * - induction.ts — induction on ℕ (generalising dependent hypotheses), ℕ case splits, `with` alternatives.
 * - close.ts     — the reflexivity / assumption / closed-evaluation checks shared by rfl, trivial, use.
 */
export { pushNeg } from './push-neg.ts';
