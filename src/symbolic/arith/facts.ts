/**
 * Propositions → the core's facts (`p > 0`, `p ≥ 0`, `p = 0` over atoms), with Lean's semantics:
 * `a < b` becomes `b - a > 0`, or `b - a - 1 ≥ 0` when the operands are ℕ/ℤ (integers: this is
 * Mathlib's `Linarith` strict-int preprocessing); `¬ (a < b)` becomes `a - b ≥ 0`. Only the
 * ordered numeric types (ℕ ℤ ℚ ℝ) give facts: over ℂ there is no order and atoms are not real.
 *
 * Also the facts that atoms carry by their definition: ℕ atoms are ≥ 0 (as Mathlib's
 * `Linarith.natToInt` adds for casts), and for `omega` the bounds of a division by a literal.
 */
import { Polynomial, Rational, lcm, type Fact, type Limits, type Relation } from '../core/index.ts';
import type { RelOp, Term } from '../syntax/ast.ts';
import { isOrdered } from '../syntax/types.ts';
import type { AtomTable } from './atoms.ts';
import { linearize } from './linearize.ts';

/** A fact with the text it came from (for messages and tests). */
export interface Comparison extends Fact {
  readonly source: string;
}

export type ComparisonResult =
  | { readonly kind: 'ok'; readonly facts: readonly Comparison[] }
  /** Not a comparison of ordered numbers (or one that gives no fact, such as `≠`). */
  | { readonly kind: 'none'; readonly message: string }
  | { readonly kind: 'resource'; readonly message: string };

const NEGATED: Readonly<Record<RelOp, RelOp | undefined>> = {
  '<': '≥',
  '≤': '>',
  '>': '≤',
  '≥': '<',
  '=': '≠',
  '≠': '=',
  '∣': undefined,
};

/** The relation `¬ (a op b)` is equivalent to, over a linear order (`∣` has none). */
export function negateRel(op: RelOp): RelOp | undefined {
  return NEGATED[op];
}

/** `p` scaled by a positive integer so that all its coefficients are integers. */
export function integerScaled(p: Polynomial): Polynomial {
  let d = 1n;
  for (const t of p.terms) d = lcm(d, t.coeff.den);
  return d === 1n ? p : p.scale(Rational.fromInt(d));
}

/**
 * The facts stated by `left op right` over an ordered numeric type: one fact, none for `≠`/`∣`.
 * `integral` (ℕ/ℤ operands) turns `p > 0` into `p - 1 ≥ 0` after scaling `p` to integer
 * coefficients, which is sound because the operands' values are then integers.
 */
export function relationFacts(op: RelOp, left: Term, right: Term, table: AtomTable, limits: Limits, source: string): ComparisonResult {
  const ty = left.type;
  if (ty.kind !== 'num' || !isOrdered(ty)) return { kind: 'none', message: `not a comparison of ordered numbers: ${source}` };
  if (op === '≠' || op === '∣') return { kind: 'none', message: `'${op}' gives no linear fact` };
  const l = linearize(left, table, limits);
  if (l.kind !== 'ok') return l.kind === 'resource' ? l : { kind: 'none', message: l.message };
  const r = linearize(right, table, limits);
  if (r.kind !== 'ok') return r.kind === 'resource' ? r : { kind: 'none', message: r.message };
  const integral = ty.name === 'Nat' || ty.name === 'Int';
  const fact = (poly: Polynomial, rel: Relation): Comparison =>
    rel === '>0' && integral ? { poly: integerScaled(poly).sub(Polynomial.ONE), rel: '≥0', source } : { poly, rel, source };
  switch (op) {
    case '<':
      return ok([fact(r.poly.sub(l.poly), '>0')]);
    case '≤':
      return ok([fact(r.poly.sub(l.poly), '≥0')]);
    case '>':
      return ok([fact(l.poly.sub(r.poly), '>0')]);
    case '≥':
      return ok([fact(l.poly.sub(r.poly), '≥0')]);
    case '=':
      return ok([fact(l.poly.sub(r.poly), '=0')]);
  }
}

function ok(facts: Comparison[]): ComparisonResult {
  return { kind: 'ok', facts };
}

/**
 * The facts a hypothesis states, the way Mathlib's linarith preprocessing reads it: a
 * comparison, or the negation of one (`¬ a < b` is `b ≤ a`, `¬ a ≠ b` is `a = b`).
 */
export function propFacts(prop: Term, table: AtomTable, limits: Limits, source: string): ComparisonResult {
  if (prop.kind === 'rel') return relationFacts(prop.op, prop.left, prop.right, table, limits, source);
  if (prop.kind === 'not') {
    if (prop.arg.kind === 'not') return propFacts(prop.arg.arg, table, limits, source);
    if (prop.arg.kind === 'rel') {
      const op = negateRel(prop.arg.op);
      if (op !== undefined) return relationFacts(op, prop.arg.left, prop.arg.right, table, limits, source);
    }
  }
  return { kind: 'none', message: `not a comparison: ${source}` };
}

export type FactMode = 'nat' | 'integer';

/**
 * Facts carried by the atoms with index ≥ `from` (atoms created meanwhile are covered too):
 * `'nat'`: ℕ atoms are ≥ 0; `'integer'` adds, for `q = a / k` (`k` a nonzero literal, ℕ or ℤ):
 * `0 ≤ a - k·q ≤ |k| - 1` (floor/Euclidean division; `Nat.div_add_mod`, `Int.emod_nonneg`,
 * `Int.emod_lt`).
 */
export function atomFacts(table: AtomTable, mode: FactMode, from = 0): Comparison[] {
  const out: Comparison[] = [];
  for (let a = from; a < table.size; a++) {
    const info = table.info(a);
    const x = Polynomial.atom(a);
    if (info.type.name === 'Nat') out.push({ poly: x, rel: '≥0', source: `${info.key} ≥ 0` });
    if (mode === 'integer' && info.def.kind === 'div') {
      const k = info.def.den;
      const rem = info.def.num.sub(x.scale(Rational.fromInt(k)));
      const abs = k < 0n ? -k : k;
      out.push({ poly: rem, rel: '≥0', source: `remainder of ${info.key} ≥ 0` });
      out.push({ poly: Polynomial.constant(abs - 1n).sub(rem), rel: '≥0', source: `remainder of ${info.key} < ${abs}` });
    }
  }
  return out;
}
