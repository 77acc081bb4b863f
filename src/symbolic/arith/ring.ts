/**
 * `ring` and `ring_nf`. `ring` closes `a = b` exactly when both sides linearise to the same
 * polynomial (`checkIdentity` in the core); since the linearisation keeps ℕ subtraction and
 * division, ℤ division and inverses of non-numerals as atoms, an identity of polynomials is an
 * identity of values in Lean. `ring_nf` rewrites the numeric sides of the target or of
 * hypotheses into the printed normal form, and closes the goal when a side-by-side comparison
 * becomes trivially true.
 */
import { checkIdentity, type Limits, type Polynomial } from '../core/index.ts';
import { TRUE, mkLogic, mkNot, mkRel, type Term } from '../syntax/ast.ts';
import { termEquals } from '../syntax/equality.ts';
import { closed, tacticError, type Goal, type TacticHandler } from '../engine/types.ts';
import { AtomTable } from './atoms.ts';
import { hypotheses, replaceHypothesis, withTarget } from './goal.ts';
import { linearize } from './linearize.ts';
import { polyToTerm } from './to-term.ts';

export type IdentityVerdict =
  | { readonly kind: 'identity' }
  | { readonly kind: 'different'; readonly message: string }
  | { readonly kind: 'unsupported'; readonly message: string }
  | { readonly kind: 'resource'; readonly message: string };

/** Whether `left = right` holds as an identity of polynomials over atoms, checked by the core. */
export function ringIdentity(left: Term, right: Term, limits: Limits, table = new AtomTable()): IdentityVerdict {
  const l = linearize(left, table, limits);
  if (l.kind !== 'ok') return l;
  const r = linearize(right, table, limits);
  if (r.kind !== 'ok') return r;
  const check = checkIdentity(l.poly, r.poly);
  if (check.kind === 'verified') return { kind: 'identity' };
  return { kind: 'different', message: `ring failed: the sides differ by ${check.difference.toString((a) => table.name(a))}` };
}

export const ringHandler: TacticHandler = async (goal, _call, ctx) => {
  const t = goal.target;
  if (t.kind !== 'rel' || t.op !== '=' || t.left.type.kind !== 'num') return tacticError('failed', 'ring proves equalities of numbers only');
  const v = ringIdentity(t.left, t.right, ctx.limits);
  switch (v.kind) {
    case 'identity':
      return closed('certified');
    case 'different':
      return tacticError('failed', v.message);
    case 'unsupported':
      return tacticError('unsupported', `ring: ${v.message}`);
    case 'resource':
      return tacticError('resource', `ring: ${v.message}`);
  }
};

type Normalised = { kind: 'ok'; term: Term } | { kind: 'resource'; message: string };

/**
 * `prop` with every maximal numeric subterm of a comparison replaced by its normal form; a
 * comparison whose sides become equal turns into `True` for `=`, `≤`, `≥`.
 */
export function ringNormalize(prop: Term, limits: Limits): Normalised {
  const table = new AtomTable();
  let refused: string | undefined;
  const poly = (t: Term): Polynomial | undefined => {
    if (t.type.kind !== 'num') return undefined;
    const r = linearize(t, table, limits);
    if (r.kind === 'resource') refused = r.message;
    return r.kind === 'ok' ? r.poly : undefined;
  };
  const print = (t: Term, p: Polynomial | undefined): Term => (p !== undefined && t.type.kind === 'num' ? (polyToTerm(p, t.type, table) ?? t) : t);
  const visit = (p: Term): Term => {
    switch (p.kind) {
      case 'rel': {
        const lp = poly(p.left);
        const rp = poly(p.right);
        const reflexive = p.op === '=' || p.op === '≤' || p.op === '≥';
        if (reflexive && lp !== undefined && rp !== undefined && checkIdentity(lp, rp).kind === 'verified') return TRUE;
        return mkRel(p.op, print(p.left, lp), print(p.right, rp));
      }
      case 'not':
        return mkNot(visit(p.arg));
      case 'logic':
        return mkLogic(p.op, visit(p.left), visit(p.right));
      default:
        return p;
    }
  };
  const out = visit(prop);
  if (refused !== undefined) return { kind: 'resource', message: refused };
  return { kind: 'ok', term: out };
}

export const ringNfHandler: TacticHandler = async (goal, call, ctx) => {
  const loc = call.location ?? { hypotheses: [], target: true };
  let next: Goal = goal;
  let changed = false;
  for (const name of loc.hypotheses) {
    const h = hypotheses(next).find((x) => x.name === name);
    if (h === undefined) return tacticError('failed', `ring_nf: no hypothesis ${name}`);
    const r = ringNormalize(h.prop, ctx.limits);
    if (r.kind === 'resource') return tacticError('resource', `ring_nf: ${r.message}`);
    if (!termEquals(r.term, h.prop)) {
      changed = true;
      next = replaceHypothesis(next, name, r.term.kind === 'propConst' && r.term.value ? undefined : r.term);
    }
  }
  if (loc.target) {
    const r = ringNormalize(next.target, ctx.limits);
    if (r.kind === 'resource') return tacticError('resource', `ring_nf: ${r.message}`);
    if (!termEquals(r.term, next.target)) {
      changed = true;
      if (r.term.kind === 'propConst' && r.term.value) {
        // The target became `True`: the identity was decided by polynomial equality.
        return closed('certified');
      }
      next = withTarget(next, r.term);
    }
  }
  if (!changed) return tacticError('failed', 'ring_nf failed to change the goal');
  return { kind: 'goals', goals: [next], tier: 'certified' };
};
