/**
 * The `hf` proposer: a Hugging Face model (ONNX, transformers.js layout) from a local
 * directory, decoder-only (GPT-2, Llama, …) or encoder-decoder (T5, ByT5 as in ReProver).
 *
 * Algorithm sketch: check the directory (model-dir.ts) → load tokenizer and ONNX sessions
 * offline → per proof state: render the prompt (`[GOAL]{goal}[PROOFSTEP]` by default), encode
 * it (once, through the encoder, for seq2seq) → beam search over next-token log-softmax rows
 * computed from the model's logits → decode each finished beam, keep the first tactic line,
 * drop duplicates → k tactics with sequence log-probabilities (sums of token log-probs, ≤ 0),
 * best first.
 *
 * Files:
 *   - model-dir.ts: validation of the model directory and the config fields read here.
 *   - model.ts: loading through transformers.js and the batched next-token scorer.
 *   - beam.ts: beam search with exact sequence log-probabilities; log-softmax.
 *   - proposer.ts: the TacticProposer (prompt, search, cleaning, de-duplication).
 */
import type { TacticProposer } from '../../core/seams.ts';
import { DEFAULT_PROMPT_TEMPLATE } from '../prompt.ts';
import { loadHfModel } from './model.ts';
import { HF_DEFAULTS, HfProposer, type HfProposerOptions } from './proposer.ts';

export { beamSearch, logSoftmax, topTokens } from './beam.ts';
export { inspectModelDir, type ModelDir, type ModelKind } from './model-dir.ts';
export { loadHfModel, type LoadedModel } from './model.ts';
export { HF_DEFAULTS, HfProposer, type HfProposerOptions } from './proposer.ts';

/** Loads the model in `modelDir` and wraps it. @throws InputError for a bad directory or weights. */
export async function makeHfProposer(modelDir: string, options: Partial<HfProposerOptions> = {}): Promise<TacticProposer & { close(): Promise<void> }> {
  const model = await loadHfModel(modelDir);
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<HfProposerOptions>;
  return new HfProposer(model, { promptTemplate: DEFAULT_PROMPT_TEMPLATE, ...HF_DEFAULTS, ...given });
}
