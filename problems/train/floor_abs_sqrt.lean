import Mathlib

open Real Nat

-- tags: topic=floor difficulty=1
theorem floor_positive_decimal : ⌊(7.3 : ℝ)⌋ = 7 := by sorry

-- tags: topic=abs difficulty=1
theorem natabs_of_difference : Int.natAbs (4 - 11) = 7 := by sorry

-- tags: topic=floor difficulty=1
theorem floor_nineteen_quarters : ⌊(19 : ℝ) / 4⌋ = 4 := by sorry

-- tags: topic=floor difficulty=3
theorem floor_sqrt_fifty : ⌊Real.sqrt 50⌋ = 7 := by sorry

-- tags: topic=floor difficulty=1
theorem ceil_negative_decimal : ⌈(-7.5 : ℝ)⌉ = -7 := by sorry

-- tags: topic=floor difficulty=2
theorem floor_add_two (x : ℝ) (h₀ : ⌊x⌋ = 3) : ⌊x + 2⌋ = 5 := by sorry

-- tags: topic=floor difficulty=2
theorem floor_bounds_from_value (x : ℝ) (h₀ : ⌊x⌋ = 4) : 4 ≤ x ∧ x < 5 := by sorry

-- tags: topic=floor difficulty=1
theorem floor_plus_ceil_concrete : ⌊(2.7 : ℝ)⌋ + ⌈(2.2 : ℝ)⌉ = 5 := by sorry

-- tags: topic=floor difficulty=1
theorem floor_of_nat_cast (n : ℕ) : ⌊(n : ℝ)⌋ = n := by sorry

-- tags: topic=floor difficulty=4
theorem floor_half_odd_int (n : ℤ) : ⌊((2 * n + 1 : ℤ) : ℝ) / 2⌋ = n := by sorry

-- tags: topic=floor difficulty=3
theorem floor_ceil_equal_integer (x : ℝ) (h₀ : ⌊x⌋ = 2) (h₁ : ⌈x⌉ = 2) : x = 2 := by sorry

-- tags: topic=abs difficulty=1
theorem absval_product_concrete : |(-7 : ℝ)| * |(2 : ℝ) - 5| = 21 := by sorry

-- tags: topic=abs difficulty=2
theorem absval_reversed_difference (a b : ℝ) (h₀ : a - b = 4) : |b - a| = 4 := by sorry

-- tags: topic=abs difficulty=2
theorem absval_le_scaled_interval (x : ℝ) (h₀ : |2 * x - 4| ≤ 6) : -1 ≤ x ∧ x ≤ 5 := by sorry

-- tags: topic=abs difficulty=1
theorem absval_square_eq_square (x : ℝ) : |x| ^ 2 = x ^ 2 := by sorry

-- tags: topic=abs difficulty=2
theorem absval_sub_abs_le_abs_sub (a b : ℝ) : |a| - |b| ≤ |a - b| := by sorry

-- tags: topic=sqrt difficulty=3
theorem rsqrt_twelve_simplify : Real.sqrt 12 = 2 * Real.sqrt 3 := by sorry

-- tags: topic=sqrt difficulty=2
theorem rsqrt_of_negative_square : Real.sqrt ((-5 : ℝ) ^ 2) = 5 := by sorry

-- tags: topic=sqrt difficulty=1
theorem rsqrt_of_negative_is_zero : Real.sqrt (-4) = 0 := by sorry

-- tags: topic=sqrt difficulty=2
theorem rsqrt_fifteen_lt_four : Real.sqrt 15 < 4 := by sorry

-- tags: topic=sqrt difficulty=2
theorem rsqrt_ge_two_of_ge_four (x : ℝ) (h₀ : 4 ≤ x) : 2 ≤ Real.sqrt x := by sorry

-- tags: topic=sqrt difficulty=3
theorem rsqrt_linear_equation (x : ℝ) (h₀ : 0 ≤ x) (h₁ : Real.sqrt (2 * x + 1) = 3) : x = 4 := by sorry

-- tags: topic=sqrt difficulty=1
theorem rsqrt_of_square_nonneg (x : ℝ) (h₀ : 0 ≤ x) : Real.sqrt (x ^ 2) = x := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_log_of_exp_three : Real.log (Real.exp 3) = 3 := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_exp_of_log_five : Real.exp (Real.log 5) = 5 := by sorry

-- tags: topic=exp_log difficulty=2
theorem explog_log_two_plus_log_three : Real.log 2 + Real.log 3 = Real.log 6 := by sorry

-- tags: topic=exp_log difficulty=2
theorem explog_log_eight_eq_three_log_two : Real.log 8 = 3 * Real.log 2 := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_log_zero_is_zero : Real.log 0 = 0 := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_exp_add_one_split (x : ℝ) : Real.exp (x + 1) = Real.exp x * Real.exp 1 := by sorry

-- tags: topic=exp_log difficulty=2
theorem explog_log_neg_eq_log_pos : Real.log (-3) = Real.log 3 := by sorry

-- tags: topic=exp_log difficulty=2
theorem explog_pi_squared_lt_sixteen : Real.pi ^ 2 < 16 := by sorry

-- tags: topic=exp_log difficulty=1
theorem explog_exp_sum_positive (x : ℝ) : 0 < Real.exp x + Real.exp (-x) := by sorry

-- tags: topic=exp_log difficulty=2
theorem explog_log_two_lt_log_three : Real.log 2 < Real.log 3 := by sorry

-- tags: topic=exp_log difficulty=3
theorem explog_log_equation_product (x : ℝ) (h₀ : 0 < x) (h₁ : Real.log x = Real.log 4 + Real.log 2) : x = 8 := by sorry
