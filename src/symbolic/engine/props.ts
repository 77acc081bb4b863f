/**
 * Logical shapes of propositions as Lean's tactics see them after unfolding reducible
 * notation and the few definitions rcases/anonymous constructors look through:
 * `Even a := ∃ r, a = r + r`, `Odd a := ∃ m, a = 2 * m + 1`, `a ∣ b := ∃ c, b = a * c` (ℕ, ℤ),
 * `a ≠ b := a = b → False`, `¬p := p → False`, `∃! x, p x := ∃ x, p x ∧ ∀ y, p y → y = x`.
 */
import {
  FALSE,
  mkArith,
  mkLit,
  mkLogic,
  mkNot,
  mkQuant,
  mkRel,
  mkVar,
  type Term,
} from '../syntax/ast.ts';
import { freeVars, freshName, substitute } from '../syntax/substitute.ts';
import { isIntegral } from '../syntax/types.ts';
import { unfoldNotation } from './unify.ts';

/** One step of definition unfolding at the head, or `undefined` when the head is not a definition we unfold. */
export function unfoldDefinition(t: Term): Term | undefined {
  if (t.kind === 'call' && (t.fn === 'Even' || t.fn === 'Odd') && t.args.length === 1) {
    const a = t.args[0]!;
    const name = freshName(t.fn === 'Even' ? 'r' : 'm', (n) => freeVars(a).has(n));
    const v = mkVar(name, a.type);
    const body =
      t.fn === 'Even'
        ? mkRel('=', a, mkArith('+', v, v))
        : mkRel('=', a, mkArith('+', mkArith('*', mkLit(2n, a.type), v), mkLit(1n, a.type)));
    return mkQuant('∃', { name, type: a.type }, body);
  }
  if (t.kind === 'rel' && t.op === '∣' && isIntegral(t.left.type)) {
    const taken = (n: string): boolean => freeVars(t.left).has(n) || freeVars(t.right).has(n);
    const name = freshName('c', taken);
    const v = mkVar(name, t.left.type);
    return mkQuant('∃', { name, type: t.left.type }, mkRel('=', t.right, mkArith('*', t.left, v)));
  }
  if (t.kind === 'quant' && t.q === '∃!') {
    const x = t.binder;
    const y = freshName(`${x.name}'`, (n) => freeVars(t.body).has(n) || n === x.name);
    const yv = mkVar(y, x.type);
    const uniq = mkQuant('∀', { name: y, type: x.type }, mkLogic('→', substitute(t.body, x.name, yv), mkRel('=', yv, mkVar(x.name, x.type))));
    return mkQuant('∃', x, mkLogic('∧', t.body, uniq));
  }
  return undefined;
}

/** The head after notation and definition unfolding (∃/∧/∨/↔/→/¬/rel…), as rcases and `⟨…⟩` see it. */
export function whnf(t: Term): Term {
  let cur = unfoldNotation(t);
  for (let i = 0; i < 8; i++) {
    const next = unfoldDefinition(cur);
    if (next === undefined) return cur;
    cur = unfoldNotation(next);
  }
  return cur;
}

/** `A → B`, `¬A` (= `A → False`) and `a ≠ b` (= `a = b → False`) as premise and conclusion. */
export function asImplication(t: Term): { premise: Term; conclusion: Term } | undefined {
  const u = unfoldNotation(t);
  if (u.kind === 'logic' && u.op === '→') return { premise: u.left, conclusion: u.right };
  if (u.kind === 'not') return { premise: u.arg, conclusion: FALSE };
  return undefined;
}

export function isFalseProp(t: Term): boolean {
  return t.kind === 'propConst' && !t.value;
}

export function isTrueProp(t: Term): boolean {
  return t.kind === 'propConst' && t.value;
}

/** `¬p` (Lean keeps `¬a = b` as written; it does not turn it into `a ≠ b`). */
export function negate(p: Term): Term {
  return mkNot(p);
}
