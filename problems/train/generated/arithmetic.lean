import Mathlib

open Real Nat

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0001 : (10 : ℕ) + 48 * 2 = 106 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0002 : (273 : ℕ) / 13 = 21 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0003 : (-735 : ℤ) / 17 = -44 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0004 : (3 : ℤ) ^ 3 - 4 ^ 2 = 11 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0005 : ((210 : ℕ) - 323) * 8 + 409 / 4 = 102 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0006 : (46 : ℕ) + 25 * 7 = 221 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0007 : (8 : ℕ) ^ 12 = 68719476736 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0008 : (-694 : ℤ) % 21 = 20 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0009 : (7 : ℤ) ^ 2 - 7 ^ 2 = 0 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0010 : (5 : ℕ) ^ 22 % 80 = 25 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0011 : (56 : ℕ) + 94 * 6 = 620 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0012 : (9 : ℕ) ^ 2 = 81 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0013 : (352 : ℤ) / (-3) = -117 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0014 : (8 : ℚ) / 3 * (8 / 2) - 5 = 17 / 3 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0015 : ((3 : ℚ) / 2) ^ 4 + 3 / 3 = 97 / 16 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0016 : (265 : ℕ) - 3 = 262 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0017 : (5 : ℕ) ^ 9 = 1953125 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0018 : (-522 : ℤ) % 21 = 3 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0019 : (6 : ℚ) / 2 * (1 / 9) - 4 = -11 / 3 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0020 : ((72 : ℕ) - 720) * 9 + 282 / 10 = 28 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0021 : (294 : ℕ) - 49 = 245 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0022 : (292 : ℕ) % 12 = 4 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0023 : ((22 : ℕ) - 4) * 5 = 90 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0024 : (85 : ℕ) / 3 + 300 % 9 = 31 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0025 : (4 : ℕ) ^ 23 % 80 = 64 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0026 : (21 : ℤ) - 577 = -556 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0027 : (75 : ℕ) - 235 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0028 : (431 : ℤ) / (-11) = -39 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0029 : (7 : ℚ) / 6 + 5 / 10 = 5 / 3 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0030 : ((8 : ℚ) / 5) ^ 3 + 2 / 9 = 4858 / 1125 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0031 : (15 : ℕ) + 79 * 5 = 410 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0032 : (2 : ℕ) ^ 11 = 2048 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0033 : ((29 : ℕ) - 10) * 10 = 190 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0034 : (4 : ℚ) / 12 * (5 / 6) - 5 = -85 / 18 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0035 : (-9975 : ℤ) / 34 * 9 + (-4375) % 16 = -2637 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0036 : (60 : ℤ) - 917 = -857 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0037 : (405 : ℕ) % 16 = 5 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0038 : (493 : ℤ) % (-19) = 18 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0039 : (371 : ℕ) / 11 + 724 % 8 = 37 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0040 : (3 : ℕ) ^ 19 % 62 = 43 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0041 : (24 : ℕ) + 55 * 2 = 134 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0042 : (96 : ℕ) - 299 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0043 : (504 : ℤ) / (-25) = -20 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0044 : (5 : ℚ) / 10 * (8 / 4) - 2 = -1 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0045 : ((5 : ℚ) / 3) ^ 4 + 1 / 5 = 3206 / 405 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0046 : (463 : ℕ) - 49 = 414 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0047 : (537 : ℕ) % 11 = 9 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0048 : (713 : ℤ) / (-21) = -33 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0049 : (5 : ℤ) ^ 4 - 6 ^ 4 = -671 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0050 : ((593 : ℕ) - 779) * 19 + 417 / 9 = 46 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0051 : (69 : ℕ) + 11 * 6 = 135 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0052 : (640 : ℕ) / 10 = 64 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0053 : (709 : ℤ) % (-3) = 1 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0054 : (243 : ℕ) / 12 + 48 % 6 = 20 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0055 : (-30 : ℤ) / 30 * 8 + (-6909) % 33 = 13 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0056 : (90 : ℤ) - 948 = -858 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0057 : (781 : ℕ) / 5 = 156 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0058 : (-733 : ℤ) % 22 = 15 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0059 : (4 : ℤ) ^ 4 - 3 ^ 2 = 247 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0060 : ((279 : ℕ) - 748) * 7 + 83 / 10 = 8 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0061 : (63 : ℕ) - 13 = 50 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0062 : (6 : ℕ) ^ 2 = 36 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0063 : (-27 : ℤ) % 10 = 3 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0064 : (250 : ℕ) / 10 + 558 % 11 = 33 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0065 : (-8513 : ℤ) / 20 * 6 + (-1466) % 12 = -2546 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0066 : (60 : ℕ) + 66 * 6 = 456 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0067 : (11 : ℕ) / 13 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0068 : (-215 : ℤ) / 16 = -14 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0069 : (1 : ℚ) / 9 + 4 / 9 = 5 / 9 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0070 : ((1 : ℚ) / 8) ^ 3 + 2 / 2 = 513 / 512 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0071 : (58 : ℤ) - 939 = -881 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0072 : (89 : ℕ) - 138 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0073 : (-239 : ℤ) / 14 = -18 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0074 : (106 : ℕ) / 10 + 583 % 4 = 13 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0075 : (-9898 : ℤ) / 15 * 7 + (-3782) % 30 = -4592 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0076 : (39 : ℕ) - 50 = 0 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0077 : (537 : ℕ) / 28 = 19 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0078 : ((71 : ℕ) - 15) * 6 = 336 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0079 : (6 : ℚ) / 5 * (3 / 2) - 3 = -6 / 5 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0080 : ((77 : ℕ) - 264) * 17 + 671 / 5 = 134 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0081 : (732 : ℕ) - 96 = 636 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0082 : (584 : ℕ) / 11 = 53 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0083 : (663 : ℤ) % (-24) = 15 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0084 : (38 : ℕ) / 8 + 247 % 7 = 6 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0085 : (2 : ℕ) ^ 28 % 80 = 16 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0086 : (803 : ℕ) - 50 = 753 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0087 : (4 : ℕ) - 211 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0088 : (-449 : ℤ) % 10 = 1 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0089 : (6 : ℤ) ^ 4 - 2 ^ 4 = 1280 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0090 : (-379 : ℤ) / 26 * 6 + (-5112) % 16 = -82 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0091 : (115 : ℕ) - 94 = 21 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0092 : (12 : ℕ) - 11 = 1 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0093 : (-8 : ℤ) / 5 = -2 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0094 : (2 : ℤ) ^ 2 - 3 ^ 2 = -5 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0095 : ((4 : ℚ) / 4) ^ 4 + 9 / 9 = 2 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0096 : (52 : ℕ) + 11 * 6 = 118 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0097 : (539 : ℕ) / 18 = 29 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0098 : ((97 : ℕ) - 20) * 5 = 385 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0099 : (5 : ℚ) / 10 + 1 / 9 = 11 / 18 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0100 : (-3365 : ℤ) / 6 * 3 + (-8992) % 28 = -1659 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0101 : (45 : ℕ) + 47 * 3 = 186 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0102 : (6 : ℕ) ^ 12 = 2176782336 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0103 : (-973 : ℤ) % 13 = 2 := by sorry
