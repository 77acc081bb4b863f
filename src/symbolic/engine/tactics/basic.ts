/**
 * Goal-directed logical tactics: `exact`, `apply`, `refine`, `constructor`, `left`, `right`,
 * `exfalso`, `trivial`, `rfl`, `assumption`, `contradiction`, `show`, `clear`, `use`.
 * Each is a rule of logic (or a closed evaluation for `rfl`/`trivial`): tier `certified`.
 */
import { FALSE, mkLogic, mkNot, mkRel, type Term } from '../../syntax/ast.ts';
import { freeVars, substitute } from '../../syntax/substitute.ts';
import { printTerm } from '../../syntax/printer.ts';
import { closed, tacticError, type Goal, type TacticOutcome } from '../types.ts';
import type { EngineEnv } from '../runtime.ts';
import type { ParsedTactic, TacticOf } from '../tactic-ast.ts';
import { ProofEnv, elabPropAt, elabTermAt, elaborateProof, numericTypesIn } from '../elab-proof.ts';
import { discharge, proveExpr } from '../discharge.ts';
import { findHyp, findVar, hypotheses, removeEntry, renameInaccessible, withTarget } from '../goal.ts';
import { asImplication, isFalseProp, whnf } from '../props.ts';
import { propsMatch, unfoldNotation, unify } from '../unify.ts';
import { closesTrivially, decidesTrue, findAssumption, isReflexive } from './close.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

function proofEnv(goal: Goal, env: EngineEnv): ProofEnv {
  return new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
}

function tagged(goal: Goal, target: Term, tag: string): Goal {
  return { context: goal.context, target, caseTag: tag };
}

export async function exact(goal: Goal, tac: T<'exact'>, env: EngineEnv): Promise<TacticOutcome> {
  const r = await proveExpr(tac.expr, goal.target, proofEnv(goal, env), env, 'error');
  if (r.kind === 'error') return tacticError(r.reason, r.message);
  return closed(r.tier);
}

export async function refine(goal: Goal, tac: T<'refine'>, env: EngineEnv): Promise<TacticOutcome> {
  const r = await proveExpr(tac.expr, goal.target, proofEnv(goal, env), env, 'goals');
  if (r.kind === 'error') return tacticError(r.reason, r.message);
  return { kind: 'goals', goals: r.goals, tier: r.tier };
}

/**
 * `apply e`: unify the target with the conclusion of `e` after peeling 0, 1, 2, … leading
 * `∀`/`→`; the peeled premises become new goals, in order.
 */
export async function apply(goal: Goal, tac: T<'apply'>, env: EngineEnv): Promise<TacticOutcome> {
  const penv = proofEnv(goal, env);
  const r = elaborateProof(tac.expr, undefined, penv);
  if (r.kind === 'error') return tacticError(r.reason, r.message);
  let p = r.prop;
  const premises: Term[] = [];
  for (let peeled = 0; peeled <= 16; peeled++) {
    const saved = penv.metas.snapshot();
    if (unify(p, goal.target, penv.metas)) {
      const d = await discharge(penv, env, 'error');
      if (d.kind === 'error') return tacticError(d.reason, d.message);
      const goals: Goal[] = [];
      for (const q of premises) {
        const prop = penv.metas.instantiate(q);
        const open = penv.metas.unassigned(prop);
        if (open.length > 0) return tacticError('failed', `apply: cannot infer ${open.join(', ')} in the new goal ${printTerm(prop)}`);
        goals.push({ context: goal.context, target: prop });
      }
      return { kind: 'goals', goals, tier: d.tier };
    }
    penv.metas.restore(saved);
    const u = unfoldNotation(penv.metas.instantiate(p));
    if (u.kind === 'quant' && u.q === '∀') {
      p = substitute(u.body, u.binder.name, penv.metas.fresh(u.binder.name, u.binder.type));
      continue;
    }
    const imp = asImplication(u);
    if (imp === undefined) break;
    premises.push(imp.premise);
    p = imp.conclusion;
  }
  return tacticError('failed', `apply: the conclusion of '${env.src.slice(env.span).replace(/^apply\s+/u, '')}' does not match the goal\n  ${printTerm(goal.target)}`);
}

export function constructor(goal: Goal): TacticOutcome {
  const t = whnf(goal.target);
  if (t.kind === 'logic' && t.op === '∧') return { kind: 'goals', goals: [tagged(goal, t.left, 'left'), tagged(goal, t.right, 'right')], tier: 'certified' };
  if (t.kind === 'logic' && t.op === '↔') {
    return {
      kind: 'goals',
      goals: [tagged(goal, mkLogic('→', t.left, t.right), 'mp'), tagged(goal, mkLogic('→', t.right, t.left), 'mpr')],
      tier: 'certified',
    };
  }
  if (t.kind === 'propConst' && t.value) return closed('certified');
  if (t.kind === 'quant' && t.q === '∃') return tacticError('unsupported', "constructor on ∃ would leave the witness as a metavariable; use 'use e' or 'refine ⟨e, ?_⟩'");
  return tacticError('failed', `constructor: the target is not an inductive proposition with one constructor:\n  ${printTerm(goal.target)}`);
}

export function leftRight(goal: Goal, side: 'left' | 'right'): TacticOutcome {
  const t = whnf(goal.target);
  if (t.kind !== 'logic' || t.op !== '∨') return tacticError('failed', `${side}: the target is not a disjunction:\n  ${printTerm(goal.target)}`);
  return { kind: 'goals', goals: [tagged(goal, side === 'left' ? t.left : t.right, 'h')], tier: 'certified' };
}

export function exfalso(goal: Goal): TacticOutcome {
  return { kind: 'goals', goals: [withTarget(goal, FALSE)], tier: 'certified' };
}

export function trivial(goal: Goal, env: EngineEnv): TacticOutcome {
  if (closesTrivially(goal, env.limits)) return closed('certified');
  return tacticError('failed', 'trivial: could not close the goal by rfl, True, assumption or evaluation');
}

export function rfl(goal: Goal, env: EngineEnv): TacticOutcome {
  if (isReflexive(goal.target)) return closed('certified');
  const t = unfoldNotation(goal.target);
  // `Eq.refl` on closed ℕ/ℤ terms succeeds by kernel evaluation (`2 + 2 = 4`); other relations
  // need syntactically equal sides (`le_refl`), so they are not evaluated.
  if (t.kind === 'rel' && t.op === '=' && decidesTrue(t, env.limits)) return closed('certified');
  return tacticError('failed', `rfl: the two sides are not syntactically equal:\n  ${printTerm(goal.target)}`);
}

export function assumption(goal: Goal): TacticOutcome {
  if (findAssumption(goal) !== undefined) return closed('certified');
  return tacticError('failed', 'assumption: no hypothesis matches the target');
}

/** `False`, `¬p` with `p`, `a ≠ a`, or a closed ℕ/ℤ hypothesis that evaluates to false. */
export function contradiction(goal: Goal, env: EngineEnv): TacticOutcome {
  const hs = hypotheses(goal);
  for (const h of hs) {
    const p = unfoldNotation(h.prop);
    if (isFalseProp(p)) return closed('certified');
    if (p.kind === 'not') {
      if (hs.some((o) => propsMatch(o.prop, p.arg))) return closed('certified');
      if (isReflexive(p.arg)) return closed('certified');
    }
    if (decidesTrue(mkNot(p), env.limits)) return closed('certified');
  }
  return tacticError('failed', 'contradiction: no contradictory hypotheses found');
}

export function show(goal: Goal, tac: T<'show'>, env: EngineEnv): TacticOutcome {
  const penv = proofEnv(goal, env);
  let t: Term;
  try {
    t = elabPropAt(tac.type, penv);
  } catch (e) {
    return tacticError('failed', (e as { message?: string }).message ?? 'cannot elaborate the type');
  }
  if (!propsMatch(t, goal.target)) return tacticError('failed', `show: ${printTerm(t)} is not the target ${printTerm(goal.target)}`);
  return { kind: 'goals', goals: [withTarget(goal, t)], tier: 'certified' };
}

export function clear(goal: Goal, tac: T<'clear'>): TacticOutcome {
  let g = goal;
  for (const name of tac.names) {
    const h = findHyp(g, name);
    const v = findVar(g, name);
    if (h === undefined && v === undefined) return tacticError('failed', `clear: unknown hypothesis '${name}'`);
    if (v !== undefined) {
      const used = g.context.some((e) => e.kind === 'hypothesis' && freeVars(e.prop).has(name)) || freeVars(g.target).has(name);
      if (used) return tacticError('failed', `clear: '${name}' is used in the goal`);
    }
    g = removeEntry(g, name);
  }
  return { kind: 'goals', goals: [g], tier: 'certified' };
}

/**
 * `use e₁, e₂`: instantiate the leading `∃`s with the terms, then try to close what is left
 * the way Mathlib's `use` discharger does (rfl, trivial, assumption, ∧-splitting).
 */
export function use(goal: Goal, tac: T<'use'>, env: EngineEnv): TacticOutcome {
  const penv = proofEnv(goal, env);
  let target = goal.target;
  for (const span of tac.terms) {
    const t = whnf(target);
    if (t.kind !== 'quant' || t.q !== '∃') return tacticError('failed', `use: the target is not an existential:\n  ${printTerm(target)}`);
    let w: Term;
    try {
      w = elabTermAt(span, t.binder.type, penv);
    } catch (e) {
      return tacticError('failed', (e as { message?: string }).message ?? 'cannot elaborate the witness');
    }
    target = substitute(t.body, t.binder.name, w);
  }
  const next = { context: goal.context, target, caseTag: 'h' };
  if (closesTrivially(next, env.limits)) return closed('certified');
  return { kind: 'goals', goals: [next], tier: 'certified' };
}

/** `symm`: `a = b` ↦ `b = a`, `a ≠ b` ↦ `b ≠ a`, `p ↔ q` ↦ `q ↔ p`. */
export function symm(goal: Goal): TacticOutcome {
  const t = goal.target;
  if (t.kind === 'rel' && (t.op === '=' || t.op === '≠')) return { kind: 'goals', goals: [withTarget(goal, mkRel(t.op, t.right, t.left))], tier: 'certified' };
  if (t.kind === 'logic' && t.op === '↔') return { kind: 'goals', goals: [withTarget(goal, mkLogic('↔', t.right, t.left))], tier: 'certified' };
  return tacticError('failed', `symm: the target is not a symmetric relation:\n  ${printTerm(t)}`);
}

/** `rename_i x y`: the most recent inaccessible names become `x`, `y`. */
export function renameI(goal: Goal, tac: T<'rename_i'>): TacticOutcome {
  const g = renameInaccessible(goal, tac.names);
  if (g === undefined) return tacticError('failed', 'rename_i: too many names');
  return { kind: 'goals', goals: [g], tier: 'certified' };
}
