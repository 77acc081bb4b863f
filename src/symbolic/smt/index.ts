/**
 * The smt tier: goals decided by z3 on a translation faithful to Lean semantics, with no
 * certificate. An `unsat` answer closes a goal with tier `smt`; a `sat` model is only a
 * candidate counterexample (see ../counterexample, which re-checks it exactly).
 *
 * Algorithm sketch: declare the goal's variables (ℕ as Int with `≥ 0`, ℤ as Int, ℚ/ℝ as Real,
 * functions as uninterpreted symbols), assert its hypotheses and the negated target with Lean's
 * conventions spelled out (`ite` for truncated subtraction and division by zero, Euclidean
 * div/mod), check under the deadline (z3's `timeout` plus a wall-clock interrupt), and read an
 * exact model back on `sat`.
 *
 * Files:
 * - z3.ts        — the shared z3 instance (thread-safe frees, renewal), the task queue every z3
 *                  call goes through, `shutdownSmt()` so a CLI can exit.
 * - translate.ts — Lean term → z3 expression, and what counts as unsupported.
 * - model.ts     — z3 model → exact evaluator values.
 * - prove.ts     — `smtProve`.
 */
export { smtProve, type SmtOptions, type SmtResult } from './prove.ts';
export { DEFAULT_RENEWAL, setRenewalPolicy, shutdownSmt, z3Stats, type RenewalPolicy, type Z3Stats } from './z3.ts';
