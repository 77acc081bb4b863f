/**
 * `generate --proposer hf --model DIR` end to end: the tiny real ONNX model (built by
 * scripts/make-tiny-hf-model.ts), the real symbolic backend, minimisation and replay; the
 * manifest's proposer hash covers the model directory's files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTinyModel } from '../../scripts/make-tiny-hf-model.ts';
import { registerGenerate } from '../../src/cli/commands/generate.ts';
import { proposerProvenance } from '../../src/cli/model-proposer-flags.ts';
import { readJsonl } from '../../src/core/results.ts';
import { hashProposerConfig } from '../../src/training/hashes.ts';
import { ProofRecordSchema, StepRecordSchema } from '../../src/training/records.ts';
import { ManifestSchema } from '../../src/training/run-files.ts';
import { TextSink, realMakeBackend } from '../support/cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-generate-hf-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

it('generate --proposer hf --model DIR records a verified proof made of the model’s tactics, hashing the model dir', async () => {
  const model = buildTinyModel(join(dir, 'model'), 'decoder');
  const problems = join(dir, 'easy.lean');
  await writeFile(problems, 'theorem easy_pos (x : ℝ) (h₀ : 0 < x) : 0 < x + 1 := by sorry\n');
  const out = join(dir, 'data');
  const stdout = new TextSink();
  const stderr = new TextSink();
  const program = new Command('proofseek').exitOverride();
  registerGenerate(program, realMakeBackend, { stdout, stderr, handleSignals: false });
  await program.parseAsync(['generate', problems, '--out', out, '--proposer', 'hf', '--model', model.dir, '--max-tokens', '12', '--expansions', '5', '--time-limit', '30', '-k', '4', '--json'], {
    from: 'user',
  });

  const proofs = (await readJsonl(join(out, 'proofs.jsonl'), ProofRecordSchema)).records;
  expect(proofs).toHaveLength(1);
  expect(proofs[0]).toMatchObject({ problem: 'easy_pos' });
  const steps = (await readJsonl(join(out, 'steps.jsonl'), StepRecordSchema)).records;
  expect(steps.length).toBeGreaterThan(0);
  // Every recorded step is one of the model's tactics, replayed by the backend, not a canned answer.
  const tactics = new Set(model.corpus.map((c) => c.tactic));
  for (const step of steps) expect(tactics).toContain(step.tactic);

  const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
  expect(manifest.settings).toMatchObject({ proposer: 'hf', model: model.dir, proposer_settings: { prompt_template: '[GOAL]{goal}[PROOFSTEP]', max_tokens: 12 } });
  const flags = { model: model.dir, maxTokens: 12 };
  const provenance = proposerProvenance('hf', flags);
  expect(provenance.files).toEqual([model.dir]);
  expect(manifest.proposer_sha256).toBe(await hashProposerConfig('hf', provenance.files, provenance.settings));
  // The hash reads the directory's files: a changed file (here the generation config) changes it.
  await writeFile(join(model.dir, 'generation_config.json'), '{"changed": true}\n');
  expect(await hashProposerConfig('hf', provenance.files, provenance.settings)).not.toBe(manifest.proposer_sha256);
  // And the settings count: another token limit is another proposer.
  const other = proposerProvenance('hf', { ...flags, maxTokens: 13 });
  expect(other.settings).not.toEqual(provenance.settings);
}, 120_000);
