import { describe, expect, it } from 'vitest';
import { opensOfHeader, parseSurface } from '../../../src/symbolic/syntax/parse-statement.ts';
import { parseSurfaceTerm } from '../../../src/symbolic/syntax/parse-statement.ts';
import type { SNode } from '../../../src/symbolic/syntax/surface.ts';
import { problem } from './helpers.ts';

/** Fully parenthesized surface syntax, to read off how the parser grouped things. */
function sx(n: SNode): string {
  switch (n.kind) {
    case 'num':
      return n.text;
    case 'ident':
      return n.name;
    case 'app':
      return `(${[n.fn, ...n.args].map(sx).join(' ')})`;
    case 'binop':
      return `(${sx(n.lhs)} ${n.op} ${sx(n.rhs)})`;
    case 'prefix':
      return `(${n.op}${sx(n.arg)})`;
    case 'postfix':
      return `(${sx(n.arg)}${n.op})`;
    case 'proj':
      return `${sx(n.arg)}.${n.field}`;
    case 'ascription':
      return `(${sx(n.expr)} : ${sx(n.type)})`;
    case 'bracket':
      return `${n.op}[${sx(n.arg)}]`;
    case 'binder':
      return `(${n.q} ${n.groups
        .map((g) => `${g.names.map((x) => x.name).join(' ')}${g.type ? `:${sx(g.type)}` : ''}${g.pred ? `${g.pred.op}${sx(g.pred.rhs)}` : ''}`)
        .join(' ')}, ${sx(n.body)})`;
    case 'bigop':
      return `(${n.op} ${n.name} ∈ ${n.domain ? sx(n.domain) : '?'}, ${sx(n.body)})`;
    case 'setBuilder':
      return `{${n.name}${n.type ? `:${sx(n.type)}` : ''} | ${sx(n.body)}}`;
    case 'modeq':
      return `(${sx(n.lhs)} ≡ ${sx(n.rhs)} [${n.variant} ${sx(n.modulus)}])`;
    default:
      return n.kind;
  }
}

function parse(text: string): string {
  const r = parseSurfaceTerm(text, { file: 't', line: 1, column: 0 });
  if (r.kind === 'error') throw new Error(r.message);
  return sx(r.node);
}

describe('term parser precedence (Lean 4 / Mathlib)', () => {
  it.each([
    ['a + b * c ^ d ^ e', '(a + (b * (c ^ (d ^ e))))'],
    ['a - b - c', '((a - b) - c)'],
    ['-x ^ 2', '(-(x ^ 2))'],
    ['-a * b', '((-a) * b)'],
    ['2 * -5', '(2 * (-5))'],
    ['¬7 ∣ a + b', '(¬(7 ∣ (a + b)))'],
    ['¬p ∧ q', '((¬p) ∧ q)'],
    ['p ∧ q ∨ r → s ↔ t', '((((p ∧ q) ∨ r) → s) ↔ t)'],
    ['p → q → r', '(p → (q → r))'],
    ['f x y + g (n - 1)', '((f x y) + (g (n - 1)))'],
    ['f n ! * 2', '((f (n!)) * 2)'],
    ['↑3! * x', '((↑(3!)) * x)'],
    ['↑(t 2020).den + (t 2020).num', '((↑(t 2020).den) + (t 2020).num)'],
    ['(4 / x)⁻¹ ^ 3', '(((4 / x)⁻¹) ^ 3)'],
    ['Real.logb 2 x ^ 2', '((Real.logb 2 x) ^ 2)'],
    ['√x⁻¹ + 1', '((√(x⁻¹)) + 1)'],
    ['|a - |b|| ≤ 1', '(abs[(a - abs[b])] ≤ 1)'],
    ['⌊x⌋₊ + ⌈y⌉', '(nfloor[x] + ceil[y])'],
    ['a ≡ b [MOD n] ∧ c', '((a ≡ b [MOD n]) ∧ c)'],
  ])('%s', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it('gives ∑ a body at precedence 67: `+` ends it, `*` does not', () => {
    expect(parse('∑ k ∈ Finset.range n, f k + 1')).toBe('((∑ k ∈ (Finset.range n), (f k)) + 1)');
    expect(parse('∑ k in Finset.range n, 2 * k = m')).toBe('((∑ k ∈ (Finset.range n), (2 * k)) = m)');
  });

  it('parses binders: typed groups, binder predicates, bracketed and anonymous hypotheses', () => {
    expect(parse('∀ x y : ℝ, x = y')).toBe('(∀ x y:ℝ, (x = y))');
    expect(parse('∀ n ≥ 5, p n')).toBe('(∀ n≥5, (p n))');
    expect(parse('∃ x ∈ s, x > 0')).toBe('(∃ x∈s, (x > 0))');
    expect(parse('∀ x, ∀ (y) (_ : y ≠ 0), f x y = 0')).toBe('(∀ x, (∀ y _:(y ≠ 0), ((f x y) = 0)))');
    expect(parse('fun x => x % 8 = 5')).toBe('(fun x, ((x % 8) = 5))');
    expect(parse('fun (x : ℕ) ↦ x')).toBe('(fun x:ℕ, x)');
  });

  it('parses set-builder notation and type ascriptions', () => {
    expect(parse('{ n : ℕ | 0 < n ∧ |n| = n }')).toBe('{n:ℕ | ((0 < n) ∧ (abs[n] = n))}');
    expect(parse('{x | 0 ≤ f x}')).toBe('{x | (0 ≤ (f x))}');
    expect(parse('((a - b : ℕ) : ℝ)')).toBe('(((a - b) : ℕ) : ℝ)');
  });

  it('keeps out-of-fragment syntax parseable so elaboration can name it', () => {
    expect(parse('List.Pairwise (· ≠ ·) [a, b]')).toBe('(List.Pairwise cdotFun listLit)');
    expect(parse("(f ⁻¹' {7}).toFinset")).toBe("(f ⁻¹' setLit).toFinset");
  });
});

describe('parseSurface', () => {
  it('reads the declaration, its binders in order and the statement', () => {
    const r = parseSurface(problem('theorem foo (x y : ℝ) {n : ℕ} (h₀ : 0 < x) :\n  x ^ 2 > 0'));
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.surface.name).toBe('foo');
    expect(r.surface.binders.map((g) => [g.bracket, g.names.map((x) => x.name).join(' ')])).toEqual([
      ['(', 'x y'],
      ['{', 'n'],
      ['(', 'h₀'],
    ]);
    expect(sx(r.surface.type)).toBe('((x ^ 2) > 0)');
    expect(r.surface.opens).toEqual(['BigOperators', 'Real', 'Nat', 'Topology', 'Rat']);
  });

  it('skips comments inside the signature and stops at :=', () => {
    const r = parseSurface(problem('theorem foo (S : Finset ℕ)\n  -- a note : with a colon\n  (h : S.card = 1) : True := by simp'));
    expect(r.kind).toBe('ok');
  });

  it('reads examples, which have no name', () => {
    const r = parseSurface(problem('example (x : ℝ) : x = x', { name: 'example_3' }));
    expect(r.kind === 'ok' && r.surface.declKind === 'example' && r.surface.name === 'example_3').toBe(true);
  });
});

describe('opensOfHeader', () => {
  it('collects every open namespace across lines', () => {
    expect(opensOfHeader('import Mathlib\nopen Real\nopen scoped Nat Finset -- comment\nopen Foo in')).toEqual([
      'Real',
      'Nat',
      'Finset',
      'Foo',
    ]);
  });
});
