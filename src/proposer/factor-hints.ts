/**
 * Factorisation-guided hints for `nlinarith`: an untrusted searcher (issue #3). For an inequality
 * target `L ≤ R` (or `<`, `≥`, `>`) over ℕ/ℤ/ℚ/ℝ whose sides are polynomials in the goal's
 * variables, the difference `D = R − L` is handed to nerdamer's `factor`; from
 * `D = c · Π gᵢ^eᵢ` come hint lists such as `sq_nonneg (a - b)` (squares of the factored bases)
 * and one product hint `mul_nonneg (sq_nonneg (a - b)) ha` proving `0 ≤ Π gᵢ^eᵢ` outright
 * when every odd-power base has a sign given by a hypothesis.
 *
 * Nothing nerdamer says is believed: its output is parsed by proofseek's own parser
 * (`symbolic/syntax`) and linearised into the core's polynomial normal form, and it is dropped
 * unless that polynomial, and the product of the factors read off it, are constant multiples of
 * `D`. Even a kept hint is only a proposal: the tactic `nlinarith [...]` is checked by the
 * backend as any other. nerdamer is synchronous and can be slow, so only small inputs reach it
 * (FACTOR_LIMITS) and results are cached per goal.
 */
import { createRequire } from 'node:module';
import { DEFAULT_LIMITS, Polynomial, Rational, gcd, lcm, type Atom } from '../symbolic/core/index.ts';
import { AtomTable } from '../symbolic/arith/atoms.ts';
import { linearize } from '../symbolic/arith/linearize.ts';
import { atomTerm, polyToTerm } from '../symbolic/arith/to-term.ts';
import { parseTerm, printTerm, substituteAll, type Term } from '../symbolic/syntax/index.ts';
import { INT, NAT, PROP, RAT, REAL, isOrdered, type NumTy, type Ty } from '../symbolic/syntax/types.ts';
import type { GoalAnalysis, VarClass } from './goal.ts';

export interface FactorLimits {
  /** Most terms of the expanded difference sent to nerdamer (its time grows fast past ~25). */
  readonly maxTerms: number;
  readonly maxVariables: number;
  readonly maxDegree: number;
  /** Most characters of the target text considered at all. */
  readonly maxTextLength: number;
}

export const FACTOR_LIMITS: FactorLimits = Object.freeze({ maxTerms: 20, maxVariables: 4, maxDegree: 6, maxTextLength: 300 });

/** Hint lists per goal; bounded so a long search cannot grow it without limit. */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 512;
/** Most hint lists offered per goal. */
const MAX_LISTS = 3;
/** Most squares in one hint list. */
const MAX_SQUARES = 4;

/**
 * Hint lists (each the text between `nlinarith [` and `]`) for the goal's target, best first;
 * empty when the target is not a small polynomial inequality or nerdamer finds no factorisation.
 */
export function factorHints(goal: GoalAnalysis, limits: FactorLimits = FACTOR_LIMITS): readonly string[] {
  if (goal.shape !== 'ineq' || goal.target.length > limits.maxTextLength) return [];
  const key = JSON.stringify([goal.target, goal.variables.map((v) => [v.name, v.class]), goal.hypotheses.map((h) => [h.name, h.type]), limits]);
  const cached = cache.get(key);
  if (cached) return cached;
  const lists = computeHints(goal, limits);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, lists);
  return lists;
}

/** A factor of the difference: a non-constant primitive polynomial (positive leading coefficient) and its power. */
export interface Factor {
  readonly base: Polynomial;
  /** The base as a term, at the goal's type. */
  readonly term: Term;
  readonly exponent: number;
}

interface Setting {
  readonly table: AtomTable;
  /** The atoms of the difference, in the order of nerdamer's variable names `v0`, `v1`, …. */
  readonly atoms: readonly Atom[];
  /** The type hint terms are written at (the target's comparison type). */
  readonly type: NumTy;
}

function computeHints(goal: GoalAnalysis, limits: FactorLimits): readonly string[] {
  const prepared = prepare(goal, limits);
  if (!prepared) return [];
  const { setting, diff, variables } = prepared;
  const factors = readFactorisation(runFactor(toNerdamer(diff, setting.atoms)), setting, diff);
  if (!factors) return [];
  // D itself (up to a constant) is no news: no hint from it.
  if (factors.length === 1 && factors[0]!.exponent === 1) return [];
  return hintLists(factors, diff, goal, variables, setting);
}

interface Prepared {
  readonly setting: Setting;
  /** The target's difference `big − small`, scaled by a positive constant to integer coefficients. */
  readonly diff: Polynomial;
  readonly variables: readonly { name: string; type: Ty }[];
}

/** The target's difference and its setting, or undefined when it is not a small polynomial inequality. */
function prepare(goal: GoalAnalysis, limits: FactorLimits): Prepared | undefined {
  const variables = goal.variables.flatMap((v) => {
    const type = TYPE_OF_CLASS[v.class];
    return type ? [{ name: v.name, type }] : [];
  });
  const target = parseTerm(goal.target, { variables, expectedType: PROP });
  if (target.kind !== 'ok') return undefined;
  const table = new AtomTable();
  const sides = difference(target.term, table);
  if (!sides || sides.type.name === 'Complex') return undefined;
  // Scaled by a positive constant only: the sign of D matters for the product hint.
  const diff = primitive(sides.diff, false).poly;
  const atoms = diff.atoms();
  if (atoms.length === 0 || atoms.length > limits.maxVariables || diff.terms.length > limits.maxTerms) return undefined;
  if (diff.terms.some((t) => t.monomial.degree > limits.maxDegree)) return undefined;
  // Only variables: nerdamer knows nothing of √, |·|, ℕ subtraction and the like.
  if (atoms.some((a) => table.info(a).term.kind !== 'var')) return undefined;
  return { setting: { table, atoms, type: sides.type }, diff, variables };
}

/**
 * The factors that `text` (a factoriser's answer, variables written `v0`, `v1`, … in order of
 * `goalDifferenceText`) gives for the goal's target difference, as Lean terms with their
 * powers; undefined when the text does not parse or is not exactly that difference. This is
 * the check that keeps nerdamer untrusted; exported so tests can feed it wrong answers.
 */
export function checkFactorisation(goal: GoalAnalysis, text: string, limits: FactorLimits = FACTOR_LIMITS): { term: string; exponent: number }[] | undefined {
  const prepared = prepare(goal, limits);
  if (!prepared) return undefined;
  return readFactorisation(text, prepared.setting, prepared.diff)?.map((f) => ({ term: printTerm(f.term), exponent: f.exponent }));
}

/** The nerdamer text sent for the goal's target (undefined when none would be sent). */
export function goalDifferenceText(goal: GoalAnalysis, limits: FactorLimits = FACTOR_LIMITS): string | undefined {
  const prepared = prepare(goal, limits);
  return prepared && toNerdamer(prepared.diff, prepared.setting.atoms);
}

const TYPE_OF_CLASS: Partial<Record<VarClass, NumTy>> = { nat: NAT, int: INT, rat: RAT, real: REAL };

/** For `l ≤ r`, `l < r`, `r ≥ l`, `r > l`: `r − l` as a polynomial, the comparison's type, and whether strict. */
function difference(prop: Term, table: AtomTable): { diff: Polynomial; type: NumTy; strict: boolean; small: Polynomial } | undefined {
  if (prop.kind !== 'rel') return undefined;
  let small: Term;
  let big: Term;
  if (prop.op === '≤' || prop.op === '<') [small, big] = [prop.left, prop.right];
  else if (prop.op === '≥' || prop.op === '>') [small, big] = [prop.right, prop.left];
  else return undefined;
  const type = small.type;
  if (type.kind !== 'num' || !isOrdered(type)) return undefined;
  const s = linearize(small, table, DEFAULT_LIMITS);
  const b = linearize(big, table, DEFAULT_LIMITS);
  if (s.kind !== 'ok' || b.kind !== 'ok') return undefined;
  return { diff: b.poly.sub(s.poly), type, strict: prop.op === '<' || prop.op === '>', small: s.poly };
}

/**
 * `p = k · q` with `q` having coprime integer coefficients and, when `positiveLead`, a positive
 * leading one (else `k > 0`, keeping p's sign); `k` rational (0 for p = 0).
 */
function primitive(p: Polynomial, positiveLead = true): { poly: Polynomial; scale: Rational } {
  if (p.isZero()) return { poly: p, scale: Rational.ZERO };
  let den = 1n;
  let num = 0n;
  for (const t of p.terms) den = lcm(den, t.coeff.den);
  for (const t of p.terms) num = gcd(num, t.coeff.num * (den / t.coeff.den));
  const sign = positiveLead && p.terms[0]!.coeff.isNegative() ? -1n : 1n;
  const k = Rational.of(sign * num, den);
  return { poly: p.scale(Rational.of(1n).div(k)), scale: k };
}

/** nerdamer text for `p` (integer coefficients), atom `atoms[i]` written `v{i}`. */
function toNerdamer(p: Polynomial, atoms: readonly Atom[]): string {
  const name = new Map(atoms.map((a, i) => [a, `v${i}`]));
  return p.terms
    .map((t) => {
      const mono = t.monomial.factors.map(([a, e]) => (e === 1 ? name.get(a)! : `${name.get(a)!}^${e}`));
      return `(${[String(t.coeff), ...mono].join('*')})`;
    })
    .join('+');
}

type Nerdamer = typeof import('nerdamer');
let loaded: Nerdamer | undefined;

/** nerdamer, loaded on first use: its import takes a few hundred ms that goals without a polynomial inequality need not pay. */
function nerdamer(): Nerdamer {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = require('nerdamer') as Nerdamer;
    require('nerdamer/Algebra.js'); // registers nerdamer.factor on the same instance
  }
  return loaded;
}

function runFactor(text: string): string {
  try {
    return nerdamer().factor(text).toString();
  } catch {
    return ''; // nerdamer's failure is no hint, never an error of ours
  }
}

/**
 * Reads nerdamer's answer `text` (variables `v0`, `v1`, … for `setting.atoms`) as the factors of
 * `expected`, or undefined when it does not parse or its polynomial is not a constant multiple of
 * `expected` (so `expected = c · Π baseᵢ^exponentᵢ` holds exactly, `c` a rational constant).
 */
function readFactorisation(text: string, setting: Setting, expected: Polynomial): Factor[] | undefined {
  const { table, atoms, type } = setting;
  // ℕ/ℤ text is read in ℚ, so that nerdamer's `1/4` is a fraction rather than a floor division.
  const readType: NumTy = type.name === 'Nat' || type.name === 'Int' ? RAT : type;
  const parsed = parseTerm(text, { variables: atoms.map((_, i) => ({ name: `v${i}`, type: readType })), expectedType: readType });
  if (parsed.kind !== 'ok') return undefined;
  const values = new Map<string, Term>();
  for (const [i, a] of atoms.entries()) {
    const t = atomTerm(table, a, readType);
    if (!t) return undefined;
    values.set(`v${i}`, t);
  }
  const term = substituteAll(parsed.term, values);
  const poly = linearize(term, table, DEFAULT_LIMITS);
  // Up to a nonzero constant only: nerdamer 1.1.13 gets the sign wrong at times
  // (a² − 2ab + b² + 2a − 2b + 1 comes back as −(−b + 1 + a)²) while its factors are right.
  // The constant is recomputed below from our own product of the factors.
  if (poly.kind !== 'ok' || !multipleOf(poly.poly, expected)) return undefined;
  const byKey = new Map<string, { base: Polynomial; exponent: number }>();
  let product = Polynomial.ONE;
  for (const [t, e] of powerFactors(term, 1)) {
    const lin = linearize(t, table, DEFAULT_LIMITS);
    if (lin.kind !== 'ok') return undefined;
    if (lin.poly.isConstant()) continue;
    const base = primitive(lin.poly).poly;
    const seen = byKey.get(base.key);
    byKey.set(base.key, { base, exponent: (seen?.exponent ?? 0) + e });
  }
  const out: Factor[] = [];
  for (const { base, exponent } of byKey.values()) {
    const written = polyToTerm(base, type, table);
    if (!written) return undefined; // e.g. a base with a negative coefficient at ℕ
    const power = base.pow(exponent);
    if (power.kind !== 'ok') return undefined;
    product = product.mul(power.value);
    out.push({ base, term: written, exponent });
  }
  // The product of the factors must be `expected` up to a constant, or the walk misread the term.
  if (!multipleOf(product, expected)) return undefined;
  return out;
}

/** Whether `p = k · q` for a nonzero rational `k` (q ≠ 0). */
function multipleOf(p: Polynomial, q: Polynomial): boolean {
  if (p.isZero() || q.isZero()) return false;
  return p.scale(q.terms[0]!.coeff.div(p.terms[0]!.coeff)).equals(q);
}

/** The factors of a product term as (term, exponent) pairs; constants and signs are left to the caller's check. */
function powerFactors(t: Term, exponent: number): [Term, number][] {
  if (t.kind === 'arith' && t.op === '*') return [...powerFactors(t.left, exponent), ...powerFactors(t.right, exponent)];
  if (t.kind === 'neg') return powerFactors(t.arg, exponent);
  if (t.kind === 'pow' && t.exponent.kind === 'lit' && t.exponent.den === 1n && t.exponent.num > 0n && t.exponent.num <= 64n) {
    return powerFactors(t.base, exponent * Number(t.exponent.num));
  }
  return [[t, exponent]];
}

function hintLists(factors: readonly Factor[], d: Polynomial, goal: GoalAnalysis, variables: readonly { name: string; type: Ty }[], setting: Setting): readonly string[] {
  const squares = [...factors]
    .sort((a, b) => (b.exponent % 2 === 0 ? 1 : 0) - (a.exponent % 2 === 0 ? 1 : 0))
    .slice(0, MAX_SQUARES)
    .map((f) => `sq_nonneg ${wrap(printTerm(f.term))}`);
  const lists: string[] = [];
  const product = productHint(factors, d, goal, variables, setting);
  if (product) lists.push(product);
  const evenSquares = factors.filter((f) => f.exponent % 2 === 0).map((f) => `sq_nonneg ${wrap(printTerm(f.term))}`);
  if (evenSquares.length > 0) lists.push(evenSquares.join(', '));
  lists.push(squares.join(', '));
  return [...new Set(lists)].slice(0, MAX_LISTS);
}

/** Lean argument text: parenthesised unless one token. */
const wrap = (p: string): string => (/\s/u.test(p) ? `(${p})` : p);

/**
 * `mul_nonneg (…) (…)` proving `0 ≤ Π gᵢ^eᵢ`, when `d = c · Π gᵢ^eᵢ` with `c > 0` and every
 * odd-power base is `≥ 0` or `> 0` by a hypothesis `l ≤ r` / `l < r` with `r − l = k · gᵢ`, `k > 0`.
 */
function productHint(factors: readonly Factor[], d: Polynomial, goal: GoalAnalysis, variables: readonly { name: string; type: Ty }[], setting: Setting): string | undefined {
  if (factors.length < 2) return undefined;
  let product = Polynomial.ONE;
  for (const f of factors) {
    const p = f.base.pow(f.exponent);
    if (p.kind !== 'ok') return undefined;
    product = product.mul(p.value);
  }
  if (d.terms[0]!.coeff.div(product.terms[0]!.coeff).isNegative()) return undefined;
  const signs = new Map<string, string>();
  for (const h of goal.hypotheses) {
    if (h.shape !== 'ineq' || !/^[\p{L}_][\p{L}\p{N}_'!?₀-₉]*$/u.test(h.name)) continue;
    const parsed = parseTerm(h.type, { variables, expectedType: PROP });
    if (parsed.kind !== 'ok') continue;
    const diff = difference(parsed.term, setting.table);
    if (!diff || diff.diff.isZero()) continue;
    const { poly, scale } = primitive(diff.diff);
    if (scale.isNegative() || signs.has(poly.key)) continue;
    const proof = diff.small.isZero()
      ? diff.strict ? `le_of_lt ${h.name}` : h.name
      : diff.type.name === 'Nat' ? undefined // ℕ has no `sub_nonneg`
        : diff.strict ? `le_of_lt (sub_pos.mpr ${h.name})` : `sub_nonneg.mpr ${h.name}`;
    if (proof) signs.set(poly.key, proof);
  }
  // A sum of signed atoms with coefficient 1 (`a + b` from `0 < a`, `0 < b`) is signed too.
  const atomSign = (p: Polynomial): string | undefined => signs.get(p.key);
  for (const f of factors) {
    if (signs.has(f.base.key) || f.base.terms.length < 2) continue;
    const proofs = f.base.terms.map((t) =>
      t.coeff.equals(Rational.ONE) && t.monomial.degree === 1 ? atomSign(Polynomial.atom(t.monomial.factors[0]![0])) : undefined,
    );
    if (proofs.every((q): q is string => q !== undefined)) signs.set(f.base.key, proofs.reduce((acc, q) => `add_nonneg ${wrap(acc)} ${wrap(q)}`));
  }
  const parts: string[] = [];
  for (const f of factors) {
    const g = printTerm(f.term);
    if (f.exponent % 2 === 0) parts.push(f.exponent === 2 ? `sq_nonneg ${wrap(g)}` : `pow_nonneg (sq_nonneg ${wrap(g)}) ${f.exponent / 2}`);
    else {
      const proof = signs.get(f.base.key);
      if (!proof) return undefined;
      parts.push(f.exponent === 1 ? proof : `pow_nonneg (${proof}) ${f.exponent}`);
    }
  }
  return parts.reduce((acc, p) => `mul_nonneg ${wrap(acc)} ${wrap(p)}`);
}
