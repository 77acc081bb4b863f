import Mathlib

open Real Nat

-- tags: topic=floor difficulty=1
theorem floor_negative_decimal : ⌊(-2.5 : ℝ)⌋ = -3 := by sorry

-- tags: topic=floor difficulty=1
theorem ceil_eleven_quarters : ⌈(11 : ℝ) / 4⌉ = 3 := by sorry

-- tags: topic=abs difficulty=1
theorem absval_integer_values : |(-5 : ℤ)| + |(3 : ℤ) - 8| = 10 := by sorry

-- tags: topic=abs difficulty=2
theorem absval_lt_open_interval (x : ℝ) (h₀ : |x - 3| < 2) : 1 < x ∧ x < 5 := by sorry

-- tags: topic=abs difficulty=3
theorem absval_linear_two_solutions (x : ℝ) (h₀ : |2 * x - 1| = 5) : x = 3 ∨ x = -2 := by sorry

-- tags: topic=sqrt difficulty=1
theorem rsqrt_perfect_square_49 : Real.sqrt 49 = 7 := by sorry

-- tags: topic=sqrt difficulty=2
theorem rsqrt_two_times_sqrt_eight : Real.sqrt 2 * Real.sqrt 8 = 4 := by sorry

-- tags: topic=sqrt difficulty=2
theorem rsqrt_equation_value (x : ℝ) (h₀ : 0 ≤ x) (h₁ : Real.sqrt x = 3) : x = 9 := by sorry
