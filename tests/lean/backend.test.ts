/**
 * The Lean backend (ProofBackend seam) over the replay fixture: tactic mode and verification
 * driven by recorded Lean transcripts, through the pool, sessions and real child processes. A
 * request the transcript does not expect makes the replay exit, so these tests also pin down
 * exactly which requests the backend sends (one header import per process, nothing extra).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeclarationKind, Problem } from '../../src/core/problem.ts';
import type { ProofState, TacticResult } from '../../src/core/seams.ts';
import { LeanBackend, type LeanBackendOptions } from '../../src/lean/backend.ts';
import { FIXTURES_PRESENT, replayCommand, transcript, type ReplayModes } from './support/transcripts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-backend-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let markers = 0;
const once = () => join(scratch, `fired-${(markers += 1)}`);

function problem(signature: string, header = '', kind: DeclarationKind = 'theorem'): Problem {
  const name = kind === 'example' ? 'example_1' : /^(?:theorem|lemma)\s+(\S+)/u.exec(signature)![1]!;
  return { name, kind, header, text: `${signature} := by sorry`, signature, position: { file: 'test.lean', line: 1, column: 0 }, tags: {} };
}

function backend(name: string, options: Partial<LeanBackendOptions> & { modes?: ReplayModes } = {}): LeanBackend {
  const { modes, ...rest } = options;
  return new LeanBackend({ command: replayCommand(transcript(name), modes), workers: 1, header: '', ...rest });
}

async function started(b: LeanBackend, p: Problem): Promise<ProofState> {
  const result = await b.start(p);
  if (result.kind !== 'ok') throw new Error(`start failed: ${result.message}`);
  return result.state;
}

async function step(b: LeanBackend, state: ProofState, tactic: string, timeoutMs = 20_000): Promise<TacticResult> {
  return b.apply(state, tactic, { timeoutMs });
}

function okState(result: TacticResult): ProofState {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.state;
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const testZeroLtOne = problem('theorem test : 0 < 1', 'import Mathlib');
const testThreeEqSeven = problem('theorem test : 3 = 7', 'import Mathlib');

describe.skipIf(!FIXTURES_PRESENT)('the Lean backend over recorded transcripts', () => {
  it('imports a header once per process and states two problems on it (exact)', async () => {
    const b = backend('test/Mathlib/test/exact');
    try {
      const first = await started(b, testZeroLtOne);
      expect(first).toMatchObject({ backend: 'lean', goals: ['⊢ 0 < 1'], tier: 'kernel' });
      expect(await step(b, first, 'exact?')).toMatchObject({ kind: 'proved', tier: 'kernel', state: { goals: [] } });
      const second = await started(b, testThreeEqSeven);
      expect(second.goals).toEqual(['⊢ 3 = 7']);
      expect(await step(b, second, 'exact?')).toMatchObject({ kind: 'error', reason: 'failed', message: expect.stringContaining('could not close the goal') });
    } finally {
      await b.close();
    }
  });

  it('imports the common header as soon as a process starts and builds problems on it', async () => {
    const b = backend('test/Mathlib/test/exact', { header: 'import Mathlib' });
    try {
      await until(() => b.pool.workers[0]!.session.uses === 1);
      // The empty problem header means the common header; equal text reuses it too.
      const first = await started(b, problem('theorem test : 0 < 1'));
      expect(await step(b, first, 'exact?')).toMatchObject({ kind: 'proved' });
      expect((await started(b, testThreeEqSeven)).goals).toEqual(['⊢ 3 = 7']);
    } finally {
      await b.close();
    }
  });

  it('never counts an empty goal list as proved (invalid_tactic)', async () => {
    const b = backend('test/invalid_tactic');
    try {
      const state = await started(b, problem('theorem my_theorem (x : Nat) : x = x'));
      expect(state.goals).toEqual(['x : Nat\n⊢ x = x']);
      const result = await step(b, state, 'exact my_fake_premise');
      expect(result).toEqual({ kind: 'error', reason: 'failed', message: 'Unknown identifier `my_fake_premise`' });
    } finally {
      await b.close();
    }
  });

  it('follows several goals to a completed proof (proof_branching)', async () => {
    const b = backend('test/proof_branching');
    try {
      let state = await started(b, problem('theorem complex_and (p q r : Prop) (h1 : p ∧ q) (h2 : q → r) : p ∧ r'));
      state = okState(await step(b, state, 'apply And.intro'));
      expect(state.goals).toHaveLength(2);
      state = okState(await step(b, state, 'exact h1.left'));
      state = okState(await step(b, state, 'apply h2'));
      expect(state.goals).toEqual(['case right\np q r : Prop\nh1 : p ∧ q\nh2 : q → r\n⊢ q']);
      expect(await step(b, state, 'exact h1.right')).toMatchObject({ kind: 'proved' });
    } finally {
      await b.close();
    }
  });

  it('branches from one proof state and reads case-tagged goals (H20231115, example)', async () => {
    const b = backend('test/Mathlib/test/H20231115');
    try {
      const state = await started(b, problem('example {x : Nat} : x + 1 > x', 'import Mathlib.Tactic.Cases', 'example'));
      const result = okState(await step(b, state, "induction' x with x hx"));
      expect(result.goals).toEqual(['case zero\n⊢ 0 + 1 > 0', 'case succ\nx : Nat\nhx : x + 1 > x\n⊢ x + 1 + 1 > x + 1']);
    } finally {
      await b.close();
    }
  });

  it('refuses a tactic the audit rejects without sending it', async () => {
    const b = backend('test/by_cases');
    try {
      const state = await started(b, problem('theorem foo (x : Int) : x = x'));
      expect(await step(b, state, 'all_goals sorry')).toMatchObject({ kind: 'error', reason: 'unsupported', message: expect.stringContaining('(sorry)') });
      expect(await step(b, state, 'native_decide')).toMatchObject({ kind: 'error', reason: 'unsupported', message: expect.stringContaining('native-decide') });
      // Nothing was sent: the transcript's next request still matches.
      expect(okState(await step(b, state, 'by_cases h : x < 0')).goals).toHaveLength(2);
    } finally {
      await b.close();
    }
  });

  it('reports a tactic that does not parse as a parse error (unknown_tactic)', async () => {
    const b = backend('test/unknown_tactic');
    try {
      const state = await started(b, { ...problem('theorem f : Nat'), signature: 'def f : Nat' });
      expect(await step(b, state, 'exat 42')).toMatchObject({ kind: 'error', reason: 'parse' });
    } finally {
      await b.close();
    }
  });

  it('rejects a handle from another backend', async () => {
    const a = backend('test/invalid_tactic');
    const b = backend('test/invalid_tactic');
    try {
      const state = await started(a, problem('theorem my_theorem (x : Nat) : x = x'));
      expect(await step(b, state, 'rfl')).toMatchObject({ kind: 'error', reason: 'backend', message: expect.stringContaining('not a proof state of this Lean backend') });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('recovers from a crash: the start fails with the reason, the process restarts and re-imports the header', async () => {
    const b = backend('test/Mathlib/test/exact', { header: 'import Mathlib', modes: { dieAt: 2, once: once() } });
    try {
      expect(await b.start(testZeroLtOne)).toMatchObject({ kind: 'error', message: expect.stringContaining('in the middle of a response') });
      const state = await started(b, testZeroLtOne);
      expect(await step(b, state, 'exact?')).toMatchObject({ kind: 'proved' });
    } finally {
      await b.close();
    }
  });

  it('times out a hung tactic, restarts, and then fails the old proof state cleanly', async () => {
    const b = backend('test/Mathlib/test/exact', { header: 'import Mathlib', modes: { hangAt: 3, once: once() } });
    try {
      const state = await started(b, testZeroLtOne);
      expect(await step(b, state, 'exact?', 300)).toMatchObject({ kind: 'error', reason: 'timeout' });
      expect(await step(b, state, 'exact?')).toMatchObject({ kind: 'error', reason: 'backend', message: expect.stringContaining('restarted') });
      const fresh = await started(b, testZeroLtOne);
      expect(await step(b, fresh, 'exact?')).toMatchObject({ kind: 'proved' });
    } finally {
      await b.close();
    }
  });

  it('maps a memory restart to a resource error', async () => {
    const b = backend('test/Mathlib/test/exact', {
      modes: { growAt: 3, growMb: 320, once: once() },
      maxMemoryBytes: 240 * 1024 ** 2,
      memorySampleMs: 50,
    });
    try {
      const state = await started(b, testZeroLtOne);
      expect(await step(b, state, 'exact?')).toMatchObject({ kind: 'error', reason: 'resource', message: expect.stringContaining('cap') });
    } finally {
      await b.close();
    }
  });

  it('spreads concurrent work over the pool and keeps each proof state on its process', async () => {
    const b = backend('test/Mathlib/test/exact', { workers: 2 });
    try {
      const [x, y] = await Promise.all([started(b, testZeroLtOne), started(b, testZeroLtOne)]);
      const workerOf = (s: ProofState) => (s.handle as { worker: { id: number } }).worker.id;
      expect(new Set([workerOf(x), workerOf(y)])).toEqual(new Set([0, 1]));
      // Each replay process expects exactly its own transcript: a tactic sent to the wrong one would kill it.
      const results = await Promise.all([step(b, x, 'exact?'), step(b, y, 'exact?')]);
      expect(results.map((r) => r.kind)).toEqual(['proved', 'proved']);
    } finally {
      await b.close();
    }
  });
});

describe.skipIf(!FIXTURES_PRESENT)('verification over recorded transcripts', () => {
  it('rejects a proof the kernel refuses, naming the rule (app_type_mismatch)', async () => {
    const b = backend('test/app_type_mismatch');
    try {
      const verdict = await b.verify(problem('example : 1 = 0', '', 'example'), 'cases 1\nrfl\napply ?succ');
      expect(verdict).toEqual({
        kind: 'rejected',
        verifier: 'lean',
        verifierVersion: 'leanprover/lean4:v4.33.0-rc2',
        rule: 'lean-error',
        message: "1:0: (kernel) declaration has metavariables '_example'",
      });
    } finally {
      await b.close();
    }
  });

  it('rejects unsolved goals in the header environment (H20231115_3)', async () => {
    const b = backend('test/Mathlib/test/H20231115_3');
    try {
      const verdict = await b.verify(problem('example {x : Nat} : x + 1 > x', 'import Mathlib.Tactic.Cases', 'example'), "induction' x with x hx");
      expect(verdict).toMatchObject({ kind: 'rejected', rule: 'lean-error', message: expect.stringMatching(/^1:33: unsolved goals\ncase zero/u) });
    } finally {
      await b.close();
    }
  });

  it('rejects by the static audit before any Lean call', async () => {
    const b = backend('test/Mathlib/test/placeholder_synthesis');
    try {
      const p = problem('example : 1 = 0', 'import Mathlib', 'example');
      expect(await b.verify(p, 'exact absurd rfl (by native_decide)')).toMatchObject({ kind: 'rejected', rule: 'native-decide' });
      expect(await b.verify(p, 'sorry')).toMatchObject({ kind: 'rejected', rule: 'sorry' });
      // The transcript's requests are all still ahead: the audit sent nothing.
      const verdict = await b.verify(p, "cases' exists_ne 2 with n h\nsimpa [] using h _");
      expect(verdict).toMatchObject({ kind: 'rejected', rule: 'lean-error', message: expect.stringContaining("don't know how to synthesize placeholder") });
    } finally {
      await b.close();
    }
  });

  it('says it cannot verify when the REPL cannot be started', async () => {
    const b = new LeanBackend({ command: { file: join(scratch, 'no-lake'), args: [], cwd: scratch }, workers: 1, header: '' });
    try {
      expect(await b.verify(problem('theorem t : True'), 'trivial')).toMatchObject({ kind: 'rejected', rule: 'backend', message: expect.stringContaining('cannot verify') });
      expect(await b.start(problem('theorem t : True'))).toMatchObject({ kind: 'error', message: expect.stringContaining('cannot start') });
    } finally {
      await b.close();
    }
  });
});
