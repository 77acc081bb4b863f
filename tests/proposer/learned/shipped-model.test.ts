/**
 * The model that ships in models/default (what `prove` and `bench` use by default): it loads
 * (manifest valid, weights intact), stays small, records what the README says it records, and
 * proposes calibrated, distinct tactics on the real first goals of problems/valid. Its speed
 * (the 20 ms median per state) is measured by `npm run bench`, not asserted here.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblems } from '../../../src/core/load-problems.ts';
import { DEFAULT_MODEL_DIR, hasDefaultModel, makeProposer } from '../../../src/proposer/index.ts';
import { loadLearnedProposer } from '../../../src/proposer/learned/index.ts';
import { SymbolicBackend } from '../../../src/symbolic/backend.ts';
import { REPO_ROOT as root } from '../../support/cli.ts';

const backend = new SymbolicBackend({ tacticTimeoutMs: 2000, allowSmt: false });
let goals: string[] = [];
beforeAll(async () => {
  for (const problem of await loadProblems(join(root, 'problems', 'valid'))) {
    const start = await backend.start(problem);
    if (start.kind === 'ok' && start.state.goals[0] !== undefined) goals.push(start.state.goals[0]);
  }
}, 60_000);
afterAll(async () => {
  await backend.close();
});

describe('models/default', () => {
  it('is there, at most a few MB, and loads with its weights matching the manifest', async () => {
    expect(hasDefaultModel()).toBe(true);
    const bytes = readdirSync(DEFAULT_MODEL_DIR).reduce((sum, f) => sum + statSync(join(DEFAULT_MODEL_DIR, f)).size, 0);
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
    const model = await loadLearnedProposer(DEFAULT_MODEL_DIR); // checks the weights' sha256 and shapes
    const m = model.manifest;
    expect(m.format_version).toBe(1);
    expect(m.vocabulary.length).toBeGreaterThan(0);
    expect(m.training_data.length).toBeGreaterThan(0);
    for (const d of m.training_data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/u);
    // Validation accuracy is recorded (null only for a model trained without a validation split).
    expect(m.metrics.valid_top1).not.toBeNull();
    expect(m.metrics.valid_top1!).toBeGreaterThan(0);
    expect(m.metrics.valid_topk!).toBeGreaterThanOrEqual(m.metrics.valid_top1!);
  });

  it('proposes k distinct tactics, best first, with log-probabilities ≤ 0, on every first goal of problems/valid', async () => {
    expect(goals.length).toBeGreaterThan(70);
    const proposer = await makeProposer('learned');
    for (const goal of goals) {
      const proposals = await proposer.propose({ backend: 'symbolic', goals: [goal], tier: 'certified', handle: null }, 8);
      expect(proposals.length, goal).toBeGreaterThan(0);
      expect(proposals.length).toBeLessThanOrEqual(8);
      expect(new Set(proposals.map((p) => p.tactic)).size).toBe(proposals.length);
      for (const [i, p] of proposals.entries()) {
        expect(p.logprob).toBeLessThanOrEqual(0);
        if (i > 0) expect(p.logprob).toBeLessThanOrEqual(proposals[i - 1]!.logprob);
      }
    }
  });
});
