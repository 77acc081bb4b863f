/**
 * Types of the fragment: the numeric tower ℕ ⊂ ℤ ⊂ ℚ ⊂ ℝ ⊂ ℂ, `Prop`, functions, `Finset T`,
 * `Set T`, `List T`, and `proof` (the type of a proof term whose statement we do not track,
 * used only by `parseTerm` with lemma applications allowed).
 */

export type NumTypeName = 'Nat' | 'Int' | 'Rat' | 'Real' | 'Complex';

export type Ty =
  | { readonly kind: 'num'; readonly name: NumTypeName }
  | { readonly kind: 'prop' }
  | { readonly kind: 'proof' }
  | { readonly kind: 'fun'; readonly dom: Ty; readonly cod: Ty }
  | { readonly kind: 'finset'; readonly elem: Ty }
  | { readonly kind: 'set'; readonly elem: Ty }
  | { readonly kind: 'list'; readonly elem: Ty };

export type NumTy = Extract<Ty, { kind: 'num' }>;

export const NAT: NumTy = Object.freeze({ kind: 'num', name: 'Nat' });
export const INT: NumTy = Object.freeze({ kind: 'num', name: 'Int' });
export const RAT: NumTy = Object.freeze({ kind: 'num', name: 'Rat' });
export const REAL: NumTy = Object.freeze({ kind: 'num', name: 'Real' });
export const COMPLEX: NumTy = Object.freeze({ kind: 'num', name: 'Complex' });
export const PROP: Ty = Object.freeze({ kind: 'prop' });
export const PROOF: Ty = Object.freeze({ kind: 'proof' });

const NUM_BY_NAME: Readonly<Record<NumTypeName, NumTy>> = {
  Nat: NAT,
  Int: INT,
  Rat: RAT,
  Real: REAL,
  Complex: COMPLEX,
};

/** The numeric type called `name`. */
export function numTy(name: NumTypeName): NumTy {
  return NUM_BY_NAME[name];
}

export function funTy(dom: Ty, cod: Ty): Ty {
  return Object.freeze({ kind: 'fun', dom, cod });
}

/** `A₁ → A₂ → … → R`. */
export function curriedFunTy(doms: readonly Ty[], cod: Ty): Ty {
  return doms.reduceRight<Ty>((acc, dom) => funTy(dom, acc), cod);
}

export function finsetTy(elem: Ty): Ty {
  return Object.freeze({ kind: 'finset', elem });
}

export function setTy(elem: Ty): Ty {
  return Object.freeze({ kind: 'set', elem });
}

export function listTy(elem: Ty): Ty {
  return Object.freeze({ kind: 'list', elem });
}

/** Position in the tower ℕ=0 < ℤ=1 < ℚ=2 < ℝ=3 < ℂ=4; a coercion exists exactly from lower to higher. */
export function numRank(name: NumTypeName): number {
  switch (name) {
    case 'Nat':
      return 0;
    case 'Int':
      return 1;
    case 'Rat':
      return 2;
    case 'Real':
      return 3;
    case 'Complex':
      return 4;
  }
}

export function isNumeric(t: Ty): t is NumTy {
  return t.kind === 'num';
}

/** ℚ, ℝ, ℂ: where `/` is field division, `⁻¹` and decimals exist. */
export function isField(t: Ty): boolean {
  return t.kind === 'num' && numRank(t.name) >= 2;
}

/** Every numeric type but ℂ carries the linear order `<`, `≤` (ℂ's order is only scoped in Mathlib). */
export function isOrdered(t: Ty): boolean {
  return t.kind === 'num' && t.name !== 'Complex';
}

/** ℕ and ℤ: where `%`, `∣`, `≡ [MOD]`, `Even`, `Odd` live in the fragment. */
export function isIntegral(t: Ty): boolean {
  return t.kind === 'num' && (t.name === 'Nat' || t.name === 'Int');
}

/** Whether Lean inserts a coercion `↑` from `from` to `to` (both numeric, strictly up the tower). */
export function canCoerce(from: Ty, to: Ty): boolean {
  return from.kind === 'num' && to.kind === 'num' && numRank(from.name) < numRank(to.name);
}

export function tyEquals(a: Ty, b: Ty): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'num':
      return b.kind === 'num' && a.name === b.name;
    case 'prop':
    case 'proof':
      return b.kind === a.kind;
    case 'fun':
      return b.kind === 'fun' && tyEquals(a.dom, b.dom) && tyEquals(a.cod, b.cod);
    case 'finset':
    case 'set':
    case 'list':
      return b.kind === a.kind && tyEquals(a.elem, b.elem);
  }
}

const NUM_SYMBOL: Readonly<Record<NumTypeName, string>> = {
  Nat: 'ℕ',
  Int: 'ℤ',
  Rat: 'ℚ',
  Real: 'ℝ',
  Complex: 'ℂ',
};

/**
 * Lean syntax for a type (`ℕ → ℝ`, `Finset ℕ`). Also its canonical key: two types print the same
 * exactly when they are equal.
 */
export function printTy(t: Ty): string {
  switch (t.kind) {
    case 'num':
      return NUM_SYMBOL[t.name];
    case 'prop':
      return 'Prop';
    case 'proof':
      return '<proof>';
    case 'fun': {
      const dom = t.dom.kind === 'fun' ? `(${printTy(t.dom)})` : printTy(t.dom);
      return `${dom} → ${printTy(t.cod)}`;
    }
    case 'finset':
    case 'set':
    case 'list': {
      const head = t.kind === 'finset' ? 'Finset' : t.kind === 'set' ? 'Set' : 'List';
      const elem = t.elem.kind === 'num' || t.elem.kind === 'prop' ? printTy(t.elem) : `(${printTy(t.elem)})`;
      return `${head} ${elem}`;
    }
  }
}
