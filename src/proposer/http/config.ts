/**
 * Settings of the `http` proposer: flags first, then the environment
 * (`PROOFSEEK_HTTP_BASE_URL` / `OPENAI_BASE_URL`, `PROOFSEEK_HTTP_MODEL` / `OPENAI_MODEL`,
 * `PROOFSEEK_HTTP_API_KEY` / `OPENAI_API_KEY`), then defaults; validated once, so a bad value
 * is a one-line `InputError` before any search starts.
 */
import { InputError } from '../../core/errors.ts';
import { checkPromptTemplate, DEFAULT_PROMPT_TEMPLATE } from '../prompt.ts';

export type HttpEndpoint = 'completions' | 'chat';

export interface HttpSettings {
  /** Ends in `/v1` (added when the given URL has no `/v1` segment). */
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string | undefined;
  readonly endpoint: HttpEndpoint;
  readonly promptTemplate: string;
  /** The chat endpoint's system message. */
  readonly systemPrompt: string;
  readonly temperature: number;
  readonly maxTokens: number;
  readonly stop: readonly string[];
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
}

/** What the caller may give; anything missing comes from `env` or the defaults. */
export type HttpOptions = Partial<HttpSettings>;

export const HTTP_DEFAULTS = {
  endpoint: 'completions',
  temperature: 1,
  maxTokens: 64,
  timeoutMs: 60_000,
  retries: 3,
  backoffMs: 500,
  systemPrompt:
    'You are a Lean 4 prover. Given a proof state, answer with exactly one Lean 4 tactic that makes progress on the first goal, on one line, with no explanation.',
} as const;

/** The chat endpoint's default prompt: the state, as plain text. */
export const DEFAULT_CHAT_TEMPLATE = 'Lean 4 proof state:\n{goals}\n\nNext tactic:';

/** Resolves and validates. @throws InputError naming the flag or variable at fault. */
export function resolveHttpSettings(options: HttpOptions, env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const rawBase = options.baseUrl ?? env['PROOFSEEK_HTTP_BASE_URL'] ?? env['OPENAI_BASE_URL'];
  if (!rawBase) throw new InputError('http proposer: no server URL (pass --http-base-url or set PROOFSEEK_HTTP_BASE_URL)');
  const model = options.model ?? env['PROOFSEEK_HTTP_MODEL'] ?? env['OPENAI_MODEL'];
  if (!model) throw new InputError('http proposer: no model name (pass --http-model or set PROOFSEEK_HTTP_MODEL)');
  const endpoint = options.endpoint ?? HTTP_DEFAULTS.endpoint;
  const settings: HttpSettings = {
    baseUrl: normaliseBaseUrl(rawBase),
    model,
    apiKey: options.apiKey ?? env['PROOFSEEK_HTTP_API_KEY'] ?? env['OPENAI_API_KEY'] ?? undefined,
    endpoint,
    promptTemplate: checkPromptTemplate(options.promptTemplate ?? (endpoint === 'chat' ? DEFAULT_CHAT_TEMPLATE : DEFAULT_PROMPT_TEMPLATE)),
    systemPrompt: options.systemPrompt ?? HTTP_DEFAULTS.systemPrompt,
    temperature: options.temperature ?? HTTP_DEFAULTS.temperature,
    maxTokens: options.maxTokens ?? HTTP_DEFAULTS.maxTokens,
    stop: options.stop ?? [],
    timeoutMs: options.timeoutMs ?? HTTP_DEFAULTS.timeoutMs,
    retries: options.retries ?? HTTP_DEFAULTS.retries,
    backoffMs: options.backoffMs ?? HTTP_DEFAULTS.backoffMs,
  };
  if (!(settings.temperature >= 0 && settings.temperature <= 2)) throw new InputError(`http proposer: temperature ${settings.temperature} is outside [0, 2]`);
  if (!Number.isInteger(settings.maxTokens) || settings.maxTokens < 1) throw new InputError(`http proposer: max tokens must be a positive integer`);
  if (!(settings.timeoutMs > 0)) throw new InputError('http proposer: timeout must be positive');
  if (!Number.isInteger(settings.retries) || settings.retries < 0) throw new InputError('http proposer: retries must be an integer ≥ 0');
  if (settings.stop.length > 4) throw new InputError('http proposer: at most 4 stop sequences (the OpenAI API limit)');
  return settings;
}

/** `http://host:8000` → `http://host:8000/v1`; a URL with a `/v1` segment is kept (trailing `/` dropped). */
function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`http proposer: '${raw}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`http proposer: '${raw}' is not an http(s) URL`);
  const path = url.pathname.replace(/\/+$/u, '');
  url.pathname = /(^|\/)v1(\/|$)/u.test(path) ? path : `${path}/v1`;
  return url.toString().replace(/\/+$/u, '');
}

/** The Authorization header, when there is a key. */
export function authHeaders(settings: HttpSettings): Record<string, string> {
  return settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {};
}
