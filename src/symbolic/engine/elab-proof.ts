/**
 * Elaboration of proof expressions against a goal's context: what proposition `h₀.ne'`,
 * `mul_pos h₀ h₁`, `(abs_eq (by norm_num : (0:ℝ) ≤ 5)).mp h₀` or `⟨2 * k, by ring⟩` proves.
 *
 * Algorithm sketch (Lean's, on the fragment): a head (hypothesis, lemma from `lemmas.ts`, or a
 * propositional constant) gives a proposition whose leading `∀`s and `→`s are consumed by
 * the arguments in order — terms are elaborated at the binder type, proofs checked against the
 * premise by unification (`unify.ts`); implicit lemma arguments are metavariables. Lemmas over
 * numbers are tried at each allowed type, hinted ones first. `by` blocks and `_`/`?_` holes are
 * postponed as obligations and discharged once every metavariable is solved, as Lean postpones
 * tactic blocks to the end of elaboration. Soundness: every result is a proposition that
 * follows from the context, given that the lemma table is true and the obligations are proved.
 */
import { mkRel, mkNot, mkLogic, type Term } from '../syntax/ast.ts';
import { parseTerm } from '../syntax/elaborate.ts';
import { substitute, children } from '../syntax/substitute.ts';
import { printTerm } from '../syntax/printer.ts';
import { PROP, isOrdered, type NumTypeName, type Ty } from '../syntax/types.ts';
import type { TacticErrorReason } from '../../core/seams.ts';
import type { PExpr, TacticNode } from './tactic-ast.ts';
import type { Source, Span } from './text.ts';
import type { Goal } from './types.ts';
import { findHyp, findVar, variables } from './goal.ts';
import { PROP_LEMMA_NAMES, findLemma, instantiateLemma, propLemma, type LemmaSpec } from './lemmas.ts';
import { asImplication, isTrueProp, whnf } from './props.ts';
import { Metas, unfoldNotation, unify } from './unify.ts';

/** A postponed part of a proof: a `by` block or a hole, with the proposition it must prove. */
export type Obligation =
  | { readonly kind: 'by'; readonly block: TacticNode; readonly prop: Term; readonly span: Span }
  /** `rfl` where the equation was not known yet: checked once it is. */
  | { readonly kind: 'rfl'; readonly prop: Term; readonly span: Span }
  | { readonly kind: 'hole'; readonly prop: Term; readonly synthetic: boolean; readonly span: Span };

/** Mutable elaboration state for one proof expression (or one tactic's worth of them). */
export class ProofEnv {
  readonly metas = new Metas();
  obligations: Obligation[] = [];

  constructor(
    readonly goal: Goal,
    readonly src: Source,
    readonly opens: readonly string[],
    /** Numeric types to try first for lemmas whose type is not otherwise determined. */
    readonly typeHints: readonly NumTypeName[] = [],
  ) {}
}

/** Internal failure; converted to a value at the entry points. */
export class ElabFail {
  constructor(
    readonly reason: TacticErrorReason,
    readonly message: string,
    /** The expression is a term, not a proof (a variable, `x + 1`): hint parsers fall back to terms. */
    readonly notProof = false,
  ) {}
}

function fail(message: string, reason: TacticErrorReason = 'failed'): never {
  throw new ElabFail(reason, message);
}

export type ProofResult =
  | { readonly kind: 'ok'; readonly prop: Term }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string; readonly notProof: boolean };

/**
 * Elaborates `e` (against `expected` when given). The proposition may still contain solved or
 * unsolved metavariables; obligations accumulate in `env`. Never throws for bad input.
 */
export function elaborateProof(e: PExpr, expected: Term | undefined, env: ProofEnv): ProofResult {
  try {
    const prop = elab(e, expected, env);
    return { kind: 'ok', prop: env.metas.instantiate(prop) };
  } catch (err) {
    if (err instanceof ElabFail) return { kind: 'error', reason: err.reason, message: err.message, notProof: err.notProof };
    throw err;
  }
}

/** The numeric types occurring in `t`, in order of first appearance (hints for lemma types). */
export function numericTypesIn(t: Term): NumTypeName[] {
  const out: NumTypeName[] = [];
  // Breadth first, so the types of the outermost relations come first.
  const queue: Term[] = [t];
  for (let i = 0; i < queue.length && out.length < 5 && i < 10_000; i++) {
    const cur = queue[i]!;
    if (cur.type.kind === 'num' && !out.includes(cur.type.name)) out.push(cur.type.name);
    queue.push(...children(cur));
  }
  return out;
}

/** A term written in the proof (a lemma argument, a witness) at type `ty`. */
export function elabTermAt(span: Span, ty: Ty | undefined, env: ProofEnv): Term {
  const text = env.src.slice(span);
  const r = parseTerm(text, {
    variables: variables(env.goal),
    opens: env.opens,
    ...(ty === undefined ? {} : { expectedType: ty }),
  });
  if (r.kind !== 'ok') fail(`cannot elaborate '${text}': ${r.message}`, r.stage === 'parse' ? 'parse' : 'failed');
  return r.term;
}

/** A proposition written in the proof (`(e : T)`, `show T`). */
export function elabPropAt(span: Span, env: ProofEnv): Term {
  return elabTermAt(span, PROP, env);
}

function mustUnify(a: Term, b: Term, env: ProofEnv, what: string): void {
  if (!unify(a, b, env.metas)) {
    fail(`type mismatch: ${what} proves\n  ${printTerm(env.metas.instantiate(a))}\nbut is expected to prove\n  ${printTerm(env.metas.instantiate(b))}`);
  }
}

function elab(e: PExpr, expected: Term | undefined, env: ProofEnv): Term {
  switch (e.kind) {
    case 'by':
      if (expected === undefined) fail("cannot elaborate a 'by' block without an expected type; add '(by tac : T)'");
      env.obligations.push({ kind: 'by', block: e.block, prop: expected, span: e.span });
      return expected;
    case 'hole':
      if (expected === undefined) fail("cannot elaborate '_' without an expected type");
      env.obligations.push({ kind: 'hole', prop: expected, synthetic: e.synthetic, span: e.span });
      return expected;
    case 'ascribe':
    case 'show': {
      const t = elabPropAt(e.type, env);
      const inner = e.kind === 'ascribe' ? e.expr : e.proof;
      const p = elab(inner, t, env);
      mustUnify(p, t, env, env.src.slice(inner.span));
      if (expected !== undefined) mustUnify(t, expected, env, env.src.slice(e.span));
      return t;
    }
    case 'anon':
      if (expected === undefined) fail('cannot elaborate an anonymous constructor ⟨…⟩ without an expected type');
      elabAnon(e.elems, expected, env, e.span);
      return expected;
    case 'term':
      throw new ElabFail('failed', `expected a proof, found the term '${env.src.slice(e.span)}'`, true);
    case 'name':
    case 'proj':
    case 'app':
      return elabApp(e, expected, env);
  }
}

function elabAnon(elems: readonly PExpr[], expected: Term, env: ProofEnv, span: Span): void {
  const u = whnf(env.metas.instantiate(expected));
  if (isTrueProp(u) && elems.length === 0) return;
  const rest = (from: number, target: Term): void => {
    const tail = elems.slice(from);
    if (tail.length === 1) {
      const p = elab(tail[0]!, target, env);
      mustUnify(p, target, env, env.src.slice(tail[0]!.span));
    } else elabAnon(tail, target, env, span);
  };
  if (elems.length < 2) fail(`anonymous constructor ⟨…⟩ needs at least two components for ${printTerm(u)}`);
  if (u.kind === 'logic' && (u.op === '∧' || u.op === '↔')) {
    const [l, r] = u.op === '∧' ? [u.left, u.right] : [mkLogic('→', u.left, u.right), mkLogic('→', u.right, u.left)];
    const p = elab(elems[0]!, l, env);
    mustUnify(p, l, env, env.src.slice(elems[0]!.span));
    rest(1, r);
    return;
  }
  if (u.kind === 'quant' && u.q === '∃') {
    const w = witness(elems[0]!, u.binder.type, env);
    rest(1, substitute(u.body, u.binder.name, w));
    return;
  }
  fail(`anonymous constructor ⟨…⟩: the expected type is not a structure:\n  ${printTerm(u)}`);
}

/** A term argument: `_` becomes a metavariable, anything else is elaborated at `ty`. */
function witness(e: PExpr, ty: Ty, env: ProofEnv): Term {
  if (e.kind === 'hole') return env.metas.fresh('w', ty);
  if (e.kind === 'by' || e.kind === 'anon') fail(`expected a term of type ${tyText(ty)}, found a proof`);
  return elabTermAt(e.span, ty, env);
}

function tyText(ty: Ty): string {
  return ty.kind === 'num' ? { Nat: 'ℕ', Int: 'ℤ', Rat: 'ℚ', Real: 'ℝ', Complex: 'ℂ' }[ty.name] : ty.kind;
}

type Head =
  | { readonly kind: 'prop'; readonly prop: Term }
  | { readonly kind: 'lemma'; readonly spec: LemmaSpec }
  | { readonly kind: 'propLemma'; readonly name: string };

/** Splits `f a b` / `h.1` / `(e).mp` into a head, projections and arguments. */
function elabApp(e: PExpr, expected: Term | undefined, env: ProofEnv): Term {
  const args = e.kind === 'app' ? e.args : [];
  const headExpr = e.kind === 'app' ? e.head : e;
  let head: Head;
  let fields: string[];
  if (headExpr.kind === 'name') {
    const r = resolveName(headExpr.name, env);
    head = r.head;
    fields = r.fields;
  } else if (headExpr.kind === 'proj') {
    // `(e).f.g`: elaborate the innermost non-projection expression, then project.
    const fs: string[] = [];
    let cur: PExpr = headExpr;
    while (cur.kind === 'proj') {
      fs.unshift(cur.field);
      cur = cur.expr;
    }
    if (cur.kind === 'name') {
      const r = resolveName(cur.name, env);
      head = r.head;
      fields = [...r.fields, ...fs];
    } else {
      head = { kind: 'prop', prop: elab(cur, undefined, env) };
      fields = fs;
    }
  } else {
    if (args.length > 0) fail(`cannot apply '${env.src.slice(headExpr.span)}' to arguments`);
    return elab(headExpr, expected, env);
  }
  const build = (start: Term): Term => {
    let p = start;
    for (const f of fields) p = project(env.metas.instantiate(p), f, env);
    for (const a of args) p = applyArg(p, a, env);
    if (expected !== undefined) mustUnify(p, expected, env, env.src.slice(e.span));
    return p;
  };
  switch (head.kind) {
    case 'prop':
      return build(head.prop);
    case 'propLemma': {
      const anyType = expected !== undefined ? eqSideType(env.metas.instantiate(expected)) : undefined;
      if (head.name === 'rfl' && anyType === undefined && expected !== undefined && fields.length === 0 && args.length === 0) {
        // The equation is not known yet (`absurd rfl h`): Lean postpones `rfl`, and so do we.
        env.obligations.push({ kind: 'rfl', prop: expected, span: e.span });
        return expected;
      }
      const p = propLemma(head.name, env.metas, anyType);
      if (p === undefined) fail(`cannot infer the type of '${head.name}' here`);
      return build(p);
    }
    case 'lemma':
      return withLemmaTypes(head.spec, args, expected, env, (alpha) => build(instantiateLemma(head.spec, alpha, env.metas)));
  }
}

function eqSideType(t: Term): Ty | undefined {
  const u = unfoldNotation(t);
  return u.kind === 'rel' ? u.left.type : undefined;
}

/** Runs `attempt` at each allowed type for `spec`, hinted types first; the first success wins. */
function withLemmaTypes(
  spec: LemmaSpec,
  args: readonly PExpr[],
  expected: Term | undefined,
  env: ProofEnv,
  attempt: (alpha: NumTypeName) => Term,
): Term {
  const hints: NumTypeName[] = [];
  if (expected !== undefined) hints.push(...numericTypesIn(env.metas.instantiate(expected)));
  for (const a of args) hints.push(...argTypeHints(a, env));
  hints.push(...env.typeHints);
  const order = [...new Set([...hints.filter((h) => spec.types.includes(h)), ...spec.types])];
  let firstError: ElabFail | undefined;
  for (const alpha of order) {
    const savedMetas = env.metas.snapshot();
    const savedObligations = env.obligations.length;
    try {
      return attempt(alpha);
    } catch (err) {
      if (!(err instanceof ElabFail)) throw err;
      firstError ??= err;
      env.metas.restore(savedMetas);
      env.obligations.length = savedObligations;
    }
  }
  throw firstError ?? new ElabFail('failed', `lemma ${spec.name} does not apply`);
}

/** Cheap guesses of the numeric type an argument lives at. */
function argTypeHints(a: PExpr, env: ProofEnv): NumTypeName[] {
  if (a.kind === 'name') {
    const h = findHyp(env.goal, a.name.split('.')[0] ?? a.name);
    if (h !== undefined) return numericTypesIn(h.prop);
    const v = findVar(env.goal, a.name);
    if (v !== undefined && v.type.kind === 'num') return [v.type.name];
    return [];
  }
  if (a.kind === 'term') {
    const r = parseTerm(env.src.slice(a.span), { variables: variables(env.goal), opens: env.opens });
    if (r.kind === 'ok' && r.term.type.kind === 'num') {
      // A bare numeral defaults to ℕ and says nothing about the intended type.
      if (r.term.kind === 'lit' || (r.term.kind === 'neg' && r.term.arg.kind === 'lit')) return [];
      return [r.term.type.name];
    }
    return [];
  }
  if (a.kind === 'ascribe') {
    try {
      return numericTypesIn(elabPropAt(a.type, env));
    } catch {
      return [];
    }
  }
  if (a.kind === 'app' && a.head.kind === 'name') {
    const h = findHyp(env.goal, a.head.name.split('.')[0] ?? a.head.name);
    if (h !== undefined) return numericTypesIn(h.prop);
    return a.args.flatMap((x) => argTypeHints(x, env));
  }
  return [];
}

/** `h`, `h.1`, `mul_pos`, `mul_eq_zero.mp`, `Nat.even_iff.mp` → head and projections. */
function resolveName(name: string, env: ProofEnv): { head: Head; fields: string[] } {
  const parts = name.split('.');
  const first = parts[0] ?? name;
  const hyp = findHyp(env.goal, first);
  if (hyp !== undefined) return { head: { kind: 'prop', prop: hyp.prop }, fields: parts.slice(1) };
  if (findVar(env.goal, first) !== undefined) throw new ElabFail('failed', `'${name}' is a variable, not a proof`, true);
  for (let k = parts.length; k >= 1; k--) {
    const prefix = parts.slice(0, k).join('.');
    const spec = findLemma(prefix, env.opens);
    if (spec !== undefined) return { head: { kind: 'lemma', spec }, fields: parts.slice(k) };
    if (PROP_LEMMA_NAMES.has(prefix)) return { head: { kind: 'propLemma', name: prefix }, fields: parts.slice(k) };
  }
  return fail(`unknown identifier or lemma '${name}' (not in the engine's lemma table)`, 'unsupported');
}

/** One argument applied to a proof of `p` (a `∀` takes a term, a `→`/`¬`/`≠` takes a proof). */
function applyArg(p0: Term, arg: PExpr, env: ProofEnv): Term {
  const p = unfoldNotation(env.metas.instantiate(p0));
  if (p.kind === 'quant' && p.q === '∀') {
    const t = witness(arg, p.binder.type, env);
    return substitute(p.body, p.binder.name, t);
  }
  const imp = asImplication(p);
  if (imp !== undefined) {
    const q = elab(arg, imp.premise, env);
    mustUnify(q, imp.premise, env, env.src.slice(arg.span));
    return imp.conclusion;
  }
  return fail(`function expected: cannot apply a proof of\n  ${printTerm(p)}\nto '${env.src.slice(arg.span)}'`);
}

/** Lean's projections and dot-notation lemmas on a proof of `p0`. */
function project(p0: Term, field: string, env: ProofEnv): Term {
  const p = unfoldNotation(p0);
  const bad = (): never => fail(`invalid field '.${field}' on a proof of\n  ${printTerm(p0)}`);
  if (p.kind === 'logic' && p.op === '∧') {
    if (field === '1' || field === 'left') return p.left;
    if (field === '2' || field === 'right') return p.right;
    if (field === 'symm') return mkLogic('∧', p.right, p.left);
    return bad();
  }
  if (p.kind === 'logic' && p.op === '↔') {
    if (field === '1' || field === 'mp') return mkLogic('→', p.left, p.right);
    if (field === '2' || field === 'mpr') return mkLogic('→', p.right, p.left);
    if (field === 'symm') return mkLogic('↔', p.right, p.left);
    return bad();
  }
  if (p.kind === 'logic' && p.op === '∨') {
    if (field === 'symm') return mkLogic('∨', p.right, p.left);
    if (field === 'resolve_left') return mkLogic('→', mkNot(p.left), p.right);
    if (field === 'resolve_right') return mkLogic('→', mkNot(p.right), p.left);
    return bad();
  }
  if (p.kind === 'not' && p.arg.kind === 'rel' && p.arg.op === '=') {
    if (field === 'symm') return mkRel('≠', p.arg.right, p.arg.left);
    return bad();
  }
  if (p.kind === 'rel') {
    const { left: a, right: b } = p;
    const ordered = isOrdered(a.type);
    switch (field) {
      case 'symm':
        if (p.op === '=') return mkRel('=', b, a);
        return bad();
      case 'le':
        if ((p.op === '<' || p.op === '=') && ordered) return mkRel('≤', a, b);
        if (p.op === '=' && !ordered) return bad();
        return bad();
      case 'ge':
        if (p.op === '=' && ordered) return mkRel('≤', b, a);
        return bad();
      case 'ne':
        if (p.op === '<' && ordered) return mkRel('≠', a, b);
        return bad();
      case "ne'":
        if (p.op === '<' && ordered) return mkRel('≠', b, a);
        return bad();
      case 'not_lt':
        if (p.op === '≤' && ordered) return mkNot(mkRel('<', b, a));
        return bad();
      case 'not_le':
        if (p.op === '<' && ordered) return mkNot(mkRel('≤', b, a));
        return bad();
      case 'lt_of_ne':
        if (p.op === '≤' && ordered) return mkLogic('→', mkRel('≠', a, b), mkRel('<', a, b));
        return bad();
      case 'trans': {
        if (p.op !== '=' && !((p.op === '≤' || p.op === '<') && ordered) && !(p.op === '∣')) return bad();
        const c = env.metas.fresh('c', a.type);
        return mkLogic('→', mkRel(p.op, b, c), mkRel(p.op, a, c));
      }
      case 'trans_le': {
        if (!((p.op === '≤' || p.op === '<') && ordered)) return bad();
        const c = env.metas.fresh('c', a.type);
        return mkLogic('→', mkRel('≤', b, c), mkRel(p.op, a, c));
      }
      case 'trans_lt': {
        if (!((p.op === '≤' || p.op === '<') && ordered)) return bad();
        const c = env.metas.fresh('c', a.type);
        return mkLogic('→', mkRel('<', b, c), mkRel('<', a, c));
      }
      default:
        return bad();
    }
  }
  return bad();
}
