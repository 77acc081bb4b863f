import Mathlib

open Real Nat

-- tags: topic=nat_arith difficulty=1
theorem natdiv_nested_floor : (100 : ℕ) / 7 / 3 = 4 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_add_cancel_of_le (a b : ℕ) (h₀ : b ≤ a) : a - b + b = a := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_truncates_to_zero : (5 : ℕ) - 8 = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_chain_truncates : (10 : ℕ) - 4 - 7 = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_inner_truncation : (7 : ℕ) - (3 - 5) = 7 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_self_zero (a : ℕ) : a - a = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_add_right_cancel (a b : ℕ) : a + b - b = a := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_le_self (a b : ℕ) : a - b ≤ a := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_eq_zero_of_le (a b : ℕ) (h₀ : a ≤ b) : a - b = 0 := by sorry

-- tags: topic=case_analysis difficulty=2
theorem natsub_one_add_one_cases (n : ℕ) : n - 1 + 1 = n ∨ n = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_mul_le_self (n : ℕ) : n / 3 * 3 ≤ n := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_by_zero : (25 : ℕ) / 0 = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natmod_by_zero : (25 : ℕ) % 0 = 25 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem intdiv_by_zero : (-9 : ℤ) / 0 = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem ratdiv_by_zero : (5 : ℚ) / 0 = 0 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem realdiv_by_zero_plus_one (x : ℝ) : x / 0 + 1 = 1 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_add_mod_seven (n : ℕ) : 7 * (n / 7) + n % 7 = n := by sorry

-- tags: topic=nat_arith difficulty=2
theorem natdiv_halves_sum (n : ℕ) : n / 2 + (n + 1) / 2 = n := by sorry

-- tags: topic=nat_arith difficulty=2
theorem natdiv_div_comm (n : ℕ) : n / 2 / 3 = n / 6 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_half_lt (n : ℕ) (h₀ : 0 < n) : n / 2 < n := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_exact_recover (n : ℕ) (h₀ : n % 4 = 0) (h₁ : n / 4 = 9) : n = 36 := by sorry

-- tags: topic=nat_arith difficulty=2
theorem natsub_mul_distrib (a b : ℕ) : 3 * (a - b) = 3 * a - 3 * b := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_then_add_example : (2 : ℕ) - 3 + 3 = 3 := by sorry

-- tags: topic=nat_arith difficulty=3
theorem natcast_sub_of_le_real (n : ℕ) (h₀ : 2 ≤ n) : ((n - 2 : ℕ) : ℝ) = (n : ℝ) - 2 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natcast_truncated_sub_int : ((3 - 5 : ℕ) : ℤ) = 0 := by sorry

-- tags: topic=nat_arith difficulty=2
theorem natsub_cast_int_of_le (a b : ℕ) (h₀ : b ≤ a) : ((a - b : ℕ) : ℤ) = a - b := by sorry

-- tags: topic=modular difficulty=1
theorem int_emod_neg_one_four : (-1 : ℤ) % 4 = 3 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_vs_intdiv_negative : (7 : ℕ) / 2 = 3 ∧ (-7 : ℤ) / 2 = -4 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_succ_half_le (n : ℕ) : (n + 1) / 2 ≤ n := by sorry

-- tags: topic=modular difficulty=2
theorem natmod_add_mod_five (a b : ℕ) : (a + b) % 5 = (a % 5 + b % 5) % 5 := by sorry

-- tags: topic=induction difficulty=3
theorem ind_two_pow_le_double_factorial (n : ℕ) (h₀ : 1 ≤ n) : 2 ^ n ≤ 2 * n ! := by sorry

-- tags: topic=induction difficulty=3
theorem ind_three_dvd_four_pow_sub_one (n : ℕ) : 3 ∣ 4 ^ n - 1 := by sorry

-- tags: topic=induction difficulty=1
theorem ind_factorial_pos (n : ℕ) : 0 < n ! := by sorry

-- tags: topic=induction difficulty=2
theorem ind_self_le_factorial (n : ℕ) : n ≤ n ! := by sorry

-- tags: topic=induction difficulty=3
theorem ind_three_pow_ge_linear (n : ℕ) : 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=case_analysis difficulty=2
theorem case_abs_two_cases (x : ℝ) : |x| = x ∨ |x| = -x := by sorry

-- tags: topic=case_analysis difficulty=3
theorem case_int_fourth_power_mod_five (n : ℤ) : n ^ 4 % 5 = 0 ∨ n ^ 4 % 5 = 1 := by sorry

-- tags: topic=case_analysis difficulty=1
theorem case_nat_even_or_odd (n : ℕ) : Even n ∨ Odd n := by sorry

-- tags: topic=case_analysis difficulty=2
theorem case_int_product_gap_three_even (n : ℤ) : Even (n * (n + 3)) := by sorry

-- tags: topic=case_analysis difficulty=3
theorem case_square_mod_three_nonzero (n : ℕ) (h₀ : n % 3 ≠ 0) : n ^ 2 % 3 = 1 := by sorry

-- tags: topic=case_analysis difficulty=3
theorem case_sign_of_product (x y : ℝ) (h₀ : x * y > 0) (h₁ : x < 0) : y < 0 := by sorry
