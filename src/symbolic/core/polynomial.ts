/**
 * Sparse multivariate polynomials over ℚ in opaque atom indices (the tactic engine maps Lean
 * subterms such as `x` or `Real.sqrt 2` to atoms). Every polynomial is kept in one canonical
 * form — terms with nonzero coefficients, monomials sorted by degree then by exponents — so
 * two polynomials are equal as polynomials exactly when their `key`s are equal. That is how
 * `ring` and the certificate checker decide identities. Instances are immutable.
 */
import { coreBug, ok, resource, type Bounded, type Limits, DEFAULT_LIMITS } from './limits.ts';
import { Rational } from './rational.ts';

/** An opaque variable: a non-negative safe integer chosen by whoever maps terms to atoms. */
export type Atom = number;

/** A product of atom powers, e.g. x0^2·x3, as `[atom, exponent]` pairs sorted by atom, exponents ≥ 1. */
export interface Monomial {
  readonly factors: readonly (readonly [Atom, number])[];
  /** Total degree (sum of exponents). */
  readonly degree: number;
  /** Canonical text, `"x0^2*x3"`, `""` for the constant monomial. */
  readonly key: string;
}

export interface Term {
  readonly monomial: Monomial;
  /** Never zero. */
  readonly coeff: Rational;
}

/** Monomials built here (so with a key that matches their factors); others are rebuilt on entry. */
const genuineMonomials = new WeakSet<Monomial>();

const ONE_MONOMIAL: Monomial = Object.freeze({ factors: Object.freeze([]), degree: 0, key: '' });
genuineMonomials.add(ONE_MONOMIAL);

/** Builds a monomial from `[atom, exponent]` pairs in any order; exponents 0 are dropped, repeats merged. */
export function monomial(factors: Iterable<readonly [Atom, number]>): Monomial {
  const powers = new Map<Atom, number>();
  for (const [atom, exp] of factors) {
    if (!Number.isSafeInteger(atom) || atom < 0) throw coreBug(`bad atom index ${atom}`);
    if (!Number.isSafeInteger(exp) || exp < 0) throw coreBug(`bad exponent ${exp}`);
    if (exp > 0) powers.set(atom, (powers.get(atom) ?? 0) + exp);
  }
  return makeMonomial([...powers.entries()].sort((a, b) => a[0] - b[0]));
}

function makeMonomial(sorted: [Atom, number][]): Monomial {
  if (sorted.length === 0) return ONE_MONOMIAL;
  let degree = 0;
  for (const [, e] of sorted) degree += e;
  const key = sorted.map(([a, e]) => (e === 1 ? `x${a}` : `x${a}^${e}`)).join('*');
  const m: Monomial = Object.freeze({ factors: Object.freeze(sorted.map((f) => Object.freeze(f))), degree, key });
  genuineMonomials.add(m);
  return m;
}

function mulMonomials(a: Monomial, b: Monomial): Monomial {
  if (a.degree === 0) return b;
  if (b.degree === 0) return a;
  const out: [Atom, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.factors.length || j < b.factors.length) {
    const fa = a.factors[i];
    const fb = b.factors[j];
    if (fb === undefined || (fa !== undefined && fa[0] < fb[0])) {
      out.push([fa![0], fa![1]]);
      i++;
    } else if (fa === undefined || fb[0] < fa[0]) {
      out.push([fb[0], fb[1]]);
      j++;
    } else {
      out.push([fa[0], fa[1] + fb[1]]);
      i++;
      j++;
    }
  }
  return makeMonomial(out);
}

/**
 * Canonical monomial order (graded lexicographic): higher degree first; at equal degree, the
 * larger exponent on the smallest atom first. Negative when `a` comes before `b`.
 */
export function compareMonomials(a: Monomial, b: Monomial): number {
  if (a.degree !== b.degree) return b.degree - a.degree;
  const n = Math.min(a.factors.length, b.factors.length);
  for (let i = 0; i < n; i++) {
    const [aa, ae] = a.factors[i]!;
    const [ba, be] = b.factors[i]!;
    if (aa !== ba) return aa - ba; // the smaller atom has a positive exponent only in that monomial
    if (ae !== be) return be - ae;
  }
  return b.factors.length - a.factors.length;
}

/** TypeScript's `private` is compile-time only; this token keeps `new` inside this module at run time. */
const TOKEN: unique symbol = Symbol('Polynomial');

export class Polynomial {
  /** Set only by the constructor: lets checkers tell real instances from look-alike objects. */
  readonly #genuine = true;

  static readonly ZERO = new Polynomial(TOKEN, []);
  static readonly ONE = new Polynomial(TOKEN, [Object.freeze({ monomial: ONE_MONOMIAL, coeff: Rational.ONE })]);

  /** Canonical text of the whole polynomial: equal polynomials have equal keys. */
  readonly key: string;
  /** Total degree; 0 for constants, including zero. */
  readonly degree: number;

  /** Use the static builders: the constructor trusts that `terms` is canonical. */
  private constructor(
    token: typeof TOKEN,
    /** Nonzero terms in canonical monomial order. */
    readonly terms: readonly Term[],
  ) {
    if (token !== TOKEN) throw coreBug('Polynomial can only be built by its static builders');
    this.key = terms.map((t) => `${t.coeff}${t.monomial.key === '' ? '' : `*${t.monomial.key}`}`).join(' + ');
    this.degree = terms.reduce((d, t) => Math.max(d, t.monomial.degree), 0);
    Object.freeze(terms);
    Object.freeze(this);
  }

  /** True only for instances built by this class (so canonical); look-alike objects fail. */
  static isGenuine(x: unknown): x is Polynomial {
    return typeof x === 'object' && x !== null && #genuine in x;
  }

  /** The polynomial `Σ coeff·monomial`, with like terms collected and zero terms dropped. */
  static fromTerms(terms: Iterable<readonly [Monomial, Rational]>): Polynomial {
    const acc = new Map<string, { monomial: Monomial; coeff: Rational }>();
    for (const [given, c] of terms) {
      if (!Rational.isGenuine(c)) throw coreBug('polynomial coefficient is not a Rational');
      // A monomial object not built here could carry a key that disagrees with its factors.
      const m = genuineMonomials.has(given) ? given : monomial(given.factors);
      const cur = acc.get(m.key);
      if (cur) cur.coeff = cur.coeff.add(c);
      else acc.set(m.key, { monomial: m, coeff: c });
    }
    return Polynomial.fromAccumulator(acc);
  }

  private static fromAccumulator(acc: Map<string, { monomial: Monomial; coeff: Rational }>): Polynomial {
    const terms: Term[] = [];
    for (const t of acc.values()) if (!t.coeff.isZero()) terms.push(Object.freeze({ monomial: t.monomial, coeff: t.coeff }));
    if (terms.length === 0) return Polynomial.ZERO;
    terms.sort((a, b) => compareMonomials(a.monomial, b.monomial));
    return new Polynomial(TOKEN, terms);
  }

  static constant(c: Rational | bigint | number): Polynomial {
    const r = c instanceof Rational ? c : Rational.fromInt(c);
    return r.isZero() ? Polynomial.ZERO : new Polynomial(TOKEN, [Object.freeze({ monomial: ONE_MONOMIAL, coeff: r })]);
  }

  /** The polynomial consisting of the single atom `x_atom`. */
  static atom(atom: Atom): Polynomial {
    return new Polynomial(TOKEN, [Object.freeze({ monomial: monomial([[atom, 1]]), coeff: Rational.ONE })]);
  }

  /** `coeff · Π atom^exp`. */
  static monomial(factors: Iterable<readonly [Atom, number]>, coeff: Rational = Rational.ONE): Polynomial {
    return Polynomial.fromTerms([[monomial(factors), coeff]]);
  }

  add(o: Polynomial): Polynomial {
    if (o.terms.length === 0) return this;
    if (this.terms.length === 0) return o;
    return Polynomial.fromTerms([...this.pairs(), ...o.pairs()]);
  }

  sub(o: Polynomial): Polynomial {
    return this.add(o.neg());
  }

  neg(): Polynomial {
    return this.scale(Rational.ONE.neg());
  }

  scale(c: Rational): Polynomial {
    if (c.isZero()) return Polynomial.ZERO;
    if (c.equals(Rational.ONE)) return this;
    // Scaling by a nonzero constant keeps the terms nonzero and in order.
    return new Polynomial(TOKEN, this.terms.map((t) => Object.freeze({ monomial: t.monomial, coeff: t.coeff.mul(c) })));
  }

  /** The exact product. Unbounded: use `mulChecked` where inputs may be large. */
  mul(o: Polynomial): Polynomial {
    const acc = new Map<string, { monomial: Monomial; coeff: Rational }>();
    for (const s of this.terms) {
      for (const t of o.terms) {
        const m = mulMonomials(s.monomial, t.monomial);
        const c = s.coeff.mul(t.coeff);
        const cur = acc.get(m.key);
        if (cur) cur.coeff = cur.coeff.add(c);
        else acc.set(m.key, { monomial: m, coeff: c });
      }
    }
    return Polynomial.fromAccumulator(acc);
  }

  /**
   * The product, refused before multiplying when its degree or the number of term pairs
   * (16 × `maxTerms`) would exceed `limits`, and after when it has more than `maxTerms` terms or
   * a coefficient past `maxBits`.
   */
  mulChecked(o: Polynomial, limits: Limits = DEFAULT_LIMITS): Bounded<Polynomial> {
    if (this.degree + o.degree > limits.maxDegree) {
      return resource(`polynomial product of degree ${this.degree + o.degree} exceeds the degree limit ${limits.maxDegree}`);
    }
    if (this.terms.length * o.terms.length > 16 * limits.maxTerms) {
      return resource(`polynomial product of ${this.terms.length}×${o.terms.length} terms exceeds the term limit`);
    }
    const p = this.mul(o);
    if (p.terms.length > limits.maxTerms) return resource(`polynomial product has ${p.terms.length} terms, over the limit ${limits.maxTerms}`);
    if (p.maxCoeffBits() > limits.maxBits) return resource(`polynomial product coefficients exceed the ${limits.maxBits}-bit limit`);
    return ok(p);
  }

  /** `this ^ n` for `n ≥ 0` (`p ^ 0 = 1`, also for `p = 0`), refused when past `limits`. */
  pow(n: number | bigint, limits: Limits = DEFAULT_LIMITS): Bounded<Polynomial> {
    const e = BigInt(n);
    if (e < 0n) throw coreBug('Polynomial.pow with a negative exponent');
    if (e === 0n) return ok(Polynomial.ONE);
    const c = this.constantValue();
    if (c !== undefined) {
      const r = c.pow(e, limits);
      return r.kind === 'ok' ? ok(Polynomial.constant(r.value)) : r;
    }
    if (BigInt(this.degree) * e > BigInt(limits.maxDegree)) {
      return resource(`polynomial power of degree ${BigInt(this.degree) * e} exceeds the degree limit ${limits.maxDegree}`);
    }
    let result: Polynomial = Polynomial.ONE;
    let square: Polynomial = this;
    let k = e;
    while (k > 0n) {
      if (k & 1n) {
        const r = result.mulChecked(square, limits);
        if (r.kind !== 'ok') return r;
        result = r.value;
      }
      k >>= 1n;
      if (k > 0n) {
        const s = square.mulChecked(square, limits);
        if (s.kind !== 'ok') return s;
        square = s.value;
      }
    }
    return ok(result);
  }

  equals(o: Polynomial): boolean {
    return this.key === o.key;
  }

  isZero(): boolean {
    return this.terms.length === 0;
  }

  /** True when the polynomial has no atoms (including the zero polynomial). */
  isConstant(): boolean {
    return this.degree === 0;
  }

  /** The value when the polynomial is constant, else `undefined`. */
  constantValue(): Rational | undefined {
    if (!this.isConstant()) return undefined;
    return this.terms[0]?.coeff ?? Rational.ZERO;
  }

  /** The coefficient of the constant monomial (0 when absent). */
  constantTerm(): Rational {
    const last = this.terms[this.terms.length - 1];
    return last !== undefined && last.monomial.degree === 0 ? last.coeff : Rational.ZERO;
  }

  /** The coefficient of `m` (0 when absent). */
  coefficient(m: Monomial): Rational {
    for (const t of this.terms) if (t.monomial.key === m.key) return t.coeff;
    return Rational.ZERO;
  }

  /** The atoms that occur, ascending. */
  atoms(): Atom[] {
    const s = new Set<Atom>();
    for (const t of this.terms) for (const [a] of t.monomial.factors) s.add(a);
    return [...s].sort((a, b) => a - b);
  }

  /** Value at a point. Exact, and unbounded in cost: meant for small degrees (tests, sampling). */
  evaluate(value: (atom: Atom) => Rational): Rational {
    let sum = Rational.ZERO;
    for (const t of this.terms) {
      let prod = t.coeff;
      for (const [a, e] of t.monomial.factors) {
        for (let i = 0; i < e; i++) prod = prod.mul(value(a));
      }
      sum = sum.add(prod);
    }
    return sum;
  }

  /** Readable text, e.g. `x0^2 - 2*x0*x1 + 1/2`; `name` renders atoms (default `x<i>`). */
  toString(name: (atom: Atom) => string = (a) => `x${a}`): string {
    if (this.terms.length === 0) return '0';
    return this.terms
      .map((t, i) => {
        const neg = t.coeff.isNegative();
        const c = t.coeff.abs();
        const mono = t.monomial.factors.map(([a, e]) => (e === 1 ? name(a) : `${name(a)}^${e}`)).join('*');
        const body = mono === '' ? c.toString() : c.equals(Rational.ONE) ? mono : `${c}*${mono}`;
        return i === 0 ? (neg ? `-${body}` : body) : `${neg ? ' - ' : ' + '}${body}`;
      })
      .join('');
  }

  private maxCoeffBits(): number {
    let m = 0;
    for (const t of this.terms) m = Math.max(m, t.coeff.bitSize());
    return m;
  }

  private *pairs(): Iterable<readonly [Monomial, Rational]> {
    for (const t of this.terms) yield [t.monomial, t.coeff];
  }
}
