/**
 * A local Hugging Face model loaded through transformers.js, reduced to what beam search
 * needs: prompt → token ids, a next-token scorer over batches of continuations, and ids →
 * text. Loading never touches the network (`env.allowRemoteModels = false`,
 * `local_files_only`, no file cache) and reports a bad directory or a corrupt weight file as
 * one `InputError` line naming the file.
 *
 * Every step re-runs the decoder on the whole prefix with an empty key/value cache (the
 * model's no-cache branch): simple and exact, quadratic in the tactic length, which is short.
 */
import { AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer, cat, env, LogLevel, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import { join } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { logSoftmax } from './beam.ts';
import { inspectModelDir, type ModelDir } from './model-dir.ts';

/** Scores next tokens for continuations of one prompt; all prefixes in a call have one length. */
export type NextTokenScorer = (prefixes: readonly (readonly number[])[]) => Promise<Float64Array[]>;

export interface LoadedModel {
  readonly dir: ModelDir;
  encode(text: string): number[];
  decode(ids: readonly number[]): string;
  /** A scorer for continuations of `promptIds` (runs the encoder once, for encoder-decoder models). */
  scorerFor(promptIds: readonly number[]): Promise<NextTokenScorer>;
  dispose(): Promise<void>;
}

/** Loads the model in `dir`. @throws InputError for a bad directory or unreadable files. */
export async function loadHfModel(dir: string): Promise<LoadedModel> {
  const info = inspectModelDir(dir);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.logLevel = LogLevel.ERROR;
  const options = { local_files_only: true, dtype: 'fp32' as const, device: 'cpu' as const };
  let tokenizer: PreTrainedTokenizer;
  try {
    tokenizer = await AutoTokenizer.from_pretrained(info.path, { local_files_only: true });
  } catch (error) {
    throw new InputError(`${join(info.path, 'tokenizer.json')}: cannot load tokenizer: ${firstLine(error)}`, undefined, { cause: error });
  }
  let model: PreTrainedModel;
  try {
    model = info.kind === 'decoder' ? await AutoModelForCausalLM.from_pretrained(info.path, options) : await AutoModelForSeq2SeqLM.from_pretrained(info.path, options);
  } catch (error) {
    throw new InputError(`${join(info.path, info.onnxFiles.join(' / '))}: cannot load ONNX model: ${firstLine(error)}`, undefined, { cause: error });
  }
  return {
    dir: info,
    encode: (text) => tokenizer.encode(text),
    decode: (ids) => tokenizer.decode([...ids], { skip_special_tokens: true }),
    scorerFor: (promptIds) => (info.kind === 'decoder' ? Promise.resolve(decoderScorer(model, promptIds)) : seq2seqScorer(model, promptIds, info.decoderStartId!)),
    dispose: async () => {
      await model.dispose();
    },
  };
}

function decoderScorer(model: PreTrainedModel, promptIds: readonly number[]): NextTokenScorer {
  const keepLast = sessionInputs(model, 'model').includes('num_logits_to_keep');
  return async (prefixes) => {
    const rows = prefixes.map((p) => [...promptIds, ...p]);
    const input_ids = int64Matrix(rows);
    const inputs: Record<string, Tensor> = { input_ids, attention_mask: onesLike(rows) };
    if (keepLast) inputs['num_logits_to_keep'] = new Tensor('int64', BigInt64Array.from([1n]), []);
    return lastRows(await model(inputs), prefixes.length);
  };
}

async function seq2seqScorer(model: PreTrainedModel, promptIds: readonly number[], startId: number): Promise<NextTokenScorer> {
  const input_ids = int64Matrix([promptIds]);
  const attention_mask = onesLike([promptIds]);
  // What generate() itself does for encoder-decoder models: run the encoder once.
  const prepared = (await (model as unknown as EncoderRunner)._prepare_encoder_decoder_kwargs_for_generation({
    inputs_tensor: input_ids,
    model_inputs: { input_ids, attention_mask },
    model_input_name: 'input_ids',
    generation_config: { guidance_scale: null },
  })) as { encoder_outputs: Tensor };
  const encoded = prepared.encoder_outputs;
  const tiled = new Map<number, { encoder_outputs: Tensor; attention_mask: Tensor }>();
  return async (prefixes) => {
    const batch = prefixes.length;
    let copies = tiled.get(batch);
    if (!copies) {
      copies = { encoder_outputs: batch === 1 ? encoded : cat(Array.from({ length: batch }, () => encoded), 0), attention_mask: onesLike(prefixes.map(() => promptIds)) };
      tiled.set(batch, copies);
    }
    const decoder_input_ids = int64Matrix(prefixes.map((p) => [startId, ...p]));
    return lastRows(await model({ ...copies, decoder_input_ids }), batch);
  };
}

interface EncoderRunner {
  _prepare_encoder_decoder_kwargs_for_generation(args: {
    inputs_tensor: Tensor;
    model_inputs: Record<string, Tensor>;
    model_input_name: string;
    generation_config: { guidance_scale: null };
  }): Promise<unknown>;
}

function sessionInputs(model: PreTrainedModel, name: string): readonly string[] {
  const sessions = (model as unknown as { sessions: Record<string, { inputNames?: string[] }> }).sessions;
  return sessions[name]?.inputNames ?? [];
}

/** The log-softmax of the last position's logits, one row per batch entry. */
function lastRows(outputs: { logits?: Tensor }, batch: number): Float64Array[] {
  const logits = outputs.logits;
  if (!logits || logits.dims.length !== 3 || logits.dims[0] !== batch) {
    throw new InputError(`model output has no logits of shape [batch, sequence, vocabulary] (got ${logits ? `[${logits.dims.join(', ')}]` : 'none'})`);
  }
  const data = (logits.type === 'float32' ? logits : logits.to('float32')).data as Float32Array;
  const [, length, vocab] = logits.dims as [number, number, number];
  return Array.from({ length: batch }, (_, b) => logSoftmax(data, (b * length + length - 1) * vocab, vocab));
}

function int64Matrix(rows: readonly (readonly number[])[]): Tensor {
  const width = rows[0]?.length ?? 0;
  return new Tensor('int64', BigInt64Array.from(rows.flatMap((r) => r.map((x) => BigInt(x)))), [rows.length, width]);
}

function onesLike(rows: readonly (readonly number[])[]): Tensor {
  const width = rows[0]?.length ?? 0;
  return new Tensor('int64', new BigInt64Array(rows.length * width).fill(1n), [rows.length, width]);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((l) => l.trim().length > 0)?.trim() ?? 'unknown error';
}
