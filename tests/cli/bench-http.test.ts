/**
 * `bench --proposer http` against a real loopback server (tests/proposer/http/server.ts) on the
 * real symbolic backend: the attempts are proved with the server's tactics, the report's
 * environment names the server and model (never the API key), and `--resume` with another
 * model is refused.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ATTEMPTS_FILE, AttemptRecordSchema, readBenchFile } from '../../src/bench/attempts.ts';
import { ReportSchema } from '../../src/bench/report.ts';
import { registerBench } from '../../src/cli/commands/bench.ts';
import { readJsonl } from '../../src/core/results.ts';
import { oneTrickModel, startServer, type TestServer } from '../proposer/http/server.ts';
import { TextSink, realMakeBackend } from '../support/cli.ts';

const SECRET = 'sk-bench-secret-123';

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-bench-http-'));
  server = await startServer(oneTrickModel, 40);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function bench(args: string[]): Promise<Command> {
  const program = new Command('proofseek').exitOverride();
  registerBench(program, realMakeBackend, { stdout: new TextSink(), stderr: new TextSink(), handleSignals: false });
  return program.parseAsync(['bench', ...args], { from: 'user' });
}

it('bench --proposer http proves with the server’s tactics and names the server and model in the report', async () => {
  const problems = join(dir, 'easy.lean');
  await writeFile(problems, 'theorem easy_lt (x : ℝ) (h₀ : 1 < x) : 0 < x := by sorry\n\ntheorem easy_two (x : ℝ) (h₀ : 2 < x) : 1 < x := by sorry\n');
  const out = join(dir, 'run');
  const http = ['--proposer', 'http', '--http-base-url', server.baseUrl, '--http-api-key', SECRET, '--http-temperature', '0.5', '--max-tokens', '16'];
  await bench([problems, '--out', out, ...http, '--http-model', 'tiny', '--expansions', '3', '-k', '2']);

  const attempts = (await readJsonl(join(out, ATTEMPTS_FILE), AttemptRecordSchema)).records;
  expect(attempts.map((a) => [a.name, a.status, a.proof])).toEqual([
    ['easy_lt', 'proved', 'linarith'],
    ['easy_two', 'proved', 'linarith'],
  ]);
  const post = server.requests.find((r) => r.method === 'POST')!;
  expect(post.headers.authorization).toBe(`Bearer ${SECRET}`);
  expect(post.body).toMatchObject({ model: 'tiny', n: 2, temperature: 0.5, max_tokens: 16 });

  const report = ReportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));
  expect(report.environment.proposer).toBe('http');
  expect(report.environment.proposerModel).toEqual({ kind: 'http', baseUrl: server.baseUrl, model: 'tiny', endpoint: 'completions' });
  expect(await readFile(join(out, 'report.md'), 'utf8')).toContain(`| proposer model | http model tiny at ${server.baseUrl} (completions) |`);
  expect(await readFile(join(out, 'report.html'), 'utf8')).toContain(`http model tiny at ${server.baseUrl} (completions)`);
  const config = (await readBenchFile(out))!.config;
  expect(config.proposerSettings).toMatchObject({ base_url: server.baseUrl, model: 'tiny', temperature: 0.5, max_tokens: 16 });
  for (const file of ['bench.json', 'report.json', 'report.md', 'report.html', ATTEMPTS_FILE]) expect(await readFile(join(out, file), 'utf8')).not.toContain(SECRET);

  // The same run with another model is another run: --resume refuses it (a new key alone is fine).
  await expect(bench([problems, '--out', out, ...http, '--http-model', 'other', '--expansions', '3', '-k', '2', '--resume'])).rejects.toThrow(/different proposerSettings/u);
  await bench([problems, '--out', out, ...http, '--http-api-key', 'another-key', '--http-model', 'tiny', '--expansions', '3', '-k', '2', '--resume']);
}, 120_000);
