/**
 * Operators: Lean's `binop%`/`binrel%` trees (the largest numeric type among the leaves wins;
 * smaller leaves get casts; `^`'s exponent stands alone), `∣` as an application, `↑e`,
 * connectives and membership.
 */
import {
  mkArith,
  mkCast,
  mkLogic,
  mkMem,
  mkNeg,
  mkNot,
  mkPow,
  mkRel,
  type ArithOp,
  type LogicOp,
  type RelOp,
} from './ast.ts';
import type { ETy } from './meta.ts';
import type { SNode } from './surface.ts';
import { PROP, numRank, tyEquals } from './types.ts';
import { fail, type Elab, type Scope } from './elab-common.ts';
import type { Elaborator } from './elaborator.ts';

const ARITH_OPS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);
const REL_OPS: ReadonlySet<string> = new Set(['=', '≠', '<', '≤', '>', '≥']);
const LOGIC_OPS: ReadonlySet<string> = new Set(['∧', '∨', '→', '↔']);

/** A tree of `binop%`-style operations whose leaves are already elaborated. */
type Tree =
  | { readonly kind: 'leaf'; readonly node: SNode; e: Elab }
  | { readonly kind: 'bin'; readonly op: ArithOp; readonly pos: number; readonly l: Tree; readonly r: Tree }
  | { readonly kind: 'neg'; readonly pos: number; readonly arg: Tree }
  | { readonly kind: 'pow'; readonly pos: number; readonly base: Tree; readonly exponent: Elab };

/** Binary operators: arithmetic trees, relations, `∣`, connectives, `∈`/`∉`. */
export function elabBinop(
  el: Elaborator,
  s: Extract<SNode, { kind: 'binop' }>,
  scope: Scope | undefined,
  expected: ETy | undefined,
): Elab {
  const op = s.op;
  if (ARITH_OPS.has(op) || op === '^') return elabArith(el, [s], scope, expected, s.pos).sides[0] as Elab;
  if (REL_OPS.has(op)) {
    const { sides } = elabArith(el, [s.lhs, s.rhs], scope, undefined, s.pos);
    const [l, r] = sides as [Elab, Elab];
    const rel: Elab = { ty: PROP, build: () => el.validated(mkRel(op as RelOp, l.build(), r.build()), s.opPos) };
    return el.coerce(rel, expected, s.pos);
  }
  if (op === '∣') return el.coerce(elabDvd(el, s, scope), expected, s.pos);
  if (LOGIC_OPS.has(op)) {
    const l = el.elab(s.lhs, scope, PROP);
    const r = el.elab(s.rhs, scope, PROP);
    return el.coerce({ ty: PROP, build: () => mkLogic(op as LogicOp, l.build(), r.build()) }, expected, s.pos);
  }
  if (op === '∈' || op === '∉') {
    const set = el.elab(s.rhs, scope, undefined);
    const st = el.meta.shallow(set.ty);
    if (st.kind !== 'finset' && st.kind !== 'set') {
      if (st.kind === 'mvar') fail(op, `cannot infer the type of the collection on the right of '${op}'`, s.rhs.pos);
      fail(op, `'${op}' needs a Finset or a Set on the right, got ${el.meta.show(st)}`, s.rhs.pos);
    }
    const elem = el.elab(s.lhs, scope, st.elem);
    const mem: Elab = {
      ty: PROP,
      build: () => {
        const m = el.validated(mkMem(elem.build(), set.build()), s.opPos);
        return op === '∈' ? m : mkNot(m);
      },
    };
    return el.coerce(mem, expected, s.pos);
  }
  return fail(op, `the operator ${op} is outside the supported fragment`, s.opPos);
}

/**
 * `Dvd.dvd` is an ordinary application in Lean (not `binrel%`): the left side fixes the type
 * when it has one; otherwise the right side does, and the left is coerced or unified.
 */
export function elabDvd(el: Elaborator, s: Extract<SNode, { kind: 'binop' }>, scope: Scope | undefined): Elab {
  const l0 = el.elab(s.lhs, scope, undefined);
  const lt = el.meta.shallow(l0.ty);
  let l: Elab;
  let r: Elab;
  if (lt.kind !== 'mvar') {
    l = l0;
    r = el.elab(s.rhs, scope, lt);
  } else {
    r = el.elab(s.rhs, scope, undefined);
    l = el.coerce(l0, r.ty, s.lhs.pos);
  }
  return { ty: PROP, build: () => el.validated(mkRel('∣', l.build(), r.build()), s.opPos) };
}

function collectTree(el: Elaborator, s: SNode, scope: Scope | undefined, leaves: Tree[]): Tree {
  if (s.kind === 'binop' && ARITH_OPS.has(s.op)) {
    const l = collectTree(el, s.lhs, scope, leaves);
    const r = collectTree(el, s.rhs, scope, leaves);
    return { kind: 'bin', op: s.op as ArithOp, pos: s.opPos, l, r };
  }
  if (s.kind === 'binop' && s.op === '^') {
    const base = collectTree(el, s.lhs, scope, leaves);
    // `rightact%`: the exponent is a leaf of its own, not part of the tree's type analysis.
    const exponent = el.elab(s.rhs, scope, undefined);
    return { kind: 'pow', pos: s.opPos, base, exponent };
  }
  if (s.kind === 'prefix' && s.op === '-') {
    return { kind: 'neg', pos: s.pos, arg: collectTree(el, s.arg, scope, leaves) };
  }
  const leaf: Tree = { kind: 'leaf', node: s, e: el.elab(s, scope, undefined) };
  leaves.push(leaf);
  return leaf;
}

/**
 * Lean's `binop%`/`binrel%` over the trees of `sides` (one side for arithmetic, two for a
 * relation): the result sides all have the common type, leaves coerced as needed.
 */
export function elabArith(
  el: Elaborator,
  sides: readonly SNode[],
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): { sides: Elab[] } {
  const leaves: Tree[] = [];
  const trees = sides.map((side) => collectTree(el, side, scope, leaves));
  const exp = expected === undefined ? undefined : el.meta.shallow(expected);
  let max: Extract<ETy, { kind: 'num' }> | undefined = exp?.kind === 'num' ? exp : undefined;
  let other: { ty: ETy; pos: number } | undefined;
  for (const leaf of leaves) {
    if (leaf.kind !== 'leaf') continue;
    const t = el.meta.shallow(leaf.e.ty);
    if (t.kind === 'num') {
      if (max === undefined || numRank(t.name) > numRank(max.name)) max = t;
    } else if (t.kind !== 'mvar') {
      other ??= { ty: t, pos: leaf.node.pos };
    }
  }
  const isArith = trees.some((t) => t.kind !== 'leaf');
  if (other !== undefined && (isArith || max !== undefined)) {
    fail('arithmetic', `arithmetic or comparison on a term of type ${el.meta.show(other.ty)}`, other.pos);
  }
  let common: ETy;
  if (max !== undefined) {
    common = max;
    for (const leaf of leaves) if (leaf.kind === 'leaf') leaf.e = el.coerce(leaf.e, max, leaf.node.pos);
  } else {
    // No numeric type known: everything is unified (numerals later default to ℕ).
    const firstLeaf = leaves[0];
    if (exp !== undefined) common = exp;
    else if (firstLeaf !== undefined && firstLeaf.kind === 'leaf') common = firstLeaf.e.ty;
    else common = el.meta.fresh('Nat');
    for (const leaf of leaves) if (leaf.kind === 'leaf') leaf.e = el.coerce(leaf.e, common, leaf.node.pos);
  }
  const built = trees.map((t) => buildTree(el, t, common));
  return { sides: sides.map((side, i) => el.coerce(built[i] as Elab, expected, side.pos)) };
}

function buildTree(el: Elaborator, t: Tree, ty: ETy): Elab {
  switch (t.kind) {
    case 'leaf':
      return t.e;
    case 'bin': {
      const l = buildTree(el, t.l, ty);
      const r = buildTree(el, t.r, ty);
      return { ty, build: () => el.validated(mkArith(t.op, l.build(), r.build()), t.pos) };
    }
    case 'neg': {
      const a = buildTree(el, t.arg, ty);
      return { ty, build: () => el.validated(mkNeg(a.build()), t.pos) };
    }
    case 'pow': {
      const b = buildTree(el, t.base, ty);
      const e = t.exponent;
      return { ty, build: () => el.validated(mkPow(b.build(), e.build()), t.pos) };
    }
  }
}

/** `↑e`: `e` elaborated alone, then cast to whatever type the context settles on. */
export function elabCoeArrow(
  el: Elaborator,
  arg: SNode,
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  const inner = el.elab(arg, scope, undefined);
  const innerTy = el.meta.shallow(inner.ty);
  const target = expected ?? el.meta.fresh(innerTy.kind === 'num' ? innerTy.name : 'Nat');
  return {
    ty: target,
    build: () => {
      const x = inner.build();
      const t = el.resolveAt(target, pos, "the target of '↑'");
      if (tyEquals(x.type, t)) return x;
      return el.validated(mkCast(x, t), pos);
    },
  };
}
