/**
 * Exact evaluation of typed terms with Lean/Mathlib semantics: the "exact evaluation"
 * certificate checker of the symbolic backend, and the judge of every counterexample.
 *
 * Algorithm sketch: a recursive pass over the term under an assignment of its free variables.
 * Numbers are exact rationals (ℂ: pairs of them) tagged with their Lean type, and every
 * operation follows Lean's total-function conventions (ℕ subtraction truncates, ℕ `/` floors,
 * ℤ `/` `%` are Euclidean, `x / 0 = 0`, `0 ^ 0 = 1`, `Real.sqrt` of a negative is 0).
 * Propositions are three-valued (true / false / unknown): an unknown operand only matters when
 * the other one does not settle the connective. Quantifiers are decided by enumeration when
 * their guards (`x < n`, `x ∈ Finset.range n`, …) bound the variable to a small finite domain.
 * Everything is bounded: number size (core `Limits.maxBits`), enumeration size, steps, depth
 * and an optional deadline; exceeding any of them is a `resource` value, never a hang.
 *
 * Files:
 * - value.ts         — `Value`, `EvalResult`, typing/equality of values, printing.
 * - arith.ts         — `+ - * / % ^ ⁻¹`, negation and casts at ℕ/ℤ/ℚ/ℝ/ℂ with Lean's conventions.
 * - builtins.ts      — `Real.sqrt`, `Nat.digits`, `Finset.range`, `Nat.Prime`, gcd, floor, … on values.
 * - number-theory.ts — integer roots, exact rational roots, primality, factorisation, digits, choose.
 * - domain.ts        — finite domains of bound variables read off their guards.
 * - evaluate.ts      — the recursive evaluator, `evaluate` and `evaluateProp`.
 */
export { evaluate, evaluateProp, type EvalLimits, type PropResult } from './evaluate.ts';
export {
  boolValue,
  complexValue,
  makeFinset,
  num,
  numValue,
  showValue,
  unknown,
  ok,
  valueEquals,
  valueFits,
  type EvalResult,
  type NumValue,
  type Value,
} from './value.ts';
export { finiteDomain, guardsOf, type DomainMode, type DomainResult } from './domain.ts';
export { isPrime, isqrt, exactRoot } from './number-theory.ts';
