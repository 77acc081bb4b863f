import { describe, expect, it } from 'vitest';
import { Polynomial as P, Rational as R, checkCertificate, type Fact } from '../../../src/symbolic/core/index.ts';
import { findMultipliers, refuteFacts } from '../../../src/symbolic/oracle/index.ts';

const a = P.atom(0);
const b = P.atom(1);
const c = P.atom(2);
const k = (n: number, d = 1) => P.constant(R.of(n, d));
const soon = () => Date.now() + 5_000;

/** Runs the whole pipeline: oracle, then the core. */
function proves(facts: Fact[], opts: { products?: boolean; squares?: P[] } = {}): boolean {
  const r = refuteFacts(facts, { products: opts.products ?? false, deadlineMs: soon(), ...(opts.squares ? { squares: opts.squares } : {}) });
  return r.kind === 'refuted' && checkCertificate(facts, r.certificate).kind === 'verified';
}

describe('linarith examples (goal negated into the facts)', () => {
  it('x < y, y < z ⊢ x < z', () => {
    expect(proves([{ poly: b.sub(a), rel: '>0' }, { poly: c.sub(b), rel: '>0' }, { poly: a.sub(c), rel: '≥0' }])).toBe(true);
  });

  it('x ≤ y, y ≤ z ⊢ x ≤ z (needs the strict negated goal)', () => {
    expect(proves([{ poly: b.sub(a), rel: '≥0' }, { poly: c.sub(b), rel: '≥0' }, { poly: a.sub(c), rel: '>0' }])).toBe(true);
  });

  it('x = 2y, y = 3 ⊢ x = 6, both halves of the negation', () => {
    const hyps: Fact[] = [
      { poly: a.sub(b.scale(R.of(2))), rel: '=0' },
      { poly: b.sub(k(3)), rel: '=0' },
    ];
    expect(proves([...hyps, { poly: k(6).sub(a), rel: '>0' }])).toBe(true);
    expect(proves([...hyps, { poly: a.sub(k(6)), rel: '>0' }])).toBe(true);
  });

  it('rational coefficients: 2a + 3b ≤ 12, a ≥ 3/2, b ≥ 3 ⊢ False', () => {
    expect(
      proves([
        { poly: k(12).sub(a.scale(R.of(2))).sub(b.scale(R.of(3))), rel: '≥0' },
        { poly: a.sub(k(3, 2)), rel: '≥0' },
        { poly: b.sub(k(3)), rel: '>0' },
      ]),
    ).toBe(true);
  });

  it('nonlinear monomials as atoms: a*b ≥ 2 ⊢ a*b > 1', () => {
    expect(proves([{ poly: a.mul(b).sub(k(2)), rel: '≥0' }, { poly: k(1).sub(a.mul(b)), rel: '≥0' }])).toBe(true);
  });

  it('does not refute a satisfiable system: x < y, y < z', () => {
    const r = refuteFacts([{ poly: b.sub(a), rel: '>0' }, { poly: c.sub(b), rel: '>0' }], { products: true, deadlineMs: soon() });
    expect(r).toEqual({ kind: 'unknown', reason: 'no-certificate' });
  });
});

describe('nlinarith examples', () => {
  const neg = a.mul(b).scale(R.of(2)).sub(a.mul(a)).sub(b.mul(b)); // 2ab - a² - b², the negation of a² + b² ≥ 2ab

  it('a² + b² ≥ 2ab from the hint (a - b)² ≥ 0', () => {
    expect(proves([{ poly: neg, rel: '>0' }], { squares: [a.sub(b)] })).toBe(true);
  });

  it('the same hint given as a fact is found through products too', () => {
    const hint = a.sub(b).mul(a.sub(b));
    expect(proves([{ poly: neg, rel: '>0' }, { poly: hint, rel: '≥0' }], { products: true })).toBe(true);
  });

  it('0 < a, 0 < b ⊢ 0 < a*b via the product of the hypotheses (not linearly)', () => {
    const facts: Fact[] = [
      { poly: a, rel: '>0' },
      { poly: b, rel: '>0' },
      { poly: a.mul(b).neg(), rel: '≥0' },
    ];
    expect(proves(facts)).toBe(false);
    expect(proves(facts, { products: true })).toBe(true);
  });

  it('0 ≤ a, a ≤ b ⊢ a² ≤ b²', () => {
    const facts: Fact[] = [
      { poly: a, rel: '≥0' },
      { poly: b.sub(a), rel: '≥0' },
      { poly: a.mul(a).sub(b.mul(b)), rel: '>0' },
    ];
    expect(proves(facts, { products: true })).toBe(true);
  });

  it('0 < x ⊢ 0 < x² + x (square of an atom found automatically)', () => {
    const x = a;
    expect(proves([{ poly: x, rel: '>0' }, { poly: x.mul(x).add(x).neg(), rel: '≥0' }], { products: true })).toBe(true);
  });
});

describe('bounded work', () => {
  const facts: Fact[] = [{ poly: b.sub(a), rel: '>0' }, { poly: c.sub(b), rel: '>0' }, { poly: a.sub(c), rel: '≥0' }];

  it('a past deadline or zero pivots gives up with a reason, never a wrong answer', () => {
    expect(refuteFacts(facts, { products: false, deadlineMs: 0 })).toEqual({ kind: 'unknown', reason: 'timeout' });
    expect(refuteFacts(facts, { products: false, deadlineMs: soon(), maxPivots: 0 })).toEqual({ kind: 'unknown', reason: 'pivot-limit' });
  });

  it('findMultipliers returns multipliers with the documented normalisation', () => {
    const r = findMultipliers(
      facts.map((f) => ({ poly: f.poly, sign: f.rel === '>0' ? 'strict' : 'nonneg' })),
      { deadlineMs: soon(), maxPivots: 100 },
    );
    expect(r.kind).toBe('found');
    if (r.kind === 'found') {
      // All equal (the only combination cancelling x, y, z) and Σ strict − c = 1: λ = 1/2.
      expect(r.multipliers.map(String)).toEqual(['1/2', '1/2', '1/2']);
    }
  });
});
