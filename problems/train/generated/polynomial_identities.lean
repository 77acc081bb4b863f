import Mathlib

open Real Nat

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0001 (x : ℝ) : -4 * x ^ 2 - 8 * x - 3 = (-2 * x - 1) * (2 * x + 3) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0002 (x : ℝ) : (-6 * x - 6) ^ 2 = 36 * x ^ 2 + 72 * x + 36 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0003 (x y : ℤ) : 128 * x * y + 64 * x ^ 2 + 64 * y ^ 2 + 112 * x + 112 * y + 49 = (-8 * x - 8 * y - 7) ^ 2 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0004 (x y : ℝ) : (8 * x - 1) * (-2 * x - 2 * y - 2) * (10 * x - 10 * y + 3) = 160 * x * y ^ 2 - 160 * x ^ 3 + 112 * x * y - 188 * x ^ 2 - 20 * y ^ 2 - 22 * x - 14 * y + 6 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0005 (x y z : ℚ) : 904 * x * y * z - 1128 * x * y ^ 2 + 182 * x * z ^ 2 - 760 * x ^ 2 * y + 940 * x ^ 2 * z + 200 * x ^ 3 + 98 * y * z ^ 2 + 204 * y ^ 2 * z - 360 * y ^ 3 + 9 * z ^ 3 - 2248 * x * y + 1332 * x * z - 380 * x ^ 2 + 620 * y * z - 1212 * y ^ 2 + 137 * z ^ 2 - 992 * x - 1312 * y + 464 * z - 448 = (-10 * x - 6 * y - z - 8) ^ 2 * (2 * x - 10 * y + 9 * z - 7) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0006 (x : ℤ) : 6 * x ^ 2 + 20 * x + 16 = (2 * x + 4) * (3 * x + 4) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0007 (x : ℝ) : (2 * x - 2) * (3 * x - 6) = 6 * x ^ 2 - 18 * x + 12 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0008 (x y : ℝ) : -50 * x * y + 25 * x ^ 2 + 25 * y ^ 2 + 40 * x - 40 * y + 16 = (-5 * x + 5 * y - 4) ^ 2 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0009 (x y : ℝ) : -924 * x * y ^ 2 + 651 * x ^ 2 * y - 147 * x ^ 3 + 420 * y ^ 3 + 857 * x * y - 385 * x ^ 2 - 454 * y ^ 2 + 332 * x - 374 * y - 60 = (3 * x - 6 * y + 10) * (7 * x - 10 * y - 3) * (-7 * x + 7 * y + 2) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0010 (x y z : ℚ) : (9 * x - y + 7 * z - 8) * (-x + 3 * y + 5 * z + 1) * (-8 * x - 5 * y + 7 * z - 12) = -122 * x * y * z - 116 * x * y ^ 2 - 14 * x * z ^ 2 - 179 * x ^ 2 * y - 367 * x ^ 2 * z + 72 * x ^ 3 - 63 * y * z ^ 2 - 101 * y ^ 2 * z + 15 * y ^ 3 + 245 * z ^ 3 - 221 * x * y - 73 * x * z - 28 * x ^ 2 - 202 * y * z + 161 * y ^ 2 - 651 * z ^ 2 - 140 * x + 340 * y + 340 * z + 96 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0011 (x : ℤ) : (-x - 4) * (-4 * x - 3) = 4 * x ^ 2 + 19 * x + 12 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0012 (x : ℝ) : (-4 * x) ^ 2 = 16 * x ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0013 (x y : ℚ) : -56 * x * y + 16 * x ^ 2 + 49 * y ^ 2 + 16 * x - 28 * y + 4 = (4 * x - 7 * y + 2) ^ 2 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0014 (x y : ℝ) : (-2 * x + 10 * y + 1) * (4 * x - 8 * y - 7) * (-2 * x - 2 * y - 8) = 48 * x * y ^ 2 - 96 * x ^ 2 * y + 16 * x ^ 3 + 160 * y ^ 3 - 328 * x * y + 28 * x ^ 2 + 796 * y ^ 2 - 130 * x + 638 * y + 56 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0015 (x y z : ℚ) : -1848 * x * y * z + 351 * x * y ^ 2 + 792 * x * z ^ 2 + 774 * x ^ 2 * y - 72 * x ^ 2 * z - 216 * x ^ 3 + 1074 * y * z ^ 2 - 381 * y ^ 2 * z + 36 * y ^ 3 - 504 * z ^ 3 + 1854 * x * y - 1992 * x * z + 306 * x ^ 2 - 2194 * y * z + 438 * y ^ 2 + 1686 * z ^ 2 + 1347 * x + 472 * y - 1457 * z + 110 = (-3 * x + 12 * y - 7 * z + 10) * (12 * x + 3 * y - 12 * z + 1) * (6 * x + y - 6 * z + 11) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0016 (x : ℚ) : 8 * x ^ 2 - 4 * x - 4 = (2 * x - 2) * (4 * x + 2) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0017 (x : ℚ) : (4 * x + 4) ^ 2 = 16 * x ^ 2 + 32 * x + 16 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0018 (x y : ℤ) : -16 * x * y + 10 * x ^ 2 + 6 * y ^ 2 + 11 * x - 9 * y + 3 = (-5 * x + 3 * y - 3) * (-2 * x + 2 * y - 1) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0019 (x y : ℤ) : -295 * x * y ^ 2 - 165 * x ^ 2 * y - 20 * x ^ 3 - 150 * y ^ 3 - 853 * x * y - 243 * x ^ 2 - 645 * y ^ 2 - 616 * x - 924 * y - 441 = (4 * x + 5 * y + 7) * (-5 * x - 5 * y - 7) * (x + 6 * y + 9) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0020 (x y z : ℝ) : 525 * x * y * z - 184 * x * y ^ 2 + 324 * x * z ^ 2 + 417 * x ^ 2 * y - 18 * x ^ 2 * z - 90 * x ^ 3 - 1188 * y * z ^ 2 - 1683 * y ^ 2 * z - 495 * y ^ 3 - 95 * x * y + 96 * x * z - 6 * x ^ 2 - 90 * y * z - 75 * y ^ 2 + 216 * z ^ 2 + 36 * x + 30 * y + 72 * z = (5 * x - 9 * y - 9 * z - 3) * (-6 * x - 5 * y - 12 * z) * (3 * x - 11 * y + 2) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0021 (x : ℝ) : (3 * x + 1) * (x + 3) = 3 * x ^ 2 + 10 * x + 3 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0022 (x : ℤ) : 36 * x ^ 2 - 60 * x + 25 = (-6 * x + 5) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0023 (x y : ℚ) : (7 * x - 3 * y + 7) * (2 * x - y + 7) = -13 * x * y + 14 * x ^ 2 + 3 * y ^ 2 + 63 * x - 28 * y + 49 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0024 (x y : ℤ) : (7 * x + 10 * y + 5) * (-10 * x - 3 * y - 10) * (-9 * y - 5) = 1089 * x * y ^ 2 + 630 * x ^ 2 * y + 270 * y ^ 3 + 1685 * x * y + 350 * x ^ 2 + 1185 * y ^ 2 + 600 * x + 1025 * y + 250 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0025 (x y z : ℝ) : 138 * x * y * z + 162 * x * y ^ 2 - 104 * x * z ^ 2 - 315 * x ^ 2 * y - 77 * x ^ 2 * z + 196 * x ^ 3 + 24 * y * z ^ 2 - 45 * y ^ 2 * z - 27 * y ^ 3 + 48 * z ^ 3 - 336 * x * y - 448 * x * z + 392 * x ^ 2 + 192 * y * z + 72 * y ^ 2 + 128 * z ^ 2 = (7 * x - 3 * y - 4 * z) ^ 2 * (4 * x - 3 * y + 3 * z + 8) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0026 (x : ℚ) : -8 * x ^ 2 - 8 * x + 6 = (-4 * x + 2) * (2 * x + 3) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0027 (x : ℤ) : (-6 * x + 4) * (-4 * x - 5) = 24 * x ^ 2 + 14 * x - 20 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0028 (x y : ℤ) : 48 * x * y + 36 * x ^ 2 + 16 * y ^ 2 - 36 * x - 24 * y + 9 = (-6 * x - 4 * y + 3) ^ 2 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0029 (x y : ℚ) : 635 * x * y ^ 2 + 140 * x ^ 2 * y - 20 * x ^ 3 - 350 * y ^ 3 - 160 * x * y + 140 * x ^ 2 + 425 * y ^ 2 - 175 * x + 50 * y - 125 = (2 * x + 7 * y - 5) * (-10 * x + 5 * y - 5) * (x - 10 * y - 5) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0030 (x y z : ℝ) : 264 * x * y * z + 912 * x * y ^ 2 + 9 * x * z ^ 2 + 864 * x ^ 2 * y + 216 * x ^ 2 * z - 84 * y * z ^ 2 + 960 * y ^ 2 * z - 576 * y ^ 3 - 90 * z ^ 3 + 1032 * x * y + 162 * x * z + 432 * x ^ 2 + 1104 * y * z - 1104 * y ^ 2 + 9 * z ^ 2 + 288 * x - 696 * y + 306 * z - 144 = (-9 * x + 4 * y - 6 * z + 3) * (12 * y + 3 * z + 6) * (-8 * x - 12 * y + 5 * z - 8) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0031 (x : ℤ) : (-4 * x) * (-4 * x - 4) = 16 * x ^ 2 + 16 * x := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0032 (x : ℚ) : 4 * x ^ 2 - 16 * x + 16 = (2 * x - 4) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0033 (x y : ℝ) : -56 * x * y - 42 * x ^ 2 - 14 * y ^ 2 + 28 * x + 14 = (-6 * x - 2 * y - 2) * (7 * x + 7 * y - 7) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0034 (x y : ℤ) : (9 * y + 7) * (-3 * x - 2 * y + 1) * (-4 * x + 9 * y + 9) = -171 * x * y ^ 2 + 108 * x ^ 2 * y - 162 * y ^ 3 - 412 * x * y + 84 * x ^ 2 - 207 * y ^ 2 - 217 * x + 18 * y + 63 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0035 (x y z : ℚ) : (7 * x + 5 * y - 5 * z) * (2 * x - 9 * y + 4 * z + 11) * (2 * x + 4 * y - 12 * z + 7) = 838 * x * y * z - 302 * x * y ^ 2 - 256 * x * z ^ 2 - 50 * x ^ 2 * y - 132 * x ^ 2 * z + 28 * x ^ 3 - 860 * y * z ^ 2 + 800 * y ^ 2 * z - 180 * y ^ 3 + 240 * z ^ 3 + 47 * x * y - 908 * x * z + 252 * x ^ 2 - 425 * y * z - 95 * y ^ 2 + 520 * z ^ 2 + 539 * x + 385 * y - 385 * z := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0036 (x : ℚ) : -3 * x ^ 2 + 12 * x - 9 = (-3 * x + 3) * (x - 3) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0037 (x : ℤ) : (4 * x + 2) * (2 * x - 3) = 8 * x ^ 2 - 8 * x - 6 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0038 (x y : ℝ) : (7 * x - 6 * y + 2) * (-4 * y + 5) = -28 * x * y + 24 * y ^ 2 + 35 * x - 38 * y + 10 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0039 (x y : ℤ) : 912 * x * y ^ 2 + 1560 * x ^ 2 * y + 700 * x ^ 3 + 160 * y ^ 3 - 992 * x * y - 880 * x ^ 2 - 256 * y ^ 2 + 268 * x + 136 * y - 24 = (10 * x + 4 * y - 2) ^ 2 * (7 * x + 10 * y - 6) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0040 (x y z : ℤ) : -1032 * x * y * z + 609 * x * y ^ 2 + 384 * x * z ^ 2 - 414 * x ^ 2 * y + 396 * x ^ 2 * z + 81 * x ^ 3 + 192 * y * z ^ 2 + 252 * y ^ 2 * z - 196 * y ^ 3 - 256 * z ^ 3 - 2304 * x * y + 2016 * x * z + 756 * x ^ 2 - 1440 * y * z + 1260 * y ^ 2 + 2160 * x - 2592 * y + 1728 * z + 1728 = (3 * x - 7 * y + 8 * z + 12) ^ 2 * (9 * x - 4 * y - 4 * z + 12) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0041 (x : ℚ) : (-x - 2) * (-2 * x + 4) = 2 * x ^ 2 - 8 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0042 (x : ℤ) : 25 * x ^ 2 - 50 * x + 25 = (5 * x - 5) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0043 (x y : ℚ) : (-8 * x + 6 * y + 5) * (-5 * x + 3 * y + 2) = -54 * x * y + 40 * x ^ 2 + 18 * y ^ 2 - 41 * x + 27 * y + 10 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0044 (x y : ℤ) : (2 * x + y + 6) * (-2 * x - 7 * y) * (7 * x - 9 * y - 9) = 95 * x * y ^ 2 - 76 * x ^ 2 * y - 28 * x ^ 3 + 63 * y ^ 3 - 42 * x * y - 48 * x ^ 2 + 441 * y ^ 2 + 108 * x + 378 * y := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0045 (x y z : ℤ) : -315 * x * y * z - 66 * x * y ^ 2 - 81 * x * z ^ 2 - 18 * x ^ 2 * y - 81 * x ^ 2 * z + 297 * y * z ^ 2 - 174 * y ^ 2 * z - 48 * y ^ 3 + 486 * z ^ 3 - 339 * x * y - 270 * x * z - 81 * x ^ 2 - 516 * y * z - 338 * y ^ 2 - 216 * z ^ 2 - 189 * x - 533 * y - 630 * z + 72 = (3 * x + 8 * y + 9 * z - 1) * (-2 * y - 9 * z - 9) * (3 * x + 3 * y - 6 * z + 8) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0046 (x : ℚ) : x ^ 2 - x - 2 = (x + 1) * (x - 2) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0047 (x : ℤ) : 3 * x ^ 2 - 12 * x = (3 * x) * (x - 4) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0048 (x y : ℚ) : -24 * x * y + 35 * x ^ 2 + 4 * y ^ 2 - 56 * x + 16 * y = (5 * x - 2 * y - 8) * (7 * x - 2 * y) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0049 (x y : ℤ) : -215 * x * y ^ 2 - 510 * x ^ 2 * y + 560 * x ^ 3 + 90 * y ^ 3 + 416 * x * y - 384 * x ^ 2 + 18 * y ^ 2 + 64 * x - 72 * y = (-10 * x - 5 * y + 4) * (-8 * x + 9 * y) * (7 * x - 2 * y - 2) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0050 (x y z : ℤ) : -633 * x * y * z - 392 * x * y ^ 2 - 123 * x * z ^ 2 + 182 * x ^ 2 * y + 321 * x ^ 2 * z + 42 * x ^ 3 + 118 * y * z ^ 2 + 326 * y ^ 2 * z + 168 * y ^ 3 - 24 * z ^ 3 - 551 * x * y - 84 * x * z + 339 * x ^ 2 + 136 * y * z + 170 * y ^ 2 + 72 * z ^ 2 + 15 * x - 126 * y + 24 * z - 72 = (-7 * x + 7 * y - z + 3) * (6 * x - 4 * y - 3 * z + 3) * (-x - 6 * y - 8 * z - 8) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0051 (x : ℚ) : (3 * x + 1) * (-4 * x + 4) = -12 * x ^ 2 + 8 * x + 4 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0052 (x : ℝ) : 18 * x ^ 2 - 15 * x + 2 = (3 * x - 2) * (6 * x - 1) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0053 (x y : ℝ) : (-3 * x + 8 * y + 6) * (7 * x + 4 * y + 1) = 44 * x * y - 21 * x ^ 2 + 32 * y ^ 2 + 39 * x + 32 * y + 6 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0054 (x y : ℚ) : -800 * x * y ^ 2 - 100 * y ^ 3 + 1600 * x * y + 1200 * y ^ 2 - 800 * x - 2100 * y + 1000 = (-10 * y + 10) ^ 2 * (-8 * x - y + 10) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0055 (x y z : ℤ) : (-9 * x + 10 * y + 6 * z + 7) ^ 2 * (-8 * x - 4 * y + 5 * z) = -1428 * x * y * z - 80 * x * y ^ 2 - 828 * x * z ^ 2 + 1116 * x ^ 2 * y + 1269 * x ^ 2 * z - 648 * x ^ 3 + 456 * y * z ^ 2 + 20 * y ^ 2 * z - 400 * y ^ 3 + 180 * z ^ 3 - 616 * x * y - 1302 * x * z + 1008 * x ^ 2 + 364 * y * z - 560 * y ^ 2 + 420 * z ^ 2 - 392 * x - 196 * y + 245 * z := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0056 (x : ℝ) : -6 * x ^ 2 - 6 * x = (-3 * x) * (2 * x + 2) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0057 (x : ℝ) : 18 * x ^ 2 + 36 * x + 16 = (-6 * x - 4) * (-3 * x - 4) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0058 (x y : ℝ) : 100 * x * y - 48 * x ^ 2 - 48 * y ^ 2 + 70 * x - 70 * y - 25 = (8 * x - 6 * y - 5) * (-6 * x + 8 * y + 5) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0059 (x y : ℝ) : 16 * x * y ^ 2 - 16 * x ^ 2 * y - 16 * x ^ 3 + 16 * y ^ 3 + 224 * x * y + 128 * x ^ 2 + 96 * y ^ 2 - 91 * x - 133 * y - 147 = (4 * x + 4 * y + 3) * (-x + y + 7) * (4 * x + 4 * y - 7) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0060 (x y z : ℚ) : (-4 * x - 10 * y - 6) ^ 2 * (-10 * x + 5 * y - 9 * z + 12) = -720 * x * y * z - 600 * x * y ^ 2 - 720 * x ^ 2 * y - 144 * x ^ 2 * z - 160 * x ^ 3 - 900 * y ^ 2 * z + 500 * y ^ 3 - 432 * x * z - 288 * x ^ 2 - 1080 * y * z + 1800 * y ^ 2 + 216 * x + 1620 * y - 324 * z + 432 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0061 (x : ℤ) : (-4 * x + 2) * (2 * x + 4) = -8 * x ^ 2 - 12 * x + 8 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0062 (x : ℤ) : (6 * x - 2) * (-2 * x + 6) = -12 * x ^ 2 + 40 * x - 12 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0063 (x y : ℚ) : -33 * x * y + 18 * x ^ 2 - 21 * y ^ 2 - 12 * x + 28 * y = (6 * x + 3 * y - 4) * (3 * x - 7 * y) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0064 (x y : ℝ) : (-10 * x + 6 * y - 2) ^ 2 * (-6 * x + 4) = -216 * x * y ^ 2 + 720 * x ^ 2 * y - 600 * x ^ 3 - 336 * x * y + 160 * x ^ 2 + 144 * y ^ 2 + 136 * x - 96 * y + 16 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0065 (x y z : ℝ) : 107 * x * y * z - 240 * x * y ^ 2 + 8 * x * z ^ 2 - 279 * x ^ 2 * y + 6 * x ^ 2 * z - 54 * x ^ 3 + 20 * y * z ^ 2 + 230 * y ^ 2 * z + 300 * y ^ 3 + 1350 * x * y - 28 * x * z + 432 * x ^ 2 - 532 * y * z - 180 * y ^ 2 - 48 * z ^ 2 - 696 * x - 1416 * y - 48 * z + 288 = (2 * x + 5 * y - 12) * (9 * x - 6 * y - 4 * z - 12) * (-3 * x - 10 * y - z + 2) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0066 (x : ℚ) : (2 * x) * (-x + 1) = -2 * x ^ 2 + 2 * x := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0067 (x : ℚ) : (-5 * x + 4) ^ 2 = 25 * x ^ 2 - 40 * x + 16 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0068 (x y : ℚ) : (6 * x + 7 * y + 3) * (-2 * x - 5 * y - 6) = -44 * x * y - 12 * x ^ 2 - 35 * y ^ 2 - 42 * x - 57 * y - 18 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0069 (x y : ℝ) : (-3 * x - 9 * y + 5) * (-9 * x + 4 * y - 5) * (-2 * x + 8) = 72 * x * y ^ 2 - 138 * x ^ 2 * y - 54 * x ^ 3 + 422 * x * y + 276 * x ^ 2 - 288 * y ^ 2 - 190 * x + 520 * y - 200 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0070 (x y z : ℝ) : (-10 * x + 7 * y + z) * (-5 * x + 5 * y + 10 * z + 2) * (-7 * x - 7 * y + z - 8) = 125 * x * y * z + 350 * x * y ^ 2 - 175 * x * z ^ 2 + 245 * x ^ 2 * y + 785 * x ^ 2 * z - 350 * x ^ 3 + 5 * y * z ^ 2 - 490 * y ^ 2 * z - 245 * y ^ 3 + 10 * z ^ 3 + 722 * x * y + 806 * x * z - 260 * x ^ 2 - 600 * y * z - 378 * y ^ 2 - 78 * z ^ 2 + 160 * x - 112 * y - 16 * z := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0071 (x : ℝ) : (3 * x + 1) * (-x) = -3 * x ^ 2 - x := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0072 (x : ℤ) : (2 * x - 3) * (-5 * x - 6) = -10 * x ^ 2 + 3 * x + 18 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0073 (x y : ℤ) : (4 * x + 5 * y - 5) * (-6 * x + 5 * y) = -10 * x * y - 24 * x ^ 2 + 25 * y ^ 2 + 30 * x - 25 * y := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0074 (x y : ℤ) : 168 * x * y ^ 2 + 320 * x ^ 2 * y + 16 * y ^ 3 - 136 * x * y + 320 * x ^ 2 - 304 * x - 112 * y - 96 = (-5 * x - 2 * y + 6) * (8 * x + y + 2) * (-8 * y - 8) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0075 (x y z : ℚ) : 1804 * x * y * z + 1140 * x * y ^ 2 + 605 * x * z ^ 2 + 528 * x ^ 2 * y + 440 * x ^ 2 * z + 80 * x ^ 3 + 968 * y * z ^ 2 + 1760 * y ^ 2 * z + 800 * y ^ 3 - 988 * x * y - 594 * x * z - 248 * x ^ 2 - 792 * y * z - 920 * y ^ 2 + 242 * z ^ 2 + 133 * x + 112 * y - 308 * z + 98 = (-4 * x - 10 * y - 11 * z + 7) ^ 2 * (5 * x + 8 * y + 2) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0076 (x : ℝ) : -8 * x ^ 2 = (-2 * x) * (4 * x) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0077 (x : ℤ) : -2 * x ^ 2 + 5 * x - 3 = (-x + 1) * (2 * x - 3) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0078 (x y : ℚ) : -30 * x * y - 48 * x ^ 2 - 3 * y ^ 2 + 74 * x + 25 * y - 28 = (6 * x + 3 * y - 4) * (-8 * x - y + 7) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0079 (x y : ℚ) : (-5 * x - 5 * y - 1) * (-9 * x + 8 * y - 2) * (-6 * x - 10 * y - 1) = 190 * x * y ^ 2 - 480 * x ^ 2 * y - 270 * x ^ 3 + 400 * y ^ 3 - 207 * x * y - 159 * x ^ 2 + 20 * y ^ 2 - 31 * x - 22 * y - 2 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0080 (x y z : ℝ) : (-7 * x - 8 * y - 11 * z - 3) * (-11 * x + 3 * y + z + 12) * (11 * x - 9 * y - 10 * z + 6) = -2147 * x * y * z - 867 * x * y ^ 2 - 1261 * x * z ^ 2 + 44 * x ^ 2 * y + 484 * x ^ 2 * z + 847 * x ^ 3 + 509 * y * z ^ 2 + 609 * y ^ 2 * z + 216 * y ^ 3 + 110 * z ^ 3 - 294 * x * y - 291 * x * z - 99 * x ^ 2 + 2019 * y * z + 801 * y ^ 2 + 1284 * z ^ 2 - 702 * x - 306 * y - 450 * z - 216 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0081 (x : ℚ) : (-x - 4) * (-2 * x - 1) = 2 * x ^ 2 + 9 * x + 4 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0082 (x : ℝ) : 36 * x ^ 2 = (-6 * x) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0083 (x y : ℝ) : (x - 7 * y - 8) * (-7 * x - 1) = 49 * x * y - 7 * x ^ 2 + 55 * x + 7 * y + 8 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0084 (x y : ℚ) : (-5 * x - y - 3) * (10 * x - 6 * y + 3) * (x + 4 * y + 1) = 86 * x * y ^ 2 - 180 * x ^ 2 * y - 50 * x ^ 3 + 24 * y ^ 3 - 145 * x * y - 95 * x ^ 2 + 66 * y ^ 2 - 54 * x - 21 * y - 9 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0085 (x y z : ℤ) : -327 * x * y * z + 256 * x * y ^ 2 + 152 * x * z ^ 2 + 63 * x ^ 2 * y + 60 * x ^ 2 * z - 36 * x ^ 3 + 4 * y * z ^ 2 + 680 * y ^ 2 * z - 448 * y ^ 3 - 224 * z ^ 3 + 197 * x * y - 103 * x * z - 177 * x ^ 2 - 955 * y * z + 88 * y ^ 2 + 892 * z ^ 2 - 111 * x + 582 * y - 831 * z + 198 = (3 * x + 8 * y - 7 * z + 6) * (-4 * x + 7 * y - 8 * z + 3) * (3 * x - 8 * y - 4 * z + 11) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0086 (x : ℤ) : (x + 1) * (x - 1) = x ^ 2 - 1 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0087 (x : ℚ) : 6 * x ^ 2 + 6 * x = (-2 * x) * (-3 * x - 3) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0088 (x y : ℤ) : (4 * x - 6 * y - 1) * (x + 2 * y + 5) = 2 * x * y + 4 * x ^ 2 - 12 * y ^ 2 + 19 * x - 32 * y - 5 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0089 (x y : ℝ) : -950 * x * y ^ 2 + 570 * x ^ 2 * y - 108 * x ^ 3 + 500 * y ^ 3 + 1135 * x * y - 384 * x ^ 2 - 750 * y ^ 2 - 213 * x + 70 * y + 180 = (-9 * x + 10 * y + 4) * (-6 * x + 10 * y - 9) * (-2 * x + 5 * y - 5) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0090 (x y z : ℚ) : (7 * x + 6 * y - 10 * z - 6) ^ 2 * (7 * x + 9 * y + 9 * z + 3) = -1344 * x * y * z + 1008 * x * y ^ 2 - 560 * x * z ^ 2 + 1029 * x ^ 2 * y - 539 * x ^ 2 * z + 343 * x ^ 3 - 180 * y * z ^ 2 - 756 * y ^ 2 * z + 324 * y ^ 3 + 900 * z ^ 3 - 1008 * x * y - 336 * x * z - 441 * x ^ 2 + 72 * y * z - 540 * y ^ 2 + 1380 * z ^ 2 + 108 * y + 684 * z + 108 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0091 (x : ℝ) : (-4 * x + 4) * (-3 * x) = 12 * x ^ 2 - 12 * x := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0092 (x : ℝ) : 36 * x ^ 2 + 12 * x + 1 = (6 * x + 1) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0093 (x y : ℤ) : 14 * x * y + 35 * x ^ 2 - 21 * y ^ 2 + 75 * x + 11 * y + 40 = (5 * x - 3 * y + 5) * (7 * x + 7 * y + 8) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0094 (x y : ℤ) : -552 * x * y ^ 2 - 259 * x ^ 2 * y + 49 * x ^ 3 - 252 * y ^ 3 + 852 * x * y + 112 * x ^ 2 + 648 * y ^ 2 - 300 * x - 540 * y + 144 = (-7 * x - 6 * y + 6) ^ 2 * (x - 7 * y + 4) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0095 (x y z : ℚ) : (4 * x + 11 * y + 12 * z - 8) * (-4 * x - 4 * y - 5 * z + 12) * (5 * x + 7 * y - 2 * z + 9) = -871 * x * y * z - 640 * x * y ^ 2 - 164 * x * z ^ 2 - 412 * x ^ 2 * y - 308 * x ^ 2 * z - 80 * x ^ 3 - 214 * y * z ^ 2 - 633 * y ^ 2 * z - 308 * y ^ 3 + 120 * z ^ 3 + 840 * x * y + 148 * x * z + 256 * x ^ 2 + 33 * y * z + 752 * y ^ 2 - 908 * z ^ 2 + 240 * x + 804 * y + 1848 * z - 864 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0096 (x : ℚ) : (2 * x + 2) * (-3 * x - 2) = -6 * x ^ 2 - 10 * x - 4 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0097 (x : ℝ) : (5 * x - 6) * (2 * x) = 10 * x ^ 2 - 12 * x := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0098 (x y : ℤ) : (-4 * x - 3 * y - 1) * (-7 * x - y - 8) = 25 * x * y + 28 * x ^ 2 + 3 * y ^ 2 + 39 * x + 25 * y + 8 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0099 (x y : ℝ) : -44 * x * y ^ 2 - 252 * x ^ 2 * y + 8 * y ^ 3 + 426 * x * y + 630 * x ^ 2 - 44 * y ^ 2 - 790 * x + 28 * y + 80 = (-4 * y + 10) * (-9 * x + y + 1) * (-7 * x - 2 * y + 8) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0100 (x y z : ℤ) : -566 * x * y * z + 880 * x * y ^ 2 + 33 * x * z ^ 2 + 370 * x ^ 2 * y - 180 * x ^ 2 * z + 25 * x ^ 3 + 88 * y * z ^ 2 - 472 * y ^ 2 * z + 480 * y ^ 3 + 14 * z ^ 3 - 1026 * x * y + 203 * x * z - 295 * x ^ 2 + 384 * y * z - 632 * y ^ 2 - 34 * z ^ 2 + 220 * x + 176 * y - 88 * z = (5 * x + 4 * y - 2 * z) * (-5 * x - 10 * y - z + 4) * (-x - 12 * y + 7 * z + 11) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0101 (x : ℤ) : -4 * x ^ 2 - 5 * x - 1 = (-x - 1) * (4 * x + 1) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0102 (x : ℚ) : 4 * x ^ 2 = (-2 * x) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0103 (x y : ℝ) : (-7 * x + 2 * y + 3) * (-5 * x + 4 * y - 8) = -38 * x * y + 35 * x ^ 2 + 8 * y ^ 2 + 41 * x - 4 * y - 24 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0104 (x y : ℤ) : (-3 * x + 7 * y - 9) * (-4 * x + 3 * y + 4) * (10 * x - 6 * y - 1) = 432 * x * y ^ 2 - 442 * x ^ 2 * y + 120 * x ^ 3 - 126 * y ^ 3 - 97 * x * y + 228 * x ^ 2 - 27 * y ^ 2 - 384 * x + 215 * y + 36 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0105 (x y z : ℚ) : 228 * x * y * z + 165 * x * y ^ 2 + 36 * x * z ^ 2 - 168 * x ^ 2 * y - 84 * x ^ 2 * z + 49 * x ^ 3 - 72 * y * z ^ 2 - 120 * y ^ 2 * z - 50 * y ^ 3 + 698 * x * y + 468 * x * z - 350 * x ^ 2 - 504 * y * z - 320 * y ^ 2 - 144 * z ^ 2 + 737 * x - 682 * y - 528 * z - 484 = (-7 * x + 5 * y + 6 * z + 11) ^ 2 * (x - 2 * y - 4) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0106 (x : ℝ) : -16 * x ^ 2 + 16 = (4 * x - 4) * (-4 * x - 4) := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0107 (x : ℤ) : (3 * x - 4) * (4 * x + 5) = 12 * x ^ 2 - x - 20 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0108 (x y : ℤ) : 39 * x * y - 5 * x ^ 2 - 28 * y ^ 2 - 10 * x + 8 * y = (x - 7 * y + 2) * (-5 * x + 4 * y) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0109 (x y : ℤ) : -473 * x * y ^ 2 + 450 * x ^ 2 * y - 112 * x ^ 3 + 120 * y ^ 3 + 1259 * x * y - 510 * x ^ 2 - 606 * y ^ 2 - 752 * x + 858 * y - 360 = (7 * x - 8 * y + 10) * (8 * x - 3 * y + 9) * (-2 * x + 5 * y - 4) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0110 (x y z : ℚ) : (7 * x + 5 * y + 4 * z + 12) * (-7 * x + 3 * y + 9 * z + 10) * (12 * x - 7 * y + 11 * z + 6) = 285 * x * y * z + 278 * x * y ^ 2 + 817 * x * z ^ 2 + 175 * x ^ 2 * y - 119 * x ^ 2 * z - 588 * x ^ 3 + 375 * y * z ^ 2 - 234 * y ^ 2 * z - 105 * y ^ 3 + 396 * z ^ 3 + 1046 * x * y + 1832 * x * z - 462 * x ^ 2 + 252 * y * z - 512 * y ^ 2 + 1844 * z ^ 2 + 1356 * x - 324 * y + 2208 * z + 720 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0111 (x : ℤ) : (-3 * x + 2) * (-x - 3) = 3 * x ^ 2 + 7 * x - 6 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0112 (x : ℤ) : 25 * x ^ 2 - 60 * x + 36 = (-5 * x + 6) ^ 2 := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0113 (x y : ℚ) : -10 * x * y + 24 * x ^ 2 - 4 * y ^ 2 + 34 * x - 30 * y - 14 = (6 * x - 4 * y - 2) * (4 * x + y + 7) := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0114 (x y : ℝ) : -36 * x * y ^ 2 + 78 * x ^ 2 * y - 42 * x ^ 3 - 102 * x * y + 117 * x ^ 2 - 30 * x = (-7 * x + 6 * y + 2) * (2 * x - 2 * y - 5) * (3 * x) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0115 (x y z : ℝ) : (10 * x - 11 * y - 10 * z) ^ 2 * (11 * x + 7 * y - 5 * z + 3) = 2120 * x * y * z - 209 * x * y ^ 2 + 2100 * x * z ^ 2 - 1720 * x ^ 2 * y - 2700 * x ^ 2 * z + 1100 * x ^ 3 - 400 * y * z ^ 2 + 935 * y ^ 2 * z + 847 * y ^ 3 - 500 * z ^ 3 - 660 * x * y - 600 * x * z + 300 * x ^ 2 + 660 * y * z + 363 * y ^ 2 + 300 * z ^ 2 := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0116 (x : ℝ) : (-3 * x - 1) * (-2 * x + 3) = 6 * x ^ 2 - 7 * x - 3 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0117 (x : ℤ) : -30 * x ^ 2 - 36 * x = (5 * x + 6) * (-6 * x) := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0118 (x y : ℚ) : (4 * x + 5 * y + 5) * (-7 * x - 3 * y + 3) = -47 * x * y - 28 * x ^ 2 - 15 * y ^ 2 - 23 * x + 15 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0119 (x y : ℝ) : (2 * x + y + 2) ^ 2 * (-5 * x + 10 * y + 5) = 35 * x * y ^ 2 + 20 * x ^ 2 * y - 20 * x ^ 3 + 10 * y ^ 3 + 80 * x * y - 20 * x ^ 2 + 45 * y ^ 2 + 20 * x + 60 * y + 20 := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0120 (x y z : ℚ) : 130 * x * y * z - 48 * x * y ^ 2 + 67 * x * z ^ 2 - 174 * x ^ 2 * y - 122 * x ^ 2 * z + 45 * x ^ 3 - 40 * y * z ^ 2 - 8 * y ^ 2 * z + 96 * y ^ 3 - 6 * z ^ 3 - 96 * x * y - 182 * x * z + 132 * x ^ 2 + 44 * y * z - 288 * y ^ 2 + 74 * z ^ 2 + 60 * x + 216 * y - 20 * z - 48 = (5 * x + 4 * y - 3 * z - 2) * (9 * x - 6 * y - z + 12) * (x - 4 * y - 2 * z + 2) := by sorry

-- tags: topic=algebra difficulty=1 family=polynomial_identities
theorem gen_alg_polyid_s7_0121 (x : ℤ) : (-x - 2) * (-x + 2) = x ^ 2 - 4 := by sorry

-- tags: topic=algebra difficulty=2 family=polynomial_identities
theorem gen_alg_polyid_s7_0122 (x : ℝ) : (-2 * x) * (-2 * x + 3) = 4 * x ^ 2 - 6 * x := by sorry

-- tags: topic=algebra difficulty=3 family=polynomial_identities
theorem gen_alg_polyid_s7_0123 (x y : ℤ) : (8 * x - 4 * y - 4) * (4 * x + 5 * y + 6) = 24 * x * y + 32 * x ^ 2 - 20 * y ^ 2 + 32 * x - 44 * y - 24 := by sorry

-- tags: topic=algebra difficulty=4 family=polynomial_identities
theorem gen_alg_polyid_s7_0124 (x y : ℚ) : 70 * x * y ^ 2 + 70 * x ^ 2 * y - 58 * x * y - 30 * x ^ 2 + 42 * y ^ 2 + 12 * x - 60 * y + 18 = (-7 * y + 3) * (x + y - 1) * (-10 * x - 6) := by sorry

-- tags: topic=algebra difficulty=5 family=polynomial_identities
theorem gen_alg_polyid_s7_0125 (x y z : ℝ) : (9 * x + 12 * y + 12 * z - 6) * (-7 * x + 4 * y + 12 * z - 5) * (-6 * x + 9 * y + 3 * z - 7) = -1080 * x * y * z - 720 * x * y ^ 2 - 792 * x * z ^ 2 - 279 * x ^ 2 * y - 333 * x ^ 2 * z + 378 * x ^ 3 + 1872 * y * z ^ 2 + 1872 * y ^ 2 * z + 432 * y ^ 3 + 432 * z ^ 3 + 813 * x * y + 615 * x * z + 459 * x ^ 2 - 2784 * y * z - 1092 * y ^ 2 - 1404 * z ^ 2 - 159 * x + 858 * y + 1014 * z - 210 := by sorry
