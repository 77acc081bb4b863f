import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INT,
  NAT,
  PROP,
  RAT,
  REAL,
  mkArith,
  mkCall,
  mkLit,
  mkNeg,
  mkPow,
  mkVar,
  parseTerm,
  listTy,
  type Term,
  type Ty,
} from '../../../src/symbolic/syntax/index.ts';
import { evaluate, evaluateProp, num, showValue, type Value } from '../../../src/symbolic/eval/index.ts';

type Vars = Record<string, readonly [Ty, Value]>;

function term(text: string, vars: Vars = {}, expected: Ty = PROP): Term {
  const r = parseTerm(text, {
    variables: Object.entries(vars).map(([name, [type]]) => ({ name, type })),
    expectedType: expected,
    opens: ['Real', 'Nat'],
  });
  if (r.kind !== 'ok') throw new Error(`cannot parse ${text}: ${r.message}`);
  return r.term;
}

function envOf(vars: Vars): Map<string, Value> {
  return new Map(Object.entries(vars).map(([name, [, v]]) => [name, v]));
}

function prop(text: string, vars: Vars = {}): string {
  return evaluateProp(term(text, vars), envOf(vars)).kind;
}

function value(text: string, type: Ty, vars: Vars = {}): string {
  const r = evaluate(term(text, vars, type), envOf(vars));
  return r.kind === 'ok' ? showValue(r.value) : r.kind;
}

/** An integer literal term (negatives as `neg`, as Lean writes them). */
function intLit(n: bigint, type: Ty): Term {
  return n < 0n ? mkNeg(mkLit(-n, type)) : mkLit(n, type);
}

describe('Lean conventions', () => {
  it.each([
    ['(7 : ℤ) / -2 = -3', 'true'],
    ['(-7 : ℤ) / 2 = -4', 'true'],
    ['(-7 : ℤ) % 3 = 2', 'true'],
    ['(-7 : ℤ) % -3 = 2', 'true'],
    ['(7 : ℤ) % 0 = 7', 'true'],
    ['(7 : ℤ) / 0 = 0', 'true'],
    ['(2 : ℕ) - 5 = 0', 'true'],
    ['(7 : ℕ) / 2 = 3', 'true'],
    ['(7 : ℕ) % 0 = 7', 'true'],
    ['(1 : ℝ) / 0 = 0', 'true'],
    ['(0 : ℝ)⁻¹ = 0', 'true'],
    ['(3 : ℚ) / 4 = 0.75', 'true'],
    ['Real.sqrt (-4) = 0', 'true'],
    ['Real.sqrt 9 = 3', 'true'],
    ['Real.sqrt (9 / 4) = 1.5', 'true'],
    ['Real.sqrt 2 > 1', 'unknown'],
    ['(0 : ℕ) ^ 0 = 1', 'true'],
    ['(0 : ℝ) ^ (0 : ℝ) = 1', 'true'],
    ['(0 : ℝ) ^ (-1 : ℤ) = 0', 'true'],
    ['(2 : ℝ) ^ (-2 : ℤ) = 1 / 4', 'true'],
    ['(8 : ℝ) ^ ((1 : ℝ) / 3) = 2', 'true'],
    ['(4 : ℝ) ^ ((3 : ℝ) / 2) = 8', 'true'],
    ['Int.floor (-2.5 : ℝ) = -3', 'true'],
    ['Int.ceil (-2.5 : ℝ) = -2', 'true'],
    ['Int.fract (-2.5 : ℝ) = 0.5', 'true'],
    ['Nat.floor (-2.5 : ℝ) = 0', 'true'],
    ['Real.log 1 = 0', 'true'],
    ['Real.log 0 = 0', 'true'],
    ['Real.log (-1) = 0', 'true'],
    ['Real.exp 0 = 1', 'true'],
    ['Real.exp 1 > 2', 'unknown'],
    ['Real.cos 0 = 1', 'true'],
    ['Real.logb 2 8 = 3', 'true'],
    ['Real.logb 4 2 = 1 / 2', 'true'],
    ['Real.logb 2 (1 / 8) = -3', 'true'],
    ['|(-3 : ℤ)| = 3', 'true'],
    ['max (2 : ℝ) 3 = 3 ∧ min (2 : ℝ) 3 = 2', 'true'],
    ['Int.natAbs (-5) = 5 ∧ Int.toNat (-5) = 0', 'true'],
    ['Nat.gcd 12 18 = 6 ∧ Nat.lcm 4 6 = 12 ∧ Nat.gcd 0 0 = 0', 'true'],
    ['Int.gcd (-12) 18 = 6', 'true'],
    ['Nat.factorial 5 = 120', 'true'],
    ['Nat.choose 10 3 = 120 ∧ Nat.choose 3 10 = 0', 'true'],
    ['Nat.sqrt 99 = 9', 'true'],
    ['Nat.totient 12 = 4', 'true'],
    ['(Nat.digits 10 123).sum = 6', 'true'],
    ['(Nat.digits 10 0).length = 0', 'true'],
    ['(Nat.digits 1 4).length = 4', 'true'],
    ['Nat.Prime 97 ∧ ¬ Nat.Prime 91 ∧ ¬ Nat.Prime 1 ∧ ¬ Nat.Prime 0', 'true'],
    ['Even (-4 : ℤ) ∧ Odd (-3 : ℤ)', 'true'],
    ['(3 : ℕ) ∣ 12 ∧ ¬ (5 : ℕ) ∣ 12 ∧ (0 : ℕ) ∣ 0 ∧ ¬ (0 : ℕ) ∣ 3', 'true'],
    ['(3 : ℕ) ≡ 10 [MOD 7]', 'true'],
    ['(-1 : ℤ) ≡ 6 [ZMOD 7]', 'true'],
    ['(3 : ℕ) ≡ 10 [MOD 0]', 'false'],
    ['Irrational (Real.sqrt 2)', 'true'],
    ['Irrational (Real.sqrt 4)', 'false'],
    ['Complex.I ^ 2 = -1', 'true'],
    ['(1 : ℂ) / 0 = 0', 'true'],
    ['Complex.re ((2 + Complex.I) * (3 - Complex.I)) = 7', 'true'],
    ['(Rat.num (6 / 4 : ℚ) = 3) ∧ Rat.den (6 / 4 : ℚ) = 2', 'true'],
  ])('%s is %s', (text, expected) => {
    expect(prop(text)).toBe(expected);
  });

  it('computes values, not just truth', () => {
    expect(value('Nat.digits 10 123', listTy(NAT))).toBe('[3, 2, 1]');
    expect(value('(7 : ℤ) / -2', INT)).toBe('-3');
    expect(value('(2 : ℝ) / 3 + 1 / 6', REAL)).toBe('5/6');
    expect(value('∑ i ∈ Finset.range 101, i', NAT)).toBe('5050');
    expect(value('∏ i ∈ Finset.Icc 1 5, i', NAT)).toBe('120');
    expect(value('Finset.card (Nat.divisors 12)', NAT)).toBe('6');
    expect(value('∑ d ∈ Nat.properDivisors 28, d', NAT)).toBe('28');
    expect(value('Finset.card (Nat.primeFactors 360)', NAT)).toBe('3');
  });
});

describe('quantifiers over finite domains', () => {
  it.each([
    ['∀ n ∈ Finset.range 10, n ^ 2 < 100', 'true'],
    ['∀ n ∈ Finset.range 11, n ^ 2 < 100', 'false'],
    ['∃ n : ℕ, n < 10 ∧ n * n = 49', 'true'],
    ['∃ n : ℕ, n < 7 ∧ n * n = 49', 'false'],
    ['∀ n : ℕ, n < 5 → n ≠ 7', 'true'],
    ['∀ x : ℤ, -3 ≤ x → x ≤ 3 → x ^ 2 ≤ 9', 'true'],
    ['∀ x : ℤ, -3 ≤ x ∧ x ≤ 4 → x ^ 2 ≤ 9', 'false'],
    ['∃! n : ℕ, n < 10 ∧ n + 3 = 5', 'true'],
    ['∃! n : ℕ, n < 10 ∧ n % 2 = 0', 'false'],
    ['∀ d : ℕ, d ∣ 12 → d ≤ 12', 'true'],
    ['∀ x : ℝ, x = 2 → x ^ 2 = 4', 'true'],
    ['∀ x : ℝ, x ^ 2 ≥ 0', 'unknown'],
    ['∀ n : ℕ, n ≥ 0', 'unknown'],
    ['{n : ℕ | n < 10 ∧ Even n}.ncard = 5', 'true'],
    ['IsLeast {n : ℕ | 0 < n ∧ 7 ∣ n} 7', 'true'],
    ['IsLeast {n : ℕ | 0 < n ∧ 7 ∣ n} 14', 'false'],
  ])('%s is %s', (text, expected) => {
    expect(prop(text)).toBe(expected);
  });

  it('agrees with a direct loop for bounded ∀ and ∃', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 }), (n, m, r) => {
        let all = true;
        let some = false;
        for (let k = 0; k < n; k++) {
          const hit = (k * k) % m === r;
          all &&= hit;
          some ||= hit;
        }
        expect(prop(`∀ k ∈ Finset.range ${n}, k * k % ${m} = ${r}`)).toBe(String(all));
        expect(prop(`∃ k : ℕ, k < ${n} ∧ k * k % ${m} = ${r}`)).toBe(String(some));
      }),
      { numRuns: 40 },
    );
  });
});

describe('guards with fractional bounds through casts', () => {
  it('enumerates exactly the integers between rational bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (p, q, d, strict) => {
        // ∀ x : ℤ, p/d < x (or ≤) → x < q/d (or ≤) → x ∉ S, with S the integers in range: false iff S is non-empty.
        const lo = strict ? '<' : '≤';
        const text = `∀ x : ℤ, (${p} : ℝ) / ${d} ${lo} (x : ℝ) → (x : ℝ) ${lo} (${q} : ℝ) / ${d} → x ^ 2 < 0`;
        let any = false;
        for (let x = -30; x <= 30; x++) {
          const above = strict ? p < x * d : p <= x * d;
          const below = strict ? x * d < q : x * d <= q;
          if (above && below) any = true;
        }
        expect(prop(text)).toBe(String(!any));
      }),
      { numRuns: 150 },
    );
  });
});

describe('three-valued logic and assignments', () => {
  const x = (v: number): Vars => ({ x: [REAL, num(v, REAL)] });
  it('lets a decided operand settle a connective with an unknown one', () => {
    expect(prop('x > 0 ∧ Real.sqrt 2 > x', x(-1))).toBe('false');
    expect(prop('x < 0 ∨ Real.sqrt 2 > x', x(-1))).toBe('true');
    expect(prop('x > 0 → Real.sqrt 2 > x', x(-1))).toBe('true');
    expect(prop('Real.sqrt 2 > x → x < 5', x(1))).toBe('true');
    expect(prop('x > 0 ∧ Real.sqrt 2 > x', x(1))).toBe('unknown');
  });
  it('reports missing and ill-typed values as unknown', () => {
    expect(evaluateProp(term('x > 0', x(1)), new Map()).kind).toBe('unknown');
    const n = term('n - 1 = 0', { n: [NAT, num(1, NAT)] });
    expect(evaluateProp(n, new Map([['n', num(-1, INT)]])).kind).toBe('unknown');
    expect(evaluateProp(n, new Map([['n', num('1/2', RAT)]])).kind).toBe('unknown');
    expect(evaluateProp(n, new Map([['n', num(1, NAT)]])).kind).toBe('true');
  });
  it('applies function values and lambdas', () => {
    const f: Value = { kind: 'fn', apply: (a) => (a.kind === 'num' ? { kind: 'ok', value: num(BigInt(a.value.num) * 2n + 1n, INT) } : { kind: 'unknown', reason: '?' }) };
    const vars: Vars = { f: [{ kind: 'fun', dom: INT, cod: INT }, f] };
    expect(prop('f 3 = 7', vars)).toBe('true');
    expect(prop('∀ n ∈ Finset.Icc (1 : ℤ) 5, f n > 2 * n', vars)).toBe('true');
    expect(prop('(fun t : ℕ => t + 1) 4 = 5')).toBe('true');
  });
});

describe('resource guards', () => {
  const quick = (text: string): ReturnType<typeof evaluateProp> => {
    const start = Date.now();
    const r = evaluateProp(term(text), new Map());
    expect(Date.now() - start).toBeLessThan(1000);
    return r;
  };
  it('refuses huge numbers, sets and work without computing them', () => {
    for (const text of [
      '2 ^ (10 ^ 9) > 0',
      '2 ^ 2 ^ 2 ^ 2 ^ 2 ^ 2 > 0',
      'Nat.factorial (10 ^ 7) > 0',
      '∑ i ∈ Finset.range (10 ^ 9), i > 0',
      '∀ n : ℕ, n < 10 ^ 12 → n ≥ 0',
      'Nat.choose (10 ^ 9) (10 ^ 8) > 0',
    ]) {
      const r = quick(text);
      expect(r.kind, text).toBe('unknown');
      expect(r.kind === 'unknown' && r.resource, text).toBe(true);
    }
  });
  it('decides what is large but harmless', () => {
    expect(quick('(1 : ℕ) ^ (10 ^ 18) = 1').kind).toBe('true');
    expect(quick('(-1 : ℤ) ^ (10 ^ 18 + 1) = -1').kind).toBe('true');
    expect(quick('(2 : ℕ) ^ 64 % 10 = 6').kind).toBe('true');
  });
  it('stops at the step budget and the depth limit', () => {
    const r = evaluateProp(term('∑ i ∈ Finset.range 50000, i * i > 0'), new Map(), {
      maxBits: 1000,
      maxTerms: 100,
      maxDegree: 10,
      maxSteps: 10_000,
    });
    expect(r).toMatchObject({ kind: 'unknown', resource: true });
    let deep: Term = mkVar('x', INT);
    for (let i = 0; i < 50_000; i++) deep = mkArith('+', deep, mkLit(1n, INT));
    const d = evaluate(deep, new Map([['x', num(0, INT)]]));
    expect(d.kind).toBe('resource');
  });
});

describe('agreement with independent computations', () => {
  const small = fc.bigInt({ min: -60n, max: 60n });
  it('ℤ division and remainder are Euclidean, with x / 0 = 0 and x % 0 = x', () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        const q = evaluate(mkArith('/', intLit(a, INT), intLit(b, INT)), new Map());
        const r = evaluate(mkArith('%', intLit(a, INT), intLit(b, INT)), new Map());
        let eq = 0n;
        let er = a;
        if (b !== 0n) {
          const m = b < 0n ? -b : b;
          er = ((a % m) + m) % m; // 0 ≤ r < |b|
          eq = (a - er) / b;
        }
        expect(q.kind === 'ok' && showValue(q.value)).toBe(String(eq));
        expect(r.kind === 'ok' && showValue(r.value)).toBe(String(er));
      }),
      { numRuns: 300 },
    );
  });
  it('ℕ subtraction truncates and ℕ division floors', () => {
    const n = fc.bigInt({ min: 0n, max: 80n });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const show = (t: Term): string => {
          const r = evaluate(t, new Map());
          return r.kind === 'ok' ? showValue(r.value) : r.kind;
        };
        expect(show(mkArith('-', mkLit(a, NAT), mkLit(b, NAT)))).toBe(String(a > b ? a - b : 0n));
        expect(show(mkArith('/', mkLit(a, NAT), mkLit(b, NAT)))).toBe(String(b === 0n ? 0n : a / b));
        expect(show(mkArith('%', mkLit(a, NAT), mkLit(b, NAT)))).toBe(String(b === 0n ? a : a % b));
      }),
      { numRuns: 200 },
    );
  });
  it('field arithmetic matches fraction arithmetic by cross-multiplication', () => {
    const frac = fc.tuple(fc.bigInt({ min: -30n, max: 30n }), fc.bigInt({ min: 1n, max: 12n }));
    fc.assert(
      fc.property(frac, frac, fc.constantFrom('+', '-', '*', '/') as fc.Arbitrary<'+' | '-' | '*' | '/'>, ([p, q], [r, s], op) => {
        const lit = (n: bigint, d: bigint): Term => mkArith('/', intLit(n, REAL), mkLit(d, REAL));
        const res = evaluate(mkArith(op, lit(p, q), lit(r, s)), new Map());
        if (res.kind !== 'ok' || res.value.kind !== 'num') throw new Error('no value');
        const { num: n, den: d } = res.value.value;
        // Expected n'/d' before reduction; compare n * d' = n' * d.
        const [en, ed] =
          op === '+' ? [p * s + r * q, q * s] : op === '-' ? [p * s - r * q, q * s] : op === '*' ? [p * r, q * s] : r === 0n ? [0n, 1n] : [p * s, q * r];
        expect(n * ed).toBe(en * d);
      }),
      { numRuns: 300 },
    );
  });
  it('powers with ℕ and ℤ exponents match repeated multiplication', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -9n, max: 9n }), fc.bigInt({ min: 0n, max: 12n }), (b, e) => {
        const r = evaluate(mkPow(intLit(b, INT), mkLit(e, NAT)), new Map());
        let expected = 1n;
        for (let i = 0n; i < e; i++) expected *= b;
        expect(r.kind === 'ok' && showValue(r.value)).toBe(String(expected));
        if (b !== 0n) {
          const inv = evaluate(mkPow(intLit(b, REAL), intLit(-e, INT)), new Map());
          // 1 / expected, normalised with a positive denominator.
          const mag = expected < 0n ? -expected : expected;
          const expectedInv = `${expected < 0n ? '-' : ''}1${mag === 1n ? '' : `/${mag}`}`;
          expect(inv.kind === 'ok' && showValue(inv.value)).toBe(expectedInv);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('Nat.Prime agrees with trial division', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 20000n }), (n) => {
        let prime = n >= 2n;
        for (let d = 2n; d * d <= n; d++) if (n % d === 0n) prime = false;
        expect(evaluateProp(mkCall('Nat.Prime', [mkLit(n, NAT)], PROP), new Map()).kind).toBe(String(prime));
      }),
      { numRuns: 300 },
    );
    // Carmichael numbers and large primes/composites.
    for (const [n, p] of [
      [561n, false],
      [41041n, false],
      [2147483647n, true],
      [1000000007n * 998244353n, false],
      [170141183460469231731687303715884105727n, 'unknown'],
    ] as const) {
      const r = evaluateProp(mkCall('Nat.Prime', [mkLit(n, NAT)], PROP), new Map());
      expect(r.kind).toBe(String(p));
    }
  });
  it('Real.sqrt is exact on squares of rationals and unknown elsewhere', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 1n, max: 20n }), (p, q) => {
        const sq = mkArith('/', mkLit(p * p, REAL), mkLit(q * q, REAL));
        const r = evaluate(mkCall('Real.sqrt', [sq], REAL), new Map());
        expect(r.kind === 'ok' && r.value.kind === 'num' && r.value.value.num * q === p * r.value.value.den).toBe(true);
        const off = evaluate(mkCall('Real.sqrt', [mkArith('+', sq, mkLit(1n, REAL, 3n * q * q))], REAL), new Map());
        // (p/q)² + 1/(3q²) = (3p² + 1)/(3q²) is never a square: 3p² + 1 ≡ 1 (mod 3) but 3q² is not a square.
        expect(off.kind).toBe('unknown');
      }),
      { numRuns: 100 },
    );
  });
});
