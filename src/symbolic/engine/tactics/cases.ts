/**
 * Case analysis on hypotheses: `rcases e with pat`, `obtain pat := e`, `obtain pat : T`,
 * `cases' h with a b`. Patterns destructure `∧`, `↔`, `∃` (and what unfolds to them: `Even`,
 * `Odd`, `∣`, `∃!`), split `∨` into goals tagged `inl`/`inr`, close the goal on `False`, and
 * `rfl` substitutes an equation `x = e` / `e = x` for a local variable `x`.
 */
import { mkVar, type Term } from '../../syntax/ast.ts';
import { freeVars, substitute } from '../../syntax/substitute.ts';
import { printTerm } from '../../syntax/printer.ts';
import { tacticError, type Goal, type TacticOutcome, type StepTier } from '../types.ts';
import type { EngineEnv } from '../runtime.ts';
import { weaker } from '../runtime.ts';
import type { ParsedTactic, RPat, PExpr, TacticOf } from '../tactic-ast.ts';
import { ProofEnv, elabPropAt, numericTypesIn } from '../elab-proof.ts';
import { proveExpr } from '../discharge.ts';
import { addHyp, addVar, findHyp, findVar, inaccessibleName, removeEntry, replaceHyp } from '../goal.ts';
import { isFalseProp, whnf } from '../props.ts';
import { mkLogic } from '../../syntax/ast.ts';
import { unfoldNotation } from '../unify.ts';
import { substituteVariable } from './subst.ts';
import { checkAlternatives, natSplit, runAlternatives } from './induction.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

type Split = { readonly kind: 'ok'; readonly goals: Goal[] } | { readonly kind: 'error'; readonly message: string };

function joinTag(prefix: string | undefined, tag: string): string {
  return prefix === undefined ? tag : `${prefix}.${tag}`;
}

let tmpCounter = 0;

/** A fresh inaccessible name for a hypothesis that a pattern is about to consume. */
function tmpName(): string {
  tmpCounter = (tmpCounter + 1) % 1_000_000;
  return `✝rcases${tmpCounter}`;
}

/** Destructures the hypothesis `name` (already in `goal`) with `pat`; the hypothesis is consumed. */
export function destructHyp(goal: Goal, name: string, pat: RPat): Split {
  const h = findHyp(goal, name);
  if (h === undefined) return { kind: 'error', message: `unknown hypothesis '${name}'` };
  if (pat.kind === 'name' && pat.name === name) return { kind: 'ok', goals: [goal] };
  return destructIn(goal, name, pat, undefined);
}

/** Adds a proof of `prop` to `goal` according to `pat`. */
export function destruct(goal: Goal, prop: Term, pat: RPat, tag: string | undefined): Split {
  const t = tmpName();
  return destructIn(addHyp(goal, t, prop), t, pat, tag);
}

/**
 * Destructures the context entry `name` by `pat`. Pending components live in the context as
 * inaccessible hypotheses, so a variable introduced by one component (shadowing an older one)
 * renames the older one in the components still to come as well.
 */
function destructIn(goal: Goal, name: string, pat: RPat, tag: string | undefined): Split {
  const entry = goal.context.find((e) => e.name === name);
  if (entry === undefined || entry.kind !== 'hypothesis') return { kind: 'error', message: `internal: lost hypothesis ${name}` };
  const prop = entry.prop;
  switch (pat.kind) {
    case 'name':
      return { kind: 'ok', goals: [addHyp(removeEntry(goal, name), pat.name, prop)] };
    case 'wild': {
      const g = removeEntry(goal, name);
      return { kind: 'ok', goals: [addHyp(g, inaccessibleName(g, 'h'), prop)] };
    }
    case 'clear':
      return { kind: 'ok', goals: [removeEntry(goal, name)] };
    case 'rfl': {
      const u = unfoldNotation(prop);
      if (u.kind !== 'rel' || u.op !== '=') return { kind: 'error', message: `'rfl' pattern: ${printTerm(prop)} is not an equation` };
      const r = substEquation(removeEntry(goal, name), u.left, u.right);
      return r.kind === 'ok' ? { kind: 'ok', goals: [r.goal] } : r;
    }
    case 'tuple': {
      if (pat.items.length === 1) return destructIn(goal, name, pat.items[0]!, tag);
      const u = whnf(prop);
      if (isFalseProp(u)) return { kind: 'ok', goals: [] };
      if (pat.items.length === 0) return destructIn(goal, name, { kind: 'wild' }, tag);
      const first = pat.items[0]!;
      const restPat: RPat = pat.items.length === 2 ? pat.items[1]! : { kind: 'tuple', items: pat.items.slice(1) };
      if (u.kind === 'logic' && (u.op === '∧' || u.op === '↔')) {
        const [l, r] = u.op === '∧' ? [u.left, u.right] : [mkLogic('→', u.left, u.right), mkLogic('→', u.right, u.left)];
        const [t1, t2] = [tmpName(), tmpName()];
        const g = addHyp(addHyp(removeEntry(goal, name), t1, l), t2, r);
        return andThen(destructIn(g, t1, first, tag), (g2) => destructIn(g2, t2, restPat, tag));
      }
      if (u.kind === 'quant' && u.q === '∃') {
        if (first.kind !== 'name' && first.kind !== 'wild') {
          return { kind: 'error', message: `the witness of ${printTerm(u)} must be named by a variable pattern` };
        }
        const varName = first.kind === 'name' ? first.name : inaccessibleName(goal, u.binder.name);
        // Shadowing renames an older `varName` everywhere, this hypothesis included: read it again.
        const g = addVar(goal, varName, u.binder.type);
        const again = whnf(findHyp(g, name)!.prop);
        if (again.kind !== 'quant') return { kind: 'error', message: 'internal: binder lost while destructuring' };
        const body = substitute(again.body, again.binder.name, mkVar(varName, again.binder.type));
        return destructIn(replaceHyp(g, name, body), name, restPat, tag);
      }
      return { kind: 'error', message: `rcases: cannot destructure ${printTerm(prop)} with a ${pat.items.length}-component pattern` };
    }
    case 'alts': {
      if (pat.alts.length === 1) return destructIn(goal, name, pat.alts[0]!, tag);
      const u = whnf(prop);
      if (isFalseProp(u)) return { kind: 'ok', goals: [] };
      if (u.kind !== 'logic' || u.op !== '∨') return { kind: 'error', message: `rcases: ${printTerm(prop)} is not a disjunction` };
      const restPat: RPat = pat.alts.length === 2 ? pat.alts[1]! : { kind: 'alts', alts: pat.alts.slice(1) };
      const l = destructIn(replaceHyp(goal, name, u.left), name, pat.alts[0]!, joinTag(tag, 'inl'));
      if (l.kind === 'error') return l;
      const r = destructIn(replaceHyp(goal, name, u.right), name, restPat, joinTag(tag, 'inr'));
      if (r.kind === 'error') return r;
      return {
        kind: 'ok',
        goals: [...l.goals.map((g) => withDefaultTag(g, joinTag(tag, 'inl'))), ...r.goals.map((g) => withDefaultTag(g, joinTag(tag, 'inr')))],
      };
    }
  }
}

function withDefaultTag(g: Goal, tag: string): Goal {
  return g.caseTag === undefined ? { ...g, caseTag: tag } : g;
}

function andThen(first: Split, k: (g: Goal) => Split): Split {
  if (first.kind === 'error') return first;
  const out: Goal[] = [];
  for (const g of first.goals) {
    const r = k(g);
    if (r.kind === 'error') return r;
    out.push(...r.goals);
  }
  return { kind: 'ok', goals: out };
}

/** `x = e` or `e = x` with `x` a local variable not in `e`: substitute it away. */
export function substEquation(goal: Goal, left: Term, right: Term): { kind: 'ok'; goal: Goal } | { kind: 'error'; message: string } {
  const canElim = (v: Term, e: Term): boolean => v.kind === 'var' && findVar(goal, v.name) !== undefined && !freeVars(e).has(v.name);
  if (canElim(right, left) && right.kind === 'var') return { kind: 'ok', goal: substituteVariable(goal, right.name, left) };
  if (canElim(left, right) && left.kind === 'var') return { kind: 'ok', goal: substituteVariable(goal, left.name, right) };
  return { kind: 'error', message: `cannot substitute: neither side of ${printTerm(left)} = ${printTerm(right)} is a free local variable` };
}

async function proveAndDestruct(
  goal: Goal,
  expr: PExpr,
  type: Term | undefined,
  pat: RPat,
  env: EngineEnv,
): Promise<TacticOutcome> {
  // `rcases h with …` on a local hypothesis replaces it.
  if (expr.kind === 'name' && type === undefined && findHyp(goal, expr.name) !== undefined) {
    const r = destructHyp(goal, expr.name, pat);
    if (r.kind === 'error') return tacticError('failed', r.message);
    return { kind: 'goals', goals: r.goals, tier: 'certified' };
  }
  const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
  const p = await proveExpr(expr, type, penv, env, 'error');
  if (p.kind === 'error') return tacticError(p.reason, p.message);
  const r = destruct(goal, p.prop, pat, undefined);
  if (r.kind === 'error') return tacticError('failed', r.message);
  return { kind: 'goals', goals: r.goals, tier: p.tier };
}

export async function rcases(goal: Goal, tac: T<'rcases'>, env: EngineEnv): Promise<TacticOutcome> {
  return proveAndDestruct(goal, tac.expr, undefined, tac.pattern, env);
}

export async function obtain(goal: Goal, tac: T<'obtain'>, env: EngineEnv): Promise<TacticOutcome> {
  let type: Term | undefined;
  if (tac.type !== undefined) {
    try {
      type = elabPropAt(tac.type, new ProofEnv(goal, env.src, env.config.opens));
    } catch (e) {
      return tacticError('failed', (e as { message?: string }).message ?? 'cannot elaborate the type');
    }
  }
  if (tac.expr !== undefined) return proveAndDestruct(goal, tac.expr, type, tac.pattern, env);
  if (type === undefined) return tacticError('parse', "obtain needs ': T' or ':= e'");
  // `obtain pat : T` proves `T` first (a new goal), then continues with it destructured.
  const r = destruct(goal, type, tac.pattern, undefined);
  if (r.kind === 'error') return tacticError('failed', r.message);
  return { kind: 'goals', goals: [{ context: goal.context, target: type }, ...r.goals], tier: 'certified' };
}

/** `cases' h with a b`: one level of case analysis, names in order. */
export async function casesPrime(goal: Goal, tac: T<"cases'">, env: EngineEnv): Promise<TacticOutcome> {
  const [a, b] = tac.names;
  const nm = (n: string | undefined): RPat => (n === undefined || n === '_' ? { kind: 'wild' } : { kind: 'name', name: n });
  let prop: Term;
  let base = goal;
  let tier: StepTier = 'certified';
  if (tac.expr.kind === 'name' && findHyp(goal, tac.expr.name) !== undefined) {
    prop = findHyp(goal, tac.expr.name)!.prop;
    base = removeEntry(goal, tac.expr.name);
  } else {
    const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
    const p = await proveExpr(tac.expr, undefined, penv, env, 'error');
    if (p.kind === 'error') return tacticError(p.reason, p.message);
    prop = p.prop;
    tier = weaker(tier, p.tier);
  }
  const u = whnf(prop);
  let pat: RPat;
  if (u.kind === 'logic' && u.op === '∨') pat = { kind: 'alts', alts: [nm(a), nm(b)] };
  else if ((u.kind === 'logic' && (u.op === '∧' || u.op === '↔')) || (u.kind === 'quant' && u.q === '∃')) pat = { kind: 'tuple', items: [nm(a), nm(b)] };
  else if (isFalseProp(u)) return { kind: 'goals', goals: [], tier };
  else return tacticError('failed', `cases': cannot split ${printTerm(prop)}`);
  const r = destruct(base, prop, pat, undefined);
  if (r.kind === 'error') return tacticError('failed', r.message);
  return { kind: 'goals', goals: r.goals, tier };
}

/**
 * Lean 4's `cases e` (`with | tag names => tacs` alternatives, each closing its case): on a
 * proof of `p ∨ q` goals `inl`/`inr`, on `∧`/`∃`/`↔` one goal `intro`, on `False` none; on a
 * ℕ variable the cases `zero` and `succ` (no induction hypothesis). Unnamed parts get
 * inaccessible names; a hypothesis given by name is replaced.
 */
export async function casesTactic(goal: Goal, tac: T<'cases'>, env: EngineEnv): Promise<TacticOutcome> {
  const e = tac.expr;
  if (e.kind === 'name' && findVar(goal, e.name) !== undefined) {
    const check = checkAlternatives('cases', tac.alts, ['zero', 'succ'], { zero: 0, succ: 1 });
    if (check !== undefined) return check;
    const split = natSplit(goal, e.name, tac.alts?.find((a) => a.tag === 'succ')?.names ?? [], false);
    if (split.kind === 'error') return split;
    if (tac.alts === undefined) return { kind: 'goals', goals: [split.zero, split.succ], tier: 'certified' };
    return runAlternatives(env, 'cases', tac.alts, [split.zero, split.succ]);
  }
  let prop: Term;
  let base = goal;
  let tier: StepTier = 'certified';
  if (e.kind === 'name' && findHyp(goal, e.name) !== undefined) {
    prop = findHyp(goal, e.name)!.prop;
    base = removeEntry(goal, e.name);
  } else {
    const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
    const p = await proveExpr(e, undefined, penv, env, 'error');
    if (p.kind === 'error') return tacticError(p.reason, p.message);
    prop = p.prop;
    tier = p.tier;
  }
  const u = whnf(prop);
  const named = (tag: string, i: number): RPat => {
    const n = tac.alts?.find((a) => a.tag === tag)?.names[i];
    return n === undefined || n === '_' ? { kind: 'wild' } : { kind: 'name', name: n };
  };
  let goals: Goal[];
  let tags: string[];
  if (isFalseProp(u)) return tac.alts === undefined || tac.alts.length === 0 ? { kind: 'goals', goals: [], tier } : tacticError('failed', 'cases: False has no cases');
  if (u.kind === 'logic' && u.op === '∨') {
    tags = ['inl', 'inr'];
    const l = destruct(base, u.left, named('inl', 0), undefined);
    const r = destruct(base, u.right, named('inr', 0), undefined);
    if (l.kind === 'error') return tacticError('failed', l.message);
    if (r.kind === 'error') return tacticError('failed', r.message);
    goals = [...l.goals.map((g) => ({ ...g, caseTag: 'inl' })), ...r.goals.map((g) => ({ ...g, caseTag: 'inr' }))];
  } else if ((u.kind === 'logic' && (u.op === '∧' || u.op === '↔')) || (u.kind === 'quant' && u.q === '∃')) {
    tags = ['intro'];
    const d = destruct(base, prop, { kind: 'tuple', items: [named('intro', 0), named('intro', 1)] }, undefined);
    if (d.kind === 'error') return tacticError('failed', d.message);
    goals = d.goals.map((g) => ({ ...g, caseTag: 'intro' }));
  } else return tacticError('failed', `cases: cannot split ${printTerm(prop)}`);
  const check = checkAlternatives('cases', tac.alts, tags, Object.fromEntries(tags.map((t) => [t, 2])));
  if (check !== undefined) return check;
  if (tac.alts === undefined) return { kind: 'goals', goals, tier };
  const r = await runAlternatives(env, 'cases', tac.alts, goals);
  return r.kind === 'goals' ? { ...r, tier: weaker(tier, r.tier) } : r;
}
