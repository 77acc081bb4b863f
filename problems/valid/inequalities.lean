import Mathlib

open Real Nat

-- tags: topic=inequalities difficulty=1
theorem ineq_two_ab_le_sum_squares (a b : ℝ) : 2 * a * b ≤ a ^ 2 + b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_x_plus_recip_ge_two (x : ℝ) (h₀ : 0 < x) : x + 1 / x ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_pairwise_le_sum_squares (a b c : ℝ) : a * b + b * c + c * a ≤ a ^ 2 + b ^ 2 + c ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_product_of_bounded (x y : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 2) (h₂ : 1 ≤ y) (h₃ : y ≤ 3) : x * y ≤ 6 := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_amgm_three_cubes (a b c : ℝ) (h₀ : 0 ≤ a) (h₁ : 0 ≤ b) (h₂ : 0 ≤ c) : 3 * a * b * c ≤ a ^ 3 + b ^ 3 + c ^ 3 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_fixed_sum_max_product (x y : ℝ) (h₀ : x + y = 10) : x * y ≤ 25 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_abs_sum_bound (a b : ℝ) (h₀ : |a| ≤ 2) (h₁ : |b| ≤ 3) : |a + b| ≤ 5 := by sorry

-- tags: topic=inequalities difficulty=3
theorem ineq_cube_exceeds_square (x : ℝ) (h₀ : 1 < x) : x ^ 2 < x ^ 3 := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_cauchy_schwarz_two (a b c d : ℝ) : (a * c + b * d) ^ 2 ≤ (a ^ 2 + b ^ 2) * (c ^ 2 + d ^ 2) := by sorry

-- tags: topic=inequalities difficulty=2
theorem ineq_nat_square_beats_linear (n : ℕ) (h₀ : 3 ≤ n) : 2 * n + 1 < n ^ 2 := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_basic_values : Real.exp 0 + Real.log 1 = 1 := by sorry

-- tags: topic=inequalities difficulty=4
theorem ineq_product_of_pair_sums (a b c : ℝ) (h₀ : 0 < a) (h₁ : 0 < b) (h₂ : 0 < c) : 8 * a * b * c ≤ (a + b) * (b + c) * (c + a) := by sorry
