import Mathlib

open Real Nat

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0001 : (9 : ℕ) ^ 4 % 7 = 2 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0002 : (13 : ℕ) ^ 5 % 18 = 7 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0003 : 4 ^ 4 ≡ 16 [MOD 40] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0004 : (93 : ℤ) ∣ 11 ^ 27 - 77 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0005 : (767 : ℤ) ∣ 24 ^ 98 - 641 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0006 : (2 : ℕ) ^ 3 % 6 = 2 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0007 : 4 ^ 12 ≡ 1 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0008 : (14 : ℤ) ∣ 7 ^ 20 - 7 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0009 : (17 ^ 3 + 52) % 53 = 36 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0010 : (7 : ℕ) ^ 82 % 691 = 621 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0011 : 4 ^ 3 ≡ 0 [MOD 4] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0012 : (5 : ℕ) ^ 2 % 13 = 12 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0013 : 8 ^ 19 ≡ 4 [MOD 46] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0014 : 8 ^ 25 ≡ 32 [MOD 33] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0015 : (9 ^ 9 + 381) % 382 = 290 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0016 : 7 ^ 6 ≡ 1 [MOD 6] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0017 : (13 : ℕ) ^ 9 % 14 = 13 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0018 : (10 : ℤ) ∣ 15 ^ 10 - 5 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0019 : (58 : ℤ) ∣ 2 ^ 47 - 26 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0020 : 15 ^ 99 ≡ 149 [MOD 998] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0021 : 6 ^ 2 ≡ 1 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0022 : (6 : ℕ) ^ 4 % 5 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0023 : 2 ^ 25 ≡ 10 [MOD 22] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0024 : 2 ^ 44 ≡ 1 [MOD 23] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0025 : (730 : ℤ) ∣ 11 ^ 50 - 371 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0026 : (6 : ℕ) ^ 4 % 7 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0027 : 7 ^ 6 ≡ 1 [MOD 4] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0028 : (47 : ℤ) ∣ 13 ^ 14 - 17 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0029 : 8 ^ 50 ≡ 1 [MOD 77] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0030 : (929 : ℤ) ∣ 7 ^ 25 - 485 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0031 : 2 ^ 6 ≡ 4 [MOD 10] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0032 : (2 : ℕ) ^ 11 % 12 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0033 : (4 : ℤ) ∣ 15 ^ 24 - 1 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0034 : (88 : ℤ) ∣ 16 ^ 17 - 80 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0035 : (13 ^ 13 + 254) % 255 = 12 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0036 : 7 ^ 4 ≡ 7 [MOD 9] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0037 : (10 : ℕ) ^ 5 % 18 = 10 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0038 : 11 ^ 4 ≡ 13 [MOD 23] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0039 : (46 : ℤ) ∣ 4 ^ 10 - 6 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0040 : (22 : ℕ) ^ 76 % 104 = 48 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0041 : (2 : ℕ) ^ 4 % 4 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0042 : 3 ^ 10 ≡ 4 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0043 : (50 : ℤ) ∣ 13 ^ 7 - 17 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0044 : (36 : ℤ) ∣ 4 ^ 48 - 28 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0045 : 3 ^ 22 ≡ 25 [MOD 173] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0046 : (5 : ℕ) ^ 5 % 7 = 3 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0047 : (7 : ℕ) ^ 4 % 17 = 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0048 : (4 : ℕ) ^ 11 % 6 = 4 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0049 : (19 ^ 50 + 51) % 52 = 48 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0050 : (750 : ℤ) ∣ 14 ^ 68 - 406 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0051 : (9 : ℕ) ^ 6 % 6 = 3 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0052 : 12 ^ 10 ≡ 7 [MOD 19] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0053 : 16 ^ 23 ≡ 24 [MOD 29] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0054 : 11 ^ 44 ≡ 24 [MOD 29] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0055 : (599 : ℤ) ∣ 11 ^ 55 - 554 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0056 : (9 : ℕ) ^ 3 % 8 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0057 : 8 ^ 4 ≡ 10 [MOD 18] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0058 : (4 : ℕ) ^ 16 % 41 = 37 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0059 : (7 ^ 8 + 24) % 25 = 0 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0060 : (12 : ℕ) ^ 64 % 342 = 216 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0061 : (3 : ℕ) ^ 2 % 10 = 9 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0062 : (10 : ℕ) ^ 2 % 10 = 0 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0063 : (25 : ℤ) ∣ 15 ^ 22 - 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0064 : (91 : ℤ) ∣ 10 ^ 19 - 10 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0065 : (13 ^ 95 + 729) % 730 = 616 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0066 : (8 : ℕ) ^ 3 % 10 = 2 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0067 : (9 : ℕ) ^ 7 % 7 = 2 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0068 : 8 ^ 19 ≡ 2 [MOD 29] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0069 : (14 ^ 8 + 86) % 87 = 51 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0070 : (10 : ℕ) ^ 24 % 12 = 4 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0071 : 4 ^ 2 ≡ 4 [MOD 6] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0072 : (7 : ℕ) ^ 9 % 18 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0073 : 17 ^ 14 ≡ 2 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0074 : (94 : ℤ) ∣ 19 ^ 27 - 57 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0075 : (806 : ℤ) ∣ 2 ^ 52 - 562 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0076 : (5 : ℕ) ^ 4 % 6 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0077 : 9 ^ 3 ≡ 1 [MOD 8] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0078 : 11 ^ 14 ≡ 22 [MOD 33] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0079 : (34 : ℤ) ∣ 16 ^ 50 - 18 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0080 : (11 : ℕ) ^ 48 % 618 = 13 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0081 : 5 ^ 3 ≡ 5 [MOD 8] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0082 : 12 ^ 12 ≡ 0 [MOD 12] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0083 : (10 ^ 18 + 45) % 46 = 31 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0084 : 16 ^ 45 ≡ 26 [MOD 50] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0085 : 12 ^ 55 ≡ 243 [MOD 413] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0086 : 8 ^ 4 ≡ 1 [MOD 5] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0087 : (3 : ℕ) ^ 10 % 5 = 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0088 : (15 : ℤ) ∣ 2 ^ 18 - 4 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0089 : (4 ^ 6 + 30) % 31 = 3 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0090 : (19 ^ 7 + 594) % 595 = 263 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0091 : (3 : ℕ) ^ 2 % 7 = 2 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0092 : 4 ^ 8 ≡ 0 [MOD 4] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0093 : (5 : ℤ) ∣ 5 ^ 5 - 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0094 : (32 : ℤ) ∣ 6 ^ 19 - 0 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0095 : (269 : ℤ) ∣ 15 ^ 34 - 148 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0096 : 5 ^ 4 ≡ 1 [MOD 4] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0097 : (11 : ℕ) ^ 11 % 18 = 5 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0098 : (47 : ℤ) ∣ 12 ^ 9 - 32 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0099 : (9 ^ 14 + 3) % 4 = 0 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0100 : (724 : ℤ) ∣ 12 ^ 58 - 664 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0101 : (5 : ℕ) ^ 3 % 9 = 8 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0102 : (2 : ℕ) ^ 12 % 14 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0103 : (4 : ℕ) ^ 17 % 5 = 4 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0104 : (4 : ℤ) ∣ 21 ^ 8 - 1 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0105 : (15 : ℕ) ^ 9 % 552 = 543 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0106 : (6 : ℕ) ^ 5 % 8 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0107 : (11 : ℕ) ^ 2 % 12 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0108 : (13 ^ 14 + 17) % 18 = 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0109 : (5 ^ 47 + 19) % 20 = 4 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0110 : 19 ^ 66 ≡ 1 [MOD 105] := by sorry
