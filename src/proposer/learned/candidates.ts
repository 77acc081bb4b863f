/**
 * The learned proposer's action space: every template of the tactic library instantiated on a
 * goal, ignoring the templates' `when` gates (the model learns when a template fits). Each
 * candidate remembers which template made it and at which instance rank, so a tactic can be
 * scored as p(template | goal) · p(rank | template) and a training tactic mapped back to its
 * template and arguments.
 */
import { normaliseSpace } from '../../search/goal-text.ts';
import { analyzeGoal, shapeOf, type GoalAnalysis } from '../goal.ts';
import { instantiate } from '../instantiate.ts';
import { SLOT_PATTERN, type TacticLibrary } from '../library.ts';

export interface Candidate {
  readonly tactic: string;
  /** Index of the template in the library. */
  readonly template: number;
  /** Position of this instance among the template's instances on this goal (0 = first). */
  readonly rank: number;
  /** How many instances the template has on this goal. */
  readonly instances: number;
}

/** The analysis of a goal, or a bare one (whole text as target) when it has no `⊢` line. */
export function analyse(goal: string): GoalAnalysis {
  const analysis = analyzeGoal(goal);
  if (analysis) return analysis;
  const target = goal.trim();
  return { variables: [], hypotheses: [], names: new Set(), target, shape: shapeOf(target), numerals: target.match(/\d+/gu) ?? [] };
}

/** Every instance of every template on `goal`, in library order. */
export function candidatesFor(library: TacticLibrary, analysis: GoalAnalysis): Candidate[] {
  const out: Candidate[] = [];
  library.templates.forEach((template, index) => {
    const instances = instantiate(template, analysis);
    instances.forEach((tactic, rank) => out.push({ tactic, template: index, rank, instances: instances.length }));
  });
  return out;
}

/** How a training tactic maps onto the library on its goal. */
export type TacticLabel =
  | { readonly kind: 'instance'; readonly template: number; readonly rank: number }
  /** The template's shape matches but its arguments are not among the instances made on this goal. */
  | { readonly kind: 'template'; readonly template: number }
  | { readonly kind: 'outside' };

/**
 * Maps `tactic` to the first candidate with the same text (whitespace-insensitive), else to the
 * first template whose text pattern matches, else `outside`.
 */
export function labelTactic(library: TacticLibrary, candidates: readonly Candidate[], tactic: string): TacticLabel {
  const wanted = normaliseSpace(tactic);
  const hit = candidates.find((c) => normaliseSpace(c.tactic) === wanted);
  if (hit) return { kind: 'instance', template: hit.template, rank: hit.rank };
  const template = library.templates.findIndex((t) => templatePattern(t.tactic).test(wanted));
  return template < 0 ? { kind: 'outside' } : { kind: 'template', template };
}

const patternCache = new Map<string, RegExp>();

/** A template's tactic text as a regular expression: slots match any non-empty text. */
function templatePattern(tactic: string): RegExp {
  const cached = patternCache.get(tactic);
  if (cached) return cached;
  const parts = normaliseSpace(tactic).split(SLOT_PATTERN);
  // split with a capture group alternates literal text and slot names.
  const source = parts.map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') : '(.+?)')).join('');
  const pattern = new RegExp(`^${source}$`, 'u');
  patternCache.set(tactic, pattern);
  return pattern;
}
