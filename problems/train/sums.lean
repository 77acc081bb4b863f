import Mathlib

open Real Nat

-- tags: topic=sums difficulty=1
theorem sum_squares_below_seven : ∑ i ∈ Finset.range 7, i ^ 2 = 91 := by sorry

-- tags: topic=products difficulty=1
theorem prod_factorial_six : 6 ! = 720 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_cubes_below_nine : ∑ i ∈ Finset.range 9, i ^ 3 = 1296 := by sorry

-- tags: topic=induction difficulty=4
theorem sum_cubes_formula_nat (n : ℕ) : ∑ i ∈ Finset.range (n + 1), i ^ 3 = (n * (n + 1) / 2) ^ 2 := by sorry

-- tags: topic=induction difficulty=4
theorem sum_squares_formula_nat (n : ℕ) : 6 * ∑ i ∈ Finset.range (n + 1), i ^ 2 = n * (n + 1) * (2 * n + 1) := by sorry

-- tags: topic=induction difficulty=3
theorem sum_three_times_powers_of_four (n : ℕ) : ∑ i ∈ Finset.range n, 3 * 4 ^ i = 4 ^ n - 1 := by sorry

-- tags: topic=induction difficulty=3
theorem sum_powers_of_three_closed (n : ℕ) : 2 * ∑ i ∈ Finset.range n, 3 ^ i = 3 ^ n - 1 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_arith_progression_ten : ∑ i ∈ Finset.range 10, (3 * i + 2) = 155 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_icc_one_to_hundred : ∑ i ∈ Finset.Icc 1 100, i = 5050 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_ico_squares_five_to_nine : ∑ i ∈ Finset.Ico 5 10, i ^ 2 = 255 := by sorry

-- tags: topic=sums difficulty=2
theorem sum_alternating_signed_int : ∑ i ∈ Finset.range 10, (-1 : ℤ) ^ i * i = -5 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_harmonic_four_terms : ∑ i ∈ Finset.range 4, (1 : ℚ) / (i + 1) = 25 / 12 := by sorry

-- tags: topic=induction difficulty=4
theorem sum_telescoping_odd_products (n : ℕ) : ∑ i ∈ Finset.range n, (1 : ℚ) / ((2 * i + 1) * (2 * i + 3)) = n / (2 * n + 1) := by sorry

-- tags: topic=induction difficulty=3
theorem sum_odd_reals_square (n : ℕ) : ∑ i ∈ Finset.range n, (2 * (i : ℝ) + 1) = (n : ℝ) ^ 2 := by sorry

-- tags: topic=products difficulty=2
theorem prod_const_two_pow (n : ℕ) : ∏ i ∈ Finset.range n, 2 = 2 ^ n := by sorry

-- tags: topic=products difficulty=2
theorem prod_telescoping_ratio : ∏ i ∈ Finset.range 5, ((i : ℚ) + 2) / (i + 1) = 6 := by sorry

-- tags: topic=products difficulty=3
theorem prod_succ_eq_factorial (n : ℕ) : ∏ i ∈ Finset.range n, (i + 1) = n ! := by sorry

-- tags: topic=sums difficulty=2
theorem sum_card_icc_shift (a : ℕ) : (Finset.Icc a (a + 9)).card = 10 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_card_range_plus_ico : (Finset.range 12).card + (Finset.Ico 3 8).card = 17 := by sorry

-- tags: topic=sums difficulty=2
theorem sum_squares_mod_seven : (∑ i ∈ Finset.range 20, i ^ 2) % 7 = 6 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_factorials_below_five : ∑ i ∈ Finset.range 5, i ! = 34 := by sorry

-- tags: topic=sums difficulty=2
theorem sum_double_sum_grid : ∑ i ∈ Finset.range 4, ∑ j ∈ Finset.range 3, (i + j) = 30 := by sorry

-- tags: topic=induction difficulty=3
theorem sum_squares_ge_n (n : ℕ) : n ≤ ∑ i ∈ Finset.range (n + 1), i ^ 2 := by sorry

-- tags: topic=induction difficulty=4
theorem sum_geometric_halves_real (n : ℕ) : ∑ i ∈ Finset.range n, (1 : ℝ) / 2 ^ (i + 1) = 1 - 1 / 2 ^ n := by sorry

-- tags: topic=sums difficulty=2
theorem sum_constant_five (n : ℕ) : ∑ i ∈ Finset.range n, 5 = 5 * n := by sorry

-- tags: topic=sums difficulty=1
theorem sum_icc_first_ten_odds : ∑ i ∈ Finset.Icc 1 10, (2 * i - 1) = 100 := by sorry

-- tags: topic=nat_arith difficulty=2
theorem sum_range_truncated_sub : ∑ i ∈ Finset.range 6, (i - 2) = 6 := by sorry
