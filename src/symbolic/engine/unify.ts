/**
 * Metavariables and first-order unification of terms, the way Lean's `isDefEq` behaves on the
 * fragment at reducible transparency: structural, up to α-equivalence, with `a ≥ b` read as
 * `b ≤ a`, `a > b` as `b < a`, `a ≠ b` as `¬(a = b)` (all reducible notations in Lean), with
 * Miller patterns `?f x` (x bound) solved by abstraction and ℕ offsets `?n + k =?= m`.
 *
 * A metavariable is a `var` whose name starts with `?`; user names never do. An assignment
 * never mentions a variable bound at the place it was solved (no escaping binders).
 */
import { mkLambda, mkNot, mkRel, mkLit, type Term, type VarTerm, mkVar, mkBigOp } from '../syntax/ast.ts';
import { freeVars, substitute, substituteAll, children, withChildren } from '../syntax/substitute.ts';
import { tyEquals, type Ty } from '../syntax/types.ts';

export function isMetaName(name: string): boolean {
  return name.startsWith('?');
}

export function isMeta(t: Term): boolean {
  return t.kind === 'var' && isMetaName(t.name);
}

function metaVar(t: Term): VarTerm | undefined {
  return t.kind === 'var' && isMetaName(t.name) ? t : undefined;
}

/** `a ≥ b` ↦ `b ≤ a`, `a > b` ↦ `b < a`, `a ≠ b` ↦ `¬(a = b)`; other terms unchanged. */
export function unfoldNotation(t: Term): Term {
  if (t.kind !== 'rel') return t;
  if (t.op === '≥') return mkRel('≤', t.right, t.left);
  if (t.op === '>') return mkRel('<', t.right, t.left);
  if (t.op === '≠') return mkNot(mkRel('=', t.left, t.right));
  return t;
}

/** A store of metavariables: their types and assignments. Cheap to snapshot. */
export class Metas {
  private types = new Map<string, Ty>();
  private assignment = new Map<string, Term>();
  private counter = 0;

  /** A fresh metavariable of type `type`, named after `base` for messages. */
  fresh(base: string, type: Ty): VarTerm {
    this.counter += 1;
    const name = `?${base}.${this.counter}`;
    this.types.set(name, type);
    return mkVar(name, type);
  }

  isAssigned(name: string): boolean {
    return this.assignment.has(name);
  }

  get(name: string): Term | undefined {
    return this.assignment.get(name);
  }

  assign(name: string, value: Term): void {
    this.assignment.set(name, value);
  }

  snapshot(): ReadonlyMap<string, Term> {
    return new Map(this.assignment);
  }

  restore(s: ReadonlyMap<string, Term>): void {
    this.assignment = new Map(s);
  }

  /** `t` with every assigned metavariable replaced (recursively) and β-redexes reduced. */
  instantiate(t: Term): Term {
    if (this.assignment.size === 0) return t;
    let cur = t;
    // Assignments may mention other metavariables: substitute until none that is assigned remains.
    for (let round = 0; round < 64; round++) {
      const fv = freeVars(cur);
      const map = new Map<string, Term>();
      for (const name of fv.keys()) {
        const v = this.assignment.get(name);
        if (v !== undefined) map.set(name, v);
      }
      if (map.size === 0) break;
      cur = substituteAll(cur, map);
    }
    return betaReduce(cur);
  }

  /** Names of the unassigned metavariables occurring in `t` (after instantiation). */
  unassigned(t: Term): string[] {
    return [...freeVars(this.instantiate(t)).keys()].filter(isMetaName);
  }
}

/** Reduces `(fun x => b) a` to `b[x := a]` everywhere; a `∑ i ∈ s, (fun x => b) i` keeps the name `x`. */
export function betaReduce(t: Term): Term {
  switch (t.kind) {
    case 'var':
    case 'lit':
    case 'propConst':
      return t;
    case 'app': {
      const fn = betaReduce(t.fn);
      const arg = betaReduce(t.arg);
      if (fn.kind === 'lambda') return betaReduce(substitute(fn.body, fn.param.name, arg));
      return fn === t.fn && arg === t.arg ? t : withChildren(t, [fn, arg]);
    }
    case 'bigop': {
      const body = t.body;
      // Keep the binder name the user wrote: `∑ x ∈ s, (fun i => e) x` becomes `∑ i ∈ s, e`.
      if (body.kind === 'app' && body.fn.kind === 'lambda' && body.arg.kind === 'var' && body.arg.name === t.index.name) {
        const lam = body.fn;
        const fvDomain = freeVars(t.domain);
        if (!fvDomain.has(lam.param.name) && tyEquals(lam.param.type, t.index.type)) {
          return betaReduce(mkBigOp(t.op, lam.param, t.domain, lam.body));
        }
      }
      break;
    }
    default:
      break;
  }
  const cs = children(t);
  let changed = false;
  const next = cs.map((c) => {
    const r = betaReduce(c);
    if (r !== c) changed = true;
    return r;
  });
  return changed ? withChildren(t, next) : t;
}

interface Bound {
  readonly left: string[];
  readonly right: string[];
}

/**
 * Unifies `a` and `b`, assigning metavariables of either side. On failure nothing is
 * assigned. Succeeds exactly when the instantiated terms are equal up to α-equivalence and
 * the notation unfoldings above.
 */
export function unify(a: Term, b: Term, metas: Metas): boolean {
  const saved = metas.snapshot();
  if (unifyCore(a, b, metas, { left: [], right: [] })) return true;
  metas.restore(saved);
  return false;
}

function boundIndex(names: readonly string[], name: string): number {
  const i = names.lastIndexOf(name);
  return i < 0 ? -1 : names.length - 1 - i;
}

function mentionsBound(t: Term, bound: readonly string[]): boolean {
  if (bound.length === 0) return false;
  for (const v of freeVars(t).keys()) if (bound.includes(v)) return true;
  return false;
}

function assignMeta(m: VarTerm, value: Term, metas: Metas, bound: readonly string[]): boolean {
  if (!tyEquals(m.type, value.type)) return false;
  if (value.kind === 'var' && value.name === m.name) return true;
  if (mentionsBound(value, bound)) return false;
  const inst = metas.instantiate(value);
  if (freeVars(inst).has(m.name)) return false; // occurs check
  metas.assign(m.name, inst);
  return true;
}

function unifyCore(x: Term, y: Term, metas: Metas, bound: Bound): boolean {
  const a = unfoldNotation(x);
  const b = unfoldNotation(y);
  const ma = metaVar(a);
  const mb = metaVar(b);
  // Follow assignments.
  if (ma !== undefined) {
    const v = metas.get(ma.name);
    if (v !== undefined) return unifyCore(v, b, metas, bound);
  }
  if (mb !== undefined) {
    const v = metas.get(mb.name);
    if (v !== undefined) return unifyCore(a, v, metas, bound);
  }
  if (ma !== undefined) return assignMeta(ma, b, metas, bound.right);
  if (mb !== undefined) return assignMeta(mb, a, metas, bound.left);
  // An application of an assigned function metavariable: β-reduce first.
  const fa = a.kind === 'app' ? metaVar(a.fn) : undefined;
  if (fa !== undefined && metas.isAssigned(fa.name)) return unifyCore(metas.instantiate(a), b, metas, bound);
  const fb0 = b.kind === 'app' ? metaVar(b.fn) : undefined;
  if (fb0 !== undefined && metas.isAssigned(fb0.name)) return unifyCore(a, metas.instantiate(b), metas, bound);
  // Miller patterns `?f y` with `y` bound: `?f := fun y => other side`.
  const m1 = miller(a, b, bound.left, bound.right, metas);
  if (m1 !== undefined) return m1;
  const m2 = miller(b, a, bound.right, bound.left, metas);
  if (m2 !== undefined) return m2;
  // ℕ offsets: `?n + k =?= m` with literals k ≤ m.
  if (a.kind === 'arith' && a.op === '+' && a.type.kind === 'num' && a.type.name === 'Nat' && a.right.kind === 'lit' && b.kind === 'lit') {
    if (b.den === 1n && a.right.den === 1n && b.num >= a.right.num && !(a.left.kind === 'lit')) {
      if (unifyCore(a.left, mkLit(b.num - a.right.num, a.type), metas, bound)) return true;
    }
  }
  if (b.kind === 'arith' && b.op === '+' && a.kind === 'lit') return unifyCore(b, a, metas, { left: bound.right, right: bound.left });
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'var': {
      const bb = b as VarTerm;
      const i = boundIndex(bound.left, a.name);
      const j = boundIndex(bound.right, bb.name);
      if (i >= 0 || j >= 0) return i === j;
      return a.name === bb.name && tyEquals(a.type, bb.type);
    }
    case 'lit': {
      const bb = b as typeof a;
      return a.num === bb.num && a.den === bb.den && tyEquals(a.type, bb.type);
    }
    case 'propConst':
      return a.value === (b as typeof a).value;
    case 'neg':
    case 'inv':
    case 'not':
    case 'cast': {
      const bb = b as typeof a;
      return tyEquals(a.type, bb.type) && unifyCore(a.arg, bb.arg, metas, bound);
    }
    case 'arith':
    case 'rel':
    case 'logic': {
      const bb = b as typeof a;
      return a.op === bb.op && tyEquals(a.type, bb.type) && unifyCore(a.left, bb.left, metas, bound) && unifyCore(a.right, bb.right, metas, bound);
    }
    case 'pow': {
      const bb = b as typeof a;
      return tyEquals(a.type, bb.type) && unifyCore(a.base, bb.base, metas, bound) && unifyCore(a.exponent, bb.exponent, metas, bound);
    }
    case 'app': {
      const bb = b as typeof a;
      return unifyCore(a.fn, bb.fn, metas, bound) && unifyCore(a.arg, bb.arg, metas, bound);
    }
    case 'call':
    case 'lemma': {
      const bb = b as typeof a;
      const sameHead = a.kind === 'call' ? a.fn === (bb as typeof a).fn : a.name === (bb as unknown as typeof a).name;
      if (!sameHead || a.args.length !== bb.args.length || !tyEquals(a.type, bb.type)) return false;
      return a.args.every((arg, i) => unifyCore(arg, bb.args[i]!, metas, bound));
    }
    case 'modeq': {
      const bb = b as typeof a;
      return unifyCore(a.modulus, bb.modulus, metas, bound) && unifyCore(a.left, bb.left, metas, bound) && unifyCore(a.right, bb.right, metas, bound);
    }
    case 'mem': {
      const bb = b as typeof a;
      return unifyCore(a.elem, bb.elem, metas, bound) && unifyCore(a.set, bb.set, metas, bound);
    }
    case 'lambda':
    case 'setOf': {
      const bb = b as typeof a;
      if (!tyEquals(a.param.type, bb.param.type)) return false;
      return under(a.param.name, bb.param.name, bound, () => unifyCore(a.body, bb.body, metas, bound));
    }
    case 'quant': {
      const bb = b as typeof a;
      if (a.q !== bb.q || !tyEquals(a.binder.type, bb.binder.type)) return false;
      return under(a.binder.name, bb.binder.name, bound, () => unifyCore(a.body, bb.body, metas, bound));
    }
    case 'bigop': {
      const bb = b as typeof a;
      if (a.op !== bb.op || !tyEquals(a.index.type, bb.index.type) || !tyEquals(a.type, bb.type)) return false;
      if (!unifyCore(a.domain, bb.domain, metas, bound)) return false;
      return under(a.index.name, bb.index.name, bound, () => unifyCore(a.body, bb.body, metas, bound));
    }
  }
}

/**
 * `app = ?f y` (with `?f` unassigned and `y` bound on its side) against `other`: assigns
 * `?f := fun y => other` when that is a valid solution. `undefined` when `app` is not such a
 * pattern (the caller then unifies structurally).
 */
function miller(app: Term, other: Term, appBound: readonly string[], otherBound: readonly string[], metas: Metas): boolean | undefined {
  if (app.kind !== 'app' || app.arg.kind !== 'var') return undefined;
  const f = metaVar(app.fn);
  if (f === undefined || metas.isAssigned(f.name)) return undefined;
  const i = boundIndex(appBound, app.arg.name);
  const oname = i >= 0 ? otherBound[otherBound.length - 1 - i] : undefined;
  // The other side's binder must be the innermost of its name, and `other` may mention no other bound variable.
  if (oname === undefined || boundIndex(otherBound, oname) !== i) return undefined;
  if (mentionsBound(other, otherBound.filter((n) => n !== oname))) return undefined;
  return assignMeta(f, mkLambda({ name: oname, type: app.arg.type }, other), metas, []);
}

function under(l: string, r: string, bound: Bound, f: () => boolean): boolean {
  bound.left.push(l);
  bound.right.push(r);
  try {
    return f();
  } finally {
    bound.left.pop();
    bound.right.pop();
  }
}

/** Whether two closed-of-metavariables propositions are the same up to notation and α-renaming. */
export function propsMatch(a: Term, b: Term): boolean {
  return unify(a, b, new Metas());
}
