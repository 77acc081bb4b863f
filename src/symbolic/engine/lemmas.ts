/**
 * The Mathlib lemmas the engine can use in proof terms (`exact`, `have … :=`, `rw [...]`,
 * `obtain … :=`, hints), each with its exact statement in Lean syntax and the numeric types it
 * holds at. This table is trusted: every statement here must be true at every listed type under
 * Lean's conventions (ℕ subtraction truncates, `x / 0 = 0`, …). A test evaluates each one at
 * random points with the exact evaluator to catch a mistyped entry.
 *
 * Implicit arguments become metavariables on use; explicit ones are the statement's leading
 * `∀`s and `→`s, consumed by application in order.
 */
import { FALSE, TRUE, mkLogic, mkNot, mkQuant, mkRel, mkVar, type Term } from '../syntax/ast.ts';
import { parseTerm } from '../syntax/elaborate.ts';
import { PROP, numTy, type NumTypeName, type Ty } from '../syntax/types.ts';
import { substituteAll } from '../syntax/substitute.ts';
import type { Metas } from './unify.ts';

export interface LemmaSpec {
  readonly name: string;
  /** Numeric types the statement holds at, in preference order (α in the texts below). */
  readonly types: readonly NumTypeName[];
  /** Implicit variables, `'a b : α'`; groups separated by `;` (`'r : α; z : ℤ'`). */
  readonly implicit?: string;
  /** The statement after the implicit binders. */
  readonly statement: string;
}

const ORD: readonly NumTypeName[] = ['Real', 'Rat', 'Int', 'Nat'];
const ORD_RING: readonly NumTypeName[] = ['Real', 'Rat', 'Int'];
const FIELD_ORD: readonly NumTypeName[] = ['Real', 'Rat'];
const FIELD: readonly NumTypeName[] = ['Real', 'Rat', 'Complex'];
const ALL: readonly NumTypeName[] = ['Real', 'Rat', 'Int', 'Nat', 'Complex'];
const COMM_RING: readonly NumTypeName[] = ['Real', 'Rat', 'Int', 'Complex'];
const REAL: readonly NumTypeName[] = ['Real'];
const NAT: readonly NumTypeName[] = ['Nat'];
const INT: readonly NumTypeName[] = ['Int'];
const INTEGRAL: readonly NumTypeName[] = ['Int', 'Nat'];
const CAST_TARGETS: readonly NumTypeName[] = ['Real', 'Rat', 'Int'];

const L = (name: string, types: readonly NumTypeName[], statement: string, implicit?: string): LemmaSpec =>
  implicit === undefined ? { name, types, statement } : { name, types, statement, implicit };

/** The numeric lemma table. */
export const LEMMAS: readonly LemmaSpec[] = [
  // squares and absolute values
  L('sq_nonneg', ORD, '∀ (a : α), 0 ≤ a ^ 2'),
  L('pow_two_nonneg', ORD, '∀ (a : α), 0 ≤ a ^ 2'),
  L('mul_self_nonneg', ORD_RING, '∀ (a : α), 0 ≤ a * a'),
  L('sq_abs', ORD_RING, '∀ (a : α), |a| ^ 2 = a ^ 2'),
  L('abs_nonneg', ORD_RING, '∀ (a : α), 0 ≤ |a|'),
  L('abs_mul_abs_self', ORD_RING, '∀ (a : α), |a| * |a| = a * a'),
  L('abs_mul_self', ORD_RING, '∀ (a : α), |a * a| = a * a'),
  L('abs_add', ORD_RING, '∀ (a b : α), |a + b| ≤ |a| + |b|'),
  L('abs_sub_abs_le_abs_sub', ORD_RING, '∀ (a b : α), |a| - |b| ≤ |a - b|'),
  L('abs_le', ORD_RING, '|a| ≤ b ↔ -b ≤ a ∧ a ≤ b', 'a b : α'),
  L('abs_lt', ORD_RING, '|a| < b ↔ -b < a ∧ a < b', 'a b : α'),
  L('abs_eq', ORD_RING, '0 ≤ b → (|a| = b ↔ a = b ∨ a = -b)', 'a b : α'),
  L('abs_of_nonneg', ORD_RING, '0 ≤ a → |a| = a', 'a : α'),
  L('abs_of_pos', ORD_RING, '0 < a → |a| = a', 'a : α'),
  L('abs_of_neg', ORD_RING, 'a < 0 → |a| = -a', 'a : α'),
  L('abs_of_nonpos', ORD_RING, 'a ≤ 0 → |a| = -a', 'a : α'),
  L('le_abs_self', ORD_RING, '∀ (a : α), a ≤ |a|'),
  L('abs_cases', ORD_RING, '∀ (a : α), |a| = a ∧ 0 ≤ a ∨ |a| = -a ∧ a < 0'),
  L('abs_sub_comm', ORD_RING, '∀ (a b : α), |a - b| = |b - a|'),
  L('abs_mul', ORD_RING, '∀ (a b : α), |a * b| = |a| * |b|'),
  L('abs_neg', ORD_RING, '∀ (a : α), |-a| = |a|'),
  L('neg_abs_le', ORD_RING, '∀ (a : α), -|a| ≤ a'),
  // products, sums, quotients and powers
  L('mul_pos', ORD, '0 < a → 0 < b → 0 < a * b', 'a b : α'),
  L('mul_nonneg', ORD, '0 ≤ a → 0 ≤ b → 0 ≤ a * b', 'a b : α'),
  L('mul_pos_of_neg_of_neg', ORD_RING, 'a < 0 → b < 0 → 0 < a * b', 'a b : α'),
  L('add_pos', ORD, '0 < a → 0 < b → 0 < a + b', 'a b : α'),
  L('add_nonneg', ORD, '0 ≤ a → 0 ≤ b → 0 ≤ a + b', 'a b : α'),
  L('add_pos_of_pos_of_nonneg', ORD, '0 < a → 0 ≤ b → 0 < a + b', 'a b : α'),
  L('add_pos_of_nonneg_of_pos', ORD, '0 ≤ a → 0 < b → 0 < a + b', 'a b : α'),
  L('div_pos', FIELD_ORD, '0 < a → 0 < b → 0 < a / b', 'a b : α'),
  L('div_nonneg', FIELD_ORD, '0 ≤ a → 0 ≤ b → 0 ≤ a / b', 'a b : α'),
  L('pow_pos', ORD, '0 < a → ∀ (n : ℕ), 0 < a ^ n', 'a : α'),
  L('pow_nonneg', ORD, '0 ≤ a → ∀ (n : ℕ), 0 ≤ a ^ n', 'a : α'),
  L('pow_le_pow_left', ORD, '0 ≤ a → a ≤ b → ∀ (i : ℕ), a ^ i ≤ b ^ i', 'a b : α'),
  L('pow_le_pow_right', ORD, '1 ≤ a → n ≤ m → a ^ n ≤ a ^ m', 'a : α; n m : ℕ'),
  L('pow_le_pow_right₀', ORD, '1 ≤ a → n ≤ m → a ^ n ≤ a ^ m', 'a : α; n m : ℕ'),
  L('sub_nonneg', ORD_RING, '0 ≤ a - b ↔ b ≤ a', 'a b : α'),
  L('sub_pos', ORD_RING, '0 < a - b ↔ b < a', 'a b : α'),
  L('sub_neg', ORD_RING, 'a - b < 0 ↔ a < b', 'a b : α'),
  L('sub_nonpos', ORD_RING, 'a - b ≤ 0 ↔ a ≤ b', 'a b : α'),
  L('sub_eq_zero', COMM_RING, 'a - b = 0 ↔ a = b', 'a b : α'),
  L('sub_eq_zero_iff_eq', COMM_RING, 'a - b = 0 ↔ a = b', 'a b : α'),
  L('mul_eq_zero', ALL, 'a * b = 0 ↔ a = 0 ∨ b = 0', 'a b : α'),
  L('mul_self_eq_zero', ALL, 'a * a = 0 ↔ a = 0', 'a : α'),
  L('sq_eq_zero_iff', ALL, 'a ^ 2 = 0 ↔ a = 0', 'a : α'),
  L('sq_eq_zero\'', ALL, 'a ^ 2 = 0 ↔ a = 0', 'a : α'),
  L('pow_eq_zero_iff', ALL, 'n ≠ 0 → (a ^ n = 0 ↔ a = 0)', 'a : α; n : ℕ'),
  L('div_eq_iff', FIELD, 'c ≠ 0 → (a / c = b ↔ a = b * c)', 'a b c : α'),
  L('eq_div_iff', FIELD, 'c ≠ 0 → (a = b / c ↔ a * c = b)', 'a b c : α'),
  L('div_le_iff', FIELD_ORD, '0 < c → (a / c ≤ b ↔ a ≤ b * c)', 'a b c : α'),
  L('div_le_iff₀', FIELD_ORD, '0 < c → (a / c ≤ b ↔ a ≤ b * c)', 'a b c : α'),
  L('le_div_iff', FIELD_ORD, '0 < c → (a ≤ b / c ↔ a * c ≤ b)', 'a b c : α'),
  L('le_div_iff₀', FIELD_ORD, '0 < c → (a ≤ b / c ↔ a * c ≤ b)', 'a b c : α'),
  L('div_lt_iff', FIELD_ORD, '0 < c → (a / c < b ↔ a < b * c)', 'a b c : α'),
  L('div_lt_iff₀', FIELD_ORD, '0 < c → (a / c < b ↔ a < b * c)', 'a b c : α'),
  L('lt_div_iff', FIELD_ORD, '0 < c → (a < b / c ↔ a * c < b)', 'a b c : α'),
  L('lt_div_iff₀', FIELD_ORD, '0 < c → (a < b / c ↔ a * c < b)', 'a b c : α'),
  L('div_add_div_same', FIELD, '∀ (a b c : α), a / c + b / c = (a + b) / c'),
  L('mul_div_cancel_left₀', FIELD, '∀ (b : α), a ≠ 0 → a * b / a = b', 'a : α'),
  // ring rewriting lemmas
  L('mul_comm', ALL, '∀ (a b : α), a * b = b * a'),
  L('add_comm', ALL, '∀ (a b : α), a + b = b + a'),
  L('mul_assoc', ALL, '∀ (a b c : α), a * b * c = a * (b * c)'),
  L('add_assoc', ALL, '∀ (a b c : α), a + b + c = a + (b + c)'),
  L('mul_one', ALL, '∀ (a : α), a * 1 = a'),
  L('one_mul', ALL, '∀ (a : α), 1 * a = a'),
  L('mul_zero', ALL, '∀ (a : α), a * 0 = 0'),
  L('zero_mul', ALL, '∀ (a : α), 0 * a = 0'),
  L('add_zero', ALL, '∀ (a : α), a + 0 = a'),
  L('zero_add', ALL, '∀ (a : α), 0 + a = a'),
  L('sub_self', ALL, '∀ (a : α), a - a = 0'),
  L('sub_zero', ALL, '∀ (a : α), a - 0 = a'),
  L('neg_neg', COMM_RING, '∀ (a : α), -(-a) = a'),
  L('two_mul', ALL, '∀ (a : α), 2 * a = a + a'),
  L('mul_add', ALL, '∀ (a b c : α), a * (b + c) = a * b + a * c'),
  L('add_mul', ALL, '∀ (a b c : α), (a + b) * c = a * c + b * c'),
  L('mul_sub', COMM_RING, '∀ (a b c : α), a * (b - c) = a * b - a * c'),
  L('sub_mul', COMM_RING, '∀ (a b c : α), (a - b) * c = a * c - b * c'),
  L('pow_two', ALL, '∀ (a : α), a ^ 2 = a * a'),
  L('sq', ALL, '∀ (a : α), a ^ 2 = a * a'),
  L('pow_succ', ALL, '∀ (a : α) (n : ℕ), a ^ (n + 1) = a ^ n * a'),
  L("pow_succ'", ALL, '∀ (a : α) (n : ℕ), a ^ (n + 1) = a * a ^ n'),
  L('pow_zero', ALL, '∀ (a : α), a ^ 0 = 1'),
  L('pow_one', ALL, '∀ (a : α), a ^ 1 = a'),
  L('one_pow', ALL, '∀ (n : ℕ), (1 : α) ^ n = 1'),
  L('pow_add', ALL, '∀ (a : α) (m n : ℕ), a ^ (m + n) = a ^ m * a ^ n'),
  L('pow_mul', ALL, '∀ (a : α) (m n : ℕ), a ^ (m * n) = (a ^ m) ^ n'),
  L('mul_pow', ALL, '∀ (a b : α) (n : ℕ), (a * b) ^ n = a ^ n * b ^ n'),
  L('add_sq', COMM_RING, '∀ (a b : α), (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2'),
  L('sub_sq', COMM_RING, '∀ (a b : α), (a - b) ^ 2 = a ^ 2 - 2 * a * b + b ^ 2'),
  L('add_pow_two', COMM_RING, '∀ (a b : α), (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2'),
  L('sq_sqrt', REAL, '0 ≤ a → Real.sqrt a ^ 2 = a', 'a : ℝ'),
  // big operators
  L('Finset.sum_range_succ', ALL, '∀ (f : ℕ → α) (n : ℕ), ∑ x ∈ Finset.range (n + 1), f x = ∑ x ∈ Finset.range n, f x + f n'),
  L('Finset.prod_range_succ', ALL, '∀ (f : ℕ → α) (n : ℕ), ∏ x ∈ Finset.range (n + 1), f x = (∏ x ∈ Finset.range n, f x) * f n'),
  L('Finset.sum_range_zero', ALL, '∀ (f : ℕ → α), ∑ k ∈ Finset.range 0, f k = 0'),
  L('Finset.prod_range_zero', ALL, '∀ (f : ℕ → α), ∏ k ∈ Finset.range 0, f k = 1'),
  L('Finset.sum_range_one', ALL, '∀ (f : ℕ → α), ∑ k ∈ Finset.range 1, f k = f 0'),
  L('Finset.prod_range_one', ALL, '∀ (f : ℕ → α), ∏ k ∈ Finset.range 1, f k = f 0'),
  // casts
  L('Nat.cast_nonneg', CAST_TARGETS, '∀ (n : ℕ), 0 ≤ (n : α)'),
  L('Nat.cast_pos', CAST_TARGETS, '0 < (n : α) ↔ 0 < n', 'n : ℕ'),
  L('Nat.cast_add', CAST_TARGETS, '∀ (m n : ℕ), ((m + n : ℕ) : α) = (m : α) + (n : α)'),
  L('Nat.cast_mul', CAST_TARGETS, '∀ (m n : ℕ), ((m * n : ℕ) : α) = (m : α) * (n : α)'),
  L('Nat.cast_pow', CAST_TARGETS, '∀ (n m : ℕ), ((n ^ m : ℕ) : α) = (n : α) ^ m'),
  L('Nat.cast_one', CAST_TARGETS, '((1 : ℕ) : α) = 1'),
  L('Nat.cast_zero', CAST_TARGETS, '((0 : ℕ) : α) = 0'),
  L('Nat.cast_succ', CAST_TARGETS, '∀ (n : ℕ), ((n + 1 : ℕ) : α) = (n : α) + 1'),
  L('Nat.cast_inj', CAST_TARGETS, '(m : α) = (n : α) ↔ m = n', 'm n : ℕ'),
  L('Nat.cast_le', CAST_TARGETS, '(m : α) ≤ (n : α) ↔ m ≤ n', 'm n : ℕ'),
  L('Nat.cast_lt', CAST_TARGETS, '(m : α) < (n : α) ↔ m < n', 'm n : ℕ'),
  L('Int.cast_add', FIELD_ORD, '∀ (m n : ℤ), ((m + n : ℤ) : α) = (m : α) + (n : α)'),
  L('Int.cast_mul', FIELD_ORD, '∀ (m n : ℤ), ((m * n : ℤ) : α) = (m : α) * (n : α)'),
  L('Int.cast_sub', FIELD_ORD, '∀ (m n : ℤ), ((m - n : ℤ) : α) = (m : α) - (n : α)'),
  // floor and ceiling
  L('Int.floor_eq_iff', FIELD_ORD, '⌊r⌋ = z ↔ (z : α) ≤ r ∧ r < z + 1', 'r : α; z : ℤ'),
  L('Int.ceil_eq_iff', FIELD_ORD, '⌈r⌉ = z ↔ (z : α) - 1 < r ∧ r ≤ z', 'r : α; z : ℤ'),
  L('Int.floor_le', FIELD_ORD, '∀ (r : α), (⌊r⌋ : α) ≤ r'),
  L('Int.lt_floor_add_one', FIELD_ORD, '∀ (r : α), r < ⌊r⌋ + 1'),
  L('Int.le_ceil', FIELD_ORD, '∀ (r : α), r ≤ ⌈r⌉'),
  // square roots, exp, log
  L('Real.sqrt_nonneg', REAL, '∀ (x : ℝ), 0 ≤ Real.sqrt x'),
  L('Real.sq_sqrt', REAL, '0 ≤ a → Real.sqrt a ^ 2 = a', 'a : ℝ'),
  L('Real.sqrt_sq', REAL, '0 ≤ a → Real.sqrt (a ^ 2) = a', 'a : ℝ'),
  L('Real.sqrt_mul_self', REAL, '0 ≤ a → Real.sqrt (a * a) = a', 'a : ℝ'),
  L('Real.mul_self_sqrt', REAL, '0 ≤ a → Real.sqrt a * Real.sqrt a = a', 'a : ℝ'),
  L('Real.sqrt_mul', REAL, '0 ≤ x → ∀ (y : ℝ), Real.sqrt (x * y) = Real.sqrt x * Real.sqrt y', 'x : ℝ'),
  L("Real.sqrt_mul'", REAL, '∀ (x : ℝ), 0 ≤ y → Real.sqrt (x * y) = Real.sqrt x * Real.sqrt y', 'y : ℝ'),
  L('Real.sqrt_le_sqrt', REAL, 'x ≤ y → Real.sqrt x ≤ Real.sqrt y', 'x y : ℝ'),
  L('Real.sqrt_lt_sqrt', REAL, '0 ≤ x → x < y → Real.sqrt x < Real.sqrt y', 'x y : ℝ'),
  L('Real.sqrt_zero', REAL, 'Real.sqrt 0 = 0'),
  L('Real.sqrt_one', REAL, 'Real.sqrt 1 = 1'),
  L('Real.exp_pos', REAL, '∀ (x : ℝ), 0 < Real.exp x'),
  L('Real.exp_nonneg', REAL, '∀ (x : ℝ), 0 ≤ Real.exp x'),
  L('Real.add_one_le_exp', REAL, '∀ (x : ℝ), x + 1 ≤ Real.exp x'),
  L('Real.exp_zero', REAL, 'Real.exp 0 = 1'),
  L('Real.log_one', REAL, 'Real.log 1 = 0'),
  L('Real.log_zero', REAL, 'Real.log 0 = 0'),
  L('Real.log_neg_eq_log', REAL, '∀ (x : ℝ), Real.log (-x) = Real.log x'),
  L('Real.log_abs', REAL, '∀ (x : ℝ), Real.log |x| = Real.log x'),
  // parity and divisibility
  L('Nat.even_iff', NAT, 'Even n ↔ n % 2 = 0', 'n : ℕ'),
  L('Nat.odd_iff', NAT, 'Odd n ↔ n % 2 = 1', 'n : ℕ'),
  L('Int.even_iff', INT, 'Even n ↔ n % 2 = 0', 'n : ℤ'),
  L('Int.odd_iff', INT, 'Odd n ↔ n % 2 = 1', 'n : ℤ'),
  L('Nat.even_mul_succ_self', NAT, '∀ (n : ℕ), Even (n * (n + 1))'),
  L('Int.even_mul_succ_self', INT, '∀ (n : ℤ), Even (n * (n + 1))'),
  L('even_iff_two_dvd', INTEGRAL, 'Even a ↔ 2 ∣ a', 'a : α'),
  L('Nat.mod_lt', NAT, '∀ (x : ℕ), y > 0 → x % y < y', 'y : ℕ'),
  L('Nat.mod_two_eq_zero_or_one', NAT, '∀ (n : ℕ), n % 2 = 0 ∨ n % 2 = 1'),
  L('Int.emod_two_eq_zero_or_one', INT, '∀ (n : ℤ), n % 2 = 0 ∨ n % 2 = 1'),
  L('Nat.even_or_odd', NAT, '∀ (n : ℕ), Even n ∨ Odd n'),
  L('Int.even_or_odd', INT, '∀ (n : ℤ), Even n ∨ Odd n'),
  L('Nat.succ_le_iff', NAT, 'm + 1 ≤ n ↔ m < n', 'm n : ℕ'),
  L('Nat.le_of_dvd', NAT, '0 < n → m ∣ n → m ≤ n', 'm n : ℕ'),
  L('Nat.lt_add_one_iff', NAT, 'm < n + 1 ↔ m ≤ n', 'm n : ℕ'),
  L('Nat.le_of_lt_succ', NAT, 'm < n + 1 → m ≤ n', 'm n : ℕ'),
  L('Nat.succ_le_of_lt', NAT, 'n < m → n + 1 ≤ m', 'n m : ℕ'),
  L('Nat.pos_of_ne_zero', NAT, 'n ≠ 0 → 0 < n', 'n : ℕ'),
  L('Nat.succ_eq_add_one', NAT, '∀ (n : ℕ), Nat.succ n = n + 1'),
  L('Int.emod_emod_of_dvd', INT, '∀ (n : ℤ), m ∣ k → n % k % m = n % m', 'm k : ℤ'),
  L('dvd_refl', INTEGRAL, '∀ (a : α), a ∣ a'),
  L('dvd_mul_right', INTEGRAL, '∀ (a b : α), a ∣ a * b'),
  L('dvd_mul_left', INTEGRAL, '∀ (a b : α), a ∣ b * a'),
  L('dvd_add', INTEGRAL, 'a ∣ b → a ∣ c → a ∣ b + c', 'a b c : α'),
  L('dvd_trans', INTEGRAL, 'a ∣ b → b ∣ c → a ∣ c', 'a b c : α'),
  // order
  L('le_refl', ORD, '∀ (a : α), a ≤ a'),
  L('le_rfl', ORD, 'a ≤ a', 'a : α'),
  L('lt_irrefl', ORD, '∀ (a : α), ¬a < a'),
  L('le_of_lt', ORD, 'a < b → a ≤ b', 'a b : α'),
  L('le_of_eq', ORD, 'a = b → a ≤ b', 'a b : α'),
  L('ne_of_gt', ORD, 'a > b → a ≠ b', 'a b : α'),
  L('ne_of_lt', ORD, 'a < b → a ≠ b', 'a b : α'),
  L("ne_of_gt'", ORD, 'a < b → b ≠ a', 'a b : α'),
  L('lt_of_le_of_lt', ORD, 'a ≤ b → b < c → a < c', 'a b c : α'),
  L('lt_of_lt_of_le', ORD, 'a < b → b ≤ c → a < c', 'a b c : α'),
  L('le_trans', ORD, 'a ≤ b → b ≤ c → a ≤ c', 'a b c : α'),
  L('lt_trans', ORD, 'a < b → b < c → a < c', 'a b c : α'),
  L('le_antisymm', ORD, 'a ≤ b → b ≤ a → a = b', 'a b : α'),
  L('not_lt', ORD, '¬a < b ↔ b ≤ a', 'a b : α'),
  L('not_le', ORD, '¬a ≤ b ↔ b < a', 'a b : α'),
  L('lt_of_not_ge', ORD, '¬a ≥ b → a < b', 'a b : α'),
  L('le_of_not_gt', ORD, '¬a > b → a ≤ b', 'a b : α'),
  L('lt_or_le', ORD, '∀ (a b : α), a < b ∨ b ≤ a'),
  L('le_or_lt', ORD, '∀ (a b : α), a ≤ b ∨ b < a'),
  L('le_total', ORD, '∀ (a b : α), a ≤ b ∨ b ≤ a'),
  L('lt_or_ge', ORD, '∀ (a b : α), a < b ∨ a ≥ b'),
  L('lt_trichotomy', ORD, '∀ (a b : α), a < b ∨ a = b ∨ b < a'),
  L('eq_comm', ALL, 'a = b ↔ b = a', 'a b : α'),
  L('ne_comm', ALL, 'a ≠ b ↔ b ≠ a', 'a b : α'),
];

const BY_NAME: ReadonlyMap<string, LemmaSpec> = new Map(LEMMAS.map((l) => [l.name, l]));

const TYPE_SYMBOL: Readonly<Record<NumTypeName, string>> = { Nat: 'ℕ', Int: 'ℤ', Rat: 'ℚ', Real: 'ℝ', Complex: 'ℂ' };

const SYMBOL_TYPE: Readonly<Record<string, NumTypeName>> = { ℕ: 'Nat', ℤ: 'Int', ℚ: 'Rat', ℝ: 'Real', ℂ: 'Complex' };

/** `'a b : α; z : ℤ'` at α = `alpha` → variables. */
function implicitVars(spec: LemmaSpec, alpha: NumTypeName): { name: string; type: Ty }[] {
  if (spec.implicit === undefined) return [];
  const out: { name: string; type: Ty }[] = [];
  for (const group of spec.implicit.split(';')) {
    const [namesText, typeText] = group.split(':').map((s) => s.trim());
    const sym = typeText === 'α' ? TYPE_SYMBOL[alpha] : (typeText ?? '');
    const tyName = SYMBOL_TYPE[sym];
    if (tyName === undefined) throw new Error(`internal error: lemma ${spec.name}: bad implicit type '${typeText}'`);
    for (const n of (namesText ?? '').split(/\s+/).filter((x) => x.length > 0)) out.push({ name: n, type: numTy(tyName) });
  }
  return out;
}

interface Instantiated {
  readonly vars: readonly { name: string; type: Ty }[];
  readonly statement: Term;
}

const cache = new Map<string, Instantiated>();

/**
 * The statement of `spec` at α, with its implicit variables free. Parsed once and cached.
 * @throws only for a malformed table entry (a bug, caught by the table's own test).
 */
export function lemmaStatement(spec: LemmaSpec, alpha: NumTypeName): Instantiated {
  const key = `${spec.name}@${alpha}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const vars = implicitVars(spec, alpha);
  const text = spec.statement.replace(/α/gu, TYPE_SYMBOL[alpha]);
  const r = parseTerm(text, { variables: vars, expectedType: PROP });
  if (r.kind !== 'ok') throw new Error(`internal error: lemma ${spec.name} at ${alpha} does not parse: ${r.message}`);
  const inst = { vars, statement: r.term };
  cache.set(key, inst);
  return inst;
}

/** The lemma called `name`, also under `open` namespaces (`sqrt_nonneg` with `open Real`). */
export function findLemma(name: string, opens: readonly string[]): LemmaSpec | undefined {
  const direct = BY_NAME.get(name);
  if (direct !== undefined) return direct;
  for (const ns of opens) {
    const hit = BY_NAME.get(`${ns}.${name}`);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** `spec` at α with fresh metavariables for its implicit arguments. */
export function instantiateLemma(spec: LemmaSpec, alpha: NumTypeName, metas: Metas): Term {
  const { vars, statement } = lemmaStatement(spec, alpha);
  if (vars.length === 0) return statement;
  const map = new Map<string, Term>();
  for (const v of vars) map.set(v.name, metas.fresh(v.name, v.type));
  return substituteAll(statement, map);
}

/**
 * Propositional lemmas (polymorphic over propositions rather than numbers), built directly:
 * `Or.inl : a → a ∨ b`, `And.intro : a → b → a ∧ b`, `absurd : a → ¬a → b`, `rfl`…
 */
export function propLemma(name: string, metas: Metas, anyType: Ty | undefined): Term | undefined {
  const p = (n: string): Term => metas.fresh(n, PROP);
  switch (name) {
    case 'Or.inl': {
      const [a, b] = [p('a'), p('b')];
      return mkLogic('→', a, mkLogic('∨', a, b));
    }
    case 'Or.inr': {
      const [a, b] = [p('a'), p('b')];
      return mkLogic('→', b, mkLogic('∨', a, b));
    }
    case 'And.intro': {
      const [a, b] = [p('a'), p('b')];
      return mkLogic('→', a, mkLogic('→', b, mkLogic('∧', a, b)));
    }
    case 'Iff.intro': {
      const [a, b] = [p('a'), p('b')];
      return mkLogic('→', mkLogic('→', a, b), mkLogic('→', mkLogic('→', b, a), mkLogic('↔', a, b)));
    }
    case 'absurd': {
      const [a, b] = [p('a'), p('b')];
      return mkLogic('→', a, mkLogic('→', mkNot(a), b));
    }
    case 'False.elim': {
      const b = p('b');
      return mkLogic('→', FALSE, b);
    }
    case 'trivial':
    case 'True.intro':
      return TRUE;
    case 'em':
    case 'Classical.em': {
      const a = mkVar('p', PROP);
      return mkQuant('∀', { name: 'p', type: PROP }, mkLogic('∨', a, mkNot(a)));
    }
    case 'not_not': {
      const a = p('a');
      return mkLogic('↔', mkNot(mkNot(a)), a);
    }
    case 'rfl':
    case 'Eq.refl': {
      if (anyType === undefined) return undefined;
      const a = metas.fresh('a', anyType);
      return name === 'rfl' ? mkRel('=', a, a) : mkQuant('∀', { name: 'a', type: anyType }, mkRel('=', mkVar('a', anyType), mkVar('a', anyType)));
    }
    default:
      return undefined;
  }
}

export const PROP_LEMMA_NAMES: ReadonlySet<string> = new Set([
  'Or.inl',
  'Or.inr',
  'And.intro',
  'Iff.intro',
  'absurd',
  'False.elim',
  'trivial',
  'True.intro',
  'not_not',
  'em',
  'Classical.em',
  'rfl',
  'Eq.refl',
]);
