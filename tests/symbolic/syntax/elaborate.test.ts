import { describe, expect, it } from 'vitest';
import {
  INT,
  NAT,
  PROP,
  REAL,
  checkTerm,
  funTy,
  parseStatement,
  parseTerm,
  type SyntaxFailure,
} from '../../../src/symbolic/syntax/index.ts';
import { goalOf, problem, show, statementOf, termOf } from './helpers.ts';

function errorOf(signature: string, opts: Parameters<typeof problem>[1] = {}): SyntaxFailure {
  const r = parseStatement(problem(signature, opts));
  if (r.kind !== 'error') throw new Error(`expected an error for ${signature}`);
  return r;
}

describe('numerals and the binop% tree', () => {
  it('a numeral with no other type information is ℕ', () => {
    expect(show(goalOf('', '2 + 2 = 4'))).toBe('((2:ℕ + 2:ℕ) = 4:ℕ)');
  });

  it('takes the largest type among the leaves and casts the smaller ones', () => {
    expect(show(goalOf('(x : ℝ) (n : ℕ)', 'x + n = 2'))).toBe('((x + ↑ℝ(n)) = 2:ℝ)');
    expect(show(goalOf('(a : ℤ) (q : ℚ) (n : ℕ)', 'n * a < q'))).toBe('((↑ℚ(n) * ↑ℚ(a)) < q)');
  });

  it('elaborates an ascription inside first: (a - b : ℕ) keeps truncating subtraction', () => {
    expect(show(goalOf('(a b : ℕ) (x : ℝ)', 'x = ((a - b : ℕ) : ℝ)'))).toBe('(x = ↑ℝ((a - b)))');
    expect(show(goalOf('(a b : ℕ) (x : ℝ)', 'x = (a - b : ℝ)'))).toBe('(x = (↑ℝ(a) - ↑ℝ(b)))');
    expect(show(goalOf('(a b : ℕ) (x : ℝ)', 'x + (a - b : ℕ) = 0'))).toBe('((x + ↑ℝ((a - b))) = 0:ℝ)');
  });

  it("elaborates ^'s exponent on its own; the base stays in the tree", () => {
    expect(show(goalOf('(x : ℝ) (n : ℕ)', 'x + n ^ 2 = 0'))).toBe('((x + (↑ℝ(n) ^ 2:ℕ)) = 0:ℝ)');
    expect(show(goalOf('(f : ℝ → ℝ)', 'f (8 ^ (1 / 3)) = 2'))).toBe('(f((8:ℝ ^ (1:ℕ / 3:ℕ))) = 2:ℝ)');
    expect(show(goalOf('(x : ℝ)', 'x ^ (2 : ℝ) = 1'))).toBe('((x ^ 2:ℝ) = 1:ℝ)');
    expect(show(goalOf('(b : ℝ)', '(4 * b ^ 2) ^ (-(3 : ℤ)) = 1'))).toBe('(((4:ℝ * (b ^ 2:ℕ)) ^ -(3:ℤ)) = 1:ℝ)');
  });

  it('gives ↑x its type from the context', () => {
    expect(show(goalOf('(m : ℚ)', '↑m.den + m.num = 5'))).toBe('((↑ℤ(Rat.den(m)) + Rat.num(m)) = 5:ℤ)');
    expect(show(goalOf('(n : ℕ)', '(↑n : ℝ) = 2'))).toBe('(↑ℝ(n) = 2:ℝ)');
    // With nothing larger around, `↑n` is `n` itself (Lean's coercion to the same type).
    expect(show(goalOf('(n : ℕ)', '↑n = n + 1'))).toBe('(n = (n + 1:ℕ))');
  });

  it('keeps division and modulo at the type of the node', () => {
    expect(show(goalOf('(a b : ℕ)', 'a / b = a % b'))).toBe('((a / b) = (a % b))');
    expect(show(goalOf('(a b : ℤ)', 'a / b = a % b'))).toBe('((a / b) = (a % b))');
    const g = goalOf('(a b : ℤ)', 'a / b = 0');
    expect(g.kind === 'rel' && g.left.type).toEqual(INT);
  });

  it('reads decimals as exact rationals of the ambient type, and only in fields', () => {
    expect(show(goalOf('(x : ℝ)', 'x = 2.5'))).toBe('(x = 5/2:ℝ)');
    expect(errorOf('theorem t (n : ℕ) : n = 2.5').construct).toBe('decimal');
  });

  it('rejects what Lean has no instance for: - on ℕ, % on ℝ, < on ℂ', () => {
    expect(errorOf('theorem t (n : ℕ) : -n = 0').construct).toBe('-');
    expect(errorOf('theorem t (x : ℝ) : x % 2 = 0').construct).toBe('%');
    expect(errorOf('theorem t (z : ℂ) : z < 1').construct).toBe('<');
  });
});

describe('applications, binders and builtins', () => {
  it('elaborates function arguments at the parameter type', () => {
    expect(show(goalOf('(x : ℕ → ℤ) (n : ℕ)', 'x (n - 1) = 0'))).toBe('(x((n - 1:ℕ)) = 0:ℤ)');
    expect(show(goalOf('(f : ℝ → ℝ) (n : ℕ)', 'f n = 0'))).toBe('(f(↑ℝ(n)) = 0:ℝ)');
  });

  it('infers untyped binders from their uses, like Lean', () => {
    expect(show(goalOf('(f : ℝ → ℝ)', '∀ x > 0, f x = 1'))).toBe('(∀ x:ℝ, ((x > 0:ℝ) → (f(x) = 1:ℝ)))');
    expect(show(goalOf('(a : ℕ → ℝ)', '∀ n, |a n| < 1'))).toBe('(∀ n:ℕ, (abs(a(n)) < 1:ℝ))');
    expect(show(goalOf('', '∀ n ≥ 5, n ^ 2 > 0'))).toBe('(∀ n:ℕ, ((n ≥ 5:ℕ) → ((n ^ 2:ℕ) > 0:ℕ)))');
    expect(errorOf('theorem t : ∀ x, x = x').message).toContain('cannot infer the type of x');
  });

  it('desugars bounded quantifiers and anonymous hypothesis binders', () => {
    expect(show(goalOf('(S : Finset ℕ)', '∃ x ∈ S, x > 2'))).toBe('(∃ x:ℕ, ((x ∈ S) ∧ (x > 2:ℕ)))');
    expect(show(goalOf('(f : ℝ → ℝ)', '∀ (y) (_ : y ≠ 0), f y = 1'))).toBe('(∀ y:ℝ, ((y ≠ 0:ℝ) → (f(y) = 1:ℝ)))');
    expect(show(goalOf('', '∀ a b : ℤ, a + b = b + a'))).toBe('(∀ a:ℤ, (∀ b:ℤ, ((a + b) = (b + a))))');
  });

  it('resolves names under the header opens', () => {
    expect(show(goalOf('(x : ℝ)', 'sqrt x = π', 'open Real'))).toBe('(Real.sqrt(x) = Real.pi())');
    expect(show(goalOf('(x : ℝ)', '√x = Real.sqrt x', ''))).toBe('(Real.sqrt(x) = Real.sqrt(x))');
    expect(show(goalOf('(p a b : ℕ)', 'Prime p ∧ gcd a b = 1 ∧ 3 ! = 6', 'open Nat'))).toBe(
      '(Nat.Prime(p) ∧ ((Nat.gcd(a, b) = 1:ℕ) ∧ (Nat.factorial(3:ℕ) = 6:ℕ)))',
    );
    expect(errorOf('theorem t : π > 3', { header: '' }).construct).toBe('π');
    expect(errorOf('theorem t : 3 ! = 6', { header: 'open Real' }).construct).toBe('!');
  });

  it('keeps the interpretation of an overloaded name that elaborates, and reports real ambiguity', () => {
    expect(show(goalOf('(x : ℝ)', 'sqrt x = 1'))).toBe('(Real.sqrt(x) = 1:ℝ)');
    expect(errorOf('theorem t (n : ℕ) : sqrt n = 1').message).toContain('ambiguous');
  });

  it('understands generalized field notation', () => {
    expect(show(goalOf('(n p : ℕ) (x : ℚ)', 'n.factorial = x.den ∧ p.Prime'))).toBe(
      '((Nat.factorial(n) = Rat.den(x)) ∧ Nat.Prime(p))',
    );
    expect(show(goalOf('(n : ℕ) (S : Finset ℕ)', '(Nat.digits 10 n).sum = S.card'))).toBe(
      '(List.sum(Nat.digits(10:ℕ, n)) = Finset.card(S))',
    );
    expect(show(goalOf('(x : ℕ)', 'x.divisors.card = 3'))).toBe('(Finset.card(Nat.divisors(x)) = 3:ℕ)');
  });

  it('elaborates big operators, and propagates an expected type into the body as Lean does', () => {
    expect(show(goalOf('(n : ℕ) (x : ℝ)', '(∑ k ∈ Finset.range n, k) + x = 0'))).toBe(
      '((↑ℝ((∑ k:ℕ ∈ Finset.range(n), k)) + x) = 0:ℝ)',
    );
    expect(show(goalOf('(n : ℕ) (f : ℝ → ℝ)', 'f (∑ k ∈ Finset.range n, k) = 0'))).toBe(
      '(f((∑ k:ℕ ∈ Finset.range(n), ↑ℝ(k))) = 0:ℝ)',
    );
    expect(show(goalOf('(n : ℕ) (a : ℕ → ℝ)', 'Finset.sum (Finset.range n) a = 1'))).toBe(
      '((∑ i:ℕ ∈ Finset.range(n), a(i)) = 1:ℝ)',
    );
    expect(show(goalOf('', 'Finset.card (Finset.filter (fun x => x % 19 = 7) (Finset.Icc 100 999)) = 48'))).toBe(
      '(Finset.card(Finset.filter((fun x:ℕ => ((x % 19:ℕ) = 7:ℕ)), Finset.Icc(100:ℕ, 999:ℕ))) = 48:ℕ)',
    );
  });

  it('elaborates ∣ like an application: the left side fixes the type when it can', () => {
    expect(show(goalOf('(n : ℤ) (p : ℕ)', '↑p ∣ n'))).toBe('(↑ℤ(p) ∣ n)');
    expect(show(goalOf('(n : ℕ)', '7 ∣ 2 ^ n - 1'))).toBe('(7:ℕ ∣ ((2:ℕ ^ n) - 1:ℕ))');
  });

  it('takes the type parameter of abs from the context, so abs on a bare numeral at ℕ is rejected', () => {
    expect(show(goalOf('', '|2 - 3| = (1 : ℤ)'))).toBe('(abs((2:ℤ - 3:ℤ)) = 1:ℤ)');
    expect(errorOf('theorem t : |2 - 3| = 1').construct).toBe('abs');
  });

  it('elaborates congruences, sets and order predicates', () => {
    expect(show(goalOf('(a b n : ℕ)', 'a ≡ b [MOD n]'))).toBe('(a ≡ b [MOD n])');
    expect(show(goalOf('(a b : ℤ)', 'a ≡ b [ZMOD 3]'))).toBe('(a ≡ b [MOD 3:ℤ])');
    expect(show(goalOf('', 'IsLeast { x : ℕ | 30 * x ≡ 42 [MOD 47] } 39'))).toBe(
      'IsLeast({x:ℕ | ((30:ℕ * x) ≡ 42:ℕ [MOD 47:ℕ])}, 39:ℕ)',
    );
  });
});

describe('statements', () => {
  it('splits binders into variables and hypotheses, in order, keeping the ordered list', () => {
    const s = statementOf('theorem foo (x y : ℝ) {n : ℕ} (h₀ : 0 < x) (f : ℕ → ℝ) (h₁ : f n = y) : x ≠ 0');
    expect(s.name).toBe('foo');
    expect(s.binders.map((b) => `${b.kind}:${b.name}`)).toEqual([
      'variable:x',
      'variable:y',
      'variable:n',
      'hypothesis:h₀',
      'variable:f',
      'hypothesis:h₁',
    ]);
    expect(s.variables).toEqual([
      { name: 'x', type: REAL },
      { name: 'y', type: REAL },
      { name: 'n', type: NAT },
      { name: 'f', type: funTy(NAT, REAL) },
    ]);
    expect(s.hypotheses.map((h) => show(h.prop))).toEqual(['(0:ℝ < x)', '(f(n) = y)']);
    expect(s.binders[2]).toMatchObject({ implicit: true });
    expect(s.goal.type).toEqual(PROP);
    for (const h of s.hypotheses) expect(checkTerm(h.prop)).toEqual({ kind: 'ok' });
  });

  it('rejects instance binders and untyped declaration binders cleanly', () => {
    expect(errorOf('theorem t [Fintype α] : True').construct).toBe('instance binder');
    expect(errorOf('theorem t (x) : True').message).toContain('needs a type');
  });

  it('names constructs outside the fragment and unknown identifiers', () => {
    expect(errorOf('theorem t (z : ℂ) : Complex.abs z = 1').construct).toBe('Complex.abs');
    expect(errorOf('theorem t (f : ℝ → ℝ) : deriv f 0 = 1').construct).toBe('deriv');
    expect(errorOf('theorem t (p : Polynomial ℝ) : True').construct).toBe('Polynomial');
    const e = errorOf('theorem t (x : ℝ) : foo x = 1');
    expect([e.stage, e.construct, e.message]).toEqual(['elaborate', 'foo', "unknown identifier 'foo'"]);
  });

  it('reports file positions: the signature offset on its first line, plain columns after', () => {
    const position = { file: 'P.lean', line: 7, column: 4 };
    const first = errorOf('theorem t (x : ℝ) : foo x = 1', { position });
    expect(first.position).toEqual({ file: 'P.lean', line: 7, column: 4 + 20 });
    const later = errorOf('theorem t (x : ℝ)\n    (h : 0 < x) :\n  bar x = 1', { position });
    expect(later.position).toEqual({ file: 'P.lean', line: 9, column: 2 });
  });
});

describe('parseTerm', () => {
  const vars = [
    { name: 'a', type: REAL },
    { name: 'b', type: REAL },
    { name: 'n', type: NAT },
  ];

  it('elaborates tactic arguments against the context and an expected type', () => {
    expect(show(termOf('a ^ 2 ≥ 0', { variables: vars, expectedType: PROP }))).toBe('((a ^ 2:ℕ) ≥ 0:ℝ)');
    expect(show(termOf('3', { variables: vars, expectedType: REAL }))).toBe('3:ℝ');
    expect(show(termOf('n + 1', { variables: vars, expectedType: REAL }))).toBe('(↑ℝ(n) + 1:ℝ)');
    expect(show(termOf('3', { variables: vars }))).toBe('3:ℕ');
  });

  it('accepts lemma applications and hypothesis names only when allowed', () => {
    const ctx = { variables: vars, hypotheses: [{ name: 'h₀', prop: termOf('0 < a', { variables: vars }) }] };
    expect(show(termOf('sq_nonneg (a - b)', { ...ctx, allowUnknownConstants: true }))).toBe('sq_nonneg((a - b))');
    expect(show(termOf('mul_pos h₀ h₀', { ...ctx, allowUnknownConstants: true }))).toBe('mul_pos(h₀, h₀)');
    const r = parseTerm('sq_nonneg (a - b)', ctx);
    expect(r.kind === 'error' && r.construct).toBe('sq_nonneg');
  });

  it('reports errors at the given position', () => {
    const r = parseTerm('a + zz', { variables: vars, position: { file: 'x.lean', line: 3, column: 10 } });
    expect(r.kind === 'error' && r.position).toEqual({ file: 'x.lean', line: 3, column: 14 });
  });
});
