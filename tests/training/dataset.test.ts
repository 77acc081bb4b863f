import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/core/results.ts';
import { openDataset } from '../../src/training/dataset.ts';
import { normaliseProof, proofIdOf } from '../../src/training/normalise.ts';
import { StepRecordSchema, type ProofRecord, type StepRecord } from '../../src/training/records.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-dataset-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function proof(problem: string, script: string): ProofRecord {
  return {
    problem,
    source_file: 'p.lean',
    statement: `theorem ${problem} : True`,
    proof: script,
    verifier: 'symbolic',
    verifier_version: 'v',
    tier: 'certified',
    expansions: 1,
    seconds: 0,
    created_at: '2026-01-01T00:00:00.000Z',
    proof_id: proofIdOf(problem, script),
  };
}

function step(p: ProofRecord, i: number, before: string, tactic: string, after: string): StepRecord {
  return { problem: p.problem, step: i, state_before: before, tactic, state_after: after, verifier: 'symbolic', tier: 'certified', proof_id: p.proof_id };
}

describe('normaliseProof', () => {
  it('ignores spacing and blank lines but keeps indentation', () => {
    expect(normaliseProof('intro x  \n\nnlinarith  [sq_nonneg x]\n')).toBe('intro x\nnlinarith [sq_nonneg x]');
    expect(normaliseProof('· simp\n  ring')).toBe('· simp\n  ring');
    expect(normaliseProof('· simp\n  ring')).not.toBe(normaliseProof('· simp\n· ring'));
    expect(proofIdOf('a', 'simp  ')).toBe(proofIdOf('a', 'simp'));
    expect(proofIdOf('a', 'simp')).not.toBe(proofIdOf('b', 'simp'));
  });
});

describe('openDataset', () => {
  it('de-duplicates proofs (same problem, same normalised proof) and steps (same state, same tactic)', async () => {
    const data = await openDataset(dir, { resume: false });
    const a = proof('a', 'intro x\nlinarith');
    expect(await data.addProof(a, [step(a, 0, '⊢ ∀ x, P x', 'intro x', 'x : ℝ\n⊢ P x'), step(a, 1, 'x : ℝ\n⊢ P x', 'linarith', '')])).toEqual({ proofWritten: true, stepsWritten: 2 });
    const again = proof('a', 'intro x\n\nlinarith  ');
    expect(await data.addProof(again, [step(again, 0, '⊢ ∀ x, P x', 'intro x', 'x : ℝ\n⊢ P x')])).toEqual({ proofWritten: false, stepsWritten: 0 });
    // Another problem reaching a state already recorded with the same tactic adds only its new step.
    const b = proof('b', 'intro y\nlinarith');
    expect(await data.addProof(b, [step(b, 0, '⊢ ∀ y, P y', 'intro y', 'x : ℝ\n⊢ P x'), step(b, 1, 'x : ℝ\n⊢ P x', 'linarith', '')])).toEqual({ proofWritten: true, stepsWritten: 1 });
    await data.close();
    const steps = (await readJsonl(join(dir, 'steps.jsonl'), StepRecordSchema)).records;
    expect(steps.map((s) => [s.problem, s.tactic])).toEqual([['a', 'intro x'], ['a', 'linarith'], ['b', 'intro y']]);

    const reopened = await openDataset(dir, { resume: true });
    expect(reopened.solved('a') && reopened.solved('b')).toBe(true);
    expect(await reopened.addProof(b, [])).toEqual({ proofWritten: false, stepsWritten: 0 });
    await reopened.close();
  });

  it('honours prior data from other directories', async () => {
    const a = proof('a', 'simp');
    const data = await openDataset(dir, { resume: false, prior: { proofs: [a], steps: [step(a, 0, '⊢ 1 = 1', 'simp', '')] } });
    expect(data.solved('a')).toBe(true);
    const c = proof('c', 'simp');
    expect(await data.addProof(c, [step(c, 0, '⊢ 1 = 1', 'simp', '')])).toEqual({ proofWritten: true, stepsWritten: 0 });
    await data.close();
  });

  it('on resume drops a torn last line and steps whose proof record was never written', async () => {
    const data = await openDataset(dir, { resume: false });
    const a = proof('a', 'simp');
    await data.addProof(a, [step(a, 0, '⊢ 1 = 1', 'simp', '')]);
    await data.close();
    const good = await readFile(join(dir, 'steps.jsonl'), 'utf8');
    // A kill after b's steps were written but before its proof record; then a torn line.
    const b = proof('b', 'norm_num');
    await appendFile(join(dir, 'steps.jsonl'), `${JSON.stringify(step(b, 0, '⊢ 2 = 2', 'norm_num', ''))}\n{"problem":"b","st`);
    await appendFile(join(dir, 'proofs.jsonl'), '{"problem":"b","sou');
    const reopened = await openDataset(dir, { resume: true });
    expect(reopened.solved('b')).toBe(false);
    expect(reopened.stepCount()).toBe(1);
    expect(await reopened.addProof(b, [step(b, 0, '⊢ 2 = 2', 'norm_num', '')])).toEqual({ proofWritten: true, stepsWritten: 1 });
    await reopened.close();
    expect(await readFile(join(dir, 'steps.jsonl'), 'utf8')).toBe(`${good}${JSON.stringify(step(b, 0, '⊢ 2 = 2', 'norm_num', ''))}\n`);
    expect((await readFile(join(dir, 'proofs.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('rejects an invalid record before it reaches the file', async () => {
    const data = await openDataset(dir, { resume: false });
    const a = proof('a', 'simp');
    await expect(data.addProof({ ...a, tier: 'oracle' as 'smt' }, [])).rejects.toThrow(/invalid record/u);
    await data.close();
    expect(await readFile(join(dir, 'proofs.jsonl'), 'utf8')).toBe('');
  });
});
