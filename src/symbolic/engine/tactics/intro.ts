/**
 * `intro x y`, `intros`, `rintro pats`: move a leading `∀ x`, `p →`, `¬p` (as `p → False`) or
 * `a ≠ b` (as `a = b → False`) of the target into the context, with Lean's names: the given
 * one, else the binder's name for `∀`, made inaccessible (`x✝`) when no name is given.
 */
import { FALSE, mkVar, type Term } from '../../syntax/ast.ts';
import { substitute } from '../../syntax/substitute.ts';
import { printTerm } from '../../syntax/printer.ts';
import { tacticError, type Goal, type TacticOutcome } from '../types.ts';
import type { EngineEnv } from '../runtime.ts';
import type { ParsedTactic, RPat, TacticOf } from '../tactic-ast.ts';
import { addHyp, addVar, inaccessibleName } from '../goal.ts';
import { unfoldNotation } from '../unify.ts';
import { destructHyp } from './cases.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

export type IntroResult = { readonly kind: 'ok'; readonly goal: Goal; readonly name: string } | { readonly kind: 'error'; readonly message: string };

/** Introduces one binder; `name` undefined or `_` gives an inaccessible name. */
export function introOne(goal: Goal, name: string | undefined): IntroResult {
  const t = unfoldNotation(goal.target);
  const anonymous = name === undefined || name === '_';
  if (t.kind === 'quant' && t.q === '∀') {
    const varName = anonymous ? inaccessibleName(goal, t.binder.name) : name;
    const g = addVar(goal, varName, t.binder.type);
    // Shadowing may have renamed an older `varName` inside the target: read the binder again.
    const tt = unfoldNotation(g.target);
    if (tt.kind !== 'quant') return { kind: 'error', message: 'internal: binder lost while introducing' };
    const body = substitute(tt.body, tt.binder.name, mkVar(varName, tt.binder.type));
    return { kind: 'ok', goal: { ...g, target: body }, name: varName };
  }
  let premise: Term | undefined;
  let conclusion: Term | undefined;
  if (t.kind === 'logic' && t.op === '→') [premise, conclusion] = [t.left, t.right];
  else if (t.kind === 'not') [premise, conclusion] = [t.arg, FALSE];
  if (premise === undefined || conclusion === undefined) {
    return { kind: 'error', message: `no additional binders or implications to introduce in\n  ${printTerm(goal.target)}` };
  }
  const hypName = anonymous ? inaccessibleName(goal, 'a') : name;
  const g = addHyp(goal, hypName, premise);
  return { kind: 'ok', goal: { ...g, target: conclusion }, name: hypName };
}

export function intro(goal: Goal, tac: T<'intro'>): TacticOutcome {
  let g = goal;
  if (tac.all) {
    for (let i = 0; i < 256; i++) {
      const r = introOne(g, undefined);
      if (r.kind === 'error') break;
      g = r.goal;
    }
    return { kind: 'goals', goals: [g], tier: 'certified' };
  }
  const names = tac.names.length === 0 ? [undefined] : tac.names;
  for (const n of names) {
    const r = introOne(g, n);
    if (r.kind === 'error') return tacticError('failed', `intro: ${r.message}`);
    g = r.goal;
  }
  return { kind: 'goals', goals: [g], tier: 'certified' };
}

/** `rintro p₁ p₂ …`: introduce one binder per pattern and destructure it. */
export function rintro(goal: Goal, tac: T<'rintro'>, _env: EngineEnv): TacticOutcome {
  let goals: Goal[] = [goal];
  for (const pat of tac.patterns) {
    const next: Goal[] = [];
    for (const g of goals) {
      const r = rintroOne(g, pat);
      if (r.kind === 'error') return tacticError('failed', `rintro: ${r.message}`);
      next.push(...r.goals);
    }
    goals = next;
  }
  return { kind: 'goals', goals, tier: 'certified' };
}

function rintroOne(goal: Goal, pat: RPat): { kind: 'ok'; goals: Goal[] } | { kind: 'error'; message: string } {
  if (pat.kind === 'name') {
    const r = introOne(goal, pat.name);
    return r.kind === 'ok' ? { kind: 'ok', goals: [r.goal] } : r;
  }
  if (pat.kind === 'wild') {
    const r = introOne(goal, undefined);
    return r.kind === 'ok' ? { kind: 'ok', goals: [r.goal] } : r;
  }
  const t = unfoldNotation(goal.target);
  if (t.kind === 'quant' && pat.kind === 'rfl') return { kind: 'error', message: "'rfl' pattern on a variable binder" };
  const r = introOne(goal, undefined);
  if (r.kind === 'error') return r;
  return destructHyp(r.goal, r.name, pat);
}
