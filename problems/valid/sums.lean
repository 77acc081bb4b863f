import Mathlib

open Real Nat

-- tags: topic=sums difficulty=1
theorem sum_first_ten_naturals : ∑ i ∈ Finset.range 11, i = 55 := by sorry

-- tags: topic=induction difficulty=3
theorem sum_odd_from_three_closed (n : ℕ) : ∑ i ∈ Finset.range n, (2 * i + 3) = n * (n + 2) := by sorry

-- tags: topic=induction difficulty=3
theorem sum_gauss_rational (n : ℕ) : ∑ i ∈ Finset.range (n + 1), (i : ℚ) = n * (n + 1) / 2 := by sorry

-- tags: topic=sums difficulty=2
theorem sum_halving_fractions : ∑ i ∈ Finset.range 4, (1 : ℝ) / 2 ^ i = 15 / 8 := by sorry

-- tags: topic=sums difficulty=2
theorem sum_telescoping_five_terms : ∑ i ∈ Finset.range 5, ((1 : ℚ) / (i + 1) - 1 / (i + 2)) = 5 / 6 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_cubes_icc_one_five : ∑ i ∈ Finset.Icc 1 5, i ^ 3 = 225 := by sorry

-- tags: topic=products difficulty=1
theorem prod_first_five_succ : ∏ i ∈ Finset.range 5, (i + 1) = 120 := by sorry

-- tags: topic=sums difficulty=1
theorem sum_card_icc_three_ten : (Finset.Icc 3 10).card = 8 := by sorry

-- tags: topic=induction difficulty=3
theorem sum_powers_of_two_succ (n : ℕ) : (∑ i ∈ Finset.range n, 2 ^ i) + 1 = 2 ^ n := by sorry
