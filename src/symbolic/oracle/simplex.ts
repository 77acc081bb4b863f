/**
 * Exact simplex search for Farkas/Positivstellensatz multipliers (untrusted: the core re-checks).
 *
 * Given generators gₖ (polynomials with a known sign: = 0, > 0 or ≥ 0), find multipliers λₖ
 * (free for `= 0`, ≥ 0 otherwise) such that Σ λₖ gₖ is a constant c with c ≤ 0 and
 * Σ_{strict} λₖ − c = 1. Then either c < 0, or c = 0 with a strict generator weighted > 0 —
 * exactly what `checkCertificate` accepts. Each non-constant monomial is one equation (so
 * nonlinear monomials are opaque LP variables, as in `linarith`). Free λ are split λ⁺ − λ⁻.
 *
 * The LP `A y = b, y ≥ 0` is solved by phase I of the simplex method (artificial variables,
 * Bland's rule so it cannot cycle) on an integer tableau: rows are kept as bigint vectors scaled
 * by positive factors and divided by their gcd, so no rational normalisation happens per entry.
 * No solution means the LP relaxation is satisfiable: no certificate over these generators exists.
 */
import { Polynomial, Rational, lcm, gcd, type Fact, type Certificate, factTerm } from '../core/index.ts';

/** A polynomial whose sign is known under the facts, as the core's product rule assigns it. */
export interface Generator {
  readonly poly: Polynomial;
  readonly sign: 'zero' | 'strict' | 'nonneg';
}

export interface SearchBudget {
  /** Absolute time (`Date.now()` scale) after which the search gives up. */
  readonly deadlineMs: number;
  /** Most simplex pivots before giving up. */
  readonly maxPivots: number;
}

export const DEFAULT_MAX_PIVOTS = 20_000;

export type MultiplierSearch =
  | { readonly kind: 'found'; readonly multipliers: readonly Rational[] }
  /** The LP relaxation is satisfiable: no certificate over these generators exists. */
  | { readonly kind: 'feasible' }
  | { readonly kind: 'not-found'; readonly reason: 'timeout' | 'pivot-limit' };

/** Multipliers λ (one per generator, in order) as described in the module comment, if any exist. */
export function findMultipliers(generators: readonly Generator[], budget: SearchBudget): MultiplierSearch {
  // Columns: one per generator, plus a mirrored column for each free (= 0) generator, plus the
  // slack s of the constant row.
  const columns: { gen: number; negate: boolean }[] = [];
  generators.forEach((g, gen) => {
    columns.push({ gen, negate: false });
    if (g.sign === 'zero') columns.push({ gen, negate: true });
  });
  const slack = columns.length;
  const width = columns.length + 1;

  const monomialRow = new Map<string, number>();
  for (const g of generators) {
    for (const t of g.poly.terms) {
      if (t.monomial.degree > 0 && !monomialRow.has(t.monomial.key)) monomialRow.set(t.monomial.key, monomialRow.size);
    }
  }
  const constRow = monomialRow.size;
  const normRow = constRow + 1;
  const rational: Rational[][] = Array.from({ length: normRow + 1 }, () => Array<Rational>(width).fill(Rational.ZERO));
  const rhs: bigint[] = Array<bigint>(normRow + 1).fill(0n);
  columns.forEach(({ gen, negate }, col) => {
    const g = generators[gen]!;
    for (const t of g.poly.terms) {
      const c = negate ? t.coeff.neg() : t.coeff;
      const row = t.monomial.degree > 0 ? monomialRow.get(t.monomial.key)! : constRow;
      rational[row]![col] = c;
      if (row === constRow) rational[normRow]![col] = rational[normRow]![col]!.sub(c);
    }
    if (g.sign === 'strict') rational[normRow]![col] = rational[normRow]![col]!.add(Rational.ONE);
  });
  rational[constRow]![slack] = Rational.ONE;
  rhs[normRow] = 1n;

  const rows = rational.map((r, i) => scaleToIntegers(r, rhs[i]!));
  const solution = phaseOne(rows.map((r) => r.coeffs), rows.map((r) => r.rhs), budget);
  if (solution.kind !== 'solved') return solution;

  const multipliers = generators.map(() => Rational.ZERO);
  columns.forEach(({ gen, negate }, col) => {
    const y = solution.values[col]!;
    multipliers[gen] = negate ? multipliers[gen]!.sub(y) : multipliers[gen]!.add(y);
  });
  return { kind: 'found', multipliers };
}

export type LinearSearch =
  | { readonly kind: 'found'; readonly certificate: Certificate }
  | { readonly kind: 'feasible' }
  | { readonly kind: 'not-found'; readonly reason: 'timeout' | 'pivot-limit' };

/** `linarith`'s oracle: a certificate combining the facts linearly (monomials as atoms), if one exists. */
export function findLinearCertificate(facts: readonly Fact[], budget: SearchBudget): LinearSearch {
  const generators = facts.map((f) => ({ poly: f.poly, sign: signOf(f) }));
  const r = findMultipliers(generators, budget);
  if (r.kind !== 'found') return r;
  const terms = r.multipliers.flatMap((m, i) => (m.isZero() ? [] : [factTerm(i, m)]));
  return { kind: 'found', certificate: { terms } };
}

/** The sign the core assigns to a single fact. */
export function signOf(f: Fact): Generator['sign'] {
  return f.rel === '=0' ? 'zero' : f.rel === '>0' ? 'strict' : 'nonneg';
}

/** A row `coeffs · y = rhs` multiplied by the lcm of its denominators. */
function scaleToIntegers(row: readonly Rational[], rhs: bigint): { coeffs: bigint[]; rhs: bigint } {
  let scale = 1n;
  for (const c of row) if (!c.isZero()) scale = lcm(scale, c.den);
  return { coeffs: row.map((c) => (c.num * scale) / c.den), rhs: rhs * scale };
}

type PhaseOne =
  | { readonly kind: 'solved'; readonly values: Rational[] }
  | { readonly kind: 'feasible' }
  | { readonly kind: 'not-found'; readonly reason: 'timeout' | 'pivot-limit' };

/**
 * Some `y ≥ 0` with `A y = b` (`b ≥ 0` not required), found by minimising the sum of one
 * artificial variable per row. `feasible` here means the fact system is feasible, i.e. this LP
 * has no solution.
 */
function phaseOne(a: bigint[][], b: bigint[], budget: SearchBudget): PhaseOne {
  const m = a.length;
  const n = a[0]?.length ?? 0;
  const total = n + m; // original columns, then artificials
  // Tableau rows: [coefficients..., rhs]; each row has rhs ≥ 0.
  const t: bigint[][] = a.map((row, i) => {
    const flip = b[i]! < 0n ? -1n : 1n;
    const r = row.map((x) => x * flip);
    for (let k = 0; k < m; k++) r.push(k === i ? 1n : 0n);
    r.push(b[i]! * flip);
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  // Objective: minimise Σ artificials; in reduced form the row is −Σ rows over original columns.
  const obj: bigint[] = Array<bigint>(total + 1).fill(0n);
  for (const row of t) {
    for (let j = 0; j < n; j++) obj[j]! -= row[j]!;
    obj[total]! -= row[total]!;
  }

  let pivots = 0;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < total; j++) {
      if (obj[j]! < 0n) {
        enter = j; // Bland: the lowest-index improving column
        break;
      }
    }
    if (enter < 0) break;
    if (pivots >= budget.maxPivots) return { kind: 'not-found', reason: 'pivot-limit' };
    if ((pivots & 15) === 0 && Date.now() > budget.deadlineMs) return { kind: 'not-found', reason: 'timeout' };
    pivots++;

    // Ratio test: minimise rhs/entry over positive entries; ties to the lowest basic index (Bland).
    let leave = -1;
    for (let i = 0; i < m; i++) {
      const e = t[i]![enter]!;
      if (e <= 0n) continue;
      if (leave < 0) {
        leave = i;
        continue;
      }
      const best = t[leave]!;
      const lhs = t[i]![total]! * best[enter]!;
      const rhs = best[total]! * e;
      if (lhs < rhs || (lhs === rhs && basis[i]! < basis[leave]!)) leave = i;
    }
    // Phase I is bounded below by 0, so an improving column always has a positive entry.
    if (leave < 0) throw new Error('internal error: unbounded phase-I simplex');

    const pivotRow = t[leave]!;
    const p = pivotRow[enter]!;
    for (let i = 0; i < m; i++) {
      if (i !== leave) eliminate(t[i]!, pivotRow, p, enter);
    }
    eliminate(obj, pivotRow, p, enter);
    basis[leave] = enter;
  }

  if (obj[total]! !== 0n) return { kind: 'feasible' };
  const values = Array.from({ length: n }, () => Rational.ZERO);
  basis.forEach((col, i) => {
    if (col < n) values[col] = Rational.of(t[i]![total]!, t[i]![col]!);
  });
  return { kind: 'solved', values };
}

/** row := row·p − pivotRow·row[col] (p > 0 keeps the row's sense), then divide by the row's gcd. */
function eliminate(row: bigint[], pivotRow: readonly bigint[], p: bigint, col: number): void {
  const e = row[col]!;
  if (e === 0n) return;
  let g = 0n;
  for (let k = 0; k < row.length; k++) {
    const v = row[k]! * p - pivotRow[k]! * e;
    row[k] = v;
    if (v !== 0n && g !== 1n) g = gcd(g, v);
  }
  if (g > 1n) for (let k = 0; k < row.length; k++) row[k]! /= g;
}
