/**
 * The arithmetic tactics of the symbolic engine: `norm_num`, `simp`, `ring`, `ring_nf`,
 * `field_simp`, `linarith`, `nlinarith`, `positivity`, `omega`, `decide`, `interval_cases`.
 *
 * Algorithm sketch: every numeric term is linearised (linearize.ts) into a polynomial over
 * atoms, exact under Lean's semantics (ℕ subtraction, ℕ/ℤ division and field inverses become
 * atoms unless provably exact). Closing steps go through the trusted core: polynomial identities
 * (`checkIdentity`: ring, the simplifier's decisions, field_simp's rewrite check), refutation
 * certificates (`checkCertificate`, proposed by the oracle: linarith, nlinarith, omega's leaves,
 * positivity's steps), or exact evaluation (../eval: norm_num, simp, decide). Case splits
 * (omega, interval_cases) and integer tightening are exact reasoning around checked leaves.
 * Nothing here calls z3: a `failed` closing tactic is where the engine may try smt.
 *
 * Files:
 * - atoms.ts          — the atom table: keys, representative terms, definitions of atoms.
 * - linearize.ts      — terms → polynomials over atoms (the shared heart).
 * - to-term.ts        — polynomials → terms (normal forms printed back).
 * - facts.ts          — propositions → core facts (strict-int strengthening, negation), atom facts.
 * - certify.ts        — oracle proposes, core checks: the one road to a refutation.
 * - goal.ts           — reading and replacing hypotheses; timeouts.
 * - hints.ts          — statements of Mathlib hint lemmas (`sq_nonneg`, `mul_pos`, …).
 * - linarith.ts       — `linarith`, `nlinarith`.
 * - ring.ts           — `ring`, `ring_nf`.
 * - simplify.ts       — the arithmetic simplifier (rewrites, evaluation, decisions, residues, sums, casts).
 * - norm-num.ts       — `norm_num`, `simp`, `simp only`.
 * - field-simp.ts     — `field_simp` with checked denominator clearing.
 * - positivity.ts     — `positivity` by Mathlib's rules, polynomial steps certified.
 * - rational-point.ts — untrusted Fourier–Motzkin point finder for branch and bound.
 * - omega.ts          — `omega`: case splits, integer tightening, certificates, branch and bound.
 * - omega-frontend.ts — `omega`'s reading of terms, as Lean's omega frontend (atoms, not ring normal forms).
 * - decide.ts         — `decide` by exact evaluation.
 * - interval-cases.ts — `interval_cases x`.
 */
import { tacticError, type TacticHandler } from '../engine/types.ts';
import { decideHandler } from './decide.ts';
import { fieldSimpHandler } from './field-simp.ts';
import { intervalCasesHandler } from './interval-cases.ts';
import { linarithHandler } from './linarith.ts';
import { simpHandler } from './norm-num.ts';
import { omegaHandler } from './omega.ts';
import { positivityHandler } from './positivity.ts';
import { ringHandler, ringNfHandler } from './ring.ts';

/**
 * A handler that turns an unexpected exception (a bug) into an error outcome, so the engine
 * never sees a throw from an arithmetic tactic. A deep term can exhaust the stack: that is a
 * resource refusal, not a crash.
 */
function guarded(name: string, h: TacticHandler): TacticHandler {
  return async (goal, call, ctx) => {
    try {
      return await h(goal, call, ctx);
    } catch (e) {
      if (e instanceof RangeError) return tacticError('resource', `${name}: term too deep`);
      return tacticError('backend', `${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

const HANDLERS: Record<string, TacticHandler> = {
  norm_num: simpHandler('norm_num'),
  simp: simpHandler('simp'),
  ring: ringHandler,
  ring_nf: ringNfHandler,
  field_simp: fieldSimpHandler,
  linarith: linarithHandler(false),
  nlinarith: linarithHandler(true),
  positivity: positivityHandler,
  omega: omegaHandler,
  decide: decideHandler,
  interval_cases: intervalCasesHandler,
};

/**
 * The arithmetic tactics by Lean name. Each follows the soundness contract of
 * ../engine/types.ts: a closed goal (tier `certified`) was proved by a core-checked certificate
 * or an exact evaluation; returned goals imply the input goal; anything else is an error value.
 */
export const arithmeticHandlers: Readonly<Record<string, TacticHandler>> = Object.freeze(
  Object.fromEntries(Object.entries(HANDLERS).map(([name, h]) => [name, guarded(name, h)])),
);

export { hintStatement, isKnownLemma, type HintResult } from './hints.ts';
export { linearize, type LinResult } from './linearize.ts';
export { AtomTable, type AtomInfo, type AtomDef } from './atoms.ts';
export { proveByLinarith, type ArithVerdict } from './linarith.ts';
