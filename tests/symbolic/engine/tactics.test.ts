/**
 * The logical tactics end to end (parse → elaborate → apply → print), on real statements. The
 * expected goals are what Lean 4 + Mathlib shows for the same tactic, up to the syntax printer's
 * conventions (explicit casts, binder types always shown).
 */
import { describe, expect, it } from 'vitest';
import { Session, verify } from './helpers.ts';

describe('intro', () => {
  it('introduces ∀ binders and implications with the given names', async () => {
    const s = await Session.open('theorem t : ∀ x : ℝ, x > 0 → x ^ 2 > 0');
    expect(await s.goals('intro y hy')).toEqual(['y : ℝ\nhy : y > 0\n⊢ y ^ 2 > 0']);
  });

  it('introduces ¬p as p ⊢ False and a ≠ b as a = b ⊢ False', async () => {
    const s = await Session.open('theorem t (x : ℝ) : ¬ (x ^ 2 < 0)');
    expect(await s.goals('intro h')).toEqual(['x : ℝ\nh : x ^ 2 < 0\n⊢ False']);
    const t = await Session.open('theorem t (x : ℝ) : x ^ 2 + 1 ≠ 0');
    expect(await t.goals('intro h')).toEqual(['x : ℝ\nh : x ^ 2 + 1 = 0\n⊢ False']);
  });

  it('shadows an existing name, making the old entry inaccessible', async () => {
    const s = await Session.open('theorem t (x : ℕ) (h : x > 0) : ∀ x : ℕ, x = x');
    expect(await s.goals('intro x')).toEqual(['x✝ : ℕ\nh : x✝ > 0\nx : ℕ\n⊢ x = x']);
  });

  it('fails on a target with nothing to introduce', async () => {
    const s = await Session.open('theorem t (x : ℝ) : x = x');
    const r = await s.apply('intro h');
    expect(r.kind).toBe('error');
  });
});

describe('constructor, left, right, exfalso, use', () => {
  it('splits ∧ into left and right goals and ↔ into mp and mpr', async () => {
    const s = await Session.open('theorem t (x : ℝ) : x ≤ x ∧ 0 ≤ x ^ 2');
    expect(await s.goals('constructor')).toEqual(['case left\nx : ℝ\n⊢ x ≤ x', 'case right\nx : ℝ\n⊢ 0 ≤ x ^ 2']);
    const t = await Session.open('theorem t (p q : ℕ) : p < q ↔ p + 1 ≤ q');
    expect(await t.goals('constructor')).toEqual(['case mp\np q : ℕ\n⊢ p < q → p + 1 ≤ q', 'case mpr\np q : ℕ\n⊢ p + 1 ≤ q → p < q']);
  });

  it('refuses constructor on ∃ (the witness would be a metavariable)', async () => {
    const s = await Session.open('theorem t : ∃ n : ℕ, n > 3');
    expect((await s.apply('constructor')).kind).toBe('error');
  });

  it('left/right pick a disjunct; exfalso turns the target into False', async () => {
    const s = await Session.open('theorem t (x : ℝ) : x = 1 ∨ x ^ 2 ≥ 0');
    expect(await s.goals('right')).toEqual(['case h\nx : ℝ\n⊢ x ^ 2 ≥ 0']);
    expect(await s.goals('exfalso')).toEqual(['case h\nx : ℝ\n⊢ False']);
  });

  it('use instantiates existentials and closes what rfl/evaluation settles', async () => {
    const s = await Session.open('theorem t : ∃ n : ℕ, n ^ 2 = 144 ∧ 10 < n');
    const r = await s.apply('use 12');
    expect(r.kind).toBe('proved');
    const t = await Session.open('theorem t (a : ℝ) (h : a > 2) : ∃ x : ℝ, x > 1');
    expect(await t.goals('use a')).toEqual(['case h\na : ℝ\nh : a > 2\n⊢ a > 1']);
  });

  it('use with a wrong witness leaves a false goal open, never closes it', async () => {
    const s = await Session.open('theorem t : ∃ n : ℕ, n ^ 2 = 144');
    expect(await s.goals('use 11')).toEqual(['case h\n⊢ 11 ^ 2 = 144']);
  });
});

describe('exact, refine, apply, anonymous constructors', () => {
  it('closes with a hypothesis, up to ≥/≤ notation', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : 0 ≤ x) : x ≥ 0');
    expect((await s.apply('exact h')).kind).toBe('proved');
  });

  it('rejects a hypothesis that states something else', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : 0 < x) : x ≥ 0');
    const r = await s.apply('exact h');
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toContain('type mismatch');
  });

  it('builds ∃/∧/Even proofs with ⟨…⟩ and checks the by-blocks', async () => {
    expect(await verify('theorem t (n : ℕ) : ∃ m : ℕ, n < m ∧ Even m', 'exact ⟨2 * n + 2, by omega, n + 1, by ring⟩')).toBe('accepted:certified');
    expect(await verify('theorem t (n : ℕ) : ∃ m : ℕ, n < m ∧ Even m', 'exact ⟨2 * n + 2, by omega, n, by ring⟩')).toMatch(/^rejected/);
  });

  it('uses lemma applications with implicit arguments solved by unification', async () => {
    expect(await verify('theorem t (x : ℝ) (h₀ : 0 < x) : (x - 1) ^ 2 / x ≥ 0', 'exact div_nonneg (sq_nonneg _) h₀.le')).toBe('accepted:certified');
    expect(await verify('theorem t (x : ℝ) (h₀ : 0 < x) : x ≠ 0', "exact h₀.ne'")).toBe('accepted:certified');
    expect(await verify('theorem t (x : ℝ) (h₀ : 0 < x) : x ≠ 0', 'exact h₀.ne')).toMatch(/^rejected/);
  });

  it('applies hypotheses to terms and proofs', async () => {
    const s = await Session.open('theorem t (f : ℝ → ℝ) (h₀ : ∀ x, x < 0 → f x = -x) : f (-2) = 2');
    expect(await s.goals('have h := h₀ (-2) (by norm_num)')).toEqual([
      'f : ℝ → ℝ\nh₀ : ∀ x : ℝ, x < 0 → f x = -x\nh : f (-2) = -(-2)\n⊢ f (-2) = 2',
    ]);
  });

  it('refine leaves ?_ holes as goals, in order', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : 1 < x) : 0 < x ∧ x ≠ 0');
    expect(await s.goals('refine ⟨by linarith, ?_⟩')).toEqual(['x : ℝ\nh : 1 < x\n⊢ x ≠ 0']);
  });

  it('apply peels premises of a lemma into goals', async () => {
    const s = await Session.open('theorem t (a b : ℝ) (ha : 0 < a) (hb : 0 < b) : 0 < a * b');
    expect(await s.goals('apply mul_pos')).toEqual(['a b : ℝ\nha : 0 < a\nhb : 0 < b\n⊢ 0 < a', 'a b : ℝ\nha : 0 < a\nhb : 0 < b\n⊢ 0 < b']);
  });

  it('does not accept an unknown lemma', async () => {
    expect(await verify('theorem t (x : ℝ) : x ≤ x', 'exact my_magic_lemma x')).toMatch(/^rejected:tactic-unsupported/);
  });
});

describe('rcases, obtain, cases\'', () => {
  it('destructures ∃ and ∧ and unfolds Even/Odd/∣', async () => {
    const s = await Session.open('theorem t (n : ℤ) (h₀ : Odd n) : 8 ∣ n ^ 2 - 1');
    expect(await s.goals('obtain ⟨k, hk⟩ := h₀')).toEqual(['n k : ℤ\nhk : n = 2 * k + 1\n⊢ 8 ∣ n ^ 2 - 1']);
    const t = await Session.open('theorem t (a : ℤ) (h : 7 ∣ a) : 7 ∣ 3 * a');
    expect(await t.goals('rcases h with ⟨c, rfl⟩')).toEqual(['c : ℤ\n⊢ 7 ∣ 3 * (7 * c)']);
  });

  it('splits ∨ into inl/inr goals and nested alternatives', async () => {
    const s = await Session.open('theorem t (n : ℤ) (h : n % 3 = 0 ∨ n % 3 = 1 ∨ n % 3 = 2) : True');
    expect(await s.goals('rcases h with h | h | h')).toEqual([
      'case inl\nn : ℤ\nh : n % 3 = 0\n⊢ True',
      'case inr.inl\nn : ℤ\nh : n % 3 = 1\n⊢ True',
      'case inr.inr\nn : ℤ\nh : n % 3 = 2\n⊢ True',
    ]);
  });

  it('destructures the statement of a lemma application', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : (x - 7) * (x + 2) = 0) : True');
    expect(await s.goals('rcases mul_eq_zero.mp h with h2 | h2')).toEqual([
      'case inl\nx : ℝ\nh : (x - 7) * (x + 2) = 0\nh2 : x - 7 = 0\n⊢ True',
      'case inr\nx : ℝ\nh : (x - 7) * (x + 2) = 0\nh2 : x + 2 = 0\n⊢ True',
    ]);
  });

  it('cases\' names the parts; False closes the goal', async () => {
    const s = await Session.open('theorem t (p : ℕ) (h : p > 2 ∧ p < 5) : p ≠ 7');
    expect(await s.goals("cases' h with h1 h2")).toEqual(['p : ℕ\nh1 : p > 2\nh2 : p < 5\n⊢ p ≠ 7']);
    expect(await verify('theorem t (x : ℝ) (h : False) : x = 2', 'rcases h with ⟨⟩')).toBe('accepted:certified');
  });

  it('obtain pat : T creates the goal T first', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x ^ 2 = 4) : True');
    expect(await s.goals('obtain ⟨y, hy⟩ : ∃ y : ℝ, y = x')).toEqual(['x : ℝ\nh : x ^ 2 = 4\n⊢ ∃ y : ℝ, y = x', 'x : ℝ\nh : x ^ 2 = 4\ny : ℝ\nhy : y = x\n⊢ True']);
  });

  it('keeps a witness apart from a variable of the same name', async () => {
    const s = await Session.open('theorem t (k : ℕ) (h : ∃ k : ℕ, k > 5) (hk : k = 1) : k < 2');
    expect(await s.goals('obtain ⟨k, hk2⟩ := h')).toEqual(['k✝ : ℕ\nhk : k✝ = 1\nk : ℕ\nhk2 : k > 5\n⊢ k✝ < 2']);
  });
});

describe('by_contra, push_neg, by_cases', () => {
  it('by_contra introduces the negation and targets False', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x > 0) : x ≠ -1');
    expect(await s.goals('by_contra hc')).toEqual(['x : ℝ\nh : x > 0\nhc : x = -1\n⊢ False']);
    const t = await Session.open('theorem t (x : ℝ) : x ^ 2 ≥ 0');
    expect(await t.goals('by_contra hc')).toEqual(['x : ℝ\nhc : ¬x ^ 2 ≥ 0\n⊢ False']);
    expect(await t.goals('push_neg at hc')).toEqual(['x : ℝ\nhc : x ^ 2 < 0\n⊢ False']);
  });

  it('push_neg moves negations through quantifiers and connectives', async () => {
    const s = await Session.open('theorem t : ¬ ∀ n : ℕ, ∃ m : ℕ, m > n ∧ m < 5');
    expect(await s.goals('push_neg')).toEqual(['⊢ ∃ n : ℕ, ∀ m : ℕ, m > n → 5 ≤ m']);
  });

  it('push_neg keeps ¬(a < b) on ℂ (not a linear order)', async () => {
    const s = await Session.open('theorem t (z : ℂ) (h : ¬ (z = 1 ∨ z = 2)) : True');
    expect(await s.goals('push_neg at h')).toEqual(['z : ℂ\nh : z ≠ 1 ∧ z ≠ 2\n⊢ True']);
  });

  it('by_cases makes pos and neg goals', async () => {
    const s = await Session.open('theorem t (x : ℝ) : |x| ≥ 0');
    expect(await s.goals('by_cases h : x ≥ 0')).toEqual(['case pos\nx : ℝ\nh : x ≥ 0\n⊢ |x| ≥ 0', 'case neg\nx : ℝ\nh : ¬x ≥ 0\n⊢ |x| ≥ 0']);
  });
});

describe('have, subst, rw, specialize', () => {
  it('have with a type and no proof puts the new goal first', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x = 2) : x ^ 2 = 4');
    expect(await s.goals('have h2 : x * x = 4')).toEqual(['x : ℝ\nh : x = 2\n⊢ x * x = 4', 'x : ℝ\nh : x = 2\nh2 : x * x = 4\n⊢ x ^ 2 = 4']);
  });

  it('have … := by … must close its goal', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x = 2) : x ^ 2 = 4');
    expect((await s.apply('have h2 : x = 3 := by linarith')).kind).toBe('error');
    expect(await s.goals('have h2 : x + 1 = 3 := by linarith')).toEqual(['x : ℝ\nh : x = 2\nh2 : x + 1 = 3\n⊢ x ^ 2 = 4']);
  });

  it('subst eliminates the variable side of an equation', async () => {
    const s = await Session.open('theorem t (x y : ℝ) (h₂ : x * y = 12) (h₃ : x = 3 * y) : x = 6');
    expect(await s.goals('subst h₃')).toEqual(['y : ℝ\nh₂ : 3 * y * y = 12\n⊢ 3 * y = 6']);
  });

  it('rw rewrites every instance, at hypotheses and the target, and tries rfl', async () => {
    const s = await Session.open('theorem t (a b : ℝ) (f : ℝ → ℝ) (h₀ : ∀ x, f x = x ^ 2 + a * x + b) (h₁ : f 1 = 0) : f 3 = 8');
    expect(await s.goals('rw [h₀] at h₁ ⊢')).toEqual([
      'a b : ℝ\nf : ℝ → ℝ\nh₀ : ∀ x : ℝ, f x = x ^ 2 + a * x + b\nh₁ : 1 ^ 2 + a * 1 + b = 0\n⊢ 3 ^ 2 + a * 3 + b = 8',
    ]);
    const t = await Session.open('theorem t (x y : ℕ) (h : x = y) : x + x = y + y');
    expect((await t.apply('rw [h]')).kind).toBe('proved');
  });

  it('rw ← rewrites right to left; a missing pattern is an error', async () => {
    const s = await Session.open('theorem t (x y : ℕ) (h : x = y + 1) : y + 1 = 3');
    const fresh = await Session.open('theorem t (x y : ℕ) (h : x = y + 1) : y + 1 = 3');
    const r = await fresh.apply('rw [h]');
    expect(r.kind === 'error' && r.message).toContain('did not find');
    expect(await s.goals('rw [← h]')).toEqual(['x y : ℕ\nh : x = y + 1\n⊢ x = 3']);
  });

  it('rw with lemmas instantiates them at the first match (sum_range_succ, pow_succ, iff lemmas)', async () => {
    const s = await Session.open('theorem t (k : ℕ) : ∑ i ∈ Finset.range (k + 1), (2 * i + 3) = (k + 1) * (k + 3)');
    expect(await s.goals('rw [Finset.sum_range_succ]')).toEqual(['k : ℕ\n⊢ ∑ i ∈ Finset.range k, (2 * i + 3) + (2 * k + 3) = (k + 1) * (k + 3)']);
    const t = await Session.open('theorem t (a b : ℝ) (h₀ : |a| ≤ 2) : True');
    expect(await t.goals('rw [abs_le] at h₀')).toEqual(['a b : ℝ\nh₀ : -2 ≤ a ∧ a ≤ 2\n⊢ True']);
  });

  it('rw with an iff lemma needing a premise takes it as an argument', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x + 1 ≠ 0) (h₁ : (2 * x + 3) / (x + 1) = 3) : x = 0');
    expect(await s.goals('rw [div_eq_iff h] at h₁')).toEqual(['x : ℝ\nh : x + 1 ≠ 0\nh₁ : 2 * x + 3 = 3 * (x + 1)\n⊢ x = 0']);
  });

  it('specialize replaces a hypothesis by its instance', async () => {
    const s = await Session.open('theorem t (f : ℕ → ℕ) (h : ∀ n, f (n + 1) = f n + 4) : True');
    expect(await s.goals('specialize h 2')).toEqual(['f : ℕ → ℕ\nh : f (2 + 1) = f 2 + 4\n⊢ True']);
  });
});

describe('induction', () => {
  it('gives zero and succ cases with Lean names and tags', async () => {
    const s = await Session.open('theorem t (n : ℕ) : n + 1 ≤ 2 ^ n');
    expect(await s.goals('induction n')).toEqual(['case zero\n⊢ 0 + 1 ≤ 2 ^ 0', 'case succ\nn✝ : ℕ\na✝ : n✝ + 1 ≤ 2 ^ n✝\n⊢ n✝ + 1 + 1 ≤ 2 ^ (n✝ + 1)']);
  });

  it('generalises hypotheses that mention the variable', async () => {
    const s = await Session.open('theorem t (x : ℝ) (n : ℕ) (h : 0 < n) : 0 ≤ x ^ 2 * n');
    expect(await s.goals("induction' n with k ih")).toEqual([
      'case zero\nx : ℝ\nh : 0 < 0\n⊢ 0 ≤ x ^ 2 * (↑0 : ℝ)',
      'case succ\nx : ℝ\nk : ℕ\nih : 0 < k → 0 ≤ x ^ 2 * (↑k : ℝ)\nh : 0 < k + 1\n⊢ 0 ≤ x ^ 2 * (↑(k + 1) : ℝ)',
    ]);
  });

  it('runs the alternatives, each of which must close its case', async () => {
    const script = 'induction n with\n| zero => norm_num\n| succ k ih =>\n  rw [pow_succ]\n  omega';
    expect(await verify('theorem t (n : ℕ) : n + 1 ≤ 2 ^ n', script)).toBe('accepted:certified');
    expect(await verify('theorem t (n : ℕ) : n + 1 ≤ 2 ^ n', 'induction n with\n| zero => norm_num\n| succ k ih => skip')).toMatch(/^rejected.*unsolved goals/s);
    expect(await verify('theorem t (n : ℕ) : n + 1 ≤ 2 ^ n', 'induction n with\n| zero => norm_num')).toMatch(/has not been provided/);
  });

  it('case x => … renames inaccessible entries, shadowing an existing x', async () => {
    // The old `x : ℝ` must not be confused with the new `x : ℕ`.
    const r = await Session.open('theorem t (x : ℝ) (n : ℕ) : (n : ℝ) ≤ n + x ^ 2');
    await r.goals('induction n');
    expect(await r.goals('case succ x ih => skip').catch((e: Error) => e.message)).toContain(
      'case succ\nx✝ : ℝ\nx : ℕ\nih : (↑x : ℝ) ≤ (↑x : ℝ) + x✝ ^ 2\n⊢ (↑(x + 1) : ℝ) ≤ (↑(x + 1) : ℝ) + x✝ ^ 2',
    );
    const s = await Session.open('theorem t (x : ℕ) (n : ℕ) : n + x ≥ x');
    await s.goals('induction n');
    expect(await s.goals('case succ x ih => skip').catch((e: Error) => e.message)).toContain('unsolved goals');
    const t = await Session.open('theorem t (x : ℕ) (n : ℕ) : n + x ≥ x');
    await t.goals('induction n');
    expect(await t.goals('next => omega')).toEqual(['case succ\nx n✝ : ℕ\na✝ : n✝ + x ≥ x\n⊢ n✝ + 1 + x ≥ x']);
  });

  it('refuses induction on a non-ℕ variable', async () => {
    const s = await Session.open('theorem t (n : ℤ) : n = n');
    const r = await s.apply('induction n');
    expect(r.kind === 'error' && r.reason).toBe('unsupported');
  });
});

describe('closing by logic alone', () => {
  it('assumption, contradiction, trivial, rfl', async () => {
    expect(await verify('theorem t (x : ℝ) (h : x > 1) : 1 < x', 'assumption')).toBe('accepted:certified');
    expect(await verify('theorem t (x : ℝ) (h : x > 1) (h' + "'" + ' : ¬ x > 1) : x = 7', 'contradiction')).toBe('accepted:certified');
    expect(await verify('theorem t (x : ℝ) : x + 1 = x + 1', 'rfl')).toBe('accepted:certified');
    expect(await verify('theorem t : (2 : ℕ) + 2 = 4', 'rfl')).toBe('accepted:certified');
    expect(await verify('theorem t : (2 : ℕ) + 2 = 5', 'rfl')).toMatch(/^rejected/);
    expect(await verify('theorem t (x : ℝ) : x + 1 = 1 + x', 'rfl')).toMatch(/^rejected/);
    expect(await verify('theorem t : True ∧ 3 < 5', 'trivial')).toBe('accepted:certified');
  });

  it('focusing, <;>, try, all_goals and first follow Lean', async () => {
    const sig = 'theorem t (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 4) : x = 7 ∧ y = 3';
    expect(await verify(sig, 'constructor\n· linarith\n· linarith')).toBe('accepted:certified');
    expect(await verify(sig, 'constructor <;> linarith')).toBe('accepted:certified');
    expect(await verify(sig, 'constructor\nall_goals linarith')).toBe('accepted:certified');
    expect(await verify(sig, 'constructor\n· linarith')).toMatch(/^rejected:unsolved-goals/);
    expect(await verify(sig, 'constructor\n· linarith\n  linarith')).toMatch(/^rejected.*no goals/s);
    expect(await verify(sig, 'constructor\ntry exfalso\nall_goals first | linarith | rfl')).toMatch(/^rejected/);
    expect(await verify(sig, 'constructor\nany_goals linarith')).toBe('accepted:certified');
  });
});

describe('cases, subst_vars, symm, contrapose, absurd, rename_i', () => {
  it('cases on a disjunction gives inl/inr with inaccessible names unless named', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x = 1 ∨ x = 2) : x > 0');
    expect(await s.goals('cases h')).toEqual(['case inl\nx : ℝ\nh✝ : x = 1\n⊢ x > 0', 'case inr\nx : ℝ\nh✝ : x = 2\n⊢ x > 0']);
    expect(await verify('theorem t (x : ℝ) (h : x = 1 ∨ x = 2) : x > 0', 'cases h with\n| inl h1 => rw [h1]; norm_num\n| inr h2 => linarith')).toBe('accepted:certified');
    expect(await verify('theorem t (a : ℝ) : |a| ≥ a', 'rcases abs_cases a with ⟨h, _⟩ | ⟨h, _⟩ <;> linarith')).toBe('accepted:certified');
  });

  it('cases on a ℕ variable splits into zero and succ without an induction hypothesis', async () => {
    const s = await Session.open('theorem t (n : ℕ) (h : n ≠ 0) : 1 ≤ n');
    expect(await s.goals('cases n with\n| zero => exact absurd rfl h\n| succ k => omega').catch((e: Error) => e.message)).toEqual([]);
    const t = await Session.open('theorem t (n : ℕ) (h : n ≠ 0) : 1 ≤ n');
    expect(await t.goals('cases n')).toEqual(['case zero\nh : 0 ≠ 0\n⊢ 1 ≤ 0', 'case succ\nn✝ : ℕ\nh : n✝ + 1 ≠ 0\n⊢ 1 ≤ n✝ + 1']);
  });

  it('have := lemma instance, subst_vars, symm, rename_i', async () => {
    const s = await Session.open('theorem t (n : ℕ) : n % 2 < 2');
    expect(await s.goals('have := Nat.mod_two_eq_zero_or_one n')).toEqual(['n : ℕ\nthis : n % 2 = 0 ∨ n % 2 = 1\n⊢ n % 2 < 2']);
    const t = await Session.open('theorem t (x y z : ℤ) (h₁ : x = y + 1) (h₂ : z = x) : z = y + 1');
    expect(await t.goals('subst_vars')).toEqual(['y : ℤ\n⊢ y + 1 = y + 1']);
    const u = await Session.open('theorem t (x : ℤ) : 3 = x + 1');
    expect(await u.goals('symm')).toEqual(['x : ℤ\n⊢ x + 1 = 3']);
    const w = await Session.open('theorem t : ∀ a b : ℕ, a + b = b + a');
    await w.goals('intro');
    await w.goals('intro');
    expect(await w.goals('rename_i p q')).toEqual(['p q : ℕ\n⊢ p + q = q + p']);
  });

  it('contrapose! turns h : p ⊢ q into h : ¬q ⊢ ¬p with negations pushed', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x ^ 2 > 4) : x > 2 ∨ x < -2');
    expect(await s.goals('contrapose! h')).toEqual(['x : ℝ\nh : x ≤ 2 ∧ -2 ≤ x\n⊢ x ^ 2 ≤ 4']);
  });

  it('absurd h makes the goal ¬(type of h)', async () => {
    const s = await Session.open('theorem t (x : ℝ) (h : x < 0) (h2 : 0 ≤ x) : x = 5');
    expect(await s.goals('absurd h')).toEqual(['x : ℝ\nh : x < 0\nh2 : 0 ≤ x\n⊢ ¬x < 0']);
  });
});
