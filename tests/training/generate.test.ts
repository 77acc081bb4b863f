/**
 * generate end to end on real problems of problems/valid, the real symbolic backend and the
 * heuristic proposer: the records it writes are checked against the backend independently
 * (each proof re-verifies, each step's tactic turns state_before into state_after, each state
 * re-parses as a statement the checker accepts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/core/load-problems.ts';
import type { Problem } from '../../src/core/problem.ts';
import { readJsonl } from '../../src/core/results.ts';
import { HeuristicProposer, loadLibrary } from '../../src/proposer/index.ts';
import { parseGoalText } from '../../src/search/goal-text.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import { generateData, type GenerateOptions } from '../../src/training/generate.ts';
import { GOAL_SEPARATOR, ProofRecordSchema, stateText, StepRecordSchema, type StepRecord } from '../../src/training/records.ts';
import { AttemptRecordSchema, ManifestSchema } from '../../src/training/run-files.ts';

const root = join(import.meta.dirname, '..', '..');
const NAMES = [
  'fun_compose_quadratic_linear', // two steps
  'case_consecutive_product_even', // a case split: `·` blocks
  'quant_quadratic_always_positive', // intro, then close
  'alg_sum_sq_from_sum_prod', // one step
  'quant_no_nat_square_two', // not proved at this budget
];

let dir: string;
let problems: Problem[];
const backend = new SymbolicBackend({ allowSmt: false });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-generate-'));
  const all = await loadProblems(join(root, 'problems', 'valid'));
  problems = NAMES.map((n) => all.find((p) => p.name === n)!);
});
afterAll(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

function options(outDir: string, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    outDir,
    backend: async () => new SymbolicBackend({ allowSmt: false }),
    proposer: new HeuristicProposer(loadLibrary()),
    proposerSha256: 'test',
    budget: { maxExpansions: 30, timeLimitMs: 20_000, tacticTimeoutMs: 5_000 },
    concurrency: 1,
    resume: false,
    retryFailed: false,
    includeSmt: false,
    minimise: true,
    settings: { expansions: 30 },
    ...extra,
  };
}

/** A statement whose hypotheses and target are the goal's, to check that a state re-parses. */
function goalAsProblem(goal: string, name: string): Problem {
  const parsed = parseGoalText(goal);
  if (!parsed) throw new Error(`goal does not parse: ${goal}`);
  const binders = parsed.context.map((e) => `(${e.names.join(' ')} : ${e.type})`).join(' ');
  const signature = `theorem ${name} ${binders} : ${parsed.target}`;
  return { name, kind: 'theorem', header: 'import Mathlib', text: `${signature} := by sorry`, signature, position: { file: 'goal', line: 1, column: 0 }, tags: {} };
}

describe('generateData on problems/valid (symbolic backend)', () => {
  it('writes verified proofs, replayable steps, attempts and a manifest', async () => {
    const out = join(dir, 'data');
    const summary = await generateData(problems, options(out));
    const proofs = (await readJsonl(join(out, 'proofs.jsonl'), ProofRecordSchema)).records;
    const steps = (await readJsonl(join(out, 'steps.jsonl'), StepRecordSchema)).records;
    const attempts = (await readJsonl(join(out, 'attempts.jsonl'), AttemptRecordSchema)).records;
    expect(proofs.map((p) => p.problem).sort()).toEqual(NAMES.slice(0, 4).sort());
    expect(attempts.map((a) => a.problem)).toEqual(['quant_no_nat_square_two']);
    expect(attempts[0]!.status).toBe('failed');
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest).toEqual(summary.manifest);
    expect(manifest.counts).toMatchObject({ problems: 5, proved: 4, attempted_unproved: 1, pending: 0, proofs: 4, steps: steps.length, by_tier: { certified: 4 } });

    const split = proofs.find((p) => p.problem === 'case_consecutive_product_even')!;
    expect(split.proof).toMatch(/^· /mu);
    for (const proof of proofs) {
      expect(proof.tier).toBe('certified');
      const problem = problems.find((p) => p.name === proof.problem)!;
      expect(proof.statement).toBe(problem.signature);
      expect(await backend.verify(problem, proof.proof)).toMatchObject({ kind: 'accepted', tier: 'certified' });
      const own = steps.filter((s) => s.proof_id === proof.proof_id).sort((a, b) => a.step - b.step);
      expect(own.map((s) => s.step)).toEqual(own.map((_, i) => i));
      await expectStepsReplay(problem, own);
    }
    expect(steps.filter((s) => s.problem === 'case_consecutive_product_even').length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('every state re-parses as a statement the checker accepts, with the same goal', async () => {
    const steps = (await readJsonl(join(dir, 'data', 'steps.jsonl'), StepRecordSchema)).records;
    expect(steps.length).toBeGreaterThan(0);
    for (const [i, step] of steps.entries()) {
      for (const goal of [step.state_before, step.state_after].flatMap((s) => (s === '' ? [] : s.split(GOAL_SEPARATOR)))) {
        const started = await backend.start(goalAsProblem(goal.replace(/^case .*\n/u, ''), `reparse_${i}`));
        expect(started.kind, goal).toBe('ok');
        if (started.kind === 'ok') expect(started.state.goals[0]).toBe(goal.replace(/^case .*\n/u, ''));
      }
    }
  }, 60_000);

  it('resume skips what is done and leaves the files as they were', async () => {
    const out = join(dir, 'data');
    const before = await readFile(join(out, 'steps.jsonl'), 'utf8');
    const proofsBefore = await readFile(join(out, 'proofs.jsonl'), 'utf8');
    let made = 0;
    const summary = await generateData(problems, { ...options(out), resume: true, backend: async () => (made++, new SymbolicBackend({ allowSmt: false })) });
    expect(made).toBe(0); // everything was done: no backend started
    expect(summary.skipped).toBe(5);
    expect(await readFile(join(out, 'steps.jsonl'), 'utf8')).toBe(before);
    expect(await readFile(join(out, 'proofs.jsonl'), 'utf8')).toBe(proofsBefore);
  });
});

/** Replays one proof's steps from the problem's start: each tactic maps state_before to state_after. */
async function expectStepsReplay(problem: Problem, steps: readonly StepRecord[]): Promise<void> {
  const started = await backend.start(problem);
  if (started.kind !== 'ok') throw new Error(started.message);
  let state = started.state;
  for (const step of steps) {
    expect(stateText(state.goals)).toBe(step.state_before);
    const result = await backend.apply(state, step.tactic, { timeoutMs: 5_000 });
    expect(result.kind, `${problem.name} step ${step.step}: ${step.tactic}`).not.toBe('error');
    if (result.kind === 'error') return;
    const after = result.kind === 'proved' ? [] : result.state.goals;
    expect(stateText(after)).toBe(step.state_after);
    state = result.state;
  }
  expect(steps.at(-1)!.state_after).toBe('');
}
