/**
 * `rw [r₁, ← r₂] (at h ⊢)`, `rewrite`, `rwa`: Lean's `kabstract` on the fragment. A rule is any
 * proof expression of an equation or iff, possibly under `∀`s (their variables become
 * metavariables) and `→`s (their premises become side goals after the main goal). The first
 * instance of the left-hand side in pre-order, left to right, not mentioning bound variables,
 * fixes the metavariables; every instance of that instantiation is replaced. Then `rfl` is tried
 * on the main goal, as `rw` does. Sound because an equation (or iff) that holds lets equals be
 * replaced by equals in any context.
 */
import { mkBigOp, mkLambda, mkQuant, mkSetOf, mkVar, type Term } from '../../syntax/ast.ts';
import { freeVars, freshName, substitute, withChildren, children } from '../../syntax/substitute.ts';
import { printTerm } from '../../syntax/printer.ts';
import type { NumTypeName } from '../../syntax/types.ts';
import { tacticError, type Goal, type StepTier, type TacticOutcome } from '../types.ts';
import { weaker, type EngineEnv } from '../runtime.ts';
import type { ParsedTactic, RewriteRule, TacticOf } from '../tactic-ast.ts';
import { ProofEnv, elaborateProof, numericTypesIn } from '../elab-proof.ts';
import { discharge } from '../discharge.ts';
import { findHyp, hypotheses, replaceHyp, withTarget } from '../goal.ts';
import { Metas, isMeta, propsMatch, unfoldNotation, unify } from '../unify.ts';
import { findAssumption, isReflexive } from './close.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

type Once =
  | { readonly kind: 'ok'; readonly prop: Term; readonly tier: StepTier; readonly side: readonly Term[] }
  | { readonly kind: 'error'; readonly reason: 'failed' | 'parse' | 'unsupported' | 'timeout' | 'resource' | 'backend'; readonly message: string };

export async function rewrite(goal: Goal, tac: T<'rw'>, env: EngineEnv): Promise<TacticOutcome> {
  const loc = tac.location;
  const wildcard = loc?.wildcard ?? false;
  const hypNames = loc === undefined ? [] : wildcard ? hypotheses(goal).map((h) => h.name) : loc.hypotheses;
  const atTarget = loc === undefined || loc.target || wildcard;
  let g = goal;
  let tier: StepTier = 'certified';
  const side: Term[] = [];
  for (const rule of tac.rules) {
    let succeeded = false;
    const places: (string | undefined)[] = [...hypNames, ...(atTarget ? [undefined] : [])];
    for (const place of places) {
      const h = place === undefined ? undefined : findHyp(g, place);
      if (place !== undefined && h === undefined) return tacticError('failed', `rw: unknown hypothesis '${place}'`);
      const prop = h === undefined ? g.target : h.prop;
      const r = await rewriteOnce(g, prop, rule, env);
      if (r.kind === 'error') {
        if (wildcard) continue;
        return tacticError(r.reason, `rw [${env.src.slice(rule.span)}]${place === undefined ? '' : ` at ${place}`}: ${r.message}`);
      }
      succeeded = true;
      tier = weaker(tier, r.tier);
      side.push(...r.side);
      g = place === undefined ? withTarget(g, r.prop) : replaceHyp(g, place, r.prop);
    }
    if (!succeeded) return tacticError('failed', `rw [${env.src.slice(rule.span)}]: did not find an instance of the pattern at any location`);
  }
  const sideGoals: Goal[] = side.map((p) => ({ context: goal.context, target: p }));
  // `rw` ends with `with_reducible rfl`; `rwa` with `assumption`.
  if (isReflexive(g.target)) return { kind: 'goals', goals: sideGoals, tier };
  if (tac.variant === 'rwa') {
    if (findAssumption(g) === undefined) return tacticError('failed', 'rwa: no hypothesis matches the rewritten goal');
    return { kind: 'goals', goals: sideGoals, tier };
  }
  return { kind: 'goals', goals: [g, ...sideGoals], tier };
}

/** Rewrites `prop` (the target or a hypothesis of `goal`) with one rule. */
async function rewriteOnce(goal: Goal, prop: Term, rule: RewriteRule, env: EngineEnv): Promise<Once> {
  // A lemma may hold at several types: try the types of the location first, one at a time.
  const hints: (NumTypeName | undefined)[] = [...numericTypesIn(prop), undefined];
  let firstError: Once | undefined;
  for (const hint of hints) {
    const penv = new ProofEnv(goal, env.src, env.config.opens, hint === undefined ? [] : [hint]);
    const r = await rewriteWith(penv, prop, rule, env);
    if (r.kind === 'ok') return r;
    firstError ??= r;
    if (r.reason !== 'failed') return r;
  }
  return firstError ?? { kind: 'error', reason: 'failed', message: 'rewrite failed' };
}

async function rewriteWith(penv: ProofEnv, prop: Term, rule: RewriteRule, env: EngineEnv): Promise<Once> {
  const r = elaborateProof(rule.expr, undefined, penv);
  if (r.kind === 'error') return { kind: 'error', reason: r.reason, message: r.message };
  const metas = penv.metas;
  let eq = metas.instantiate(r.prop);
  const premises: Term[] = [];
  for (let i = 0; i < 32; i++) {
    const u = unfoldNotation(eq);
    if (u.kind === 'quant' && u.q === '∀') {
      eq = substitute(u.body, u.binder.name, metas.fresh(u.binder.name, u.binder.type));
      continue;
    }
    if (u.kind === 'logic' && u.op === '→') {
      premises.push(u.left);
      eq = u.right;
      continue;
    }
    break;
  }
  const u = eq;
  let lhs: Term;
  let rhs: Term;
  if (u.kind === 'rel' && u.op === '=') [lhs, rhs] = [u.left, u.right];
  else if (u.kind === 'logic' && u.op === '↔') [lhs, rhs] = [u.left, u.right];
  else return { kind: 'error', reason: 'failed', message: `the rule is not an equation or iff: ${printTerm(u)}` };
  if (rule.reverse) [lhs, rhs] = [rhs, lhs];
  if (isMeta(metas.instantiate(lhs))) return { kind: 'error', reason: 'failed', message: 'motive is not type correct: the pattern is a metavariable' };
  if (!findInstance(prop, lhs, metas, [])) {
    return { kind: 'error', reason: 'failed', message: `did not find an instance of the pattern\n  ${printTerm(metas.instantiate(lhs))}\nin\n  ${printTerm(prop)}` };
  }
  const from = metas.instantiate(lhs);
  const to = metas.instantiate(rhs);
  const open = [...metas.unassigned(to), ...premises.flatMap((p) => metas.unassigned(p))];
  if (open.length > 0) return { kind: 'error', reason: 'failed', message: `cannot infer ${[...new Set(open)].join(', ')} from the rewrite` };
  const next = replaceAll(prop, from, to, []);
  const d = await discharge(penv, env, 'error');
  if (d.kind === 'error') return d;
  return { kind: 'ok', prop: next, tier: d.tier, side: premises.map((p) => metas.instantiate(p)) };
}

function mentionsAny(t: Term, bound: readonly string[]): boolean {
  if (bound.length === 0) return false;
  for (const v of freeVars(t).keys()) if (bound.includes(v)) return true;
  return false;
}

/** Lean's key check before `isDefEq`: the same head symbol. */
function sameHead(p: Term, t: Term): boolean {
  if (p.kind !== t.kind) return false;
  switch (p.kind) {
    case 'arith':
    case 'rel':
    case 'logic':
      return p.op === (t as typeof p).op;
    case 'call':
      return p.fn === (t as typeof p).fn;
    case 'quant':
      return p.q === (t as typeof p).q;
    case 'bigop':
      return p.op === (t as typeof p).op;
    default:
      return true;
  }
}

/** Pre-order, left-to-right search for the first instance of `pattern`; assigns its metavariables. */
function findInstance(t: Term, pattern: Term, metas: Metas, bound: string[]): boolean {
  if (!mentionsAny(t, bound) && sameHead(pattern, t) && unify(pattern, t, metas)) return true;
  switch (t.kind) {
    case 'quant':
    case 'lambda':
    case 'setOf': {
      const name = t.kind === 'quant' ? t.binder.name : t.param.name;
      return findInstance(t.body, pattern, metas, [...bound, name]);
    }
    case 'bigop':
      return findInstance(t.domain, pattern, metas, bound) || findInstance(t.body, pattern, metas, [...bound, t.index.name]);
    default:
      return children(t).some((c) => findInstance(c, pattern, metas, bound));
  }
}

/** Replaces every instance of `from` (not under a binder it would mention) by `to`, avoiding capture. */
function replaceAll(t: Term, from: Term, to: Term, bound: string[]): Term {
  if (!mentionsAny(t, bound) && sameHead(from, t) && propsMatch(from, t)) return to;
  switch (t.kind) {
    case 'var':
    case 'lit':
    case 'propConst':
      return t;
    case 'quant':
    case 'lambda':
    case 'setOf':
    case 'bigop': {
      const binder = t.kind === 'quant' ? t.binder : t.kind === 'bigop' ? t.index : t.param;
      let body = t.body;
      let name = binder.name;
      // A binder that would capture a free variable of `to` is renamed first.
      if (freeVars(to).has(name)) {
        const fresh = freshName(name, (n) => freeVars(to).has(n) || freeVars(t.body).has(n));
        body = substitute(body, name, mkVar(fresh, binder.type));
        name = fresh;
      }
      const newBody = replaceAll(body, from, to, [...bound, name]);
      const renamed = { name, type: binder.type };
      if (t.kind === 'bigop') return mkBigOp(t.op, renamed, replaceAll(t.domain, from, to, bound), newBody);
      if (t.kind === 'quant') return mkQuant(t.q, renamed, newBody);
      if (t.kind === 'lambda') return mkLambda(renamed, newBody);
      return mkSetOf(renamed, newBody);
    }
    default: {
      const cs = children(t);
      let changed = false;
      const next = cs.map((c) => {
        const r = replaceAll(c, from, to, bound);
        if (r !== c) changed = true;
        return r;
      });
      return changed ? withChildren(t, next) : t;
    }
  }
}
