/**
 * The flags of the model-backed proposers (`hf`, `http`), shared by every command that takes
 * `--proposer`: their registration, and the mapping from parsed flags to `ProposerOptions`.
 */
import type { Command } from 'commander';
import type { ProposerOptions } from '../proposer/index.ts';
import { collect, nonNegativeInt, positiveInt, positiveNumber, temperature } from './flag-parsers.ts';

export interface ModelProposerFlags {
  model?: string;
  promptTemplate?: string;
  maxTokens?: number;
  httpBaseUrl?: string;
  httpModel?: string;
  httpApiKey?: string;
  httpChat?: boolean;
  httpTemperature?: number;
  httpStop?: string[];
  httpTimeout?: number;
  httpRetries?: number;
}

/** The `ProposerOptions` these flags ask for (absent flags stay absent, so defaults and env apply). */
export function modelProposerOptions(flags: ModelProposerFlags): ProposerOptions {
  const http = {
    ...(flags.httpBaseUrl === undefined ? {} : { baseUrl: flags.httpBaseUrl }),
    ...(flags.httpModel === undefined ? {} : { model: flags.httpModel }),
    ...(flags.httpApiKey === undefined ? {} : { apiKey: flags.httpApiKey }),
    ...(flags.httpChat ? { endpoint: 'chat' as const } : {}),
    ...(flags.httpTemperature === undefined ? {} : { temperature: flags.httpTemperature }),
    ...(flags.httpStop === undefined ? {} : { stop: flags.httpStop }),
    ...(flags.httpTimeout === undefined ? {} : { timeoutMs: Math.round(flags.httpTimeout * 1000) }),
    ...(flags.httpRetries === undefined ? {} : { retries: flags.httpRetries }),
    ...(flags.promptTemplate === undefined ? {} : { promptTemplate: flags.promptTemplate }),
    ...(flags.maxTokens === undefined ? {} : { maxTokens: flags.maxTokens }),
  };
  return {
    ...(flags.model === undefined ? {} : { modelDir: flags.model }),
    ...(flags.promptTemplate === undefined ? {} : { promptTemplate: flags.promptTemplate }),
    ...(flags.maxTokens === undefined ? {} : { maxTokens: flags.maxTokens }),
    http,
  };
}

/** Adds the hf/http flags (all but `--model`, whose wording depends on the command) to `command`. */
export function addModelProposerOptions(command: Command): Command {
  return command
    .option('--prompt-template <text>', 'hf/http: the prompt; {goal} is the first goal, {goals} all of them, \\n a newline (default: [GOAL]{goal}[PROOFSTEP]; with --http-chat a plain-text request)')
    .option('--max-tokens <n>', 'hf/http: most tokens generated per tactic (default: hf 48, http 64)', positiveInt)
    .option('--http-base-url <url>', 'http: server URL, e.g. http://127.0.0.1:8000/v1 (default: $PROOFSEEK_HTTP_BASE_URL, else $OPENAI_BASE_URL)')
    .option('--http-model <name>', 'http: model name sent with each request (default: $PROOFSEEK_HTTP_MODEL, else $OPENAI_MODEL)')
    .option('--http-api-key <key>', 'http: bearer token (default: $PROOFSEEK_HTTP_API_KEY, else $OPENAI_API_KEY; none if unset)')
    .option('--http-chat', 'http: use /v1/chat/completions instead of /v1/completions')
    .option('--http-temperature <x>', 'http: sampling temperature in [0, 2] (default: 1)', temperature)
    .option('--http-stop <text>', 'http: a stop sequence (repeat for more, at most 4)', collect)
    .option('--http-timeout <seconds>', 'http: limit per request attempt (default: 60)', positiveNumber)
    .option('--http-retries <n>', 'http: retries on 429/5xx/connection errors/timeouts, with exponential backoff (default: 3)', nonNegativeInt);
}
