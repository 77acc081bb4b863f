/**
 * Binding forms: `∀`/`∃`/`∃!` (binder predicates and anonymous hypotheses desugared as Lean
 * does), `fun`, big operators and set-builder notation.
 */
import { mkBigOp, mkLambda, mkLogic, mkQuant, mkSetOf, type BigOp, type Quantifier } from './ast.ts';
import type { ETy } from './meta.ts';
import { freshName } from './substitute.ts';
import type { SBinderGroup, SNode } from './surface.ts';
import { PROP } from './types.ts';
import { extendScope, fail, lookup, type Elab, type Scope } from './elab-common.ts';
import type { Elaborator } from './elaborator.ts';

type BinderStep =
  | { readonly kind: 'var'; readonly name: string; readonly ty: ETy; readonly pos: number }
  | { readonly kind: 'guard'; readonly prop: Elab };

/** The variables and guard propositions a list of binder groups introduces, in order. */
function elabBinderGroups(
  el: Elaborator,
  q: Quantifier | 'fun',
  groups: readonly SBinderGroup[],
  scope: Scope | undefined,
  expectedDoms: ETy[],
): { scope: Scope | undefined; steps: BinderStep[] } {
  const steps: BinderStep[] = [];
  let sc = scope;
  for (const g of groups) {
    if (g.bracket === '[') fail('instance binder', 'instance binders [..] are outside the supported fragment', g.pos);
    if (g.pred !== undefined) {
      const nm = g.names[0];
      if (nm === undefined) fail('binder', 'binder predicate without a variable', g.pos);
      const ty = el.meta.fresh();
      sc = extendScope(sc, nm.name, ty);
      steps.push({ kind: 'var', name: nm.name, ty, pos: nm.pos });
      // `∀ x > 0, p` is `∀ x, x > 0 → p` (Mathlib's binder predicates).
      const variable: SNode = { kind: 'ident', pos: nm.pos, name: nm.name };
      const guard: SNode = { kind: 'binop', pos: nm.pos, op: g.pred.op, opPos: g.pos, lhs: variable, rhs: g.pred.rhs };
      steps.push({ kind: 'guard', prop: el.elab(guard, sc, PROP) });
      continue;
    }
    const annotated = g.type === undefined ? undefined : el.asType(g.type);
    if (g.type !== undefined && annotated === null) {
      // `∀ (_ : p), q` is an implication.
      if (q !== '∀') fail(q, `'${q}' over a proof of a proposition is outside the supported fragment`, g.pos);
      const prop = el.elab(g.type, sc, PROP);
      for (const _ of g.names) steps.push({ kind: 'guard', prop });
      continue;
    }
    for (const nm of g.names) {
      let ty: ETy = annotated ?? el.meta.fresh();
      const dom = expectedDoms.shift();
      if (dom !== undefined) {
        if (annotated === undefined || annotated === null) ty = dom;
        else if (!el.meta.unify(annotated, dom))
          fail(nm.name, `binder type ${el.meta.show(annotated)} does not match the expected ${el.meta.show(dom)}`, nm.pos);
      }
      sc = extendScope(sc, nm.name, ty);
      steps.push({ kind: 'var', name: nm.name, ty, pos: nm.pos });
    }
  }
  return { scope: sc, steps };
}

/** `∀`/`∃`/`∃!` over binder groups; guards become `→` (for `∀`) or `∧` (for `∃`). */
export function elabQuant(
  el: Elaborator,
  q: Quantifier,
  groups: readonly SBinderGroup[],
  body: SNode,
  scope: Scope | undefined,
): Elab {
  const { scope: inner, steps } = elabBinderGroups(el, q, groups, scope, []);
  const b = el.elab(body, inner, PROP);
  return {
    ty: PROP,
    build: () => {
      let acc = b.build();
      for (let i = steps.length - 1; i >= 0; i--) {
        const st = steps[i];
        if (st === undefined) continue;
        if (st.kind === 'var') acc = mkQuant(q, { name: st.name, type: el.resolveAt(st.ty, st.pos, st.name) }, acc);
        else acc = mkLogic(q === '∀' ? '→' : '∧', st.prop.build(), acc);
      }
      return acc;
    },
  };
}

/** `fun x y => body`: binder types from annotations, else from the expected function type. */
export function elabLambda(
  el: Elaborator,
  groups: readonly SBinderGroup[],
  body: SNode,
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  const doms: ETy[] = [];
  let cod: ETy | undefined = expected === undefined ? undefined : el.meta.shallow(expected);
  const count = groups.reduce((n, g) => n + g.names.length, 0);
  for (let i = 0; i < count && cod !== undefined && cod.kind === 'fun'; i++) {
    doms.push(cod.dom);
    cod = el.meta.shallow(cod.cod);
  }
  if (doms.length < count) cod = undefined;
  const { scope: inner, steps } = elabBinderGroups(el, 'fun', groups, scope, doms);
  if (steps.some((s) => s.kind === 'guard')) fail('fun', 'fun binders must be variables', pos);
  const b = el.elab(body, inner, cod);
  let ty: ETy = b.ty;
  for (let i = steps.length - 1; i >= 0; i--) {
    const st = steps[i];
    if (st !== undefined && st.kind === 'var') ty = { kind: 'fun', dom: st.ty, cod: ty };
  }
  const e: Elab = {
    ty,
    build: () => {
      let acc = b.build();
      for (let i = steps.length - 1; i >= 0; i--) {
        const st = steps[i];
        if (st === undefined || st.kind !== 'var') continue;
        acc = mkLambda({ name: st.name, type: el.resolveAt(st.ty, st.pos, st.name) }, acc);
      }
      return acc;
    },
  };
  return el.coerce(e, expected, pos);
}

/**
 * `∑ name ∈ domain, body`. The body gets the expected type (Lean propagates it into
 * `Finset.sum`'s function before elaborating it), so coercions land inside the sum.
 */
export function elabBigOp(
  el: Elaborator,
  op: BigOp,
  domain: Elab,
  domainPos: number,
  name: string,
  namePos: number,
  body: (scope: Scope | undefined, expected: ETy | undefined) => Elab,
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  const dt = el.meta.shallow(domain.ty);
  if (dt.kind !== 'finset') {
    if (dt.kind === 'set') fail(op, `'${op}' over a Set needs a Finset`, domainPos);
    fail(op, `'${op} x ∈ s' needs a Finset, got ${el.meta.show(dt)}`, domainPos);
  }
  // `Finset.sum s f` for a non-lambda `f` is `∑ i ∈ s, f i`, with `i` not a local name (so
  // not free in `f`, whose free variables are all locals).
  const index = name !== '' ? name : freshName('i', (n) => lookup(scope, n) !== undefined);
  const inner = extendScope(scope, index, dt.elem);
  const b = body(inner, expected);
  const e: Elab = {
    ty: b.ty,
    build: () => {
      const dom = domain.build();
      const bodyTerm = b.build();
      const idxTy = el.resolveAt(dt.elem, namePos, index);
      return el.validated(mkBigOp(op, { name: index, type: idxTy }, dom, bodyTerm), pos);
    },
  };
  return el.coerce(e, expected, pos);
}

/** `{x : T | p}` (or `{x | p}` with `T` from the expected `Set T` or from unification). */
export function elabSetBuilder(
  el: Elaborator,
  s: Extract<SNode, { kind: 'setBuilder' }>,
  scope: Scope | undefined,
  expected: ETy | undefined,
): Elab {
  let elemTy: ETy;
  const exp = expected === undefined ? undefined : el.meta.shallow(expected);
  if (s.type !== undefined) elemTy = el.requireType(s.type);
  else if (exp !== undefined && exp.kind === 'set') elemTy = exp.elem;
  else elemTy = el.meta.fresh();
  const inner = extendScope(scope, s.name, elemTy);
  const body = el.elab(s.body, inner, PROP);
  const e: Elab = {
    ty: { kind: 'set', elem: elemTy },
    build: () => el.validated(mkSetOf({ name: s.name, type: el.resolveAt(elemTy, s.namePos, s.name) }, body.build()), s.pos),
  };
  return el.coerce(e, expected, s.pos);
}
