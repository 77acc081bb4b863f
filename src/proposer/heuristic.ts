/**
 * The heuristic proposer: every template of the tactic library whose `when` holds for the first
 * goal is instantiated with the goal's variables, hypotheses and constants, and scored
 *   log prior + Σ boosts of the goal's features − log (number of instances of the template),
 * so a template's mass is shared among its instances. A log-softmax over all candidates turns
 * scores into log-probabilities; the top k are returned, best first. Pure and deterministic.
 */
import type { ProofState, TacticProposer, TacticSuggestion } from '../core/seams.ts';
import { goalFeatures, type Feature } from './features.ts';
import { analyzeGoal, shapeOf, type GoalAnalysis } from './goal.ts';
import { instantiate } from './instantiate.ts';
import { loadLibrary, type TacticLibrary, type Template } from './library.ts';

export class HeuristicProposer implements TacticProposer {
  readonly name = 'heuristic';

  constructor(private readonly library: TacticLibrary = loadLibrary()) {}

  async propose(state: ProofState, k: number): Promise<TacticSuggestion[]> {
    const goal = state.goals[0];
    return goal === undefined ? [] : this.suggest(goal, k);
  }

  /** The top `k` suggestions for one pretty-printed goal, log-probabilities normalised over all candidates. */
  suggest(goal: string, k: number): TacticSuggestion[] {
    const analysis = analyzeGoal(goal) ?? bareAnalysis(goal);
    const features = goalFeatures(analysis);
    const scored = new Map<string, number>();
    for (const template of this.library.templates) {
      if (!applies(template, features)) continue;
      const instances = instantiate(template, analysis);
      if (instances.length === 0) continue;
      let score = Math.log(template.prior) - Math.log(instances.length);
      for (const [feature, boost] of Object.entries(template.boost)) if (features.has(feature as Feature)) score += boost;
      for (const tactic of instances) {
        const previous = scored.get(tactic);
        if (previous === undefined || score > previous) scored.set(tactic, score);
      }
    }
    if (scored.size === 0) return [];
    const entries = [...scored.entries()];
    const max = Math.max(...entries.map(([, s]) => s));
    const logZ = max + Math.log(entries.reduce((sum, [, s]) => sum + Math.exp(s - max), 0));
    // Stable sort: ties keep library order, so output is deterministic.
    return entries
      .map(([tactic, s]) => ({ tactic, logprob: Math.min(0, s - logZ) }))
      .sort((a, b) => b.logprob - a.logprob)
      .slice(0, Math.max(0, k));
  }
}

function applies(template: Template, features: ReadonlySet<Feature>): boolean {
  const { any, all, none } = template.when;
  if (any && !any.some((f) => features.has(f))) return false;
  if (all && !all.every((f) => features.has(f))) return false;
  if (none && none.some((f) => features.has(f))) return false;
  return true;
}

/** For text without a `⊢` line: treat the whole text as the target, with an empty context. */
function bareAnalysis(goal: string): GoalAnalysis {
  const target = goal.trim();
  return { variables: [], hypotheses: [], names: new Set(), target, shape: shapeOf(target), numerals: target.match(/\d+/gu) ?? [] };
}
