/**
 * The tactic-script parser: block structure (lines, `;`, `·`, `<;>`, parentheses, nested `by`
 * blocks, induction alternatives), the syntax of each tactic, and total behaviour on garbage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/symbolic/engine/parse/block.ts';
import type { PExpr, ParsedTactic, TacticNode } from '../../../src/symbolic/engine/tactic-ast.ts';
import type { Source } from '../../../src/symbolic/engine/text.ts';

function parse(text: string): { root: TacticNode; source: Source } {
  const r = parseScript(text);
  if (r.kind === 'error') throw new Error(`parse error: ${r.message}`);
  return { root: r.script.root, source: r.script.source };
}

/** A compact rendering of a block: atomic tactics as their source text. */
function shape(node: TacticNode, src: Source): unknown {
  switch (node.kind) {
    case 'seq':
      return node.items.map((i) => shape(i, src));
    case 'focus':
      return { focus: shape(node.body, src) };
    case 'then':
      return { then: [shape(node.first, src), shape(node.second, src)] };
    case 'combinator':
      return { [node.name]: shape(node.body, src) };
    case 'first':
      return { first: node.alts.map((a) => shape(a, src)) };
    case 'case':
      return { case: node.tag ?? 'next', names: node.names, body: shape(node.body, src) };
    case 'atomic':
      return src.slice(node.span);
  }
}

function atomic(text: string): { tactic: ParsedTactic; source: Source } {
  const { root, source } = parse(text);
  if (root.kind !== 'atomic') throw new Error(`not atomic: ${root.kind}`);
  return { tactic: root.tactic, source };
}

function pexpr(e: PExpr, src: Source): unknown {
  switch (e.kind) {
    case 'by':
      return { by: shape(e.block, src) };
    case 'anon':
      return { anon: e.elems.map((x) => pexpr(x, src)) };
    case 'ascribe':
      return { ascribe: pexpr(e.expr, src), type: src.slice(e.type) };
    case 'hole':
      return e.synthetic ? '?_' : '_';
    case 'app':
      return { app: pexpr(e.head, src), args: e.args.map((a) => pexpr(a, src)) };
    case 'name':
      return { name: e.name };
    case 'proj':
      return { proj: pexpr(e.expr, src), field: e.field };
    case 'show':
      return { show: src.slice(e.type), proof: pexpr(e.proof, src) };
    case 'term':
      return { term: src.slice(e.span) };
  }
}

describe('blocks', () => {
  it('splits lines at the block column and after ;', () => {
    const { root, source } = parse('intro x\nconstructor; linarith\nring');
    expect(shape(root, source)).toEqual(['intro x', 'constructor', 'linarith', 'ring']);
  });

  it('keeps indented continuation lines with their tactic (nested by-blocks)', () => {
    const text = 'have h : x + 1 ≠ 0 := by\n  intro h2\n  exact h₀ (by linarith)\nrw [div_eq_iff h] at h₁\nlinarith';
    const { root, source } = parse(text);
    expect(shape(root, source)).toEqual([
      'have h : x + 1 ≠ 0 := by\n  intro h2\n  exact h₀ (by linarith)',
      'rw [div_eq_iff h] at h₁',
      'linarith',
    ]);
    const first = (root as Extract<TacticNode, { kind: 'seq' }>).items[0]!;
    if (first.kind !== 'atomic' || first.tactic.name !== 'have') throw new Error('expected have');
    expect(first.tactic.hypName).toBe('h');
    expect(pexpr(first.tactic.value!, source)).toEqual({ by: ['intro h2', 'exact h₀ (by linarith)'] });
  });

  it('parses bullets, <;>, parentheses and combinators', () => {
    const { root, source } = parse('constructor\n· linarith\n· nlinarith [sq_nonneg x]\n  linarith');
    expect(shape(root, source)).toEqual(['constructor', { focus: 'linarith' }, { focus: ['nlinarith [sq_nonneg x]', 'linarith'] }]);
    const t = parse('constructor <;> (norm_num; linarith)');
    expect(shape(t.root, t.source)).toEqual({ then: ['constructor', ['norm_num', 'linarith']] });
    const u = parse('try simp\nall_goals first | linarith | nlinarith');
    expect(shape(u.root, u.source)).toEqual([{ try: 'simp' }, { all_goals: { first: ['linarith', 'nlinarith'] } }]);
  });

  it('parses induction alternatives at the tactic column', () => {
    const text = 'induction n with\n| zero => simp\n| succ k ih =>\n  rw [Finset.sum_range_succ, ih]\n  ring';
    const { tactic, source } = atomic(text);
    if (tactic.name !== 'induction') throw new Error('expected induction');
    expect(tactic.variable).toBe('n');
    expect(tactic.alts!.map((a) => ({ tag: a.tag, names: a.names, body: shape(a.body, source) }))).toEqual([
      { tag: 'zero', names: [], body: 'simp' },
      { tag: 'succ', names: ['k', 'ih'], body: ['rw [Finset.sum_range_succ, ih]', 'ring'] },
    ]);
  });

  it('a by-block or an alternative takes the rest of its tactic sequence, ; and <;> included (as Lean parses it)', () => {
    const { tactic, source } = atomic('have h : x = 1 := by ring_nf; linarith');
    if (tactic.name !== 'have') throw new Error('expected have');
    expect(pexpr(tactic.value!, source)).toEqual({ by: ['ring_nf', 'linarith'] });
    const o = atomic('obtain ⟨a, b⟩ : p ∧ q := by\n    constructor <;> simp');
    if (o.tactic.name !== 'obtain') throw new Error('expected obtain');
    expect(pexpr(o.tactic.expr!, o.source)).toEqual({ by: { then: ['constructor', 'simp'] } });
    const c = atomic('cases h with\n| inl h1 => rw [h1]; norm_num\n| inr h2 => linarith');
    if (c.tactic.name !== 'cases') throw new Error('expected cases');
    expect(c.tactic.alts!.map((a) => shape(a.body, c.source))).toEqual([['rw [h1]', 'norm_num'], 'linarith']);
    // Without a by-block, ; still separates tactics.
    const t = parse('constructor; linarith');
    expect(shape(t.root, t.source)).toEqual(['constructor', 'linarith']);
  });

  it('parses case blocks', () => {
    const { root, source } = parse('case succ k ih => omega');
    expect(shape(root, source)).toEqual({ case: 'succ', names: ['k', 'ih'], body: 'omega' });
  });
});

describe('tactic syntax', () => {
  it('rcases/obtain patterns', () => {
    const { tactic } = atomic('rcases h with ⟨x, hx | ⟨y, rfl⟩⟩ | -');
    expect(tactic).toMatchObject({
      name: 'rcases',
      pattern: {
        kind: 'alts',
        alts: [
          {
            kind: 'tuple',
            items: [
              { kind: 'name', name: 'x' },
              { kind: 'alts', alts: [{ kind: 'name', name: 'hx' }, { kind: 'tuple', items: [{ kind: 'name', name: 'y' }, { kind: 'rfl' }] }] },
            ],
          },
          { kind: 'clear' },
        ],
      },
    });
    const o = atomic('obtain ⟨k, hk⟩ : ∃ k : ℕ, n = 2 * k := by omega');
    expect(o.tactic.name).toBe('obtain');
    if (o.tactic.name === 'obtain') expect(o.source.slice(o.tactic.type!)).toBe('∃ k : ℕ, n = 2 * k');
  });

  it('proof expressions: applications, projections, ascriptions, anonymous constructors', () => {
    const { tactic, source } = atomic('exact (abs_eq (by norm_num : (0:ℝ) ≤ 5)).mp h₀');
    if (tactic.name !== 'exact') throw new Error('expected exact');
    expect(pexpr(tactic.expr, source)).toEqual({
      app: { proj: { app: { name: 'abs_eq' }, args: [{ ascribe: { by: 'norm_num' }, type: '(0:ℝ) ≤ 5' }] }, field: 'mp' },
      args: [{ name: 'h₀' }],
    });
    const t = atomic('exact ⟨2 * n + 2, by omega, n + 1, by ring⟩');
    if (t.tactic.name !== 'exact') throw new Error('expected exact');
    expect(pexpr(t.tactic.expr, t.source)).toEqual({
      anon: [{ term: '2 * n + 2' }, { by: 'omega' }, { term: 'n + 1' }, { by: 'ring' }],
    });
    const u = atomic("exact div_nonneg (sq_nonneg _) h₀.le");
    if (u.tactic.name !== 'exact') throw new Error('expected exact');
    expect(pexpr(u.tactic.expr, u.source)).toEqual({
      app: { name: 'div_nonneg' },
      args: [{ app: { name: 'sq_nonneg' }, args: ['_'] }, { name: 'h₀.le' }],
    });
  });

  it('rewrite rules, locations and hint lists', () => {
    const { tactic, source } = atomic('rw [← Real.sqrt_mul (by norm_num : (0:ℝ) ≤ 2), h] at h₁ h₂ ⊢');
    if (tactic.name !== 'rw') throw new Error('expected rw');
    expect(tactic.rules.map((r) => [r.reverse, source.slice(r.span)])).toEqual([
      [true, '← Real.sqrt_mul (by norm_num : (0:ℝ) ≤ 2)'],
      [false, 'h'],
    ]);
    expect(tactic.location).toEqual({ hypotheses: ['h₁', 'h₂'], target: true, wildcard: false });
    const n = atomic('nlinarith [sq_nonneg (a - b), mul_pos ha hb, h₀.1]');
    if (n.tactic.name !== 'generic') throw new Error('expected generic');
    expect(n.tactic.tactic).toBe('nlinarith');
    expect(n.tactic.hints.map((h) => n.source.slice(h.span))).toEqual(['sq_nonneg (a - b)', 'mul_pos ha hb', 'h₀.1']);
    const s = atomic('simp only [pow_two, Nat.mul_mod, h] at *');
    expect(s.tactic).toMatchObject({ name: 'generic', tactic: 'simp', only: true, location: { wildcard: true } });
  });

  it('other tactic forms', () => {
    expect(atomic('intro x y _').tactic).toEqual({ name: 'intro', names: ['x', 'y', '_'], all: false });
    expect(atomic('intro ⟨x, hx⟩').tactic.name).toBe('rintro');
    expect(atomic('by_cases h : x ≤ 3').tactic).toMatchObject({ name: 'by_cases', hypName: 'h' });
    expect(atomic('by_contra! h').tactic).toEqual({ name: 'by_contra', push: true, hypName: 'h' });
    expect(atomic("cases' h with a b").tactic).toMatchObject({ name: "cases'", names: ['a', 'b'] });
    expect(atomic('subst hx hy').tactic).toEqual({ name: 'subst', names: ['hx', 'hy'] });
    expect(atomic('have : x = 1 := by linarith').tactic).toMatchObject({ name: 'have', hypName: 'this' });
    expect(atomic('use 3, 4').tactic.name).toBe('use');
    expect(atomic('interval_cases n').tactic).toMatchObject({ name: 'generic', tactic: 'interval_cases' });
  });
});

describe('errors are values', () => {
  it.each([
    ['', 'empty'],
    ['constructor;', 'after'],
    ['rw [h', 'unbalanced'],
    ['exact (h', 'unbalanced'],
    ['have h', "expected ': T'"],
    ['rcases h', "expected 'with'"],
    ['intro 3', 'expected a name'],
    ['constructor 3', 'unexpected'],
    ['· ', "expected a tactic after '·'"],
    ['induction n with\n| zero => simp\n| succ k ih =>', 'expected a tactic'],
  ])('%j is rejected', (text, fragment) => {
    const r = parseScript(text);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toContain(fragment);
  });

  it('refuses enormous scripts before parsing', () => {
    const r = parseScript('skip\n'.repeat(60_000));
    expect(r.kind === 'error' && r.message).toContain('longer than');
  });

  it('never throws on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'()[]⟨⟩{},;:·|<>=←→ \n\t_?.byhaveexactrwintro0123xyzh₀'.split(''), ' by ', ' := ', ' with ', ' at ', '<;>');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const r = parseScript(parts.join(''));
        expect(['ok', 'error']).toContain(r.kind);
      }),
      { numRuns: 400 },
    );
  });
});
