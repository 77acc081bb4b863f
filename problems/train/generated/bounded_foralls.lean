import Mathlib

open Real Nat

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0001 : ∀ n ∈ Finset.range 12, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0002 : ∀ n : ℕ, n ≤ 8 → 3 * n + 1 ≤ 4 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0003 : ∀ n ∈ Finset.range 16, (n ^ 7 - n) % 7 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0004 : ∀ n : ℕ, n < 44 → (4 * n ^ 2 + 4) % 12 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0005 : ∀ x ∈ Finset.Icc 1 63, ∀ y ∈ Finset.range 6, (4 * x ^ 2 + 8 + 17 * y) % 17 ≠ 15 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0006 : ∀ n ∈ Finset.range 21, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0007 : ∀ n : ℕ, n ≤ 8 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0008 : ∀ n ∈ Finset.range 33, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0009 : ∀ n : ℕ, n < 41 → (1 * n ^ 2 + 2) % 9 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0010 : ∀ x ∈ Finset.Icc 1 54, ∀ y ∈ Finset.range 6, (2 * x ^ 2 + 6 + 7 * y) % 7 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0011 : ∀ n : ℕ, n < 13 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0012 : ∀ n : ℕ, n ≤ 22 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0013 : ∀ n ∈ Finset.range 20, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0014 : ∀ n : ℕ, n < 56 → (1 * n ^ 2 + 7) % 9 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0015 : ∀ x ∈ Finset.Icc 1 56, ∀ y ∈ Finset.range 4, (1 * x ^ 2 + 7 + 30 * y) % 30 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0016 : ∀ n ∈ Finset.range 18, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0017 : ∀ n : ℕ, n ≤ 7 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0018 : ∀ n ∈ Finset.range 23, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0019 : ∀ n : ℕ, n < 39 → (4 * n ^ 2 + 2) % 8 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0020 : ∀ x ∈ Finset.Icc 1 30, ∀ y ∈ Finset.range 4, (4 * x ^ 2 + 2 + 12 * y) % 12 ≠ 8 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0021 : ∀ n : ℕ, n < 5 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0022 : ∀ n : ℕ, n ≤ 6 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0023 : ∀ n ∈ Finset.range 33, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0024 : ∀ n : ℕ, n < 29 → (1 * n ^ 2 + 5) % 12 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0025 : ∀ x ∈ Finset.Icc 1 80, ∀ y ∈ Finset.range 6, (3 * x ^ 2 + 4 + 6 * y) % 6 ≠ 3 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0026 : ∀ n ∈ Finset.range 8, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0027 : ∀ n : ℕ, n ≤ 5 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0028 : ∀ n ∈ Finset.range 9, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0029 : ∀ n : ℕ, n < 18 → (1 * n ^ 2 + 5) % 7 ≠ 3 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0030 : ∀ x ∈ Finset.Icc 1 36, ∀ y ∈ Finset.range 6, (2 * x ^ 2 + 7 + 24 * y) % 24 ≠ 22 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0031 : ∀ n ∈ Finset.range 9, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0032 : ∀ n : ℕ, n ≤ 16 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0033 : ∀ n ∈ Finset.range 50, (n ^ 3 - n) % 3 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0034 : ∀ n : ℕ, n < 26 → (4 * n ^ 2 + 5) % 12 ≠ 6 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0035 : ∀ x ∈ Finset.Icc 1 33, ∀ y ∈ Finset.range 6, (3 * x ^ 2 + 16 + 23 * y) % 23 ≠ 12 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0036 : ∀ n : ℕ, n < 15 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0037 : ∀ n : ℕ, n ≤ 35 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0038 : ∀ n ∈ Finset.range 13, (n ^ 7 - n) % 7 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0039 : ∀ n : ℕ, n < 70 → (3 * n ^ 2 + 1) % 10 ≠ 7 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0040 : ∀ x ∈ Finset.Icc 1 9, ∀ y ∈ Finset.range 5, (4 * x ^ 2 + 5 + 7 * y) % 7 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0041 : ∀ n : ℕ, n < 23 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0042 : ∀ n : ℕ, n ≤ 18 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0043 : ∀ n ∈ Finset.range 10, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0044 : ∀ n : ℕ, n < 41 → (5 * n ^ 2 + 6) % 12 ≠ 9 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0045 : ∀ x ∈ Finset.Icc 1 43, ∀ y ∈ Finset.range 6, (2 * x ^ 2 + 5 + 20 * y) % 20 ≠ 2 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0046 : ∀ n : ℕ, n < 24 → n * (n + 1) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0047 : ∀ n : ℕ, n ≤ 32 → 2 * n + 1 ≤ 3 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0048 : ∀ n ∈ Finset.range 41, (n ^ 2 - n) % 2 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0049 : ∀ n : ℕ, n < 68 → (3 * n ^ 2 + 0) % 9 ≠ 1 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0050 : ∀ x ∈ Finset.Icc 1 16, ∀ y ∈ Finset.range 5, (5 * x ^ 2 + 7 + 20 * y) % 20 ≠ 8 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0051 : ∀ n ∈ Finset.range 22, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0052 : ∀ n : ℕ, n ≤ 13 → 1 * n + 1 ≤ 2 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0053 : ∀ n ∈ Finset.range 46, (n ^ 7 - n) % 7 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0054 : ∀ n : ℕ, n < 19 → (1 * n ^ 2 + 2) % 8 ≠ 0 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0055 : ∀ x ∈ Finset.Icc 1 8, ∀ y ∈ Finset.range 5, (2 * x ^ 2 + 5 + 6 * y) % 6 ≠ 4 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0056 : ∀ n ∈ Finset.range 6, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0057 : ∀ n : ℕ, n ≤ 32 → 3 * n + 1 ≤ 4 ^ n := by sorry

-- tags: topic=quantifiers difficulty=3 family=bounded_foralls
theorem gen_quant_forall_s7_0058 : ∀ n ∈ Finset.range 38, (n ^ 5 - n) % 5 = 0 := by sorry

-- tags: topic=quantifiers difficulty=4 family=bounded_foralls
theorem gen_quant_forall_s7_0059 : ∀ n : ℕ, n < 50 → (4 * n ^ 2 + 0) % 12 ≠ 7 := by sorry

-- tags: topic=quantifiers difficulty=5 family=bounded_foralls
theorem gen_quant_forall_s7_0060 : ∀ x ∈ Finset.Icc 1 30, ∀ y ∈ Finset.range 5, (4 * x ^ 2 + 2 + 17 * y) % 17 ≠ 5 := by sorry

-- tags: topic=quantifiers difficulty=1 family=bounded_foralls
theorem gen_quant_forall_s7_0061 : ∀ n ∈ Finset.range 7, n ^ 2 % 4 ≤ 1 := by sorry

-- tags: topic=quantifiers difficulty=2 family=bounded_foralls
theorem gen_quant_forall_s7_0062 : ∀ n : ℕ, n ≤ 25 → 3 * n + 1 ≤ 4 ^ n := by sorry
