import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import type { ProofState } from '../../../src/core/seams.ts';
import { HttpProposerError, makeHttpProposer, resolveHttpSettings, type HttpOptions } from '../../../src/proposer/http/index.ts';
import { makeProposer } from '../../../src/proposer/index.ts';
import { closedPort, completionChoice, startServer, type Reply, type SeenRequest, type TestServer } from './server.ts';

const STATE: ProofState = { backend: 'symbolic', goals: ['x : ℝ\nh₀ : 0 < x\n⊢ 0 < x + 1', 'y : ℕ\n⊢ y = y'], tier: 'certified', handle: null };
const FAST = { retries: 2, backoffMs: 5, timeoutMs: 2000 } as const;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(respond: (request: SeenRequest, index: number) => Reply, options: HttpOptions = {}) {
  server = await startServer(respond);
  const proposer = await makeHttpProposer({ baseUrl: server.baseUrl, model: 'prover-7b', ...FAST, ...options }, { env: {} });
  return { server, proposer };
}

/** The error `propose` fails with, which must be one line. */
async function proposeError(proposer: { propose: (s: ProofState, k: number) => Promise<unknown> }): Promise<string> {
  const error: unknown = await proposer.propose(STATE, 4).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpProposerError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('http proposer, /v1/completions', () => {
  it('sends n, logprobs, temperature, max_tokens, stop and the key; sums token log-probs; merges duplicates', async () => {
    const { server, proposer } = await serve(
      (request) =>
        request.path === '/v1/models'
          ? { status: 200, body: { data: [] } }
          : {
              status: 200,
              body: {
                choices: [
                  completionChoice([[' lin', -0.25], ['arith', -0.25]]),
                  completionChoice([['```lean\n', -0.5], ['nlinarith', -1], [' [sq_nonneg x]', -0.5], ['\n```', -2]]),
                  completionChoice([['linarith', -1.5]]),
                  completionChoice([['norm_num', -0.75], ['\nlinarith', -3]]),
                ],
              },
            },
      { apiKey: 'sk-test', temperature: 0.7, maxTokens: 32, stop: ['\n\n'] },
    );
    const suggestions = await proposer.propose(STATE, 4);
    expect(suggestions).toEqual([
      { tactic: 'linarith', logprob: -0.5 },
      { tactic: 'norm_num', logprob: -0.75 },
      { tactic: 'nlinarith [sq_nonneg x]', logprob: -2 },
    ]);
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/v1/completions');
    expect(post.headers.authorization).toBe('Bearer sk-test');
    expect(post.body).toMatchObject({ model: 'prover-7b', n: 4, logprobs: 1, temperature: 0.7, max_tokens: 32, stop: ['\n\n'] });
    expect(post.body!['prompt']).toBe(`[GOAL]${STATE.goals[0]}[PROOFSTEP]`);
  });

  it('without log-probs, scores a tactic by how often it was sampled', async () => {
    const { proposer } = await serve(() => ({ status: 200, body: { choices: [{ text: 'simp' }, { text: 'ring' }, { text: ' simp ' }, { text: '' }] } }));
    const suggestions = await proposer.propose(STATE, 4);
    expect(suggestions).toEqual([
      { tactic: 'simp', logprob: Math.log(2 / 4) },
      { tactic: 'ring', logprob: Math.log(1 / 4) },
    ]);
  });

  it('retries after 503 (and 429) with backoff, then succeeds', async () => {
    const { server, proposer } = await serve((request, index) => {
      if (request.path === '/v1/models') return { status: 404, body: {} };
      if (index === 1) return { status: 503, body: 'overloaded' };
      if (index === 2) return { status: 429, body: 'slow down', headers: { 'retry-after': '0' } };
      return { status: 200, body: { choices: [completionChoice([['omega', -0.1]])] } };
    });
    expect(await proposer.propose(STATE, 1)).toEqual([{ tactic: 'omega', logprob: -0.1 }]);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('gives up after the retries with a one-line error naming the status', async () => {
    const { server, proposer } = await serve((request) => (request.path === '/v1/models' ? { status: 200, body: {} } : { status: 502, body: '<html>\n<h1>Bad gateway</h1>\n</html>' }));
    expect(await proposeError(proposer)).toMatch(/^http proposer: HTTP 502 from http:\/\/127\.0\.0\.1:\d+\/v1\/completions: <html> <h1>Bad gateway.* \(after 3 attempts\)$/u);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('does not retry a 400', async () => {
    const { server, proposer } = await serve((request) => (request.path === '/v1/models' ? { status: 200, body: {} } : { status: 400, body: { error: 'bad n' } }));
    expect(await proposeError(proposer)).toMatch(/HTTP 400 .*bad n/u);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('times out a request that is never answered', async () => {
    const { server, proposer } = await serve((request) => (request.path === '/v1/models' ? { status: 200, body: {} } : 'hang'), { timeoutMs: 150, retries: 1 });
    expect(await proposeError(proposer)).toMatch(/no answer within 150 ms \(after 2 attempts\)/u);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('reports malformed JSON and JSON of the wrong shape in one line', async () => {
    const { proposer } = await serve((request, index) => {
      if (request.path === '/v1/models') return { status: 200, body: {} };
      return index === 1 ? { status: 200, body: '{"choices": [ {"text": "linarith"' } : { status: 200, body: { choices: [{ text: 42 }] } };
    });
    expect(await proposeError(proposer)).toMatch(/malformed JSON from .*\/v1\/completions: \{"choices"/u);
    expect(await proposeError(proposer)).toMatch(/malformed response from .*\/v1\/completions: choices\.0\.text: /u);
  });
});

describe('http proposer, /v1/chat/completions', () => {
  it('sends messages with logprobs: true and reads message content and logprobs.content', async () => {
    const { server, proposer } = await serve((request) =>
      request.path === '/v1/models'
        ? { status: 200, body: {} }
        : {
            status: 200,
            body: {
              choices: [
                { index: 0, message: { role: 'assistant', content: '```lean\npositivity\n```' }, logprobs: { content: [{ token: '```lean\n', logprob: -0.1 }, { token: 'positivity', logprob: -0.2 }, { token: '\n```', logprob: -0.05 }] } },
                { index: 1, message: { role: 'assistant', content: 'linarith' }, logprobs: null },
                { index: 2, message: { role: 'assistant', content: null } },
              ],
            },
          },
      { endpoint: 'chat' },
    );
    const suggestions = await proposer.propose(STATE, 3);
    expect(suggestions[0]!.tactic).toBe('positivity');
    expect(suggestions[0]!.logprob).toBeCloseTo(-0.3, 12);
    // No log-probs for this one: one sample of three.
    expect(suggestions[1]).toEqual({ tactic: 'linarith', logprob: Math.log(1 / 3) });
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/v1/chat/completions');
    expect(post.body).toMatchObject({ model: 'prover-7b', n: 3, logprobs: true });
    const messages = post.body!['messages'] as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[1]!.content).toContain(STATE.goals[1]);
  });
});

describe('unreachable servers and settings', () => {
  it('a server that is down fails makeProposer at once with one line', async () => {
    const port = await closedPort();
    const error: unknown = await makeProposer('http', { http: { baseUrl: `http://127.0.0.1:${port}`, model: 'm' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe(`http proposer: cannot reach http://127.0.0.1:${port}/v1: connection refused (is the server running?)`);
  });

  it('a server that goes down later: connection refused, retried, then one line', async () => {
    const port = await closedPort();
    const proposer = await makeHttpProposer({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm', ...FAST }, { probe: false, env: {} });
    expect(await proposeError(proposer)).toBe(`http proposer: http://127.0.0.1:${port}/v1/completions: connection refused (is the server running?) (after 3 attempts)`);
  });

  it('settings come from flags, then PROOFSEEK_HTTP_*, then OPENAI_*', () => {
    const env = { OPENAI_BASE_URL: 'https://api.example.com/v1/', OPENAI_MODEL: 'gpt', OPENAI_API_KEY: 'sk-o', PROOFSEEK_HTTP_MODEL: 'prover' };
    expect(resolveHttpSettings({}, env)).toMatchObject({ baseUrl: 'https://api.example.com/v1', model: 'prover', apiKey: 'sk-o', endpoint: 'completions' });
    expect(resolveHttpSettings({ baseUrl: 'http://localhost:8000', model: 'x' }, env)).toMatchObject({ baseUrl: 'http://localhost:8000/v1', model: 'x' });
    expect(() => resolveHttpSettings({}, {})).toThrow(/--http-base-url/u);
    expect(() => resolveHttpSettings({ baseUrl: 'http://h' }, {})).toThrow(/--http-model/u);
    expect(() => resolveHttpSettings({ baseUrl: 'ftp://h', model: 'm' }, {})).toThrow(/not an http\(s\) URL/u);
    expect(() => resolveHttpSettings({ baseUrl: 'http://h', model: 'm', promptTemplate: 'no placeholder' }, {})).toThrow(InputError);
  });
});
