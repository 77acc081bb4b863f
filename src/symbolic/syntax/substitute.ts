/**
 * Free variables, capture-avoiding substitution and generic child access for terms.
 * Binding forms: `quant` and `lambda` bind in `body`, `setOf` in `body`, `bigop` binds its index
 * in `body` but not in `domain`.
 */
import {
  mkApp,
  mkArith,
  mkBigOp,
  mkCall,
  mkCast,
  mkInv,
  mkLambda,
  mkLemma,
  mkLogic,
  mkMem,
  mkModEq,
  mkNeg,
  mkNot,
  mkPow,
  mkQuant,
  mkRel,
  mkSetOf,
  mkVar,
  type Binder,
  type Term,
} from './ast.ts';
import { tyEquals, type Ty } from './types.ts';
import { internalError } from '../../core/errors.ts';

/** The free variables of `term` with their types, in first-occurrence order. */
export function freeVars(term: Term): Map<string, Ty> {
  const out = new Map<string, Ty>();
  collectFree(term, new Map(), out);
  return out;
}

/** Whether `name` occurs free in `term`. */
export function occursFree(name: string, term: Term): boolean {
  return freeVars(term).has(name);
}

function collectFree(t: Term, bound: Map<string, number>, out: Map<string, Ty>): void {
  const under = (b: Binder, body: Term): void => {
    bound.set(b.name, (bound.get(b.name) ?? 0) + 1);
    collectFree(body, bound, out);
    const n = bound.get(b.name) ?? 1;
    if (n <= 1) bound.delete(b.name);
    else bound.set(b.name, n - 1);
  };
  switch (t.kind) {
    case 'var':
      if (!bound.has(t.name) && !out.has(t.name)) out.set(t.name, t.type);
      return;
    case 'lambda':
    case 'setOf':
      under(t.param, t.body);
      return;
    case 'quant':
      under(t.binder, t.body);
      return;
    case 'bigop':
      collectFree(t.domain, bound, out);
      under(t.index, t.body);
      return;
    default:
      for (const c of children(t)) collectFree(c, bound, out);
  }
}

/**
 * A name based on `base` (`x`, `x'`, `x''`, …, then `x_1`, …) that `taken` rejects none of.
 */
export function freshName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let primes = 1; primes <= 3; primes++) {
    const candidate = base + "'".repeat(primes);
    if (!taken(candidate)) return candidate;
  }
  for (let i = 1; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken(candidate)) return candidate;
  }
}

/** `term[name := replacement]`, renaming binders that would capture a free variable of `replacement`. */
export function substitute(term: Term, name: string, replacement: Term): Term {
  return substituteAll(term, new Map([[name, replacement]]));
}

/**
 * Simultaneous capture-avoiding substitution of free variables. Each replacement must have the
 * type of the variable it replaces (checked: a mismatch is a bug in the caller).
 * Unchanged subterms are shared, not copied.
 */
export function substituteAll(term: Term, map: ReadonlyMap<string, Term>): Term {
  if (map.size === 0) return term;
  const replacementFree = new Set<string>();
  for (const r of map.values()) for (const v of freeVars(r).keys()) replacementFree.add(v);
  return subst(term, map, replacementFree);
}

function subst(t: Term, map: ReadonlyMap<string, Term>, replacementFree: ReadonlySet<string>): Term {
  switch (t.kind) {
    case 'var': {
      const r = map.get(t.name);
      if (r === undefined) return t;
      if (!tyEquals(r.type, t.type)) throw internalError(`substitute: ${t.name} replaced by a term of another type`);
      return r;
    }
    case 'lambda':
    case 'setOf': {
      const [b, body] = substUnder(t.param, t.body, map, replacementFree);
      if (b === t.param && body === t.body) return t;
      return t.kind === 'lambda' ? mkLambda(b, body) : mkSetOf(b, body);
    }
    case 'quant': {
      const [b, body] = substUnder(t.binder, t.body, map, replacementFree);
      return b === t.binder && body === t.body ? t : mkQuant(t.q, b, body);
    }
    case 'bigop': {
      const domain = subst(t.domain, map, replacementFree);
      const [b, body] = substUnder(t.index, t.body, map, replacementFree);
      return domain === t.domain && b === t.index && body === t.body ? t : mkBigOp(t.op, b, domain, body);
    }
    default: {
      const cs = children(t);
      let changed = false;
      const next = cs.map((c) => {
        const n = subst(c, map, replacementFree);
        if (n !== c) changed = true;
        return n;
      });
      return changed ? withChildren(t, next) : t;
    }
  }
}

function substUnder(
  binder: Binder,
  body: Term,
  map: ReadonlyMap<string, Term>,
  replacementFree: ReadonlySet<string>,
): [Binder, Term] {
  const bodyFree = freeVars(body);
  // Only replacements for variables free in the body matter; the binder shadows its own name.
  const inner = new Map<string, Term>();
  for (const [k, v] of map) if (k !== binder.name && bodyFree.has(k)) inner.set(k, v);
  if (inner.size === 0) return [binder, body];
  const innerFree = new Set<string>();
  for (const r of inner.values()) for (const v of freeVars(r).keys()) innerFree.add(v);
  if (!innerFree.has(binder.name)) return [binder, subst(body, inner, innerFree)];
  // The binder would capture a free variable of a replacement: rename it first.
  const fresh = freshName(
    binder.name,
    (n) => bodyFree.has(n) || innerFree.has(n) || inner.has(n) || replacementFree.has(n),
  );
  const renamed: Binder = { name: fresh, type: binder.type };
  inner.set(binder.name, mkVar(fresh, binder.type));
  innerFree.add(fresh);
  return [renamed, subst(body, inner, innerFree)];
}

/**
 * The direct subterms of `t`, in a fixed order (for binding forms: domain, then body; the
 * binder itself is not a term). Paired with `withChildren` for generic rewriting passes that
 * do not cross binders carelessly.
 */
export function children(t: Term): readonly Term[] {
  switch (t.kind) {
    case 'var':
    case 'lit':
    case 'propConst':
      return [];
    case 'neg':
    case 'inv':
    case 'cast':
    case 'not':
      return [t.arg];
    case 'arith':
    case 'rel':
    case 'logic':
      return [t.left, t.right];
    case 'pow':
      return [t.base, t.exponent];
    case 'app':
      return [t.fn, t.arg];
    case 'lambda':
    case 'setOf':
    case 'quant':
      return [t.body];
    case 'call':
    case 'lemma':
      return t.args;
    case 'bigop':
      return [t.domain, t.body];
    case 'modeq':
      return [t.modulus, t.left, t.right];
    case 'mem':
      return [t.elem, t.set];
  }
}

/** `t` with its direct subterms replaced (same order as `children`); binders are kept. */
export function withChildren(t: Term, cs: readonly Term[]): Term {
  const c = (i: number): Term => {
    const x = cs[i];
    if (x === undefined) throw internalError(`withChildren: missing child ${i} for ${t.kind}`);
    return x;
  };
  switch (t.kind) {
    case 'var':
    case 'lit':
    case 'propConst':
      return t;
    case 'neg':
      return mkNeg(c(0));
    case 'inv':
      return mkInv(c(0));
    case 'cast':
      return mkCast(c(0), t.type);
    case 'not':
      return mkNot(c(0));
    case 'arith':
      return mkArith(t.op, c(0), c(1));
    case 'rel':
      return mkRel(t.op, c(0), c(1));
    case 'logic':
      return mkLogic(t.op, c(0), c(1));
    case 'pow':
      return mkPow(c(0), c(1));
    case 'app':
      return mkApp(c(0), c(1));
    case 'lambda':
      return mkLambda(t.param, c(0));
    case 'setOf':
      return mkSetOf(t.param, c(0));
    case 'quant':
      return mkQuant(t.q, t.binder, c(0));
    case 'call':
      return mkCall(t.fn, cs, t.type);
    case 'lemma':
      return mkLemma(t.name, cs);
    case 'bigop':
      return mkBigOp(t.op, t.index, c(0), c(1));
    case 'modeq':
      return mkModEq(c(0), c(1), c(2));
    case 'mem':
      return mkMem(c(0), c(1));
  }
}
