/**
 * `induction n` on a natural number, as Lean 4 with Mathlib shows it: case `zero` with `n := 0`
 * and case `succ` with a new `k : ℕ`, the hypothesis `ih` for `k` and the target for `k + 1`.
 * Hypotheses that mention `n` are generalised first (Lean reverts and reintroduces them), so
 * `ih` is `H k → P k` and the `succ` case keeps `H (k + 1)` under the same names. With
 * `with | zero => … | succ k ih => …` each alternative must close its case; `induction' n with
 * k ih` names the cases' variables; a plain `induction n` leaves both goals with inaccessible
 * names. Sound: this is `Nat.rec` on the generalised statement.
 */
import { mkArith, mkLit, mkLogic, mkVar, type Term } from '../../syntax/ast.ts';
import { substitute } from '../../syntax/substitute.ts';
import { NAT } from '../../syntax/types.ts';
import { tacticError, type Goal, type StepTier, type TacticOutcome } from '../types.ts';
import { weaker, type EngineEnv } from '../runtime.ts';
import type { InductionAlt, ParsedTactic, TacticOf } from '../tactic-ast.ts';
import { addHyp, addVar, dependents, findHyp, findVar, inaccessibleName, printGoalText, removeEntry, replaceHyp } from '../goal.ts';

type T<N extends ParsedTactic['name']> = TacticOf<N>;

export async function induction(goal: Goal, tac: T<'induction'>, env: EngineEnv): Promise<TacticOutcome> {
  const alts = tac.alts;
  const check = checkAlternatives('induction', alts, ['zero', 'succ'], { zero: 0, succ: 2 });
  if (check !== undefined) return check;
  const succNames = alts?.find((a) => a.tag === 'succ')?.names ?? tac.primeNames ?? [];
  const split = natSplit(goal, tac.variable, succNames, true);
  if (split.kind === 'error') return split;
  if (alts === undefined) return { kind: 'goals', goals: [split.zero, split.succ], tier: 'certified' };
  return runAlternatives(env, 'induction', alts, [split.zero, split.succ]);
}

/**
 * Checks `with | tag … => …` alternatives against the expected tags (each exactly once) and
 * the number of names each may bind. `undefined` when they are fine (or absent).
 */
export function checkAlternatives(
  what: string,
  alts: readonly InductionAlt[] | undefined,
  tags: readonly string[],
  maxNames: Readonly<Record<string, number>>,
): TacticOutcome | undefined {
  if (alts === undefined) return undefined;
  const unknown = alts.find((a) => !tags.includes(a.tag));
  if (unknown !== undefined) return tacticError('failed', `${what}: invalid alternative name '${unknown.tag}' (expected ${tags.map((t) => `'${t}'`).join(' or ')})`);
  for (const tag of tags) {
    const n = alts.filter((a) => a.tag === tag).length;
    if (n === 0) return tacticError('failed', `${what}: alternative '${tag}' has not been provided`);
    if (n > 1) return tacticError('failed', `${what}: duplicate alternative '${tag}'`);
  }
  const tooMany = alts.find((a) => a.names.length > (maxNames[a.tag] ?? 0));
  if (tooMany !== undefined) return tacticError('failed', `${what}: too many names in case '${tooMany.tag}'`);
  return undefined;
}

/** Runs each alternative on its goal (goals in the order of `tags` given to `checkAlternatives`); each must close it. */
export async function runAlternatives(env: EngineEnv, what: string, alts: readonly InductionAlt[], goals: readonly Goal[]): Promise<TacticOutcome> {
  let tier: StepTier = 'certified';
  for (const g of goals) {
    const alt = alts.find((a) => a.tag === g.caseTag);
    if (alt === undefined) return tacticError('failed', `${what}: no alternative for case '${g.caseTag ?? ''}'`);
    const r = await env.run(alt.body, [g]);
    if (r.kind === 'error') return tacticError(r.reason, `${what}, case ${alt.tag}: ${r.message}`);
    if (r.goals.length > 0) return tacticError('failed', `${what}, case ${alt.tag}: unsolved goals\n${r.goals.map(printGoalText).join('\n\n')}`);
    tier = weaker(tier, r.tier);
  }
  return { kind: 'goals', goals: [], tier };
}

export type NatSplit = { readonly kind: 'ok'; readonly zero: Goal; readonly succ: Goal } | { readonly kind: 'error'; readonly reason: 'failed' | 'unsupported'; readonly message: string };

/**
 * The `zero` and `succ` cases of the ℕ variable `n`. Hypotheses mentioning `n` are
 * generalised: with `withIh` (induction) the hypothesis for `k` is `H k → P k`; without it
 * (`cases`) there is none. `succNames` names `k` and the induction hypothesis.
 */
export function natSplit(goal: Goal, n: string, succNames: readonly string[], withIh: boolean): NatSplit {
  const v = findVar(goal, n);
  if (v === undefined) return { kind: 'error', reason: 'failed', message: `unknown variable '${n}'` };
  if (v.type.kind !== 'num' || v.type.name !== 'Nat') return { kind: 'error', reason: 'unsupported', message: `case analysis on a variable is supported on ℕ only; '${n}' has another type` };
  const depNames = dependents(goal, n);
  const zeroLit = mkLit(0n, NAT);
  let zero: Goal = removeEntry(goal, n);
  for (const name of depNames) zero = replaceHyp(zero, name, substitute(findHyp(goal, name)!.prop, n, zeroLit));
  zero = { ...moveToEnd(zero, depNames), target: substitute(goal.target, n, zeroLit), caseTag: 'zero' };

  // The succ case: add `k` while the statement and the generalised hypotheses are still in the
  // context, so that shadowing renames an older variable named `k` in them too.
  const pending = '✝motive';
  let succ: Goal = addHyp(removeEntry(goal, n), pending, goal.target);
  const kName = succNames[0] !== undefined && succNames[0] !== '_' ? succNames[0] : inaccessibleName(succ, n);
  succ = addVar(succ, kName, NAT);
  const target = findHyp(succ, pending)!.prop;
  const depProps = depNames.map((name) => ({ name, prop: findHyp(succ, name)!.prop }));
  for (const name of [pending, ...depNames]) succ = removeEntry(succ, name);
  const k = mkVar(kName, NAT);
  if (withIh) {
    const motive = depProps.reduceRight<Term>((acc, h) => mkLogic('→', substitute(h.prop, n, k), acc), substitute(target, n, k));
    const ihName = succNames[1] !== undefined && succNames[1] !== '_' ? succNames[1] : inaccessibleName(succ, 'a');
    succ = addHyp(succ, ihName, motive);
  }
  const kPlus1 = mkArith('+', k, mkLit(1n, NAT));
  for (const h of depProps) succ = addHyp(succ, h.name, substitute(h.prop, n, kPlus1));
  return { kind: 'ok', zero, succ: { ...succ, target: substitute(target, n, kPlus1), caseTag: 'succ' } };
}

/** The named entries moved to the end of the context, in order (Lean reintroduces them last). */
function moveToEnd(goal: Goal, names: readonly string[]): Goal {
  const moved = goal.context.filter((e) => names.includes(e.name));
  return { ...goal, context: [...goal.context.filter((e) => !names.includes(e.name)), ...moved] };
}
