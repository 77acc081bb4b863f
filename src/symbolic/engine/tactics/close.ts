/**
 * Closing a goal by the trivial means Lean's `rfl`, `assumption`, `trivial` and `use`'s
 * discharger have: syntactic reflexivity (up to α and reducible notation), a hypothesis that
 * is the target, `True`, and — as `rfl`/`decide` do by kernel evaluation — a closed ℕ/ℤ
 * proposition that exact evaluation finds true.
 */
import { freeVars } from '../../syntax/substitute.ts';
import type { Term } from '../../syntax/ast.ts';
import { evaluateProp } from '../../eval/index.ts';
import type { Limits } from '../../core/limits.ts';
import type { Goal } from '../types.ts';
import { hypotheses } from '../goal.ts';
import { isTrueProp } from '../props.ts';
import { propsMatch, unfoldNotation } from '../unify.ts';

/** `a = a`, `a ↔ a`, `a ≤ a` (Lean's `@[refl]` relations), up to α-equivalence. */
export function isReflexive(target: Term): boolean {
  const t = unfoldNotation(target);
  if (t.kind === 'rel' && (t.op === '=' || t.op === '≤')) return propsMatch(t.left, t.right);
  if (t.kind === 'logic' && t.op === '↔') return propsMatch(t.left, t.right);
  return false;
}

/** The name of a hypothesis whose statement is the target (reducible notation unfolded). */
export function findAssumption(goal: Goal): string | undefined {
  const hs = hypotheses(goal);
  for (let i = hs.length - 1; i >= 0; i--) if (propsMatch(hs[i]!.prop, goal.target)) return hs[i]!.name;
  return undefined;
}

/** Small bounds for the evaluation `rfl`/`decide` stand for: kernel reduction of closed small terms. */
const DECIDE_LIMITS = { maxBits: 4096, maxTerms: 1000, maxDegree: 64, maxEnumeration: 1000, maxSteps: 100_000, maxDepth: 200 };

function integralOnly(t: Term): boolean {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur.type.kind === 'num' && cur.type.name !== 'Nat' && cur.type.name !== 'Int') return false;
    if (cur.kind === 'call' && !['Nat.gcd', 'Nat.lcm', 'Nat.factorial', 'Int.natAbs', 'Int.gcd', 'Nat.succ', 'Even', 'Odd', 'Int.toNat'].includes(cur.fn)) return false;
    if (cur.kind === 'bigop' || cur.kind === 'setOf' || cur.kind === 'lambda' || cur.kind === 'app') return false;
    if (cur.kind === 'quant') return false;
    for (const c of childrenOf(cur)) stack.push(c);
  }
  return true;
}

function childrenOf(t: Term): Term[] {
  switch (t.kind) {
    case 'neg':
    case 'inv':
    case 'cast':
    case 'not':
      return [t.arg];
    case 'arith':
    case 'rel':
    case 'logic':
      return [t.left, t.right];
    case 'pow':
      return [t.base, t.exponent];
    case 'call':
      return [...t.args];
    case 'modeq':
      return [t.modulus, t.left, t.right];
    default:
      return [];
  }
}

/**
 * Whether `p` is a closed proposition over ℕ/ℤ only (no quantifiers, sums or functions) that
 * exact evaluation finds true: what `rfl`/`decide` settle by computation.
 */
export function decidesTrue(p: Term, limits?: Limits): boolean {
  if (freeVars(p).size > 0 || !integralOnly(p)) return false;
  const r = evaluateProp(p, new Map(), { ...DECIDE_LIMITS, ...(limits === undefined ? {} : { maxBits: Math.min(limits.maxBits, 4096) }) });
  return r.kind === 'true';
}

/**
 * Closes `goal` the way `use`'s discharger and `trivial` do (`rfl`, `trivial`, `assumption`,
 * `And.intro` recursively), all or nothing.
 */
export function closesTrivially(goal: Goal, limits?: Limits): boolean {
  const t = unfoldNotation(goal.target);
  if (isTrueProp(t)) return true;
  if (isReflexive(t)) return true;
  if (findAssumption(goal) !== undefined) return true;
  if (t.kind === 'logic' && t.op === '∧') {
    return closesTrivially({ ...goal, target: t.left }, limits) && closesTrivially({ ...goal, target: t.right }, limits);
  }
  return decidesTrue(goal.target, limits);
}
