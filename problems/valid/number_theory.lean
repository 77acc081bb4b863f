import Mathlib

open Real Nat

-- tags: topic=modular difficulty=1
theorem nt_pow_two_mod_seven : 2 ^ 100 % 7 = 2 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_int_emod_negative : (-17 : ℤ) % 5 = 3 := by sorry

-- tags: topic=divisibility difficulty=1
theorem nt_dvd_two_pow_twelve_sub_one : 13 ∣ 2 ^ 12 - 1 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_modeq_three_pow_fifty : 3 ^ 50 ≡ 4 [MOD 5] := by sorry

-- tags: topic=modular difficulty=1
theorem nt_zmodeq_negative : (-8 : ℤ) ≡ 13 [ZMOD 7] := by sorry

-- tags: topic=gcd_lcm difficulty=1
theorem nt_gcd_euclid_example : Nat.gcd 462 1071 = 21 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_prime_one_hundred_one : Nat.Prime 101 := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_even_square (n : ℤ) (h₀ : Even n) : Even (n ^ 2) := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_odd_add_odd (m n : ℤ) (h₀ : Odd m) (h₁ : Odd n) : Even (m + n) := by sorry

-- tags: topic=modular difficulty=2
theorem nt_residues_linear_combination (a b : ℕ) (h₀ : a % 9 = 7) (h₁ : b % 9 = 5) : (4 * a + 2 * b) % 9 = 2 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_last_digit_seven_pow : 7 ^ 2023 % 10 = 3 := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_dvd_linear_combination (a b : ℤ) (h₀ : 7 ∣ a) (h₁ : 7 ∣ b) : 7 ∣ 3 * a + 4 * b := by sorry

-- tags: topic=case_analysis difficulty=3
theorem nt_square_plus_one_not_mult_three (n : ℤ) : (n ^ 2 + 1) % 3 ≠ 0 := by sorry

-- tags: topic=divisibility difficulty=4
theorem nt_eight_dvd_odd_square_sub_one (n : ℤ) (h₀ : Odd n) : 8 ∣ n ^ 2 - 1 := by sorry

-- tags: topic=case_analysis difficulty=3
theorem nt_square_mod_five_ne_three (n : ℕ) : n ^ 2 % 5 ≠ 3 := by sorry
