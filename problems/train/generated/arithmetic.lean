import Mathlib

open Real Nat

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0001 : (54 : ℤ) - 25 = 29 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0002 : (488 : ℕ) / 16 = 30 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0003 : (-728 : ℤ) % 20 = 12 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0004 : (6 : ℚ) / 5 + 4 / 11 = 86 / 55 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0005 : (-9502 : ℤ) / 36 * 2 + (-9144) % 24 = -528 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0006 : (34 : ℤ) - 328 = -294 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0007 : (4 : ℕ) ^ 5 = 1024 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0008 : (-408 : ℤ) / 11 = -38 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0009 : (5 : ℚ) / 2 + 6 / 6 = 7 / 2 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0010 : (5 : ℕ) ^ 10 % 33 = 1 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0011 : (17 : ℤ) - 339 = -322 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0012 : (3 : ℕ) - 939 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0013 : (251 : ℤ) / (-12) = -20 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0014 : (6 : ℚ) / 4 + 1 / 10 = 8 / 5 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0015 : ((935 : ℕ) - 991) * 15 + 53 / 5 = 10 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0016 : (35 : ℤ) - 608 = -573 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0017 : (4 : ℕ) ^ 6 = 4096 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0018 : (-628 : ℤ) / 29 = -22 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0019 : (536 : ℕ) / 7 + 416 % 3 = 78 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0020 : (-3561 : ℤ) / 32 * 5 + (-6047) % 27 = -559 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0021 : (216 : ℕ) - 31 = 185 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0022 : (628 : ℕ) / 30 = 20 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0023 : ((31 : ℕ) - 28) * 3 = 9 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0024 : (2 : ℤ) ^ 4 - 2 ^ 5 = -16 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0025 : (4 : ℕ) ^ 28 % 58 = 30 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0026 : (94 : ℤ) - 123 = -29 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0027 : (6 : ℕ) ^ 5 = 7776 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0028 : (-631 : ℤ) % 2 = 1 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0029 : (4 : ℚ) / 11 + 9 / 9 = 15 / 11 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0030 : ((449 : ℕ) - 147) * 4 + 794 / 2 = 1605 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0031 : (20 : ℤ) - 676 = -656 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0032 : (28 : ℕ) - 955 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0033 : ((28 : ℕ) - 65) * 5 = 0 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0034 : (661 : ℕ) / 4 + 212 % 3 = 167 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0035 : ((587 : ℕ) - 447) * 20 + 783 / 19 = 2841 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0036 : (17 : ℤ) - 768 = -751 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0037 : (3 : ℕ) ^ 4 = 81 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0038 : (790 : ℤ) % (-18) = 16 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0039 : (4 : ℚ) / 6 * (6 / 7) - 5 = -31 / 7 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0040 : ((844 : ℕ) - 976) * 12 + 682 / 6 = 113 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0041 : (393 : ℕ) - 63 = 330 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0042 : (519 : ℕ) / 17 = 30 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0043 : (529 : ℤ) / (-8) = -66 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0044 : (6 : ℤ) ^ 4 - 5 ^ 3 = 1171 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0045 : ((265 : ℕ) - 770) * 10 + 368 / 13 = 28 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0046 : (11 : ℤ) - 151 = -140 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0047 : (8 : ℕ) ^ 3 = 512 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0048 : ((67 : ℕ) - 13) * 5 = 270 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0049 : (259 : ℕ) / 4 + 872 % 2 = 64 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0050 : ((1 : ℚ) / 9) ^ 3 + 9 / 2 = 6563 / 1458 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0051 : (37 : ℤ) - 936 = -899 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0052 : (792 : ℕ) / 4 = 198 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0053 : (660 : ℤ) / (-8) = -82 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0054 : (9 : ℚ) / 9 * (4 / 11) - 3 = -29 / 11 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0055 : (-9129 : ℤ) / 21 * 8 + (-1106) % 10 = -3476 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0056 : (30 : ℕ) + 80 * 2 = 190 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0057 : (98 : ℕ) - 81 = 17 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0058 : (264 : ℤ) % (-18) = 12 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0059 : (2 : ℚ) / 6 + 6 / 6 = 4 / 3 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0060 : ((846 : ℕ) - 333) * 17 + 412 / 13 = 8752 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0061 : (100 : ℕ) + 40 * 8 = 420 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0062 : (587 : ℕ) / 14 = 41 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0063 : (-337 : ℤ) % 20 = 3 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0064 : (6 : ℚ) / 8 * (3 / 9) - 5 = -19 / 4 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0065 : ((4 : ℚ) / 3) ^ 4 + 8 / 9 = 328 / 81 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0066 : (713 : ℕ) - 40 = 673 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0067 : (457 : ℕ) % 5 = 2 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0068 : ((47 : ℕ) - 33) * 2 = 28 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0069 : (357 : ℕ) / 9 + 29 % 7 = 40 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0070 : (-8052 : ℤ) / 17 * 8 + (-4960) % 38 = -3774 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0071 : (64 : ℤ) - 445 = -381 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0072 : (520 : ℕ) / 26 = 20 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0073 : (-301 : ℤ) % 29 = 18 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0074 : (7 : ℚ) / 10 + 7 / 6 = 28 / 15 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0075 : (5 : ℕ) ^ 28 % 53 = 28 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0076 : (17 : ℤ) - 621 = -604 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0077 : (456 : ℕ) / 15 = 30 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0078 : (-12 : ℤ) / 6 = -2 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0079 : (8 : ℚ) / 8 * (3 / 7) - 1 = -4 / 7 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0080 : ((914 : ℕ) - 795) * 7 + 806 / 8 = 933 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0081 : (888 : ℕ) - 98 = 790 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0082 : (860 : ℕ) % 15 = 5 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0083 : (-659 : ℤ) / 26 = -26 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0084 : (4 : ℤ) ^ 5 - 4 ^ 2 = 1008 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0085 : ((9 : ℚ) / 2) ^ 2 + 4 / 5 = 421 / 20 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0086 : (72 : ℕ) - 13 = 59 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0087 : (101 : ℕ) % 18 = 11 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0088 : (777 : ℤ) % (-6) = 3 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0089 : (1 : ℚ) / 6 + 6 / 12 = 2 / 3 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0090 : ((4 : ℚ) / 4) ^ 3 + 7 / 3 = 10 / 3 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0091 : (60 : ℤ) - 521 = -461 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0092 : (2 : ℕ) ^ 8 = 256 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0093 : (533 : ℤ) % (-25) = 8 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0094 : (497 : ℕ) / 11 + 196 % 6 = 49 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0095 : (4 : ℕ) ^ 19 % 67 = 35 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0096 : (14 : ℕ) + 70 * 6 = 434 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0097 : (5 : ℕ) ^ 5 = 3125 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0098 : ((90 : ℕ) - 62) * 4 = 112 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0099 : (224 : ℕ) / 4 + 853 % 9 = 63 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0100 : ((340 : ℕ) - 933) * 5 + 672 / 19 = 35 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0101 : (40 : ℕ) + 72 * 10 = 760 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0102 : (39 : ℕ) - 331 = 0 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0103 : ((72 : ℕ) - 8) * 9 = 576 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0104 : (2 : ℤ) ^ 5 - 3 ^ 6 = -697 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0105 : (2 : ℕ) ^ 11 % 43 = 27 := by sorry

-- tags: topic=nat_arith difficulty=1 family=arithmetic
theorem gen_nat_arith_s7_0106 : (106 : ℕ) - 68 = 38 := by sorry

-- tags: topic=nat_arith difficulty=2 family=arithmetic
theorem gen_nat_arith_s7_0107 : (64 : ℕ) / 8 = 8 := by sorry

-- tags: topic=nat_arith difficulty=3 family=arithmetic
theorem gen_nat_arith_s7_0108 : (870 : ℤ) % (-21) = 9 := by sorry

-- tags: topic=nat_arith difficulty=4 family=arithmetic
theorem gen_nat_arith_s7_0109 : (4 : ℤ) ^ 2 - 5 ^ 4 = -609 := by sorry

-- tags: topic=nat_arith difficulty=5 family=arithmetic
theorem gen_nat_arith_s7_0110 : ((7 : ℚ) / 5) ^ 2 + 6 / 2 = 124 / 25 := by sorry
