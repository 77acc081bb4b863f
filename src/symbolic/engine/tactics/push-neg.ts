/**
 * Mathlib's `push_neg`: rewrite with the equivalences `not_not`, `not_and` (`¬(p ∧ q) ↔ (p →
 * ¬q)`), `not_or`, `not_imp` (`¬(p → q) ↔ p ∧ ¬q`), `not_iff` (`¬(p ↔ q) ↔ (p ∧ ¬q) ∨ (¬p ∧ q)`),
 * `not_forall`, `not_exists`, `¬(a = b) ↔ a ≠ b`, `¬(a ≠ b) ↔ a = b`, and on linear orders only
 * (ℕ ℤ ℚ ℝ, never ℂ) `not_lt`/`not_le`, everywhere in the proposition. Every rewrite is a
 * classical equivalence, so the result is equivalent to the input.
 */
import { FALSE, TRUE, mkLogic, mkNot, mkQuant, mkRel, type Term } from '../../syntax/ast.ts';
import { isOrdered } from '../../syntax/types.ts';

/** `t` with negations pushed inward as far as the rules allow. */
export function pushNeg(t: Term): Term {
  if (t.type.kind !== 'prop') return t;
  if (t.kind === 'not') return negPush(t.arg);
  if (t.kind === 'logic') return mkLogic(t.op, pushNeg(t.left), pushNeg(t.right));
  if (t.kind === 'quant') return mkQuant(t.q, t.binder, pushNeg(t.body));
  // Relations, membership and predicates hold no propositions push_neg rewrites inside.
  return t;
}

/** The pushed form of `¬p`. */
function negPush(p: Term): Term {
  switch (p.kind) {
    case 'not':
      return pushNeg(p.arg);
    case 'propConst':
      return p.value ? FALSE : TRUE;
    case 'logic':
      switch (p.op) {
        case '∧':
          return mkLogic('→', pushNeg(p.left), negPush(p.right));
        case '∨':
          return mkLogic('∧', negPush(p.left), negPush(p.right));
        case '→':
          return mkLogic('∧', pushNeg(p.left), negPush(p.right));
        case '↔':
          return mkLogic('∨', mkLogic('∧', pushNeg(p.left), negPush(p.right)), mkLogic('∧', negPush(p.left), pushNeg(p.right)));
      }
      break;
    case 'quant':
      if (p.q === '∀') return mkQuant('∃', p.binder, negPush(p.body));
      if (p.q === '∃') return mkQuant('∀', p.binder, negPush(p.body));
      break;
    case 'rel': {
      const ordered = isOrdered(p.left.type);
      switch (p.op) {
        case '=':
          return mkRel('≠', p.left, p.right);
        case '≠':
          return mkRel('=', p.left, p.right);
        case '<':
          if (ordered) return mkRel('≤', p.right, p.left);
          break;
        case '≤':
          if (ordered) return mkRel('<', p.right, p.left);
          break;
        case '>':
          if (ordered) return mkRel('≤', p.left, p.right);
          break;
        case '≥':
          if (ordered) return mkRel('<', p.left, p.right);
          break;
        default:
          break;
      }
      break;
    }
    default:
      break;
  }
  return mkNot(pushNeg(p));
}
