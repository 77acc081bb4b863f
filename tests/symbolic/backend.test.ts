/**
 * `SymbolicBackend` through the `ProofBackend` seam: states, tactic results and verdicts are
 * values (never exceptions) for every input; states are immutable; tiers are reported apart
 * (`certified` vs `smt`); deadlines and resource limits hold.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SymbolicBackend, SYMBOLIC_VERIFIER_VERSION } from '../../src/symbolic/backend.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import type { ProofState } from '../../src/core/seams.ts';
import { problem } from './engine/helpers.ts';

afterAll(async () => {
  await shutdownSmt();
});

async function startState(b: SymbolicBackend, signature: string): Promise<ProofState> {
  const r = await b.start(problem(signature));
  if (r.kind === 'error') throw new Error(r.message);
  return r.state;
}

describe('start', () => {
  it('states the problem as one Lean-style goal', async () => {
    const b = new SymbolicBackend();
    const s = await startState(b, 'theorem t (x y : ℝ) (h₀ : 0 < x) : x ^ 2 + y ^ 2 ≥ 2 * x * y');
    expect(s).toMatchObject({ backend: 'symbolic', tier: 'certified', goals: ['x y : ℝ\nh₀ : 0 < x\n⊢ x ^ 2 + y ^ 2 ≥ 2 * x * y'] });
  });

  it('returns statement errors as values with the file position', async () => {
    const b = new SymbolicBackend();
    const r = await b.start(problem('theorem t (x : ℝ) : frobnicate x = 0'));
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(/^test\.lean:1:\d+: .*frobnicate/);
    const deep = await b.start(problem(`theorem t (x : ℝ) : ${'('.repeat(5000)}x${')'.repeat(5000)} = x`));
    expect(deep.kind).toBe('error');
  });
});

describe('apply', () => {
  it('acts on the first goal and keeps the rest, in order', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s0 = await startState(b, 'theorem t (x y : ℝ) (h₀ : x + y = 10) (h₁ : x - y = 4) : x = 7 ∧ y = 3');
    const r1 = await b.apply(s0, 'constructor', { timeoutMs: 2000 });
    expect(r1.kind).toBe('ok');
    if (r1.kind !== 'ok') return;
    expect(r1.state.goals).toHaveLength(2);
    const r2 = await b.apply(r1.state, 'linarith', { timeoutMs: 2000 });
    expect(r2.kind === 'ok' && r2.state.goals).toEqual([r1.state.goals[1]]);
    if (r2.kind !== 'ok') return;
    const r3 = await b.apply(r2.state, 'linarith', { timeoutMs: 2000 });
    expect(r3).toMatchObject({ kind: 'proved', tier: 'certified', state: { goals: [] } });
  });

  it('leaves earlier states untouched (states are values)', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s0 = await startState(b, 'theorem t (p q : ℕ) (h : p < q) : p < q ∧ p ≤ q');
    const before = [...s0.goals];
    await b.apply(s0, 'constructor', { timeoutMs: 2000 });
    await b.apply(s0, 'exfalso', { timeoutMs: 2000 });
    expect(s0.goals).toEqual(before);
    const again = await b.apply(s0, 'constructor', { timeoutMs: 2000 });
    expect(again.kind === 'ok' && again.state.goals).toHaveLength(2);
  });

  it('reports parse, unknown-tactic, failure and stale-handle errors as values', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s = await startState(b, 'theorem t (x : ℝ) (h : 1 < x) : 0 < x');
    expect(await b.apply(s, 'rw [h', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'parse' });
    expect(await b.apply(s, 'frobnicate', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'unsupported' });
    expect(await b.apply(s, 'sorry', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'unsupported' });
    expect(await b.apply(s, 'exact h', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await b.apply({ ...s, handle: { goals: [] } }, 'linarith', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'backend' });
    expect(await b.apply({ ...s, backend: 'lean' }, 'linarith', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'backend' });
    const done = await b.apply(s, 'linarith', { timeoutMs: 2000 });
    expect(done.kind).toBe('proved');
    if (done.kind === 'proved') expect(await b.apply(done.state, 'linarith', { timeoutMs: 2000 })).toMatchObject({ kind: 'error', reason: 'failed' });
  });

  it('never throws, whatever the tactic text', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s = await startState(b, 'theorem t (x y : ℤ) (h₀ : x < y) (h₁ : Even x) : x + 1 ≤ y ∧ ∃ k, x = k + k');
    const piece = fc.constantFrom(
      'intro', 'constructor', 'exact', 'rw', 'rcases', 'obtain', 'use', 'have', 'by', 'at', 'with', 'h₀', 'h₁', 'x', 'y', 'k',
      '⟨', '⟩', '(', ')', '[', ']', ',', ':', ':=', '|', '·', '\n', '  ', ' ', ';', '<;>', '←', '_', '?_', '+', '1', '=', '<',
      'linarith', 'omega', 'push_neg', 'by_contra', 'induction', 'subst', 'norm_num', 'Even', '.1', '.mp',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 14 }), async (parts) => {
        const r = await b.apply(s, parts.join(' '), { timeoutMs: 500 });
        expect(['ok', 'proved', 'error']).toContain(r.kind);
        if (r.kind === 'error') expect(r.message).not.toMatch(/internal error/);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('refuses a goal that grows past the size limit with a resource error', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s = await startState(b, 'theorem t (x : ℝ) (h : x = x * x) : x = 0');
    const r = await b.apply(s, Array.from({ length: 20 }, () => 'rw [h]').join('\n'), { timeoutMs: 20_000 });
    expect(r).toMatchObject({ kind: 'error', reason: 'resource' });
  });

  it('refuses a goal nested past the depth limit with a resource error', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const s = await startState(b, 'theorem t (x : ℕ) (h : x = x + 1) : x = 0');
    const r = await b.apply(s, Array.from({ length: 1100 }, () => 'rw [h]').join('\n'), { timeoutMs: 20_000 });
    expect(r).toMatchObject({ kind: 'error', reason: 'resource' });
    if (r.kind === 'error') expect(r.message).toContain('levels deep');
  });

  it('answers within the deadline', async () => {
    const b = new SymbolicBackend({ allowSmt: false, tacticTimeoutMs: 100 });
    const s = await startState(b, 'theorem t : 2 ^ (10 ^ 9) % 7 = 3');
    const t0 = Date.now();
    const r = await b.apply(s, 'norm_num', { timeoutMs: 100 });
    expect(r.kind).toBe('error');
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('verify', () => {
  const sig = 'theorem t (x : ℝ) (h₀ : 0 < x) (h₁ : x ^ 2 = 4) : x = 2';

  it('accepts a complete script, with the verifier version and tier', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    const script = 'have h : (x - 2) * (x + 2) = 0 := by nlinarith [h₁]\nrcases mul_eq_zero.mp h with h2 | h2\n· linarith\n· linarith';
    expect(await b.verify(problem(sig), script)).toEqual({ kind: 'accepted', verifier: 'symbolic', verifierVersion: SYMBOLIC_VERIFIER_VERSION, tier: 'certified' });
    expect((await b.verify(problem(sig), `by\n  ${script.split('\n').join('\n  ')}`)).kind).toBe('accepted');
  });

  it('rejects unsolved goals, extra tactics and sorry, naming the rule', async () => {
    const b = new SymbolicBackend({ allowSmt: false });
    expect(await b.verify(problem(sig), 'have h : (x - 2) * (x + 2) = 0 := by nlinarith [h₁]')).toMatchObject({ kind: 'rejected', rule: 'unsolved-goals' });
    expect(await b.verify(problem('theorem t (x : ℝ) (h : x = 1) : x = 1'), 'exact h\nexact h')).toMatchObject({ kind: 'rejected', rule: 'tactic-failed' });
    expect(await b.verify(problem(sig), 'sorry')).toMatchObject({ kind: 'rejected', rule: 'tactic-unsupported' });
    expect(await b.verify(problem(sig), 'nlinarith [')).toMatchObject({ kind: 'rejected', rule: 'parse' });
    expect(await b.verify(problem('theorem t : nonsense_fn 1 = 1'), 'rfl')).toMatchObject({ kind: 'rejected', rule: 'statement' });
  });

  it('reports the smt tier apart, and only when allowed', async () => {
    const hard = 'theorem t (x y : ℝ) (h : x ^ 2 + y ^ 2 = 0) : x = 0';
    expect(await new SymbolicBackend({ allowSmt: false }).verify(problem(hard), 'linarith')).toMatchObject({ kind: 'rejected' });
    expect(await new SymbolicBackend({ allowSmt: true }).verify(problem(hard), 'linarith')).toMatchObject({ kind: 'accepted', tier: 'smt' });
    // z3 is never asked to close a false goal.
    expect(await new SymbolicBackend({ allowSmt: true }).verify(problem('theorem t (x y : ℝ) (h : x ^ 2 + y ^ 2 = 1) : x = 0'), 'nlinarith')).toMatchObject({
      kind: 'rejected',
    });
  });

  it('is closed after close()', async () => {
    const b = new SymbolicBackend();
    await b.close();
    expect((await b.start(problem(sig))).kind).toBe('error');
  });
});
