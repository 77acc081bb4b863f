import Mathlib

open Real Nat

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0001 : |(14 : ℝ) / 3| = 14 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0002 : ⌊(94 : ℝ) / 6⌋ = 15 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0003 : Int.fract ((-100 : ℚ) / 18) = 4 / 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0004 : Nat.floor ((8 : ℚ) / 28) = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0005 : Int.fract ((194 : ℝ) / 37) + ⌊(32 : ℝ) / 37⌋ = 9 / 37 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0006 : |(23 : ℝ) / 5| = 23 / 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0007 : ⌈(-74 : ℝ) / 7⌉ = -10 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0008 : |(9 : ℤ)| - |(3 : ℤ)| = 6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0009 : Nat.floor ((123 : ℚ) / 14) = 8 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0010 : Int.fract ((101 : ℚ) / 39) + ⌊(2 : ℚ) / 39⌋ = 23 / 39 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0011 : |(24 : ℤ) - -9| = 33 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0012 : ⌈(-96 : ℝ) / 17⌉ = -5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0013 : |(8 : ℤ)| - |(-1 : ℤ)| = 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0014 : Nat.floor ((158 : ℝ) / 32) = 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0015 : ⌊(195 : ℚ) / 27⌋ * ⌈(-5 : ℚ) / 27⌉ - |(195 : ℤ) - -5| = -200 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0016 : |(42 : ℤ) - 5| = 37 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0017 : ⌈(61 : ℝ) / 20⌉ = 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0018 : |(62 : ℤ)| - |(-14 : ℤ)| = 48 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0019 : ⌊|(181 : ℚ) / 5| + 13 / 6⌋ = 38 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0020 : Int.fract ((-38 : ℚ) / 25) + ⌊(-44 : ℚ) / 25⌋ = -38 / 25 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0021 : |(-15 : ℚ) / 2| = 15 / 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0022 : ⌈(71 : ℝ) / 3⌉ = 24 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0023 : ⌊(-107 : ℝ) / 19⌋ + ⌈(-5 : ℝ) / 19⌉ = -6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0024 : ⌊|(-125 : ℝ) / 8| + 33 / 9⌋ = 19 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0025 : ⌊(-49 : ℝ) / 41⌋ * ⌈(13 : ℝ) / 41⌉ - |(-49 : ℤ) - 13| = -64 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0026 : |(-43 : ℤ) - 1| = 44 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0027 : ⌈(39 : ℚ) / 13⌉ = 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0028 : Int.fract ((86 : ℝ) / 4) = 1 / 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0029 : |(130 : ℝ) / 29 - 40| = 1030 / 29 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0030 : ⌊((-104 : ℚ) / 21) ^ 2⌋ = 24 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0031 : |(6 : ℤ) - -5| = 11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0032 : ⌊(-19 : ℝ) / 16⌋ = -2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0033 : Int.fract ((88 : ℚ) / 4) = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0034 : ⌊|(-87 : ℝ) / 20| + 39 / 21⌋ = 6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0035 : ⌊((8 : ℝ) / 48) ^ 2⌋ = 0 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0036 : |(-11 : ℝ) / 3| = 11 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0037 : ⌊(-98 : ℚ) / 9⌋ = -11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0038 : Int.fract ((-102 : ℚ) / 21) = 1 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0039 : ⌊|(-141 : ℝ) / 36| + 28 / 37⌋ = 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0040 : Int.fract ((247 : ℚ) / 47) + ⌊(-34 : ℚ) / 47⌋ = -35 / 47 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0041 : |(33 : ℤ) - -9| = 42 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0042 : ⌊(-45 : ℝ) / 13⌋ = -4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0043 : |(-43 : ℤ)| - |(19 : ℤ)| = 24 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0044 : ⌊|(-181 : ℝ) / 30| + -9 / 31⌋ = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0045 : Int.fract ((-203 : ℝ) / 11) + ⌊(2 : ℝ) / 11⌋ = 6 / 11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0046 : |(-44 : ℤ) - -2| = 42 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0047 : ⌊(-28 : ℝ) / 12⌋ = -3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0048 : |(-32 : ℤ)| - |(7 : ℤ)| = 25 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0049 : ⌊|(-130 : ℝ) / 16| + 16 / 17⌋ = 9 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0050 : ⌊(202 : ℚ) / 9⌋ * ⌈(-32 : ℚ) / 9⌉ - |(202 : ℤ) - -32| = -300 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0051 : |(-18 : ℝ) / 4| = 9 / 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0052 : ⌈(54 : ℝ) / 11⌉ = 5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0053 : Int.fract ((-136 : ℚ) / 23) = 2 / 23 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0054 : |(-6 : ℝ) / 21 - 25| = 177 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0055 : ⌊((-205 : ℝ) / 15) ^ 2⌋ = 186 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0056 : |(-2 : ℝ) / 8| = 1 / 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0057 : ⌈(-47 : ℚ) / 9⌉ = -5 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0058 : |(-32 : ℤ)| - |(-25 : ℤ)| = 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0059 : |(-108 : ℚ) / 34 - -27| = 405 / 17 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0060 : ⌊(-73 : ℝ) / 26⌋ * ⌈(16 : ℝ) / 26⌉ - |(-73 : ℤ) - 16| = -92 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0061 : |(-3 : ℤ) - -6| = 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0062 : ⌈(-100 : ℚ) / 2⌉ = -50 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0063 : Int.fract ((42 : ℝ) / 23) = 19 / 23 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0064 : |(-144 : ℚ) / 36 - 12| = 16 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0065 : ⌊(235 : ℝ) / 37⌋ * ⌈(-12 : ℝ) / 37⌉ - |(235 : ℤ) - -12| = -247 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0066 : |(14 : ℚ) / 8| = 7 / 4 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0067 : ⌈(81 : ℚ) / 15⌉ = 6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0068 : Int.fract ((-43 : ℚ) / 3) = 2 / 3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0069 : Nat.floor ((69 : ℚ) / 38) = 1 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0070 : ⌊(127 : ℝ) / 47⌋ * ⌈(34 : ℝ) / 47⌉ - |(127 : ℤ) - 34| = -91 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0071 : |(8 : ℚ) / 4| = 2 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0072 : ⌈(-53 : ℝ) / 17⌉ = -3 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0073 : Int.fract ((16 : ℚ) / 13) = 3 / 13 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0074 : ⌊|(-144 : ℚ) / 23| + 26 / 24⌋ = 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0075 : Int.fract ((64 : ℚ) / 33) + ⌊(-6 : ℚ) / 33⌋ = -2 / 33 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0076 : |(28 : ℤ) - 7| = 21 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0077 : ⌊(55 : ℝ) / 9⌋ = 6 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=3 family=abs_floor
theorem gen_floor_absfl_s7_0078 : |(38 : ℤ)| - |(-18 : ℤ)| = 20 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=4 family=abs_floor
theorem gen_floor_absfl_s7_0079 : |(57 : ℚ) / 33 - -16| = 195 / 11 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=5 family=abs_floor
theorem gen_floor_absfl_s7_0080 : ⌊((197 : ℝ) / 35) ^ 2⌋ = 31 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=1 family=abs_floor
theorem gen_floor_absfl_s7_0081 : |(50 : ℚ) / 7| = 50 / 7 := by sorry

-- tags: topic=floor_abs_sqrt difficulty=2 family=abs_floor
theorem gen_floor_absfl_s7_0082 : ⌊(25 : ℝ) / 6⌋ = 4 := by sorry
