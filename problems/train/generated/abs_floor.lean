import Mathlib

open Real Nat

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0001 : |(-31 : ℚ) / 5| = 31 / 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0002 : ⌈(-78 : ℝ) / 17⌉ = -4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0003 : |(136 : ℤ)| - |(11 : ℤ)| = 125 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0004 : Nat.floor ((183 : ℝ) / 40) = 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0005 : ⌊((-14 : ℝ) / 24) ^ 2⌋ = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0006 : |(-36 : ℚ) / 8| = 9 / 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0007 : ⌈(69 : ℚ) / 6⌉ = 12 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0008 : Int.fract ((14 : ℚ) / 22) = 7 / 11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0009 : |(33 : ℚ) / 8 - 6| = 15 / 8 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0010 : Int.fract ((40 : ℝ) / 24) + ⌊(-21 : ℝ) / 24⌋ = -1 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0011 : |(39 : ℤ) - -10| = 49 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0012 : ⌈(-83 : ℚ) / 5⌉ = -16 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0013 : Int.fract ((-86 : ℝ) / 2) = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0014 : Nat.floor ((161 : ℝ) / 20) = 8 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0015 : ⌊((226 : ℝ) / 48) ^ 2⌋ = 22 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0016 : |(26 : ℤ) - -1| = 27 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0017 : ⌊(-29 : ℚ) / 17⌋ = -2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0018 : ⌊(112 : ℚ) / 6⌋ + ⌈(12 : ℚ) / 6⌉ = 20 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0019 : Nat.floor ((47 : ℝ) / 37) = 1 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0020 : ⌊((231 : ℝ) / 29) ^ 2⌋ = 63 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0021 : |(-6 : ℝ) / 3| = 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0022 : ⌊(-47 : ℚ) / 8⌋ = -6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0023 : |(-95 : ℤ)| - |(18 : ℤ)| = 77 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0024 : Nat.floor ((101 : ℝ) / 20) = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0025 : Int.fract ((199 : ℚ) / 26) + ⌊(17 : ℚ) / 26⌋ = 17 / 26 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0026 : |(-17 : ℚ) / 3| = 17 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0027 : ⌈(25 : ℚ) / 7⌉ = 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0028 : |(119 : ℤ)| - |(-6 : ℤ)| = 113 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0029 : |(184 : ℚ) / 37 - -10| = 554 / 37 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0030 : ⌊((-90 : ℝ) / 10) ^ 2⌋ = 81 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0031 : |(-32 : ℝ) / 6| = 16 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0032 : ⌊(72 : ℚ) / 4⌋ = 18 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0033 : Int.fract ((-54 : ℚ) / 7) = 2 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0034 : |(30 : ℝ) / 38 - -16| = 319 / 19 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0035 : ⌊(-228 : ℝ) / 12⌋ * ⌈(-4 : ℝ) / 12⌉ - |(-228 : ℤ) - -4| = -224 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0036 : |(-3 : ℚ) / 3| = 1 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0037 : ⌊(3 : ℚ) / 4⌋ = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0038 : |(133 : ℤ)| - |(23 : ℤ)| = 110 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0039 : |(-148 : ℝ) / 25 - 36| = 1048 / 25 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0040 : ⌊((-200 : ℚ) / 28) ^ 2⌋ = 51 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0041 : |(-25 : ℝ) / 9| = 25 / 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0042 : ⌈(-47 : ℚ) / 10⌉ = -4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0043 : ⌊(-140 : ℝ) / 3⌋ + ⌈(-24 : ℝ) / 3⌉ = -55 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0044 : |(-161 : ℝ) / 9 - 34| = 467 / 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0045 : Int.fract ((-141 : ℝ) / 30) + ⌊(0 : ℝ) / 30⌋ = 3 / 10 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0046 : |(-50 : ℝ) / 7| = 50 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0047 : ⌈(-72 : ℝ) / 14⌉ = -5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0048 : Int.fract ((149 : ℚ) / 21) = 2 / 21 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0049 : |(200 : ℚ) / 7 - 2| = 186 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0050 : ⌊((164 : ℚ) / 6) ^ 2⌋ = 747 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0051 : |(18 : ℚ) / 5| = 18 / 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0052 : ⌊(39 : ℝ) / 17⌋ = 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0053 : ⌊(-102 : ℚ) / 19⌋ + ⌈(-21 : ℚ) / 19⌉ = -7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0054 : Nat.floor ((2 : ℝ) / 17) = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0055 : ⌊(-150 : ℚ) / 2⌋ * ⌈(30 : ℚ) / 2⌉ - |(-150 : ℤ) - 30| = -1305 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0056 : |(15 : ℝ) / 3| = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0057 : ⌈(-98 : ℝ) / 13⌉ = -7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0058 : Int.fract ((23 : ℝ) / 2) = 1 / 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0059 : Nat.floor ((27 : ℚ) / 20) = 1 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0060 : ⌊((55 : ℚ) / 29) ^ 2⌋ = 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0061 : |(-29 : ℤ) - 9| = 38 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0062 : ⌈(-3 : ℚ) / 2⌉ = -1 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0063 : |(-44 : ℤ)| - |(30 : ℤ)| = 14 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0064 : Nat.floor ((27 : ℚ) / 12) = 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0065 : Int.fract ((-31 : ℚ) / 12) + ⌊(-45 : ℚ) / 12⌋ = -43 / 12 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0066 : |(-7 : ℝ) / 6| = 7 / 6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0067 : ⌈(21 : ℚ) / 12⌉ = 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0068 : ⌊(81 : ℝ) / 12⌋ + ⌈(-20 : ℝ) / 12⌉ = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0069 : Nat.floor ((169 : ℚ) / 3) = 56 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0070 : Int.fract ((-137 : ℝ) / 11) + ⌊(4 : ℝ) / 11⌋ = 6 / 11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0071 : |(-20 : ℝ) / 2| = 10 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0072 : ⌊(93 : ℝ) / 18⌋ = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0073 : Int.fract ((46 : ℝ) / 6) = 2 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0074 : |(-25 : ℝ) / 27 - 0| = 25 / 27 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0075 : ⌊(-105 : ℚ) / 39⌋ * ⌈(-29 : ℚ) / 39⌉ - |(-105 : ℤ) - -29| = -76 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0076 : |(-17 : ℚ) / 9| = 17 / 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0077 : ⌊(-47 : ℚ) / 4⌋ = -12 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0078 : ⌊(73 : ℚ) / 2⌋ + ⌈(23 : ℚ) / 2⌉ = 48 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0079 : |(-116 : ℝ) / 25 - -20| = 384 / 25 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0080 : Int.fract ((-217 : ℚ) / 20) + ⌊(27 : ℚ) / 20⌋ = 23 / 20 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0081 : |(36 : ℝ) / 4| = 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0082 : ⌊(-32 : ℝ) / 8⌋ = -4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0083 : |(127 : ℤ)| - |(-7 : ℤ)| = 120 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0084 : ⌊|(-105 : ℝ) / 2| + -38 / 3⌋ = 39 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0085 : ⌊((-94 : ℚ) / 6) ^ 2⌋ = 245 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0086 : |(23 : ℤ) - 3| = 20 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0087 : ⌊(85 : ℚ) / 4⌋ = 21 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0088 : |(-41 : ℤ)| - |(18 : ℤ)| = 23 := by sorry
