/**
 * `generate --proposer http` against a real loopback server: the data manifest's proposer hash
 * follows the settings that shape the server's answers (here the model name), not the API key,
 * and no file of the data directory holds the key.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerGenerate } from '../../src/cli/commands/generate.ts';
import { ManifestSchema, type Manifest } from '../../src/training/run-files.ts';
import { startServer, type TestServer } from '../proposer/http/server.ts';
import { TextSink, realMakeBackend } from '../support/cli.ts';

let dir: string;
let problems: string;
let server: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-generate-http-'));
  problems = join(dir, 'easy.lean');
  await writeFile(problems, 'theorem easy_lt (x : ℝ) (h₀ : 1 < x) : 0 < x := by sorry\n');
  server = await startServer((request) => {
    if (request.path === '/v1/models') return { status: 200, body: { data: [{ id: 'a' }, { id: 'b' }] } };
    return { status: 200, body: { choices: [{ text: 'linarith\n', logprobs: { tokens: ['linarith', '\n'], token_logprobs: [-0.2, -0.1] } }] } };
  }, 40);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs generate into DIR/NAME with the given http model and key; returns the manifest and every file's text. */
async function generate(name: string, model: string, key: string): Promise<{ manifest: Manifest; text: string }> {
  const out = join(dir, name);
  const program = new Command('proofseek').exitOverride();
  registerGenerate(program, realMakeBackend, { stdout: new TextSink(), stderr: new TextSink(), handleSignals: false });
  const http = ['--proposer', 'http', '--http-base-url', server.baseUrl, '--http-model', model, '--http-api-key', key];
  await program.parseAsync(['generate', problems, '--out', out, ...http, '--expansions', '3', '-k', '1'], { from: 'user' });
  const files = ['manifest.json', 'proofs.jsonl', 'steps.jsonl', 'attempts.jsonl'];
  const text = (await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')))).join('\n');
  return { manifest: ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))), text };
}

it('the proposer hash changes with the http model name, not with the API key, and the key is written nowhere', async () => {
  const a = await generate('a', 'a', 'sk-first-key-111');
  const b = await generate('b', 'b', 'sk-first-key-111');
  const aAgain = await generate('a-again', 'a', 'sk-second-key-222');
  expect(a.manifest.counts.proved).toBe(1);
  expect(a.manifest.settings).toMatchObject({ proposer: 'http', proposer_settings: { base_url: server.baseUrl, model: 'a', endpoint: 'completions' } });
  expect(b.manifest.proposer_sha256).not.toBe(a.manifest.proposer_sha256);
  expect(aAgain.manifest.proposer_sha256).toBe(a.manifest.proposer_sha256);
  for (const run of [a, b]) expect(run.text).not.toContain('sk-first-key-111');
  expect(aAgain.text).not.toContain('sk-second-key-222');
}, 120_000);
