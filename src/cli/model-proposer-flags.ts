/**
 * The flags of the model-backed proposers (`hf`, `http`), shared by every command that takes
 * `--proposer`: their parsers, and the mapping from parsed flags to `ProposerOptions`.
 */
import { InvalidArgumentError } from 'commander';
import type { ProposerOptions } from '../proposer/index.ts';

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

/** Repeatable flag: each use adds one value. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function temperature(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 2) throw new InvalidArgumentError('expected a number in [0, 2]');
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected an integer ≥ 0');
  return n;
}
