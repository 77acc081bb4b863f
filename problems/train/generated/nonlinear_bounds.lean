import Mathlib

open Real Nat

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0001 (x : ℤ) (h₀ : 1 ≤ x) : 0 ≤ 3 * x ^ 2 - 6 * x + 5 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0002 (x : ℚ) (h₀ : 4 ≤ x) (h₁ : x ≤ 5) : -18 * x ≤ -2 * x ^ 2 - 39 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0003 (x y : ℤ) (h₀ : 5 ≤ x) (h₁ : x ≤ 12) (h₂ : 0 ≤ y) (h₃ : y ≤ 6) : 11 * x - 152 ≤ 2 * x * y - 24 * y := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0004 (x y : ℝ) (h₀ : -2 ≤ x) (h₁ : x ≤ 5) (h₂ : 0 ≤ y) (h₃ : y ≤ 2) : -65 ≤ -6 * x ^ 2 + 17 * x + y := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0005 (x y : ℝ) (h₀ : -3 ≤ x) (h₁ : x ≤ 1) (h₂ : -4 ≤ y) (h₃ : y ≤ 2) : 8 * x + y ≤ -5 * x * y + 32 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0006 (x : ℝ) (h₀ : -2 ≤ x) : -14 ≤ 3 * x ^ 2 + 12 * x := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0007 (x : ℚ) (h₀ : -2 ≤ x) (h₁ : x ≤ 3) : 0 ≤ -3 * x ^ 2 + 3 * x + 18 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0008 (x y : ℚ) (h₀ : 4 ≤ x) (h₁ : x ≤ 5) (h₂ : 3 ≤ y) (h₃ : y ≤ 8) : 60 ≤ -2 * x * y + 16 * x + 9 * y := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0009 (x y : ℚ) (h₀ : -5 ≤ x) (h₁ : x ≤ 0) (h₂ : -3 ≤ y) (h₃ : y ≤ 3) : 2 * y ^ 2 - 9 * y ≤ 2 * x * y + 6 * x + 68 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0010 (x y : ℝ) (h₀ : 3 ≤ x) (h₁ : x ≤ 12) (h₂ : -3 ≤ y) (h₃ : y ≤ 2) : -68 ≤ 2 * x * y - y ^ 2 - 4 * x - 24 * y := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0011 (x : ℚ) (h₀ : -5 ≤ x) : -20 * x - 52 ≤ 2 * x ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0012 (x : ℤ) (h₀ : 0 ≤ x) (h₁ : x ≤ 5) : 0 ≤ -x ^ 2 + 5 * x + 1 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0013 (x y : ℚ) (h₀ : -1 ≤ x) (h₁ : x ≤ 1) (h₂ : 2 ≤ y) (h₃ : y ≤ 3) : 0 ≤ -x ^ 2 + x + 5 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0014 (x y : ℝ) (h₀ : -3 ≤ x) (h₁ : x ≤ -1) (h₂ : -4 ≤ y) (h₃ : y ≤ 1) : 3 * x + y - 8 ≤ 2 * x * y := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0015 (x y : ℤ) (h₀ : 2 ≤ x) (h₁ : x ≤ 6) (h₂ : 1 ≤ y) (h₃ : y ≤ 5) : 0 ≤ -2 * x * y + 10 * x + 4 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0016 (x : ℤ) (h₀ : -4 ≤ x) : -8 * x ≤ x ^ 2 + 18 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0017 (x : ℝ) (h₀ : -1 ≤ x) (h₁ : x ≤ 5) : -12 * x ≤ -3 * x ^ 2 + 17 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0018 (x y : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 2) (h₂ : 1 ≤ y) (h₃ : y ≤ 8) : -17 ≤ -2 * x * y + 2 * y := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0019 (x y : ℝ) (h₀ : 1 ≤ x) (h₁ : x ≤ 6) (h₂ : -1 ≤ y) (h₃ : y ≤ 0) : 3 * y ^ 2 + 2 * x ≤ 2 * x * y - 17 * y + 13 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0020 (x y : ℤ) (h₀ : 5 ≤ x) (h₁ : x ≤ 14) (h₂ : -5 ≤ y) (h₃ : y ≤ 0) : y ^ 2 - x ≤ 2 * x * y - 34 * y + 10 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0021 (x : ℝ) (h₀ : -3 ≤ x) : 0 ≤ x ^ 2 + 6 * x + 10 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0022 (x : ℚ) (h₀ : -1 ≤ x) (h₁ : x ≤ 1) : 0 ≤ -3 * x ^ 2 + 4 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0023 (x y : ℝ) (h₀ : 3 ≤ x) (h₁ : x ≤ 5) (h₂ : 0 ≤ y) (h₃ : y ≤ 1) : 15 * y ≤ 3 * x * y - 3 * x + 18 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0024 (x y : ℤ) (h₀ : 2 ≤ x) (h₁ : x ≤ 8) (h₂ : -1 ≤ y) (h₃ : y ≤ 7) : 0 ≤ x * y + 10 * x - 2 * y - 18 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0025 (x y : ℚ) (h₀ : 1 ≤ x) (h₁ : x ≤ 2) (h₂ : 4 ≤ y) (h₃ : y ≤ 5) : 0 ≤ -2 * x * y - 3 * x ^ 2 + 16 * x + 5 * y - 24 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0026 (x : ℤ) (h₀ : -1 ≤ x) : 0 ≤ 2 * x ^ 2 + 4 * x + 4 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0027 (x : ℝ) (h₀ : -2 ≤ x) (h₁ : x ≤ 2) : 0 ≤ -x ^ 2 + 5 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0028 (x y : ℝ) (h₀ : -4 ≤ x) (h₁ : x ≤ -3) (h₂ : 5 ≤ y) (h₃ : y ≤ 8) : 0 ≤ -2 * y ^ 2 + 27 * y - 79 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0029 (x y : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 6) (h₂ : 0 ≤ y) (h₃ : y ≤ 8) : 7 * y ≤ x * y - 16 * x + 114 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0030 (x y : ℤ) (h₀ : -5 ≤ x) (h₁ : x ≤ -3) (h₂ : 3 ≤ y) (h₃ : y ≤ 11) : -34 * x ≤ -3 * x * y - 3 * y ^ 2 + 26 * y + 90 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0031 (x : ℤ) (h₀ : -2 ≤ x) : -14 ≤ 3 * x ^ 2 + 12 * x := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0032 (x : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 10) : -28 * x ≤ -2 * x ^ 2 - 80 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0033 (x y : ℝ) (h₀ : 4 ≤ x) (h₁ : x ≤ 6) (h₂ : 5 ≤ y) (h₃ : y ≤ 11) : x ≤ -y ^ 2 + 16 * y - 41 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0034 (x y : ℤ) (h₀ : -5 ≤ x) (h₁ : x ≤ -4) (h₂ : 0 ≤ y) (h₃ : y ≤ 5) : 0 ≤ -3 * x ^ 2 - 26 * x - y - 49 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0035 (x y : ℤ) (h₀ : 0 ≤ x) (h₁ : x ≤ 3) (h₂ : 3 ≤ y) (h₃ : y ≤ 8) : -3 * y ≤ 2 * x - 2 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0036 (x : ℝ) (h₀ : 1 ≤ x) : 4 * x ≤ 2 * x ^ 2 + 4 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0037 (x : ℚ) (h₀ : -3 ≤ x) (h₁ : x ≤ -1) : 0 ≤ -x ^ 2 - 4 * x - 3 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0038 (x y : ℤ) (h₀ : -1 ≤ x) (h₁ : x ≤ 5) (h₂ : -5 ≤ y) (h₃ : y ≤ -1) : -5 * y ≤ 3 * x * y + 14 * x + 30 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0039 (x y : ℚ) (h₀ : 3 ≤ x) (h₁ : x ≤ 11) (h₂ : -4 ≤ y) (h₃ : y ≤ -1) : 0 ≤ -x * y - y ^ 2 - 2 * x - 2 * y + 26 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0040 (x y : ℝ) (h₀ : -1 ≤ x) (h₁ : x ≤ 0) (h₂ : -4 ≤ y) (h₃ : y ≤ -1) : 15 * x - 7 ≤ -4 * x * y + y := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0041 (x : ℤ) (h₀ : 1 ≤ x) : 2 * x ≤ x ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0042 (x : ℝ) (h₀ : 0 ≤ x) (h₁ : x ≤ 5) : -15 * x ≤ -3 * x ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0043 (x y : ℝ) (h₀ : 2 ≤ x) (h₁ : x ≤ 8) (h₂ : 2 ≤ y) (h₃ : y ≤ 6) : 0 ≤ -2 * x * y + 12 * x + 4 * y - 18 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0044 (x y : ℚ) (h₀ : 1 ≤ x) (h₁ : x ≤ 6) (h₂ : -3 ≤ y) (h₃ : y ≤ 5) : 0 ≤ -15 * x + y + 106 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0045 (x y : ℝ) (h₀ : -2 ≤ x) (h₁ : x ≤ 1) (h₂ : -5 ≤ y) (h₃ : y ≤ -4) : 6 * y ≤ -2 * x * y - 3 * x ^ 2 - 9 * x - 13 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0046 (x : ℝ) (h₀ : 0 ≤ x) : 0 ≤ 3 * x ^ 2 + 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0047 (x : ℝ) (h₀ : -4 ≤ x) (h₁ : x ≤ 1) : 0 ≤ -x ^ 2 - 3 * x + 6 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0048 (x y : ℚ) (h₀ : -5 ≤ x) (h₁ : x ≤ -2) (h₂ : 4 ≤ y) (h₃ : y ≤ 8) : 0 ≤ -3 * y ^ 2 - 2 * x + 36 * y - 90 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0049 (x y : ℝ) (h₀ : 4 ≤ x) (h₁ : x ≤ 5) (h₂ : -5 ≤ y) (h₃ : y ≤ 2) : -y ≤ -x * y - y ^ 2 + 2 * x + 5 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0050 (x y : ℚ) (h₀ : 4 ≤ x) (h₁ : x ≤ 9) (h₂ : 0 ≤ y) (h₃ : y ≤ 6) : 43 ≤ -x ^ 2 - 2 * y ^ 2 + 15 * x + 14 * y := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0051 (x : ℤ) (h₀ : 4 ≤ x) : 0 ≤ 2 * x ^ 2 - 16 * x + 34 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0052 (x : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 7) : -11 * x ≤ -x ^ 2 - 26 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0053 (x y : ℤ) (h₀ : -2 ≤ x) (h₁ : x ≤ 2) (h₂ : -4 ≤ y) (h₃ : y ≤ -3) : 2 * y ≤ -x * y - 4 * x + 3 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0054 (x y : ℝ) (h₀ : 4 ≤ x) (h₁ : x ≤ 12) (h₂ : 5 ≤ y) (h₃ : y ≤ 8) : -15 * x ≤ -3 * x * y - 2 * y ^ 2 + 63 * y - 248 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0055 (x y : ℝ) (h₀ : 4 ≤ x) (h₁ : x ≤ 9) (h₂ : -4 ≤ y) (h₃ : y ≤ -2) : 2 * x ^ 2 ≤ -3 * x * y + 14 * x + 25 * y + 44 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0056 (x : ℚ) (h₀ : -4 ≤ x) : -48 ≤ 3 * x ^ 2 + 24 * x := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0057 (x : ℚ) (h₀ : 3 ≤ x) (h₁ : x ≤ 7) : 40 ≤ -2 * x ^ 2 + 20 * x := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0058 (x y : ℚ) (h₀ : 2 ≤ x) (h₁ : x ≤ 5) (h₂ : -4 ≤ y) (h₃ : y ≤ 1) : 0 ≤ -2 * x * y - 7 * x + 10 * y + 48 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0059 (x y : ℚ) (h₀ : -1 ≤ x) (h₁ : x ≤ 5) (h₂ : 0 ≤ y) (h₃ : y ≤ 8) : 0 ≤ x * y - 3 * x ^ 2 + 12 * x + y + 45 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0060 (x y : ℚ) (h₀ : 0 ≤ x) (h₁ : x ≤ 4) (h₂ : -1 ≤ y) (h₃ : y ≤ 8) : -35 ≤ -2 * x * y + 18 * x - 3 * y := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0061 (x : ℝ) (h₀ : 0 ≤ x) : 0 ≤ 2 * x ^ 2 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0062 (x : ℤ) (h₀ : 3 ≤ x) (h₁ : x ≤ 4) : 12 ≤ -x ^ 2 + 7 * x := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0063 (x y : ℝ) (h₀ : -1 ≤ x) (h₁ : x ≤ 2) (h₂ : 3 ≤ y) (h₃ : y ≤ 6) : -24 ≤ -3 * x * y + 19 * x - 2 * y := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0064 (x y : ℝ) (h₀ : -4 ≤ x) (h₁ : x ≤ 3) (h₂ : -4 ≤ y) (h₃ : y ≤ 1) : 6 * y ≤ -x * y + 10 * x + 50 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0065 (x y : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 10) (h₂ : 2 ≤ y) (h₃ : y ≤ 11) : 0 ≤ -4 * x * y + 17 * x + 36 * y - 102 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0066 (x : ℚ) (h₀ : 3 ≤ x) : 18 * x ≤ 3 * x ^ 2 + 28 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0067 (x : ℤ) (h₀ : 0 ≤ x) (h₁ : x ≤ 2) : -1 ≤ -3 * x ^ 2 + 6 * x := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0068 (x y : ℤ) (h₀ : 0 ≤ x) (h₁ : x ≤ 5) (h₂ : -4 ≤ y) (h₃ : y ≤ 0) : 0 ≤ -2 * x * y - y + 2 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0069 (x y : ℚ) (h₀ : 4 ≤ x) (h₁ : x ≤ 5) (h₂ : 1 ≤ y) (h₃ : y ≤ 4) : 0 ≤ 3 * x * y - 8 * x - 14 * y + 40 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0070 (x y : ℚ) (h₀ : -5 ≤ x) (h₁ : x ≤ -3) (h₂ : -4 ≤ y) (h₃ : y ≤ 1) : 0 ≤ -2 * x * y - 7 * x - 5 * y - 7 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0071 (x : ℚ) (h₀ : 4 ≤ x) : 0 ≤ 3 * x ^ 2 - 24 * x + 50 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0072 (x : ℤ) (h₀ : 3 ≤ x) (h₁ : x ≤ 4) : 23 ≤ -2 * x ^ 2 + 14 * x := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0073 (x y : ℝ) (h₀ : -3 ≤ x) (h₁ : x ≤ 3) (h₂ : 2 ≤ y) (h₃ : y ≤ 4) : 0 ≤ -x * y + 2 * x + 4 * y + 8 := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0074 (x y : ℤ) (h₀ : 3 ≤ x) (h₁ : x ≤ 4) (h₂ : 5 ≤ y) (h₃ : y ≤ 6) : 11 * y ≤ 3 * x * y - x ^ 2 - 10 * x + 54 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0075 (x y : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 7) (h₂ : -4 ≤ y) (h₃ : y ≤ 2) : 0 ≤ -4 * x * y + 3 * x + 20 * y + 7 := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0076 (x : ℤ) (h₀ : -3 ≤ x) : -12 * x ≤ 2 * x ^ 2 + 20 := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0077 (x : ℝ) (h₀ : -4 ≤ x) (h₁ : x ≤ 1) : 9 * x ≤ -3 * x ^ 2 + 13 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0078 (x y : ℤ) (h₀ : 4 ≤ x) (h₁ : x ≤ 6) (h₂ : 0 ≤ y) (h₃ : y ≤ 2) : -x - 11 * y - 3 ≤ -2 * x * y := by sorry

-- tags: topic=inequalities difficulty=4 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0079 (x y : ℚ) (h₀ : 3 ≤ x) (h₁ : x ≤ 9) (h₂ : -2 ≤ y) (h₃ : y ≤ 6) : -12 * x ≤ -2 * x * y + 7 * y - 27 := by sorry

-- tags: topic=inequalities difficulty=5 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0080 (x y : ℤ) (h₀ : 5 ≤ x) (h₁ : x ≤ 7) (h₂ : -4 ≤ y) (h₃ : y ≤ 5) : -20 ≤ -4 * x * y + x + 23 * y := by sorry

-- tags: topic=inequalities difficulty=1 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0081 (x : ℤ) (h₀ : -5 ≤ x) : -27 ≤ x ^ 2 + 10 * x := by sorry

-- tags: topic=inequalities difficulty=2 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0082 (x : ℚ) (h₀ : -4 ≤ x) (h₁ : x ≤ -1) : 0 ≤ -2 * x ^ 2 - 10 * x - 7 := by sorry

-- tags: topic=inequalities difficulty=3 family=nonlinear_bounds
theorem gen_ineq_nlb_s7_0083 (x y : ℤ) (h₀ : -4 ≤ x) (h₁ : x ≤ 3) (h₂ : -1 ≤ y) (h₃ : y ≤ 6) : 0 ≤ -x * y + 8 * x - 3 * y + 41 := by sorry
