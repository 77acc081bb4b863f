/**
 * Filling a template's slots from a goal. Each slot kind has a candidate list read off the
 * goal; a template's instances are the combinations in lexicographic order, capped at its
 * `maxInstances`. Slots of one kind take distinct candidates in list order (`{a}`, `{b}` give
 * unordered pairs: `sq_nonneg (x - y)` but not also `sq_nonneg (y - x)`); fresh-name slots
 * each get their own unused name. A template with an unfillable slot has no instances.
 */
import { factorHints } from './factor-hints.ts';
import { boundedVariables, freshNames, introNames, type GoalAnalysis } from './goal.ts';
import { SLOT_PATTERN, type SlotKind, type Template } from './library.ts';

const MAX_CONSTANTS = 8;
const FRESH_HYPOTHESES = ['ha', 'hb', 'hc', 'hd'];
const FRESH_VARIABLES = ['w', 'v', 'u', 't'];

/** The candidates for one (non-fresh) slot kind, best first. */
export function slotCandidates(kind: Exclude<SlotKind, 'fresh' | 'fresh-var'>, goal: GoalAnalysis): string[] {
  const hyps = (shapes: readonly string[]): string[] => goal.hypotheses.filter((h) => shapes.includes(h.shape)).map((h) => h.name);
  switch (kind) {
    case 'variable':
      return goal.variables.filter((v) => v.class !== 'function').map((v) => v.name);
    case 'nat-variable':
      return goal.variables.filter((v) => v.class === 'nat').map((v) => v.name);
    case 'bounded-variable':
      return boundedVariables(goal).map((v) => v.name);
    case 'hypothesis':
      return goal.hypotheses.map((h) => h.name);
    case 'hyp-and':
      return hyps(['and', 'exists']);
    case 'hyp-or':
      return hyps(['or']);
    case 'hyp-eq':
      return hyps(['eq']);
    case 'hyp-iff':
      return hyps(['iff']);
    case 'term':
      return goal.variables.filter((v) => v.class !== 'function' && v.class !== 'other').map((v) => v.name);
    case 'constant':
      return [...new Set([...exactQuotients(goal.numerals), ...goal.numerals, '0', '1', '2'])].slice(0, MAX_CONSTANTS);
    case 'factor-hints':
      return [...factorHints(goal)];
    case 'binder': {
      const names = introNames(goal);
      return names ? [names.join(' ')] : [];
    }
  }
}

/** Every instance of `template` for `goal` (at most `template.maxInstances`), as tactic text. */
export function instantiate(template: Template, goal: GoalAnalysis): string[] {
  const values = new Map<string, string>();
  const freshCount = (kind: SlotKind): number => template.slots.filter((s) => s.kind === kind).length;
  const freshHyps = freshNames(goal, FRESH_HYPOTHESES, freshCount('fresh'));
  const freshVars = freshNames(goal, FRESH_VARIABLES, freshCount('fresh-var'));
  const open: { name: string; kind: Exclude<SlotKind, 'fresh' | 'fresh-var'>; candidates: string[] }[] = [];
  for (const slot of template.slots) {
    if (slot.kind === 'fresh') values.set(slot.name, freshHyps.shift()!);
    else if (slot.kind === 'fresh-var') values.set(slot.name, freshVars.shift()!);
    else open.push({ name: slot.name, kind: slot.kind, candidates: slotCandidates(slot.kind, goal) });
  }
  const out: string[] = [];
  // Depth-first over the open slots; `floor` keeps same-kind slots strictly increasing.
  const fill = (i: number, floors: Map<string, number>): void => {
    if (out.length >= template.maxInstances) return;
    const slot = open[i];
    if (!slot) {
      out.push(template.tactic.replace(SLOT_PATTERN, (_, name: string) => values.get(name)!));
      return;
    }
    const from = floors.get(slot.kind) ?? 0;
    for (let j = from; j < slot.candidates.length; j += 1) {
      values.set(slot.name, slot.candidates[j]!);
      fill(i + 1, new Map(floors).set(slot.kind, j + 1));
      if (out.length >= template.maxInstances) return;
    }
  };
  fill(0, new Map());
  return out;
}

/**
 * Whole quotients b / a of the goal's integer numerals (b > a > 1): the witness of
 * `∃ x, 3 * x = 12` is often one of them.
 */
function exactQuotients(numerals: readonly string[]): string[] {
  const ints = numerals.filter((n) => /^\d+$/u.test(n)).map((n) => BigInt(n));
  const out: string[] = [];
  for (const a of ints) for (const b of ints) if (a > 1n && b > a && b % a === 0n) out.push(String(b / a));
  return out;
}
