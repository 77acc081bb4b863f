import Mathlib

open Real Nat

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0001 : (∑ i ∈ Finset.range 5, (3 * i + 7)) = 65 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0002 : (∑ i ∈ Finset.Icc 1 11, 4 * i) = 264 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0003 : (∑ i ∈ Finset.Icc 1 13, (i ^ 2 + 9)) = 936 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0004 : (∑ i ∈ Finset.range 13, (4 : ℚ) / 2 ^ i) = 8191 / 1024 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0005 : (∏ i ∈ Finset.Icc 1 6, (4 * i + 8)) = 82575360 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0006 : (∑ i ∈ Finset.range 10, (2 * i + 2)) = 110 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0007 : (∑ i ∈ Finset.Icc 1 3, 3 * i) = 18 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0008 : (∏ i ∈ Finset.range 8, (i + 1)) = 40320 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0009 : (∑ i ∈ Finset.range 27, i ^ 3) = 123201 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0010 : (∏ i ∈ Finset.Icc 1 6, (4 * i + 2)) = 8648640 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0011 : (∑ i ∈ Finset.range 10, (8 * i + 4)) = 400 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0012 : (∑ i ∈ Finset.range 18, (2 * i + 1)) = 324 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0013 : (∑ i ∈ Finset.range 18, i ^ 2) = 1785 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0014 : (∑ i ∈ Finset.range 13, i ^ 3) = 6084 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0015 : (∑ i ∈ Finset.range 15, (1 : ℚ) / ((i + 1) * (i + 2))) = 15 / 16 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0016 : (∑ i ∈ Finset.range 11, (1 * i + 5)) = 110 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0017 : (∑ i ∈ Finset.Icc 1 7, 8 * i) = 224 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0018 : (∑ i ∈ Finset.range 21, i ^ 2) = 2870 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0019 : (∑ i ∈ Finset.range 8, i ^ 3) = 784 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0020 : (∑ i ∈ Finset.Icc 1 29, (i ^ 3 - 3 * i)) = 187922 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0021 : (∑ i ∈ Finset.range 9, (5 * i + 5)) = 225 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0022 : (∑ i ∈ Finset.range 7, (2 * i + 1)) = 49 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0023 : (∑ i ∈ Finset.Icc 1 3, (i ^ 2 + 9)) = 41 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0024 : (∑ i ∈ Finset.range 15, (1 : ℤ) * (-1) ^ i * i) = 7 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0025 : (∑ i ∈ Finset.range 35, (1 : ℚ) / ((i + 1) * (i + 2))) = 35 / 36 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0026 : (∑ i ∈ Finset.range 8, i) = 28 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0027 : (∑ i ∈ Finset.Icc 1 16, 9 * i) = 1224 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0028 : (∑ i ∈ Finset.range 16, i ^ 2) = 1240 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0029 : (∑ i ∈ Finset.range 20, i ^ 3) = 36100 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0030 : (∑ i ∈ Finset.Icc 1 9, (i ^ 3 - 8 * i)) = 1680 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0031 : (∑ i ∈ Finset.range 9, i) = 36 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0032 : (∑ i ∈ Finset.range 9, (2 * i + 1)) = 81 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0033 : (∑ i ∈ Finset.Icc 1 5, (i ^ 2 + 5)) = 80 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0034 : (∑ i ∈ Finset.range 25, (3 : ℚ) / 2 ^ i) = 100663293 / 16777216 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0035 : (∑ i ∈ Finset.range 22, (1 : ℚ) / ((i + 1) * (i + 2))) = 22 / 23 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0036 : (∑ i ∈ Finset.range 4, (5 * i + 2)) = 38 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0037 : (∑ i ∈ Finset.range 5, (2 * i + 1)) = 25 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0038 : (∑ i ∈ Finset.Icc 1 11, (i ^ 2 + 7)) = 583 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0039 : (∑ i ∈ Finset.range 27, (8 : ℚ) / 2 ^ i) = 134217727 / 8388608 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0040 : (∏ i ∈ Finset.Icc 1 6, (3 * i + 2)) = 2094400 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0041 : (∑ i ∈ Finset.range 9, (5 * i + 9)) = 261 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0042 : (∑ i ∈ Finset.Icc 1 8, 9 * i) = 324 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0043 : (∑ i ∈ Finset.range 3, i ^ 2) = 5 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0044 : (∑ i ∈ Finset.range 24, i ^ 3) = 76176 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0045 : (∑ i ∈ Finset.Icc 1 16, (i ^ 3 - 1 * i)) = 18360 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0046 : (∑ i ∈ Finset.range 4, i) = 6 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0047 : (∑ i ∈ Finset.range 16, (2 * i + 1)) = 256 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0048 : (∑ i ∈ Finset.Icc 1 15, (i ^ 2 + 0)) = 1240 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0049 : (∑ i ∈ Finset.range 28, i ^ 3) = 142884 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0050 : (∑ i ∈ Finset.Icc 1 4, (i ^ 3 - 8 * i)) = 35 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0051 : (∑ i ∈ Finset.range 5, (7 * i + 7)) = 105 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0052 : (∑ i ∈ Finset.range 17, (2 * i + 1)) = 289 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0053 : (∏ i ∈ Finset.range 4, (i + 1)) = 24 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0054 : (∑ i ∈ Finset.range 7, (3 : ℤ) * (-1) ^ i * i) = 9 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0055 : (∑ i ∈ Finset.range 3, (1 : ℚ) / ((i + 1) * (i + 2))) = 3 / 4 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0056 : (∑ i ∈ Finset.range 5, i) = 10 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0057 : (∑ i ∈ Finset.Icc 1 8, 4 * i) = 144 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0058 : (∑ i ∈ Finset.Icc 1 18, (i ^ 2 + 1)) = 2127 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0059 : (∑ i ∈ Finset.range 24, (2 : ℤ) * (-1) ^ i * i) = -24 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0060 : (∑ i ∈ Finset.Icc 1 27, (i ^ 3 - 9 * i)) = 139500 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0061 : (∑ i ∈ Finset.range 6, i) = 15 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0062 : (∑ i ∈ Finset.range 6, (2 * i + 1)) = 36 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0063 : (∑ i ∈ Finset.Icc 1 7, (i ^ 2 + 3)) = 161 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0064 : (∑ i ∈ Finset.range 6, i ^ 3) = 225 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0065 : (∏ i ∈ Finset.Icc 1 6, (7 * i + 9)) = 916629120 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0066 : (∑ i ∈ Finset.range 5, (1 * i + 2)) = 20 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0067 : (∑ i ∈ Finset.Icc 1 3, 5 * i) = 30 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0068 : (∑ i ∈ Finset.range 15, i ^ 2) = 1015 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0069 : (∑ i ∈ Finset.range 14, i ^ 3) = 8281 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0070 : (∑ i ∈ Finset.range 27, (1 : ℚ) / ((i + 1) * (i + 2))) = 27 / 28 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0071 : (∑ i ∈ Finset.range 8, (2 * i + 7)) = 112 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0072 : (∑ i ∈ Finset.Icc 1 8, 7 * i) = 252 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0073 : (∑ i ∈ Finset.range 19, i ^ 2) = 2109 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0074 : (∑ i ∈ Finset.range 7, i ^ 3) = 441 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0075 : (∏ i ∈ Finset.Icc 1 6, (6 * i + 1)) = 49579075 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0076 : (∑ i ∈ Finset.range 10, (5 * i + 4)) = 265 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0077 : (∑ i ∈ Finset.Icc 1 9, 7 * i) = 315 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0078 : (∑ i ∈ Finset.Icc 1 22, (i ^ 2 + 5)) = 3905 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0079 : (∑ i ∈ Finset.range 6, (8 : ℚ) / 2 ^ i) = 63 / 4 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0080 : (∏ i ∈ Finset.Icc 1 6, (5 * i + 9)) = 245490336 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0081 : (∑ i ∈ Finset.range 10, (2 * i + 6)) = 150 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0082 : (∑ i ∈ Finset.range 10, (2 * i + 1)) = 100 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0083 : (∑ i ∈ Finset.Icc 1 16, (i ^ 2 + 0)) = 1496 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0084 : (∑ i ∈ Finset.range 3, (8 : ℤ) * (-1) ^ i * i) = 8 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0085 : (∑ i ∈ Finset.range 30, (1 : ℚ) / ((i + 1) * (i + 2))) = 30 / 31 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0086 : (∑ i ∈ Finset.range 10, i) = 45 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0087 : (∑ i ∈ Finset.Icc 1 8, 2 * i) = 72 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0088 : (∑ i ∈ Finset.range 14, i ^ 2) = 819 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0089 : (∑ i ∈ Finset.range 28, (4 : ℚ) / 2 ^ i) = 268435455 / 33554432 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0090 : (∏ i ∈ Finset.Icc 1 6, (3 * i + 9)) = 44089920 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0091 : (∑ i ∈ Finset.range 12, (7 * i + 5)) = 522 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0092 : (∑ i ∈ Finset.range 4, (2 * i + 1)) = 16 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0093 : (∑ i ∈ Finset.Icc 1 8, (i ^ 2 + 3)) = 228 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0094 : (∑ i ∈ Finset.range 14, (5 : ℤ) * (-1) ^ i * i) = -35 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0095 : (∑ i ∈ Finset.Icc 1 16, (i ^ 3 - 5 * i)) = 17822 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0096 : (∑ i ∈ Finset.range 12, i) = 66 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0097 : (∑ i ∈ Finset.Icc 1 10, 1 * i) = 55 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0098 : (∑ i ∈ Finset.range 4, i ^ 2) = 14 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0099 : (∑ i ∈ Finset.range 12, (3 : ℤ) * (-1) ^ i * i) = -18 := by sorry
