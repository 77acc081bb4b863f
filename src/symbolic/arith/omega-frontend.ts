/**
 * `omega`'s frontend: ℕ/ℤ terms → linear combinations over atoms, the way Lean's `omega` reads
 * them (Lean core, `Lean/Elab/Tactic/Omega/Frontend.lean`, `asLinearCombo`, and `OmegaM.lean`,
 * `analyzeAtom`), so that what our `omega` certifies also replays in Lean. It is deliberately
 * NOT the shared ring normaliser (linearize.ts): Lean's omega never multiplies out, so
 * `n * (n + 1)` is one opaque atom, unrelated to `n * n + n` or `(n + 1) * n`.
 *
 * Every ℕ term `t` is read as its cast `↑t : ℤ`, with the casts pushed as Lean pushes them:
 * `↑(a + b) = ↑a + ↑b`, `↑(a * b) = ↑a * ↑b` (plus the fact `0 ≤ ↑a * ↑b`), `↑(a / b)`,
 * `↑(a % b)`, `↑(a ^ b)` for a numeral `a`, `↑(min a b)`, `↑(max a b)`, `↑(Int.toNat x) =
 * max x 0`, `↑(a - b - c) = ↑(a - (b + c))`. Then on ℤ:
 * - numerals and ground `+ - * / ^` of numerals are constants (`groundInt?`/`groundNat?`);
 * - `+`, `-`, negation are linear; `x * y` is linear when one side's combination is a constant,
 *   and otherwise the product itself is an atom;
 * - `x / k` for a numeral `k`: `0` when `k = 0`, `-(x / -k)` when `k < 0`, else an atom with
 *   `k·a ≤ x < k·a + k`; `x % k` (`k` a ℕ numeral) is `x - k * (x / k)` (`Int.emod_def`);
 * - `b ^ (e + 1)` with `b` a numeral is `b ^ e * b` (`Int.pow_succ`); other powers are atoms
 *   (`x ^ 2` is an atom, `2 ^ k` is an atom with no facts);
 * - `min`/`max` become `if a ≤ b then … else …` atoms with their case split;
 * - anything else is an atom. Atoms are compared syntactically (`termKey` of the term Lean
 *   would build), which is at most as generous as Lean's defeq-up-to-instances `canon`.
 * Facts that new atoms carry (analyzeAtom): `↑t ≥ 0` for a cast atom, the dichotomy of `↑(a - b)`
 * and of `↑(Int.natAbs x)`, the division bounds, `0 ≤ ↑a % ↑b`.
 *
 * Two places reason a little more directly than Lean and decide the same thing: `↑(a - b)` is
 * `a - b` (or `0`) when the difference of the combinations is a constant or has nonnegative
 * coefficients over atoms known to be `≥ 0` (Lean's dichotomy then has one feasible side), and
 * facts of atoms met inside a product that stays opaque are kept (Lean rolls them back); those
 * facts only constrain atoms by their own definitions, so they never change what is provable.
 */
import { Polynomial, Rational, bitLength, intEDiv, type Relation } from '../core/index.ts';
import { mkArith, mkCall, mkCast, mkLit, mkNeg, mkPow, type Term } from '../syntax/ast.ts';
import { termKey } from '../syntax/equality.ts';
import { INT } from '../syntax/types.ts';
import { AtomTable } from './atoms.ts';

/** A constraint `poly ⋈ 0`; `≠0` is split into `> 0 ∨ < 0` when it is reached. */
export interface Lit {
  readonly poly: Polynomial;
  readonly rel: Relation | '≠0';
}

export type Formula =
  | { readonly kind: 'lit'; readonly lit: Lit }
  | { readonly kind: 'and'; readonly parts: readonly Formula[] }
  | { readonly kind: 'or'; readonly parts: readonly Formula[] }
  | { readonly kind: 'const'; readonly value: boolean };

export const TRUE_F: Formula = { kind: 'const', value: true };

export function lit(poly: Polynomial, rel: Lit['rel']): Formula {
  return { kind: 'lit', lit: { poly, rel } };
}

export function and(parts: Formula[]): Formula {
  return { kind: 'and', parts };
}

export function or(parts: Formula[]): Formula {
  return { kind: 'or', parts };
}

/** Ground values beyond this many bits are left as atoms (more conservative than Lean, never less). */
const MAX_GROUND_BITS = 100_000n;

function isNatTerm(t: Term): boolean {
  return t.type.kind === 'num' && t.type.name === 'Nat';
}

function groundPow(b: bigint, e: bigint): bigint | undefined {
  if (b === 0n || b === 1n) return e === 0n ? 1n : b;
  if (b === -1n) return e % 2n === 0n ? 1n : -1n;
  // |b| ≥ 2 here: bitLength(b) · e bounds the bits of b^e from above.
  return BigInt(bitLength(b)) * e > MAX_GROUND_BITS ? undefined : b ** e;
}

/**
 * Lean's `groundNat?`: a numeral, a cast of one, or `+ * - / ^` of ground naturals (with ℕ's
 * truncated `-` and floor `/`). `%` is not ground in Lean either. `intTyped`: the term is
 * ℤ-typed (a divisor of `%` on ℤ); Lean still evaluates it with ℕ operations, so a `-` there
 * (where ℕ and ℤ disagree) is refused rather than guessed.
 */
export function groundNat(t: Term, intTyped = false): bigint | undefined {
  switch (t.kind) {
    case 'lit':
      return t.den === 1n ? t.num : undefined;
    case 'cast':
      return isNatTerm(t.arg) ? groundNat(t.arg) : undefined;
    case 'arith': {
      if (t.op === '%' || (t.op === '-' && intTyped)) return undefined;
      const a = groundNat(t.left, intTyped);
      const b = a === undefined ? undefined : groundNat(t.right, intTyped);
      if (a === undefined || b === undefined) return undefined;
      if (t.op === '+') return a + b;
      if (t.op === '*') return a * b;
      if (t.op === '-') return a > b ? a - b : 0n;
      return b === 0n ? 0n : a / b;
    }
    case 'pow': {
      if (!isNatTerm(t.exponent)) return undefined;
      const b = groundNat(t.base, intTyped);
      const e = b === undefined ? undefined : groundNat(t.exponent);
      return b === undefined || e === undefined ? undefined : groundPow(b, e);
    }
    default:
      return undefined;
  }
}

/** Lean's `groundInt?` on a ℤ term: numerals (`-5` included), casts of ground naturals, `+ - * / ^`. */
export function groundInt(t: Term): bigint | undefined {
  switch (t.kind) {
    case 'lit':
      return t.den === 1n ? t.num : undefined;
    case 'neg':
      return t.arg.kind === 'lit' && t.arg.den === 1n ? -t.arg.num : undefined;
    case 'cast':
      return isNatTerm(t.arg) ? groundNat(t.arg) : undefined;
    case 'arith': {
      if (t.op === '%') return undefined;
      const a = groundInt(t.left);
      const b = a === undefined ? undefined : groundInt(t.right);
      if (a === undefined || b === undefined) return undefined;
      if (t.op === '+') return a + b;
      if (t.op === '-') return a - b;
      if (t.op === '*') return a * b;
      return intEDiv(a, b);
    }
    case 'pow': {
      if (!isNatTerm(t.exponent)) return undefined;
      const b = groundInt(t.base);
      const e = b === undefined ? undefined : groundNat(t.exponent);
      return b === undefined || e === undefined ? undefined : groundPow(b, e);
    }
    default:
      return undefined;
  }
}

/** Lean's `succ?`: `n + 1` (the literal 1 on the right) or `Nat.succ n`. */
function succ(e: Term): Term | undefined {
  if (e.kind === 'arith' && e.op === '+' && e.right.kind === 'lit' && e.right.num === 1n && e.right.den === 1n) return e.left;
  if (e.kind === 'call' && e.fn === 'Nat.succ') return e.args[0];
  return undefined;
}

const ONE = Polynomial.ONE;

export class OmegaFrontend {
  readonly table = new AtomTable();
  /** The facts and case splits recorded for atoms (and ℕ products) as they are met. */
  readonly facts: Formula[] = [];
  /** Atoms with an unconditional `≥ 0` fact. */
  private readonly nonneg = new Set<number>();
  private readonly recorded = new Set<string>();

  /** The value of an ℕ/ℤ term (an ℕ term `t` as `↑t : ℤ`) as a linear combination of atoms. */
  lin(t: Term): Polynomial {
    return isNatTerm(t) ? this.nat(t) : this.int(t);
  }

  private record(f: Formula, key: string): void {
    if (this.recorded.has(key)) return;
    this.recorded.add(key);
    this.facts.push(f);
  }

  private nonnegFact(p: Polynomial): void {
    const t = p.terms[0];
    if (p.terms.length === 1 && t !== undefined && t.monomial.degree === 1 && t.coeff.equals(Rational.ONE)) {
      this.nonneg.add(t.monomial.factors[0]![0]);
    }
    this.record(lit(p, '≥0'), `nonneg:${p.key}`);
  }

  /** The atom for the ℤ term `e`; `facts` runs once, when the atom is new. */
  private atom(e: Term, facts?: (a: Polynomial) => void): Polynomial {
    const key = termKey(e);
    const isNew = this.table.lookup(key) === undefined;
    const a = Polynomial.atom(this.table.intern(key, INT, { kind: 'opaque' }, () => e));
    if (isNew && facts !== undefined) facts(a);
    return a;
  }

  private int(e: Term): Polynomial {
    const g = groundInt(e);
    if (g !== undefined) return Polynomial.constant(g);
    switch (e.kind) {
      case 'neg':
        return this.int(e.arg).neg();
      case 'cast':
        return isNatTerm(e.arg) ? this.nat(e.arg) : this.atom(e);
      case 'arith':
        return this.intArith(e);
      case 'pow': {
        const k = isNatTerm(e.exponent) ? succ(e.exponent) : undefined;
        // b ^ (k + 1) = b ^ k * b for a numeral b (Int.pow_succ); other powers are atoms.
        if (k !== undefined && groundInt(e.base) !== undefined) return this.int(mkArith('*', mkPow(e.base, k), e.base));
        return this.atom(e);
      }
      case 'call': {
        const [a, b] = e.args;
        if ((e.fn === 'min' || e.fn === 'max') && a !== undefined && b !== undefined) return this.minMax(e.fn, a, b);
        return this.atom(e);
      }
      default:
        return this.atom(e);
    }
  }

  private intArith(e: Extract<Term, { kind: 'arith' }>): Polynomial {
    const { left: x, right: y } = e;
    switch (e.op) {
      case '+':
        return this.int(x).add(this.int(y));
      case '-':
        return this.int(x).sub(this.int(y));
      case '*': {
        const l = this.int(x);
        const r = this.int(y);
        const lc = l.constantValue();
        if (lc !== undefined) return r.scale(lc);
        const rc = r.constantValue();
        if (rc !== undefined) return l.scale(rc);
        return this.atom(e);
      }
      case '/': {
        const z = groundInt(y);
        if (z === undefined) return this.atom(e);
        if (z === 0n) return Polynomial.ZERO; // Int.ediv_zero
        if (z < 0n) return this.int(mkNeg(mkArith('/', x, mkLit(-z, INT)))); // Int.ediv_neg
        return this.atom(mkArith('/', x, mkLit(z, INT)), (a) => {
          // k·(x / k) ≤ x < k·(x / k) + k (Int.mul_ediv_self_le, Int.lt_mul_ediv_self_add).
          const rem = this.int(x).sub(a.scale(Rational.fromInt(z)));
          this.record(lit(rem, '≥0'), `div-lo:${a.key}`);
          this.record(lit(Polynomial.constant(z - 1n).sub(rem), '≥0'), `div-hi:${a.key}`);
        });
      }
      case '%': {
        const k = groundNat(y, true);
        if (k !== undefined) {
          // x % k = x - k * (x / k) (Int.emod_def).
          const kk = mkLit(k, INT);
          return this.int(mkArith('-', x, mkArith('*', kk, mkArith('/', x, kk))));
        }
        return this.atom(e, (a) => {
          // (↑a : ℤ) % ↑b ≥ 0 (Int.emod_ofNat_nonneg): the % of two casts.
          if (x.kind === 'cast' && y.kind === 'cast') this.nonnegFact(a);
        });
      }
    }
  }

  /** `min a b = if a ≤ b then a else b`, `max a b = if a ≤ b then b else a`, with their split. */
  private minMax(fn: 'min' | 'max', a: Term, b: Term): Polynomial {
    const ite = mkCall(fn, [a, b], INT);
    return this.atom(ite, (t) => {
      const la = this.int(a);
      const lb = this.int(b);
      const [ifLe, ifGt] = fn === 'min' ? [la, lb] : [lb, la];
      const le = lit(lb.sub(la), '≥0');
      const gt = lit(la.sub(lb).sub(ONE), '≥0');
      this.record(or([and([le, lit(t.sub(ifLe), '=0')]), and([gt, lit(t.sub(ifGt), '=0')])]), `ite:${t.key}`);
    });
  }

  /** `↑t` for an ℕ term `t` (Lean's `handleNatCast`). */
  private nat(t: Term): Polynomial {
    const g = groundNat(t);
    if (g !== undefined) return Polynomial.constant(g);
    const up = (x: Term): Term => mkCast(x, INT);
    switch (t.kind) {
      case 'arith': {
        const { left: a, right: b } = t;
        switch (t.op) {
          case '+':
            return this.nat(a).add(this.nat(b));
          case '*': {
            const p = this.int(mkArith('*', up(a), up(b)));
            this.nonnegFact(p); // Int.ofNat_mul_nonneg
            return p;
          }
          case '/':
            return this.int(mkArith('/', up(a), up(b)));
          case '%':
            return this.int(mkArith('%', up(a), up(b)));
          case '-':
            if (a.kind === 'arith' && a.op === '-') return this.nat(mkArith('-', a.left, mkArith('+', a.right, b))); // Int.ofNat_sub_sub
            return this.natSub(t, a, b);
        }
        break;
      }
      case 'pow':
        if (groundNat(t.base) !== undefined) return this.int(mkPow(up(t.base), t.exponent)); // Int.ofNat_pow
        break;
      case 'call': {
        const [x, y] = t.args;
        if (t.fn === 'Nat.succ' && x !== undefined) return this.nat(x).add(ONE);
        if ((t.fn === 'min' || t.fn === 'max') && x !== undefined && y !== undefined) return this.minMax(t.fn, up(x), up(y));
        if (t.fn === 'Int.toNat' && x !== undefined) return this.minMax('max', x, mkLit(0n, INT)); // Int.toNat_eq_max
        if (t.fn === 'Int.natAbs' && x !== undefined) {
          return this.castAtom(t, (a) => {
            // 0 ≤ x ∧ ↑|x| = x ∨ x < 0 ∧ ↑|x| = -x (Int.natAbs_dichotomy).
            const lx = this.int(x);
            this.record(
              or([and([lit(lx, '≥0'), lit(a.sub(lx), '=0')]), and([lit(lx.neg().sub(ONE), '≥0'), lit(a.add(lx), '=0')])]),
              `natAbs:${a.key}`,
            );
          });
        }
        break;
      }
      default:
        break;
    }
    return this.castAtom(t);
  }

  /** The atom `↑t` with `↑t ≥ 0` (Int.ofNat_nonneg) and any further facts. */
  private castAtom(t: Term, more?: (a: Polynomial) => void): Polynomial {
    return this.atom(mkCast(t, INT), (a) => {
      this.nonnegFact(a);
      more?.(a);
    });
  }

  /** `↑(a - b)`: an atom with `b ≤ a ∧ ↑(a - b) = ↑a - ↑b ∨ a < b ∧ ↑(a - b) = 0`, unless one side is infeasible. */
  private natSub(t: Term, a: Term, b: Term): Polynomial {
    const diff = this.nat(a).sub(this.nat(b));
    const c = diff.constantValue();
    if (c !== undefined) return c.isNegative() ? Polynomial.ZERO : diff;
    if (this.provablyNonneg(diff)) return diff;
    if (this.provablyNonneg(diff.neg())) return Polynomial.ZERO;
    return this.castAtom(t, (x) => {
      this.record(
        or([and([lit(diff, '≥0'), lit(x.sub(diff), '=0')]), and([lit(diff.neg().sub(ONE), '≥0'), lit(x, '=0')])]),
        `natSub:${x.key}`,
      );
    });
  }

  /** Nonnegative constant and nonnegative coefficients on atoms with a `≥ 0` fact. */
  private provablyNonneg(p: Polynomial): boolean {
    return p.terms.every((x) => !x.coeff.isNegative() && (x.monomial.degree === 0 || (x.monomial.degree === 1 && this.nonneg.has(x.monomial.factors[0]![0]))));
  }
}
