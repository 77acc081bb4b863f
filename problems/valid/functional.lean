import Mathlib

open Real Nat

-- tags: topic=functional difficulty=1
theorem fun_linear_at_neg_three (f : ℝ → ℝ) (h₀ : ∀ x, f x = 2 * x + 3) : f (-3) = -3 := by sorry

-- tags: topic=functional difficulty=1
theorem fun_compose_quadratic_linear (f g : ℝ → ℝ) (h₀ : ∀ x, f x = x ^ 2 + 1) (h₁ : ∀ x, g x = 3 * x - 2) : f (g 2) = 17 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_preimage_linear (f : ℝ → ℝ) (h₀ : ∀ x, f x = 5 * x - 7) (a : ℝ) (h₁ : f a = 18) : a = 5 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_find_slope (a : ℝ) (f : ℝ → ℝ) (h₀ : ∀ x, f x = a * x + 4) (h₁ : f 2 = 10) : a = 3 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_quadratic_from_two_values (a b : ℝ) (f : ℝ → ℝ) (h₀ : ∀ x, f x = x ^ 2 + a * x + b) (h₁ : f 1 = 0) (h₂ : f 2 = 3) : f 3 = 8 := by sorry

-- tags: topic=recurrences difficulty=2
theorem fun_recursive_step_four (f : ℕ → ℕ) (h₀ : f 1 = 3) (h₁ : ∀ n, f (n + 1) = f n + 4) : f 4 = 15 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_piecewise_eval (f : ℝ → ℝ) (h₀ : ∀ x, x < 0 → f x = -x) (h₁ : ∀ x, 0 ≤ x → f x = x ^ 2) : f (-2) + f 3 = 11 := by sorry
