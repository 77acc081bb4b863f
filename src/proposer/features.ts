/**
 * Goal features the tactic library refers to by name: in `when` (a template applies only if…)
 * and in `boost` (add this much to its log-score if…). Each is a cheap textual test on the
 * analysed goal.
 */
import { boundedVariables, type GoalAnalysis } from './goal.ts';

export const FEATURES = [
  'target-ineq',
  'target-pos',
  'target-eq',
  'target-ne',
  'target-forall',
  'target-imp',
  'target-not',
  'target-exists',
  'target-and',
  'target-iff',
  'target-or',
  'target-false',
  'target-true',
  'target-dvd',
  'target-mem',
  'target-modeq',
  'target-closed',
  'target-in-hyps',
  'has-mod',
  'has-div',
  'has-pow',
  'has-sqrt',
  'has-abs',
  'has-sum',
  'has-factorial',
  'has-trig',
  'has-log-exp',
  'has-floor',
  'has-prime',
  'has-gcd',
  'has-cast',
  'nat-var',
  'int-var',
  'real-var',
  'rat-var',
  'complex-var',
  'fun-var',
  'bounded-var',
  'has-hyps',
  'hyp-and',
  'hyp-exists',
  'hyp-or',
  'hyp-eq',
  'hyp-ineq',
  'hyp-forall',
  'hyp-iff',
  'hyp-not',
] as const;

export type Feature = (typeof FEATURES)[number];

/** The features that hold for `goal`. */
export function goalFeatures(goal: GoalAnalysis): Set<Feature> {
  const on = new Set<Feature>();
  const add = (feature: Feature, condition: boolean): void => {
    if (condition) on.add(feature);
  };
  const { shape, target } = goal;
  const text = [target, ...goal.hypotheses.map((h) => h.type)].join('\n');
  add('target-ineq', shape === 'ineq');
  add('target-pos', /^0 (<|≤) |(>|≥) 0$|≠ 0$/u.test(target.trim()));
  add('target-eq', shape === 'eq');
  add('target-ne', shape === 'ne');
  add('target-forall', shape === 'forall');
  add('target-imp', shape === 'imp');
  add('target-not', shape === 'not');
  add('target-exists', shape === 'exists');
  add('target-and', shape === 'and');
  add('target-iff', shape === 'iff');
  add('target-or', shape === 'or');
  add('target-false', shape === 'false');
  add('target-true', shape === 'true');
  add('target-dvd', shape === 'dvd');
  add('target-mem', shape === 'mem');
  add('target-modeq', shape === 'modeq');
  const locals = new Set(goal.variables.map((v) => v.name));
  // Closed: nothing local and nothing bound by a quantifier or a lambda (a big operator's index is fine).
  const mentionsLocal = (target.match(/[\p{L}_][\p{L}\p{N}_'!?]*/gu) ?? []).some((w) => locals.has(w));
  add('target-closed', !mentionsLocal && !/[∀∃λ→]|\bfun\b/u.test(target));
  const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  add('target-in-hyps', goal.hypotheses.some((h) => squash(h.type) === squash(target)));
  add('has-mod', /%|∣|≡|\bMOD\b|\bZMOD\b/u.test(text));
  add('has-div', /\//u.test(text));
  add('has-pow', /\^/u.test(text));
  add('has-sqrt', /√|\bsqrt\b/u.test(text));
  add('has-abs', /\||\babs\b/u.test(text));
  add('has-sum', /[∑∏]|\bFinset\.(sum|prod|range)\b/u.test(text));
  add('has-factorial', /!|\bfactorial\b/u.test(text));
  add('has-trig', /\b(sin|cos|tan|arcsin|arccos|arctan|pi)\b|π/u.test(text));
  add('has-log-exp', /\b(log|exp|logb)\b/u.test(text));
  add('has-floor', /[⌊⌈]|\b(floor|ceil)\b/u.test(text));
  add('has-prime', /\bPrime\b/u.test(text));
  add('has-gcd', /\b(gcd|lcm)\b/u.test(text));
  add('has-cast', /↑|\(\(.*: ℝ\)/u.test(text));
  const classes = new Set(goal.variables.map((v) => v.class));
  add('nat-var', classes.has('nat'));
  add('int-var', classes.has('int'));
  add('real-var', classes.has('real'));
  add('rat-var', classes.has('rat'));
  add('complex-var', classes.has('complex'));
  add('fun-var', classes.has('function'));
  add('bounded-var', boundedVariables(goal).length > 0);
  const shapes = new Set(goal.hypotheses.map((h) => h.shape));
  add('has-hyps', goal.hypotheses.length > 0);
  add('hyp-and', shapes.has('and'));
  add('hyp-exists', shapes.has('exists'));
  add('hyp-or', shapes.has('or'));
  add('hyp-eq', shapes.has('eq'));
  add('hyp-ineq', shapes.has('ineq'));
  add('hyp-forall', shapes.has('forall'));
  add('hyp-iff', shapes.has('iff'));
  add('hyp-not', shapes.has('not') || shapes.has('ne'));
  return on;
}
