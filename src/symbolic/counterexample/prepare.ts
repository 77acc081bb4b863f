/**
 * Puts a goal in the shape the search wants: leading `∀ x,` and `P →` of the target become
 * context variables and hypotheses (as `intro` does), so their values can be sampled. A
 * counterexample of the prepared goal assigns the original variables too and refutes the
 * original goal: it satisfies the original hypotheses and falsifies the original target, since
 * the introduced premises hold and the conclusion fails at the introduced values.
 */
import type { Goal } from '../engine/types.ts';
import { FALSE, mkVar, type ContextEntry, type Term } from '../syntax/ast.ts';
import { freeVars, freshName, substitute } from '../syntax/substitute.ts';

export type Prepared = { readonly kind: 'ok'; readonly goal: Goal } | { readonly kind: 'unsupported'; readonly reason: string };

/** Introduces the target's leading binders and premises (at most `maxIntros`). */
export function prepare(goal: Goal, maxIntros = 32): Prepared {
  const context: ContextEntry[] = [...goal.context];
  const names = new Set<string>();
  for (const e of context) {
    if (e.kind !== 'variable') continue;
    // A shadowed variable would make hypotheses about the older one ambiguous by name.
    if (names.has(e.name)) return { kind: 'unsupported', reason: `variable ${e.name} is shadowed in the context` };
    names.add(e.name);
  }
  let target: Term = goal.target;
  let hyp = 0;
  const hypName = (): string => freshName(`h_intro${hyp++}`, (n) => context.some((e) => e.name === n));
  for (let i = 0; i < maxIntros; i++) {
    if (target.kind === 'quant' && target.q === '∀') {
      const taken = (n: string): boolean => names.has(n) || freeVars(target).has(n);
      const name = freshName(target.binder.name, taken);
      const body = name === target.binder.name ? target.body : substitute(target.body, target.binder.name, mkVar(name, target.binder.type));
      context.push({ kind: 'variable', name, type: target.binder.type });
      names.add(name);
      target = body;
    } else if (target.kind === 'logic' && target.op === '→') {
      context.push({ kind: 'hypothesis', name: hypName(), prop: target.left });
      target = target.right;
    } else if (target.kind === 'not') {
      context.push({ kind: 'hypothesis', name: hypName(), prop: target.arg });
      target = FALSE;
    } else break;
  }
  return { kind: 'ok', goal: { context, target, ...(goal.caseTag === undefined ? {} : { caseTag: goal.caseTag }) } };
}
