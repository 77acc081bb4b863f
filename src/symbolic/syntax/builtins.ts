/**
 * The builtin functions, predicates and constants of the fragment: their Lean signatures and
 * how a written name resolves to them under the header's `open` namespaces.
 */
import type { BuiltinName } from './ast.ts';
import {
  COMPLEX,
  INT,
  NAT,
  PROP,
  RAT,
  REAL,
  finsetTy,
  funTy,
  listTy,
  setTy,
  type NumTypeName,
  type Ty,
} from './types.ts';

/**
 * A parameter or result type in a signature. `α` is the signature's one type parameter
 * (instantiated by unification, then checked against `BuiltinSpec.alpha`).
 */
export type SigTy =
  | { readonly kind: 'fixed'; readonly ty: Ty }
  | { readonly kind: 'alpha' }
  | { readonly kind: 'finsetAlpha' }
  | { readonly kind: 'setAlpha' }
  | { readonly kind: 'listAlpha' }
  | { readonly kind: 'predAlpha' };

export interface BuiltinSpec {
  readonly name: BuiltinName;
  readonly params: readonly SigTy[];
  readonly result: SigTy;
  /** The types α may be: a list of numeric types, or `any` (no restriction). */
  readonly alpha?: readonly NumTypeName[] | 'any';
  /** Order in which explicit arguments are elaborated (a predicate after the set it filters). */
  readonly elabOrder?: readonly number[];
}

const fixed = (ty: Ty): SigTy => ({ kind: 'fixed', ty });
const A: SigTy = { kind: 'alpha' };
const FA: SigTy = { kind: 'finsetAlpha' };
const SA: SigTy = { kind: 'setAlpha' };
const LA: SigTy = { kind: 'listAlpha' };
const PA: SigTy = { kind: 'predAlpha' };
const N = fixed(NAT);
const Z = fixed(INT);
const Q = fixed(RAT);
const R = fixed(REAL);
const C = fixed(COMPLEX);
const P = fixed(PROP);

const SPECS: readonly BuiltinSpec[] = [
  { name: 'Real.sqrt', params: [R], result: R },
  { name: 'Real.log', params: [R], result: R },
  { name: 'Real.exp', params: [R], result: R },
  { name: 'Real.sin', params: [R], result: R },
  { name: 'Real.cos', params: [R], result: R },
  { name: 'Real.tan', params: [R], result: R },
  { name: 'Real.arctan', params: [R], result: R },
  { name: 'Real.logb', params: [R, R], result: R },
  { name: 'Real.pi', params: [], result: R },
  { name: 'abs', params: [A], result: A, alpha: ['Int', 'Rat', 'Real'] },
  { name: 'max', params: [A, A], result: A, alpha: ['Nat', 'Int', 'Rat', 'Real'] },
  { name: 'min', params: [A, A], result: A, alpha: ['Nat', 'Int', 'Rat', 'Real'] },
  { name: 'Int.floor', params: [A], result: Z, alpha: ['Int', 'Rat', 'Real'] },
  { name: 'Int.ceil', params: [A], result: Z, alpha: ['Int', 'Rat', 'Real'] },
  { name: 'Int.fract', params: [A], result: A, alpha: ['Int', 'Rat', 'Real'] },
  { name: 'Nat.floor', params: [A], result: N, alpha: ['Nat', 'Rat', 'Real'] },
  { name: 'Nat.ceil', params: [A], result: N, alpha: ['Nat', 'Rat', 'Real'] },
  { name: 'Int.natAbs', params: [Z], result: N },
  { name: 'Int.toNat', params: [Z], result: N },
  { name: 'Int.gcd', params: [Z, Z], result: N },
  { name: 'Int.lcm', params: [Z, Z], result: N },
  { name: 'Nat.gcd', params: [N, N], result: N },
  { name: 'Nat.lcm', params: [N, N], result: N },
  { name: 'Nat.factorial', params: [N], result: N },
  { name: 'Nat.choose', params: [N, N], result: N },
  { name: 'Nat.sqrt', params: [N], result: N },
  { name: 'Nat.succ', params: [N], result: N },
  { name: 'Nat.totient', params: [N], result: N },
  { name: 'Nat.digits', params: [N, N], result: fixed(listTy(NAT)) },
  { name: 'Nat.divisors', params: [N], result: fixed(finsetTy(NAT)) },
  { name: 'Nat.properDivisors', params: [N], result: fixed(finsetTy(NAT)) },
  { name: 'Nat.primeFactors', params: [N], result: fixed(finsetTy(NAT)) },
  { name: 'List.sum', params: [LA], result: A, alpha: ['Nat', 'Int', 'Rat', 'Real', 'Complex'] },
  { name: 'List.length', params: [LA], result: N, alpha: 'any' },
  { name: 'Rat.num', params: [Q], result: Z },
  { name: 'Rat.den', params: [Q], result: N },
  { name: 'Finset.range', params: [N], result: fixed(finsetTy(NAT)) },
  { name: 'Finset.Icc', params: [A, A], result: FA, alpha: ['Nat', 'Int'] },
  { name: 'Finset.Ico', params: [A, A], result: FA, alpha: ['Nat', 'Int'] },
  { name: 'Finset.Ioc', params: [A, A], result: FA, alpha: ['Nat', 'Int'] },
  { name: 'Finset.Ioo', params: [A, A], result: FA, alpha: ['Nat', 'Int'] },
  { name: 'Finset.filter', params: [PA, FA], result: FA, alpha: 'any', elabOrder: [1, 0] },
  { name: 'Finset.card', params: [FA], result: N, alpha: 'any' },
  { name: 'Set.ncard', params: [SA], result: N, alpha: 'any' },
  { name: 'Nat.Prime', params: [N], result: P },
  { name: 'Even', params: [A], result: P, alpha: ['Nat', 'Int'] },
  { name: 'Odd', params: [A], result: P, alpha: ['Nat', 'Int'] },
  { name: 'Irrational', params: [R], result: P },
  { name: 'IsLeast', params: [SA, A], result: P, alpha: ['Nat', 'Int', 'Rat', 'Real'] },
  { name: 'IsGreatest', params: [SA, A], result: P, alpha: ['Nat', 'Int', 'Rat', 'Real'] },
  { name: 'Complex.I', params: [], result: C },
  { name: 'Complex.re', params: [C], result: R },
  { name: 'Complex.im', params: [C], result: R },
];

const BY_NAME: ReadonlyMap<string, BuiltinSpec> = new Map(SPECS.map((s) => [s.name, s]));

/** The signature of a builtin. */
export function builtinSpec(name: BuiltinName): BuiltinSpec {
  const spec = BY_NAME.get(name);
  if (spec === undefined) throw new Error(`internal error: no builtin ${name}`);
  return spec;
}

export function isBuiltinName(name: string): name is BuiltinName {
  return BY_NAME.has(name);
}

/** Instantiates a signature type with α := `alpha`. */
export function instantiate(sig: SigTy, alpha: Ty): Ty {
  switch (sig.kind) {
    case 'fixed':
      return sig.ty;
    case 'alpha':
      return alpha;
    case 'finsetAlpha':
      return finsetTy(alpha);
    case 'setAlpha':
      return setTy(alpha);
    case 'listAlpha':
      return listTy(alpha);
    case 'predAlpha':
      return funTy(alpha, PROP);
  }
}

/** Whether `alpha` is an allowed instantiation of `spec`'s type parameter. */
export function alphaAllowed(spec: BuiltinSpec, alpha: Ty): boolean {
  if (spec.alpha === undefined || spec.alpha === 'any') return true;
  return alpha.kind === 'num' && spec.alpha.includes(alpha.name);
}

/** Functions handled by the elaborator itself rather than through a signature. */
export type SpecialFunction = 'Finset.sum' | 'Finset.prod' | 'Nat.ModEq' | 'Int.ModEq';
const SPECIALS: readonly SpecialFunction[] = ['Finset.sum', 'Finset.prod', 'Nat.ModEq', 'Int.ModEq'];

export type GlobalRef =
  | { readonly kind: 'builtin'; readonly name: BuiltinName }
  | { readonly kind: 'special'; readonly name: SpecialFunction }
  | { readonly kind: 'propConst'; readonly value: boolean };

function lookupExact(name: string): GlobalRef | undefined {
  if (BY_NAME.has(name)) return { kind: 'builtin', name: name as BuiltinName };
  if ((SPECIALS as readonly string[]).includes(name)) return { kind: 'special', name: name as SpecialFunction };
  if (name === 'True') return { kind: 'propConst', value: true };
  if (name === 'False') return { kind: 'propConst', value: false };
  return undefined;
}

/**
 * Every global a written name can mean, as Lean's name resolution sees it: the name itself and
 * `N.name` for each open namespace `N` (so with `open Real`, `sqrt` is `Real.sqrt`), plus the
 * scoped notation `π` under `open Real`. Several results mean the name is overloaded; the
 * elaborator keeps the one that elaborates, as Lean does.
 */
export function resolveGlobal(name: string, opens: readonly string[]): GlobalRef[] {
  const out: GlobalRef[] = [];
  const seen = new Set<string>();
  const add = (full: string): void => {
    if (seen.has(full)) return;
    const ref = lookupExact(full);
    if (ref !== undefined) {
      seen.add(full);
      out.push(ref);
    }
  };
  if (name === 'π') {
    if (opens.includes('Real')) add('Real.pi');
    return out;
  }
  add(name);
  for (const ns of opens) add(`${ns}.${name}`);
  return out;
}

/** The namespace whose functions `x.f` may name, by the type of `x` (Lean's generalized field notation). */
export function typeNamespace(t: Ty): string | undefined {
  switch (t.kind) {
    case 'num':
      return t.name;
    case 'finset':
      return 'Finset';
    case 'set':
      return 'Set';
    case 'list':
      return 'List';
    default:
      return undefined;
  }
}

/** Names of types the fragment knows, as written (`ℝ`, `Real`, …). */
export const NUMERIC_TYPE_NAMES: Readonly<Record<string, NumTypeName>> = {
  'ℕ': 'Nat',
  Nat: 'Nat',
  'ℤ': 'Int',
  Int: 'Int',
  'ℚ': 'Rat',
  Rat: 'Rat',
  'ℝ': 'Real',
  Real: 'Real',
  'ℂ': 'Complex',
  Complex: 'Complex',
};

/**
 * Well-known Lean/Mathlib names outside the fragment: errors name them as unsupported
 * constructs rather than as unknown identifiers.
 */
export const OUT_OF_FRAGMENT: ReadonlySet<string> = new Set([
  'Complex.abs',
  'Complex.exp',
  'Complex.log',
  'Complex.arg',
  'deriv',
  'Polynomial',
  'Polynomial.eval',
  'Polynomial.degree',
  'NNReal',
  'ENNReal',
  'EReal',
  'ZMod',
  'Fin',
  'Equiv',
  'Matrix',
  'Multiset',
  'Finset.univ',
  'Finset.image',
  'Finset.sup',
  'Fintype',
  'Fintype.card',
  'Nat.card',
  'Set.encard',
  'Set.image',
  'Set.preimage',
  'Set.toFinset',
  'Function.Injective',
  'Function.Surjective',
  'Function.Bijective',
  'Filter.Tendsto',
  'Filter.atTop',
  'List.Pairwise',
  'Nat.log',
  'Int.emod',
  'Int.fmod',
  'Real.rpow',
  'Real.cosh',
  'Real.sinh',
  'Real.arcsin',
  'Real.arccos',
  'Real.cot',
  'intervalIntegral',
  'MeasureTheory.integral',
  'Type',
  'Sort',
]);
