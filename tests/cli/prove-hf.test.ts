import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTinyModel } from '../../scripts/make-tiny-hf-model.ts';
import { registerProve } from '../../src/cli/commands/prove.ts';
import { readResults } from '../../src/core/results.ts';
import { TextSink, realMakeBackend } from '../support/cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-prove-hf-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

it('prove --proposer hf --model DIR proves an easy problem end to end on the symbolic backend', async () => {
  const model = buildTinyModel(join(dir, 'model'), 'decoder');
  const problems = join(dir, 'easy.lean');
  await writeFile(problems, 'theorem easy_pos (x : ℝ) (h₀ : 0 < x) : 0 < x + 1 := by sorry\n');
  const out = join(dir, 'results.jsonl');
  const stdout = new TextSink();
  const stderr = new TextSink();
  const program = new Command('proofseek').exitOverride();
  registerProve(program, realMakeBackend, { stdout, stderr, handleSignals: false });
  await program.parseAsync(['prove', problems, '--proposer', 'hf', '--model', model.dir, '--out', out, '--expansions', '5', '--time-limit', '30', '-k', '4', '--json'], { from: 'user' });
  const { records } = await readResults(out);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ name: 'easy_pos', status: 'proved', verifier: 'symbolic' });
  // The proof is one of the model's tactics, checked by the backend, not a canned answer.
  expect(model.corpus.map((c) => c.tactic)).toContain(records[0]!.proof);
  expect(JSON.parse(stdout.text)).toMatchObject({ total: 1, proved: 1 });
});
