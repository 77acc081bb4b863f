import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0001 : ∃ n : ℕ, 5 * n + 1 = 36 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0002 : ∃ x : ℤ, 2 * x + 12 = -6 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0003 : ∃ x : ℤ, x ^ 2 = 169 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0004 : ∃ m n : ℕ, m + n = 39 ∧ m * n = 368 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0005 : ∃ n : ℕ, 683 ≤ n ∧ n < 707 ∧ 24 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0006 : ∃ n : ℕ, 7 * n + 16 = 44 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0007 : ∃ x : ℤ, 6 * x + 7 = -53 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0008 : ∃ x : ℤ, x ^ 2 = 1 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0009 : ∃ m n : ℕ, m + n = 33 ∧ m * n = 230 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0010 : ∃ n : ℕ, 301 ≤ n ∧ n < 335 ∧ 34 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0011 : ∃ n : ℕ, 3 * n + 0 = 3 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0012 : ∃ x : ℤ, 5 * x + 7 = -43 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0013 : ∃ x : ℤ, x ^ 2 = 256 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0014 : ∃ m n : ℕ, m + n = 40 ∧ m * n = 396 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0015 : ∃ n : ℕ, 181 ≤ n ∧ n < 200 ∧ 19 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0016 : ∃ n : ℕ, 2 * n + 27 = 29 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0017 : ∃ x : ℤ, 5 * x + 16 = -39 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0018 : ∃ x : ℤ, x ^ 2 = 4 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0019 : ∃ m n : ℕ, m + n = 10 ∧ m * n = 9 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0020 : ∃ n : ℕ, 267 ≤ n ∧ n < 291 ∧ 24 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0021 : ∃ n : ℕ, 4 * n + 0 = 28 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0022 : ∃ x : ℤ, 5 * x + 18 = -27 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0023 : ∃ x : ℤ, x ^ 2 = 144 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0024 : ∃ m n : ℕ, m + n = 39 ∧ m * n = 380 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0025 : ∃ n : ℕ, 821 ≤ n ∧ n < 856 ∧ 35 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0026 : ∃ n : ℕ, 5 * n + 15 = 20 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0027 : ∃ x : ℤ, 5 * x + 0 = -15 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0028 : ∃ x : ℤ, x ^ 2 = 196 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0029 : ∃ m n : ℕ, m + n = 41 ∧ m * n = 414 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0030 : ∃ n : ℕ, 827 ≤ n ∧ n < 867 ∧ 40 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0031 : ∃ n : ℕ, 7 * n + 0 = 14 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0032 : ∃ x : ℤ, 4 * x + 27 = -1 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0033 : ∃ x : ℤ, x ^ 2 = 324 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0034 : ∃ m n : ℕ, m + n = 29 ∧ m * n = 180 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0035 : ∃ n : ℕ, 176 ≤ n ∧ n < 208 ∧ 32 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0036 : ∃ n : ℕ, 5 * n + 22 = 52 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0037 : ∃ x : ℤ, 3 * x + 23 = -7 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0038 : ∃ x : ℤ, x ^ 2 = 9 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0039 : ∃ m n : ℕ, m + n = 35 ∧ m * n = 306 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0040 : ∃ n : ℕ, 526 ≤ n ∧ n < 558 ∧ 32 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0041 : ∃ n : ℕ, 5 * n + 10 = 35 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0042 : ∃ x : ℤ, 8 * x + 25 = -7 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0043 : ∃ x : ℤ, x ^ 2 = 49 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0044 : ∃ m n : ℕ, m + n = 28 ∧ m * n = 196 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0045 : ∃ n : ℕ, 242 ≤ n ∧ n < 260 ∧ 18 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0046 : ∃ n : ℕ, 6 * n + 23 = 35 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0047 : ∃ x : ℤ, 6 * x + 25 = 1 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0048 : ∃ x : ℤ, x ^ 2 = 121 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0049 : ∃ m n : ℕ, m + n = 19 ∧ m * n = 60 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0050 : ∃ n : ℕ, 807 ≤ n ∧ n < 825 ∧ 18 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0051 : ∃ n : ℕ, 3 * n + 21 = 42 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0052 : ∃ x : ℤ, 3 * x + 12 = -24 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0053 : ∃ x : ℤ, x ^ 2 = 225 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0054 : ∃ m n : ℕ, m + n = 24 ∧ m * n = 135 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0055 : ∃ n : ℕ, 608 ≤ n ∧ n < 632 ∧ 24 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0056 : ∃ n : ℕ, 3 * n + 28 = 52 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0057 : ∃ x : ℤ, 2 * x + 6 = -18 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0058 : ∃ x : ℤ, x ^ 2 = 81 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0059 : ∃ m n : ℕ, m + n = 31 ∧ m * n = 184 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0060 : ∃ n : ℕ, 838 ≤ n ∧ n < 855 ∧ 17 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0061 : ∃ n : ℕ, 3 * n + 13 = 13 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0062 : ∃ x : ℤ, 9 * x + 4 = -50 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0063 : ∃ x : ℤ, x ^ 2 = 36 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0064 : ∃ m n : ℕ, m + n = 6 ∧ m * n = 5 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0065 : ∃ n : ℕ, 452 ≤ n ∧ n < 509 ∧ 57 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0066 : ∃ n : ℕ, 9 * n + 19 = 37 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0067 : ∃ x : ℤ, 6 * x + 2 = -16 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0068 : ∃ x : ℤ, x ^ 2 = 16 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0069 : ∃ m n : ℕ, m + n = 18 ∧ m * n = 45 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0070 : ∃ n : ℕ, 518 ≤ n ∧ n < 540 ∧ 22 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0071 : ∃ n : ℕ, 9 * n + 25 = 88 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0072 : ∃ x : ℤ, 9 * x + 10 = -8 := by sorry
