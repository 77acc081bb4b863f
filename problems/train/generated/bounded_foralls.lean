import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0001 : ∀ n ∈ Finset.range 22, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0002 : ∀ n : ℕ, n ≤ 31 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0003 : ∀ n ∈ Finset.range 21, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0004 : ∀ n : ℕ, n < 48 → (4 * n ^ 2 + 6) % 10 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0005 : ∀ x ∈ Finset.Icc 1 35, ∀ y ∈ Finset.range 6, (5 * x ^ 2 + 8 + 27 * y) % 27 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0006 : ∀ n : ℕ, n < 6 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0007 : ∀ n : ℕ, n ≤ 7 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0008 : ∀ n ∈ Finset.range 42, (n ^ 2 - n) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0009 : ∀ n : ℕ, n < 21 → (2 * n ^ 2 + 1) % 5 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0010 : ∀ x ∈ Finset.Icc 1 26, ∀ y ∈ Finset.range 5, (5 * x ^ 2 + 0 + 26 * y) % 26 ≠ 12 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0011 : ∀ n ∈ Finset.range 9, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0012 : ∀ n : ℕ, n ≤ 15 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0013 : ∀ n ∈ Finset.range 23, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0014 : ∀ n : ℕ, n < 12 → (2 * n ^ 2 + 4) % 9 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0015 : ∀ x ∈ Finset.Icc 1 66, ∀ y ∈ Finset.range 6, (3 * x ^ 2 + 10 + 14 * y) % 14 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0016 : ∀ n : ℕ, n < 19 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0017 : ∀ n : ℕ, n ≤ 22 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0018 : ∀ n ∈ Finset.range 31, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0019 : ∀ n : ℕ, n < 38 → (2 * n ^ 2 + 4) % 8 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0020 : ∀ x ∈ Finset.Icc 1 64, ∀ y ∈ Finset.range 3, (2 * x ^ 2 + 0 + 30 * y) % 30 ≠ 29 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0021 : ∀ n ∈ Finset.range 16, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0022 : ∀ n : ℕ, n ≤ 5 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0023 : ∀ n ∈ Finset.range 40, (n ^ 2 - n) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0024 : ∀ n : ℕ, n < 19 → (3 * n ^ 2 + 1) % 7 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0025 : ∀ x ∈ Finset.Icc 1 53, ∀ y ∈ Finset.range 3, (3 * x ^ 2 + 3 + 23 * y) % 23 ≠ 20 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0026 : ∀ n ∈ Finset.range 23, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0027 : ∀ n : ℕ, n ≤ 39 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0028 : ∀ n ∈ Finset.range 32, (n ^ 7 - n) % 7 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0029 : ∀ n : ℕ, n < 40 → (3 * n ^ 2 + 3) % 9 ≠ 4 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0030 : ∀ x ∈ Finset.Icc 1 70, ∀ y ∈ Finset.range 3, (4 * x ^ 2 + 0 + 10 * y) % 10 ≠ 7 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0031 : ∀ n : ℕ, n < 15 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0032 : ∀ n : ℕ, n ≤ 23 → 3 * n + 1 ≤ 4 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0033 : ∀ n ∈ Finset.range 24, (n ^ 2 - n) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0034 : ∀ n : ℕ, n < 51 → (4 * n ^ 2 + 5) % 6 ≠ 4 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0035 : ∀ x ∈ Finset.Icc 1 71, ∀ y ∈ Finset.range 7, (2 * x ^ 2 + 3 + 6 * y) % 6 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0036 : ∀ n : ℕ, n < 21 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0037 : ∀ n : ℕ, n ≤ 40 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0038 : ∀ n ∈ Finset.range 39, (n ^ 2 - n) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0039 : ∀ n : ℕ, n < 46 → (1 * n ^ 2 + 3) % 6 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0040 : ∀ x ∈ Finset.Icc 1 67, ∀ y ∈ Finset.range 4, (2 * x ^ 2 + 3 + 13 * y) % 13 ≠ 12 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0041 : ∀ n ∈ Finset.range 14, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0042 : ∀ n : ℕ, n ≤ 29 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0043 : ∀ n ∈ Finset.range 49, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0044 : ∀ n : ℕ, n < 15 → (4 * n ^ 2 + 10) % 11 ≠ 6 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0045 : ∀ x ∈ Finset.Icc 1 35, ∀ y ∈ Finset.range 6, (4 * x ^ 2 + 3 + 5 * y) % 5 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0046 : ∀ n : ℕ, n < 18 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0047 : ∀ n : ℕ, n ≤ 8 → 3 * n + 1 ≤ 4 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0048 : ∀ n ∈ Finset.range 43, (n ^ 7 - n) % 7 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0049 : ∀ n : ℕ, n < 65 → (1 * n ^ 2 + 3) % 11 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0050 : ∀ x ∈ Finset.Icc 1 15, ∀ y ∈ Finset.range 5, (4 * x ^ 2 + 1 + 8 * y) % 8 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0051 : ∀ n : ℕ, n < 5 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0052 : ∀ n : ℕ, n ≤ 13 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0053 : ∀ n ∈ Finset.range 20, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0054 : ∀ n : ℕ, n < 49 → (5 * n ^ 2 + 7) % 11 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0055 : ∀ x ∈ Finset.Icc 1 43, ∀ y ∈ Finset.range 4, (3 * x ^ 2 + 11 + 21 * y) % 21 ≠ 9 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0056 : ∀ n ∈ Finset.range 11, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0057 : ∀ n : ℕ, n ≤ 21 → 3 * n + 1 ≤ 4 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0058 : ∀ n ∈ Finset.range 50, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0059 : ∀ n : ℕ, n < 10 → (5 * n ^ 2 + 0) % 10 ≠ 8 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0060 : ∀ x ∈ Finset.Icc 1 14, ∀ y ∈ Finset.range 6, (4 * x ^ 2 + 10 + 19 * y) % 19 ≠ 4 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0061 : ∀ n : ℕ, n < 8 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0062 : ∀ n : ℕ, n ≤ 31 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0063 : ∀ n ∈ Finset.range 37, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0064 : ∀ n : ℕ, n < 69 → (4 * n ^ 2 + 7) % 9 ≠ 4 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0065 : ∀ x ∈ Finset.Icc 1 6, ∀ y ∈ Finset.range 3, (1 * x ^ 2 + 7 + 21 * y) % 21 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0066 : ∀ n : ℕ, n < 7 → n * (n + 1) % 2 = 0 := by sorry
