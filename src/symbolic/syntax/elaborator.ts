/**
 * Surface syntax → typed terms, following Lean's elaborator where the fragment needs it:
 *
 * - Arithmetic trees (`binop%`): the leaves of a tree of `+ - * / %`, unary `-` and the bases
 *   of `^` are elaborated without expected type; the largest numeric type among them (and the
 *   expected type, if known) is the tree's type; smaller leaves get an explicit `cast`.
 *   Relations (`binrel%`) do the same over both sides. `^`'s exponent is elaborated alone.
 * - Numerals, `↑e`, untyped binders and polymorphic builtins get type metavariables, solved by
 *   unification; numerals default to ℕ.
 * - Function and builtin arguments are elaborated against the parameter type (coercing up);
 *   a builtin whose result type is its type parameter takes it from the expected type first.
 *
 * Elaboration returns `Elab`s: a type now, and a `build` closure run once all metavariables of
 * the enclosing top-level term are solved, which constructs and validates the final term.
 */
import { mkCast, mkInv, mkLit, mkModEq, mkNot, type BuiltinName, type Term } from './ast.ts';
import { NUMERIC_TYPE_NAMES, OUT_OF_FRAGMENT, builtinSpec } from './builtins.ts';
import { validateNode } from './check.ts';
import { MetaCtx, type ETy } from './meta.ts';
import type { SNode } from './surface.ts';
import { NAT, INT, PROP, numRank, numTy, type Ty } from './types.ts';
import { fail, typeFormer, describeNode, type Elab, type ElabOptions, type Scope } from './elab-common.ts';
import { elabApp, elabBuiltin, elabField, elabIdent } from './elab-apps.ts';
import { elabArith, elabBinop, elabCoeArrow } from './elab-operators.ts';
import { elabBigOp, elabLambda, elabQuant, elabSetBuilder } from './elab-binders.ts';

/** The builtins behind `|x|`, `⌊x⌋`, `⌈x⌉`, `⌊x⌋₊`, `⌈x⌉₊`. */
const BRACKETS: Readonly<Record<'abs' | 'floor' | 'ceil' | 'nfloor' | 'nceil', BuiltinName>> = {
  abs: 'abs',
  floor: 'Int.floor',
  ceil: 'Int.ceil',
  nfloor: 'Nat.floor',
  nceil: 'Nat.ceil',
};

/** Elaboration state (type metavariables, options) and the dispatch over surface syntax. */
export class Elaborator {
  readonly meta = new MetaCtx();

  constructor(readonly opts: ElabOptions) {}

  /** Builds a finished top-level term (all of its metavariables solved or defaulted). */
  finish(e: Elab): Term {
    return e.build();
  }

  // ---- types ----

  /**
   * `s` read as a type of the fragment, `null` when it is not a type at all (then it is a
   * proposition or a term). Types outside the fragment (`NNReal`, `ZMod 7`) are errors.
   */
  asType(s: SNode): Ty | null {
    switch (s.kind) {
      case 'ident': {
        const num = NUMERIC_TYPE_NAMES[s.name];
        if (num !== undefined) return numTy(num);
        if (s.name === 'Prop') return PROP;
        if (OUT_OF_FRAGMENT.has(s.name) && /^[A-Z]/.test(s.name) && !s.name.includes('.'))
          fail(s.name, `type ${s.name} is outside the supported fragment`, s.pos);
        if (typeFormer(s.name) !== undefined) fail(s.name, `${s.name} needs an element type`, s.pos);
        return null;
      }
      case 'app': {
        if (s.fn.kind !== 'ident') return null;
        const former = typeFormer(s.fn.name);
        if (former !== undefined) {
          const arg = s.args[0];
          if (s.args.length !== 1 || arg === undefined) fail(s.fn.name, `${s.fn.name} takes one type`, s.pos);
          const elem = this.asType(arg);
          if (elem === null) fail(s.fn.name, `expected a type after ${s.fn.name}`, arg.pos);
          return { kind: former, elem };
        }
        if (OUT_OF_FRAGMENT.has(s.fn.name) && /^[A-Z]/.test(s.fn.name) && !s.fn.name.includes('.'))
          fail(s.fn.name, `type ${s.fn.name} is outside the supported fragment`, s.pos);
        return null;
      }
      case 'binop': {
        if (s.op === '×') fail('×', 'product types are outside the supported fragment', s.opPos);
        if (s.op !== '→') return null;
        const dom = this.asType(s.lhs);
        if (dom === null) return null;
        const cod = this.asType(s.rhs);
        if (cod === null) fail('→', 'expected a type after →', s.rhs.pos);
        return { kind: 'fun', dom, cod };
      }
      default:
        return null;
    }
  }

  requireType(s: SNode): Ty {
    const t = this.asType(s);
    if (t === null) fail(describeNode(s), 'expected a type', s.pos);
    return t;
  }

  /** Resolves `t` for building a term; unsolvable metavariables are an error at `pos`. */
  resolveAt(t: ETy, pos: number, what: string): Ty {
    const r = this.meta.resolveWithDefaults(t);
    if (r === undefined) fail(what, `cannot infer the type of ${what}`, pos);
    return r;
  }

  validated(term: Term, pos: number): Term {
    const problem = validateNode(term);
    if (problem !== undefined) fail(problem.construct, problem.message, pos);
    return term;
  }

  /** `e` at type `expected`: unified, or coerced up the numeric tower with a `cast`. */
  coerce(e: Elab, expected: ETy | undefined, pos: number): Elab {
    if (expected === undefined) return e;
    const a = this.meta.shallow(e.ty);
    const b = this.meta.shallow(expected);
    if (a.kind === 'num' && b.kind === 'num') {
      if (a.name === b.name) return e;
      if (numRank(a.name) < numRank(b.name)) {
        return { ty: b, build: () => mkCast(e.build(), b) };
      }
      fail('coercion', `type mismatch: expected ${this.meta.show(b)}, got ${this.meta.show(a)}`, pos);
    }
    if (this.meta.unify(a, b)) return e;
    fail('type mismatch', `type mismatch: expected ${this.meta.show(b)}, got ${this.meta.show(a)}`, pos);
  }

  // ---- the main dispatch ----

  elab(s: SNode, scope: Scope | undefined, expected?: ETy): Elab {
    switch (s.kind) {
      case 'num':
        return this.coerce(this.numeral(s), expected, s.pos);
      case 'ident':
        return this.coerce(elabIdent(this, s, scope), expected, s.pos);
      case 'app':
        return elabApp(this, s, scope, expected);
      case 'binop':
        return elabBinop(this, s, scope, expected);
      case 'prefix':
        switch (s.op) {
          case '-':
            return elabArith(this, [s], scope, expected, s.pos).sides[0] as Elab;
          case '¬': {
            const arg = this.elab(s.arg, scope, PROP);
            return this.coerce({ ty: PROP, build: () => mkNot(arg.build()) }, expected, s.pos);
          }
          case '↑':
            return elabCoeArrow(this, s.arg, scope, expected, s.pos);
          case '√':
            return elabBuiltin(this, builtinSpec('Real.sqrt'), [s.arg], scope, expected, s.pos);
        }
        break;
      case 'postfix':
        if (s.op === '!') {
          if (!this.opts.opens.includes('Nat'))
            fail('!', "the factorial notation 'n !' needs 'open Nat' (write Nat.factorial n)", s.opPos);
          return elabBuiltin(this, builtinSpec('Nat.factorial'), [s.arg], scope, expected, s.pos);
        } else {
          const arg = this.elab(s.arg, scope, undefined);
          const inv: Elab = { ty: arg.ty, build: () => this.validated(mkInv(arg.build()), s.opPos) };
          return this.coerce(inv, expected, s.pos);
        }
      case 'proj': {
        if (/^\d+$/.test(s.field)) {
          fail(`.${s.field}`, `anonymous projection '.${s.field}' is outside the supported fragment`, s.fieldPos);
        }
        const receiver = this.elab(s.arg, scope, undefined);
        return elabField(this, receiver, s.field, s.fieldPos, [], scope, expected, s.pos);
      }
      case 'ascription': {
        const ty = this.requireType(s.type);
        const inner = this.elab(s.expr, scope, ty);
        return this.coerce(inner, expected, s.pos);
      }
      case 'bracket': {
        const name = BRACKETS[s.op];
        return elabBuiltin(this, builtinSpec(name), [s.arg], scope, expected, s.pos);
      }
      case 'binder':
        if (s.q === 'fun') return elabLambda(this, s.groups, s.body, scope, expected, s.pos);
        return this.coerce(elabQuant(this, s.q, s.groups, s.body, scope), expected, s.pos);
      case 'bigop': {
        if (s.domain === undefined)
          fail(s.op, `'${s.op} x : T, f' (sum over a whole type, Finset.univ) is outside the supported fragment`, s.pos);
        const domain = this.elab(s.domain, scope, undefined);
        const body = (sc: Scope | undefined, exp: ETy | undefined): Elab => this.elab(s.body, sc, exp);
        return elabBigOp(this, s.op, domain, s.domain.pos, s.name, s.namePos, body, scope, expected, s.pos);
      }
      case 'setBuilder':
        return elabSetBuilder(this, s, scope, expected);
      case 'modeq': {
        const carrier = s.variant === 'MOD' ? NAT : INT;
        const modulus = this.elab(s.modulus, scope, carrier);
        const lhs = this.elab(s.lhs, scope, carrier);
        const rhs = this.elab(s.rhs, scope, carrier);
        const e: Elab = { ty: PROP, build: () => this.validated(mkModEq(modulus.build(), lhs.build(), rhs.build()), s.pos) };
        return this.coerce(e, expected, s.pos);
      }
      case 'hole':
        return fail('_', "holes '_' are not supported", s.pos);
      case 'cdot':
      case 'cdotFun':
        return fail('·', "anonymous functions with '·' are outside the supported fragment", s.pos);
      case 'setLit':
        return fail('{…}', 'set literals are outside the supported fragment', s.pos);
      case 'listLit':
        return fail('[…]', 'list literals are outside the supported fragment', s.pos);
      case 'tuple':
        return fail('(…, …)', 'tuples are outside the supported fragment', s.pos);
      case 'ite':
        return fail('if-then-else', 'if-then-else is outside the supported fragment', s.pos);
      case 'unsupported':
        return fail(s.construct, `${s.construct} is outside the supported fragment`, s.pos);
    }
  }

  // ---- atoms ----

  private numeral(s: Extract<SNode, { kind: 'num' }>): Elab {
    const ty = this.meta.fresh('Nat');
    return {
      ty,
      build: () => {
        const t = this.resolveAt(ty, s.pos, `numeral ${s.text}`);
        return this.validated(mkLit(s.num, t, s.den), s.pos);
      },
    };
  }






  // ---- application ----








  // ---- arithmetic trees and relations ----







  // ---- binders ----





}
