/**
 * The proposer flags of every command that takes `--proposer` (`prove`, `generate`, `iterate`,
 * `bench`): `--proposer`, `--library`, `--model` (worded per command) and the flags of the
 * model-backed proposers (`hf`, `http`); the mapping from parsed flags to `ProposerOptions`; and
 * what a run records of the proposer for provenance (the files and settings behind its output).
 */
import { Option, type Command } from 'commander';
import { DEFAULT_LIBRARY_PATH, DEFAULT_MODEL_DIR, PROPOSER_NAMES, type ProposerOptions } from '../proposer/index.ts';
import { HF_DEFAULTS } from '../proposer/hf/proposer.ts';
import { resolveHttpSettings } from '../proposer/http/config.ts';
import { DEFAULT_PROMPT_TEMPLATE } from '../proposer/prompt.ts';
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

/** `--proposer`, `--library` and `--model` as parsed, beside the hf/http flags. */
export interface ProposerFlags extends ModelProposerFlags {
  proposer?: string;
  library?: string;
}

/** What `--proposer`, `--library` and `--model` say in one command's help. */
export interface ProposerFlagWording {
  /** What the proposer is used for; the list of names is appended. */
  readonly proposer: string;
  /** `--proposer`'s default, when commander should fill it in (`prove` decides at run time). */
  readonly proposerDefault?: string;
  readonly library: string;
  readonly model: string;
}

/** The `--library` help most commands share. */
export const LIBRARY_HELP = 'tactic library for the heuristic and learned proposers (default: tactics/library.yaml)';
/** The `--model` help of `prove` and `generate` (iterate and bench word it for what they do with it). */
export const MODEL_HELP = 'model directory: for learned, made by `proofseek train` (default: models/default); for hf, a transformers.js ONNX layout';

/**
 * Adds `--proposer` (one of PROPOSER_NAMES; anything else is a usage error), `--library`,
 * `--model` and the hf/http flags to `command`, in that order.
 */
export function addProposerOptions(command: Command, wording: ProposerFlagWording): Command {
  const proposer = new Option('--proposer <name>', wording.proposer).choices(PROPOSER_NAMES);
  if (wording.proposerDefault !== undefined) proposer.default(wording.proposerDefault);
  command.addOption(proposer).option('--library <file>', wording.library).option('--model <dir>', wording.model);
  return addModelProposerOptions(command);
}

/** Everything `makeProposer` needs from the flags (library, model, hf/http settings, notices). */
export function proposerOptions(flags: ProposerFlags, notice?: (line: string) => void): ProposerOptions {
  return {
    ...(flags.library === undefined ? {} : { libraryPath: flags.library }),
    ...modelProposerOptions(flags),
    ...(notice === undefined ? {} : { notice }),
  };
}

/**
 * What determines a proposer's output besides its name, for a data manifest's proposer hash
 * (`hashProposerConfig`) and a bench run's configuration: the files it is built from, and for
 * hf and http the settings that shape each answer. Never the API key, the timeout or the
 * retries: they change whether an answer comes, not what it is.
 */
export interface ProposerProvenance {
  readonly files: string[];
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The tactic library among `files`, for the proposers that read one (not hf or http). */
  readonly library?: string;
  /** The model directory among `files`: learned's (the shipped one without --model), hf's when given. */
  readonly modelDir?: string;
}

/**
 * The provenance of proposer `name` built from `flags` (call it after `makeProposer` succeeded,
 * so the settings are known to be valid). http's settings are resolved as the proposer resolves
 * them, environment variables included, so a URL or model taken from the environment counts.
 */
export function proposerProvenance(name: string, flags: ProposerFlags, env: NodeJS.ProcessEnv = process.env): ProposerProvenance {
  const library = flags.library ?? DEFAULT_LIBRARY_PATH;
  switch (name) {
    case 'learned': {
      const modelDir = flags.model ?? DEFAULT_MODEL_DIR;
      return { files: [library, modelDir], library, modelDir };
    }
    case 'hf':
      // The whole model directory (weights, tokenizer, config); hf reads no tactic library.
      return {
        files: flags.model === undefined ? [] : [flags.model],
        ...(flags.model === undefined ? {} : { modelDir: flags.model }),
        settings: { prompt_template: flags.promptTemplate ?? DEFAULT_PROMPT_TEMPLATE, max_tokens: flags.maxTokens ?? HF_DEFAULTS.maxNewTokens },
      };
    case 'http': {
      const s = resolveHttpSettings(modelProposerOptions(flags).http ?? {}, env);
      return {
        files: [],
        settings: {
          base_url: s.baseUrl,
          model: s.model,
          endpoint: s.endpoint,
          prompt_template: s.promptTemplate,
          system_prompt: s.endpoint === 'chat' ? s.systemPrompt : null,
          temperature: s.temperature,
          max_tokens: s.maxTokens,
          stop: [...s.stop],
        },
      };
    }
    default:
      return { files: [library], library };
  }
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
