/**
 * `norm_num [args] (at h)`, `simp [args] (at h)` and `simp only [args]`: the simplifier of
 * simplify.ts on the target and the named hypotheses. Hypothesis arguments are rewrite rules;
 * lemma names (`Finset.sum_range_succ`, `Nat.ModEq`, `pow_two`, …) are accepted and need no
 * rule, because exact evaluation already computes what they unfold. A target that becomes
 * `True` is closed, a hypothesis that becomes `False` closes the goal, one that becomes `True`
 * is cleared; no change at all is a failure, as in Lean.
 */
import type { Term } from '../syntax/ast.ts';
import { termEquals } from '../syntax/equality.ts';
import { closed, tacticError, type Goal, type TacticArg, type TacticHandler } from '../engine/types.ts';
import { findHypothesis, replaceHypothesis, timeoutError, withTarget } from './goal.ts';
import { ALL_CAST_RULES, rewritesOf, simplify, type CastRule, type Rewrite, type SimpSettings } from './simplify.ts';

/** The cast lemmas `simp only [...]` may name, and the cast rule each one enables. */
const CAST_LEMMAS: Readonly<Record<string, readonly CastRule[]>> = {
  'Nat.cast_add': ['add'],
  'Int.cast_add': ['add'],
  'Rat.cast_add': ['add'],
  'Nat.cast_mul': ['mul'],
  'Int.cast_mul': ['mul'],
  'Rat.cast_mul': ['mul'],
  'Nat.cast_pow': ['pow'],
  'Int.cast_pow': ['pow'],
  'Rat.cast_pow': ['pow'],
  'Int.cast_sub': ['sub'],
  'Rat.cast_sub': ['sub'],
  'Int.cast_neg': ['neg'],
  'Rat.cast_neg': ['neg'],
  'Nat.cast_one': ['numeral'],
  'Nat.cast_zero': ['numeral'],
  'Nat.cast_ofNat': ['numeral'],
  'Int.cast_one': ['numeral'],
  'Int.cast_zero': ['numeral'],
  'Int.cast_ofNat': ['numeral'],
  'Nat.cast_succ': ['add', 'numeral'],
  'push_cast': ['add', 'mul', 'pow', 'sub', 'neg', 'numeral'],
};

/** Cast rules for a call: all of them for `norm_num`/`simp` (they are simp lemmas), the named ones for `simp only`. */
function castRulesOf(args: readonly TacticArg[], only: boolean): ReadonlySet<CastRule> {
  if (!only) return ALL_CAST_RULES;
  const out = new Set<CastRule>();
  for (const a of args) {
    if (a.kind !== 'term' || a.term.kind !== 'lemma') continue;
    for (const r of CAST_LEMMAS[a.term.name] ?? []) out.add(r);
  }
  return out;
}

/** Rewrite rules from the arguments, each tagged with the hypothesis it came from. */
function rulesOf(goal: Goal, args: readonly TacticArg[]): { source: string; rule: Rewrite }[] {
  const out: { source: string; rule: Rewrite }[] = [];
  for (const a of args) {
    let name: string | undefined;
    let prop: Term | undefined;
    if (a.kind === 'hyp') [name, prop] = [a.name, a.prop];
    else if (a.term.kind === 'var' && a.term.type.kind === 'proof') {
      name = a.term.name;
      prop = findHypothesis(goal, name)?.prop;
    }
    if (name === undefined || prop === undefined) continue; // a lemma name: see the module comment
    for (const rule of rewritesOf(prop)) out.push({ source: name, rule });
  }
  return out;
}

/** The handler for `norm_num` (`kind = 'norm_num'`) or `simp`. */
export function simpHandler(kind: 'norm_num' | 'simp'): TacticHandler {
  return async (goal, call, ctx) => {
    const rules = rulesOf(goal, call.args);
    const settings = (except?: string): SimpSettings => ({
      limits: ctx.limits,
      deadline: ctx.deadline,
      rewrites: rules.filter((r) => r.source !== except).map((r) => r.rule),
      polynomial: kind === 'norm_num' || !(call.only ?? false),
      casts: castRulesOf(call.args, kind === 'simp' && (call.only ?? false)),
    });
    const loc = call.location ?? { hypotheses: [], target: true };
    let next = goal;
    let changed = false;
    for (const name of loc.hypotheses) {
      const h = findHypothesis(next, name);
      if (h === undefined) return tacticError('failed', `${kind}: no hypothesis ${name}`);
      const r = simplify(h.prop, settings(name));
      if (r.kind === 'timeout') return timeoutError(kind);
      if (r.kind === 'resource') return tacticError('resource', `${kind}: ${r.message}`);
      if (r.term.kind === 'propConst' && !r.term.value) return closed('certified'); // the hypothesis is false
      if (termEquals(r.term, h.prop)) continue;
      changed = true;
      next = replaceHypothesis(next, name, r.term.kind === 'propConst' ? undefined : r.term);
    }
    if (loc.target) {
      const r = simplify(next.target, settings());
      if (r.kind === 'timeout') return timeoutError(kind);
      if (r.kind === 'resource') return tacticError('resource', `${kind}: ${r.message}`);
      if (r.term.kind === 'propConst') {
        if (r.term.value) return closed('certified');
        return tacticError('failed', `${kind}: the goal simplifies to False`);
      }
      if (!termEquals(r.term, next.target)) {
        changed = true;
        next = withTarget(next, r.term);
      }
    }
    if (!changed) return tacticError('failed', `${kind} made no progress`);
    return { kind: 'goals', goals: [next], tier: 'certified' };
  };
}
