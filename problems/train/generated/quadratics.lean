import Mathlib

open Real Nat

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0001 (x : ℤ) (h₀ : x ^ 2 - 7 * x + 12 = 0) : x = 3 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0002 (x : ℚ) (h₀ : x ^ 2 - x - 12 = 0) : x = -3 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0003 (x : ℝ) (h₀ : 3 * x ^ 2 - 36 * x + 81 = 0) : x = 9 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0004 (x : ℝ) (h₀ : 6 * x ^ 2 - 2 * x - 48 = 0) : x = -8 / 3 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0005 (x : ℤ) (h₀ : x < 0) (h₁ : 2 * x ^ 2 + 20 * x - 22 = 0) : x = -11 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0006 (x : ℚ) (h₀ : x ^ 2 + 5 * x + 6 = 0) : x = -3 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0007 (x : ℤ) (h₀ : x ^ 2 - 4 * x + 3 = 0) : x = 1 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0008 (x : ℝ) (h₀ : -x ^ 2 - 4 * x = -5) : x = 1 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0009 (x : ℚ) (h₀ : 12 * x ^ 2 + 28 * x = 160) : x = 8 / 3 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0010 (x : ℝ) (h₀ : 0 < x) (h₁ : 3 * x ^ 2 + 30 * x = 33) : x = 1 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0011 (x : ℚ) (h₀ : x ^ 2 - 9 = 0) : x = 3 ∨ x = -3 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0012 (x : ℝ) (h₀ : x ^ 2 - x - 20 = 0) : x = 5 ∨ x = -4 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0013 (x : ℝ) (h₀ : 2 * x ^ 2 - 12 * x = 54) : x = 9 ∨ x = -3 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0014 (x : ℚ) (h₀ : 4 * x ^ 2 + 46 * x = -90) : x = -5 / 2 ∨ x = -9 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0015 (x : ℝ) (h₀ : x < 0) (h₁ : -x ^ 2 + 3 * x = -54) : x = -6 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0016 (x : ℝ) (h₀ : x ^ 2 - 6 * x + 8 = 0) : x = 4 ∨ x = 2 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0017 (x : ℝ) (h₀ : x ^ 2 + x - 2 = 0) : x = 1 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0018 (x : ℚ) (h₀ : 2 * x ^ 2 + 12 * x + 10 = 0) : x = -1 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0019 (x : ℝ) (h₀ : 3 * x ^ 2 - 9 * x = 264) : x = -8 ∨ x = 11 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0020 (x : ℚ) (h₀ : x < 0) (h₁ : 3 * x ^ 2 + 9 * x = 120) : x = -8 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0021 (x : ℚ) (h₀ : x ^ 2 + 6 * x + 8 = 0) : x = -2 ∨ x = -4 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0022 (x : ℝ) (h₀ : x ^ 2 + 5 * x + 4 = 0) : x = -4 ∨ x = -1 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0023 (x : ℚ) (h₀ : -x ^ 2 - 7 * x - 10 = 0) : x = -5 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0024 (x : ℚ) (h₀ : 3 * x ^ 2 - 17 * x - 28 = 0) : x = -4 / 3 ∨ x = 7 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0025 (x : ℤ) (h₀ : x < 0) (h₁ : x ^ 2 - 5 * x - 84 = 0) : x = -7 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0026 (x : ℝ) (h₀ : x ^ 2 + 2 * x - 8 = 0) : x = 2 ∨ x = -4 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0027 (x : ℝ) (h₀ : x ^ 2 - 2 * x - 3 = 0) : x = -1 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0028 (x : ℝ) (h₀ : 2 * x ^ 2 + 2 * x - 12 = 0) : x = 2 ∨ x = -3 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0029 (x : ℚ) (h₀ : -3 * x ^ 2 - 29 * x = 66) : x = -6 ∨ x = -11 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0030 (x : ℤ) (h₀ : 0 < x) (h₁ : x ^ 2 - 25 = 0) : x = 5 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0031 (x : ℝ) (h₀ : x ^ 2 - 4 * x - 5 = 0) : x = 5 ∨ x = -1 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0032 (x : ℤ) (h₀ : x ^ 2 - 2 * x - 8 = 0) : x = -2 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0033 (x : ℚ) (h₀ : 2 * x ^ 2 - 10 * x - 72 = 0) : x = 9 ∨ x = -4 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0034 (x : ℚ) (h₀ : 2 * x ^ 2 - 16 * x - 18 = 0) : x = 9 ∨ x = -1 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0035 (x : ℚ) (h₀ : 0 < x) (h₁ : 3 * x ^ 2 - 3 * x - 330 = 0) : x = 11 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0036 (x : ℝ) (h₀ : x ^ 2 - 7 * x + 12 = 0) : x = 4 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0037 (x : ℝ) (h₀ : x ^ 2 - 3 * x - 10 = 0) : x = -2 ∨ x = 5 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0038 (x : ℚ) (h₀ : x ^ 2 + x - 30 = 0) : x = 5 ∨ x = -6 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0039 (x : ℚ) (h₀ : 6 * x ^ 2 - 6 * x - 72 = 0) : x = -3 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0040 (x : ℝ) (h₀ : x < 0) (h₁ : x ^ 2 + 6 * x - 72 = 0) : x = -12 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0041 (x : ℤ) (h₀ : x ^ 2 - 7 * x + 10 = 0) : x = 2 ∨ x = 5 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0042 (x : ℝ) (h₀ : x ^ 2 + 6 * x = 0) : x = -6 ∨ x = 0 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0043 (x : ℤ) (h₀ : -x ^ 2 - 6 * x + 7 = 0) : x = 1 ∨ x = -7 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0044 (x : ℚ) (h₀ : 3 * x ^ 2 - 32 * x + 77 = 0) : x = 7 ∨ x = 11 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0045 (x : ℝ) (h₀ : x < 0) (h₁ : 2 * x ^ 2 - 2 = 0) : x = -1 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0046 (x : ℤ) (h₀ : x ^ 2 + 5 * x + 6 = 0) : x = -3 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0047 (x : ℚ) (h₀ : x ^ 2 - 11 * x + 30 = 0) : x = 5 ∨ x = 6 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0048 (x : ℚ) (h₀ : -x ^ 2 + 16 * x = 63) : x = 7 ∨ x = 9 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0049 (x : ℝ) (h₀ : -6 * x ^ 2 - 45 * x = 66) : x = -11 / 2 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0050 (x : ℤ) (h₀ : 0 < x) (h₁ : x ^ 2 - 9 = 0) : x = 3 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0051 (x : ℤ) (h₀ : x ^ 2 + 2 * x - 15 = 0) : x = 3 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0052 (x : ℝ) (h₀ : x ^ 2 + 6 * x - 7 = 0) : x = -7 ∨ x = 1 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0053 (x : ℚ) (h₀ : 2 * x ^ 2 + 16 * x = 0) : x = 0 ∨ x = -8 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0054 (x : ℚ) (h₀ : 12 * x ^ 2 + 58 * x = -70) : x = -5 / 2 ∨ x = -7 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0055 (x : ℚ) (h₀ : 0 < x) (h₁ : x ^ 2 + 9 * x = 22) : x = 2 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0056 (x : ℚ) (h₀ : x ^ 2 - 4 * x = 0) : x = 0 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0057 (x : ℤ) (h₀ : x ^ 2 - 2 * x - 8 = 0) : x = 4 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0058 (x : ℝ) (h₀ : x ^ 2 + 8 * x - 9 = 0) : x = -9 ∨ x = 1 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0059 (x : ℝ) (h₀ : 2 * x ^ 2 + 14 * x = -24) : x = -4 ∨ x = -3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0060 (x : ℤ) (h₀ : 0 < x) (h₁ : 2 * x ^ 2 - 6 * x - 20 = 0) : x = 5 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0061 (x : ℚ) (h₀ : x ^ 2 - 9 = 0) : x = -3 ∨ x = 3 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0062 (x : ℚ) (h₀ : x ^ 2 - x - 30 = 0) : x = -5 ∨ x = 6 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0063 (x : ℤ) (h₀ : -x ^ 2 + 12 * x - 35 = 0) : x = 5 ∨ x = 7 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0064 (x : ℝ) (h₀ : 12 * x ^ 2 + 26 * x - 16 = 0) : x = 1 / 2 ∨ x = -8 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0065 (x : ℤ) (h₀ : 0 < x) (h₁ : x ^ 2 - 8 * x = 48) : x = 12 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0066 (x : ℤ) (h₀ : x ^ 2 - 5 * x = 0) : x = 5 ∨ x = 0 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0067 (x : ℤ) (h₀ : x ^ 2 - 11 * x + 30 = 0) : x = 6 ∨ x = 5 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0068 (x : ℤ) (h₀ : x ^ 2 - 3 * x = 40) : x = -5 ∨ x = 8 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0069 (x : ℚ) (h₀ : -3 * x ^ 2 + 14 * x + 80 = 0) : x = -10 / 3 ∨ x = 8 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0070 (x : ℚ) (h₀ : 0 < x) (h₁ : -x ^ 2 + 8 * x = -33) : x = 11 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0071 (x : ℝ) (h₀ : x ^ 2 - 4 = 0) : x = 2 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0072 (x : ℤ) (h₀ : x ^ 2 + 3 * x - 4 = 0) : x = -4 ∨ x = 1 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0073 (x : ℝ) (h₀ : x ^ 2 + 9 * x = 0) : x = -9 ∨ x = 0 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0074 (x : ℚ) (h₀ : -2 * x ^ 2 + 21 * x = 10) : x = 10 ∨ x = 1 / 2 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0075 (x : ℝ) (h₀ : 0 < x) (h₁ : x ^ 2 + x = 2) : x = 1 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0076 (x : ℝ) (h₀ : x ^ 2 - 4 * x = 0) : x = 0 ∨ x = 4 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0077 (x : ℝ) (h₀ : x ^ 2 + 3 * x - 4 = 0) : x = 1 ∨ x = -4 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0078 (x : ℚ) (h₀ : -x ^ 2 + 15 * x - 56 = 0) : x = 7 ∨ x = 8 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0079 (x : ℝ) (h₀ : 6 * x ^ 2 - 4 * x = 10) : x = -1 ∨ x = 5 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0080 (x : ℚ) (h₀ : 0 < x) (h₁ : x ^ 2 - 12 * x - 13 = 0) : x = 13 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0081 (x : ℤ) (h₀ : x ^ 2 + 2 * x = 0) : x = 0 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0082 (x : ℚ) (h₀ : x ^ 2 - 5 * x - 6 = 0) : x = 6 ∨ x = -1 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0083 (x : ℚ) (h₀ : x ^ 2 + 11 * x + 30 = 0) : x = -6 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0084 (x : ℝ) (h₀ : 12 * x ^ 2 + 92 * x = -160) : x = -8 / 3 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0085 (x : ℚ) (h₀ : x < 0) (h₁ : x ^ 2 + 4 * x - 96 = 0) : x = -12 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0086 (x : ℚ) (h₀ : x ^ 2 - 5 * x = 0) : x = 0 ∨ x = 5 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0087 (x : ℝ) (h₀ : x ^ 2 + 2 * x - 15 = 0) : x = 3 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0088 (x : ℚ) (h₀ : x ^ 2 - 8 * x = 0) : x = 0 ∨ x = 8 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0089 (x : ℝ) (h₀ : -3 * x ^ 2 + 8 * x = 0) : x = 8 / 3 ∨ x = 0 := by sorry

-- tags: topic=equations difficulty=5 family=quadratics
theorem gen_eq_quad_s7_0090 (x : ℝ) (h₀ : 0 < x) (h₁ : x ^ 2 + 3 * x - 40 = 0) : x = 5 := by sorry

-- tags: topic=equations difficulty=1 family=quadratics
theorem gen_eq_quad_s7_0091 (x : ℝ) (h₀ : x ^ 2 + 3 * x - 10 = 0) : x = 2 ∨ x = -5 := by sorry

-- tags: topic=equations difficulty=2 family=quadratics
theorem gen_eq_quad_s7_0092 (x : ℚ) (h₀ : x ^ 2 - 3 * x - 10 = 0) : x = 5 ∨ x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=quadratics
theorem gen_eq_quad_s7_0093 (x : ℚ) (h₀ : -x ^ 2 + 9 * x - 14 = 0) : x = 2 ∨ x = 7 := by sorry

-- tags: topic=equations difficulty=4 family=quadratics
theorem gen_eq_quad_s7_0094 (x : ℝ) (h₀ : 9 * x ^ 2 - 24 * x = -12) : x = 2 ∨ x = 2 / 3 := by sorry
