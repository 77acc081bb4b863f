import Mathlib

open Real Nat

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0001 (n : ℤ) : (n + 1) * (n + 2) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0002 (n : ℤ) : (2 * n ^ 2 + 3 * n - 3) % 3 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0003 (n : ℤ) : (4 * n ^ 2 + 4 * n + 1) % 8 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0004 (n : ℕ) : (4 * n ^ 4 + 4 * n ^ 2 + 2) % 8 ≠ 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0005 (n : ℤ) : (n ^ 4 - n ^ 2 - 6) % 14 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0006 (n : ℕ) : (n + 8) * (n + 9) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0007 (n : ℤ) : (2 * n ^ 2 - 4 * n) % 8 ≠ 5 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0008 (n : ℤ) : (2 * n ^ 2 - 4 * n - 4) % 7 ≠ 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0009 (n : ℤ) : (4 * n ^ 4 - n ^ 2 - 6) % 3 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0010 (n : ℤ) : (3 * n ^ 4 - 2 * n ^ 2 + 2) % 16 ≠ 7 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0011 (n : ℕ) : (n + 4) * (n + 5) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0012 (n : ℕ) : (2 * n ^ 2 + 6 * n + 6) % 8 ≠ 7 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0013 (n : ℤ) : (4 * n ^ 2 - 6 * n - 5) % 3 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0014 (n : ℕ) : 6 ∣ n * (n + 1) * (n + 2) := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0015 (n : ℤ) : (n ^ 4 + 4 * n ^ 2 - 3) % 4 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0016 (n : ℕ) : (n + 7) * (n + 8) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0017 (n : ℕ) : (4 * n ^ 2 + 4 * n + 1) % 7 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0018 (n : ℤ) : (n ^ 2 - 3 * n - 5) % 6 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0019 (n : ℤ) : n ^ 7 % 7 = n % 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0020 (n : ℤ) : (3 * n ^ 4 - n ^ 2 + 5) % 7 ≠ 6 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0021 (n : ℤ) : (n + 8) * (n + 9) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0022 (n : ℕ) : (n ^ 2 + 4 * n + 5) % 8 ≠ 6 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0023 (n : ℤ) : (3 * n ^ 2 - 6 * n + 4) % 7 ≠ 5 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0024 (n : ℕ) : (n ^ 4 + 6 * n ^ 2 + 6) % 7 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0025 (n : ℤ) : (n ^ 4) % 7 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0026 (n : ℤ) : (n + 2) * (n + 3) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0027 (n : ℕ) : (2 * n ^ 2 + 4 * n + 3) % 9 ≠ 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0028 (n : ℤ) : (5 * n ^ 2 - n - 5) % 7 ≠ 5 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0029 (n : ℕ) : (4 * n ^ 4 + 2 * n ^ 2 + 6) % 3 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0030 (n : ℤ) : (3 * n ^ 4 + 5 * n ^ 2 - 6) % 8 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0031 (n : ℤ) : (n + 6) * (n + 7) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0032 (n : ℕ) : (4 * n ^ 2 + 3) % 6 ≠ 5 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0033 (n : ℤ) : (3 * n ^ 2 - 2 * n + 4) % 4 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0034 (n : ℕ) : (n ^ 4 + 5 * n ^ 2 + 6) % 5 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0035 (n : ℤ) : (5 * n ^ 4 + 6 * n ^ 2 + 6) % 3 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0036 (n : ℤ) : (n + 3) * (n + 4) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0037 (n : ℤ) : (n ^ 2 - 6 * n - 3) % 9 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0038 (n : ℤ) : (n ^ 2 + 3 * n - 5) % 3 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0039 (n : ℕ) : 3 ∣ n * (n + 1) * (n + 2) := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0040 (n : ℤ) : (5 * n ^ 4 - n ^ 2 + 2) % 9 ≠ 8 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0041 (n : ℕ) : (n + 2) * (n + 3) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0042 (n : ℕ) : (4 * n ^ 2 + 5 * n + 1) % 3 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0043 (n : ℤ) : (3 * n ^ 2 + 6 * n + 4) % 6 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0044 (n : ℕ) : n ^ 7 % 7 = n % 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0045 (n : ℤ) : (2 * n ^ 4 - 6 * n ^ 2) % 15 ≠ 10 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0046 (n : ℤ) : n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0047 (n : ℕ) : (n ^ 2 + 5) % 3 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0048 (n : ℤ) : (2 * n ^ 2 + 4 * n - 5) % 9 ≠ 5 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0049 (n : ℕ) : n ^ 5 % 5 = n % 5 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0050 (n : ℤ) : (3 * n ^ 4 + 2 * n ^ 2 - 4) % 9 ≠ 8 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0051 (n : ℤ) : (n + 5) * (n + 6) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0052 (n : ℤ) : (4 * n ^ 2 - 3 * n + 4) % 9 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0053 (n : ℤ) : (5 * n ^ 2 + n - 4) % 4 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0054 (n : ℤ) : (n ^ 4 - 5 * n ^ 2 - 2) % 16 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0055 (n : ℤ) : (4 * n ^ 4 - n ^ 2 + 1) % 16 ≠ 10 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0056 (n : ℕ) : (n + 6) * (n + 7) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0057 (n : ℕ) : (5 * n ^ 2 + 3 * n + 6) % 9 ≠ 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0058 (n : ℤ) : (n ^ 2 + 2 * n - 5) % 9 ≠ 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0059 (n : ℕ) : n ^ 3 % 3 = n % 3 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0060 (n : ℤ) : (n ^ 4 + 3 * n ^ 2 - 3) % 16 ≠ 7 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0061 (n : ℕ) : (n + 1) * (n + 2) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0062 (n : ℕ) : (n ^ 2) % 3 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0063 (n : ℤ) : (2 * n ^ 2 - 6 * n) % 6 ≠ 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0064 (n : ℕ) : 2 ∣ n * (n + 1) * (n + 2) := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0065 (n : ℤ) : (n ^ 4 + n ^ 2 - 4) % 5 ≠ 4 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0066 (n : ℤ) : (n + 7) * (n + 8) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0067 (n : ℕ) : (n ^ 2) % 8 ≠ 6 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0068 (n : ℤ) : (2 * n ^ 2 - 6) % 7 ≠ 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0069 (n : ℕ) : (3 * n ^ 4 + 5) % 8 ≠ 4 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0070 (n : ℤ) : (5 * n ^ 4 + 6 * n ^ 2 - 4) % 7 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0071 (n : ℕ) : (n + 3) * (n + 4) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0072 (n : ℤ) : (4 * n ^ 2 - 2 * n) % 5 ≠ 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0073 (n : ℤ) : (5 * n ^ 2 - n - 4) % 7 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0074 (n : ℕ) : (n ^ 4 + 5 * n ^ 2) % 11 ≠ 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0075 (n : ℤ) : (2 * n ^ 4 + 2 * n ^ 2 - 6) % 11 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0076 (n : ℕ) : (n + 5) * (n + 6) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0077 (n : ℕ) : (n ^ 2 + 4 * n) % 9 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=3 family=parametric_modular
theorem gen_nt_pmod_s7_0078 (n : ℤ) : (4 * n ^ 2 - 4 * n + 3) % 3 ≠ 1 := by sorry

-- tags: topic=number_theory difficulty=4 family=parametric_modular
theorem gen_nt_pmod_s7_0079 (n : ℕ) : (3 * n ^ 4 + 5 * n ^ 2 + 1) % 3 ≠ 2 := by sorry

-- tags: topic=number_theory difficulty=5 family=parametric_modular
theorem gen_nt_pmod_s7_0080 (n : ℤ) : (2 * n ^ 4 + 2 * n ^ 2) % 10 ≠ 8 := by sorry

-- tags: topic=number_theory difficulty=1 family=parametric_modular
theorem gen_nt_pmod_s7_0081 (n : ℕ) : (n + 9) * (n + 10) % 2 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=parametric_modular
theorem gen_nt_pmod_s7_0082 (n : ℤ) : (5 * n ^ 2 - 4 * n + 2) % 7 ≠ 5 := by sorry
