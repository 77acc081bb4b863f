import Mathlib

open Real Nat

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0001 : (40 : ℚ) * 14 ≤ ((40 + 14) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0002 (a : ℚ) (h₀ : -2 * a ≤ -1) (h₁ : -1 ≥ -a) : -4 * a - 4 ≤ -3 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0003 (a b : ℚ) : -2 * b ^ 2 ≤ -8 * a * b + 8 * a ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0004 (a b : ℤ) (h₀ : -29 ≥ 3 * a + 4 * b) (h₁ : 12 ≥ 4 * a - 3 * b) (h₂ : 11 ≥ -4 * a) : -3 * a + 12 * b + 2 ≤ -49 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0005 (a b c : ℤ) : -30 * a * c - 13 * a ^ 2 - 54 * b * c - 21 * c ^ 2 + 6 * c ≤ 42 * a * b + 36 * b ^ 2 - 18 * a - 18 * b + 22 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0006 : (4 : ℚ) / 1 + 1 / 4 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0007 (a : ℤ) (h₀ : -4 * a ≤ -4) (h₁ : 7 ≥ 4 * a) : 8 * a - 4 ≤ 10 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0008 (a b : ℝ) : -10 * a * b ≤ 5 * a ^ 2 + 5 * b ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0009 (a b : ℚ) (h₀ : -4 * a - 4 * b ≤ 13) (h₁ : -9 ≥ 3 * a + 2 * b) (h₂ : -8 ≥ 3 * a + 4 * b) : -3 * a - 3 ≤ 13 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0010 (a b c : ℚ) : -18 * a * c - 21 * a ^ 2 - 27 * c ^ 2 < -18 * a * b + 54 * b * c + 45 * b ^ 2 + 48 * a + 36 * c + 31 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0011 : 2 * (37 : ℝ) * 1 ≤ 37 ^ 2 + 1 ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0012 (a : ℤ) (h₀ : -12 ≥ 4 * a) (h₁ : a ≤ -2) : 13 * a + 4 ≤ -31 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0013 (a b : ℚ) : -b ^ 2 < 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0014 (a b : ℚ) (h₀ : -6 ≥ a - 2 * b) (h₁ : -1 ≥ a + b) (h₂ : 18 ≥ -2 * a + 2 * b) : -a - 2 * b + 2 ≤ 23 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0015 (a b c : ℝ) : -50 * a * c - 20 * b * c - 62 * b ^ 2 - 38 * a - 34 * c - 42 ≤ 34 * a * b + 47 * a ^ 2 + 38 * c ^ 2 + 98 * b := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0016 : (37 : ℝ) / 26 + 26 / 37 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0017 (a : ℚ) (h₀ : 3 * a ≤ 8) (h₁ : 11 ≥ 4 * a) : 3 * a - 5 ≤ 5 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0018 (a b : ℤ) : 36 * a * b ≤ 27 * a ^ 2 + 12 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0019 (a b : ℚ) (h₀ : 2 * a - 4 * b ≤ 15) (h₁ : -7 ≥ -2 * a + b) (h₂ : -3 * a - b ≤ -12) : -9 * b + 1 ≤ 25 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0020 (a b c : ℚ) : 12 * a * b + 16 * a + 8 * c < 24 * a ^ 2 + 15 * b ^ 2 + 6 * c ^ 2 + 34 * b + 23 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0021 : (16 : ℝ) * 5 ≤ ((16 + 5) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0022 (a : ℚ) (h₀ : 10 ≥ -3 * a) (h₁ : -7 ≥ 4 * a) : -a + 3 ≤ 22 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0023 (a b : ℝ) : 12 * a * b - 4 * b ^ 2 ≤ 9 * a ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0024 (a b : ℤ) (h₀ : -17 ≥ 4 * a + 3 * b) (h₁ : 10 ≥ -3 * b) (h₂ : 4 ≥ 3 * a - 4 * b) : 4 * a - 6 * b - 3 ≤ 10 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0025 (a b c : ℤ) : -8 * a * c - 5 * a ^ 2 - 24 * b * c + 6 * a + 6 * b < 18 * a * b + 21 * b ^ 2 + 8 * c ^ 2 + 5 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0026 : (24 : ℚ) * 10 ≤ ((24 + 10) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0027 (a : ℤ) (h₀ : -4 * a ≤ 0) (h₁ : 3 ≥ -a) : -14 * a - 3 ≤ 3 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0028 (a b : ℤ) : -9 * a ^ 2 ≤ 18 * a * b + 9 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0029 (a b : ℚ) (h₀ : 3 * a + 3 * b ≤ -19) (h₁ : -11 ≥ -3 * a + 3 * b) (h₂ : -a - 2 * b ≤ 17) : -3 * a + 12 * b + 4 ≤ -32 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0030 (a b c : ℤ) : -18 * a * c - 8 * b * c - 5 * b ^ 2 - 13 * c ^ 2 - 8 * c - 4 ≤ 12 * a * b + 9 * a ^ 2 - 4 * b := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0031 : (20 : ℝ) * 36 ≤ ((20 + 36) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0032 (a : ℝ) (h₀ : -3 ≥ -3 * a) (h₁ : 7 ≥ 3 * a) : -3 * a ≤ 6 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0033 (a b : ℚ) : -3 * b ^ 2 < 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0034 (a b : ℚ) (h₀ : a - 3 * b ≤ 22) (h₁ : 2 * a + 3 * b ≤ -7) (h₂ : 2 * a + 2 * b ≤ -2) : 9 * a - 3 * b - 2 ≤ 61 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0035 (a b c : ℝ) : 6 * a * c - 11 * c ^ 2 + 28 * b - 22 < 42 * a * b + 45 * a ^ 2 - 10 * b * c + 11 * b ^ 2 - 60 * a + 4 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0036 : (36 : ℚ) * 18 ≤ ((36 + 18) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0037 (a : ℚ) (h₀ : 1 ≥ -2 * a) (h₁ : -2 * a ≤ 2) : -2 * a - 4 ≤ 0 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0038 (a b : ℝ) : -54 * a * b - 27 * b ^ 2 ≤ 27 * a ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0039 (a b : ℝ) (h₀ : 4 ≥ a + 3 * b) (h₁ : 4 * a - 4 * b ≤ 0) (h₂ : 1 ≥ -4 * a + 4 * b) : -a + 13 * b + 2 ≤ 17 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0040 (a b c : ℚ) : 0 < 16 * a * b - 18 * a * c + 40 * a ^ 2 - 12 * b * c + 20 * b ^ 2 + 3 * c ^ 2 - 10 * a + 8 * b + 4 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0041 : (8 : ℝ) * 5 ≤ ((8 + 5) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0042 (a : ℚ) (h₀ : 11 ≥ 2 * a) (h₁ : -12 ≥ -3 * a) : a + 5 ≤ 18 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0043 (a b : ℚ) : 18 * a * b ≤ 27 * a ^ 2 + 3 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0044 (a b : ℝ) (h₀ : -4 * b ≤ -1) (h₁ : -2 * a + b ≤ -11) (h₂ : 3 ≥ 3 * b) : -4 * b + 2 ≤ 4 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0045 (a b c : ℝ) : -12 * a * c - 30 * a ^ 2 - 66 * a - 24 * c - 41 < 66 * a * b + 24 * b * c + 39 * b ^ 2 + 12 * c ^ 2 + 78 * b := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0046 : (37 : ℝ) / 17 + 17 / 37 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0047 (a : ℤ) (h₀ : a ≤ -5) (h₁ : -5 ≥ a) : a + 2 ≤ -2 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0048 (a b : ℤ) : -20 * b ^ 2 ≤ 32 * a * b + 16 * a ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0049 (a b : ℤ) (h₀ : -2 * a + 4 * b ≤ -2) (h₁ : -24 ≥ 3 * a + 2 * b) (h₂ : a - 3 * b ≤ 10) : 3 * a - 9 * b - 5 ≤ 27 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0050 (a b c : ℚ) : -12 ≤ 12 * a * b + 18 * a * c + 57 * a ^ 2 - 20 * b * c + 14 * b ^ 2 + 41 * c ^ 2 + 36 * a + 4 * b - 20 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0051 : (36 : ℝ) / 13 + 13 / 36 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0052 (a : ℝ) (h₀ : 4 * a ≤ 20) (h₁ : a ≤ 5) : 9 * a - 3 ≤ 45 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0053 (a b : ℚ) : 28 * a * b - 16 * a ^ 2 ≤ 13 * b ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0054 (a b : ℝ) (h₀ : 18 ≥ 4 * a + 2 * b) (h₁ : -4 * a + 3 * b ≤ -37) (h₂ : -33 ≥ -3 * a + 3 * b) : -3 * a + 13 * b - 4 ≤ -75 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0055 (a b c : ℝ) : -2 * a * c - 30 * a ^ 2 - 27 * b ^ 2 - 3 * c ^ 2 + 30 * a + 4 * c ≤ 6 * a * b + 18 * b * c - 12 * b + 16 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0056 : (25 : ℚ) * 23 ≤ ((25 + 23) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0057 (a : ℤ) (h₀ : 3 * a ≤ 13) (h₁ : -2 ≥ -2 * a) : -a - 1 ≤ 9 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0058 (a b : ℚ) : -1 < -12 * a * b + 2 * a ^ 2 + 18 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0059 (a b : ℤ) (h₀ : 17 ≥ -a - 2 * b) (h₁ : 3 * a - 2 * b ≤ 9) (h₂ : 3 * a - b ≤ 5) : 16 * a - 13 * b - 1 ≤ 76 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0060 (a b c : ℝ) : 6 * c ≤ -12 * a * b + 4 * a * c + 17 * a ^ 2 - 6 * b * c + 9 * b ^ 2 + c ^ 2 - 18 * a + 18 * b + 20 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0061 : (17 : ℝ) / 10 + 10 / 17 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0062 (a : ℝ) (h₀ : -3 * a ≤ 10) (h₁ : 4 * a ≤ -5) : 4 * a - 1 ≤ -6 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0063 (a b : ℝ) : 0 ≤ 24 * a * b + 30 * a ^ 2 + 12 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0064 (a b : ℚ) (h₀ : 35 ≥ -3 * a - 3 * b) (h₁ : -12 ≥ 2 * a + b) (h₂ : 2 * a - 3 * b ≤ 9) : -a - 9 * b - 3 ≤ 76 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0065 (a b c : ℝ) : -24 * b * c ≤ 14 * b ^ 2 + 45 * c ^ 2 + 28 * b + 78 * c + 35 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0066 : 2 * (37 : ℚ) * 4 ≤ 37 ^ 2 + 4 ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0067 (a : ℤ) (h₀ : -2 ≥ a) (h₁ : 3 * a ≤ -14) : 9 * a - 4 ≤ -35 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0068 (a b : ℤ) : -9 * a ^ 2 ≤ -6 * a * b + b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0069 (a b : ℚ) (h₀ : -1 ≥ -a - b) (h₁ : 20 ≥ 2 * a - 2 * b) (h₂ : -15 ≥ -2 * a + 3 * b) : -a + 2 ≤ 8 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0070 (a b c : ℝ) : 78 * a * b - 35 * b ^ 2 - 47 * c ^ 2 - 42 * a - 49 < 42 * a * c + 48 * a ^ 2 - 52 * b * c - 52 * b + 94 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0071 : (35 : ℚ) / 34 + 34 / 35 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0072 (a : ℚ) (h₀ : 25 ≥ -4 * a) (h₁ : -9 ≥ 2 * a) : -8 * a + 1 ≤ 60 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0073 (a b : ℝ) : 6 * a * b - 1 < 13 * a ^ 2 + 10 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0074 (a b : ℚ) (h₀ : -4 ≥ -3 * a) (h₁ : -2 * a - b ≤ -6) (h₂ : 2 * a + b ≤ 8) : 2 * a + b - 5 ≤ 9 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0075 (a b c : ℚ) : 60 * a * b + 40 * a * c - 26 * c ^ 2 + 14 * a - 16 * b ≤ 31 * a ^ 2 + 32 * b * c + 31 * b ^ 2 - 4 * c + 5 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0076 : 2 * (30 : ℚ) * 5 ≤ 30 ^ 2 + 5 ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0077 (a : ℝ) (h₀ : -8 ≥ 2 * a) (h₁ : a ≤ -2) : 5 * a - 2 ≤ -13 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0078 (a b : ℝ) : 0 < 20 * a ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0079 (a b : ℝ) (h₀ : a + 3 * b ≤ -23) (h₁ : 2 * a - 4 * b ≤ 13) (h₂ : 3 * a - b ≤ -8) : 13 * a - 11 * b ≤ 2 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0080 (a b c : ℤ) : -22 * b * c - 29 * c ^ 2 ≤ -12 * a * b - 48 * a * c + 36 * a ^ 2 + 5 * b ^ 2 + 48 * a - 14 * b - 50 * c + 39 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0081 : (39 : ℝ) / 9 + 9 / 39 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0082 (a : ℚ) (h₀ : -8 ≥ -2 * a) (h₁ : -11 ≥ -3 * a) : -13 * a + 4 ≤ -42 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0083 (a b : ℝ) : 0 < 48 * a * b + 30 * a ^ 2 + 29 * b ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0084 (a b : ℚ) (h₀ : 2 * a + 4 * b ≤ -10) (h₁ : 4 * a - b ≤ -16) (h₂ : -3 * a + 2 * b ≤ 16) : -6 * a + 4 * b - 1 ≤ 31 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0085 (a b c : ℚ) : -33 * c ^ 2 - 48 * c < -18 * a * b + 46 * a * c + 38 * a ^ 2 - 48 * b * c + 21 * b ^ 2 + 48 * a - 24 * b + 31 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0086 : (36 : ℚ) / 31 + 31 / 36 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0087 (a : ℚ) (h₀ : -4 * a ≤ -9) (h₁ : -2 * a ≤ -4) : -12 * a + 2 ≤ -22 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0088 (a b : ℤ) : -8 * a ^ 2 - 19 * b ^ 2 ≤ -24 * a * b + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0089 (a b : ℤ) (h₀ : 3 * a + b ≤ -11) (h₁ : -4 * a - 4 * b ≤ 32) (h₂ : 16 ≥ 4 * a - 4 * b) : 4 * a - 12 * b - 1 ≤ 63 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0090 (a b c : ℝ) : -18 * b ^ 2 + 6 * b - 20 ≤ 36 * a * b + 66 * a * c + 51 * a ^ 2 + 54 * b * c + 42 * c ^ 2 + 30 * a - 6 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0091 : (11 : ℝ) * 1 ≤ ((11 + 1) / 2) ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0092 (a : ℤ) (h₀ : 3 * a ≤ -5) (h₁ : 6 ≥ -2 * a) : a - 4 ≤ 0 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0093 (a b : ℚ) : -12 * b ^ 2 ≤ -12 * a * b + 3 * a ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0094 (a b : ℚ) (h₀ : -2 * a + 2 * b ≤ -3) (h₁ : -3 * a + 2 * b ≤ -9) (h₂ : -3 ≥ -3 * b) : -9 * a + 6 * b + 4 ≤ -22 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0095 (a b c : ℝ) : -24 * a * b - 7 ≤ 36 * a * c + 29 * a ^ 2 + 24 * b * c + 30 * b ^ 2 + 12 * c ^ 2 + 14 * a + 24 * b + 12 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0096 : (18 : ℝ) / 6 + 6 / 18 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0097 (a : ℤ) (h₀ : -4 * a ≤ 1) (h₁ : -3 * a ≤ 2) : -10 * a - 3 ≤ 3 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0098 (a b : ℤ) : -31 * b ^ 2 ≤ 66 * a * b + 36 * a ^ 2 + 1 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0099 (a b : ℝ) (h₀ : b ≤ -6) (h₁ : 0 ≥ 3 * a - b) (h₂ : -7 ≥ 4 * a) : 14 * a + b - 2 ≤ -31 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0100 (a b c : ℚ) : -4 * c ^ 2 + 12 * c ≤ 12 * a * c + 9 * a ^ 2 + 8 * b ^ 2 - 18 * a - 8 * b + 11 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0101 : 2 * (37 : ℚ) * 32 ≤ 37 ^ 2 + 32 ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0102 (a : ℝ) (h₀ : 3 * a ≤ -9) (h₁ : -10 ≥ 3 * a) : 15 * a + 2 ≤ -42 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0103 (a b : ℝ) : -15 * a ^ 2 ≤ -12 * a * b + 24 * b ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0104 (a b : ℝ) (h₀ : -2 * a + 4 * b ≤ 28) (h₁ : -23 ≥ 2 * a - 4 * b) (h₂ : -9 ≥ -a - 3 * b) : -3 * a - 9 * b - 3 ≤ -14 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0105 (a b c : ℝ) : -6 * a * b - 24 * a - 54 * c ≤ 18 * a * c + 6 * a ^ 2 + 54 * b * c + 43 * b ^ 2 + 27 * c ^ 2 + 38 * b + 32 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0106 : (16 : ℝ) / 3 + 3 / 16 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0107 (a : ℤ) (h₀ : 13 ≥ 4 * a) (h₁ : -2 * a ≤ -5) : -2 * a - 2 ≤ -4 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0108 (a b : ℝ) : -4 * b ^ 2 < -12 * a * b + 17 * a ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0109 (a b : ℤ) (h₀ : -4 * a + 2 * b ≤ 27) (h₁ : -4 * a + b ≤ 24) (h₂ : 0 ≥ -2 * a - 2 * b) : -4 * a + 2 * b + 2 ≤ 32 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0110 (a b c : ℚ) : -18 * a ^ 2 - 8 * b ^ 2 - 30 * a - 14 < 24 * a * b + 12 * a * c + 8 * b * c + 4 * c ^ 2 + 20 * b + 12 * c := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0111 : 2 * (34 : ℝ) * 8 ≤ 34 ^ 2 + 8 ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0112 (a : ℚ) (h₀ : 2 * a ≤ 12) (h₁ : 16 ≥ 4 * a) : 10 * a - 3 ≤ 50 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0113 (a b : ℤ) : -4 * b ^ 2 - 2 ≤ 4 * a * b + a ^ 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0114 (a b : ℝ) (h₀ : -2 * a - 3 * b ≤ 11) (h₁ : a - 4 * b ≤ 4) (h₂ : -1 ≥ 2 * b) : -7 * b + 1 ≤ 20 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0115 (a b c : ℤ) : -20 * a ^ 2 - 8 * c ^ 2 - 24 * a ≤ -20 * a * b + 10 * b ^ 2 + 4 * b - 16 * c + 30 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0116 : (16 : ℚ) / 36 + 36 / 16 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0117 (a : ℝ) (h₀ : 0 ≥ a) (h₁ : 4 * a ≤ 2) : 14 * a + 5 ≤ 14 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0118 (a b : ℤ) : 0 ≤ 8 * a ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0119 (a b : ℚ) (h₀ : -4 * a + 4 * b ≤ 16) (h₁ : -3 ≥ 3 * a - 2 * b) (h₂ : -a - 4 * b ≤ -24) : -2 * a + 4 * b + 2 ≤ 28 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0120 (a b c : ℝ) : 30 * a * b - 34 * a ^ 2 - 2 * a + 12 * b + 10 * c - 8 ≤ 56 * a * c - 12 * b * c + 12 * b ^ 2 + 31 * c ^ 2 := by sorry

-- tags: topic=inequalities difficulty=1 family=inequalities
theorem gen_ineq_ineq_s7_0121 : (9 : ℚ) / 2 + 2 / 9 ≥ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=inequalities
theorem gen_ineq_ineq_s7_0122 (a : ℚ) (h₀ : 12 ≥ -3 * a) (h₁ : 2 * a ≤ -2) : -5 * a - 5 ≤ 27 := by sorry

-- tags: topic=inequalities difficulty=3 family=inequalities
theorem gen_ineq_ineq_s7_0123 (a b : ℤ) : -18 * a ^ 2 - 14 * b ^ 2 ≤ 12 * a * b := by sorry

-- tags: topic=inequalities difficulty=4 family=inequalities
theorem gen_ineq_ineq_s7_0124 (a b : ℚ) (h₀ : -3 * a - 4 * b ≤ 10) (h₁ : -4 * a ≤ 17) (h₂ : -3 * a - 2 * b ≤ 11) : -21 * a - 8 * b + 3 ≤ 88 := by sorry

-- tags: topic=inequalities difficulty=5 family=inequalities
theorem gen_ineq_ineq_s7_0125 (a b c : ℤ) : 26 * a * c - 26 * b ^ 2 - 19 * c ^ 2 + 8 * c - 9 < 28 * a * b + 10 * a ^ 2 - 30 * b * c + 2 * a - 10 * b := by sorry
