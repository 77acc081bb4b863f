/**
 * Goals as immutable values: context lookups, adding entries with Lean's shadowing (an older
 * entry of the same name becomes inaccessible, `h✝`), replacing and removing hypotheses,
 * substituting a variable everywhere, printing, canonical keys and a size guard.
 */
import { mkVar, type ContextEntry, type Term } from '../syntax/ast.ts';
import { termKey } from '../syntax/equality.ts';
import { printGoal } from '../syntax/printer.ts';
import { freeVars, substituteAll, children } from '../syntax/substitute.ts';
import { printTy, type Ty } from '../syntax/types.ts';
import type { Goal } from './types.ts';

export type Hypothesis = Extract<ContextEntry, { kind: 'hypothesis' }>;
export type Variable = Extract<ContextEntry, { kind: 'variable' }>;

export function withTarget(goal: Goal, target: Term): Goal {
  return { ...goal, target };
}

/** The accessible hypothesis called `name` (the most recent one), if any. */
export function findHyp(goal: Goal, name: string): Hypothesis | undefined {
  for (let i = goal.context.length - 1; i >= 0; i--) {
    const e = goal.context[i]!;
    if (e.name === name) return e.kind === 'hypothesis' ? e : undefined;
  }
  return undefined;
}

/** The accessible variable called `name` (the most recent entry of that name must be it). */
export function findVar(goal: Goal, name: string): Variable | undefined {
  for (let i = goal.context.length - 1; i >= 0; i--) {
    const e = goal.context[i]!;
    if (e.name === name) return e.kind === 'variable' ? e : undefined;
  }
  return undefined;
}

export function hypotheses(goal: Goal): Hypothesis[] {
  return goal.context.filter((e): e is Hypothesis => e.kind === 'hypothesis');
}

/** Variables in context order, for the term elaborator (later ones shadow earlier ones). */
export function variables(goal: Goal): { name: string; type: Ty }[] {
  return goal.context.filter((e): e is Variable => e.kind === 'variable').map((v) => ({ name: v.name, type: v.type }));
}

/** Whether `name` is used by any entry of the context. */
export function nameTaken(goal: Goal, name: string): boolean {
  return goal.context.some((e) => e.name === name);
}

/** An inaccessible name `base✝`, `base✝¹`, … not used in the goal. */
export function inaccessibleName(goal: Goal, base: string): string {
  const clean = base.replace(/✝.*$/u, '');
  const sup = ['', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
  for (let i = 0; ; i++) {
    const suffix = i < sup.length ? sup[i]! : String(i);
    const candidate = `${clean}✝${suffix}`;
    if (!nameTaken(goal, candidate)) return candidate;
  }
}

/** Replaces the free variable `from` by the variable `to` in every hypothesis and the target. */
function renameVarEverywhere(goal: Goal, from: string, to: Term): Goal {
  const map = new Map([[from, to]]);
  return {
    ...goal,
    context: goal.context.map((e) => (e.kind === 'hypothesis' ? { ...e, prop: substituteAll(e.prop, map) } : e)),
    target: substituteAll(goal.target, map),
  };
}

/**
 * Makes room for a new entry called `name`: an existing entry of that name is renamed to an
 * inaccessible name (for a variable, in every term that mentions it), as Lean's shadowing shows it.
 */
export function shadow(goal: Goal, name: string): Goal {
  let g = goal;
  const idx = g.context.findIndex((e) => e.name === name);
  if (idx < 0) return g;
  const old = g.context[idx]!;
  const fresh = inaccessibleName(g, name);
  if (old.kind === 'variable') {
    g = renameVarEverywhere(g, name, mkVar(fresh, old.type));
  }
  const context = g.context.map((e, i) => (i === idx ? { ...e, name: fresh } : e));
  return shadow({ ...g, context }, name);
}

export function addHyp(goal: Goal, name: string, prop: Term): Goal {
  const g = shadow(goal, name);
  return { ...g, context: [...g.context, { kind: 'hypothesis', name, prop }] };
}

/**
 * Adds the variable `name : type`. The caller's terms that mention `name` must mean the new
 * variable, so shadowing renames the old one in the existing context and target first.
 */
export function addVar(goal: Goal, name: string, type: Ty): Goal {
  const g = shadow(goal, name);
  return { ...g, context: [...g.context, { kind: 'variable', name, type }] };
}

/** The goal with hypothesis `name`'s statement replaced, in place. */
export function replaceHyp(goal: Goal, name: string, prop: Term): Goal {
  let done = false;
  const context = [...goal.context];
  for (let i = context.length - 1; i >= 0 && !done; i--) {
    const e = context[i]!;
    if (e.name === name && e.kind === 'hypothesis') {
      context[i] = { ...e, prop };
      done = true;
    }
  }
  return { ...goal, context };
}

export function removeEntry(goal: Goal, name: string): Goal {
  const i = goal.context.map((e) => e.name).lastIndexOf(name);
  if (i < 0) return goal;
  return { ...goal, context: [...goal.context.slice(0, i), ...goal.context.slice(i + 1)] };
}

/** Names of the context entries whose statement mentions variable `name`. */
export function dependents(goal: Goal, name: string): string[] {
  return goal.context.filter((e) => e.kind === 'hypothesis' && freeVars(e.prop).has(name)).map((e) => e.name);
}

/** Lean's goal display: `case tag` line when tagged, the context, then `⊢ target`. */
export function printGoalText(goal: Goal): string {
  // Lean shows inaccessible names bare (`n✝`), not as quoted identifiers.
  const body = printGoal(goal.context, goal.target).replace(/«([^»\n]*✝[^»\n]*)»/gu, '$1');
  return goal.caseTag === undefined ? body : `case ${goal.caseTag}\n${body}`;
}

/**
 * A canonical key: equal keys mean the same goal up to α-renaming of bound variables (names of
 * context entries count, since later tactics refer to them).
 */
export function goalKey(goal: Goal): string {
  const parts = goal.context.map((e) => (e.kind === 'variable' ? `v ${e.name}:${printTy(e.type)}` : `h ${e.name}:${termKey(e.prop)}`));
  parts.push(`⊢ ${termKey(goal.target)}`);
  return parts.join('\n');
}

/** Number of nodes of `t` and its depth, counting at most `limit` nodes (then the count exceeds `limit`). */
export function boundedShape(t: Term, limit: number): { nodes: number; depth: number } {
  let nodes = 0;
  let depth = 0;
  const stack: [Term, number][] = [[t, 1]];
  while (stack.length > 0) {
    const [cur, d] = stack.pop()!;
    nodes++;
    if (d > depth) depth = d;
    if (nodes > limit) break;
    for (const c of children(cur)) stack.push([c, d + 1]);
  }
  return { nodes, depth };
}

/** Largest goal we keep: a tactic producing more nodes than this is refused with `resource`. */
export const MAX_GOAL_NODES = 200_000;
/** Deepest term we keep (the printer, unifier and evaluators recurse on terms). */
export const MAX_TERM_DEPTH = 1000;

/** Why `goal` is too large to keep, or `undefined` when it is within the limits. */
export function oversized(goal: Goal): string | undefined {
  let nodes = 0;
  for (const t of [goal.target, ...goal.context.flatMap((e) => (e.kind === 'hypothesis' ? [e.prop] : []))]) {
    const shape = boundedShape(t, MAX_GOAL_NODES - nodes + 1);
    nodes += shape.nodes;
    if (nodes > MAX_GOAL_NODES) return `more than ${MAX_GOAL_NODES} term nodes`;
    if (shape.depth > MAX_TERM_DEPTH) return `a term nested more than ${MAX_TERM_DEPTH} levels deep`;
  }
  return undefined;
}

export function renameInaccessible(goal: Goal, names: readonly string[]): Goal | undefined {
  if (names.length === 0) return goal;
  const idx = goal.context.map((e, i) => (e.name.includes('✝') ? i : -1)).filter((i) => i >= 0);
  if (names.length > idx.length) return undefined;
  const chosen = idx.slice(idx.length - names.length);
  let g = goal;
  chosen.forEach((ci, k) => {
    const entry = g.context[ci]!;
    const newName = names[k]!;
    if (newName === '_') return;
    // An entry already called `newName` becomes inaccessible first (Lean's shadowing): renaming
    // without it would merge two different variables into one name.
    g = shadow(g, newName);
    const context = g.context.map((e, i) => (i === ci ? { ...e, name: newName } : e));
    g = { ...g, context };
    if (entry.kind === 'variable') {
      const map = new Map([[entry.name, mkVar(newName, entry.type)]]);
      g = {
        ...g,
        context: g.context.map((e) => (e.kind === 'hypothesis' ? { ...e, prop: substituteAll(e.prop, map) } : e)),
        target: substituteAll(g.target, map),
      };
    }
  });
  return g;
}

