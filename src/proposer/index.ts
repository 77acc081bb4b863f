/**
 * Tactic proposers: given a proof state and k, up to k `{tactic, logprob}` suggestions, best
 * first. All implementations sit behind the `TacticProposer` seam (src/core/seams.ts).
 *
 * Algorithm sketch (heuristic): analyse the first goal's pretty text (variables, hypotheses
 * with their shapes, target shape, numerals) → compute named features → for each library
 * template whose `when` holds, fill its slots from the goal → score by prior and feature
 * boosts → log-softmax over all candidates → top k.
 *
 * Files:
 *   - heuristic.ts: the heuristic proposer (scoring and normalisation).
 *   - library.ts: the tactic library file format, its zod schema and loader.
 *   - instantiate.ts: filling template slots from a goal.
 *   - factor-hints.ts: nlinarith hint lists from a nerdamer factorisation (slot kind factor-hints), checked before use.
 *   - features.ts: named goal features used by `when` and `boost`.
 *   - goal.ts: lexical analysis of a pretty-printed goal.
 *   - fixed.ts: a fixed-list proposer for tests and replays.
 *   - learned/: the learned proposer (a network trained on verified steps; see its index.ts).
 *   - hf/: Hugging Face models from a local ONNX directory (see its index.ts).
 *   - http/: OpenAI-compatible inference servers (see its index.ts).
 *   - prompt.ts, tactic-text.ts: prompt templates and output cleaning for hf and http.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../core/errors.ts';
import type { TacticProposer } from '../core/seams.ts';
import { HeuristicProposer } from './heuristic.ts';
import type { HttpOptions } from './http/index.ts';
import { MANIFEST_FILE } from './learned/files.ts';
import { loadLibrary } from './library.ts';
import { checkPromptTemplate } from './prompt.ts';

export { HeuristicProposer } from './heuristic.ts';
export { fixedProposer, type FixedEntry, type FixedSpec } from './fixed.ts';
export { DEFAULT_LIBRARY_PATH, loadLibrary, parseLibrary, SLOT_KINDS, type SlotKind, type TacticLibrary, type Template } from './library.ts';
export { FEATURES, goalFeatures, type Feature } from './features.ts';
export { analyzeGoal, shapeOf, type GoalAnalysis, type Hypothesis, type Shape, type Variable } from './goal.ts';

export const PROPOSER_NAMES = ['heuristic', 'learned', 'hf', 'http'] as const;

/** The shipped model of the learned proposer (`models/default` in the repository). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../models/default', import.meta.url));

/** Is there a model in DEFAULT_MODEL_DIR? */
export function hasDefaultModel(): boolean {
  return existsSync(join(DEFAULT_MODEL_DIR, MANIFEST_FILE));
}

export interface ProposerOptions {
  /** A tactic library file to use instead of the bundled `tactics/library.yaml`. */
  readonly libraryPath?: string;
  /** `learned` (default: DEFAULT_MODEL_DIR) and `hf` (transformers.js layout): the model directory. */
  readonly modelDir?: string;
  /** `hf`: the prompt, `{goal}` standing for the first goal (default `[GOAL]{goal}[PROOFSTEP]`). */
  readonly promptTemplate?: string;
  /** `hf`: most tokens generated per tactic. */
  readonly maxTokens?: number;
  /** `http`: server, model and request settings (missing ones come from the environment). */
  readonly http?: HttpOptions;
  /** Where start-up notices go (default: stderr). */
  readonly notice?: (line: string) => void;
}

/** The proposer called `name`. @throws InputError for an unknown name or an invalid library. */
export async function makeProposer(name: string, options: ProposerOptions = {}): Promise<TacticProposer> {
  switch (name) {
    case 'heuristic':
      return new HeuristicProposer(loadLibrary(options.libraryPath));
    case 'learned':
      // Loaded on demand: TensorFlow.js takes a while to import.
      return (await import('./learned/index.ts')).loadLearnedProposer(options.modelDir ?? DEFAULT_MODEL_DIR, {
        ...(options.libraryPath === undefined ? {} : { libraryPath: options.libraryPath }),
        ...(options.notice === undefined ? {} : { notice: options.notice }),
      });
    case 'hf':
      if (options.modelDir === undefined) throw new InputError('the hf proposer needs a model directory (--model DIR)');
      // Loaded on demand: transformers.js and onnxruntime take a while to import.
      return (await import('./hf/index.ts')).makeHfProposer(options.modelDir, {
        ...(options.promptTemplate === undefined ? {} : { promptTemplate: checkPromptTemplate(options.promptTemplate) }),
        ...(options.maxTokens === undefined ? {} : { maxNewTokens: options.maxTokens }),
      });
    case 'http':
      return (await import('./http/index.ts')).makeHttpProposer(options.http ?? {});
    default:
      throw new InputError(`unknown proposer '${name}' (available: ${PROPOSER_NAMES.join(', ')})`);
  }
}
