/**
 * The typed AST of the fragment. Every term carries its type; coercions are explicit `cast`
 * nodes; bound variables are referred to by name (see `substitute` for capture avoidance).
 * Terms are immutable: the constructors below freeze what they build and do no type checking
 * (that is `checkTerm`'s job), so they are cheap enough for rewriting engines.
 */
import { PROOF, PROP, type Ty } from './types.ts';

/** A name with its type: a ∀/∃ variable, a `fun` parameter, a `∑` index, a set-builder variable. */
export interface Binder {
  readonly name: string;
  readonly type: Ty;
}

/** Binary arithmetic; both operands have the node's type. `/` and `%` follow Lean at that type. */
export type ArithOp = '+' | '-' | '*' | '/' | '%';
/** Binary relations; both operands have one type. `>`/`≥` are kept as written (not flipped). */
export type RelOp = '=' | '≠' | '<' | '≤' | '>' | '≥' | '∣';
export type LogicOp = '∧' | '∨' | '→' | '↔';
export type Quantifier = '∀' | '∃' | '∃!';
export type BigOp = '∑' | '∏';

/**
 * The functions, predicates and constants of the fragment, by their full Lean name.
 * Signatures live in `builtins.ts`.
 */
export type BuiltinName =
  | 'Real.sqrt'
  | 'Real.log'
  | 'Real.exp'
  | 'Real.sin'
  | 'Real.cos'
  | 'Real.tan'
  | 'Real.arctan'
  | 'Real.logb'
  | 'Real.pi'
  | 'abs'
  | 'max'
  | 'min'
  | 'Int.floor'
  | 'Int.ceil'
  | 'Int.fract'
  | 'Nat.floor'
  | 'Nat.ceil'
  | 'Int.natAbs'
  | 'Int.toNat'
  | 'Int.gcd'
  | 'Int.lcm'
  | 'Nat.gcd'
  | 'Nat.lcm'
  | 'Nat.factorial'
  | 'Nat.choose'
  | 'Nat.sqrt'
  | 'Nat.succ'
  | 'Nat.totient'
  | 'Nat.digits'
  | 'Nat.divisors'
  | 'Nat.properDivisors'
  | 'Nat.primeFactors'
  | 'List.sum'
  | 'List.length'
  | 'Rat.num'
  | 'Rat.den'
  | 'Finset.range'
  | 'Finset.Icc'
  | 'Finset.Ico'
  | 'Finset.Ioc'
  | 'Finset.Ioo'
  | 'Finset.filter'
  | 'Finset.card'
  | 'Set.ncard'
  | 'Nat.Prime'
  | 'Even'
  | 'Odd'
  | 'Irrational'
  | 'IsLeast'
  | 'IsGreatest'
  | 'Complex.I'
  | 'Complex.re'
  | 'Complex.im';

export interface VarTerm {
  readonly kind: 'var';
  readonly name: string;
  readonly type: Ty;
}
/**
 * A non-negative numeral `num / den` at a numeric type: `den = 1` for `5`, and a decimal such
 * as `2.5` is `5 / 2` (normalised; `den` then divides a power of 10 and the type is a field).
 * Negative numbers are `neg` of a literal, as in Lean.
 */
export interface LitTerm {
  readonly kind: 'lit';
  readonly num: bigint;
  readonly den: bigint;
  readonly type: Ty;
}
export interface NegTerm {
  readonly kind: 'neg';
  readonly arg: Term;
  readonly type: Ty;
}
export interface ArithTerm {
  readonly kind: 'arith';
  readonly op: ArithOp;
  readonly left: Term;
  readonly right: Term;
  readonly type: Ty;
}
/** `base ^ exponent`: the exponent has its own type (ℕ: Monoid.npow, ℤ: zpow, ℝ/ℂ: rpow/cpow). */
export interface PowTerm {
  readonly kind: 'pow';
  readonly base: Term;
  readonly exponent: Term;
  readonly type: Ty;
}
/** `x⁻¹` in a field (`0⁻¹ = 0`). */
export interface InvTerm {
  readonly kind: 'inv';
  readonly arg: Term;
  readonly type: Ty;
}
/** The coercion `(↑arg : type)` from `arg.type` strictly up the numeric tower. */
export interface CastTerm {
  readonly kind: 'cast';
  readonly arg: Term;
  readonly type: Ty;
}
/** Application of a function-typed term (usually a variable) to one argument; curried. */
export interface AppTerm {
  readonly kind: 'app';
  readonly fn: Term;
  readonly arg: Term;
  readonly type: Ty;
}
export interface LambdaTerm {
  readonly kind: 'lambda';
  readonly param: Binder;
  readonly body: Term;
  readonly type: Ty;
}
/** A fully applied builtin (`Real.sqrt x`, `Nat.Prime p`, `Finset.range n`, `Real.pi`). */
export interface CallTerm {
  readonly kind: 'call';
  readonly fn: BuiltinName;
  readonly args: readonly Term[];
  readonly type: Ty;
}
/** `∑ index ∈ domain, body` (`Finset.sum domain fun index => body`); `index` is bound in `body` only. */
export interface BigOpTerm {
  readonly kind: 'bigop';
  readonly op: BigOp;
  readonly index: Binder;
  readonly domain: Term;
  readonly body: Term;
  readonly type: Ty;
}
/** `{param : T | body}` of type `Set T`. */
export interface SetOfTerm {
  readonly kind: 'setOf';
  readonly param: Binder;
  readonly body: Term;
  readonly type: Ty;
}
export interface RelTerm {
  readonly kind: 'rel';
  readonly op: RelOp;
  readonly left: Term;
  readonly right: Term;
  readonly type: Ty;
}
/** `left ≡ right [MOD modulus]` at ℕ (`Nat.ModEq`) or `[ZMOD modulus]` at ℤ (`Int.ModEq`). */
export interface ModEqTerm {
  readonly kind: 'modeq';
  readonly modulus: Term;
  readonly left: Term;
  readonly right: Term;
  readonly type: Ty;
}
/** `elem ∈ set` for a `Finset` or a `Set`; `a ∉ s` is `not (mem)`, as in Lean. */
export interface MemTerm {
  readonly kind: 'mem';
  readonly elem: Term;
  readonly set: Term;
  readonly type: Ty;
}
export interface LogicTerm {
  readonly kind: 'logic';
  readonly op: LogicOp;
  readonly left: Term;
  readonly right: Term;
  readonly type: Ty;
}
export interface NotTerm {
  readonly kind: 'not';
  readonly arg: Term;
  readonly type: Ty;
}
export interface PropConstTerm {
  readonly kind: 'propConst';
  readonly value: boolean;
  readonly type: Ty;
}
/** `∀ binder, body` / `∃ binder, body` / `∃! binder, body`; bounded forms are already desugared. */
export interface QuantTerm {
  readonly kind: 'quant';
  readonly q: Quantifier;
  readonly binder: Binder;
  readonly body: Term;
  readonly type: Ty;
}
/**
 * An application of a constant the fragment does not know (a lemma such as `sq_nonneg (a - b)`),
 * produced only by `parseTerm` with `allowUnknownConstants`; its type is the opaque `proof`.
 */
export interface LemmaTerm {
  readonly kind: 'lemma';
  readonly name: string;
  readonly args: readonly Term[];
  readonly type: Ty;
}

export type Term =
  | VarTerm
  | LitTerm
  | NegTerm
  | ArithTerm
  | PowTerm
  | InvTerm
  | CastTerm
  | AppTerm
  | LambdaTerm
  | CallTerm
  | BigOpTerm
  | SetOfTerm
  | RelTerm
  | ModEqTerm
  | MemTerm
  | LogicTerm
  | NotTerm
  | PropConstTerm
  | QuantTerm
  | LemmaTerm;

export type TermKind = Term['kind'];

// ---- constructors (no checking: see checkTerm) ----

export function mkVar(name: string, type: Ty): VarTerm {
  return Object.freeze({ kind: 'var', name, type });
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The literal `num / den` (normalised); `den` defaults to 1. */
export function mkLit(num: bigint, type: Ty, den: bigint = 1n): LitTerm {
  const g = gcd(num < 0n ? -num : num, den);
  const n = g > 1n ? num / g : num;
  const d = g > 1n ? den / g : den;
  return Object.freeze({ kind: 'lit', num: n, den: d, type });
}

export function mkNeg(arg: Term): NegTerm {
  return Object.freeze({ kind: 'neg', arg, type: arg.type });
}

export function mkArith(op: ArithOp, left: Term, right: Term): ArithTerm {
  return Object.freeze({ kind: 'arith', op, left, right, type: left.type });
}

export function mkPow(base: Term, exponent: Term): PowTerm {
  return Object.freeze({ kind: 'pow', base, exponent, type: base.type });
}

export function mkInv(arg: Term): InvTerm {
  return Object.freeze({ kind: 'inv', arg, type: arg.type });
}

export function mkCast(arg: Term, type: Ty): CastTerm {
  return Object.freeze({ kind: 'cast', arg, type });
}

/** `fn arg`; the result type is `fn`'s codomain (`fn` must have a function type). */
export function mkApp(fn: Term, arg: Term): AppTerm {
  const type = fn.type.kind === 'fun' ? fn.type.cod : fn.type;
  return Object.freeze({ kind: 'app', fn, arg, type });
}

export function mkLambda(param: Binder, body: Term): LambdaTerm {
  const type: Ty = Object.freeze({ kind: 'fun', dom: param.type, cod: body.type });
  return Object.freeze({ kind: 'lambda', param: Object.freeze({ ...param }), body, type });
}

export function mkCall(fn: BuiltinName, args: readonly Term[], type: Ty): CallTerm {
  return Object.freeze({ kind: 'call', fn, args: Object.freeze([...args]), type });
}

export function mkBigOp(op: BigOp, index: Binder, domain: Term, body: Term): BigOpTerm {
  return Object.freeze({ kind: 'bigop', op, index: Object.freeze({ ...index }), domain, body, type: body.type });
}

export function mkSetOf(param: Binder, body: Term): SetOfTerm {
  const type: Ty = Object.freeze({ kind: 'set', elem: param.type });
  return Object.freeze({ kind: 'setOf', param: Object.freeze({ ...param }), body, type });
}

export function mkRel(op: RelOp, left: Term, right: Term): RelTerm {
  return Object.freeze({ kind: 'rel', op, left, right, type: PROP });
}

export function mkModEq(modulus: Term, left: Term, right: Term): ModEqTerm {
  return Object.freeze({ kind: 'modeq', modulus, left, right, type: PROP });
}

export function mkMem(elem: Term, set: Term): MemTerm {
  return Object.freeze({ kind: 'mem', elem, set, type: PROP });
}

export function mkLogic(op: LogicOp, left: Term, right: Term): LogicTerm {
  return Object.freeze({ kind: 'logic', op, left, right, type: PROP });
}

export function mkNot(arg: Term): NotTerm {
  return Object.freeze({ kind: 'not', arg, type: PROP });
}

export const TRUE: PropConstTerm = Object.freeze({ kind: 'propConst', value: true, type: PROP });
export const FALSE: PropConstTerm = Object.freeze({ kind: 'propConst', value: false, type: PROP });

export function mkQuant(q: Quantifier, binder: Binder, body: Term): QuantTerm {
  return Object.freeze({ kind: 'quant', q, binder: Object.freeze({ ...binder }), body, type: PROP });
}

export function mkLemma(name: string, args: readonly Term[]): LemmaTerm {
  return Object.freeze({ kind: 'lemma', name, args: Object.freeze([...args]), type: PROOF });
}

// ---- statements and goals ----

/** One entry of a statement's binder list or of a goal's context, in order. */
export type ContextEntry =
  | { readonly kind: 'variable'; readonly name: string; readonly type: Ty; readonly implicit?: boolean }
  | { readonly kind: 'hypothesis'; readonly name: string; readonly prop: Term };

export type DeclKind = 'theorem' | 'lemma' | 'example';

/**
 * An elaborated theorem statement. `binders` is the authoritative ordered list (a later binder
 * may mention earlier variables); `variables` and `hypotheses` are its two halves, in order.
 */
export interface Statement {
  readonly name: string;
  readonly declKind: DeclKind;
  readonly binders: readonly ContextEntry[];
  readonly variables: readonly { readonly name: string; readonly type: Ty }[];
  readonly hypotheses: readonly { readonly name: string; readonly prop: Term }[];
  readonly goal: Term;
  /** Namespaces opened by the problem's header, for parsing tactic arguments in the same context. */
  readonly opens: readonly string[];
}
