/**
 * The `http` proposer: an OpenAI-compatible inference server (vLLM, SGLang, llama.cpp server,
 * Ollama, OpenAI) through `/v1/completions` or `/v1/chat/completions`.
 *
 * Algorithm sketch: resolve settings from flags and environment (config.ts) → check once that
 * the server answers at all → per proof state: render the prompt, POST one request with
 * `n = k`, `logprobs`, temperature, `max_tokens` and stop sequences, retrying 429/5xx/network
 * failures with exponential backoff (client.ts) → validate the answer (schemas.ts) → first
 * tactic line of each sample, scored by summed token log-probs (or sampling frequency),
 * duplicates merged keeping the best (proposer.ts).
 *
 * Files:
 *   - config.ts: settings, environment variables, defaults, validation.
 *   - client.ts: JSON POST with timeout, retries and backoff; failures as values.
 *   - schemas.ts: zod schemas of the two response shapes.
 *   - proposer.ts: the TacticProposer (payloads, cleaning, scoring).
 */
import { InputError } from '../../core/errors.ts';
import { unreachable } from './client.ts';
import { authHeaders, resolveHttpSettings, type HttpOptions } from './config.ts';
import { HttpProposer } from './proposer.ts';

export { DEFAULT_CHAT_TEMPLATE, HTTP_DEFAULTS, resolveHttpSettings, type HttpEndpoint, type HttpOptions, type HttpSettings } from './config.ts';
export { postJson, type PostResult, type RequestPolicy } from './client.ts';
export { HttpProposer, HttpProposerError, lineLogprob, score } from './proposer.ts';

/**
 * The proposer for `options` (plus the environment). With `probe` (the default) the server
 * must answer one GET of `/v1/models` (any status will do) first, so a server that is down
 * fails the run at once with one line instead of failing every problem.
 * @throws InputError for bad settings or an unreachable server.
 */
export async function makeHttpProposer(options: HttpOptions, { probe = true, env = process.env }: { probe?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<HttpProposer> {
  const settings = resolveHttpSettings(options, env);
  if (probe) {
    const headers = authHeaders(settings);
    const reason = await unreachable(`${settings.baseUrl}/models`, headers, Math.min(settings.timeoutMs, 10_000));
    if (reason !== undefined) throw new InputError(`http proposer: cannot reach ${settings.baseUrl}: ${reason}`);
  }
  return new HttpProposer(settings);
}
