/**
 * Finite domains for bound variables: the values of `x` that can matter in `∀ x, G₁ → G₂ → P`
 * (premises) or `∃ x, G₁ ∧ G₂ ∧ P` (conjuncts), read off guards such as `x < n`, `a ≤ x`,
 * `x = t`, `x ∈ s`, `x ∣ n` (n ≠ 0), and ℕ's `0 ≤ x`.
 *
 * Soundness: every value outside the returned list falsifies some guard, so it makes the
 * implication true (∀) or the conjunction false (∃); the caller still evaluates the *whole*
 * body at each listed value, so a guard read too loosely costs time, never correctness.
 */
import { Rational } from '../core/index.ts';
import type { Binder, Term } from '../syntax/ast.ts';
import { occursFree } from '../syntax/substitute.ts';
import { numValue, type EvalResult, type Value } from './value.ts';

export type DomainMode = 'forall' | 'exists';

export type DomainResult =
  | { readonly kind: 'finite'; readonly values: readonly Value[] }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'resource'; readonly message: string };

/** The guards of `body`: premises of an implication chain (∀) or conjuncts (∃), ∧ flattened. */
export function guardsOf(body: Term, mode: DomainMode): Term[] {
  const out: Term[] = [];
  const conj = (t: Term): void => {
    if (t.kind === 'logic' && t.op === '∧') {
      conj(t.left);
      conj(t.right);
    } else out.push(t);
  };
  if (mode === 'exists') conj(body);
  else {
    let t = body;
    while (t.kind === 'logic' && t.op === '→') {
      conj(t.left);
      t = t.right;
    }
  }
  return out;
}

/** Whether `t` is the variable `x` or a coercion of it (casts up the tower preserve order and equality). */
function isVar(t: Term, x: string): boolean {
  if (t.kind === 'var') return t.name === x;
  return t.kind === 'cast' && isVar(t.arg, x);
}

type Side = { readonly x: 'left' | 'right'; readonly other: Term };

function split(t: Extract<Term, { kind: 'rel' }>, x: string): Side | undefined {
  if (isVar(t.left, x) && !occursFree(x, t.right)) return { x: 'left', other: t.right };
  if (isVar(t.right, x) && !occursFree(x, t.left)) return { x: 'right', other: t.left };
  return undefined;
}

/**
 * A finite list containing every value of `binder` for which no guard of `body` is false.
 * `evalClosed` evaluates a term that does not mention the binder in the enclosing scope.
 */
export function finiteDomain(
  binder: Binder,
  body: Term,
  mode: DomainMode,
  evalClosed: (t: Term) => EvalResult,
  maxEnumeration: number,
): DomainResult {
  const ty = binder.type;
  if (ty.kind !== 'num') return { kind: 'unknown', reason: `quantifier over a non-numeric type` };
  const integral = ty.name === 'Nat' || ty.name === 'Int';
  let lo: Rational | undefined = ty.name === 'Nat' ? Rational.ZERO : undefined;
  let hi: Rational | undefined;
  let list: readonly Value[] | undefined;
  const tighten = (bound: Rational, isUpper: boolean, strict: boolean): void => {
    // Over ℕ/ℤ a strict bound is the next integer in; over a field it only matters for lists.
    let b = bound;
    if (integral) {
      if (isUpper) b = Rational.of(strict ? b.ceil() - 1n : b.floor());
      else b = Rational.of(strict ? b.floor() + 1n : b.ceil());
    }
    if (isUpper) hi = hi === undefined || b.compare(hi) < 0 ? b : hi;
    else lo = lo === undefined || b.compare(lo) > 0 ? b : lo;
  };
  // A guard set too large to evaluate bounds nothing, but if nothing else does, that size is the reason.
  let tooLarge: string | undefined;
  const takeList = (values: readonly Value[]): void => {
    if (list === undefined || values.length < list.length) list = values;
  };
  for (const g of guardsOf(body, mode)) {
    if (g.kind === 'rel') {
      const side = split(g, binder.name);
      if (side === undefined) continue;
      const r = evalClosed(side.other);
      if (r.kind !== 'ok' || r.value.kind !== 'num') {
        if (r.kind === 'ok' && r.value.kind === 'complex' && g.op === '=') takeList([r.value]);
        continue;
      }
      const v = r.value.value;
      if (g.op === '∣') {
        // x ∣ n with n ≠ 0 forces |x| ≤ |n| (only for an uncast x on the left; `n ∣ x` bounds nothing).
        if (side.x === 'left' && g.left.kind === 'var' && integral && !v.isZero()) {
          tighten(v.abs(), true, false);
          tighten(v.abs().neg(), false, false);
        }
        continue;
      }
      // Normalise to `x op v`.
      const op = side.x === 'left' ? g.op : flip(g.op);
      if (op === '<' || op === '≤') tighten(v, true, op === '<');
      else if (op === '>' || op === '≥') tighten(v, false, op === '>');
      else if (op === '=') {
        if ((integral && !v.isInteger()) || (ty.name === 'Nat' && v.isNegative())) takeList([]);
        else if (ty.name !== 'Complex') takeList([numValue(v, ty)]);
      }
    } else if (g.kind === 'mem' && g.elem.kind === 'var' && g.elem.name === binder.name && !occursFree(binder.name, g.set)) {
      const s = evalClosed(g.set);
      if (s.kind === 'resource') tooLarge ??= s.message;
      if (s.kind !== 'ok') continue;
      if (s.value.kind === 'finset') takeList(s.value.elems);
      else if (s.value.kind === 'set' && s.value.candidates !== undefined) takeList(s.value.candidates);
    }
  }
  if (list !== undefined) return { kind: 'finite', values: list };
  if (tooLarge !== undefined && (!integral || lo === undefined || hi === undefined)) return { kind: 'resource', message: tooLarge };
  if (!integral) return { kind: 'unknown', reason: `quantifier over ${ty.name} with no finite guard` };
  if (lo === undefined || hi === undefined) return { kind: 'unknown', reason: 'quantifier over an unbounded integer range' };
  const a = lo.num;
  const b = hi.num;
  if (b < a) return { kind: 'finite', values: [] };
  if (b - a + 1n > BigInt(maxEnumeration))
    return { kind: 'resource', message: `quantifier range of ${b - a + 1n} values exceeds the enumeration limit ${maxEnumeration}` };
  const values: Value[] = [];
  for (let k = a; k <= b; k++) values.push(numValue(Rational.of(k), ty));
  return { kind: 'finite', values };
}

type RelOp = Extract<Term, { kind: 'rel' }>['op'];

function flip(op: RelOp): RelOp {
  switch (op) {
    case '<':
      return '>';
    case '>':
      return '<';
    case '≤':
      return '≥';
    case '≥':
      return '≤';
    default:
      return op;
  }
}
