import Mathlib

open Real Nat

-- tags: topic=algebra difficulty=1
theorem alg_two_squares_product (a b c d : ℤ) : (a ^ 2 + b ^ 2) * (c ^ 2 + d ^ 2) = (a * c - b * d) ^ 2 + (a * d + b * c) ^ 2 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_poly_eval_at_neg_two (x : ℝ) (h₀ : x = -2) : x ^ 3 - 3 * x ^ 2 + 4 * x - 5 = -33 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_unit_fraction_sum : (1 : ℚ) / 2 + 1 / 3 + 1 / 6 = 1 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_cube_of_binomial (a b : ℝ) : (a + b) ^ 3 = a ^ 3 + 3 * a ^ 2 * b + 3 * a * b ^ 2 + b ^ 3 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_sum_of_cubes_factor (x y : ℤ) : x ^ 3 + y ^ 3 = (x + y) * (x ^ 2 - x * y + y ^ 2) := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_fourth_power_difference (a b : ℝ) : a ^ 4 - b ^ 4 = (a - b) * (a + b) * (a ^ 2 + b ^ 2) := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_three_cubes_identity (a b c : ℝ) : a ^ 3 + b ^ 3 + c ^ 3 - 3 * a * b * c = (a + b + c) * (a ^ 2 + b ^ 2 + c ^ 2 - a * b - b * c - c * a) := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_trinomial_square (x y z : ℚ) : (x + y + z) ^ 2 = x ^ 2 + y ^ 2 + z ^ 2 + 2 * (x * y + y * z + z * x) := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_four_consecutive_plus_one (n : ℤ) : n * (n + 1) * (n + 2) * (n + 3) + 1 = (n ^ 2 + 3 * n + 1) ^ 2 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_expand_three_linear_factors (x : ℝ) : (x - 1) * (x - 2) * (x - 3) = x ^ 3 - 6 * x ^ 2 + 11 * x - 6 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_complete_the_square (x : ℝ) : x ^ 2 + 8 * x + 20 = (x + 4) ^ 2 + 4 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_diff_sq_from_sum_diff (x y : ℝ) (h₀ : x + y = 12) (h₁ : x - y = 2) : x ^ 2 - y ^ 2 = 24 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_product_from_sum_and_squares (a b : ℝ) (h₀ : a + b = 3) (h₁ : a ^ 2 + b ^ 2 = 5) : a * b = 2 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_fourth_powers_from_sum_prod (a b : ℝ) (h₀ : a + b = 3) (h₁ : a * b = 1) : a ^ 4 + b ^ 4 = 47 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_recip_cube_sum (x : ℝ) (h₀ : x ≠ 0) (h₁ : x + 1 / x = 3) : x ^ 3 + 1 / x ^ 3 = 18 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_recip_fourth_from_difference (x : ℝ) (h₀ : x ≠ 0) (h₁ : x - 1 / x = 2) : x ^ 4 + 1 / x ^ 4 = 34 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_ratio_of_sum_and_difference (a b : ℝ) (h₀ : b ≠ 0) (h₁ : a = 3 * b) : (a + b) / (a - b) = 2 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_fraction_arith_twelfths : ((2 : ℚ) / 3 + 3 / 4) * 12 = 17 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_decimal_arith : (0.25 : ℝ) * 16 + 1.5 = 5.5 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_int_power_difference : (2 : ℤ) ^ 10 - 3 ^ 6 = 295 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_substitute_fractions (x y : ℚ) (h₀ : x = 2 / 3) (h₁ : y = 3 / 4) : x * y + x / y = 25 / 18 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_symmetric_sum_of_squares (a b c : ℝ) (h₀ : a + b + c = 6) (h₁ : a * b + b * c + c * a = 11) : a ^ 2 + b ^ 2 + c ^ 2 = 14 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_zero_sum_cubes (a b c : ℝ) (h₀ : a + b + c = 0) : a ^ 3 + b ^ 3 + c ^ 3 = 3 * a * b * c := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_cube_reduction_silver (x : ℝ) (h₀ : x ^ 2 = 2 * x + 1) : x ^ 3 = 5 * x + 2 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_fourth_power_reduction_golden (x : ℝ) (h₀ : x ^ 2 - x - 1 = 0) : x ^ 4 = 3 * x + 2 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_cancel_rational_factor (x : ℝ) (h₀ : x ≠ 1) : (x ^ 2 - 1) / (x - 1) = x + 1 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_partial_fractions_consecutive (x : ℝ) (h₀ : x ≠ 0) (h₁ : x ≠ -1) : 1 / x - 1 / (x + 1) = 1 / (x * (x + 1)) := by sorry
