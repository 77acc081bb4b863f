/**
 * Arguments of the arithmetic tactics (`linarith [h₀.1, sq_nonneg (a - b)]`, `simp [pow_two, h]`,
 * `interval_cases n`) resolved in the goal's context into `TacticArg`s: a hypothesis or a proof
 * expression whose statement the engine can elaborate becomes `{kind: 'hyp', prop}` (its
 * `by` blocks proved first); a bare lemma name or an application the engine does not know is
 * handed over as a `lemma` term for the arithmetic tactic's own table.
 */
import { mkLemma, mkRel, type Term } from '../syntax/ast.ts';
import { parseTerm } from '../syntax/elaborate.ts';
import type { TacticErrorReason } from '../../core/seams.ts';
import type { HintSyntax, LocationSyntax } from './tactic-ast.ts';
import type { Goal, Location, StepTier, TacticArg } from './types.ts';
import { ProofEnv, numericTypesIn } from './elab-proof.ts';
import { proveExpr } from './discharge.ts';
import { findHyp, hypotheses, variables } from './goal.ts';
import { weaker, type EngineEnv } from './runtime.ts';
import { isAccessible } from './text.ts';
import { unfoldNotation } from './unify.ts';

export type Resolved<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly tier: StepTier }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

function flipped(prop: Term): Term | undefined {
  const u = unfoldNotation(prop);
  if (u.kind === 'rel' && u.op === '=') return mkRel('=', u.right, u.left);
  if (u.kind === 'logic' && u.op === '↔') return { ...u, left: u.right, right: u.left };
  return undefined;
}

export async function resolveHints(goal: Goal, hints: readonly HintSyntax[], env: EngineEnv): Promise<Resolved<TacticArg[]>> {
  const out: TacticArg[] = [];
  let tier: StepTier = 'certified';
  for (const hint of hints) {
    const text = env.src.slice(hint.expr.span);
    const e = hint.expr;
    // A bare name that is not a hypothesis is a lemma or definition name (`pow_two`, `Nat.ModEq`).
    if (e.kind === 'name' && findHyp(goal, e.name.split('.')[0] ?? e.name) === undefined && !variables(goal).some((v) => v.name === e.name)) {
      if (hint.reverse) return { kind: 'error', reason: 'unsupported', message: `'← ${text}' with a lemma name is not supported` };
      out.push({ kind: 'term', term: mkLemma(e.name, []) });
      continue;
    }
    const penv = new ProofEnv(goal, env.src, env.config.opens, numericTypesIn(goal.target));
    const p = await proveExpr(e, undefined, penv, env, 'error');
    if (p.kind === 'ok') {
      let prop = p.prop;
      if (hint.reverse) {
        const f = flipped(prop);
        if (f === undefined) return { kind: 'error', reason: 'failed', message: `'← ${text}': not an equation or iff` };
        prop = f;
      }
      out.push({ kind: 'hyp', name: text, prop });
      tier = weaker(tier, p.tier);
      continue;
    }
    if (!p.notProof && p.reason !== 'unsupported') return { kind: 'error', reason: p.reason, message: `in argument '${text}': ${p.message}` };
    // A term, or an application of a lemma outside the engine's table: the tactic may know it.
    const r = parseTerm(text, {
      variables: variables(goal),
      hypotheses: hypotheses(goal).filter((h) => isAccessible(h.name)).map((h) => ({ name: h.name, prop: h.prop })),
      opens: env.config.opens,
      allowUnknownConstants: true,
    });
    if (r.kind !== 'ok') return { kind: 'error', reason: p.reason, message: `in argument '${text}': ${p.message}` };
    if (hint.reverse) return { kind: 'error', reason: 'unsupported', message: `'← ${text}' is not supported here` };
    out.push({ kind: 'term', term: r.term });
  }
  return { kind: 'ok', value: out, tier };
}

/** `at h₁ h₂ ⊢` / `at *` checked against the goal. */
export function resolveLocation(goal: Goal, loc: LocationSyntax | undefined): Resolved<Location | undefined> {
  if (loc === undefined) return { kind: 'ok', value: undefined, tier: 'certified' };
  if (loc.wildcard) {
    const names = hypotheses(goal).filter((h) => isAccessible(h.name)).map((h) => h.name);
    return { kind: 'ok', value: { hypotheses: names, target: true }, tier: 'certified' };
  }
  for (const h of loc.hypotheses) {
    if (findHyp(goal, h) === undefined) return { kind: 'error', reason: 'failed', message: `unknown hypothesis '${h}'` };
  }
  return { kind: 'ok', value: { hypotheses: loc.hypotheses, target: loc.target }, tier: 'certified' };
}

/** The operand of `interval_cases x` (a term in the goal's context). */
export function resolveOperand(goal: Goal, text: string, env: EngineEnv): Resolved<TacticArg> {
  const r = parseTerm(text, { variables: variables(goal), opens: env.config.opens });
  if (r.kind !== 'ok') return { kind: 'error', reason: r.stage === 'parse' ? 'parse' : 'failed', message: `cannot elaborate '${text}': ${r.message}` };
  return { kind: 'ok', value: { kind: 'term', term: r.term }, tier: 'certified' };
}
