import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Polynomial, Rational } from '../../../src/symbolic/core/index.ts';
import { arithmeticHandlers } from '../../../src/symbolic/arith/index.ts';
import { eliminateUnitEqualities, tighten } from '../../../src/symbolic/arith/omega.ts';
import { rationalPoint } from '../../../src/symbolic/arith/rational-point.ts';
import { INT, NAT, mkArith, mkLit, mkLogic, mkNot, mkRel, mkVar, printTerm, type NumTy, type RelOp, type Term } from '../../../src/symbolic/syntax/index.ts';
import { numValue, type Value } from '../../../src/symbolic/eval/index.ts';
import { closes, ctxWith, goalOf, run } from './helpers.ts';
import { truthAt } from './arbitraries.ts';

describe('omega', () => {
  it.each([
    '(a b : ℤ) (h₀ : a + b = 10) (h₁ : a - b = 2) : a = 6',
    '(n : ℕ) (h : n % 4 = 3) : n % 2 = 1',
    '(n : ℕ) (h : n - 3 = 0) : n ≤ 3',
    '(n : ℕ) (h : n / 3 = 4) : 12 ≤ n ∧ n ≤ 14',
    '(x y : ℤ) (h : 2 * x + 4 * y = 7) : False',
    '(x : ℕ) : x % 2 = 0 ∨ x % 2 = 1',
    '(n : ℤ) : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2',
    '(a b : ℕ) (h : a ≤ b) : a - b = 0',
    '(a b : ℕ) : a - b + b = max a b',
    '(x : ℤ) (h : 3 ∣ x) (h₂ : 0 < x) (h₃ : x < 6) : x = 3',
    '(x y : ℕ) (h : 3 * x + 5 * y = 7) : False',
    '(a b : ℤ) (h : a < b) : ¬ (b < a + 1)',
    '(a b : ℤ) (h : a < b ↔ b > 3) (h₂ : b = 5) : a < 5',
    '(n : ℕ) (h₀ : 0 < n) : (n - 1) + 1 = n',
    '(f : ℕ → ℕ) (h₂ : f 2 = f 1 + 2) (h₃ : f 3 = f 2 + 2) (h₁ : f 1 = 1) : f 3 = 5',
    '(x : ℤ) : Int.natAbs x ≥ 0 ∧ (Int.toNat x : ℤ) ≥ x',
    // Linear facts with numeral coefficients on either side, and ℕ division/remainder by numerals.
    '(x y : ℕ) (h : x * 3 + y ≤ 10) : x ≤ 3 ∧ y ≤ 10',
    '(n : ℕ) : n / 2 * 2 ≤ n',
    '(n : ℕ) : n / 2 * 2 + n % 2 = n',
    '(x : ℤ) (h : 5 < x) : 0 < x / 2 / 3',
    // Examples from Lean's own omega tests (tests/lean/run/omega.lean).
    '(x : ℤ) : x / 2 + x / (-2) = 0',
    '(x : ℕ) : x / 0 = 0',
    '(x y z : ℕ) (h₁ : x - y - z = 0) (h₂ : x > y + z) : False',
    '(x y : ℕ) (h₁ : 5 ∣ x) (h₂ : ¬ 10 ∣ x) (h₃ : y = 7) (h₄ : x - y ≤ 2) (h₅ : x ≥ 6) : False',
    '(a b : ℕ) (h : a + b = 9) : (min a b) % 2 + (max a b) % 2 = 1',
    '(x : ℤ) (h : ¬ 2 ∣ x) : x % 2 = 1',
    '(x : ℤ) (h : x = 7) : Int.natAbs x = 7',
    '(i : ℕ) (h₁ : i < 330) (h₂ : 7 ∣ (660 + i) * (1319 - i)) : 1319 - i < 1979',
    '(n : ℕ) (h : 0 < n) : (2 * n - 1) % 2 = 1',
    '(n : ℕ) : 7 ^ 20 % 10 = 1',
    // Opaque atoms: a product of non-constants is one atom, used consistently where it recurs.
    '(x y : ℤ) : x * y + 1 > x * y',
    '(x y : ℕ) : 0 ≤ x * y', // ↑(x * y) = ↑x * ↑y with Int.ofNat_mul_nonneg
    '(x y : ℕ) (h : 0 < x * y) : 1 ≤ x * y',
    '(a b : ℕ) (h : 7 < a * b) : 0 < a * b / 8',
    '(n : ℕ) (h : 2 ∣ n * (n + 1)) : 2 ∣ n * (n + 1) + 4',
    '(x : ℤ) (h : x ^ 2 ≥ 3) : x ^ 2 + 1 > 3',
    '(mess : ℕ → ℕ) (S n : ℕ) : mess S + (n * mess S + n * 2 + 1) < n * mess S + mess S + (n * 2 + 2)',
    '(x y : ℤ) (h : 6 + ((x + 4) * x + (6 + 3 * y) * y) = 3) (h₁ : (x + 4) * x ≥ 0) (h₂ : (6 + 3 * y) * y ≥ 0) : False',
    // 2 ^ (k + 1) is 2 ^ k * 2 (Int.pow_succ for a numeral base); 2 ^ k itself is an atom.
    '(k : ℕ) (h : k + 1 ≤ 2 ^ k) : k + 1 + 1 ≤ 2 ^ (k + 1)',
    '(k : ℕ) (h : k + 1 ≤ 2 ^ k) : k + 1 + 1 ≤ 2 ^ k * 2',
  ])('proves %s', async (sig) => {
    expect(closes(await run('omega', goalOf(sig)))).toBe(true);
  });

  it.each([
    '(n : ℕ) (h : n - 3 = 0) : n ≤ 2',
    '(a b : ℤ) (h : a + b = 10) : a = 6',
    '(x : ℤ) : x / 2 * 2 = x',
    '(x y : ℕ) (h : 3 * x + 5 * y = 8) : False',
    '(x : ℝ) (h : x < 1) : x < 2', // reals are not omega's
    // What Lean's omega does not read (so it must not be certified here either): products of
    // non-constants are opaque atoms, never multiplied out or reordered.
    '(n : ℕ) : 2 ∣ n * (n + 1)',
    '(n : ℕ) (ih : 2 ∣ n * (n + 1)) : 2 ∣ (n + 1) * (n + 1 + 1)',
    '(n : ℕ) : n * (n + 1) % 2 = 0',
    '(n : ℕ) : n * (n + 1) = n * n + n',
    '(x y : ℕ) : x * y = y * x',
    '(x y : ℤ) (h : x * y = 3) : y * x = 3',
    '(x : ℤ) : x * x ≥ 0', // an ℤ atom carries no sign
    '(x : ℤ) : x ^ 2 ≥ 0',
    '(x : ℤ) (h : x ^ 2 = 4) : x * x = 4',
    '(x : ℕ) (h : x ^ 2 = 4) : x * x = 4',
    // 2 ^ k is the atom (↑2) ^ k (Int.ofNat_pow), with no fact: not even 0 < 2 ^ k.
    '(k : ℕ) : 0 < 2 ^ k',
    '(k : ℕ) : 2 ^ (k + 2) = 4 * 2 ^ k',
    // Lean records no fact for the atom ↑x / ↑y (a division by a non-numeral).
    '(x y : ℕ) : 0 ≤ x / y',
    // |x| is an atom (only Int.natAbs is split), Even/Odd/≡ [MOD n] are definitions whnfR does
    // not unfold, and True/False are no arithmetic facts: Lean's omega ignores all of them.
    '(x : ℤ) : |x| ≥ 0',
    '(n : ℕ) (h : Odd n) : n % 2 = 1',
    '(n : ℕ) (h : n % 2 = 0) : Even n',
    '(x : ℤ) (h : x ≡ 2 [ZMOD 5]) : (x + 3) % 5 = 0',
    '(x : ℕ) : True',
    '(x : ℕ) (h : False) : x < 0',
  ])('does not prove %s', async (sig) => {
    expect(closes(await run('omega', goalOf(sig)))).toBe(false);
  });

  it('refuses case explosions as a resource error', async () => {
    const vars = Array.from({ length: 14 }, (_, i) => `v${i}`);
    // Every one of the 2^14 cases must be refuted separately.
    const hyps = vars.map((v, i) => `(h${i} : ${v} = 0 ∨ ${v} = 1)`).join(' ');
    const sig = `(${vars.join(' ')} : ℕ) ${hyps} : ${vars.join(' + ')} ≤ 14`;
    const o = await run('omega', goalOf(sig), {}, ctxWith(1_500));
    expect(o.kind).toBe('error');
    if (o.kind === 'error') expect(['resource', 'timeout']).toContain(o.reason);
  });
});

describe('integer steps', () => {
  const p = (cs: [number, number][], c: number) =>
    cs.reduce((acc, [atom, k]) => acc.add(Polynomial.atom(atom).scale(Rational.fromInt(k))), Polynomial.constant(c));
  it('tightens by the gcd of the coefficients', () => {
    expect(tighten({ poly: p([[0, 2], [1, 4]], 3), rel: '≥0' }).poly.equals(p([[0, 1], [1, 2]], 1))).toBe(true);
    expect(tighten({ poly: p([[0, 2]], -3), rel: '≥0' }).poly.equals(p([[0, 1]], -2))).toBe(true);
    expect(tighten({ poly: p([[0, 2]], 1), rel: '=0' }).poly.equals(Polynomial.constant(-1))).toBe(true);
    expect(tighten({ poly: p([[0, 2]], 0), rel: '>0' }).poly.equals(p([[0, 1]], -1))).toBe(true);
  });
  it('eliminates unit equalities', () => {
    const out = eliminateUnitEqualities([
      { poly: p([[0, 1], [1, -4]], -3), rel: '=0' }, // x = 4q + 3
      { poly: p([[0, 1], [2, -2]], 0), rel: '≥0' }, // x ≥ 2r
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.poly.equals(p([[1, 2], [2, -1]], 1))).toBe(true); // 4q + 3 - 2r ≥ 0, tightened
  });
  it('finds rational points and detects infeasibility', () => {
    const r = rationalPoint(
      [
        { coeffs: new Map([[0, Rational.ONE]]), constant: Rational.fromInt(-1), rel: '≥' },
        { coeffs: new Map([[0, Rational.fromInt(-2)]]), constant: Rational.fromInt(5), rel: '≥' },
      ],
      Date.now() + 1000,
    );
    expect(r.kind).toBe('point');
    if (r.kind === 'point') expect(r.values.get(0)!.compare(Rational.ONE) >= 0 && r.values.get(0)!.compare(Rational.of(5, 2)) <= 0).toBe(true);
    const bad = rationalPoint(
      [
        { coeffs: new Map([[0, Rational.ONE]]), constant: Rational.fromInt(-3), rel: '≥' },
        { coeffs: new Map([[0, Rational.fromInt(-1)]]), constant: Rational.fromInt(2), rel: '≥' },
      ],
      Date.now() + 1000,
    );
    expect(bad.kind).toBe('infeasible');
  });
});

// ---- soundness and completeness against brute force over a box ----

const BOX = 5n; // variables range over 0..BOX (ℕ) or -BOX..BOX (ℤ)

function linearTerm(ty: NumTy, vars: readonly string[]): fc.Arbitrary<Term> {
  const leaf = fc.oneof(fc.constantFrom(...vars).map((v) => mkVar(v, ty)), fc.bigInt({ min: 0n, max: 6n }).map((k) => mkLit(k, ty)));
  const { t } = fc.letrec<{ t: Term }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      leaf,
      fc.tuple(fc.constantFrom('+', '-') as fc.Arbitrary<'+' | '-'>, tie('t'), tie('t')).map(([op, l, r]) => mkArith(op, l, r)),
      fc.tuple(fc.bigInt({ min: 0n, max: 3n }), tie('t')).map(([k, a]) => mkArith('*', mkLit(k, ty), a)),
      fc.tuple(fc.constantFrom('/', '%') as fc.Arbitrary<'/' | '%'>, tie('t'), fc.bigInt({ min: 1n, max: 4n })).map(([op, a, k]) => mkArith(op, a, mkLit(k, ty))),
    ),
  }));
  return t;
}

function propArb(ty: NumTy, vars: readonly string[]): fc.Arbitrary<Term> {
  const atom = fc.tuple(fc.constantFrom<RelOp>('<', '≤', '=', '≠', '>', '≥'), linearTerm(ty, vars), linearTerm(ty, vars)).map(([op, l, r]) => mkRel(op, l, r));
  return fc.oneof(
    { weight: 4, arbitrary: atom },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('∧', '∨', '→') as fc.Arbitrary<'∧' | '∨' | '→'>, atom, atom).map(([op, a, b]) => mkLogic(op, a, b)) },
    { weight: 1, arbitrary: atom.map(mkNot) },
  );
}

function* assignments(ty: NumTy, vars: readonly string[]): Generator<Map<string, Value>> {
  const lo = ty.name === 'Nat' ? 0n : -BOX;
  const rec = function* (i: number, acc: Map<string, Value>): Generator<Map<string, Value>> {
    if (i === vars.length) {
      yield new Map(acc);
      return;
    }
    for (let v = lo; v <= BOX; v++) {
      acc.set(vars[i]!, numValue(Rational.fromInt(v), ty));
      yield* rec(i + 1, acc);
    }
  };
  yield* rec(0, new Map());
}

describe('omega against brute force over a bounded box', () => {
  // A fresh 5 s deadline per call: one deadline shared by a property's many runs ran out on a busy machine.
  const ctx = (): ReturnType<typeof ctxWith> => ctxWith(5_000);
  for (const ty of [NAT, INT]) {
    it(`${ty.name}: closes exactly the valid statements`, async () => {
      const vars = ['p', 'q'];
      await fc.assert(
        fc.asyncProperty(fc.array(propArb(ty, vars), { minLength: 0, maxLength: 3 }), propArb(ty, vars), async (hyps, goal) => {
          const bounds = vars.flatMap((v) => [mkRel('≤', mkVar(v, ty), mkLit(BOX, ty)), ...(ty.name === 'Int' ? [mkRel('≤', mkArith('-', mkLit(0n, ty), mkLit(BOX, ty)), mkVar(v, ty))] : [])]);
          const all = [...bounds, ...hyps];
          let valid = true;
          for (const env of assignments(ty, vars)) {
            if (all.every((h) => truthAt(h, env) === true) && truthAt(goal, env) !== true) {
              valid = false;
              break;
            }
          }
          const g = {
            context: [...vars.map((name) => ({ kind: 'variable' as const, name, type: ty })), ...all.map((prop, i) => ({ kind: 'hypothesis' as const, name: `h${i}`, prop }))],
            target: goal,
          };
          const o = await arithmeticHandlers.omega!(g, { name: 'omega', text: 'omega', args: [] }, ctx());
          const text = `${hyps.map(printTerm).join(', ')} ⊢ ${printTerm(goal)}`;
          if (!valid) expect(closes(o), `closed an invalid goal: ${text}`).toBe(false);
          // Completeness, except where omega says it hit its elimination bound (an honest
          // "cannot verify" that random inputs reach now and then); soundness above is strict.
          else if (!(o.kind === 'error' && /elimination too large/u.test(o.message))) expect(closes(o), `missed a valid goal: ${text}: ${JSON.stringify(o)}`).toBe(true);
        }),
        { numRuns: 120 },
      );
    });
  }
});

// ---- atoms as in Lean's frontend: a product of non-constants is opaque ----

describe('omega reads a product of non-constants as one opaque atom', () => {
  // Lean's `asLinearCombo` makes `x * y` an atom unless one factor's linear combination is a
  // constant, so a goal means to omega exactly what it means with every such product replaced
  // by a fresh variable of its type (an ℕ product keeps its `0 ≤ ↑x * ↑y`, as a fresh ℕ
  // variable does). Equal products are the same atom; `p * q` and `q * p` are not.
  const ctx = (): ReturnType<typeof ctxWith> => ctxWith(5_000);
  function termArb(ty: NumTy, vars: readonly string[]): fc.Arbitrary<Term> {
    const v = fc.constantFrom(...vars).map((name) => mkVar(name, ty));
    const factor = fc.oneof(v, fc.tuple(v, fc.bigInt({ min: 1n, max: 2n })).map(([x, k]) => mkArith('+', x, mkLit(k, ty))));
    const product = fc.tuple(factor, factor).map(([a, b]) => mkArith('*', a, b));
    const leaf = fc.oneof(v, product, fc.bigInt({ min: 0n, max: 5n }).map((k) => mkLit(k, ty)));
    const { t } = fc.letrec<{ t: Term }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small', maxDepth: 2 },
        leaf,
        fc.tuple(tie('t'), tie('t')).map(([l, r]) => mkArith('+', l, r)),
        fc.tuple(fc.bigInt({ min: 0n, max: 3n }), tie('t')).map(([k, a]) => mkArith('*', mkLit(k, ty), a)),
        fc.tuple(tie('t'), fc.bigInt({ min: 2n, max: 3n })).map(([a, k]) => mkArith('%', a, mkLit(k, ty))),
      ),
    }));
    return t;
  }
  /** `t` with every product of two non-numerals replaced by a variable named after it. */
  function abstract(t: Term, names: Map<string, string>): Term {
    if (t.kind !== 'arith') return t;
    if (t.op === '*' && t.left.kind !== 'lit' && t.right.kind !== 'lit') {
      const key = printTerm(t);
      if (!names.has(key)) names.set(key, `m${names.size}`);
      return mkVar(names.get(key)!, t.type as NumTy);
    }
    return mkArith(t.op, abstract(t.left, names), abstract(t.right, names));
  }
  for (const ty of [NAT, INT]) {
    it(`${ty.name}: proves a goal iff it proves the goal with products abstracted`, async () => {
      const vars = ['p', 'q'];
      const rel = fc.tuple(fc.constantFrom<RelOp>('<', '≤', '=', '≠', '∣'), termArb(ty, vars), termArb(ty, vars)).map(([op, l, r]) =>
        op === '∣' ? mkRel(op, mkLit(2n, ty), r) : mkRel(op, l, r),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(rel, { maxLength: 2 }), rel, async (hyps, goal) => {
          const names = new Map<string, string>();
          const [aGoal, ...aHyps] = [goal, ...hyps].map((p) => (p.kind === 'rel' ? mkRel(p.op, abstract(p.left, names), abstract(p.right, names)) : p));
          const goalFor = (target: Term, hs: readonly Term[], extra: readonly string[]) => ({
            context: [...[...vars, ...extra].map((name) => ({ kind: 'variable' as const, name, type: ty })), ...hs.map((prop, i) => ({ kind: 'hypothesis' as const, name: `h${i}`, prop }))],
            target,
          });
          const call = { name: 'omega', text: 'omega', args: [] };
          const o = await arithmeticHandlers.omega!(goalFor(goal, hyps, []), call, ctx());
          const a = await arithmeticHandlers.omega!(goalFor(aGoal!, aHyps, [...names.values()]), call, ctx());
          const text = `${hyps.map(printTerm).join(', ')} ⊢ ${printTerm(goal)}`;
          expect(closes(o), `${text}: ${JSON.stringify(o)} vs ${JSON.stringify(a)}`).toBe(closes(a));
        }),
        { numRuns: 80 },
      );
    });
  }
});
