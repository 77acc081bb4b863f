/**
 * `subst h` (with `h : x = e` or `h : e = x`) and `subst x`: eliminate a local variable by an
 * equation, replacing it everywhere. As in Lean, when both sides are variables the right-hand
 * one is eliminated; hypotheses that changed move after the others (Lean reverts and
 * reintroduces them).
 */
import type { Term } from '../../syntax/ast.ts';
import { freeVars, substitute } from '../../syntax/substitute.ts';
import { printTerm } from '../../syntax/printer.ts';
import { tacticError, type Goal, type TacticOutcome } from '../types.ts';
import type { ParsedTactic, TacticOf } from '../tactic-ast.ts';
import { findHyp, findVar, hypotheses, removeEntry } from '../goal.ts';
import { unfoldNotation } from '../unify.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

/** `goal` with the variable `name` replaced by `value` everywhere and removed from the context. */
export function substituteVariable(goal: Goal, name: string, value: Term): Goal {
  const kept = [];
  const moved = [];
  for (const e of goal.context) {
    if (e.name === name && e.kind === 'variable') continue;
    if (e.kind === 'hypothesis' && freeVars(e.prop).has(name)) moved.push({ ...e, prop: substitute(e.prop, name, value) });
    else kept.push(e);
  }
  return { ...goal, context: [...kept, ...moved], target: substitute(goal.target, name, value) };
}

function eliminate(goal: Goal, hypName: string): { kind: 'ok'; goal: Goal } | { kind: 'error'; message: string } {
  const h = findHyp(goal, hypName);
  if (h === undefined) return { kind: 'error', message: `unknown hypothesis '${hypName}'` };
  const u = unfoldNotation(h.prop);
  if (u.kind !== 'rel' || u.op !== '=') return { kind: 'error', message: `'${hypName}' is not an equation: ${printTerm(h.prop)}` };
  const base = removeEntry(goal, hypName);
  const elim = (v: Term, e: Term): boolean => v.kind === 'var' && findVar(base, v.name) !== undefined && !freeVars(e).has(v.name);
  if (u.right.kind === 'var' && elim(u.right, u.left)) return { kind: 'ok', goal: substituteVariable(base, u.right.name, u.left) };
  if (u.left.kind === 'var' && elim(u.left, u.right)) return { kind: 'ok', goal: substituteVariable(base, u.left.name, u.right) };
  return { kind: 'error', message: `cannot substitute with '${hypName}': neither side of ${printTerm(h.prop)} is a free local variable` };
}

export function subst(goal: Goal, tac: T<'subst'>): TacticOutcome {
  let g = goal;
  for (const name of tac.names) {
    let hypName = name;
    if (findVar(g, name) !== undefined) {
      // `subst x`: the most recent equation with `x` alone on one side.
      const hs = hypotheses(g).reverse();
      const h = hs.find((e) => {
        const u = unfoldNotation(e.prop);
        return u.kind === 'rel' && u.op === '=' && ((u.left.kind === 'var' && u.left.name === name && !freeVars(u.right).has(name)) || (u.right.kind === 'var' && u.right.name === name && !freeVars(u.left).has(name)));
      });
      if (h === undefined) return tacticError('failed', `subst: no equation 'x = e' or 'e = x' for '${name}'`);
      hypName = h.name;
      const u = unfoldNotation(h.prop) as Extract<Term, { kind: 'rel' }>;
      const base = removeEntry(g, hypName);
      g = u.left.kind === 'var' && u.left.name === name ? substituteVariable(base, name, u.right) : substituteVariable(base, name, u.left);
      continue;
    }
    const r = eliminate(g, hypName);
    if (r.kind === 'error') return tacticError('failed', `subst: ${r.message}`);
    g = r.goal;
  }
  return { kind: 'goals', goals: [g], tier: 'certified' };
}

/** `subst_vars`: eliminate every variable that an equation `x = e` / `e = x` determines. */
export function substVars(goal: Goal): TacticOutcome {
  let g = goal;
  for (let round = 0; round < 256; round++) {
    const h = hypotheses(g).find((e) => eliminate(g, e.name).kind === 'ok');
    if (h === undefined) break;
    const r = eliminate(g, h.name);
    if (r.kind === 'error') break;
    g = r.goal;
  }
  return { kind: 'goals', goals: [g], tier: 'certified' };
}
