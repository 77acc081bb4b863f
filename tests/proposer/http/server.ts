/**
 * A real OpenAI-compatible test server on 127.0.0.1 (random port), answering from a script:
 * `respond` gets each parsed request and returns status + body (or 'hang' to never answer).
 * Requests past `maxRequests` get a 500 and are counted, so a runaway retry loop is bounded
 * and shows up in `requests`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Record<string, unknown> | undefined;
}

export type Reply = { status: number; body: string | object; headers?: Record<string, string> } | 'hang';

export interface TestServer {
  readonly baseUrl: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(respond: (request: SeenRequest, index: number) => Reply, maxRequests = 10): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
      requests.push(seen);
      const reply: Reply = requests.length > maxRequests ? { status: 500, body: 'too many requests in a test' } : respond(seen, requests.length - 1);
      if (reply === 'hang') return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A `/v1/completions` choice whose tokens spell `pieces.join('')`. */
export function completionChoice(pieces: readonly [string, number][]): object {
  return { text: pieces.map((p) => p[0]).join(''), index: 0, finish_reason: 'stop', logprobs: { tokens: pieces.map((p) => p[0]), token_logprobs: pieces.map((p) => p[1]), top_logprobs: null, text_offset: [] } };
}

/**
 * A "model" that knows one trick, for end-to-end CLI runs: it answers from the goal it is shown
 * (`linarith` when the prompt has a `<`, else `norm_num`), plus a `sorry` that search must reject.
 */
export function oneTrickModel(request: SeenRequest): Reply {
  if (request.path === '/v1/models') return { status: 200, body: { data: [{ id: 'tiny' }] } };
  const prompt = String(request.body?.['prompt'] ?? '');
  const tactic = prompt.includes('<') ? 'linarith' : 'norm_num';
  return { status: 200, body: { choices: [{ text: `${tactic}\n`, logprobs: { tokens: [tactic, '\n'], token_logprobs: [-0.2, -0.1] } }, { text: 'sorry' }] } };
}
