/**
 * Training: steps → (goal tokens, template class, instance rank) examples → vocabulary from the
 * training split → the network by mini-batch Adam, keeping the epoch with the best validation
 * loss → rank priors from counts → the mixing weight with the heuristic fitted by validation
 * log-likelihood → validation top-1 / top-k of the final ranking (and of the heuristic alone,
 * for comparison) → the model directory.
 */
import { InputError } from '../../core/errors.ts';
import { normaliseSpace } from '../../search/goal-text.ts';
import { SEARCH_DEFAULTS } from '../../search/search.ts';
import { HeuristicProposer } from '../heuristic.ts';
import { loadLibrary } from '../library.ts';
import { analyse, candidatesFor, labelTactic, type Candidate, type TacticLabel } from './candidates.ts';
import { readSteps, splitByProblem, type Step } from './dataset.ts';
import { FORMAT_VERSION, saveModel } from './manifest.ts';
import { initialWeights, TemplateModel, type Example, type Weights } from './model.ts';
import { candidateMasses, encodeGoal, mixSuggestions, type ScoringContext } from './scorer.ts';
import { startTf } from './tf.ts';
import { goalTokens } from './tokenize.ts';
import type { GoalAnalysis } from '../goal.ts';

export interface TrainOptions {
  readonly stepsFiles: readonly string[];
  readonly outDir: string;
  readonly seed?: number;
  readonly epochs?: number;
  /** Share of problems held out for validation (default 0.1). */
  readonly validFraction?: number;
  readonly hidden?: number;
  readonly libraryPath?: string;
  readonly onProgress?: (line: string) => void;
  /** Called after each epoch (for a progress bar). */
  readonly onEpoch?: (info: { epoch: number; epochs: number; trainLoss: number; validLoss: number | null }) => void;
}

export interface TrainSummary {
  readonly outDir: string;
  /** Training examples (steps mapped onto the library). */
  readonly examples: number;
  readonly validExamples: number;
  readonly trainProblems: number;
  readonly validProblems: number;
  /** Steps whose tactic is outside the tactic library (dropped). */
  readonly droppedOutsideLibrary: number;
  readonly duplicates: number;
  readonly k: number;
  /** Share of validation steps whose verified tactic the proposer ranks first / in its top k; null without validation data. */
  readonly validTop1: number | null;
  readonly validTopK: number | null;
  /** The same for the heuristic proposer alone, on the same steps. */
  readonly heuristicValidTop1: number | null;
  readonly heuristicValidTopK: number | null;
  readonly trainLoss: number;
  readonly validLoss: number | null;
  readonly bestEpoch: number;
  readonly mix: number;
  readonly backend: string;
  readonly seconds: number;
}

export const TRAIN_DEFAULTS = { seed: 1, epochs: 40, validFraction: 0.1, hidden: 64, batchSize: 64, learningRate: 0.005, l2: 1e-5, maxVocabulary: 6000 } as const;

interface Prepared {
  readonly step: Step;
  readonly analysis: GoalAnalysis;
  readonly candidates: Candidate[];
  readonly label: TacticLabel;
}

/** Trains a learned proposer on `stepsFiles` and writes it to `outDir`. @throws InputError for unusable data. */
export async function trainLearnedProposer(options: TrainOptions): Promise<TrainSummary> {
  const started = performance.now();
  const say = options.onProgress ?? (() => undefined);
  const seed = options.seed ?? TRAIN_DEFAULTS.seed;
  const epochs = options.epochs ?? TRAIN_DEFAULTS.epochs;
  const validFraction = options.validFraction ?? TRAIN_DEFAULTS.validFraction;
  const hidden = options.hidden ?? TRAIN_DEFAULTS.hidden;
  const backend = await startTf(say);
  const library = loadLibrary(options.libraryPath);
  const heuristic = new HeuristicProposer(library);
  const data = await readSteps(options.stepsFiles);
  const split = splitByProblem(data.steps, validFraction);
  const prepare = (step: Step): Prepared => {
    const analysis = analyse(step.goal);
    const candidates = candidatesFor(library, analysis);
    return { step, analysis, candidates, label: labelTactic(library, candidates, step.tactic) };
  };
  const train = split.train.map(prepare);
  const valid = split.valid.map(prepare);
  const inLibrary = (p: Prepared): p is Prepared & { label: Exclude<TacticLabel, { kind: 'outside' }> } => p.label.kind !== 'outside';
  const dropped = [...train, ...valid].filter((p) => !inLibrary(p)).length;
  const trainable = train.filter(inLibrary);
  if (trainable.length === 0) throw new InputError(`no usable training steps in ${options.stepsFiles.join(', ')}: ${data.steps.length} steps, ${dropped} outside the tactic library`);
  say(`${data.steps.length} steps (${data.duplicates} duplicates dropped): ${trainable.length} train examples from ${new Set(split.train.map((s) => s.problem)).size} problems, ${valid.length} valid steps from ${split.validProblems.length} problems, ${dropped} outside the library; backend ${backend}`);

  const vocabularyList = buildVocabulary(trainable);
  const vocabulary = new Map(vocabularyList.map((t, i) => [t, i]));
  const encode = (p: Prepared): number[] => encodeGoal(p.analysis, vocabulary);
  const examples: Example[] = trainable.map((p) => ({ tokens: encode(p), label: p.label.template }));
  const validExamples: Example[] = valid.filter(inLibrary).map((p) => ({ tokens: encode(p), label: p.label.template }));
  const rankCounts = library.templates.map(() => [] as number[]);
  for (const p of trainable) if (p.label.kind === 'instance') rankCounts[p.label.template]![p.label.rank] = (rankCounts[p.label.template]![p.label.rank] ?? 0) + 1;
  const denseRanks = rankCounts.map((counts) => Array.from({ length: counts.length }, (_, i) => counts[i] ?? 0));

  const shape = { vocab: vocabularyList.length, hidden, classes: library.templates.length };
  const model = new TemplateModel(shape, initialWeights(shape, seed));
  let best: { loss: number; epoch: number; weights: Weights } | undefined;
  let trainLoss = Number.NaN;
  try {
    trainLoss = model.train(examples, {
      epochs,
      batchSize: TRAIN_DEFAULTS.batchSize,
      learningRate: TRAIN_DEFAULTS.learningRate,
      l2: TRAIN_DEFAULTS.l2,
      seed,
      onEpoch: (epoch, loss, m) => {
        const vLoss = validExamples.length > 0 ? crossEntropy(m, validExamples) : loss;
        if (!best || vLoss < best.loss) best = { loss: vLoss, epoch, weights: m.weights() };
        options.onEpoch?.({ epoch, epochs, trainLoss: loss, validLoss: validExamples.length > 0 ? vLoss : null });
        say(`epoch ${epoch}/${epochs}: train loss ${loss.toFixed(4)}${validExamples.length > 0 ? `, valid loss ${vLoss.toFixed(4)}` : ''}`);
      },
    });
    if (best) model.assign(best.weights);

    const context = (mix: number): ScoringContext => ({ library, heuristic, classOf: new Map(library.templates.map((_, i) => [i, i])), vocabulary, rankCounts: denseRanks, mix });
    const validLogProbs = model.logProbs(valid.map(encode));
    const masses = valid.map((p, i) => candidateMasses(p.step.goal, p.analysis, validLogProbs[i]!, context(0), p.candidates));
    const mix = valid.length > 0 ? fitMix(valid, masses) : 0.5;
    const k = SEARCH_DEFAULTS.tacticsPerExpansion;
    const rankOf = (mixWeight: number, i: number): number => mixSuggestions(masses[i]!, mixWeight).findIndex((s) => sameTactic(s.tactic, valid[i]!.step.tactic));
    const accuracy = (mixWeight: number): { top1: number | null; topk: number | null } => {
      if (valid.length === 0) return { top1: null, topk: null };
      const ranks = valid.map((_, i) => rankOf(mixWeight, i));
      return { top1: ranks.filter((r) => r === 0).length / valid.length, topk: ranks.filter((r) => r >= 0 && r < k).length / valid.length };
    };
    const learned = accuracy(mix);
    const heuristicOnly = accuracy(0);
    const manifest = await saveModel(
      options.outDir,
      {
        format: 'proofseek-learned',
        format_version: FORMAT_VERSION,
        created_at: new Date().toISOString(),
        vocabulary: vocabularyList,
        templates: library.templates.map((t) => t.id),
        rank_counts: denseRanks,
        mix,
        hyper_parameters: { hidden, epochs, batch_size: TRAIN_DEFAULTS.batchSize, learning_rate: TRAIN_DEFAULTS.learningRate, l2: TRAIN_DEFAULTS.l2, seed, valid_fraction: validFraction },
        training_data: data.files,
        metrics: {
          k,
          train_examples: examples.length,
          valid_examples: valid.length,
          valid_top1: learned.top1,
          valid_topk: learned.topk,
          heuristic_valid_top1: heuristicOnly.top1,
          heuristic_valid_topk: heuristicOnly.topk,
          train_loss: Number.isFinite(trainLoss) ? trainLoss : null,
        },
      },
      model.weights(),
    );
    say(`wrote ${options.outDir} (${manifest.weights.bytes} bytes of weights)`);
    return {
      outDir: options.outDir,
      examples: examples.length,
      validExamples: valid.length,
      trainProblems: new Set(split.train.map((s) => s.problem)).size,
      validProblems: split.validProblems.length,
      droppedOutsideLibrary: dropped,
      duplicates: data.duplicates,
      k,
      validTop1: learned.top1,
      validTopK: learned.topk,
      heuristicValidTop1: heuristicOnly.top1,
      heuristicValidTopK: heuristicOnly.topk,
      trainLoss,
      validLoss: validExamples.length > 0 && best ? best.loss : null,
      bestEpoch: best?.epoch ?? epochs,
      mix,
      backend,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    model.dispose();
  }
}

/** Tokens seen in at least two training goals (all of them when the data is tiny), most frequent first. */
function buildVocabulary(examples: readonly Prepared[]): string[] {
  const counts = new Map<string, number>();
  for (const p of examples) for (const token of new Set(goalTokens(p.analysis))) counts.set(token, (counts.get(token) ?? 0) + 1);
  const minCount = examples.length < 200 ? 1 : 2;
  const kept = [...counts.entries()].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const list = kept.slice(0, TRAIN_DEFAULTS.maxVocabulary).map(([t]) => t);
  return list.length > 0 ? list : ['S:other'];
}

function crossEntropy(model: TemplateModel, examples: readonly Example[]): number {
  let total = 0;
  for (let start = 0; start < examples.length; start += 256) {
    const batch = examples.slice(start, start + 256);
    model.logProbs(batch.map((e) => e.tokens)).forEach((lp, i) => (total -= lp[batch[i]!.label]!));
  }
  return total / examples.length;
}

/** The mixing weight in {0, 0.05, …, 1} with the best mean validation log-likelihood of the verified tactic. */
function fitMix(valid: readonly Prepared[], masses: readonly ReturnType<typeof candidateMasses>[]): number {
  let bestMix = 0.5;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let step = 0; step <= 20; step += 1) {
    const mix = step / 20;
    let score = 0;
    valid.forEach((p, i) => {
      const found = mixSuggestions(masses[i]!, mix).find((s) => sameTactic(s.tactic, p.step.tactic));
      score += found ? found.logprob : Math.log(1e-9);
    });
    if (score > bestScore) {
      bestScore = score;
      bestMix = mix;
    }
  }
  return bestMix;
}

function sameTactic(a: string, b: string): boolean {
  return normaliseSpace(a) === normaliseSpace(b);
}
