import Mathlib

open Real Nat

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0001 : Nat.lcm 9 45 = 45 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0002 : Nat.lcm 55 15 = 165 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0003 : Nat.gcd (Nat.gcd 60 170) 350 = 10 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0004 : Nat.gcd (Nat.gcd 48 176) 192 = 16 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0005 : Nat.lcm (Nat.lcm 3332 49) 2695 = 183260 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0006 : Nat.lcm 6 90 = 90 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0007 : Nat.lcm 176 400 = 4400 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0008 : Int.gcd (-60) 200 = 20 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0009 : Int.gcd (-38) 64 = 2 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0010 : Nat.lcm (Nat.lcm 496 2325) 2170 = 260400 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0011 : Nat.gcd 54 63 = 9 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0012 : Nat.lcm 48 138 = 1104 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0013 : Int.gcd (-99) 198 = 99 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0014 : Nat.gcd (Nat.gcd 1813 1369) 1258 = 37 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0015 : Nat.lcm (Nat.lcm 2408 2236) 3096 = 281736 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0016 : Nat.gcd 12 16 = 4 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0017 : Nat.gcd 176 136 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0018 : Nat.gcd 441 588 * Nat.lcm 441 588 = 259308 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0019 : Nat.gcd (Nat.gcd 486 216) 756 = 54 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0020 : Nat.gcd 189 159 + Nat.lcm 189 159 = 10020 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0021 : Nat.lcm 11 15 = 165 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0022 : Nat.gcd 364 39 = 13 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0023 : Nat.gcd (Nat.gcd 228 95) 836 = 19 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0024 : Nat.gcd (Nat.gcd 516 84) 720 = 12 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0025 : Nat.lcm (Nat.lcm 784 224) 420 = 23520 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0026 : Nat.lcm 48 30 = 240 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0027 : Nat.lcm 144 168 = 1008 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0028 : Nat.gcd (Nat.gcd 1188 648) 1134 = 54 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0029 : Int.gcd (-528) 308 = 44 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0030 : Nat.lcm (Nat.lcm 330 125) 110 = 8250 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0031 : Nat.lcm 140 110 = 1540 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0032 : Nat.gcd 476 442 = 34 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0033 : Int.gcd (-95) 456 = 19 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0034 : Int.gcd (-372) 372 = 372 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0035 : Nat.lcm (Nat.lcm 888 2442) 1776 = 19536 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0036 : Nat.lcm 20 52 = 260 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0037 : Nat.gcd 75 150 = 75 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0038 : Nat.gcd (Nat.gcd 672 1036) 560 = 28 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0039 : Int.gcd (-192) 352 = 32 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0040 : Nat.lcm (Nat.lcm 2460 1271) 2583 = 1601460 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0041 : Nat.lcm 42 39 = 546 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0042 : Nat.lcm 154 420 = 4620 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0043 : Nat.gcd 330 240 * Nat.lcm 330 240 = 79200 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0044 : Int.gcd (-320) 360 = 40 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0045 : Nat.lcm (Nat.lcm 150 210) 360 = 12600 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0046 : Nat.lcm 150 30 = 150 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0047 : Nat.lcm 80 110 = 880 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0048 : Int.gcd (-418) 570 = 38 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0049 : Int.gcd (-162) 936 = 18 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0050 : Nat.lcm (Nat.lcm 128 52) 38 = 31616 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0051 : Nat.lcm 7 8 = 56 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0052 : Nat.gcd 195 299 = 13 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0053 : Nat.gcd 490 588 * Nat.lcm 490 588 = 288120 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0054 : Nat.gcd (Nat.gcd 280 168) 112 = 56 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0055 : Nat.gcd 665 2625 + Nat.lcm 665 2625 = 49910 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0056 : Nat.lcm 20 100 = 100 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0057 : Nat.lcm 38 342 = 342 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0058 : Int.gcd (-36) 186 = 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0059 : Nat.gcd (Nat.gcd 952 112) 1596 = 28 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0060 : Nat.gcd 1476 2052 + Nat.lcm 1476 2052 = 84168 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0061 : Nat.gcd 15 6 = 3 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0062 : Nat.lcm 255 255 = 255 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0063 : Nat.gcd (Nat.gcd 640 20) 740 = 20 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0064 : Nat.gcd (Nat.gcd 700 2030) 315 = 35 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0065 : Nat.lcm (Nat.lcm 1040 1456) 1066 = 298480 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0066 : Nat.lcm 35 14 = 70 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0067 : Nat.lcm 280 600 = 4200 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0068 : Nat.gcd 540 702 * Nat.lcm 540 702 = 379080 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0069 : Nat.gcd (Nat.gcd 255 450) 615 = 15 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0070 : Nat.lcm (Nat.lcm 690 1058) 1518 = 174570 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0071 : Nat.lcm 36 45 = 180 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0072 : Nat.gcd 33 45 = 3 := by sorry
