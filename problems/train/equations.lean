import Mathlib

open Real Nat

-- tags: topic=equations difficulty=1
theorem eq_linear_int_both_sides (n : ℤ) (h₀ : 5 * n - 3 = 2 * n + 12) : n = 5 := by sorry

-- tags: topic=equations difficulty=1
theorem eq_nat_linear (n : ℕ) (h₀ : 4 * n + 9 = 45) : n = 9 := by sorry

-- tags: topic=equations difficulty=1
theorem eq_linear_decimal_coeffs (x : ℝ) (h₀ : 0.5 * x + 1.25 = 4) : x = 5.5 := by sorry

-- tags: topic=equations difficulty=1
theorem eq_linear_rational_both_sides (y : ℚ) (h₀ : 7 * y - 4 = 3 * y + 10) : y = 7 / 2 := by sorry

-- tags: topic=equations difficulty=2
theorem eq_equal_fractions (x : ℝ) (h₀ : (x + 2) / 3 = (x - 1) / 2) : x = 7 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_quadratic_two_roots (x : ℝ) (h₀ : x ^ 2 - 7 * x + 12 = 0) : x = 3 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_quadratic_int_positive (n : ℤ) (h₀ : 0 < n) (h₁ : n ^ 2 + n = 56) : n = 7 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_nat_consecutive_product (n : ℕ) (h₀ : n * (n + 1) = 132) : n = 11 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_pow_two_eq_thirty_two (x : ℕ) (h₀ : 2 ^ x = 32) : x = 5 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_pow_three_eq_243 (n : ℕ) (h₀ : 3 ^ n = 243) : n = 5 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_abs_positive_solution (x : ℝ) (h₀ : 0 < x) (h₁ : |x - 4| = 6) : x = 10 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_sqrt_shifted (x : ℝ) (h₀ : Real.sqrt (x + 5) = 4) : x = 11 := by sorry

-- tags: topic=systems difficulty=2
theorem sys_three_vars_chain (x y z : ℝ) (h₀ : x + y + z = 6) (h₁ : x - y = 1) (h₂ : y - z = 1) : x = 3 ∧ y = 2 ∧ z = 1 := by sorry

-- tags: topic=systems difficulty=2
theorem sys_int_elimination (a b : ℤ) (h₀ : 2 * a + 3 * b = 23) (h₁ : 5 * a - b = 15) : a = 4 ∧ b = 5 := by sorry

-- tags: topic=systems difficulty=1
theorem sys_nat_sum_and_gap (m n : ℕ) (h₀ : m + n = 40) (h₁ : m = n + 8) : m = 24 ∧ n = 16 := by sorry

-- tags: topic=systems difficulty=4
theorem sys_sum_product_ordered (x y : ℝ) (h₀ : x + y = 5) (h₁ : x * y = 6) (h₂ : x < y) : x = 2 ∧ y = 3 := by sorry

-- tags: topic=systems difficulty=4
theorem sys_circle_line_ordered (x y : ℝ) (h₀ : x ^ 2 + y ^ 2 = 25) (h₁ : x + y = 7) (h₂ : y < x) : x = 4 ∧ y = 3 := by sorry

-- tags: topic=systems difficulty=3
theorem sys_ratio_and_sum (a b : ℝ) (h₀ : b ≠ 0) (h₁ : a / b = 3 / 4) (h₂ : a + b = 14) : a = 6 := by sorry

-- tags: topic=equations difficulty=4
theorem eq_reciprocal_quadratic (x : ℝ) (h₀ : 0 < x) (h₁ : 6 / x = x - 1) : x = 3 := by sorry

-- tags: topic=equations difficulty=4
theorem eq_real_cube_root (x : ℝ) (h₀ : x ^ 3 = 27) : x = 3 := by sorry

-- tags: topic=exp_log difficulty=2
theorem eq_exp_eq_one (x : ℝ) (h₀ : Real.exp x = 1) : x = 0 := by sorry

-- tags: topic=exp_log difficulty=3
theorem eq_log_eq_zero_pos (x : ℝ) (h₀ : 0 < x) (h₁ : Real.log x = 0) : x = 1 := by sorry

-- tags: topic=exp_log difficulty=2
theorem eq_log_exp_linear (x : ℝ) (h₀ : Real.log (Real.exp (2 * x)) = 6) : x = 3 := by sorry

-- tags: topic=equations difficulty=1
theorem eq_int_negative_solution (n : ℤ) (h₀ : 4 * n + 3 = 2 * n - 9) : n = -6 := by sorry

-- tags: topic=systems difficulty=2
theorem sys_nat_ages (a b : ℕ) (h₀ : a = 3 * b) (h₁ : a + 6 = 2 * (b + 6)) : a = 18 ∧ b = 6 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem eq_nat_sub_value (n : ℕ) (h₀ : n - 4 = 9) : n = 13 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem eq_nat_div_mod_value (n : ℕ) (h₀ : n / 3 = 5) (h₁ : n % 3 = 2) : n = 17 := by sorry

-- tags: topic=equations difficulty=4
theorem eq_vieta_sum_distinct_roots (r s : ℝ) (h₀ : r ^ 2 - 5 * r + 3 = 0) (h₁ : s ^ 2 - 5 * s + 3 = 0) (h₂ : r ≠ s) : r + s = 5 := by sorry
