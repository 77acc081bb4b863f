/**
 * Printing helpers for generators: numbers and small integer polynomials as Lean source.
 * Untrusted by design: whatever is printed is parsed back and checked by `verify.ts`.
 */
import { Rational } from '../symbolic/core/index.ts';

export type LeanType = 'ℕ' | 'ℤ' | 'ℚ' | 'ℝ';

/** `7`, `-3`, `7 / 2`, `-7 / 2` (Lean reads `-7 / 2` as `(-7) / 2`). */
export function showRational(r: Rational): string {
  return r.isInteger() ? r.num.toString() : `${r.num} / ${r.den}`;
}

/** `"7"`, `"-7/2"`: the witness/argument notation of `candidate.ts`. */
export function dataRational(r: Rational): string {
  return r.isInteger() ? r.num.toString() : `${r.num}/${r.den}`;
}

/** A sparse polynomial with integer coefficients; monomials keyed by `x^2*y` style strings. */
export class IntPoly {
  private constructor(readonly terms: ReadonlyMap<string, bigint>) {}

  static constant(c: bigint | number): IntPoly {
    return new IntPoly(BigInt(c) === 0n ? new Map() : new Map([['', BigInt(c)]]));
  }

  static variable(name: string, coeff: bigint | number = 1n): IntPoly {
    return BigInt(coeff) === 0n ? IntPoly.constant(0) : new IntPoly(new Map([[name, BigInt(coeff)]]));
  }

  /** `Σ coeffs[i]·vars[i] + constant`. */
  static linear(vars: readonly string[], coeffs: readonly number[], constant: number): IntPoly {
    return vars.reduce((p, v, i) => p.add(IntPoly.variable(v, coeffs[i] ?? 0)), IntPoly.constant(constant));
  }

  add(o: IntPoly): IntPoly {
    const out = new Map(this.terms);
    for (const [m, c] of o.terms) {
      const s = (out.get(m) ?? 0n) + c;
      if (s === 0n) out.delete(m);
      else out.set(m, s);
    }
    return new IntPoly(out);
  }

  scale(k: bigint | number): IntPoly {
    return this.mul(IntPoly.constant(k));
  }

  sub(o: IntPoly): IntPoly {
    return this.add(o.scale(-1));
  }

  mul(o: IntPoly): IntPoly {
    let out = IntPoly.constant(0);
    for (const [m1, c1] of this.terms) {
      for (const [m2, c2] of o.terms) out = out.add(new IntPoly(new Map([[multiplyMonomials(m1, m2), c1 * c2]])));
    }
    return out;
  }

  pow(k: number): IntPoly {
    let out = IntPoly.constant(1);
    for (let i = 0; i < k; i++) out = out.mul(this);
    return out;
  }

  isZero(): boolean {
    return this.terms.size === 0;
  }

  /** Terms by decreasing degree, then name; `2 * x ^ 2 - x * y + 3`. */
  print(): string {
    const entries = [...this.terms.entries()].sort(([a], [b]) => degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return '0';
    return entries
      .map(([m, c], i) => {
        const negative = c < 0n;
        const abs = negative ? -c : c;
        const body = m === '' ? abs.toString() : abs === 1n ? printMonomial(m) : `${abs} * ${printMonomial(m)}`;
        if (i === 0) return negative ? `-${body}` : body;
        return negative ? ` - ${body}` : ` + ${body}`;
      })
      .join('');
  }

  /** Splits terms into two polynomials (`this = left - right`), each term going left when `toLeft` says so. */
  split(toLeft: (index: number) => boolean): { left: IntPoly; right: IntPoly } {
    let left = IntPoly.constant(0);
    let right = IntPoly.constant(0);
    [...this.terms.entries()].sort(([a], [b]) => degree(b) - degree(a) || (a < b ? -1 : 1)).forEach(([m, c], i) => {
      const t = new IntPoly(new Map([[m, c]]));
      if (toLeft(i)) left = left.add(t);
      else right = right.sub(t);
    });
    return { left, right };
  }
}

function parseMonomial(m: string): Map<string, number> {
  const out = new Map<string, number>();
  if (m === '') return out;
  for (const part of m.split('*')) {
    const [v, e] = part.split('^');
    out.set(v!, (out.get(v!) ?? 0) + Number(e ?? '1'));
  }
  return out;
}

function multiplyMonomials(a: string, b: string): string {
  const f = parseMonomial(a);
  for (const [v, e] of parseMonomial(b)) f.set(v, (f.get(v) ?? 0) + e);
  return [...f.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([v, e]) => (e === 1 ? v : `${v}^${e}`))
    .join('*');
}

function degree(m: string): number {
  let d = 0;
  for (const e of parseMonomial(m).values()) d += e;
  return d;
}

function printMonomial(m: string): string {
  return [...parseMonomial(m).entries()].map(([v, e]) => (e === 1 ? v : `${v} ^ ${e}`)).join(' * ');
}

/** `(x y : ℝ)`. */
export function varBinder(vars: readonly string[], type: LeanType): string {
  return `(${vars.join(' ')} : ${type})`;
}

/** `(h₀ : …) (h₁ : …)` with Lean's subscript digits. */
export function hypBinders(props: readonly string[]): string {
  const sub = (n: number): string => [...String(n)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]).join('');
  return props.map((p, i) => `(h${sub(i)} : ${p})`).join(' ');
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  return Rational.of(BigInt(n), BigInt(d));
}
