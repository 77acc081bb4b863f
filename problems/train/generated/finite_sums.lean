import Mathlib

open Real Nat

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0001 : (∑ i ∈ Finset.range 6, i) = 15 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0002 : (∑ i ∈ Finset.range 3, (2 * i + 1)) = 9 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0003 : (∑ i ∈ Finset.Icc 1 5, (i ^ 2 + 2)) = 65 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0004 : (∑ i ∈ Finset.range 8, (8 : ℚ) / 2 ^ i) = 255 / 16 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0005 : (∑ i ∈ Finset.range 9, (1 : ℚ) / ((i + 1) * (i + 2))) = 9 / 10 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0006 : (∑ i ∈ Finset.range 10, (5 * i + 3)) = 255 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0007 : (∑ i ∈ Finset.range 9, (2 * i + 1)) = 81 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0008 : (∑ i ∈ Finset.range 9, i ^ 2) = 204 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0009 : (∑ i ∈ Finset.range 3, (1 : ℤ) * (-1) ^ i * i) = 1 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0010 : (∑ i ∈ Finset.range 20, (1 : ℚ) / ((i + 1) * (i + 2))) = 20 / 21 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0011 : (∑ i ∈ Finset.range 12, i) = 66 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0012 : (∑ i ∈ Finset.range 10, (2 * i + 1)) = 100 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0013 : (∑ i ∈ Finset.Icc 1 22, (i ^ 2 + 6)) = 3927 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0014 : (∑ i ∈ Finset.range 19, (8 : ℚ) / 2 ^ i) = 524287 / 32768 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0015 : (∑ i ∈ Finset.Icc 1 28, (i ^ 3 - 6 * i)) = 162409 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0016 : (∑ i ∈ Finset.range 8, (1 * i + 0)) = 28 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0017 : (∑ i ∈ Finset.Icc 1 5, 3 * i) = 45 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0018 : (∑ i ∈ Finset.range 14, i ^ 2) = 819 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0019 : (∑ i ∈ Finset.range 17, (1 : ℚ) / 2 ^ i) = 131071 / 65536 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0020 : (∑ i ∈ Finset.range 27, (1 : ℚ) / ((i + 1) * (i + 2))) = 27 / 28 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0021 : (∑ i ∈ Finset.range 12, (2 * i + 8)) = 228 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0022 : (∑ i ∈ Finset.Icc 1 5, 9 * i) = 135 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0023 : (∑ i ∈ Finset.range 3, i ^ 2) = 5 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0024 : (∑ i ∈ Finset.range 5, i ^ 3) = 100 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0025 : (∑ i ∈ Finset.range 29, (1 : ℚ) / ((i + 1) * (i + 2))) = 29 / 30 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0026 : (∑ i ∈ Finset.range 8, (4 * i + 6)) = 160 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0027 : (∑ i ∈ Finset.range 7, (2 * i + 1)) = 49 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0028 : (∏ i ∈ Finset.range 7, (i + 1)) = 5040 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0029 : (∑ i ∈ Finset.range 26, (8 : ℚ) / 2 ^ i) = 67108863 / 4194304 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0030 : (∏ i ∈ Finset.Icc 1 6, (5 * i + 9)) = 245490336 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0031 : (∑ i ∈ Finset.range 8, i) = 28 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0032 : (∑ i ∈ Finset.Icc 1 8, 1 * i) = 36 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0033 : (∏ i ∈ Finset.range 6, (i + 1)) = 720 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0034 : (∑ i ∈ Finset.range 26, i ^ 3) = 105625 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0035 : (∑ i ∈ Finset.Icc 1 26, (i ^ 3 - 7 * i)) = 120756 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0036 : (∑ i ∈ Finset.range 10, i) = 45 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0037 : (∑ i ∈ Finset.Icc 1 8, 6 * i) = 216 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0038 : (∑ i ∈ Finset.Icc 1 10, (i ^ 2 + 6)) = 445 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0039 : (∑ i ∈ Finset.range 6, (6 : ℚ) / 2 ^ i) = 189 / 16 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0040 : (∏ i ∈ Finset.Icc 1 3, (6 * i + 2)) = 2240 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0041 : (∑ i ∈ Finset.range 9, (7 * i + 4)) = 288 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0042 : (∑ i ∈ Finset.Icc 1 7, 2 * i) = 56 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0043 : (∑ i ∈ Finset.range 22, i ^ 2) = 3311 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0044 : (∑ i ∈ Finset.range 26, (5 : ℤ) * (-1) ^ i * i) = -65 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0045 : (∑ i ∈ Finset.Icc 1 35, (i ^ 3 - 7 * i)) = 392502 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0046 : (∑ i ∈ Finset.range 3, i) = 3 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0047 : (∑ i ∈ Finset.range 8, (2 * i + 1)) = 64 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0048 : (∑ i ∈ Finset.Icc 1 6, (i ^ 2 + 2)) = 103 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0049 : (∑ i ∈ Finset.range 18, (1 : ℚ) / 2 ^ i) = 262143 / 131072 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0050 : (∏ i ∈ Finset.Icc 1 6, (2 * i + 7)) = 6235515 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0051 : (∑ i ∈ Finset.range 10, (6 * i + 9)) = 360 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0052 : (∑ i ∈ Finset.Icc 1 10, 7 * i) = 385 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0053 : (∑ i ∈ Finset.Icc 1 16, (i ^ 2 + 9)) = 1640 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0054 : (∑ i ∈ Finset.range 16, (8 : ℚ) / 2 ^ i) = 65535 / 4096 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0055 : (∑ i ∈ Finset.range 30, (1 : ℚ) / ((i + 1) * (i + 2))) = 30 / 31 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0056 : (∑ i ∈ Finset.range 5, (1 * i + 6)) = 40 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0057 : (∑ i ∈ Finset.range 13, (2 * i + 1)) = 169 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0058 : (∑ i ∈ Finset.Icc 1 20, (i ^ 2 + 9)) = 3050 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0059 : (∑ i ∈ Finset.range 26, (6 : ℤ) * (-1) ^ i * i) = -78 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0060 : (∏ i ∈ Finset.Icc 1 6, (7 * i + 5)) = 367773120 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0061 : (∑ i ∈ Finset.range 3, (9 * i + 6)) = 45 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0062 : (∑ i ∈ Finset.Icc 1 7, 8 * i) = 224 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0063 : (∑ i ∈ Finset.Icc 1 22, (i ^ 2 + 5)) = 3905 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0064 : (∑ i ∈ Finset.range 7, (2 : ℤ) * (-1) ^ i * i) = 6 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0065 : (∏ i ∈ Finset.Icc 1 6, (8 * i + 8)) = 1321205760 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0066 : (∑ i ∈ Finset.range 5, (9 * i + 0)) = 90 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0067 : (∑ i ∈ Finset.Icc 1 11, 4 * i) = 264 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0068 : (∑ i ∈ Finset.range 5, i ^ 2) = 30 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0069 : (∑ i ∈ Finset.range 6, (4 : ℤ) * (-1) ^ i * i) = -12 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0070 : (∑ i ∈ Finset.range 12, (1 : ℚ) / ((i + 1) * (i + 2))) = 12 / 13 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0071 : (∑ i ∈ Finset.range 3, (5 * i + 0)) = 15 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0072 : (∑ i ∈ Finset.Icc 1 6, 2 * i) = 42 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0073 : (∑ i ∈ Finset.Icc 1 22, (i ^ 2 + 4)) = 3883 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0074 : (∑ i ∈ Finset.range 16, (6 : ℚ) / 2 ^ i) = 196605 / 16384 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0075 : (∑ i ∈ Finset.Icc 1 26, (i ^ 3 - 5 * i)) = 121452 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0076 : (∑ i ∈ Finset.range 12, (6 * i + 7)) = 480 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0077 : (∑ i ∈ Finset.Icc 1 10, 6 * i) = 330 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0078 : (∑ i ∈ Finset.range 24, i ^ 2) = 4324 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0079 : (∑ i ∈ Finset.range 18, i ^ 3) = 23409 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0080 : (∑ i ∈ Finset.Icc 1 7, (i ^ 3 - 4 * i)) = 675 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0081 : (∑ i ∈ Finset.range 11, (4 * i + 6)) = 286 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0082 : (∑ i ∈ Finset.Icc 1 11, 8 * i) = 528 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0083 : (∑ i ∈ Finset.Icc 1 3, (i ^ 2 + 4)) = 26 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0084 : (∑ i ∈ Finset.range 17, (4 : ℤ) * (-1) ^ i * i) = 32 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0085 : (∏ i ∈ Finset.Icc 1 6, (1 * i + 9)) = 3603600 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0086 : (∑ i ∈ Finset.range 5, i) = 10 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0087 : (∑ i ∈ Finset.range 16, (2 * i + 1)) = 256 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0088 : (∑ i ∈ Finset.Icc 1 12, (i ^ 2 + 0)) = 650 := by sorry

-- tags: topic=sums difficulty=4 family=finite_sums
theorem gen_sum_sum_s7_0089 : (∑ i ∈ Finset.range 5, (5 : ℚ) / 2 ^ i) = 155 / 16 := by sorry

-- tags: topic=sums difficulty=5 family=finite_sums
theorem gen_sum_sum_s7_0090 : (∑ i ∈ Finset.range 21, (1 : ℚ) / ((i + 1) * (i + 2))) = 21 / 22 := by sorry

-- tags: topic=sums difficulty=1 family=finite_sums
theorem gen_sum_sum_s7_0091 : (∑ i ∈ Finset.range 8, (5 * i + 2)) = 156 := by sorry

-- tags: topic=sums difficulty=2 family=finite_sums
theorem gen_sum_sum_s7_0092 : (∑ i ∈ Finset.range 12, (2 * i + 1)) = 144 := by sorry

-- tags: topic=sums difficulty=3 family=finite_sums
theorem gen_sum_sum_s7_0093 : (∏ i ∈ Finset.range 8, (i + 1)) = 40320 := by sorry
