/**
 * The learned proposer behind the TacticProposer seam: the first goal is analysed and encoded,
 * the network gives p(template | goal), and the scorer turns that, the learned rank priors and
 * the heuristic's distribution into normalised log-probabilities over the library's instances.
 */
import { InputError } from '../../core/errors.ts';
import type { ProofState, TacticProposer, TacticSuggestion } from '../../core/seams.ts';
import { HeuristicProposer } from '../heuristic.ts';
import { loadLibrary, type TacticLibrary } from '../library.ts';
import { analyse } from './candidates.ts';
import { modelShape, readModel, type Manifest } from './manifest.ts';
import { TemplateModel, type Weights } from './model.ts';
import { candidateMasses, encodeGoal, mixSuggestions, type ScoringContext } from './scorer.ts';
import { startTf } from './tf.ts';

export class LearnedProposer implements TacticProposer {
  readonly name = 'learned';

  constructor(
    readonly manifest: Manifest,
    private readonly model: TemplateModel,
    private readonly context: ScoringContext,
  ) {}

  async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
    const goal = state.goals[0];
    return goal === undefined ? [] : this.suggest(goal, k);
  }

  /** The top `k` suggestions for one pretty-printed goal; log-probabilities normalised over all candidates. */
  suggest(goal: string, k: number): TacticSuggestion[] {
    const analysis = analyse(goal);
    const [logProbs] = this.model.logProbs([encodeGoal(analysis, this.context.vocabulary)]);
    return mixSuggestions(candidateMasses(goal, analysis, logProbs!, this.context), this.context.mix).slice(0, Math.max(0, k));
  }

  dispose(): void {
    this.model.dispose();
  }
}

export interface LoadOptions {
  /** The tactic library the model's template ids refer to (default: tactics/library.yaml). */
  readonly libraryPath?: string;
  readonly notice?: (line: string) => void;
}

/** Loads a model directory made by `proofseek train`. @throws InputError for a missing, corrupt or incompatible model. */
export async function loadLearnedProposer(dir: string, options: LoadOptions = {}): Promise<LearnedProposer> {
  const { manifest, weights } = await readModel(dir);
  await startTf(options.notice);
  return proposerFromParts(manifest, weights, loadLibrary(options.libraryPath), dir);
}

/** A proposer from an in-memory manifest and weights (TensorFlow.js must be started). */
export function proposerFromParts(manifest: Manifest, weights: Weights, library: TacticLibrary, source = 'model'): LearnedProposer {
  const classByTemplateId = new Map(manifest.templates.map((id, cls) => [id, cls]));
  const classOf = new Map<number, number>();
  library.templates.forEach((t, i) => {
    const cls = classByTemplateId.get(t.id);
    if (cls !== undefined) classOf.set(i, cls);
  });
  if (classOf.size === 0) throw new InputError(`${source}: the model knows none of the templates of ${library.source}`);
  const model = new TemplateModel(modelShape(manifest), weights);
  return new LearnedProposer(manifest, model, {
    library,
    heuristic: new HeuristicProposer(library),
    classOf,
    vocabulary: new Map(manifest.vocabulary.map((t, i) => [t, i])),
    rankCounts: manifest.rank_counts,
    mix: manifest.mix,
  });
}
