/**
 * z3 models back to exact evaluator values: integer and rational numerals become `Rational`s
 * at the variable's Lean type; an irrational (algebraic) value is left out, since it has no
 * exact representation here. Function symbols become `fn` values that ask the model for each
 * argument (z3's interpretation is total), described as their finite table for printing.
 * Nothing here is trusted: callers re-check every candidate by exact evaluation. A function
 * value asks z3 lazily, so it answers `unknown` while a check runs or once its instance is gone.
 */
import type { Arith, Expr, FuncDecl, Model } from 'z3-solver';
import { Rational } from '../core/index.ts';
import { numValue, boolValue, unknown, type EvalResult, type Value, showValue } from '../eval/index.ts';
import type { Ty } from '../syntax/types.ts';
import type { VarBinding } from './translate.ts';
import { z3Alive, z3Busy, type Z3Context } from './z3.ts';

/** The exact rational a z3 numeral denotes, or `undefined` (algebraic numbers, non-numerals). */
export function numeral(z: Z3Context, e: Expr<'main'>): Rational | undefined {
  if (z.isIntVal(e)) return Rational.of(e.value());
  if (z.isRealVal(e)) {
    const { numerator, denominator } = e.value();
    return denominator === 0n ? undefined : Rational.of(numerator, denominator);
  }
  return undefined;
}

function toValue(z: Z3Context, e: Expr<'main'>, ty: Ty): Value | undefined {
  if (ty.kind === 'prop') {
    if (z.isTrue(e)) return boolValue(true);
    if (z.isFalse(e)) return boolValue(false);
    return undefined;
  }
  if (ty.kind !== 'num' || ty.name === 'Complex') return undefined;
  const r = numeral(z, e);
  if (r === undefined) return undefined;
  if ((ty.name === 'Nat' || ty.name === 'Int') && !r.isInteger()) return undefined;
  if (ty.name === 'Nat' && r.isNegative()) return undefined;
  return numValue(r, ty);
}

/** A z3 numeral term for an argument value at a domain type. */
function argExpr(z: Z3Context, v: Value, ty: Ty): Arith<'main'> | undefined {
  if (v.kind !== 'num' || ty.kind !== 'num') return undefined;
  const r = v.value;
  if (ty.name === 'Nat' || ty.name === 'Int') return r.isInteger() ? z.Int.val(r.num) : undefined;
  return z.Real.val({ numerator: r.num, denominator: r.den });
}

function fnValue(z: Z3Context, generation: number, model: Model<'main'>, b: Extract<VarBinding, { kind: 'fn' }>): Value {
  const apply = (collected: readonly Value[]): EvalResult => {
    // Evaluated later, outside the z3 queue: never while a check runs (z3 is not thread-safe)
    // nor once the instance that made the model has been retired.
    if (z3Busy() || !z3Alive(generation)) return unknown(`z3's model of ${b.name} is no longer available`);
    const exprs: Arith<'main'>[] = [];
    for (const [i, v] of collected.entries()) {
      const e = argExpr(z, v, b.doms[i]!);
      if (e === undefined) return unknown(`argument ${showValue(v)} of ${b.name}`);
      exprs.push(e);
    }
    let out: Expr<'main'>;
    try {
      out = model.eval(b.decl.call(...exprs) as Expr<'main'>, true);
    } catch (error) {
      // e.g. "canceled": an interrupt of a later check leaves the context refusing calls.
      return unknown(`z3 could not evaluate ${b.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const v = toValue(z, out, b.cod);
    return v === undefined ? unknown(`the model's value of ${b.name} is not exact`) : { kind: 'ok', value: v };
  };
  // Curried: collect one argument per application until all domains are filled.
  const curry = (collected: readonly Value[]): Value => ({
    kind: 'fn',
    apply: (arg: Value): EvalResult => {
      const next = [...collected, arg];
      return next.length === b.doms.length ? apply(next) : { kind: 'ok', value: curry(next) };
    },
    ...(collected.length === 0 ? { describe: describeFn(model, b.decl) } : {}),
  });
  return curry([]);
}

/** `[0 ↦ 1, 1 ↦ 3, _ ↦ 2]`: z3's table for a function symbol. */
function describeFn(model: Model<'main'>, decl: FuncDecl<'main'>): string {
  try {
    const interp = model.get(decl);
    if (!('entry' in interp)) return 'fun _ => ?';
    const parts: string[] = [];
    for (let i = 0; i < interp.numEntries() && i < 20; i++) {
      const entry = interp.entry(i);
      const args = Array.from({ length: entry.numArgs() }, (_, j) => entry.argValue(j).toString()).join(', ');
      parts.push(`${args} ↦ ${entry.value().toString()}`);
    }
    parts.push(`_ ↦ ${interp.elseValue().toString()}`);
    return `[${parts.join(', ')}]`;
  } catch {
    return 'fun _ => ?'; // a symbol the model does not mention: any function works
  }
}

/** The model's values for the goal's context variables (exact ones only). */
export function extractModel(z: Z3Context, generation: number, model: Model<'main'>, vars: ReadonlyMap<string, VarBinding>): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [name, b] of vars) {
    if (b.kind === 'fn') {
      out.set(name, fnValue(z, generation, model, b));
      continue;
    }
    const v = toValue(z, model.eval(b.expr.e as Expr<'main'>, true), b.type);
    if (v !== undefined) out.set(name, v);
  }
  return out;
}

