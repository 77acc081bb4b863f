/**
 * An untrusted helper for `omega`'s branch and bound: a rational point satisfying a system of
 * linear constraints `Σ aᵢ·xᵢ + c ≥ 0` / `= 0`, found by Gaussian elimination of the equalities
 * and Fourier–Motzkin elimination of the rest, then back-substitution that prefers integer
 * values. It only guides the search (which variable to branch on, whether a case has an integer
 * solution); refutations are always proven by core certificates elsewhere.
 */
import { Rational } from '../core/index.ts';

/** `Σ coeffs[v]·x_v + constant ≥ 0` (or `= 0`). */
export interface LinearConstraint {
  readonly coeffs: ReadonlyMap<number, Rational>;
  readonly constant: Rational;
  readonly rel: '≥' | '=';
}

export type PointResult =
  | { readonly kind: 'point'; readonly values: ReadonlyMap<number, Rational> }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'unknown'; readonly reason: string };

interface Row {
  coeffs: Map<number, Rational>;
  constant: Rational;
}

/** Most rows Fourier–Motzkin may hold before giving up. */
const MAX_ROWS = 3_000;

function combine(a: Row, ka: Rational, b: Row, kb: Rational): Row {
  const coeffs = new Map<number, Rational>();
  for (const [v, c] of a.coeffs) coeffs.set(v, c.mul(ka));
  for (const [v, c] of b.coeffs) {
    const s = (coeffs.get(v) ?? Rational.ZERO).add(c.mul(kb));
    if (s.isZero()) coeffs.delete(v);
    else coeffs.set(v, s);
  }
  return { coeffs, constant: a.constant.mul(ka).add(b.constant.mul(kb)) };
}

function valueOf(row: Row, values: ReadonlyMap<number, Rational>, skip: number): Rational {
  let s = row.constant;
  for (const [v, c] of row.coeffs) if (v !== skip) s = s.add(c.mul(values.get(v) ?? Rational.ZERO));
  return s;
}

/** A rational point of the system, `infeasible`, or `unknown` when the elimination grows too large. */
export function rationalPoint(constraints: readonly LinearConstraint[], deadline: number): PointResult {
  let ineqs: Row[] = [];
  const eqs: Row[] = [];
  const vars = new Set<number>();
  for (const c of constraints) {
    const row = { coeffs: new Map([...c.coeffs].filter(([, x]) => !x.isZero())), constant: c.constant };
    for (const v of row.coeffs.keys()) vars.add(v);
    (c.rel === '=' ? eqs : ineqs).push(row);
  }

  // Gaussian elimination: x_v = -(rest)/a, substituted everywhere.
  const solved: { v: number; row: Row; a: Rational }[] = [];
  const pendingEqs = [...eqs];
  while (pendingEqs.length > 0) {
    const e = pendingEqs.pop()!;
    const first = e.coeffs.entries().next();
    if (first.done) {
      if (!e.constant.isZero()) return { kind: 'infeasible' };
      continue;
    }
    const [v, a] = first.value;
    solved.push({ v, row: e, a });
    const subst = (r: Row): Row => {
      const k = r.coeffs.get(v);
      return k === undefined ? r : combine(r, Rational.ONE, e, k.neg().div(a));
    };
    for (let i = 0; i < pendingEqs.length; i++) pendingEqs[i] = subst(pendingEqs[i]!);
    ineqs = ineqs.map(subst);
    for (const s of solved) if (s !== solved[solved.length - 1]) s.row = subst(s.row);
  }

  // Fourier–Motzkin: eliminate the remaining variables one by one, keeping each stage's rows.
  const order = [...vars].filter((v) => !solved.some((s) => s.v === v));
  const stages: { v: number; rows: Row[] }[] = [];
  let rows = ineqs;
  for (const v of order) {
    if (Date.now() > deadline) return { kind: 'unknown', reason: 'timeout' };
    const lower: Row[] = [];
    const upper: Row[] = [];
    const rest: Row[] = [];
    for (const r of rows) {
      const c = r.coeffs.get(v);
      if (c === undefined) rest.push(r);
      else (c.isPositive() ? lower : upper).push(r);
    }
    stages.push({ v, rows: [...lower, ...upper] });
    for (const l of lower) {
      for (const u of upper) {
        const cl = l.coeffs.get(v)!;
        const cu = u.coeffs.get(v)!;
        rest.push(combine(l, cu.neg(), u, cl));
      }
    }
    if (rest.length > MAX_ROWS) return { kind: 'unknown', reason: 'elimination too large' };
    rows = rest;
  }
  for (const r of rows) if (r.coeffs.size === 0 && r.constant.isNegative()) return { kind: 'infeasible' };

  // Back-substitution, last eliminated first.
  const values = new Map<number, Rational>();
  for (let i = stages.length - 1; i >= 0; i--) {
    const { v, rows: stageRows } = stages[i]!;
    let lo: Rational | undefined;
    let hi: Rational | undefined;
    for (const r of stageRows) {
      const a = r.coeffs.get(v)!;
      const bound = valueOf(r, values, v).neg().div(a); // a·x + s ≥ 0
      if (a.isPositive()) lo = lo === undefined || bound.compare(lo) > 0 ? bound : lo;
      else hi = hi === undefined || bound.compare(hi) < 0 ? bound : hi;
    }
    values.set(v, pick(lo, hi));
  }
  for (let i = solved.length - 1; i >= 0; i--) {
    const { v, row, a } = solved[i]!;
    values.set(v, valueOf(row, values, v).neg().div(a));
  }
  for (const v of vars) if (!values.has(v)) values.set(v, Rational.ZERO);
  return { kind: 'point', values };
}

/** A value in `[lo, hi]`, preferring an integer (the one nearest 0). */
function pick(lo: Rational | undefined, hi: Rational | undefined): Rational {
  if (lo === undefined && hi === undefined) return Rational.ZERO;
  if (lo === undefined) return Rational.fromInt(hi!.floor() < 0n ? hi!.floor() : 0n);
  if (hi === undefined) return Rational.fromInt(lo.ceil() > 0n ? lo.ceil() : 0n);
  const a = lo.ceil();
  const b = hi.floor();
  if (a <= b) return Rational.fromInt(a > 0n ? a : b < 0n ? b : 0n);
  return lo; // no integer in range: the bounds meet at a fraction
}
