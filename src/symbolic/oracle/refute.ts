/**
 * The oracle entry point: try a linear certificate first (cheap), then, if asked, one with
 * pairwise products (`nlinarith`). The answer is only a proposal — a `linarith` step is
 * "negate the goal, collect facts, `refuteFacts`, then `checkCertificate` in the core".
 */
import type { Certificate, Fact, Limits, Polynomial } from '../core/index.ts';
import { findProductCertificate } from './products.ts';
import { DEFAULT_MAX_PIVOTS, findLinearCertificate } from './simplex.ts';

export interface RefuteOptions {
  /** Also search with pairwise products of facts and hint squares (`nlinarith`). */
  readonly products: boolean;
  /** Absolute time (`Date.now()` scale) after which the search gives up. */
  readonly deadlineMs: number;
  /** Polynomials q whose squares q² ≥ 0 may be used (hint terms such as `sq_nonneg (a - b)`). */
  readonly squares?: readonly Polynomial[];
  readonly maxPivots?: number;
  readonly maxProducts?: number;
  readonly limits?: Limits;
}

export type Refutation =
  | { readonly kind: 'refuted'; readonly certificate: Certificate }
  | { readonly kind: 'unknown'; readonly reason: 'no-certificate' | 'timeout' | 'pivot-limit' };

/**
 * A certificate that `facts` are contradictory, or `unknown`. `no-certificate` means the linear
 * relaxation (over the products too, when enabled) is satisfiable — not that the facts are.
 * Never to be trusted without `checkCertificate`.
 */
export function refuteFacts(facts: readonly Fact[], options: RefuteOptions): Refutation {
  const budget = { deadlineMs: options.deadlineMs, maxPivots: options.maxPivots ?? DEFAULT_MAX_PIVOTS };
  const squares = options.squares ?? [];
  const limits = options.limits !== undefined ? { limits: options.limits } : {};
  // Hint squares are usable without products, as plain generators q² ≥ 0.
  const linear =
    squares.length === 0 ? findLinearCertificate(facts, budget) : findProductCertificate(facts, { ...budget, ...limits, squares, maxProducts: 0 });
  if (linear.kind === 'found') return { kind: 'refuted', certificate: linear.certificate };
  if (linear.kind === 'not-found' || !options.products) return unknown(linear);
  const withProducts = findProductCertificate(facts, {
    ...budget,
    squares,
    ...(options.maxProducts !== undefined ? { maxProducts: options.maxProducts } : {}),
    ...limits,
  });
  if (withProducts.kind === 'found') return { kind: 'refuted', certificate: withProducts.certificate };
  return unknown(withProducts);
}

function unknown(r: { kind: 'feasible' } | { kind: 'not-found'; reason: 'timeout' | 'pivot-limit' }): Refutation {
  return { kind: 'unknown', reason: r.kind === 'feasible' ? 'no-certificate' : r.reason };
}
