/**
 * Counterexamples: assignments of a goal's variables under which every hypothesis is true and
 * the target false. This is how `proofseek check` calls a statement false (a misformalisation
 * detector), so nothing is reported unless exact evaluation confirms it.
 *
 * Algorithm sketch: introduce the target's leading `∀`/`→`; compute variables that hypotheses
 * define (`x = t`, `∀ x, f x = t`); enumerate the remaining ones from small candidate values
 * (0, 1, -1, small fractions, affine functions), smallest first, then at random; finally ask z3
 * for a model of (hypotheses ∧ ¬target). Every candidate goes through `refutes`.
 *
 * Files:
 * - prepare.ts    — introduces the target's `∀` binders and premises.
 * - candidates.ts — candidate values per type and a seeded random generator.
 * - search.ts     — definitions, enumeration and random sampling.
 * - confirm.ts    — `refutes`: the exact check every counterexample must pass.
 * - find.ts       — `findCounterexample`: sampling, then z3 models.
 */
export { findCounterexample, type CounterexampleOptions, type CounterexampleResult } from './find.ts';
export { refutes, CHECK_LIMITS } from './confirm.ts';
export { prepare, type Prepared } from './prepare.ts';
export { sampleCounterexample, type SampleOptions, type SampleResult } from './search.ts';
