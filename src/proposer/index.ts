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
 *   - features.ts: named goal features used by `when` and `boost`.
 *   - goal.ts: lexical analysis of a pretty-printed goal.
 *   - fixed.ts: a fixed-list proposer for tests and replays.
 */
import { InputError } from '../core/errors.ts';
import type { TacticProposer } from '../core/seams.ts';
import { HeuristicProposer } from './heuristic.ts';
import { loadLibrary } from './library.ts';

export { HeuristicProposer } from './heuristic.ts';
export { fixedProposer, type FixedEntry, type FixedSpec } from './fixed.ts';
export { DEFAULT_LIBRARY_PATH, loadLibrary, parseLibrary, SLOT_KINDS, type SlotKind, type TacticLibrary, type Template } from './library.ts';
export { FEATURES, goalFeatures, type Feature } from './features.ts';
export { analyzeGoal, shapeOf, type GoalAnalysis, type Hypothesis, type Shape, type Variable } from './goal.ts';

export const PROPOSER_NAMES = ['heuristic'] as const;

export interface ProposerOptions {
  /** A tactic library file to use instead of the bundled `tactics/library.yaml`. */
  readonly libraryPath?: string;
}

/** The proposer called `name`. @throws InputError for an unknown name or an invalid library. */
export async function makeProposer(name: string, options: ProposerOptions = {}): Promise<TacticProposer> {
  switch (name) {
    case 'heuristic':
      return new HeuristicProposer(loadLibrary(options.libraryPath));
    default:
      throw new InputError(`unknown proposer '${name}' (available: ${PROPOSER_NAMES.join(', ')})`);
  }
}
