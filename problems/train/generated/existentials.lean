import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0001 : ∃ n : ℕ, 6 * n + 18 = 66 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0002 : ∃ x : ℤ, 7 * x + 2 = -61 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0003 : ∃ x : ℤ, x ^ 2 = 25 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0004 : ∃ m n : ℕ, m + n = 34 ∧ m * n = 240 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0005 : ∃ n : ℕ, 346 ≤ n ∧ n < 354 ∧ 8 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0006 : ∃ n : ℕ, 5 * n + 13 = 43 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0007 : ∃ x : ℤ, 3 * x + 8 = -25 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0008 : ∃ x : ℤ, x ^ 2 = 256 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0009 : ∃ m n : ℕ, m + n = 27 ∧ m * n = 140 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0010 : ∃ n : ℕ, 886 ≤ n ∧ n < 935 ∧ 49 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0011 : ∃ n : ℕ, 9 * n + 25 = 88 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0012 : ∃ x : ℤ, 4 * x + 1 = -19 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0013 : ∃ x : ℤ, x ^ 2 = 1 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0014 : ∃ m n : ℕ, m + n = 28 ∧ m * n = 187 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0015 : ∃ n : ℕ, 631 ≤ n ∧ n < 666 ∧ 35 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0016 : ∃ n : ℕ, 9 * n + 19 = 91 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0017 : ∃ x : ℤ, 7 * x + 16 = -61 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0018 : ∃ x : ℤ, x ^ 2 = 4 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0019 : ∃ m n : ℕ, m + n = 23 ∧ m * n = 22 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0020 : ∃ n : ℕ, 486 ≤ n ∧ n < 495 ∧ 9 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0021 : ∃ n : ℕ, 9 * n + 17 = 35 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0022 : ∃ x : ℤ, 6 * x + 1 = -5 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0023 : ∃ x : ℤ, x ^ 2 = 100 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0024 : ∃ m n : ℕ, m + n = 9 ∧ m * n = 20 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0025 : ∃ n : ℕ, 535 ≤ n ∧ n < 563 ∧ 28 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0026 : ∃ n : ℕ, 5 * n + 29 = 69 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0027 : ∃ x : ℤ, 8 * x + 3 = -69 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0028 : ∃ x : ℤ, x ^ 2 = 9 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0029 : ∃ m n : ℕ, m + n = 19 ∧ m * n = 60 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0030 : ∃ n : ℕ, 824 ≤ n ∧ n < 859 ∧ 35 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0031 : ∃ n : ℕ, 5 * n + 28 = 48 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0032 : ∃ x : ℤ, 3 * x + 17 = -10 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0033 : ∃ x : ℤ, x ^ 2 = 169 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0034 : ∃ m n : ℕ, m + n = 25 ∧ m * n = 150 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0035 : ∃ n : ℕ, 133 ≤ n ∧ n < 181 ∧ 48 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0036 : ∃ n : ℕ, 7 * n + 11 = 25 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0037 : ∃ x : ℤ, 4 * x + 14 = -18 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0038 : ∃ x : ℤ, x ^ 2 = 64 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0039 : ∃ m n : ℕ, m + n = 24 ∧ m * n = 140 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0040 : ∃ n : ℕ, 638 ≤ n ∧ n < 655 ∧ 17 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0041 : ∃ n : ℕ, 7 * n + 11 = 60 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0042 : ∃ x : ℤ, 8 * x + 28 = -44 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0043 : ∃ x : ℤ, x ^ 2 = 324 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0044 : ∃ m n : ℕ, m + n = 31 ∧ m * n = 198 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0045 : ∃ n : ℕ, 729 ≤ n ∧ n < 770 ∧ 41 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0046 : ∃ n : ℕ, 3 * n + 18 = 42 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0047 : ∃ x : ℤ, 7 * x + 15 = 1 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0048 : ∃ x : ℤ, x ^ 2 = 16 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0049 : ∃ m n : ℕ, m + n = 13 ∧ m * n = 22 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0050 : ∃ n : ℕ, 418 ≤ n ∧ n < 453 ∧ 35 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0051 : ∃ n : ℕ, 5 * n + 1 = 21 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0052 : ∃ x : ℤ, 4 * x + 1 = -35 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0053 : ∃ x : ℤ, x ^ 2 = 49 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0054 : ∃ m n : ℕ, m + n = 33 ∧ m * n = 242 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0055 : ∃ n : ℕ, 515 ≤ n ∧ n < 532 ∧ 17 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0056 : ∃ n : ℕ, 8 * n + 15 = 15 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0057 : ∃ x : ℤ, 3 * x + 28 = 1 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0058 : ∃ x : ℤ, x ^ 2 = 81 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0059 : ∃ m n : ℕ, m + n = 40 ∧ m * n = 400 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0060 : ∃ n : ℕ, 201 ≤ n ∧ n < 221 ∧ 20 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0061 : ∃ n : ℕ, 6 * n + 6 = 48 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0062 : ∃ x : ℤ, 8 * x + 23 = -49 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0063 : ∃ x : ℤ, x ^ 2 = 289 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0064 : ∃ m n : ℕ, m + n = 26 ∧ m * n = 165 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0065 : ∃ n : ℕ, 715 ≤ n ∧ n < 765 ∧ 50 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0066 : ∃ n : ℕ, 9 * n + 16 = 88 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0067 : ∃ x : ℤ, 3 * x + 5 = -13 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0068 : ∃ x : ℤ, x ^ 2 = 121 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0069 : ∃ m n : ℕ, m + n = 27 ∧ m * n = 180 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0070 : ∃ n : ℕ, 374 ≤ n ∧ n < 394 ∧ 20 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0071 : ∃ n : ℕ, 4 * n + 28 = 48 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0072 : ∃ x : ℤ, 6 * x + 8 = 2 := by sorry

-- tags: topic=quantifiers difficulty=3 family=existentials
theorem gen_quant_exists_s7_0073 : ∃ x : ℤ, x ^ 2 = 144 ∧ x < 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=existentials
theorem gen_quant_exists_s7_0074 : ∃ m n : ℕ, m + n = 36 ∧ m * n = 320 ∧ m ≤ n := by sorry

-- tags: topic=quantifiers difficulty=5 family=existentials
theorem gen_quant_exists_s7_0075 : ∃ n : ℕ, 900 ≤ n ∧ n < 908 ∧ 8 ∣ n := by sorry

-- tags: topic=quantifiers difficulty=1 family=existentials
theorem gen_quant_exists_s7_0076 : ∃ n : ℕ, 9 * n + 16 = 79 := by sorry

-- tags: topic=quantifiers difficulty=2 family=existentials
theorem gen_quant_exists_s7_0077 : ∃ x : ℤ, 3 * x + 16 = 1 := by sorry
