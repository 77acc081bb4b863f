/**
 * The one road from facts to a closed goal: the untrusted oracle proposes a certificate that
 * the facts are contradictory, and the trusted core checks it. Only a `Verified` contradiction
 * from `checkCertificate` counts.
 */
import { checkCertificate, type Contradiction, type Fact, type Limits, type Polynomial, type Verified } from '../core/index.ts';
import { refuteFacts } from '../oracle/index.ts';

export type Refutation =
  | { readonly kind: 'refuted'; readonly proof: Verified<Contradiction> }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'resource'; readonly message: string };

export interface RefuteSettings {
  readonly deadline: number;
  readonly limits: Limits;
  /** Pairwise products of facts (`nlinarith`). */
  readonly products?: boolean;
  /** Polynomials whose squares may be used (`q² ≥ 0`). */
  readonly squares?: readonly Polynomial[];
  readonly maxProducts?: number;
}

/** Refutes `facts` with a core-checked certificate, or says why not. */
export function refute(facts: readonly Fact[], s: RefuteSettings): Refutation {
  if (Date.now() > s.deadline) return { kind: 'timeout' };
  const r = refuteFacts(facts, {
    products: s.products ?? false,
    deadlineMs: s.deadline,
    limits: s.limits,
    ...(s.squares !== undefined && s.squares.length > 0 ? { squares: s.squares } : {}),
    ...(s.maxProducts !== undefined ? { maxProducts: s.maxProducts } : {}),
  });
  if (r.kind !== 'refuted') return r.reason === 'timeout' ? { kind: 'timeout' } : { kind: 'unknown', reason: r.reason };
  const check = checkCertificate(facts, r.certificate, s.limits);
  if (check.kind === 'verified') return { kind: 'refuted', proof: check.proof };
  if (check.kind === 'resource') return check;
  // The oracle is untrusted: a rejected certificate is just a failed search.
  return { kind: 'unknown', reason: `certificate rejected: ${check.message}` };
}
