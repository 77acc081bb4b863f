import Mathlib

open Real Nat

-- tags: topic=equations difficulty=1
theorem eq_linear_basic (x : ℝ) (h₀ : 3 * x + 7 = 22) : x = 5 := by sorry

-- tags: topic=equations difficulty=1
theorem eq_linear_with_fraction (x : ℝ) (h₀ : x / 4 - 2 = 1) : x = 12 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_quadratic_positive_root (x : ℝ) (h₀ : 0 < x) (h₁ : x ^ 2 - 5 * x - 14 = 0) : x = 7 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_quadratic_negative_root (x : ℝ) (h₀ : x < 0) (h₁ : 2 * x ^ 2 + 3 * x - 2 = 0) : x = -2 := by sorry

-- tags: topic=equations difficulty=2
theorem eq_quadratic_double_root (x : ℝ) (h₀ : x ^ 2 - 6 * x + 9 = 0) : x = 3 := by sorry

-- tags: topic=systems difficulty=1
theorem sys_linear_two_vars (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 4) : x = 7 ∧ y = 3 := by sorry

-- tags: topic=systems difficulty=2
theorem sys_pairwise_sums_product (a b c : ℝ) (h₀ : a + b = 5) (h₁ : b + c = 7) (h₂ : a + c = 6) : a * b * c = 24 := by sorry

-- tags: topic=systems difficulty=2
theorem sys_int_two_vars (x y : ℤ) (h₀ : 3 * x + 2 * y = 16) (h₁ : 2 * x - y = 6) : x = 4 ∧ y = 2 := by sorry

-- tags: topic=systems difficulty=3
theorem sys_product_and_ratio (x y : ℝ) (h₀ : 0 < x) (h₁ : 0 < y) (h₂ : x * y = 12) (h₃ : x = 3 * y) : x = 6 := by sorry

-- tags: topic=equations difficulty=3
theorem eq_rational_linear (x : ℝ) (h₀ : x ≠ -1) (h₁ : (2 * x + 3) / (x + 1) = 3) : x = 0 := by sorry

-- tags: topic=equations difficulty=4
theorem eq_real_cube_root_neg_eight (x : ℝ) (h₀ : x ^ 3 + 8 = 0) : x = -2 := by sorry
