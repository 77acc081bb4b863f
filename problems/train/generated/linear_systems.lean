import Mathlib

open Real Nat

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0001 (x : ℤ) (h₀ : 4 * x + 9 = -11) : x = -5 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0002 (x : ℚ) (h₀ : 6 * x - 14 = 3 * x - 2) : x = 4 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0003 (x y : ℚ) (h₀ : x - 5 * y + 9 = 12) (h₁ : -4 * x - 4 * y + 4 = 16) : x = -2 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0004 (x y : ℝ) (h₀ : y + 1 = 6) (h₁ : 4 * x - 2 * y - 5 = -3) : x = 3 ∧ y = 5 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0005 (x y z : ℚ) (h₀ : -5 * y + 5 * z - 9 = -29) (h₁ : 5 * x - y - 6 * z + 5 = 19) (h₂ : -4 * x - 5 * y - 6 * z - 1 = -52) : x = 5 ∧ y = 5 ∧ z = 1 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0006 (x : ℝ) (h₀ : 7 * x - 7 = 7) : x = 2 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0007 (x : ℝ) (h₀ : -10 * x + 10 = -4 * x + 22) : x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0008 (x y : ℚ) (h₀ : x + 4 * y - 5 = -12) (h₁ : x + 2 * y + 7 = 2) : x = -3 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0009 (x y : ℝ) (h₀ : -x + 5 * y + 4 = -11) (h₁ : x + 3 * y + 7 = -2) : x = 0 ∧ y = -3 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0010 (x y z : ℝ) (h₀ : -x + 2 * y - 2 * z + 9 = -1) (h₁ : -2 * x + 3 * y + 5 * z - 4 = -21) (h₂ : -x + 4 * y + 5 * z - 2 = -18) : x = 4 ∧ y = -3 ∧ z = 0 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0011 (x : ℚ) (h₀ : 8 * x + 8 = 32) : x = 3 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0012 (x : ℚ) (h₀ : 9 * x - 6 = 5 * x + 30) : x = 9 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0013 (x y : ℝ) (h₀ : 2 * x - y - 3 = -14) (h₁ : -2 * x + 4 * y - 7 = 19) : x = -3 ∧ y = 5 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0014 (x y : ℚ) (h₀ : -3 * y + 6 = 0) (h₁ : 6 * x - y - 1 = 21) : x = 4 ∧ y = 2 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0015 (x y z : ℝ) (h₀ : -5 * x + 4 * y + 6 * z - 5 = -41) (h₁ : 2 * x - 2 * z + 7 = 11) (h₂ : -3 * x - y - 3 * z + 6 = 41) : x = -4 ∧ y = -5 ∧ z = -6 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0016 (x : ℚ) (h₀ : -2 * x + 3 = -1) : x = 2 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0017 (x : ℝ) (h₀ : 5 * x - 15 = 2 * x - 30) : x = -5 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0018 (x y : ℤ) (h₀ : 3 * x - 2 * y + 2 = 18) (h₁ : -6 * x + 5 * y - 9 = -43) : x = 4 ∧ y = -2 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0019 (x y : ℚ) (h₀ : 2 * x - 4 * y + 8 = 32) (h₁ : x - 3 * y + 4 = 20) : x = 4 ∧ y = -4 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0020 (x y z : ℝ) (h₀ : -6 * x + y - 6 * z - 1 = -7) (h₁ : 5 * x + 5 * y + z - 9 = 39) (h₂ : 5 * x - 6 * y + 5 * z + 4 = -22) : x = 4 ∧ y = 6 ∧ z = -2 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0021 (x : ℝ) (h₀ : -4 * x + 3 = 15) : x = -3 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0022 (x : ℚ) (h₀ : -x + 9 = -2 * x + 4) : x = -5 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0023 (x y : ℤ) (h₀ : -2 * x - 4 * y + 9 = 1) (h₁ : 2 * x + y + 7 = 18) : x = 6 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0024 (x y : ℚ) (h₀ : -x - y - 4 = -6) (h₁ : -x + 2 * y + 3 = -2) : x = 3 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0025 (x y z : ℚ) (h₀ : 6 * x - 2 * y + 4 * z + 10 = -18) (h₁ : 4 * x + 5 * z + 1 = -9) (h₂ : -y + 6 * z - 7 = 2) : x = -5 ∧ y = 3 ∧ z = 2 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0026 (x : ℤ) (h₀ : 3 * x + 5 = 2) : x = -1 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0027 (x : ℚ) (h₀ : -8 * x = -3 * x - 35) : x = 7 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0028 (x y : ℝ) (h₀ : y - 7 = -12) (h₁ : -2 * x + 4 * y - 3 = -13) : x = -5 ∧ y = -5 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0029 (x y : ℝ) (h₀ : -3 * y + 2 = 1) (h₁ : -x - 2 * y - 6 = 12) : x = -56 / 3 ∧ y = 1 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0030 (x y z : ℤ) (h₀ : 6 * x - 5 * y - z + 5 = 12) (h₁ : -4 * x + 4 * y + 5 * z = 12) (h₂ : 2 * x - 4 * y - 5 * z + 4 = -10) : x = 1 ∧ y = -1 ∧ z = 4 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0031 (x : ℝ) (h₀ : -4 * x + 3 = 3) : x = 0 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0032 (x : ℤ) (h₀ : 8 * x + 13 = 2 * x + 49) : x = 6 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0033 (x y : ℝ) (h₀ : 6 * x + 2 * y + 2 = -6) (h₁ : 3 * y - 9 = -21) : x = 0 ∧ y = -4 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0034 (x y : ℝ) (h₀ : 6 * x + 5 * y - 5 = -24) (h₁ : 5 * y - 9 = -20) : x = -4 / 3 ∧ y = -11 / 5 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0035 (x y z : ℚ) (h₀ : 4 * x - 5 * y + z + 7 = -49) (h₁ : -6 * x + 6 * z + 10 = 34) (h₂ : -3 * x - 4 * y - 6 = -12) : x = -6 ∧ y = 6 ∧ z = -2 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0036 (x : ℚ) (h₀ : -9 * x + 9 = -36) : x = 5 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0037 (x : ℚ) (h₀ : -x - 1 = -3 * x + 1) : x = 1 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0038 (x y : ℚ) (h₀ : -5 * x + 5 * y - 4 = -9) (h₁ : 4 * x - 5 * y + 4 = 10) : x = -1 ∧ y = -2 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0039 (x y : ℝ) (h₀ : -x - y + 3 = 10) (h₁ : 2 * x - 4 * y - 2 = 20) : x = -1 ∧ y = -6 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0040 (x y z : ℚ) (h₀ : -x + 6 * y - z + 1 = -11) (h₁ : -x - 2 * y + 7 = 15) (h₂ : 6 * x - 6 * y - 6 * z + 3 = 33) : x = -2 ∧ y = -3 ∧ z = -4 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0041 (x : ℤ) (h₀ : 7 * x - 7 = 7) : x = 2 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0042 (x : ℝ) (h₀ : x - 14 = -x - 16) : x = -1 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0043 (x y : ℚ) (h₀ : 2 * x + 2 = 6) (h₁ : -6 * x - 3 * y = -24) : x = 2 ∧ y = 4 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0044 (x y : ℝ) (h₀ : x + 6 * y - 7 = 9) (h₁ : -4 * y - 3 = -9) : x = 7 ∧ y = 3 / 2 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0045 (x y z : ℤ) (h₀ : -4 * x + 6 * y + 3 * z + 7 = -44) (h₁ : -4 * x - 6 * y + 3 * z + 6 = 27) (h₂ : -x + 2 * y - z - 9 = -16) : x = 0 ∧ y = -6 ∧ z = -5 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0046 (x : ℝ) (h₀ : x + 6 = -1) : x = -7 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0047 (x : ℤ) (h₀ : -12 * x - 13 = -5 * x + 43) : x = -8 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0048 (x y : ℤ) (h₀ : x + 2 * y - 6 = -5) (h₁ : -x - 4 * y + 2 = 3) : x = 3 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0049 (x y : ℚ) (h₀ : -4 * x - 4 * y + 9 = 21) (h₁ : -6 * x - 3 * y + 7 = 7) : x = 3 ∧ y = -6 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0050 (x y z : ℤ) (h₀ : -3 * x - 3 * y - 3 * z + 1 = -8) (h₁ : -6 * x - y - 3 * z + 8 = -21) (h₂ : -2 * x - 5 * y + 4 * z + 6 = 30) : x = 4 ∧ y = -4 ∧ z = 3 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0051 (x : ℝ) (h₀ : -5 * x + 8 = -7) : x = 3 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0052 (x : ℝ) (h₀ : 14 = -5 * x - 16) : x = -6 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0053 (x y : ℝ) (h₀ : -6 * x + 4 * y + 2 = -2) (h₁ : -2 * x - 6 * y - 7 = -23) : x = 2 ∧ y = 2 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0054 (x y : ℝ) (h₀ : 2 * x + y + 9 = 5) (h₁ : -6 * x + 5 = 35) : x = -5 ∧ y = 6 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0055 (x y z : ℤ) (h₀ : -5 * x - 3 * y - 6 * z + 3 = 26) (h₁ : 3 * x - 4 * y + 5 * z - 1 = 20) (h₂ : 2 * x - 5 * z - 3 = -5) : x = -1 ∧ y = -6 ∧ z = 0 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0056 (x : ℚ) (h₀ : x - 3 = -11) : x = -8 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0057 (x : ℝ) (h₀ : 6 * x - 11 = -3 * x - 74) : x = -7 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0058 (x y : ℚ) (h₀ : -5 * y + 1 = -4) (h₁ : -x + 5 * y + 10 = 18) : x = -3 ∧ y = 1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0059 (x y : ℝ) (h₀ : -x - y - 5 = 13) (h₁ : y + 5 = 22) : x = -35 ∧ y = 17 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0060 (x y z : ℤ) (h₀ : 5 * x - 4 * y + 5 * z - 2 = -54) (h₁ : 5 * x + 6 * y + 3 * z - 4 = -16) (h₂ : 2 * x - 3 * y - 3 * z - 1 = -1) : x = -3 ∧ y = 3 ∧ z = -5 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0061 (x : ℤ) (h₀ : 8 * x + 5 = -3) : x = -1 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0062 (x : ℤ) (h₀ : -7 * x + 10 = x - 54) : x = 8 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0063 (x y : ℚ) (h₀ : -6 * x + 5 * y - 7 = -8) (h₁ : -3 * x + 4 * y + 10 = 11) : x = 1 ∧ y = 1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0064 (x y : ℝ) (h₀ : 6 * x - 5 * y + 9 = 23) (h₁ : -3 * x - 4 * y - 7 = -27) : x = 4 ∧ y = 2 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0065 (x y z : ℝ) (h₀ : 2 * x - 4 * y + 6 * z + 5 = -1) (h₁ : -6 * x - y + 5 * z + 4 = 25) (h₂ : -4 * x - 3 * y - 5 * z - 7 = 20) : x = -4 ∧ y = -2 ∧ z = -1 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0066 (x : ℤ) (h₀ : -9 * x - 4 = 68) : x = -8 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0067 (x : ℤ) (h₀ : -5 * x + 6 = -2 * x + 12) : x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0068 (x y : ℤ) (h₀ : 5 * x - y + 9 = 7) (h₁ : 3 * x - y - 8 = -8) : x = -1 ∧ y = -3 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0069 (x y : ℝ) (h₀ : -4 * x - 4 * y - 8 = -8) (h₁ : -x + 3 * y = -24) : x = 6 ∧ y = -6 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0070 (x y z : ℚ) (h₀ : -2 * x - 3 * y - 4 * z - 9 = -19) (h₁ : -5 * x + 2 * y + 3 * z + 1 = 3) (h₂ : x - 4 * y - 3 = 14) : x = 1 ∧ y = -4 ∧ z = 5 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0071 (x : ℚ) (h₀ : 2 * x + 3 = -11) : x = -7 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0072 (x : ℤ) (h₀ : 6 * x + 4 = 2 * x + 16) : x = 3 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0073 (x y : ℤ) (h₀ : -2 * x + 6 * y - 8 = 22) (h₁ : 3 * x + 4 * y + 1 = -5) : x = -6 ∧ y = 3 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0074 (x y : ℝ) (h₀ : -2 * x - y - 4 = 7) (h₁ : 2 * x - 5 * y + 2 = -13) : x = -35 / 6 ∧ y = 2 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0075 (x y z : ℝ) (h₀ : -2 * x - y + 5 * z - 1 = -10) (h₁ : 3 * x - 2 * y + 2 * z - 1 = -18) (h₂ : -2 * x - 5 * y + 6 * z + 5 = -29) : x = -1 ∧ y = 6 ∧ z = -1 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0076 (x : ℤ) (h₀ : -3 * x + 10 = 37) : x = -9 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0077 (x : ℚ) (h₀ : -10 * x - 4 = -5 * x - 19) : x = 3 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0078 (x y : ℚ) (h₀ : -6 * x + 10 = 28) (h₁ : -4 * x + 5 * y + 1 = 23) : x = -3 ∧ y = 2 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0079 (x y : ℝ) (h₀ : -x + 4 = 9) (h₁ : 4 * x + y + 5 = -15) : x = -5 ∧ y = 0 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0080 (x y z : ℝ) (h₀ : -2 * x + 4 * y - 3 * z + 1 = 8) (h₁ : -5 * x + 4 * y - 3 * z - 4 = 3) (h₂ : 3 * x + 3 * y + 2 * z - 6 = -5) : x = 0 ∧ y = 1 ∧ z = -1 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0081 (x : ℝ) (h₀ : -6 * x + 3 = 33) : x = -5 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0082 (x : ℤ) (h₀ : -9 * x - 14 = -3 * x + 4) : x = -3 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0083 (x y : ℤ) (h₀ : -6 * x - 10 = -34) (h₁ : 6 * x + y + 3 = 31) : x = 4 ∧ y = 4 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0084 (x y : ℚ) (h₀ : 4 * x + 6 * y - 6 = -10) (h₁ : -2 * x + 3 * y - 3 = 12) : x = -17 / 4 ∧ y = 13 / 6 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0085 (x y z : ℝ) (h₀ : -4 * x + y - 5 * z + 6 = -3) (h₁ : -6 * x + 2 * y + z + 5 = 45) (h₂ : 4 * x - 3 * y + 6 * z + 8 = 13) : x = -4 ∧ y = 5 ∧ z = 6 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0086 (x : ℝ) (h₀ : -3 * x + 10 = 16) : x = -2 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0087 (x : ℝ) (h₀ : -8 * x = -5 * x + 9) : x = -3 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0088 (x y : ℤ) (h₀ : -4 * x + 3 * y - 9 = -28) (h₁ : -4 * x - 2 * y - 9 = -23) : x = 4 ∧ y = -1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0089 (x y : ℚ) (h₀ : 2 * x - 2 * y - 1 = -23) (h₁ : -3 * x - 2 * y + 7 = 15) : x = -6 ∧ y = 5 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0090 (x y z : ℤ) (h₀ : -4 * x - 6 * y - 6 * z - 6 = -4) (h₁ : -x + 7 = 9) (h₂ : y + 5 * z - 7 = 18) : x = -2 ∧ y = -5 ∧ z = 6 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0091 (x : ℝ) (h₀ : -x + 2 = -1) : x = 3 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0092 (x : ℝ) (h₀ : 5 * x + 12 = 3 * x + 8) : x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0093 (x y : ℚ) (h₀ : -6 * x + 5 * y = 32) (h₁ : -5 * x - 6 * y + 1 = -13) : x = -2 ∧ y = 4 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0094 (x y : ℚ) (h₀ : -2 * x + 5 * y + 6 = -12) (h₁ : -3 * x + 3 * y - 1 = -19) : x = 4 ∧ y = -2 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0095 (x y z : ℚ) (h₀ : 3 * x - 5 * y - 3 * z - 2 = 14) (h₁ : -3 * x - 2 * y + z - 3 = 4) (h₂ : -6 * x + y - 3 * z + 9 = -32) : x = 3 ∧ y = -5 ∧ z = 6 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0096 (x : ℚ) (h₀ : -3 * x + 10 = -5) : x = 5 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0097 (x : ℝ) (h₀ : -x - 12 = 5 * x - 54) : x = 7 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0098 (x y : ℚ) (h₀ : 2 * x + 6 * y + 3 = 31) (h₁ : 3 * x + 4 * y - 1 = 11) : x = -4 ∧ y = 6 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0099 (x y : ℚ) (h₀ : 3 * x - 5 * y - 9 = -10) (h₁ : 3 * x - 2 * y - 4 = -6) : x = -8 / 9 ∧ y = -1 / 3 := by sorry

-- tags: topic=equations difficulty=5 family=linear_systems
theorem gen_sys_linsys_s7_0100 (x y z : ℚ) (h₀ : 4 * x - y - 4 * z - 5 = -16) (h₁ : 4 * y + 5 = -15) (h₂ : 6 * x + 2 * z + 7 = -25) : x = -5 ∧ y = -5 ∧ z = -1 := by sorry

-- tags: topic=equations difficulty=1 family=linear_systems
theorem gen_sys_linsys_s7_0101 (x : ℝ) (h₀ : 7 * x - 9 = 33) : x = 6 := by sorry

-- tags: topic=equations difficulty=2 family=linear_systems
theorem gen_sys_linsys_s7_0102 (x : ℚ) (h₀ : x - 9 = -2 * x - 15) : x = -2 := by sorry

-- tags: topic=equations difficulty=3 family=linear_systems
theorem gen_sys_linsys_s7_0103 (x y : ℤ) (h₀ : 5 * x - y - 10 = -36) (h₁ : x - 3 * y + 5 = -3) : x = -5 ∧ y = 1 := by sorry

-- tags: topic=equations difficulty=4 family=linear_systems
theorem gen_sys_linsys_s7_0104 (x y : ℝ) (h₀ : 3 * x - 2 * y - 4 = -6) (h₁ : -5 * x + 4 * y - 8 = 6) : x = 10 ∧ y = 16 := by sorry
