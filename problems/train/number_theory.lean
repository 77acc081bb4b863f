import Mathlib

open Real Nat

-- tags: topic=modular difficulty=1
theorem nt_int_ediv_negative : (-17 : ℤ) / 5 = -4 := by sorry

-- tags: topic=gcd_lcm difficulty=1
theorem nt_lcm_twelve_eighteen : Nat.lcm 12 18 = 36 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_not_prime_ninety_one : ¬ Nat.Prime 91 := by sorry

-- tags: topic=modular difficulty=2
theorem nt_two_congruences_bounded (n : ℕ) (h₀ : n % 4 = 3) (h₁ : n % 3 = 2) (h₂ : n < 12) : n = 11 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_three_pow_hundred_mod_seven : 3 ^ 100 % 7 = 4 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_sum_mod_nine : (123456 + 654321) % 9 = 6 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_int_emod_negative_divisor : (17 : ℤ) % (-5) = 2 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_int_ediv_negative_divisor : (17 : ℤ) / (-5) = -3 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_int_ediv_both_negative : (-17 : ℤ) / (-5) = 4 := by sorry

-- tags: topic=modular difficulty=1
theorem nt_int_emod_both_negative : (-17 : ℤ) % (-5) = 3 := by sorry

-- tags: topic=divisibility difficulty=1
theorem nt_seven_dvd_two_pow_21_sub_one : 7 ∣ 2 ^ 21 - 1 := by sorry

-- tags: topic=divisibility difficulty=4
theorem nt_five_dvd_fifth_power_sub (n : ℤ) : 5 ∣ n ^ 5 - n := by sorry

-- tags: topic=divisibility difficulty=4
theorem nt_six_dvd_cube_sub (n : ℤ) : 6 ∣ n ^ 3 - n := by sorry

-- tags: topic=modular difficulty=4
theorem nt_odd_fourth_power_mod_sixteen (n : ℤ) (h₀ : Odd n) : n ^ 4 % 16 = 1 := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_three_consecutive_sum_dvd (n : ℕ) : 3 ∣ n + (n + 1) + (n + 2) := by sorry

-- tags: topic=modular difficulty=1
theorem nt_modeq_powers_of_ten_nine : 100 ≡ 1 [MOD 9] ∧ 1000 ≡ 1 [MOD 9] := by sorry

-- tags: topic=modular difficulty=1
theorem nt_zmodeq_neg_one_pow : (-1 : ℤ) ^ 2023 ≡ 4 [ZMOD 5] := by sorry

-- tags: topic=modular difficulty=3
theorem nt_modeq_linear_solve (x : ℕ) (h₀ : x < 11) (h₁ : 3 * x ≡ 5 [MOD 11]) : x = 9 := by sorry

-- tags: topic=modular difficulty=2
theorem nt_crt_three_moduli (n : ℕ) (h₀ : n % 3 = 2) (h₁ : n % 5 = 3) (h₂ : n % 7 = 2) (h₃ : n < 105) : n = 23 := by sorry

-- tags: topic=gcd_lcm difficulty=1
theorem nt_gcd_1001_770 : Nat.gcd 1001 770 = 77 := by sorry

-- tags: topic=gcd_lcm difficulty=1
theorem nt_lcm_nested_three : Nat.lcm (Nat.lcm 4 6) 10 = 60 := by sorry

-- tags: topic=gcd_lcm difficulty=3
theorem nt_gcd_consecutive (n : ℕ) : Nat.gcd n (n + 1) = 1 := by sorry

-- tags: topic=gcd_lcm difficulty=3
theorem nt_gcd_lcm_product (a b : ℕ) (h₀ : Nat.gcd a b = 6) (h₁ : Nat.lcm a b = 72) : a * b = 432 := by sorry

-- tags: topic=gcd_lcm difficulty=1
theorem nt_gcd_times_lcm_concrete : Nat.gcd 24 36 * Nat.lcm 24 36 = 24 * 36 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_prime_ninety_seven : Nat.Prime 97 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_prime_1009 : Nat.Prime 1009 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_not_prime_221 : ¬ Nat.Prime 221 := by sorry

-- tags: topic=primes difficulty=1
theorem nt_not_prime_1001 : ¬ Nat.Prime 1001 := by sorry

-- tags: topic=primes difficulty=4
theorem nt_primes_summing_to_nine (p q : ℕ) (h₀ : Nat.Prime p) (h₁ : Nat.Prime q) (h₂ : p + q = 9) : p * q = 14 := by sorry

-- tags: topic=primes difficulty=4
theorem nt_prime_mod_six (p : ℕ) (h₀ : Nat.Prime p) (h₁ : 5 < p) : p % 6 = 1 ∨ p % 6 = 5 := by sorry

-- tags: topic=divisibility difficulty=3
theorem nt_even_of_even_square (n : ℤ) (h₀ : Even (n ^ 2)) : Even n := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_odd_mul_odd (a b : ℤ) (h₀ : Odd a) (h₁ : Odd b) : Odd (a * b) := by sorry

-- tags: topic=digits difficulty=1
theorem digits_sum_2024 : (Nat.digits 10 2024).sum = 8 := by sorry

-- tags: topic=digits difficulty=1
theorem digits_list_507 : (Nat.digits 10 507).sum = 12 := by sorry

-- tags: topic=digits difficulty=1
theorem digits_base_two_thirteen : (Nat.digits 2 13).length = 4 ∧ (Nat.digits 2 13).sum = 3 := by sorry

-- tags: topic=digits difficulty=2
theorem digits_sum_two_pow_ten : (Nat.digits 10 (2 ^ 10)).sum = 7 := by sorry

-- tags: topic=modular difficulty=2
theorem nt_last_two_digits_three_pow : 3 ^ 2024 % 100 = 81 := by sorry

-- tags: topic=divisibility difficulty=1
theorem nt_seven_dvd_ten_factorial : 7 ∣ 10 ! := by sorry

-- tags: topic=modular difficulty=1
theorem nt_wilson_eleven : 10 ! % 11 = 10 := by sorry

-- tags: topic=abs difficulty=1
theorem nt_natabs_sum : Int.natAbs (-12) + Int.natAbs 5 = 17 := by sorry

-- tags: topic=divisibility difficulty=1
theorem nt_dvd_trans_int (a b c : ℤ) (h₀ : a ∣ b) (h₁ : b ∣ c) : a ∣ c := by sorry

-- tags: topic=divisibility difficulty=2
theorem nt_common_divisor_combination (a b d : ℤ) (h₀ : d ∣ a) (h₁ : d ∣ b) : d ∣ 3 * a - 5 * b := by sorry

-- tags: topic=modular difficulty=3
theorem nt_four_pow_mod_three (n : ℕ) : 4 ^ n % 3 = 1 := by sorry

-- tags: topic=modular difficulty=3
theorem nt_five_pow_mod_four (n : ℕ) : 5 ^ n % 4 = 1 := by sorry

-- tags: topic=divisibility difficulty=3
theorem nt_seven_dvd_eight_pow_sub_one (n : ℕ) : 7 ∣ 8 ^ n - 1 := by sorry

-- tags: topic=divisibility difficulty=4
theorem nt_six_dvd_cube_plus_five_n (n : ℕ) : 6 ∣ n ^ 3 + 5 * n := by sorry

-- tags: topic=modular difficulty=2
theorem nt_modeq_add_residues (a b : ℕ) (h₀ : a ≡ 3 [MOD 7]) (h₁ : b ≡ 5 [MOD 7]) : a + b ≡ 1 [MOD 7] := by sorry

-- tags: topic=modular difficulty=2
theorem nt_zmodeq_mul_residues (a b : ℤ) (h₀ : a ≡ 2 [ZMOD 9]) (h₁ : b ≡ -4 [ZMOD 9]) : a * b ≡ 1 [ZMOD 9] := by sorry

-- tags: topic=modular difficulty=3
theorem nt_zmodeq_square_of_three_mod_four (n : ℤ) (h₀ : n ≡ 3 [ZMOD 4]) : n ^ 2 ≡ 1 [ZMOD 4] := by sorry

-- tags: topic=primes difficulty=3
theorem nt_even_prime_is_two (p : ℕ) (h₀ : Nat.Prime p) (h₁ : Even p) : p = 2 := by sorry

-- tags: topic=nat_arith difficulty=1
theorem nt_sum_first_ten_div_four : (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10) / 4 = 13 := by sorry

-- tags: topic=divisibility difficulty=1
theorem nt_eleven_dvd_918082 : 11 ∣ 918082 := by sorry

-- tags: topic=primes difficulty=2
theorem nt_prime_factor_of_91_below_ten : ∃ p : ℕ, Nat.Prime p ∧ p ∣ 91 ∧ p < 10 := by sorry
