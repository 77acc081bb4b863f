import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_int_solution : ∃ x : ℤ, 3 * x + 5 = -7 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_sum_product_pair : ∃ a b : ℕ, a + b = 10 ∧ a * b = 21 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_squares_mod_four_small : ∀ n : ℕ, n < 15 → n ^ 2 % 4 = 0 ∨ n ^ 2 % 4 = 1 := by sorry

-- tags: topic=quantifiers difficulty=3
theorem quant_exists_positive_sqrt_two : ∃ x : ℝ, x ^ 2 = 2 ∧ 0 < x := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_cubes_mod_nine_small : ∀ n : ℕ, n < 20 → n ^ 3 % 9 = 0 ∨ n ^ 3 % 9 = 1 ∨ n ^ 3 % 9 = 8 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_proper_divisor_91 : ∃ n : ℕ, 1 < n ∧ n < 91 ∧ n ∣ 91 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_not_all_two_pow_succ_prime : ¬ ∀ n : ℕ, Nat.Prime (2 ^ n + 1) := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_additive_inverse_int : ∀ a : ℤ, ∃ b : ℤ, a + b = 0 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_nat_has_least_element : ∃ m : ℕ, ∀ n : ℕ, m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_ratio_below_one : ∀ x : ℝ, 0 < x → x / (x + 1) < 1 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_real_pair_sum_diff : ∃ x y : ℝ, x + y = 3 ∧ x - y = 1 := by sorry

-- tags: topic=quantifiers difficulty=3
theorem quant_int_square_lt_four_iff : ∀ x : ℤ, x ^ 2 < 4 ↔ -2 < x ∧ x < 2 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_two_residues : ∃ n : ℕ, n < 50 ∧ n % 7 = 3 ∧ n % 11 = 5 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_no_int_solution_parity : ¬ ∃ x y : ℤ, 2 * x + 4 * y = 7 := by sorry

-- tags: topic=quantifiers difficulty=3
theorem quant_two_pow_beats_odd_linear : ∀ n : ℕ, 3 ≤ n → 2 * n + 1 < 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_rational_between_third_half : ∃ q : ℚ, 1 / 3 < q ∧ q < 1 / 2 := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_square_in_sixties : ∃ n : ℕ, 60 < n ^ 2 ∧ n ^ 2 < 70 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_small_primes_odd : ∀ p : ℕ, p < 30 → Nat.Prime p → p = 2 ∨ p % 2 = 1 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_square_exceeds_any : ∀ n : ℕ, ∃ m : ℕ, n < m ^ 2 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_unique_linear_solution : ∃ x : ℝ, 2 * x - 3 = 7 ∧ ∀ y : ℝ, 2 * y - 3 = 7 → y = x := by sorry

-- tags: topic=nat_arith difficulty=1
theorem quant_nat_sub_zero_not_equal : ∃ a b : ℕ, a - b = 0 ∧ a ≠ b := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_bounded_int_square : ∀ x : ℤ, -3 ≤ x → x ≤ 3 → x ^ 2 ≤ 9 := by sorry
