import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1
theorem quant_exists_nat_square_root : ∃ n : ℕ, n ^ 2 = 144 ∧ 10 < n := by sorry

-- tags: topic=quantifiers difficulty=1
theorem quant_small_squares_bound : ∀ n : ℕ, n < 10 → n ^ 2 < 100 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_quadratic_always_positive : ∀ x : ℝ, x ^ 2 - 4 * x + 5 > 0 := by sorry

-- tags: topic=quantifiers difficulty=3
theorem quant_no_nat_square_two : ¬ ∃ n : ℕ, n ^ 2 = 2 := by sorry

-- tags: topic=quantifiers difficulty=2
theorem quant_unbounded_evens : ∀ n : ℕ, ∃ m : ℕ, n < m ∧ Even m := by sorry
