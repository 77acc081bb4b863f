/**
 * Builds a tiny but real Hugging Face model directory in transformers.js layout, so the `hf`
 * proposer can be tested end to end with no download and no Python:
 *
 *   config.json, generation_config.json, tokenizer.json, tokenizer_config.json,
 *   onnx/model.onnx                                    (decoder-only, GPT-2 typed), or
 *   onnx/encoder_model.onnx + onnx/decoder_model_merged.onnx   (encoder-decoder, T5 typed).
 *
 * The network is a learned word bigram: the logits for the next token are one row of a table,
 * `logits = Gather(weights, input_ids)`, where `weights[prev] = table[prev] + shift(prev)`:
 * `table` holds normalised log-probabilities (returned by `buildTinyModel`, so the sequence
 * log-probability of any tactic can be recomputed independently) and the per-row shift makes
 * the logits unnormalised, as real logits are, so a consumer that skips the log-softmax is
 * caught. The table is estimated from the tactics of
 * `tactics/library.yaml` (slots filled with fixed names, each template weighted by its prior)
 * with add-α smoothing, so the model generates plausible tactics. The encoder-decoder variant
 * runs a real encoder (an embedding Gather masked by `attention_mask`) whose output the
 * decoder reads with weight zero: it exercises the seq2seq plumbing (encoder session, decoder
 * start token, `encoder_hidden_states`) while keeping the same independent check.
 *
 * The output is byte-identical from run to run (no randomness, fixed protobuf field order), so
 * tests build it into a temporary directory instead of committing binaries.
 *
 * Usage: npx tsx scripts/make-tiny-hf-model.ts OUT_DIR [--seq2seq]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import onnxProto, { type onnx as Onnx } from 'onnx-proto';
import { parse as parseYaml } from 'yaml';

const { onnx } = onnxProto;

export type TinyModelKind = 'decoder' | 'seq2seq';

/** What was written, for tests that recompute log-probabilities independently. */
export interface TinyModel {
  readonly dir: string;
  readonly kind: TinyModelKind;
  /** Token strings by id. Word tokens carry the Metaspace marker `▁`. */
  readonly vocab: readonly string[];
  /** Row-major |V|×|V| natural-log probabilities: `table[prev * V + next]`. */
  readonly table: Float32Array;
  /** The token the first tactic token is conditioned on: `[PROOFSTEP]` (decoder) or `<pad>` (seq2seq decoder start). */
  readonly startId: number;
  readonly eosId: number;
  /** The corpus the table was estimated from, with each tactic's weight. */
  readonly corpus: readonly { readonly tactic: string; readonly weight: number }[];
}

export const SPECIAL_TOKENS = ['<pad>', '</s>', '<unk>', '[GOAL]', '[PROOFSTEP]'] as const;
const PAD = 0;
const EOS = 1;
const PROOFSTEP = 4;
const SMOOTHING = 0.01;
const MARKER = '▁';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_LIBRARY = join(ROOT, 'tactics/library.yaml');

/** Fixed fillers for template slots, so the corpus reads like tactics on a typical goal. */
const SLOT_FILLERS: Readonly<Record<string, string>> = { h: 'h₀', a: 'a', b: 'b', x: 'x', n: 'n', c: '1', f: 'h₁', g: 'h₂' };

/** The library's tactics (first line of each), slots filled, weighted by the template prior. */
export function libraryCorpus(libraryPath = DEFAULT_LIBRARY): { tactic: string; weight: number }[] {
  const parsed = parseYaml(readFileSync(libraryPath, 'utf8')) as { templates: { tactic: string; prior: number }[] };
  return parsed.templates.map((t) => ({
    tactic: t.tactic
      .split('\n')[0]!
      .trim()
      .replace(/\{([a-z][a-z0-9]*)\}/gu, (_, name: string) => SLOT_FILLERS[name] ?? name),
    weight: t.prior,
  }));
}

/** Whitespace-separated words, each with the marker, as the Metaspace pre-tokenizer splits them. */
export function tacticWords(tactic: string): string[] {
  return tactic.split(/\s+/u).filter((w) => w.length > 0).map((w) => MARKER + w);
}

/** Writes the model directory and returns its vocabulary and table. */
export function buildTinyModel(dir: string, kind: TinyModelKind = 'decoder', libraryPath?: string): TinyModel {
  const corpus = libraryCorpus(libraryPath);
  const words = [...new Set(corpus.flatMap((c) => tacticWords(c.tactic)))].sort();
  const vocab = [...SPECIAL_TOKENS, ...words];
  const ids = new Map(vocab.map((t, i) => [t, i]));
  const startId = kind === 'decoder' ? PROOFSTEP : PAD;
  const table = estimateBigram(vocab.length, corpus.map((c) => ({ ids: [startId, ...tacticWords(c.tactic).map((w) => ids.get(w)!), EOS], weight: c.weight })));

  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(join(dir, 'tokenizer.json'), `${JSON.stringify(tokenizerJson(vocab), null, 2)}\n`);
  writeFileSync(join(dir, 'tokenizer_config.json'), `${JSON.stringify(tokenizerConfig(), null, 2)}\n`);
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify(modelConfig(kind, vocab.length), null, 2)}\n`);
  writeFileSync(join(dir, 'generation_config.json'), `${JSON.stringify(generationConfig(kind), null, 2)}\n`);
  const weights = table.map((lp, i) => lp + rowShift(Math.floor(i / vocab.length)));
  if (kind === 'decoder') {
    writeFileSync(join(dir, 'onnx/model.onnx'), decoderOnlyGraph(vocab.length, weights));
  } else {
    writeFileSync(join(dir, 'onnx/encoder_model.onnx'), encoderGraph(vocab.length));
    writeFileSync(join(dir, 'onnx/decoder_model_merged.onnx'), seq2seqDecoderGraph(vocab.length, weights));
  }
  return { dir, kind, vocab, table, startId, eosId: EOS, corpus };
}

/** A constant added to every logit of a row: softmax cannot see it, a raw-logit reader can. */
function rowShift(row: number): number {
  return 1 + (row % 5) * 0.75;
}

/** Weighted bigram counts with add-α smoothing; rows never seen as a context are uniform. */
function estimateBigram(size: number, sequences: readonly { ids: number[]; weight: number }[]): Float32Array {
  const counts = new Float64Array(size * size);
  for (const { ids, weight } of sequences) {
    for (let i = 0; i + 1 < ids.length; i++) counts[ids[i]! * size + ids[i + 1]!]! += weight;
  }
  const table = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    let total = 0;
    for (let col = 0; col < size; col++) total += counts[row * size + col]!;
    for (let col = 0; col < size; col++) {
      const p = total === 0 ? 1 / size : (counts[row * size + col]! + SMOOTHING * total) / (total + SMOOTHING * total * size);
      table[row * size + col] = Math.log(p);
    }
  }
  return table;
}

function tokenizerJson(vocab: readonly string[]): object {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: null,
    // Split on whitespace first: this Metaspace pre-tokenizer only marks, it does not split.
    pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'WhitespaceSplit' }, { type: 'Metaspace', replacement: MARKER, prepend_scheme: 'always', split: true }] },
    post_processor: null,
    decoder: { type: 'Metaspace', replacement: MARKER, prepend_scheme: 'always', split: true },
    // Whole words map to one token (ignore_merges); anything else falls apart into unknown characters.
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: '<unk>',
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: true,
      byte_fallback: false,
      ignore_merges: true,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
      merges: [],
    },
  };
}

function tokenizerConfig(): object {
  return {
    tokenizer_class: 'PreTrainedTokenizerFast',
    model_max_length: 1024,
    pad_token: '<pad>',
    eos_token: '</s>',
    unk_token: '<unk>',
    clean_up_tokenization_spaces: false,
  };
}

function modelConfig(kind: TinyModelKind, vocabSize: number): object {
  if (kind === 'decoder') {
    return { model_type: 'gpt2', architectures: ['GPT2LMHeadModel'], vocab_size: vocabSize, n_layer: 1, n_head: 1, n_embd: vocabSize, n_positions: 1024, eos_token_id: EOS, pad_token_id: PAD };
  }
  return {
    model_type: 't5',
    architectures: ['T5ForConditionalGeneration'],
    is_encoder_decoder: true,
    vocab_size: vocabSize,
    d_model: ENCODER_WIDTH,
    d_kv: ENCODER_WIDTH,
    num_heads: 1,
    num_layers: 1,
    num_decoder_layers: 1,
    decoder_start_token_id: PAD,
    eos_token_id: EOS,
    pad_token_id: PAD,
  };
}

function generationConfig(kind: TinyModelKind): object {
  return kind === 'decoder' ? { eos_token_id: EOS, pad_token_id: PAD } : { decoder_start_token_id: PAD, eos_token_id: EOS, pad_token_id: PAD };
}

// --- ONNX graphs (opset 13) ---------------------------------------------------------------

const ENCODER_WIDTH = 4;
const F32 = onnx.TensorProto.DataType.FLOAT;
const I64 = onnx.TensorProto.DataType.INT64;

function valueInfo(name: string, elemType: number, dims: (number | string)[]): Onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
  };
}

function floatInit(name: string, dims: number[], values: Float32Array): Onnx.ITensorProto {
  const bytes = new Uint8Array(values.byteLength);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return { name, dims, dataType: F32, rawData: bytes };
}

function int64Init(name: string, values: number[]): Onnx.ITensorProto {
  return { name, dims: [values.length], dataType: I64, int64Data: values };
}

function node(opType: string, inputs: string[], outputs: string[], attribute: Onnx.IAttributeProto[] = []): Onnx.INodeProto {
  return { opType, input: inputs, output: outputs, name: outputs[0]!, attribute };
}

function serialise(graph: Onnx.IGraphProto): Uint8Array {
  const model: Onnx.IModelProto = {
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'proofseek scripts/make-tiny-hf-model.ts',
    producerVersion: '1',
    graph,
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/** `logits[b, s, :] = weights[input_ids[b, s], :]`; the mask is read (times zero) so it is a used input. */
function decoderOnlyGraph(size: number, weights: Float32Array): Uint8Array {
  return serialise({
    name: 'tiny_bigram_lm',
    initializer: [floatInit('bigram_table', [size, size], weights), floatInit('zero', [], new Float32Array([0])), int64Init('last_axis', [-1])],
    input: [valueInfo('input_ids', I64, ['batch_size', 'sequence_length']), valueInfo('attention_mask', I64, ['batch_size', 'sequence_length'])],
    output: [valueInfo('logits', F32, ['batch_size', 'sequence_length', size])],
    node: [
      node('Gather', ['bigram_table', 'input_ids'], ['rows'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      ...zeroTimes('attention_mask', 'mask_zero'),
      node('Unsqueeze', ['mask_zero', 'last_axis'], ['mask_zero_3d']),
      node('Add', ['rows', 'mask_zero_3d'], ['logits']),
    ],
  });
}

/** Nodes computing `output = 0 * float(input)` (same shape): keeps an input used without changing results. */
function zeroTimes(input: string, output: string): Onnx.INodeProto[] {
  return [
    node('Cast', [input], [`${output}_f`], [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: F32 }]),
    node('Mul', [`${output}_f`, 'zero'], [output]),
  ];
}

function encoderGraph(size: number): Uint8Array {
  const embedding = new Float32Array(size * ENCODER_WIDTH);
  for (let t = 0; t < size; t++) for (let d = 0; d < ENCODER_WIDTH; d++) embedding[t * ENCODER_WIDTH + d] = ((t * 7 + d * 3) % 11) / 11 - 0.5;
  return serialise({
    name: 'tiny_encoder',
    initializer: [floatInit('embedding', [size, ENCODER_WIDTH], embedding), int64Init('last_axis', [-1])],
    input: [valueInfo('input_ids', I64, ['batch_size', 'encoder_sequence_length']), valueInfo('attention_mask', I64, ['batch_size', 'encoder_sequence_length'])],
    output: [valueInfo('last_hidden_state', F32, ['batch_size', 'encoder_sequence_length', ENCODER_WIDTH])],
    node: [
      node('Gather', ['embedding', 'input_ids'], ['embedded'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('Cast', ['attention_mask'], ['mask_f'], [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: F32 }]),
      node('Unsqueeze', ['mask_f', 'last_axis'], ['mask_3d']),
      node('Mul', ['embedded', 'mask_3d'], ['last_hidden_state']),
    ],
  });
}

/** `logits = weights[input_ids] + 0 * Σ encoder_hidden_states`: the encoder output is a used input of weight zero. */
function seq2seqDecoderGraph(size: number, weights: Float32Array): Uint8Array {
  return serialise({
    name: 'tiny_bigram_decoder',
    initializer: [floatInit('bigram_table', [size, size], weights), floatInit('zero', [], new Float32Array([0])), int64Init('sum_axes', [1, 2])],
    input: [
      valueInfo('input_ids', I64, ['batch_size', 'decoder_sequence_length']),
      valueInfo('encoder_hidden_states', F32, ['batch_size', 'encoder_sequence_length', ENCODER_WIDTH]),
    ],
    output: [valueInfo('logits', F32, ['batch_size', 'decoder_sequence_length', size])],
    node: [
      node('Gather', ['bigram_table', 'input_ids'], ['rows'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('ReduceSum', ['encoder_hidden_states', 'sum_axes'], ['encoder_sum'], [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 1 }]),
      node('Mul', ['encoder_sum', 'zero'], ['encoder_zero']),
      node('Add', ['rows', 'encoder_zero'], ['logits']),
    ],
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [out, ...rest] = process.argv.slice(2);
  if (out === undefined || rest.some((a) => a !== '--seq2seq')) {
    process.stderr.write('usage: npx tsx scripts/make-tiny-hf-model.ts OUT_DIR [--seq2seq]\n');
    process.exit(2);
  }
  const model = buildTinyModel(resolve(out), rest.includes('--seq2seq') ? 'seq2seq' : 'decoder');
  process.stdout.write(`wrote ${model.kind} model with ${model.vocab.length} tokens to ${model.dir}\n`);
}
