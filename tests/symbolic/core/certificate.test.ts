import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Polynomial as P,
  Rational as R,
  Verified,
  checkCertificate,
  checkIdentity,
  factTerm,
  productTerm,
  squareTerm,
  type Certificate,
  type Fact,
} from '../../../src/symbolic/core/index.ts';

const x = P.atom(0);
const y = P.atom(1);
const z = P.atom(2);
const c = (n: number, d = 1) => R.of(n, d);
const k = (n: number) => P.constant(n);
const cert = (...terms: Certificate['terms']): Certificate => ({ terms });

// x < y, y < z, z ≤ x: y - x > 0, z - y > 0, x - z ≥ 0; their sum is 0 with strict terms.
const chain: Fact[] = [
  { poly: y.sub(x), rel: '>0' },
  { poly: z.sub(y), rel: '>0' },
  { poly: x.sub(z), rel: '≥0' },
];

describe('checkCertificate accepts valid certificates', () => {
  it('a linear chain summing to 0 with strict facts', () => {
    const r = checkCertificate(chain, cert(factTerm(0, c(1)), factTerm(1, c(1)), factTerm(2, c(1))));
    expect(r.kind).toBe('verified');
    if (r.kind === 'verified') {
      expect(Verified.is(r.proof)).toBe(true);
      expect(r.proof.claim.kind).toBe('contradiction');
      expect(r.proof.claim.facts.map((f) => f.poly.key)).toEqual(chain.map((f) => f.poly.key));
    }
  });

  it('a negative constant from non-strict facts: x ≥ 0, -x - 1 ≥ 0', () => {
    const facts: Fact[] = [
      { poly: x, rel: '≥0' },
      { poly: x.neg().sub(k(1)), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(factTerm(0, c(3)), factTerm(1, c(3)))).kind).toBe('verified');
  });

  it('equalities take coefficients of either sign: x = 1, y = 2x, y ≤ 1', () => {
    const facts: Fact[] = [
      { poly: x.sub(k(1)), rel: '=0' },
      { poly: y.sub(x.scale(c(2))), rel: '=0' },
      { poly: k(1).sub(y), rel: '≥0' },
    ];
    // (1 - y) + (y - 2x) + 2(x - 1) = -1
    expect(checkCertificate(facts, cert(factTerm(2, c(1)), factTerm(1, c(1)), factTerm(0, c(2)))).kind).toBe('verified');
    expect(checkCertificate(facts, cert(factTerm(2, c(1)), factTerm(1, c(-1)), factTerm(0, c(2)))).kind).toBe('rejected');
  });

  it('nonlinear monomials act as atoms (linarith over x*y)', () => {
    const xy = x.mul(y);
    const facts: Fact[] = [
      { poly: xy.sub(k(2)), rel: '≥0' }, // x*y ≥ 2
      { poly: k(1).sub(xy), rel: '≥0' }, // x*y ≤ 1
    ];
    expect(checkCertificate(facts, cert(factTerm(0, c(1)), factTerm(1, c(1)))).kind).toBe('verified');
  });

  it('products of facts: 0 < a, 0 < b, a*b ≤ 0', () => {
    const facts: Fact[] = [
      { poly: x, rel: '>0' },
      { poly: y, rel: '>0' },
      { poly: x.mul(y).neg(), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(productTerm(0, 1, c(1)), factTerm(2, c(1)))).kind).toBe('verified');
  });

  it('squares: 2ab - a² - b² > 0 refuted with (a - b)² ≥ 0', () => {
    const facts: Fact[] = [{ poly: x.mul(y).scale(c(2)).sub(x.mul(x)).sub(y.mul(y)), rel: '>0' }];
    expect(checkCertificate(facts, cert(factTerm(0, c(1)), squareTerm(x.sub(y), c(1)))).kind).toBe('verified');
  });

  it('a product with an = 0 fact may take a negative coefficient', () => {
    // x = 0 and x*y ≥ 1: (x*y - 1) + (-y)·x = -1
    const facts: Fact[] = [
      { poly: x, rel: '=0' },
      { poly: x.mul(y).sub(k(1)), rel: '≥0' },
      { poly: y, rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(factTerm(1, c(1)), productTerm(0, 2, c(-1)))).kind).toBe('verified');
    // The same with y ≥ 0 in place of x = 0 in the product is not allowed a negative coefficient.
    const tampered: Fact[] = [{ ...facts[0]!, rel: '≥0' }, facts[1]!, facts[2]!];
    expect(checkCertificate(tampered, cert(factTerm(1, c(1)), productTerm(0, 2, c(-1)))).kind).toBe('rejected');
  });

  it('the empty product is the constant 1 > 0', () => {
    // x - 1 ≥ 0 and -x ≥ 0: 1·1 + (x - 1) + (-x) = 0, made strict by the unit term 1 > 0.
    const facts: Fact[] = [
      { poly: x.sub(k(1)), rel: '≥0' },
      { poly: x.neg(), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert({ coeff: c(1), factors: [] }, factTerm(0, c(1)), factTerm(1, c(1)))).kind).toBe('verified');
    expect(checkCertificate(facts, cert({ coeff: c(-1), factors: [] }, factTerm(0, c(1)), factTerm(1, c(1)))).kind).toBe('rejected');
  });
});

describe('checkCertificate rejects', () => {
  const sound = cert(factTerm(0, c(1)), factTerm(1, c(1)), factTerm(2, c(1)));

  it('a negative coefficient on an inequality', () => {
    expect(checkCertificate(chain, cert(factTerm(0, c(-1)), factTerm(1, c(1)), factTerm(2, c(1)))).kind).toBe('rejected');
  });

  it('a sum that is not constant', () => {
    expect(checkCertificate(chain, cert(factTerm(0, c(2)), factTerm(1, c(1)), factTerm(2, c(1)))).kind).toBe('rejected');
  });

  it('a zero sum without a strict fact (x ≥ 0, -x ≥ 0 is satisfiable at 0)', () => {
    const facts: Fact[] = [
      { poly: x, rel: '≥0' },
      { poly: x.neg(), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(factTerm(0, c(1)), factTerm(1, c(1)))).kind).toBe('rejected');
    const nonstrict = chain.map((f) => ({ ...f, rel: '≥0' as const }));
    expect(checkCertificate(nonstrict, sound).kind).toBe('rejected');
  });

  it('a zero sum whose only strict term has coefficient 0', () => {
    const facts: Fact[] = [
      { poly: x, rel: '≥0' },
      { poly: x.neg(), rel: '≥0' },
      { poly: y, rel: '>0' },
    ];
    expect(checkCertificate(facts, cert(factTerm(0, c(1)), factTerm(1, c(1)), factTerm(2, c(0)))).kind).toBe('rejected');
  });

  it('a positive constant sum (x ≥ 0, 1 - x ≥ 0 is satisfiable)', () => {
    const facts: Fact[] = [
      { poly: x, rel: '≥0' },
      { poly: k(1).sub(x), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(factTerm(0, c(1)), factTerm(1, c(1)))).kind).toBe('rejected');
  });

  it('a square used as if it were strict, or with a negative coefficient', () => {
    // -(x²) ≥ 0 holds at x = 0: x² + (-x²) = 0 is not a contradiction.
    const facts: Fact[] = [{ poly: x.mul(x).neg(), rel: '≥0' }];
    expect(checkCertificate(facts, cert(squareTerm(x, c(1)), factTerm(0, c(1)))).kind).toBe('rejected');
    // x² - 1 ≥ 0 is satisfiable; -1·x² + (x² - 1) = -1 would need a negative square coefficient.
    const facts2: Fact[] = [{ poly: x.mul(x).sub(k(1)), rel: '≥0' }];
    expect(checkCertificate(facts2, cert(squareTerm(x, c(-1)), factTerm(0, c(1)))).kind).toBe('rejected');
  });

  it('a product of a ≥ 0 and a > 0 fact treated as strict', () => {
    // x ≥ 0, y > 0, -(x*y) ≥ 0 holds at x = 0, y = 1.
    const facts: Fact[] = [
      { poly: x, rel: '≥0' },
      { poly: y, rel: '>0' },
      { poly: x.mul(y).neg(), rel: '≥0' },
    ];
    expect(checkCertificate(facts, cert(productTerm(0, 1, c(1)), factTerm(2, c(1)))).kind).toBe('rejected');
  });

  it('malformed certificates: bad indices, forged numbers, forged polynomials, unknown kinds, too many factors', () => {
    const forgedRational = Object.create(R.prototype) as R;
    Object.assign(forgedRational, { num: -1n, den: -1n });
    const forgedPoly = Object.create(P.prototype) as P;
    const bad: unknown[] = [
      cert(factTerm(3, c(1))),
      cert(factTerm(-1, c(1))),
      cert(factTerm(0.5, c(1))),
      cert({ coeff: forgedRational, factors: [{ kind: 'fact', index: 0 }] }, factTerm(1, c(1)), factTerm(2, c(1))),
      cert({ coeff: 1 as unknown as R, factors: [{ kind: 'fact', index: 0 }] }),
      cert(squareTerm(forgedPoly, c(1)), ...sound.terms),
      cert({ coeff: c(1), factors: [{ kind: 'magic', index: 0 } as never] }, ...sound.terms),
      cert({ coeff: c(1), factors: [0, 0, 0, 0, 0].map((index) => ({ kind: 'fact', index }) as const) }, ...sound.terms),
      { terms: 'nope' },
      null,
    ];
    for (const b of bad) expect(checkCertificate(chain, b as Certificate).kind).toBe('rejected');
    expect(checkCertificate([{ poly: forgedPoly, rel: '>0' }], cert(factTerm(0, c(1)))).kind).toBe('rejected');
    expect(checkCertificate([{ poly: x, rel: '<0' as never }], cert(factTerm(0, c(1)))).kind).toBe('rejected');
  });

  it('products too large for the limits are refused, not computed', () => {
    const big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((acc, a) => acc.add(P.atom(a)), P.ONE);
    const facts: Fact[] = [{ poly: big, rel: '≥0' }];
    const limits = { maxBits: 1000, maxTerms: 50, maxDegree: 10 };
    const r = checkCertificate(facts, cert({ coeff: c(1), factors: [{ kind: 'fact', index: 0 }, { kind: 'fact', index: 0 }, { kind: 'fact', index: 0 }] }), limits);
    expect(r.kind).toBe('resource');
  });
});

describe('the Verified brand', () => {
  it('cannot be forged by casts, literals, prototypes or direct construction', () => {
    expect(Verified.is({ claim: { kind: 'contradiction', facts: [] } })).toBe(false);
    expect(Verified.is(Object.create(Verified.prototype))).toBe(false);
    const Ctor = Verified as unknown as new (...args: unknown[]) => unknown;
    expect(() => new Ctor(Symbol('Verified.mint'), { kind: 'contradiction', facts: [] })).toThrow(/internal error/);
    expect(() => new Ctor(undefined, {})).toThrow(/internal error/);
  });

  it('claims are frozen snapshots of what was checked', () => {
    const facts = chain.slice();
    const r = checkCertificate(facts, cert(factTerm(0, c(1)), factTerm(1, c(1)), factTerm(2, c(1))));
    if (r.kind !== 'verified') throw new Error('expected verified');
    facts.push({ poly: k(1), rel: '>0' });
    expect(r.proof.claim.facts.length).toBe(3);
    expect(() => (r.proof.claim.facts as Fact[]).push({ poly: k(1), rel: '>0' })).toThrow();
    expect(() => {
      (r.proof.claim.facts[0] as { rel: string }).rel = '≥0';
    }).toThrow();
  });

  it('checkIdentity mints identities only for equal polynomials', () => {
    const sq = x.add(y).mul(x.add(y));
    const expanded = x.mul(x).add(x.mul(y).scale(c(2))).add(y.mul(y));
    const ok = checkIdentity(sq, expanded);
    expect(ok.kind === 'verified' && Verified.is(ok.proof) && ok.proof.claim.lhs === sq).toBe(true);
    const bad = checkIdentity(sq, expanded.add(k(1)));
    expect(bad.kind === 'rejected' && bad.difference.equals(k(-1))).toBe(true);
  });
});

describe('trust boundary of src/symbolic/core', () => {
  const root = join(import.meta.dirname, '../../../src');
  const coreDir = join(root, 'symbolic/core');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

  it('core files import only sibling core modules', () => {
    for (const f of files(coreDir)) {
      for (const spec of imports(f)) expect(`${relative(root, f)}: ${spec}`).toMatch(/: \.\/[a-z-]+\.ts$/);
    }
  });

  it('nothing outside the core imports verified.ts (only core checkers can mint)', () => {
    for (const f of files(root)) {
      if (f.startsWith(coreDir)) continue;
      for (const spec of imports(f)) expect(`${relative(root, f)}: ${spec}`).not.toMatch(/core\/verified(\.ts)?$/);
    }
  });

  it('index.ts does not re-export mintVerified', () => {
    expect(readFileSync(join(coreDir, 'index.ts'), 'utf8')).not.toMatch(/mintVerified/);
  });
});
