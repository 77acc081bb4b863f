/**
 * The atom table shared by one tactic run: every subterm that the linearisation cannot express
 * as a polynomial (`x`, `f 3`, `Real.sqrt 2`, ℕ `a - b`, `a / 3` on ℤ, `y⁻¹`) becomes one atom,
 * numbered in order of first occurrence.
 *
 * Meaning of an atom: a number, namely the value of `term` (a real number when `type` is
 * ordered, a complex one at ℂ). The linearisation guarantees that a term's polynomial,
 * evaluated at the atoms' values, is the term's value, so atoms with equal keys must denote
 * equal values: keys are built from the atom's head and the polynomials of its arguments
 * (equal polynomials ⇒ equal values), and include the type wherever the head's meaning could
 * depend on it.
 */
import type { Atom, Polynomial } from '../core/index.ts';
import type { BuiltinName, Term } from '../syntax/ast.ts';
import type { NumTy } from '../syntax/types.ts';

/** What an atom stands for; tactics read it to add the facts an atom carries or to case-split on it. */
export type AtomDef =
  | { readonly kind: 'opaque' }
  /** ℕ subtraction `left - right` (truncated at 0). */
  | { readonly kind: 'natSub'; readonly left: Polynomial; readonly right: Polynomial }
  /** `num / den` on ℕ (floor) or ℤ (Euclidean), `den` a nonzero literal. */
  | { readonly kind: 'div'; readonly num: Polynomial; readonly den: bigint; readonly integer: 'Nat' | 'Int' }
  /** The field inverse `arg⁻¹` (`0⁻¹ = 0`), `arg` with leading coefficient 1. */
  | { readonly kind: 'inv'; readonly arg: Polynomial }
  /** `base ^ exponent` with an ℕ exponent that is not a literal. */
  | { readonly kind: 'pow'; readonly base: Polynomial; readonly exponent: Polynomial }
  /** A builtin applied to numeric arguments (`abs`, `Real.sqrt`, `Real.exp`, `max`, ...). */
  | { readonly kind: 'call'; readonly fn: BuiltinName; readonly args: readonly Polynomial[] };

export interface AtomInfo {
  readonly index: Atom;
  readonly key: string;
  /** A term whose value is the atom's value (used to print polynomials back as terms). */
  readonly term: Term;
  /** The type of `term`: ℕ/ℤ atoms are integers, ℕ atoms are ≥ 0. */
  readonly type: NumTy;
  readonly def: AtomDef;
}

export class AtomTable {
  readonly #atoms: AtomInfo[] = [];
  readonly #byKey = new Map<string, Atom>();

  /** The atom with `key`, created (with `term()` as its representative) on first use. */
  intern(key: string, type: NumTy, def: AtomDef, term: () => Term): Atom {
    const found = this.#byKey.get(key);
    if (found !== undefined) return found;
    const index = this.#atoms.length;
    this.#atoms.push(Object.freeze({ index, key, term: term(), type, def }));
    this.#byKey.set(key, index);
    return index;
  }

  lookup(key: string): Atom | undefined {
    return this.#byKey.get(key);
  }

  info(atom: Atom): AtomInfo {
    const a = this.#atoms[atom];
    if (a === undefined) throw new Error(`internal error: unknown atom ${atom}`);
    return a;
  }

  get size(): number {
    return this.#atoms.length;
  }

  /** All atoms, in creation order. */
  all(): readonly AtomInfo[] {
    return this.#atoms;
  }

  /** Whether the atom's value is an integer (its term has type ℕ or ℤ). */
  isIntegral(atom: Atom): boolean {
    const t = this.info(atom).type.name;
    return t === 'Nat' || t === 'Int';
  }

  /** Whether the atom's value is known to be ≥ 0 because its term has type ℕ. */
  isNat(atom: Atom): boolean {
    return this.info(atom).type.name === 'Nat';
  }

  /** Readable name of an atom (its term's key), for messages. */
  name(atom: Atom): string {
    return this.info(atom).key;
  }
}
