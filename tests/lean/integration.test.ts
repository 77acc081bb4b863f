/**
 * Against a real Lean: runs only when `lake` is on PATH and a Lean project with Mathlib and the
 * REPL built is found (PROOFSEEK_LEAN_PROJECT, else this repository after the setup in
 * docs/lean.md). Otherwise it is skipped with a line saying why.
 */
import { execaSync } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclarationKind, Problem } from '../../src/core/problem.ts';
import { createLeanBackend, type LeanBackend } from '../../src/lean/backend.ts';
import { defaultReplCommand, resolveLeanProject } from '../../src/lean/project.ts';
import { REPO_ROOT } from './support/transcripts.ts';

function findLean(): { project: string } | { skip: string } {
  const lake = execaSync('sh', ['-c', 'command -v lake'], { reject: false });
  if (lake.exitCode !== 0) return { skip: '`lake` is not on PATH' };
  try {
    const project = resolveLeanProject(process.env['PROOFSEEK_LEAN_PROJECT'] ?? REPO_ROOT);
    defaultReplCommand(project);
    return { project };
  } catch (error) {
    return { skip: (error as Error).message };
  }
}

const lean = findLean();
if ('skip' in lean) console.log(`lean integration tests skipped: ${lean.skip}`);

const HEADER = 'import Mathlib\n\nset_option maxHeartbeats 0\n\nopen BigOperators Real Nat Topology Rat';

function problem(signature: string, kind: DeclarationKind = 'theorem'): Problem {
  const name = kind === 'example' ? 'example_1' : /^theorem\s+(\S+)/u.exec(signature)![1]!;
  return { name, kind, header: HEADER, text: `${signature} := by sorry`, signature, position: { file: 'it.lean', line: 1, column: 0 }, tags: {} };
}

describe.skipIf('skip' in lean)('the Lean backend on a real Lean', () => {
  let backend: LeanBackend;
  beforeAll(() => {
    backend = createLeanBackend({ leanProject: 'project' in lean ? lean.project : undefined, workers: 1, header: HEADER });
  });
  afterAll(() => backend?.close());

  it('proves in tactic mode only when Lean says Completed', async () => {
    const started = await backend.start(problem('theorem it_add (a b : ℕ) : a + b = b + a'));
    expect(started).toMatchObject({ kind: 'ok', state: { goals: ['a b : ℕ\n⊢ a + b = b + a'] } });
    if (started.kind !== 'ok') return;
    expect(await backend.apply(started.state, 'exact my_fake_premise', { timeoutMs: 60_000 })).toMatchObject({ kind: 'error', reason: 'failed' });
    expect(await backend.apply(started.state, 'omega', { timeoutMs: 60_000 })).toMatchObject({ kind: 'proved', tier: 'kernel' });
  }, 600_000);

  it('accepts an honest proof that uses Classical.choice, and an example', async () => {
    expect(await backend.verify(problem('theorem it_em (p : Prop) : p ∨ ¬p'), 'exact Classical.em p')).toMatchObject({ kind: 'accepted', tier: 'kernel' });
    expect(await backend.verify(problem('example (x : ℝ) : 0 ≤ x ^ 2', 'example'), 'positivity')).toMatchObject({ kind: 'accepted' });
  }, 600_000);

  it('rejects wrong proofs, sorry and native_decide with the rule that caught them', async () => {
    expect(await backend.verify(problem('theorem it_wrong : (2 : ℕ) + 2 = 5'), 'norm_num')).toMatchObject({ kind: 'rejected', rule: 'lean-error' });
    expect(await backend.verify(problem('theorem it_sorry : (2 : ℕ) + 2 = 4'), 'sorry')).toMatchObject({ kind: 'rejected', rule: 'sorry' });
    expect(await backend.verify(problem('theorem it_native : 2 ^ 10 = 1024'), 'native_decide')).toMatchObject({ kind: 'rejected', rule: 'native-decide' });
  }, 600_000);
});
