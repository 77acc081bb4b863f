import Mathlib

open Real Nat

-- tags: topic=inequalities difficulty=2
theorem ineq_sq_sum_min_fixed_sum (a b : ℝ) (h₀ : a + b = 2) : a ^ 2 + b ^ 2 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_quadratic_form_nonneg (x y : ℝ) : 0 ≤ x ^ 2 + x * y + y ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_sqrt_amgm_two (a b : ℝ) (h₀ : 0 ≤ a) (h₁ : 0 ≤ b) : Real.sqrt (a * b) ≤ (a + b) / 2 := by sorry

-- tags: topic=inequalities difficulty=5
theorem ineq_amgm_three_product_one (a b c : ℝ) (h₀ : 0 < a) (h₁ : 0 < b) (h₂ : 0 < c) (h₃ : a * b * c = 1) : 3 ≤ a + b + c := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_sum_times_recip_sum (a b : ℝ) (h₀ : 0 < a) (h₁ : 0 < b) : (a + b) * (1 / a + 1 / b) ≥ 4 := by sorry

-- tags: topic=inequalities difficulty=1
theorem ineq_quadratic_minimum_value (x : ℝ) : x ^ 2 - 6 * x + 10 ≥ 1 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_product_at_most_quarter (a b : ℝ) (h₀ : 0 ≤ a) (h₁ : 0 ≤ b) (h₂ : a + b = 1) : a * b ≤ 1 / 4 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_abs_near_one_square (x : ℝ) (h₀ : |x - 1| < 1) : x ^ 2 < 4 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_cube_monotone_nonneg (a b : ℝ) (h₀ : 0 ≤ a) (h₁ : a ≤ b) : a ^ 3 ≤ b ^ 3 := by sorry

-- tags: topic=inequalities difficulty=1
theorem ineq_two_pow_thirty_lt_three_pow_twenty : 2 ^ 30 < 3 ^ 20 := by sorry

-- tags: topic=inequalities difficulty=1
theorem ineq_fraction_compare : (7 : ℝ) / 9 < 4 / 5 := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_sqrt_two_plus_sqrt_three : Real.sqrt 2 + Real.sqrt 3 < Real.sqrt 10 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_sqrt_fifty_bound : Real.sqrt 50 < 7.1 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_qm_am_three (a b c : ℝ) : (a + b + c) ^ 2 ≤ 3 * (a ^ 2 + b ^ 2 + c ^ 2) := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_weighted_constraint_product (x y : ℝ) (h₀ : 0 < x) (h₁ : 0 < y) (h₂ : x + 2 * y = 4) : x * y ≤ 2 := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_square_below_two_pow (n : ℕ) (h₀ : 5 ≤ n) : n ^ 2 < 2 ^ n := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_two_pow_below_factorial (n : ℕ) (h₀ : 4 ≤ n) : 2 ^ n < n ! := by sorry

-- tags: topic=exp_log difficulty=2
theorem ineq_exp_ge_succ (x : ℝ) : x + 1 ≤ Real.exp x := by sorry

-- tags: topic=exp_log difficulty=2
theorem ineq_log_le_sub_one (x : ℝ) (h₀ : 0 < x) : Real.log x ≤ x - 1 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_cubes_vs_mixed_terms (a b : ℝ) (h₀ : 0 < a) (h₁ : 0 < b) : a ^ 2 * b + a * b ^ 2 ≤ a ^ 3 + b ^ 3 := by sorry

-- tags: topic=inequalities difficulty=1
theorem ineq_int_strict_succ (m n : ℤ) (h₀ : m < n) : m + 1 ≤ n := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_two_products_half_squares (a b c d : ℝ) : a * b + c * d ≤ (a ^ 2 + b ^ 2 + c ^ 2 + d ^ 2) / 2 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_x_over_square_plus_one (x : ℝ) (h₀ : 0 < x) : x / (x ^ 2 + 1) ≤ 1 / 2 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_pi_between_three_four : 3 < Real.pi ∧ Real.pi < 4 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_abs_distance_sum (x : ℝ) : 3 ≤ |x - 1| + |x + 2| := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_sum_three_fixed (a b c : ℝ) (h₀ : a + b + c = 3) : 3 ≤ a ^ 2 + b ^ 2 + c ^ 2 := by sorry

-- tags: topic=exp_log difficulty=2
theorem ineq_exp_one_gt_two : 2 < Real.exp 1 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_nat_four_ab_le_square (a b : ℕ) : 4 * (a * b) ≤ (a + b) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_reciprocal_order (a b : ℝ) (h₀ : 0 < a) (h₁ : a < b) : 1 / b < 1 / a := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_square_le_of_abs_le (x : ℝ) (h₀ : |x| ≤ 3) : x ^ 2 ≤ 9 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_square_le_self_unit (x : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 1) : x ^ 2 ≤ x := by sorry
