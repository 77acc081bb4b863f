import Mathlib

open Real Nat

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0001 : Nat.lcm 24 112 = 336 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0002 : Nat.gcd 600 520 = 40 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0003 : Nat.gcd (Nat.gcd 645 525) 315 = 15 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0004 : Nat.gcd 56 1512 * Nat.lcm 56 1512 = 84672 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0005 : Nat.lcm (Nat.lcm 147 672) 189 = 42336 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0006 : Nat.gcd 8 24 = 8 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0007 : Nat.gcd 3 9 = 3 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0008 : Nat.gcd (Nat.gcd 492 300) 336 = 12 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0009 : Int.gcd (-7) 35 = 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0010 : Nat.lcm (Nat.lcm 657 225) 585 = 213525 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0011 : Nat.lcm 28 6 = 84 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0012 : Nat.gcd 75 90 = 15 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0013 : Nat.gcd (Nat.gcd 735 378) 315 = 21 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0014 : Nat.gcd 8 50 * Nat.lcm 8 50 = 400 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0015 : Nat.gcd 1533 210 + Nat.lcm 1533 210 = 15351 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0016 : Nat.gcd 135 108 = 27 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0017 : Nat.gcd 176 319 = 11 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0018 : Int.gcd (-175) 189 = 7 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0019 : Nat.gcd 425 1425 * Nat.lcm 425 1425 = 605625 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0020 : Nat.lcm (Nat.lcm 136 130) 50 = 44200 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0021 : Nat.lcm 30 72 = 360 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0022 : Nat.gcd 95 135 = 5 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0023 : Nat.gcd (Nat.gcd 18 297) 270 = 9 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0024 : Nat.gcd 391 51 * Nat.lcm 391 51 = 19941 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0025 : Nat.lcm (Nat.lcm 136 76) 248 = 80104 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0026 : Nat.lcm 7 21 = 21 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0027 : Nat.gcd 27 90 = 9 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0028 : Nat.gcd 336 152 * Nat.lcm 336 152 = 51072 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0029 : Int.gcd (-468) 18 = 18 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0030 : Nat.lcm (Nat.lcm 180 1440) 1152 = 5760 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0031 : Nat.lcm 7 105 = 105 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0032 : Nat.gcd 30 12 = 6 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0033 : Nat.gcd 342 612 * Nat.lcm 342 612 = 209304 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0034 : Nat.gcd 33 21 * Nat.lcm 33 21 = 693 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0035 : Nat.gcd 2146 986 + Nat.lcm 2146 986 = 36540 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0036 : Nat.lcm 35 15 = 105 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0037 : Nat.lcm 68 340 = 340 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0038 : Nat.gcd (Nat.gcd 29 116) 29 = 29 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0039 : Int.gcd (-24) 100 = 4 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0040 : Nat.lcm (Nat.lcm 16 928) 272 = 15776 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0041 : Nat.gcd 32 16 = 16 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0042 : Nat.lcm 160 96 = 480 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0043 : Nat.gcd 759 851 * Nat.lcm 759 851 = 645909 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0044 : Nat.gcd (Nat.gcd 88 40) 4 = 4 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0045 : Nat.gcd 2880 1665 + Nat.lcm 2880 1665 = 106605 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0046 : Nat.gcd 4 14 = 2 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0047 : Nat.gcd 435 195 = 15 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0048 : Nat.gcd (Nat.gcd 36 264) 114 = 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0049 : Nat.gcd (Nat.gcd 840 1200) 1160 = 40 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0050 : Nat.gcd 561 803 + Nat.lcm 561 803 = 40964 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0051 : Nat.lcm 6 18 = 18 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0052 : Nat.gcd 184 224 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0053 : Nat.gcd 748 306 * Nat.lcm 748 306 = 228888 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0054 : Nat.gcd (Nat.gcd 1350 1800) 990 = 90 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0055 : Nat.lcm (Nat.lcm 1833 1950) 2145 = 1008150 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0056 : Nat.lcm 28 12 = 84 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0057 : Nat.lcm 17 9 = 153 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0058 : Nat.gcd 325 625 * Nat.lcm 325 625 = 203125 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0059 : Nat.gcd 272 408 * Nat.lcm 272 408 = 110976 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0060 : Nat.gcd 1350 180 + Nat.lcm 1350 180 = 2790 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0061 : Nat.gcd 48 4 = 4 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0062 : Nat.gcd 84 116 = 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0063 : Nat.gcd (Nat.gcd 162 405) 360 = 9 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0064 : Int.gcd (-1222) 468 = 26 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0065 : Nat.lcm (Nat.lcm 1290 1290) 300 = 12900 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0066 : Nat.lcm 2 12 = 12 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0067 : Nat.lcm 66 77 = 462 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0068 : Nat.gcd (Nat.gcd 630 90) 120 = 30 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0069 : Int.gcd (-232) 64 = 8 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0070 : Nat.gcd 640 740 + Nat.lcm 640 740 = 23700 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0071 : Nat.gcd 30 45 = 15 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0072 : Nat.lcm 532 95 = 2660 := by sorry

-- tags: topic=number_theory difficulty=3 family=gcd_lcm
theorem gen_nt_gcd_s7_0073 : Int.gcd (-1080) 600 = 120 := by sorry

-- tags: topic=number_theory difficulty=4 family=gcd_lcm
theorem gen_nt_gcd_s7_0074 : Int.gcd (-112) 700 = 28 := by sorry

-- tags: topic=number_theory difficulty=5 family=gcd_lcm
theorem gen_nt_gcd_s7_0075 : Nat.gcd 221 102 + Nat.lcm 221 102 = 1343 := by sorry

-- tags: topic=number_theory difficulty=1 family=gcd_lcm
theorem gen_nt_gcd_s7_0076 : Nat.lcm 7 77 = 77 := by sorry

-- tags: topic=number_theory difficulty=2 family=gcd_lcm
theorem gen_nt_gcd_s7_0077 : Nat.lcm 266 154 = 2926 := by sorry
