import Mathlib

open Real Nat

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0001 : 9 ^ 4 ≡ 1 [MOD 8] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0002 : (9 : ℕ) ^ 10 % 4 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0003 : (4 ^ 14 + 45) % 46 = 17 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0004 : (9 ^ 31 + 99) % 100 = 8 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0005 : (14 ^ 20 + 495) % 496 = 159 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0006 : 5 ^ 5 ≡ 3 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0007 : (6 : ℕ) ^ 9 % 17 = 11 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0008 : (5 ^ 6 + 35) % 36 = 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0009 : (45 : ℤ) ∣ 2 ^ 18 - 19 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0010 : 10 ^ 68 ≡ 412 [MOD 663] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0011 : (9 : ℕ) ^ 5 % 9 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0012 : (12 : ℕ) ^ 9 % 20 = 12 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0013 : (14 : ℤ) ∣ 6 ^ 3 - 6 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0014 : (35 : ℤ) ∣ 3 ^ 14 - 9 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0015 : (24 : ℕ) ^ 29 % 956 = 24 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0016 : 8 ^ 6 ≡ 1 [MOD 3] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0017 : 4 ^ 3 ≡ 12 [MOD 13] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0018 : (11 : ℤ) ∣ 6 ^ 5 - 10 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0019 : 6 ^ 18 ≡ 6 [MOD 15] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0020 : (282 : ℤ) ∣ 19 ^ 87 - 211 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0021 : 9 ^ 6 ≡ 0 [MOD 9] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0022 : (6 : ℕ) ^ 12 % 5 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0023 : (8 ^ 3 + 13) % 14 = 7 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0024 : (77 : ℤ) ∣ 18 ^ 24 - 36 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0025 : 7 ^ 56 ≡ 631 [MOD 902] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0026 : 6 ^ 2 ≡ 6 [MOD 10] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0027 : (8 : ℕ) ^ 2 % 20 = 4 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0028 : (3 ^ 19 + 29) % 30 = 26 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0029 : 19 ^ 33 ≡ 22 [MOD 69] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0030 : (15 : ℕ) ^ 93 % 413 = 85 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0031 : (2 : ℕ) ^ 2 % 7 = 4 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0032 : (11 : ℕ) ^ 10 % 20 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0033 : 3 ^ 11 ≡ 33 [MOD 42] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0034 : (4 ^ 42 + 92) % 93 = 15 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0035 : (22 ^ 6 + 20) % 21 = 0 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0036 : (6 : ℕ) ^ 3 % 9 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0037 : 6 ^ 5 ≡ 0 [MOD 16] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0038 : (2 ^ 17 + 41) % 42 = 31 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0039 : (5 : ℕ) ^ 16 % 61 = 56 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0040 : (600 : ℤ) ∣ 17 ^ 2 - 289 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0041 : (3 : ℕ) ^ 5 % 3 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0042 : 9 ^ 6 ≡ 1 [MOD 20] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0043 : (6 : ℕ) ^ 4 % 12 = 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0044 : (5 : ℕ) ^ 49 % 36 = 5 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0045 : 20 ^ 95 ≡ 0 [MOD 5] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0046 : (8 : ℕ) ^ 5 % 9 = 8 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0047 : 8 ^ 8 ≡ 1 [MOD 15] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0048 : (25 : ℤ) ∣ 13 ^ 7 - 17 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0049 : (21 : ℕ) ^ 5 % 90 = 81 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0050 : (4 ^ 67 + 382) % 383 = 24 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0051 : (7 : ℕ) ^ 2 % 4 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0052 : (5 : ℕ) ^ 3 % 12 = 5 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0053 : (2 : ℕ) ^ 6 % 47 = 17 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0054 : (11 : ℕ) ^ 50 % 6 = 1 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0055 : (512 : ℤ) ∣ 12 ^ 99 - 0 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0056 : (3 : ℕ) ^ 5 % 10 = 3 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0057 : (2 : ℕ) ^ 3 % 9 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0058 : (17 ^ 11 + 16) % 17 = 16 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0059 : (7 : ℤ) ∣ 16 ^ 2 - 4 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0060 : (9 : ℕ) ^ 91 % 989 = 982 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0061 : (5 : ℕ) ^ 2 % 3 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0062 : 10 ^ 8 ≡ 0 [MOD 20] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0063 : 11 ^ 12 ≡ 1 [MOD 20] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0064 : 21 ^ 45 ≡ 21 [MOD 34] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0065 : (43 : ℤ) ∣ 19 ^ 77 - 7 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0066 : 8 ^ 2 ≡ 1 [MOD 7] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0067 : 4 ^ 9 ≡ 4 [MOD 17] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0068 : (9 : ℕ) ^ 6 % 46 = 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0069 : (21 : ℕ) ^ 28 % 51 = 18 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0070 : (18 : ℕ) ^ 19 % 510 = 222 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0071 : 4 ^ 4 ≡ 4 [MOD 9] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0072 : (13 : ℕ) ^ 3 % 9 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0073 : (7 : ℕ) ^ 9 % 28 = 7 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0074 : (8 ^ 41 + 17) % 18 = 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0075 : 14 ^ 17 ≡ 29 [MOD 75] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0076 : (7 : ℕ) ^ 5 % 3 = 1 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0077 : (9 : ℕ) ^ 9 % 14 = 1 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0078 : (11 ^ 8 + 25) % 26 = 8 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0079 : 2 ^ 50 ≡ 0 [MOD 16] := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0080 : (777 : ℤ) ∣ 19 ^ 59 - 52 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0081 : 4 ^ 2 ≡ 1 [MOD 3] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0082 : 9 ^ 12 ≡ 1 [MOD 10] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0083 : (5 ^ 22 + 2) % 3 = 0 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0084 : (21 : ℕ) ^ 38 % 62 = 45 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0085 : (21 ^ 27 + 800) % 801 = 197 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0086 : 7 ^ 3 ≡ 3 [MOD 5] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0087 : 6 ^ 12 ≡ 0 [MOD 16] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0088 : (14 : ℕ) ^ 11 % 15 = 14 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0089 : (19 : ℕ) ^ 48 % 15 = 1 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0090 : (20 : ℕ) ^ 34 % 700 = 400 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0091 : (8 : ℕ) ^ 3 % 9 = 8 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0092 : (6 : ℕ) ^ 7 % 16 = 0 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0093 : (33 : ℤ) ∣ 15 ^ 24 - 3 := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0094 : (13 : ℤ) ∣ 7 ^ 36 - 1 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0095 : 5 ^ 20 ≡ 81 [MOD 368] := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0096 : 9 ^ 2 ≡ 1 [MOD 5] := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0097 : 10 ^ 8 ≡ 9 [MOD 13] := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0098 : 8 ^ 25 ≡ 8 [MOD 28] := by sorry

-- tags: topic=number_theory difficulty=4 family=modular
theorem gen_nt_mod_s7_0099 : (14 : ℤ) ∣ 7 ^ 47 - 7 := by sorry

-- tags: topic=number_theory difficulty=5 family=modular
theorem gen_nt_mod_s7_0100 : (18 ^ 81 + 2) % 3 = 2 := by sorry

-- tags: topic=number_theory difficulty=1 family=modular
theorem gen_nt_mod_s7_0101 : (6 : ℕ) ^ 6 % 4 = 0 := by sorry

-- tags: topic=number_theory difficulty=2 family=modular
theorem gen_nt_mod_s7_0102 : (6 : ℕ) ^ 6 % 14 = 8 := by sorry

-- tags: topic=number_theory difficulty=3 family=modular
theorem gen_nt_mod_s7_0103 : 13 ^ 19 ≡ 13 [MOD 18] := by sorry
