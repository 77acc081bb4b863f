/**
 * Checking a model directory before transformers.js sees it, so that a missing file or a
 * broken config becomes a one-line `InputError` naming the file instead of a stack trace
 * from deep inside the loader. Layout (transformers.js / Optimum export):
 *
 *   config.json, tokenizer.json, tokenizer_config.json, [generation_config.json],
 *   onnx/model.onnx                                     decoder-only models
 *   onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx   encoder-decoder models (T5, ByT5, …)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../core/errors.ts';

export type ModelKind = 'decoder' | 'seq2seq';

/** The parts of config.json the proposer itself reads; the rest is transformers.js's business. */
const ConfigSchema = z
  .object({
    model_type: z.string().min(1),
    is_encoder_decoder: z.boolean().optional(),
    decoder_start_token_id: z.number().int().nonnegative().nullable().optional(),
    eos_token_id: z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).min(1)]).nullable().optional(),
    pad_token_id: z.number().int().nonnegative().nullable().optional(),
  })
  .passthrough();

const GenerationConfigSchema = z
  .object({
    decoder_start_token_id: z.number().int().nonnegative().nullable().optional(),
    eos_token_id: z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).min(1)]).nullable().optional(),
  })
  .passthrough();

export interface ModelDir {
  /** Absolute path. */
  readonly path: string;
  readonly kind: ModelKind;
  readonly modelType: string;
  /** Token ids that end a tactic (generation_config.json over config.json). */
  readonly eosIds: readonly number[];
  /** The first decoder token of an encoder-decoder model. */
  readonly decoderStartId: number | undefined;
  /** ONNX files the loader will read, relative to `path`. */
  readonly onnxFiles: readonly string[];
}

/** Validates `dir`. @throws InputError naming the offending file. */
export function inspectModelDir(dir: string): ModelDir {
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new InputError(`${dir}: model directory not found`);
  const config = readJson(path, 'config.json', ConfigSchema, true)!;
  const generation = readJson(path, 'generation_config.json', GenerationConfigSchema, false);
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) requireFile(path, file);
  const kind: ModelKind = config.is_encoder_decoder === true ? 'seq2seq' : 'decoder';
  const onnxFiles = kind === 'decoder' ? ['onnx/model.onnx'] : ['onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx'];
  for (const file of onnxFiles) requireFile(path, file);
  const eos = generation?.eos_token_id ?? config.eos_token_id;
  if (eos === undefined || eos === null) throw new InputError(`${join(path, 'config.json')}: no eos_token_id (here or in generation_config.json): tactics could never end`);
  const decoderStartId = generation?.decoder_start_token_id ?? config.decoder_start_token_id ?? config.pad_token_id ?? undefined;
  if (kind === 'seq2seq' && decoderStartId === undefined) {
    throw new InputError(`${join(path, 'config.json')}: encoder-decoder model without decoder_start_token_id or pad_token_id`);
  }
  return { path, kind, modelType: config.model_type, eosIds: Array.isArray(eos) ? eos : [eos], decoderStartId: decoderStartId ?? undefined, onnxFiles };
}

function requireFile(dir: string, file: string): void {
  const full = join(dir, file);
  if (!existsSync(full) || !statSync(full).isFile()) throw new InputError(`${full}: missing (expected in a transformers.js model directory)`);
  if (statSync(full).size === 0) throw new InputError(`${full}: empty file`);
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, required: boolean): T | undefined {
  const full = join(dir, file);
  if (!existsSync(full)) {
    if (required) throw new InputError(`${full}: missing (expected in a transformers.js model directory)`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new InputError(`${full}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${full}: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return parsed.data;
}
