import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerProve } from '../../src/cli/commands/prove.ts';
import { readResults } from '../../src/core/results.ts';
import { oneTrickModel, startServer, type TestServer } from '../proposer/http/server.ts';
import { TextSink, realMakeBackend } from '../support/cli.ts';

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-prove-http-'));
  server = await startServer(oneTrickModel, 20);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

it('prove --proposer http proves an easy problem against a local server, with flags for every setting', async () => {
  const problems = join(dir, 'easy.lean');
  await writeFile(problems, 'theorem easy_lt (x : ℝ) (h₀ : 1 < x) : 0 < x := by sorry\n');
  const out = join(dir, 'results.jsonl');
  const stdout = new TextSink();
  const stderr = new TextSink();
  const program = new Command('proofseek').exitOverride();
  registerProve(program, realMakeBackend, { stdout, stderr, handleSignals: false });
  await program.parseAsync(
    ['prove', problems, '--proposer', 'http', '--http-base-url', server.baseUrl, '--http-model', 'tiny', '--http-api-key', 'k', '--http-temperature', '0.5', '--http-stop', '\n', '--http-timeout', '5', '--http-retries', '1', '--max-tokens', '16', '--out', out, '--expansions', '3', '-k', '2'],
    { from: 'user' },
  );
  const { records } = await readResults(out);
  expect(records[0]).toMatchObject({ name: 'easy_lt', status: 'proved', proof: 'linarith' });
  const post = server.requests.find((r) => r.method === 'POST')!;
  expect(post.headers.authorization).toBe('Bearer k');
  expect(post.body).toMatchObject({ model: 'tiny', n: 2, temperature: 0.5, stop: ['\n'], max_tokens: 16 });
});
