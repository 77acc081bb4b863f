import Mathlib

open Real Nat

-- tags: topic=nat_arith difficulty=1
theorem natsub_truncation_then_add : (3 : ℕ) - 7 + 5 = 5 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_not_inverse_of_add : (2 : ℕ) - 5 + 5 ≠ 2 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natdiv_mod_reconstruct : (17 : ℕ) / 5 * 5 + 17 % 5 = 17 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem natsub_eq_zero_bound (n : ℕ) (h₀ : n - 3 = 0) : n ≤ 3 := by sorry

-- tags: topic=nat_arith difficulty=2
theorem natdiv_bounds_from_quotient (n : ℕ) (h₀ : n / 4 = 3) : 12 ≤ n ∧ n ≤ 15 := by sorry

-- tags: topic=induction difficulty=3
theorem ind_two_pow_ge_succ (n : ℕ) : n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=case_analysis difficulty=2
theorem case_consecutive_product_even (n : ℕ) : n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=case_analysis difficulty=3
theorem case_square_parity (n : ℕ) : n ^ 2 % 2 = n % 2 := by sorry

-- tags: topic=induction difficulty=5
theorem ind_bernoulli_real (n : ℕ) (x : ℝ) (h₀ : 0 ≤ x) : 1 + n * x ≤ (1 + x) ^ n := by sorry
