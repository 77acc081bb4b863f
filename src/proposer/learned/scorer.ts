/**
 * Scoring a goal's candidates (the library instantiated on it) into calibrated log-probabilities:
 *   p_model(tactic) ∝ Σ over templates making it of p(template | goal) · p(rank | template)
 *   p(tactic)       = mix · p_model(tactic) + (1 − mix) · p_heuristic(tactic)
 * p_model is renormalised over the candidates that exist on this goal, p_heuristic is the
 * heuristic proposer's own normalised distribution, so p sums to 1 over the candidates and every
 * logprob is ≤ 0. Mixing with the heuristic keeps templates the data never showed reachable.
 */
import type { TacticSuggestion } from '../../core/seams.ts';
import type { GoalAnalysis } from '../goal.ts';
import type { HeuristicProposer } from '../heuristic.ts';
import type { TacticLibrary } from '../library.ts';
import { candidatesFor, type Candidate } from './candidates.ts';
import { goalTokens } from './tokenize.ts';

/** Everything but the network that scoring needs; built from a manifest or during training. */
export interface ScoringContext {
  readonly library: TacticLibrary;
  readonly heuristic: HeuristicProposer;
  /** Library template index → model class (absent: the model does not know the template). */
  readonly classOf: ReadonlyMap<number, number>;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Per class, rank counts (index = instance rank). */
  readonly rankCounts: readonly (readonly number[])[];
  readonly mix: number;
}

/** The goal's distinct vocabulary indices (unknown tokens are skipped). */
export function encodeGoal(analysis: GoalAnalysis, vocabulary: ReadonlyMap<string, number>): number[] {
  const out = new Set<number>();
  for (const token of goalTokens(analysis)) {
    const index = vocabulary.get(token);
    if (index !== undefined) out.add(index);
  }
  return [...out].sort((a, b) => a - b);
}

/** p(rank | template) for a template with `instances` instances on this goal: add-one smoothed counts. */
export function rankProbability(counts: readonly number[] | undefined, rank: number, instances: number): number {
  let total = 0;
  for (let r = 0; r < instances; r += 1) total += (counts?.[r] ?? 0) + 1;
  return ((counts?.[rank] ?? 0) + 1) / total;
}

/** The model's and the heuristic's probabilities per distinct candidate tactic, in candidate order. */
export interface CandidateMasses {
  readonly tactics: string[];
  readonly model: Float64Array;
  readonly heuristic: Float64Array;
}

export function candidateMasses(goal: string, analysis: GoalAnalysis, templateLogProbs: Float32Array, context: ScoringContext, candidates?: readonly Candidate[]): CandidateMasses {
  const all = candidates ?? candidatesFor(context.library, analysis);
  const index = new Map<string, number>();
  const tactics: string[] = [];
  const modelMass: number[] = [];
  for (const c of all) {
    let i = index.get(c.tactic);
    if (i === undefined) {
      i = tactics.length;
      index.set(c.tactic, i);
      tactics.push(c.tactic);
      modelMass.push(0);
    }
    const cls = context.classOf.get(c.template);
    if (cls === undefined) continue;
    modelMass[i]! += Math.exp(templateLogProbs[cls]!) * rankProbability(context.rankCounts[cls], c.rank, c.instances);
  }
  const heuristicMass: number[] = new Array<number>(tactics.length).fill(0);
  for (const s of context.heuristic.suggest(goal, Number.MAX_SAFE_INTEGER)) {
    let i = index.get(s.tactic);
    if (i === undefined) {
      i = tactics.length;
      index.set(s.tactic, i);
      tactics.push(s.tactic);
      modelMass.push(0);
      heuristicMass.push(0);
    }
    heuristicMass[i] = Math.exp(s.logprob);
  }
  const modelTotal = modelMass.reduce((a, b) => a + b, 0);
  const model = Float64Array.from(modelMass, (m) => (modelTotal > 0 ? m / modelTotal : 0));
  return { tactics, model, heuristic: Float64Array.from(heuristicMass) };
}

/**
 * The mixture as suggestions, best first, ties in candidate order. When one side has no mass on
 * this goal, the other side gets all of it.
 */
export function mixSuggestions(masses: CandidateMasses, mix: number): TacticSuggestion[] {
  const modelTotal = masses.model.reduce((a, b) => a + b, 0);
  const heuristicTotal = masses.heuristic.reduce((a, b) => a + b, 0);
  const w = modelTotal === 0 ? 0 : heuristicTotal === 0 ? 1 : mix;
  const hScale = heuristicTotal > 0 ? 1 / heuristicTotal : 0;
  const out: TacticSuggestion[] = [];
  masses.tactics.forEach((tactic, i) => {
    const p = w * masses.model[i]! + (1 - w) * masses.heuristic[i]! * hScale;
    if (p > 0) out.push({ tactic, logprob: Math.min(0, Math.log(p)) });
  });
  return out.sort((a, b) => b.logprob - a.logprob);
}
