/**
 * Soundness of the pipeline "oracle proposes, core checks". Three independent judges:
 * - planted points: systems built to hold at a known point must never be verified refuted;
 * - exact Fourier–Motzkin elimination (written here, sharing no code with the simplex) decides
 *   random linear systems, and must agree with the pipeline in both directions;
 * - a checker re-implemented by evaluation at random large points (Schwartz–Zippel) must agree
 *   with the core on tampered certificates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Polynomial, Rational, checkCertificate, factTerm, squareTerm, type Certificate, type Fact, type Relation } from '../../../src/symbolic/core/index.ts';
import { refuteFacts } from '../../../src/symbolic/oracle/index.ts';
import { holds, plantedFacts, pointArb, polyArb, satisfiedAt, smallRational } from '../core/arbitraries.ts';

const soon = () => Date.now() + 2_000;
const relArb = fc.constantFrom<Relation>('>0', '≥0', '=0');

function pipelineVerifies(facts: readonly Fact[], products: boolean, squares: Polynomial[] = []): boolean {
  const r = refuteFacts(facts, { products, deadlineMs: soon(), squares });
  return r.kind === 'refuted' && checkCertificate(facts, r.certificate).kind === 'verified';
}

const linearPoly = (atoms: number) =>
  fc.tuple(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: atoms, maxLength: atoms }), fc.integer({ min: -6, max: 6 })).map(([cs, k]) =>
    cs.reduce((acc, ci, i) => acc.add(Polynomial.atom(i).scale(Rational.fromInt(ci))), Polynomial.constant(k)),
  );

describe('planted witnesses: a system that holds at a point is never refuted', () => {
  it('linear systems, with and without products', () => {
    fc.assert(
      fc.property(
        pointArb(3),
        fc.array(linearPoly(3), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(30), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (pt, polys, kinds, products) => {
          const facts = plantedFacts(polys, kinds, pt);
          expect(satisfiedAt(facts, pt)).toBe(true);
          expect(pipelineVerifies(facts, products)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('polynomial systems of degree ≤ 2 with products and hint squares', () => {
    fc.assert(
      fc.property(
        pointArb(2),
        fc.array(polyArb(2, 2, 4), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }),
        fc.array(polyArb(2, 1, 3), { maxLength: 2 }),
        (pt, polys, kinds, squares) => {
          const facts = plantedFacts(polys, kinds, pt);
          expect(pipelineVerifies(facts, true, squares)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('hand-built near-miss certificates: squares vanishing at the point are not strict', () => {
    // q_i(pt) = 0, so -(Σ λ_i q_i²) ≥ 0 holds at pt; Σ λ_i q_i² + that fact = 0 is no contradiction.
    fc.assert(
      fc.property(pointArb(2), fc.array(fc.tuple(polyArb(2, 2, 3), smallRational.map((r) => r.abs())), { minLength: 1, maxLength: 3 }), (pt, qs) => {
        const at = (p: Polynomial) => p.evaluate((a) => pt[a]!);
        const vanishing = qs.map(([q, l]) => [q.sub(Polynomial.constant(at(q))), l] as const);
        const sos = vanishing.reduce((acc, [q, l]) => acc.add(q.mul(q).scale(l)), Polynomial.ZERO);
        const facts: Fact[] = [{ poly: sos.neg(), rel: '≥0' }];
        expect(satisfiedAt(facts, pt)).toBe(true);
        const cert: Certificate = { terms: [factTerm(0, Rational.ONE), ...vanishing.map(([q, l]) => squareTerm(q, l))] };
        expect(checkCertificate(facts, cert).kind).toBe('rejected');
      }),
      { numRuns: 100 },
    );
  });

  it('certificates found for a lying version of the facts never verify the true facts', () => {
    // The adversary strengthens relations (≥ to >, ≥ or > to =) or flips a polynomial, which often
    // makes the system refutable; the resulting certificates are near misses for the true facts.
    let adversarial = 0;
    fc.assert(
      fc.property(
        pointArb(2),
        fc.array(polyArb(2, 2, 3), { minLength: 2, maxLength: 5 }),
        fc.array(fc.nat(30), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(5), { minLength: 5, maxLength: 5 }),
        (pt, polys, kinds, lies) => {
          const facts = plantedFacts(polys, kinds, pt);
          const lying: Fact[] = facts.map((f, i) => {
            switch (lies[i]) {
              case 0:
                return { poly: f.poly, rel: '>0' };
              case 1:
                return { poly: f.poly, rel: '=0' };
              case 2:
                return { poly: f.poly.neg(), rel: f.rel };
              default:
                return f;
            }
          });
          const r = refuteFacts(lying, { products: true, deadlineMs: soon() });
          if (r.kind !== 'refuted') return;
          adversarial++;
          expect(checkCertificate(facts, r.certificate).kind).not.toBe('verified');
        },
      ),
      { numRuns: 120 },
    );
    // The property must have been exercised, not passed vacuously.
    expect(adversarial).toBeGreaterThan(10);
  });
});

// ---------------------------------------------------------------------------------------------
// Independent decision procedure for linear systems: Fourier–Motzkin elimination with strictness.

interface Lin {
  readonly a: Rational[]; // coefficients of the atoms
  readonly c: Rational; // constant
  readonly rel: Relation; // a·x + c  rel  0
}

function toLin(f: Fact, atoms: number): Lin {
  const a = Array.from({ length: atoms }, () => Rational.ZERO);
  let c = Rational.ZERO;
  for (const t of f.poly.terms) {
    if (t.monomial.degree === 0) c = t.coeff;
    else a[t.monomial.factors[0]![0]] = t.coeff;
  }
  return { a, c, rel: f.rel };
}

const combineLin = (p: Lin, s: Rational, q: Lin, t: Rational, rel: Relation): Lin => ({
  a: p.a.map((v, i) => v.mul(s).add(q.a[i]!.mul(t))),
  c: p.c.mul(s).add(q.c.mul(t)),
  rel,
});

/** True when the linear system has a real solution. Exact. */
function fmFeasible(system: Lin[], atoms: number): boolean {
  let cs = system;
  for (let v = 0; v < atoms; v++) {
    const eq = cs.find((l) => l.rel === '=0' && !l.a[v]!.isZero());
    if (eq) {
      // Substitute the equality: eliminate v from every other constraint.
      cs = cs.filter((l) => l !== eq).map((l) => (l.a[v]!.isZero() ? l : combineLin(l, Rational.ONE, eq, l.a[v]!.neg().div(eq.a[v]!), l.rel)));
      continue;
    }
    const pos = cs.filter((l) => l.a[v]!.isPositive());
    const neg = cs.filter((l) => l.a[v]!.isNegative());
    const next = cs.filter((l) => l.a[v]!.isZero());
    for (const p of pos) {
      for (const n of neg) {
        const rel: Relation = p.rel === '>0' || n.rel === '>0' ? '>0' : '≥0';
        next.push(combineLin(p, Rational.ONE.div(p.a[v]!), n, Rational.ONE.div(n.a[v]!.neg()), rel));
      }
    }
    cs = next;
  }
  return cs.every((l) => holds(l.rel, l.c));
}

describe('random linear systems against Fourier–Motzkin', () => {
  it('the pipeline verifies a refutation exactly when elimination finds no solution', () => {
    let refuted = 0;
    let feasible = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(linearPoly(3), relArb), { minLength: 1, maxLength: 6 }),
        fc.array(pointArb(3), { minLength: 20, maxLength: 20 }),
        (pairs, points) => {
          const facts: Fact[] = pairs.map(([poly, rel]) => ({ poly, rel }));
          const verified = pipelineVerifies(facts, false);
          const sat = fmFeasible(
            facts.map((f) => toLin(f, 3)),
            3,
          );
          expect(verified).toBe(!sat);
          if (verified) {
            refuted++;
            // And no sampled point satisfies a refuted system.
            for (const pt of points) expect(satisfiedAt(facts, pt)).toBe(false);
          } else feasible++;
        },
      ),
      { numRuns: 250 },
    );
    expect(refuted).toBeGreaterThan(20);
    expect(feasible).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Tamper tests against a checker re-implemented by evaluation.

/** Large random rationals: a non-constant polynomial of small degree takes distinct values at them almost surely. */
const bigPoint = fc.array(
  fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })).map(([n, d]) => Rational.of(n, d)),
  { minLength: 3, maxLength: 3 },
);

function termValue(facts: readonly Fact[], term: Certificate['terms'][number], pt: readonly Rational[]): Rational {
  let v = term.coeff;
  for (const f of term.factors) {
    const p = f.kind === 'fact' ? facts[f.index]!.poly : f.poly.mul(f.poly);
    v = v.mul(p.evaluate((a) => pt[a] ?? Rational.ZERO));
  }
  return v;
}

function independentVerdict(facts: readonly Fact[], cert: Certificate, points: readonly (readonly Rational[])[]): boolean {
  let strictPositive = false;
  for (const t of cert.terms) {
    if (t.factors.some((f) => f.kind === 'fact' && (f.index < 0 || f.index >= facts.length))) return false;
    const rels = t.factors.map((f) => (f.kind === 'fact' ? facts[f.index]!.rel : 'square'));
    if (rels.includes('=0')) continue;
    if (t.coeff.isNegative()) return false;
    if (rels.every((r) => r === '>0') && t.coeff.isPositive()) strictPositive = true;
  }
  const values = points.map((pt) => cert.terms.reduce((s, t) => s.add(termValue(facts, t, pt)), Rational.ZERO));
  if (!values.every((v) => v.equals(values[0]!))) return false; // not constant
  const c = values[0]!;
  return c.isNegative() || (c.isZero() && strictPositive);
}

/** Linear facts with a known refutation: Σ λᵢ pᵢ + last = −δ. */
const refutableArb = fc
  .tuple(
    fc.array(fc.tuple(linearPoly(3), fc.constantFrom<Relation>('>0', '≥0', '=0')), { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([pairs, lambdas, delta]) => {
    const facts: Fact[] = pairs.map(([poly, rel]) => ({ poly, rel }));
    const combo = facts.reduce((acc, f, i) => acc.add(f.poly.scale(Rational.fromInt(lambdas[i]!))), Polynomial.ZERO);
    facts.push({ poly: combo.neg().sub(Polynomial.constant(delta)), rel: delta === 0 ? '>0' : '≥0' });
    return facts;
  });

type Tamper =
  | { kind: 'negate' | 'drop' | 'double'; term: number }
  | { kind: 'scale'; term: number; by: Rational }
  | { kind: 'reindex'; term: number; index: number }
  | { kind: 'relation'; fact: number; rel: Relation }
  | { kind: 'shift'; fact: number; by: Rational };

const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ kind: fc.constantFrom('negate', 'drop', 'double'), term: fc.nat(8) }) as fc.Arbitrary<Tamper>,
  fc.record({ kind: fc.constant('scale' as const), term: fc.nat(8), by: smallRational }),
  fc.record({ kind: fc.constant('reindex' as const), term: fc.nat(8), index: fc.nat(6) }),
  fc.record({ kind: fc.constant('relation' as const), fact: fc.nat(6), rel: relArb }),
  fc.record({ kind: fc.constant('shift' as const), fact: fc.nat(6), by: smallRational }),
);

function applyTamper(facts: readonly Fact[], cert: Certificate, t: Tamper): { facts: Fact[]; cert: Certificate } {
  const terms = cert.terms.slice();
  const fs = facts.slice();
  switch (t.kind) {
    case 'relation':
    case 'shift': {
      const i = t.fact % fs.length;
      const f = fs[i]!;
      fs[i] = t.kind === 'relation' ? { poly: f.poly, rel: t.rel } : { poly: f.poly.add(Polynomial.constant(t.by)), rel: f.rel };
      return { facts: fs, cert };
    }
    default: {
      if (terms.length === 0) return { facts: fs, cert };
      const j = t.term % terms.length;
      const term = terms[j]!;
      if (t.kind === 'drop') terms.splice(j, 1);
      else if (t.kind === 'negate') terms[j] = { ...term, coeff: term.coeff.neg() };
      else if (t.kind === 'double') terms[j] = { ...term, coeff: term.coeff.add(term.coeff) };
      else if (t.kind === 'scale') terms[j] = { ...term, coeff: term.coeff.mul(t.by) };
      else if (t.kind === 'reindex') {
        const index = t.index % fs.length;
        terms[j] = { ...term, factors: term.factors.map((f) => (f.kind === 'fact' ? { kind: 'fact', index } : f)) };
      }
      return { facts: fs, cert: { terms } };
    }
  }
}

describe('tampered certificates', () => {
  it('the pipeline refutes systems built to be refutable, and the independent checker agrees', () => {
    fc.assert(
      fc.property(refutableArb, fc.array(bigPoint, { minLength: 4, maxLength: 4 }), (facts, points) => {
        const r = refuteFacts(facts, { products: false, deadlineMs: soon() });
        expect(r.kind).toBe('refuted');
        if (r.kind !== 'refuted') return;
        expect(checkCertificate(facts, r.certificate).kind).toBe('verified');
        expect(independentVerdict(facts, r.certificate, points)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the core accepts a tampered certificate exactly when evaluation says it still proves a contradiction', () => {
    let rejected = 0;
    fc.assert(
      fc.property(refutableArb, fc.array(tamperArb, { minLength: 1, maxLength: 3 }), fc.array(bigPoint, { minLength: 4, maxLength: 4 }), (facts0, tampers, points) => {
        const r = refuteFacts(facts0, { products: true, deadlineMs: soon() });
        if (r.kind !== 'refuted') throw new Error('refutable system not refuted');
        let state = { facts: facts0, cert: r.certificate };
        for (const t of tampers) state = applyTamper(state.facts, state.cert, t);
        const core = checkCertificate(state.facts, state.cert).kind === 'verified';
        expect(core).toBe(independentVerdict(state.facts, state.cert, points));
        if (!core) rejected++;
      }),
      { numRuns: 300 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  it('flipping the sign of any inequality term, or doubling any non-constant term, is always rejected', () => {
    let checked = 0;
    fc.assert(
      fc.property(refutableArb, (facts) => {
        const r = refuteFacts(facts, { products: false, deadlineMs: soon() });
        if (r.kind !== 'refuted') throw new Error('refutable system not refuted');
        r.certificate.terms.forEach((term, j) => {
          const f = term.factors[0];
          if (f?.kind !== 'fact') return;
          const fact = facts[f.index]!;
          if (fact.rel !== '=0') {
            const flipped = applyTamper(facts, r.certificate, { kind: 'negate', term: j });
            expect(checkCertificate(flipped.facts, flipped.cert).kind).toBe('rejected');
            checked++;
          }
          if (!fact.poly.isConstant()) {
            const doubled = applyTamper(facts, r.certificate, { kind: 'double', term: j });
            expect(checkCertificate(doubled.facts, doubled.cert).kind).toBe('rejected');
            checked++;
          }
        });
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
