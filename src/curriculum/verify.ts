/**
 * The exact truth check of a generated statement. Nothing the generator claims is taken on
 * trust: the printed statement is parsed and elaborated by the symbolic front end, the witness
 * is checked against every hypothesis by exact evaluation (no vacuous problems), the goal is
 * checked at the witness, and the family's `TruthArgument` is re-derived from the parsed
 * statement with exact polynomial normal forms (`ringIdentity`, i.e. the trusted core's
 * `checkIdentity`) or exact evaluation with Lean's conventions.
 */
import type { Problem } from '../core/problem.ts';
import { DEFAULT_LIMITS, Rational } from '../symbolic/core/index.ts';
import { ringIdentity } from '../symbolic/arith/ring.ts';
import { evaluate, evaluateProp, numValue, type Value } from '../symbolic/eval/index.ts';
import { mkArith, mkLit, mkVar, substituteAll, parseStatement, parseTerm, termKey, type RelTerm, type Statement, type Term, type NumTy } from '../symbolic/syntax/index.ts';
import type { Candidate, TruthArgument } from './candidate.ts';

export const HEADER = 'import Mathlib\n\nopen Real Nat';

export type VerifyResult =
  | { readonly kind: 'true'; readonly statement: Statement; readonly key: string }
  | { readonly kind: 'rejected'; readonly reason: string };

/** The problem a candidate prints as (the name only matters for error messages). */
export function candidateProblem(candidate: Candidate, name: string, file = '<generated>', line = 1): Problem {
  const signature = `theorem ${name}${candidate.binders === '' ? '' : ` ${candidate.binders}`} : ${candidate.goal}`;
  return {
    name,
    kind: 'theorem',
    header: HEADER,
    text: `${signature} := by sorry`,
    signature,
    position: { file, line, column: 0 },
    tags: { topic: candidate.topic, difficulty: String(candidate.difficulty), family: candidate.family },
  };
}

/**
 * `true` only when the statement parses, its witness satisfies every hypothesis and the goal,
 * and its truth argument checks exactly. Guarantee: a `true` verdict means the statement holds
 * in Lean's semantics for every value of its variables (given the argument kinds' soundness,
 * see `TruthArgument`).
 */
export function verifyCandidate(candidate: Candidate): VerifyResult {
  const parsed = parseStatement(candidateProblem(candidate, 'gen_check'));
  if (parsed.kind !== 'ok') return reject(`does not elaborate: ${parsed.message}`);
  const statement = parsed.statement;
  const env = witnessEnv(statement, candidate.witness);
  if (typeof env === 'string') return reject(env);
  for (const h of statement.hypotheses) {
    if (evaluateProp(h.prop, env).kind !== 'true') return reject(`witness does not satisfy hypothesis ${h.name}`);
  }
  // An `∃` goal has no decidable value by itself; its own witness is checked by the argument.
  const atWitness = evaluateProp(statement.goal, env).kind;
  if (atWitness === 'false' || (atWitness !== 'true' && candidate.argument.kind !== 'witness')) return reject('goal is not true at the witness');
  const argument = checkArgument(statement, candidate.argument);
  if (argument !== undefined) return reject(argument);
  return { kind: 'true', statement, key: statementKey(statement) };
}

/** Exactly the argument check (no witness step), exported so tests can attack it directly. */
export function checkArgumentOf(candidate: Candidate): string | undefined {
  const parsed = parseStatement(candidateProblem(candidate, 'gen_check'));
  if (parsed.kind !== 'ok') return `does not elaborate: ${parsed.message}`;
  return checkArgument(parsed.statement, candidate.argument);
}

/**
 * A normalised statement: variables renamed by position (so `x`/`y` spellings coincide),
 * hypotheses and goal as α-invariant term keys, hypothesis names dropped.
 */
export function statementKey(statement: Statement): string {
  const renaming = new Map<string, Term>(statement.variables.map((v, i) => [v.name, mkVar(`v${i}`, v.type)]));
  const key = (t: Term): string => termKey(substituteAll(t, renaming));
  return JSON.stringify([statement.variables.map((v) => JSON.stringify(v.type)), statement.hypotheses.map((h) => key(h.prop)), key(statement.goal)]);
}

function reject(reason: string): VerifyResult {
  return { kind: 'rejected', reason };
}

function parseRational(text: string): Rational | undefined {
  const m = /^(-?\d+)(?:\/(\d+))?$/u.exec(text);
  if (!m) return undefined;
  const den = BigInt(m[2] ?? '1');
  return den === 0n ? undefined : Rational.of(BigInt(m[1]!), den);
}

function valueAt(text: string, type: NumTy): Value | string {
  const r = parseRational(text);
  if (!r) return `bad number '${text}'`;
  if ((type.name === 'Nat' || type.name === 'Int') && !r.isInteger()) return `non-integer ${text} at ${type.name}`;
  if (type.name === 'Nat' && r.isNegative()) return `negative ${text} at ℕ`;
  if (type.name === 'Complex') return 'complex witnesses are not generated';
  return numValue(r, type);
}

function witnessEnv(statement: Statement, witness: readonly string[]): Map<string, Value> | string {
  if (witness.length !== statement.variables.length) return `witness has ${witness.length} values for ${statement.variables.length} variables`;
  const env = new Map<string, Value>();
  for (const [i, v] of statement.variables.entries()) {
    if (v.type.kind !== 'num') return `variable ${v.name} is not numeric`;
    const value = valueAt(witness[i]!, v.type);
    if (typeof value === 'string') return value;
    env.set(v.name, value);
  }
  return env;
}

function checkArgument(statement: Statement, argument: TruthArgument): string | undefined {
  const closed = statement.variables.length === 0 && statement.hypotheses.length === 0;
  switch (argument.kind) {
    case 'evaluation':
      if (!closed) return 'evaluation needs a closed statement';
      return evaluateProp(statement.goal, new Map()).kind === 'true' ? undefined : 'goal does not evaluate to true';
    case 'witness':
      return closed ? checkWitness(statement.goal, argument.values) : 'witness needs a closed statement';
    case 'identity': {
      if (statement.hypotheses.length > 0) return 'identity with hypotheses';
      const goal = statement.goal;
      if (goal.kind !== 'rel' || goal.op !== '=') return 'identity goal is not an equation';
      return identical(goal.left, goal.right);
    }
    case 'squares':
      return checkSquares(statement, argument);
    case 'combination':
      return checkCombination(statement, argument);
    case 'elimination':
      return checkElimination(statement, argument);
    case 'factoring':
      return checkFactoring(statement, argument);
    case 'periodic':
      return checkPeriodic(statement);
  }
}

function identical(left: Term, right: Term): string | undefined {
  const verdict = ringIdentity(left, right, DEFAULT_LIMITS);
  return verdict.kind === 'identity' ? undefined : `not an identity (${verdict.kind})`;
}

function checkWitness(goal: Term, values: readonly string[]): string | undefined {
  const env = new Map<string, Value>();
  let body = goal;
  for (const text of values) {
    if (body.kind !== 'quant' || body.q !== '∃') return 'fewer ∃ than witness values';
    if (body.binder.type.kind !== 'num') return 'non-numeric ∃ variable';
    const value = valueAt(text, body.binder.type);
    if (typeof value === 'string') return value;
    env.set(body.binder.name, value);
    body = body.body;
  }
  return evaluateProp(body, env).kind === 'true' ? undefined : 'the body is not true at the witness';
}

/** `a ≤ b`/`a < b` (also written `b ≥ a`/`b > a`) as [small, large, strict], over ℤ/ℚ/ℝ only. */
function ordered(t: Term): { small: Term; large: Term; strict: boolean; type: NumTy } | undefined {
  if (t.kind !== 'rel') return undefined;
  const type = t.left.type;
  if (type.kind !== 'num' || type.name === 'Nat' || type.name === 'Complex') return undefined;
  const r = t as RelTerm;
  switch (r.op) {
    case '≤': return { small: r.left, large: r.right, strict: false, type };
    case '<': return { small: r.left, large: r.right, strict: true, type };
    case '≥': return { small: r.right, large: r.left, strict: false, type };
    case '>': return { small: r.right, large: r.left, strict: true, type };
    default: return undefined;
  }
}

/** A literal of `type`; ℤ literals must be integers. */
function literal(text: string, type: NumTy): Term | undefined {
  const r = parseRational(text);
  if (!r || (type.name === 'Int' && !r.isInteger())) return undefined;
  return mkLit(r.num, type, r.den);
}

function sum(terms: readonly Term[], type: NumTy): Term {
  return terms.reduce((acc, t) => mkArith('+', acc, t), mkLit(0n, type) as Term);
}

function checkSquares(statement: Statement, argument: Extract<TruthArgument, { kind: 'squares' }>): string | undefined {
  if (statement.hypotheses.length > 0) return 'squares with hypotheses';
  const goal = ordered(statement.goal);
  if (!goal) return 'goal is not an order relation over ℤ/ℚ/ℝ';
  const k = parseRational(argument.constant);
  const kLit = literal(argument.constant, goal.type);
  if (!k || !kLit || k.isNegative() || (goal.strict && !k.isPositive())) return 'bad constant';
  const parts: Term[] = [kLit];
  for (const s of argument.squares) {
    const c = parseRational(s.coeff);
    const cLit = literal(s.coeff, goal.type);
    if (!c || !cLit || c.isNegative()) return 'bad square coefficient';
    const base = parseTerm(s.base, { variables: statement.variables, opens: statement.opens, expectedType: goal.type });
    if (base.kind !== 'ok') return `bad square base: ${base.message}`;
    parts.push(mkArith('*', cLit, mkArith('*', base.term, base.term)));
  }
  return identical(mkArith('-', goal.large, goal.small), sum(parts, goal.type));
}

function checkCombination(statement: Statement, argument: Extract<TruthArgument, { kind: 'combination' }>): string | undefined {
  const goal = ordered(statement.goal);
  if (!goal) return 'goal is not an order relation over ℤ/ℚ/ℝ';
  if (argument.multipliers.length !== statement.hypotheses.length) return 'one multiplier per hypothesis';
  const k = parseRational(argument.constant);
  const kLit = literal(argument.constant, goal.type);
  if (!k || !kLit || k.isNegative()) return 'bad constant';
  let strictPart = k.isPositive();
  const parts: Term[] = [kLit];
  for (const [i, h] of statement.hypotheses.entries()) {
    const text = argument.multipliers[i]!;
    const lambda = parseRational(text);
    const lit = literal(text, goal.type);
    if (!lambda || !lit || lambda.isNegative()) return 'bad multiplier';
    if (lambda.isZero()) continue;
    const hyp = ordered(h.prop);
    if (!hyp || JSON.stringify(hyp.type) !== JSON.stringify(goal.type)) return `hypothesis ${h.name} is not an order relation of the goal's type`;
    if (hyp.strict) strictPart = true;
    parts.push(mkArith('*', lit, mkArith('-', hyp.large, hyp.small)));
  }
  for (const product of argument.products ?? []) {
    const mu = parseRational(product.coeff);
    const lit = literal(product.coeff, goal.type);
    const left = statement.hypotheses[product.left];
    const right = statement.hypotheses[product.right];
    if (!mu || !lit || mu.isNegative() || !left || !right) return 'bad product';
    const l = ordered(left.prop);
    const r = ordered(right.prop);
    if (!l || !r || JSON.stringify(l.type) !== JSON.stringify(goal.type) || JSON.stringify(r.type) !== JSON.stringify(goal.type)) return 'product of non-order hypotheses';
    parts.push(mkArith('*', lit, mkArith('*', mkArith('-', l.large, l.small), mkArith('-', r.large, r.small))));
  }
  if (goal.strict && !strictPart) return 'strict goal from non-strict facts';
  return identical(mkArith('-', goal.large, goal.small), sum(parts, goal.type));
}

function conjuncts(t: Term): Term[] {
  return t.kind === 'logic' && t.op === '∧' ? [...conjuncts(t.left), ...conjuncts(t.right)] : [t];
}

function disjuncts(t: Term): Term[] {
  return t.kind === 'logic' && t.op === '∨' ? [...disjuncts(t.left), ...disjuncts(t.right)] : [t];
}

function equationType(t: Term): NumTy | undefined {
  if (t.kind !== 'rel' || t.op !== '=') return undefined;
  const type = t.left.type;
  return type.kind === 'num' && type.name !== 'Nat' && type.name !== 'Complex' ? type : undefined;
}

function checkElimination(statement: Statement, argument: Extract<TruthArgument, { kind: 'elimination' }>): string | undefined {
  const goals = conjuncts(statement.goal);
  if (goals.length !== argument.rows.length) return 'one row per goal conjunct';
  for (const [j, g] of goals.entries()) {
    const type = equationType(g);
    if (!type || g.kind !== 'rel' || g.left.kind !== 'var') return 'goal conjunct is not `x = v` over ℤ/ℚ/ℝ';
    const row = argument.rows[j]!;
    const d = parseRational(row.scale);
    const dLit = literal(row.scale, type);
    if (!d || !dLit || !d.isInteger() || !d.isPositive()) return 'scale must be a positive integer';
    if (row.multipliers.length !== statement.hypotheses.length) return 'one multiplier per hypothesis';
    const parts: Term[] = [];
    for (const [i, h] of statement.hypotheses.entries()) {
      const mu = parseRational(row.multipliers[i]!);
      const lit = literal(row.multipliers[i]!, type);
      if (!mu || !lit || !mu.isInteger()) return 'multipliers must be integers';
      if (mu.isZero()) continue;
      if (equationType(h.prop) === undefined || JSON.stringify(equationType(h.prop)) !== JSON.stringify(type) || h.prop.kind !== 'rel') return `hypothesis ${h.name} is not an equation of the goal's type`;
      parts.push(mkArith('*', lit, mkArith('-', h.prop.left, h.prop.right)));
    }
    const failure = identical(mkArith('*', dLit, mkArith('-', g.left, g.right)), sum(parts, type));
    if (failure) return `conjunct ${j + 1}: ${failure}`;
  }
  return undefined;
}

function checkFactoring(statement: Statement, argument: Extract<TruthArgument, { kind: 'factoring' }>): string | undefined {
  if (statement.variables.length !== 1) return 'factoring needs exactly one variable';
  const x = statement.variables[0]!;
  if (x.type.kind !== 'num' || x.type.name === 'Nat' || x.type.name === 'Complex') return 'variable must be ℤ/ℚ/ℝ';
  const type = x.type;
  const h = statement.hypotheses[argument.hypothesis];
  if (!h || equationType(h.prop) === undefined || h.prop.kind !== 'rel') return 'factored hypothesis is not an equation';
  const c = parseRational(argument.coeff);
  const cLit = literal(argument.coeff, type);
  if (!c || !cLit || c.isZero()) return 'bad leading coefficient';
  const xVar = parseTerm(x.name, { variables: statement.variables, opens: statement.opens, expectedType: type });
  if (xVar.kind !== 'ok') return 'internal: variable does not parse';
  let product: Term = cLit;
  const roots: Rational[] = [];
  for (const f of argument.factors) {
    const alpha = parseRational(f.alpha);
    const beta = parseRational(f.beta);
    const aLit = literal(f.alpha, type);
    const bLit = literal(f.beta, type);
    if (!alpha || !beta || !aLit || !bLit || alpha.isZero()) return 'bad factor';
    const root = beta.div(alpha);
    if (type.name === 'Int' && !root.isInteger()) return 'ℤ roots must be integers';
    roots.push(root);
    product = mkArith('*', product, mkArith('-', mkArith('*', aLit, xVar.term), bLit));
  }
  const failure = identical(mkArith('-', h.prop.left, h.prop.right), product);
  if (failure) return failure;
  const claimed: Rational[] = [];
  for (const d of disjuncts(statement.goal)) {
    if (d.kind !== 'rel' || d.op !== '=' || d.left.kind !== 'var' || d.left.name !== x.name) return 'goal disjunct is not `x = v`';
    const v = evaluateRational(d.right);
    if (!v) return 'goal value is not a number';
    claimed.push(v);
  }
  for (const [i, root] of roots.entries()) {
    if (argument.excluded.includes(i)) {
      const env = new Map<string, Value>([[x.name, numValue(root, type)]]);
      const ruledOut = statement.hypotheses.some((other, k) => k !== argument.hypothesis && evaluateProp(other.prop, env).kind === 'false');
      if (!ruledOut) return `root ${root} is not ruled out by a hypothesis`;
    } else if (!claimed.some((v) => v.equals(root))) return `root ${root} is missing from the goal`;
  }
  return undefined;
}

/** The exact value of a closed numeric term under Lean's conventions (ℤ `/` is Euclidean, …). */
function evaluateRational(t: Term): Rational | undefined {
  const r = evaluate(t, new Map());
  return r.kind === 'ok' && r.value.kind === 'num' ? r.value.value : undefined;
}

/** Checks the `periodic` argument: see `TruthArgument`. */
function checkPeriodic(statement: Statement): string | undefined {
  if (statement.variables.length !== 1 || statement.hypotheses.length > 0) return 'periodic needs one variable and no hypotheses';
  const n = statement.variables[0]!;
  if (n.type.kind !== 'num' || (n.type.name !== 'Nat' && n.type.name !== 'Int')) return 'periodic needs an ℕ or ℤ variable';
  const type = n.type;
  const goal = statement.goal;
  if (goal.kind !== 'rel') return 'goal is not a relation';
  let modulus: bigint | undefined;
  const residue = (t: Term): boolean => {
    if (t.kind === 'lit') return t.den === 1n;
    if (t.kind !== 'arith' || t.op !== '%' || t.right.kind !== 'lit' || t.right.den !== 1n || t.right.num <= 0n) return false;
    if (modulus !== undefined && modulus !== t.right.num) return false;
    modulus = t.right.num;
    return integerPolynomial(t.left, n.name, type.name === 'Int');
  };
  if (goal.op === '∣') {
    if (goal.left.kind !== 'lit' || goal.left.den !== 1n || goal.left.num <= 0n || !integerPolynomial(goal.right, n.name, type.name === 'Int')) return 'divisibility goal is not `m ∣ f(n)`';
    modulus = goal.left.num;
  } else if (goal.op === '=' || goal.op === '≠') {
    if (!residue(goal.left) || !residue(goal.right) || modulus === undefined) return 'goal sides are not literals or `f(n) % m`';
  } else return 'goal relation is not = ≠ ∣';
  if (modulus > 10_000n) return 'modulus too large to enumerate';
  for (let k = 0n; k < modulus; k++) {
    const env = new Map<string, Value>([[n.name, numValue(Rational.of(k), type)]]);
    if (evaluateProp(goal, env).kind !== 'true') return `false at ${n.name} = ${k}`;
  }
  return undefined;
}

/** `n`, integer literals, `+`, `*`, `^` by a literal, and (over ℤ) `-` and negation: `f(n) mod m` depends on `n mod m` only. */
function integerPolynomial(t: Term, variable: string, ring: boolean): boolean {
  switch (t.kind) {
    case 'var':
      return t.name === variable;
    case 'lit':
      return t.den === 1n;
    case 'neg':
      return ring && integerPolynomial(t.arg, variable, ring);
    case 'arith':
      if (t.op === '+' || t.op === '*' || (ring && t.op === '-')) return integerPolynomial(t.left, variable, ring) && integerPolynomial(t.right, variable, ring);
      return false;
    case 'pow':
      return t.exponent.kind === 'lit' && integerPolynomial(t.base, variable, ring);
    default:
      return false;
  }
}
