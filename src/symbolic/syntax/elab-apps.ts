/**
 * Names and applications: locals, globals under `open` (with Lean-style overload resolution),
 * builtins against their signatures, `Finset.sum`/`Nat.ModEq` written as functions, and
 * generalized field notation `x.f`.
 */
import { FALSE, TRUE, mkApp, mkCall, mkLemma, mkModEq, mkVar, type BigOp } from './ast.ts';
import {
  NUMERIC_TYPE_NAMES,
  OUT_OF_FRAGMENT,
  builtinSpec,
  resolveGlobal,
  typeNamespace,
  type BuiltinSpec,
  type GlobalRef,
  type SigTy,
  type SpecialFunction,
} from './builtins.ts';
import type { ETy, MetaState } from './meta.ts';
import { Abort } from './source.ts';
import type { SNode } from './surface.ts';
import { NAT, INT, PROP, PROOF } from './types.ts';
import { fail, isElab, lookup, typeFormer, type Elab, type Scope } from './elab-common.ts';
import type { Elaborator } from './elaborator.ts';
import { elabBigOp } from './elab-binders.ts';

/** The type former a signature parameter expects, for finding the receiver of `x.f`. */
function sigHead(sig: SigTy): string | undefined {
  switch (sig.kind) {
    case 'finsetAlpha':
      return 'finset';
    case 'setAlpha':
      return 'set';
    case 'listAlpha':
      return 'list';
    default:
      return undefined;
  }
}

/** A name used as a value: a local, a field chain on a local (`x.den`), a constant (`π`). */
export function elabIdent(el: Elaborator, s: Extract<SNode, { kind: 'ident' }>, scope: Scope | undefined): Elab {
  const local = lookup(scope, s.name);
  if (local !== undefined) return localVar(el, local, s.pos);
  const dotted = splitLocalDotted(s.name, scope);
  if (dotted !== undefined) {
    let receiver = localVar(el, dotted.local, s.pos);
    for (const field of dotted.fields) {
      receiver = elabField(el, receiver, field, s.pos, [], scope, undefined, s.pos);
    }
    return receiver;
  }
  const refs = resolveGlobal(s.name, el.opts.opens);
  if (refs.length > 0) {
    return tryGlobals(el, refs, s.name, s.pos, (ref) => applyGlobal(el, ref, s.name, [], scope, undefined, s.pos));
  }
  return unknownHead(el, s.name, [], scope, s.pos);
}

function localVar(el: Elaborator, local: Scope, pos: number): Elab {
  const ty = local.ty;
  return { ty, build: () => mkVar(local.name, el.resolveAt(ty, pos, local.name)) };
}

/** `x.den.foo` where `x` is local: the local and the field chain. */
function splitLocalDotted(name: string, scope: Scope | undefined): { local: Scope; fields: string[] } | undefined {
  const parts = name.split('.');
  if (parts.length < 2) return undefined;
  const head = parts[0] ?? '';
  const local = lookup(scope, head);
  if (local === undefined) return undefined;
  return { local, fields: parts.slice(1) };
}

/** An identifier that is neither local nor a known global. */
function unknownHead(
  el: Elaborator,
  name: string,
  args: readonly SNode[],
  scope: Scope | undefined,
  pos: number,
): Elab {
  if (NUMERIC_TYPE_NAMES[name] !== undefined || name === 'Prop' || typeFormer(name) !== undefined)
    fail(name, `the type ${name} is used as a term`, pos);
  if (OUT_OF_FRAGMENT.has(name)) fail(name, `${name} is outside the supported fragment`, pos);
  if (el.opts.allowUnknownConstants && !name.startsWith('_')) {
    const elabs = args.map((a) => el.elab(a, scope, undefined));
    return { ty: PROOF, build: () => mkLemma(name, elabs.map((e) => e.build())) };
  }
  return fail(name, `unknown identifier '${name}'`, pos);
}

/**
 * Elaborates with each global a name may mean; keeps the one interpretation that succeeds
 * (Lean's overload resolution), and reports ambiguity when several do.
 */
function tryGlobals(
  el: Elaborator,
  refs: readonly GlobalRef[],
  name: string,
  pos: number,
  f: (ref: GlobalRef) => Elab,
): Elab {
  const first = refs[0];
  if (refs.length === 1 && first !== undefined) return f(first);
  const start = el.meta.snapshot();
  const successes: { ref: GlobalRef; e: Elab; state: MetaState }[] = [];
  let firstError: Abort | undefined;
  for (const ref of refs) {
    el.meta.restore(start);
    try {
      const e = f(ref);
      successes.push({ ref, e, state: el.meta.snapshot() });
    } catch (err) {
      if (!(err instanceof Abort)) throw err;
      firstError ??= err;
    }
  }
  const only = successes[0];
  if (successes.length === 1 && only !== undefined) {
    el.meta.restore(only.state);
    return only.e;
  }
  el.meta.restore(start);
  if (successes.length === 0 && firstError !== undefined) throw firstError;
  const names = successes.map((x) => (x.ref.kind === 'propConst' ? String(x.ref.value) : x.ref.name)).join(', ');
  return fail(name, `ambiguous '${name}': could be ${names}`, pos);
}

/** `f a b …`: a local function, a (possibly overloaded) global, a field `x.f a`, or a lemma. */
export function elabApp(
  el: Elaborator,
  s: Extract<SNode, { kind: 'app' }>,
  scope: Scope | undefined,
  expected: ETy | undefined,
): Elab {
  const head = s.fn;
  if (head.kind === 'ident') {
    const local = lookup(scope, head.name);
    if (local !== undefined) {
      return el.coerce(applyFunction(el, localVar(el, local, head.pos), s.args, scope), expected, s.pos);
    }
    const dotted = splitLocalDotted(head.name, scope);
    if (dotted !== undefined) {
      let receiver = localVar(el, dotted.local, head.pos);
      const fields = dotted.fields;
      for (const field of fields.slice(0, -1)) {
        receiver = elabField(el, receiver, field, head.pos, [], scope, undefined, head.pos);
      }
      return elabField(el, receiver, fields[fields.length - 1] ?? '', head.pos, s.args, scope, expected, s.pos);
    }
    const refs = resolveGlobal(head.name, el.opts.opens);
    if (refs.length > 0) {
      const apply = (ref: GlobalRef): Elab => applyGlobal(el, ref, head.name, s.args, scope, expected, s.pos);
      return tryGlobals(el, refs, head.name, head.pos, apply);
    }
    return el.coerce(unknownHead(el, head.name, s.args, scope, head.pos), expected, s.pos);
  }
  if (head.kind === 'proj') {
    if (/^\d+$/.test(head.field))
      fail(`.${head.field}`, `anonymous projection '.${head.field}' is outside the supported fragment`, head.fieldPos);
    const receiver = el.elab(head.arg, scope, undefined);
    return elabField(el, receiver, head.field, head.fieldPos, s.args, scope, expected, s.pos);
  }
  const fn = el.elab(head, scope, undefined);
  return el.coerce(applyFunction(el, fn, s.args, scope), expected, s.pos);
}

/** `f a b …` for a function-typed term: each argument at the parameter type. */
export function applyFunction(el: Elaborator, fn: Elab, args: readonly SNode[], scope: Scope | undefined): Elab {
  let acc = fn;
  for (const arg of args) {
    const fty = el.meta.shallow(acc.ty);
    if (fty.kind !== 'fun') {
      if (fty.kind === 'mvar') {
        fail('application', 'cannot apply a term whose type is not known yet; add a type annotation', arg.pos);
      }
      fail('application', `too many arguments: a term of type ${el.meta.show(fty)} is not a function`, arg.pos);
    }
    const a = el.elab(arg, scope, fty.dom);
    const f = acc;
    acc = { ty: fty.cod, build: () => mkApp(f.build(), a.build()) };
  }
  return acc;
}

function applyGlobal(
  el: Elaborator,
  ref: GlobalRef,
  name: string,
  args: readonly (SNode | Elab)[],
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  switch (ref.kind) {
    case 'propConst':
      if (args.length > 0) fail(name, `${name} is not a function`, pos);
      return el.coerce({ ty: PROP, build: () => (ref.value ? TRUE : FALSE) }, expected, pos);
    case 'builtin':
      return elabBuiltin(el, builtinSpec(ref.name), args, scope, expected, pos);
    case 'special':
      return elabSpecial(el, ref.name, args, scope, expected, pos);
  }
}

function instantiate(el: Elaborator, sig: SigTy, alpha: ETy): ETy {
  switch (sig.kind) {
    case 'fixed':
      return sig.ty;
    case 'alpha':
      return alpha;
    case 'finsetAlpha':
      return { kind: 'finset', elem: alpha };
    case 'setAlpha':
      return { kind: 'set', elem: alpha };
    case 'listAlpha':
      return { kind: 'list', elem: alpha };
    case 'predAlpha':
      return { kind: 'fun', dom: alpha, cod: PROP };
  }
}

/**
 * A builtin applied to exactly its arguments (some may be pre-elaborated, e.g. the receiver
 * of `x.den`). Lean's `propagateExpectedType`: when the result type mentions the type
 * parameter, it is unified with the expected type before the arguments are elaborated.
 */
export function elabBuiltin(
  el: Elaborator,
  spec: BuiltinSpec,
  args: readonly (SNode | Elab)[],
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  if (args.length !== spec.params.length) {
    const n = spec.params.length;
    fail(spec.name, `${spec.name} expects ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`, pos);
  }
  const alpha = el.meta.fresh();
  const resultTy = instantiate(el, spec.result, alpha);
  if (expected !== undefined && spec.result.kind !== 'fixed') el.meta.unify(resultTy, expected);
  const order = spec.elabOrder ?? spec.params.map((_, i) => i);
  const elabs: Elab[] = new Array<Elab>(args.length);
  for (const i of order) {
    const arg = args[i];
    const sig = spec.params[i];
    if (arg === undefined || sig === undefined) continue;
    const paramTy = instantiate(el, sig, alpha);
    elabs[i] = isElab(arg) ? el.coerce(arg, paramTy, pos) : el.elab(arg, scope, paramTy);
  }
  const e: Elab = {
    ty: resultTy,
    build: () => {
      const built = elabs.map((x) => x.build());
      const ty = el.resolveAt(resultTy, pos, `the result of ${spec.name}`);
      if (spec.alpha !== undefined) el.resolveAt(alpha, pos, `the type argument of ${spec.name}`);
      return el.validated(mkCall(spec.name, built, ty), pos);
    },
  };
  return el.coerce(e, expected, pos);
}

function elabSpecial(
  el: Elaborator,
  name: SpecialFunction,
  args: readonly (SNode | Elab)[],
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  switch (name) {
    case 'Nat.ModEq':
    case 'Int.ModEq': {
      if (args.length !== 3) fail(name, `${name} expects 3 arguments, got ${args.length}`, pos);
      const carrier = name === 'Nat.ModEq' ? NAT : INT;
      const at = (x: SNode | Elab): Elab => (isElab(x) ? el.coerce(x, carrier, pos) : el.elab(x, scope, carrier));
      const [n, a, b] = args.map(at) as [Elab, Elab, Elab];
      const modeq: Elab = { ty: PROP, build: () => el.validated(mkModEq(n.build(), a.build(), b.build()), pos) };
      return el.coerce(modeq, expected, pos);
    }
    case 'Finset.sum':
    case 'Finset.prod': {
      if (args.length !== 2) fail(name, `${name} expects 2 arguments, got ${args.length}`, pos);
      const [s, f] = args as [SNode | Elab, SNode | Elab];
      const domain = isElab(s) ? s : el.elab(s, scope, undefined);
      const op: BigOp = name === 'Finset.sum' ? '∑' : '∏';
      const sPos = isElab(s) ? pos : s.pos;
      // `Finset.sum s fun i => body` is `∑ i ∈ s, body`; another `f` becomes `∑ i ∈ s, f i`.
      if (!isElab(f) && f.kind === 'binder' && f.q === 'fun' && f.groups.length === 1) {
        const g = f.groups[0];
        const nm = g?.names[0];
        if (g !== undefined && nm !== undefined && g.names.length === 1 && g.pred === undefined && g.bracket !== '[') {
          return elabBigOp(el, op, domain, sPos, nm.name, nm.pos, (sc, exp) => {
            if (g.type !== undefined) {
              const annotated = el.requireType(g.type);
              const idx = lookup(sc, nm.name);
              if (idx !== undefined && !el.meta.unify(idx.ty, annotated))
                fail(nm.name, 'the binder type does not match the Finset', nm.pos);
            }
            return el.elab(f.body, sc, exp);
          }, scope, expected, pos);
        }
      }
      return elabBigOp(el, op, domain, sPos, '', pos, (sc, exp) => {
        const idx = sc?.name ?? '';
        const idxTy = sc?.ty ?? NAT;
        const fn = isElab(f) ? f : el.elab(f, sc?.next, { kind: 'fun', dom: idxTy, cod: exp ?? el.meta.fresh() });
        const fty = el.meta.shallow(fn.ty);
        if (fty.kind !== 'fun') fail(name, `${name} expects a function`, pos);
        return { ty: fty.cod, build: () => mkApp(fn.build(), mkVar(idx, el.resolveAt(idxTy, pos, 'the index'))) };
      }, scope, expected, pos);
    }
  }
}

/** `x.f args` (generalized field notation): `T.f` with `x` as its first argument of type `T`. */
export function elabField(
  el: Elaborator,
  receiver: Elab,
  field: string,
  fieldPos: number,
  args: readonly SNode[],
  scope: Scope | undefined,
  expected: ETy | undefined,
  pos: number,
): Elab {
  // A collection's namespace is known from its head even while its element type is still a
  // metavariable (`(Finset.Icc 3 10).card`: the numerals are defaulted later, as in Lean).
  const head = el.meta.shallow(receiver.ty);
  const rty =
    el.meta.resolve(receiver.ty) ??
    (head.kind === 'finset' || head.kind === 'set' || head.kind === 'list' ? ({ kind: head.kind, elem: NAT } as const) : undefined);
  if (rty === undefined) fail(`.${field}`, `cannot resolve '.${field}' on a term whose type is not known yet`, fieldPos);
  const ns = typeNamespace(rty);
  if (ns === undefined) fail(`.${field}`, `no field '.${field}' on a term of type ${el.meta.show(receiver.ty)}`, fieldPos);
  const full = `${ns}.${field}`;
  const refs = resolveGlobal(full, []);
  const ref = refs[0];
  if (ref === undefined) {
    if (OUT_OF_FRAGMENT.has(full)) fail(full, `${full} is outside the supported fragment`, fieldPos);
    fail(full, `unknown field '.${field}' for a term of type ${el.meta.show(rty)} (no ${full})`, fieldPos);
  }
  if (ref.kind === 'special') {
    if (ref.name === 'Finset.sum' || ref.name === 'Finset.prod') {
      return elabSpecial(el, ref.name, [receiver, ...args], scope, expected, pos);
    }
    fail(full, `'.${field}' is not supported on this term`, fieldPos);
  }
  if (ref.kind !== 'builtin') fail(full, `'.${field}' is not a function`, fieldPos);
  const spec = builtinSpec(ref.name);
  // The receiver is the first explicit argument of the namespace's type.
  const index = spec.params.findIndex(
    (p) => sigHead(p) === rty.kind || (p.kind === 'fixed' && p.ty.kind === 'num' && rty.kind === 'num' && p.ty.name === rty.name),
  );
  if (index < 0) fail(full, `${full} takes no argument of type ${el.meta.show(rty)}`, fieldPos);
  const all: (SNode | Elab)[] = [...args];
  all.splice(index, 0, receiver);
  return elabBuiltin(el, spec, all, scope, expected, pos);
}
