import Mathlib

open Real Nat

-- tags: topic=functional difficulty=1
theorem fun_iterate_square_minus_two (f : ℤ → ℤ) (h₀ : ∀ n, f n = n ^ 2 - 2) : f (f 3) = 47 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_linear_slope_plus_intercept (m c : ℝ) (f : ℝ → ℝ) (h₀ : ∀ x, f x = m * x + c) (h₁ : f (-1) = 1) (h₂ : f 2 = 10) : m + c = 7 := by sorry

-- tags: topic=recurrences difficulty=2
theorem fun_decreasing_recurrence (f : ℕ → ℤ) (h₀ : f 0 = 2) (h₁ : ∀ n, f (n + 1) = f n - 3) : f 5 = -13 := by sorry

-- tags: topic=recurrences difficulty=3
theorem fun_doubling_closed_form (f : ℕ → ℕ) (h₀ : f 0 = 1) (h₁ : ∀ n, f (n + 1) = 2 * f n) (n : ℕ) : f n = 2 ^ n := by sorry

-- tags: topic=recurrences difficulty=3
theorem fun_square_recurrence (a : ℕ → ℤ) (h₀ : a 0 = 1) (h₁ : ∀ n, a (n + 1) = a n + 2 * n + 3) (n : ℕ) : a n = (n + 1) ^ 2 := by sorry

-- tags: topic=functional difficulty=3
theorem fun_swap_argument_equation (f : ℝ → ℝ) (h₀ : ∀ x, f x + 2 * f (1 - x) = 3 * x) : f 0 = 2 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_odd_function_at_zero (f : ℝ → ℝ) (h₀ : ∀ x, f (-x) = -f x) : f 0 = 0 := by sorry

-- tags: topic=functional difficulty=1
theorem fun_compose_self_linear (f : ℝ → ℝ) (h₀ : ∀ x, f x = 3 * x - 1) : f (f 2) = 14 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_fixed_point_linear (f : ℝ → ℝ) (h₀ : ∀ x, f x = 4 * x - 9) (c : ℝ) (h₁ : f c = c) : c = 3 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_period_three_value (f : ℕ → ℕ) (h₀ : ∀ n, f (n + 3) = f n) (h₁ : f 1 = 7) : f 10 = 7 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_log_like_at_one (f : ℕ → ℕ) (h₀ : ∀ m n, f (m * n) = f m + f n) : f 1 = 0 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_cauchy_at_zero (f : ℝ → ℝ) (h₀ : ∀ x y, f (x + y) = f x + f y) : f 0 = 0 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_cauchy_at_two (f : ℝ → ℝ) (h₀ : ∀ x y, f (x + y) = f x + f y) (h₁ : f 1 = 3) : f 2 = 6 := by sorry

-- tags: topic=functional difficulty=1
theorem fun_quadratic_int_sum (f : ℤ → ℤ) (h₀ : ∀ x, f x = x ^ 2 - 3 * x + 2) : f (-2) + f 5 = 24 := by sorry

-- tags: topic=functional difficulty=1
theorem fun_lambda_application : (fun x : ℝ => x ^ 2 + 2 * x) 3 = 15 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_linear_inverse (f g : ℝ → ℝ) (h₀ : ∀ x, f x = 2 * x + 6) (h₁ : ∀ x, g x = x / 2 - 3) (x : ℝ) : g (f x) = x := by sorry

-- tags: topic=recurrences difficulty=3
theorem fun_fibonacci_ten (f : ℕ → ℕ) (h₀ : f 0 = 0) (h₁ : f 1 = 1) (h₂ : ∀ n, f (n + 2) = f (n + 1) + f n) : f 10 = 55 := by sorry

-- tags: topic=recurrences difficulty=3
theorem fun_triangular_recurrence (s : ℕ → ℕ) (h₀ : s 0 = 0) (h₁ : ∀ n, s (n + 1) = s n + (n + 1)) (n : ℕ) : 2 * s n = n * (n + 1) := by sorry

-- tags: topic=recurrences difficulty=2
theorem fun_halving_sequence (u : ℕ → ℝ) (h₀ : u 0 = 1) (h₁ : ∀ n, u (n + 1) = u n / 2) : u 3 = 1 / 8 := by sorry

-- tags: topic=functional difficulty=2
theorem fun_even_function_value (f : ℝ → ℝ) (h₀ : ∀ x, f (-x) = f x) (h₁ : ∀ x, 0 ≤ x → f x = x ^ 2 + x) : f (-3) = 12 := by sorry

-- tags: topic=functional difficulty=3
theorem fun_affine_maps_commute (a : ℝ) (f g : ℝ → ℝ) (h₀ : ∀ x, f x = 2 * x + a) (h₁ : ∀ x, g x = 3 * x + 1) (h₂ : f (g 0) = g (f 0)) : a = 1 / 2 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem fun_nat_truncated_shift (f : ℕ → ℕ) (h₀ : ∀ n, f n = n - 3) : f 2 + f 7 = 4 := by sorry
