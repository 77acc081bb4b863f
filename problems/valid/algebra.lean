import Mathlib

open Real Nat

-- tags: topic=algebra difficulty=1
theorem alg_diff_of_cubes_factor (x y : ℝ) : x ^ 3 - y ^ 3 = (x - y) * (x ^ 2 + x * y + y ^ 2) := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_sophie_germain_identity (a b : ℤ) : a ^ 4 + 4 * b ^ 4 = (a ^ 2 + 2 * b ^ 2 + 2 * a * b) * (a ^ 2 + 2 * b ^ 2 - 2 * a * b) := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_sum_sq_from_sum_prod (x y : ℝ) (h₀ : x + y = 7) (h₁ : x * y = 10) : x ^ 2 + y ^ 2 = 29 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_cube_sum_from_sum_prod (a b : ℝ) (h₀ : a + b = 5) (h₁ : a * b = 3) : a ^ 3 + b ^ 3 = 80 := by sorry

-- tags: topic=algebra difficulty=3
theorem alg_recip_square_sum (x : ℝ) (h₀ : x ≠ 0) (h₁ : x + 1 / x = 4) : x ^ 2 + 1 / x ^ 2 = 14 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_diff_squares_value (a b : ℤ) (h₀ : a - b = 3) (h₁ : a + b = 11) : a ^ 2 - b ^ 2 = 33 := by sorry

-- tags: topic=algebra difficulty=1
theorem alg_telescoping_product_value : ((1 : ℚ) + 1 / 1) * (1 + 1 / 2) * (1 + 1 / 3) * (1 + 1 / 4) = 5 := by sorry

-- tags: topic=algebra difficulty=2
theorem alg_golden_power_reduction (x : ℝ) (h₀ : x ^ 2 = x + 1) : x ^ 3 = 2 * x + 1 := by sorry
