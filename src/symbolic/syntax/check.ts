/**
 * Well-typedness of terms and the fragment's rules (Lean's instances): `%` only on ℕ/ℤ, no
 * negation on ℕ, decimals only in fields, no order on ℂ, coercions only up the tower, builtin
 * signatures. The elaborator runs `validateNode` on every node it builds; consumers that
 * build terms themselves can run `checkTerm`.
 */
import type { Term } from './ast.ts';
import { alphaAllowed, builtinSpec, type SigTy } from './builtins.ts';
import { children } from './substitute.ts';
import {
  canCoerce,
  isField,
  isIntegral,
  isNumeric,
  isOrdered,
  printTy,
  tyEquals,
  type Ty,
} from './types.ts';

export interface NodeProblem {
  /** The construct at fault (`%`, `abs`, `numeral`, …). */
  readonly construct: string;
  readonly message: string;
}

export type CheckResult = { readonly kind: 'ok' } | { readonly kind: 'error'; readonly message: string; readonly term: Term };

/** Checks every node of `term` (children before parents); the first problem found is reported. */
export function checkTerm(term: Term): CheckResult {
  const stack: { t: Term; visited: boolean }[] = [{ t: term, visited: false }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!item.visited) {
      stack.push({ t: item.t, visited: true });
      for (const c of children(item.t)) stack.push({ t: c, visited: false });
      continue;
    }
    const problem = validateNode(item.t);
    if (problem !== undefined) return { kind: 'error', message: problem.message, term: item.t };
  }
  return { kind: 'ok' };
}

function onlyTwosAndFives(n: bigint): boolean {
  let m = n;
  while (m % 2n === 0n) m /= 2n;
  while (m % 5n === 0n) m /= 5n;
  return m === 1n;
}

function mismatch(construct: string, what: string, expected: Ty, got: Ty): NodeProblem {
  return { construct, message: `${what}: expected ${printTy(expected)}, got ${printTy(got)}` };
}

/** The problem with one node given that its children are fine, or `undefined`. */
export function validateNode(t: Term): NodeProblem | undefined {
  switch (t.kind) {
    case 'var':
    case 'propConst':
    case 'lemma':
      return undefined;
    case 'lit':
      if (!isNumeric(t.type)) return { construct: 'numeral', message: `a numeral cannot have type ${printTy(t.type)}` };
      if (t.num < 0n || t.den < 1n) return { construct: 'numeral', message: 'literals are non-negative with a positive denominator' };
      if (t.den !== 1n) {
        if (!isField(t.type))
          return { construct: 'decimal', message: `decimal literal at ${printTy(t.type)}: decimals need ℚ, ℝ or ℂ` };
        if (!onlyTwosAndFives(t.den)) return { construct: 'decimal', message: `${t.num}/${t.den} is not a decimal literal` };
      }
      return undefined;
    case 'neg':
      if (!isNumeric(t.type)) return { construct: '-', message: `negation of a term of type ${printTy(t.type)}` };
      if (t.type.name === 'Nat') return { construct: '-', message: 'negation is not defined on ℕ' };
      if (!tyEquals(t.arg.type, t.type)) return mismatch('-', 'negation', t.type, t.arg.type);
      return undefined;
    case 'arith':
      if (!isNumeric(t.type)) return { construct: t.op, message: `'${t.op}' on a term of type ${printTy(t.type)}` };
      if (!tyEquals(t.left.type, t.type)) return mismatch(t.op, `left operand of '${t.op}'`, t.type, t.left.type);
      if (!tyEquals(t.right.type, t.type)) return mismatch(t.op, `right operand of '${t.op}'`, t.type, t.right.type);
      if (t.op === '%' && !isIntegral(t.type)) return { construct: '%', message: `'%' is not defined on ${printTy(t.type)}` };
      return undefined;
    case 'pow': {
      if (!isNumeric(t.type)) return { construct: '^', message: `'^' on a term of type ${printTy(t.type)}` };
      if (!tyEquals(t.base.type, t.type)) return mismatch('^', 'base of ^', t.type, t.base.type);
      const e = t.exponent.type;
      if (!isNumeric(e)) return { construct: '^', message: `exponent of type ${printTy(e)}` };
      const ok =
        e.name === 'Nat' ||
        (e.name === 'Int' && isField(t.type)) ||
        (e.name === 'Real' && t.type.name === 'Real') ||
        (e.name === 'Complex' && t.type.name === 'Complex');
      if (!ok) return { construct: '^', message: `${printTy(t.type)} ^ ${printTy(e)} is not defined in the fragment` };
      return undefined;
    }
    case 'inv':
      if (!isField(t.type)) return { construct: '⁻¹', message: `'⁻¹' is not defined on ${printTy(t.type)}` };
      if (!tyEquals(t.arg.type, t.type)) return mismatch('⁻¹', 'argument of ⁻¹', t.type, t.arg.type);
      return undefined;
    case 'cast':
      if (!canCoerce(t.arg.type, t.type))
        return { construct: '↑', message: `no coercion from ${printTy(t.arg.type)} to ${printTy(t.type)}` };
      return undefined;
    case 'app':
      if (t.fn.type.kind !== 'fun') return { construct: 'application', message: `applying a term of type ${printTy(t.fn.type)}` };
      if (!tyEquals(t.fn.type.dom, t.arg.type)) return mismatch('application', 'argument', t.fn.type.dom, t.arg.type);
      if (!tyEquals(t.fn.type.cod, t.type)) return mismatch('application', 'result', t.fn.type.cod, t.type);
      return undefined;
    case 'lambda':
      if (!(t.type.kind === 'fun' && tyEquals(t.type.dom, t.param.type) && tyEquals(t.type.cod, t.body.type)))
        return { construct: 'fun', message: 'lambda type does not match its parameter and body' };
      return undefined;
    case 'call':
      return validateCall(t);
    case 'bigop':
      if (!(t.domain.type.kind === 'finset' && tyEquals(t.domain.type.elem, t.index.type)))
        return { construct: t.op, message: `'${t.op}' index of type ${printTy(t.index.type)} over ${printTy(t.domain.type)}` };
      if (!isNumeric(t.type) || !tyEquals(t.body.type, t.type))
        return { construct: t.op, message: `'${t.op}' of terms of type ${printTy(t.body.type)}` };
      return undefined;
    case 'setOf':
      if (t.body.type.kind !== 'prop') return { construct: 'set-builder', message: 'set-builder condition is not a proposition' };
      if (!(t.type.kind === 'set' && tyEquals(t.type.elem, t.param.type)))
        return { construct: 'set-builder', message: 'set-builder type does not match its variable' };
      return undefined;
    case 'rel': {
      const a = t.left.type;
      if (!tyEquals(a, t.right.type)) return mismatch(t.op, `right side of '${t.op}'`, a, t.right.type);
      if (a.kind === 'proof') return { construct: t.op, message: `'${t.op}' between proofs` };
      if (t.op === '∣') {
        if (!isIntegral(a)) return { construct: '∣', message: `'∣' is only supported on ℕ and ℤ, not ${printTy(a)}` };
      } else if (t.op !== '=' && t.op !== '≠' && !isOrdered(a)) {
        return { construct: t.op, message: `'${t.op}' is not defined on ${printTy(a)}` };
      }
      return undefined;
    }
    case 'modeq': {
      const c = t.left.type;
      if (!isIntegral(c)) return { construct: '≡', message: `'≡ [MOD]' on ${printTy(c)}` };
      if (!tyEquals(t.right.type, c) || !tyEquals(t.modulus.type, c))
        return { construct: '≡', message: "'≡ [MOD n]' operands and modulus must have one type" };
      return undefined;
    }
    case 'mem': {
      const s = t.set.type;
      if (!(s.kind === 'finset' || s.kind === 'set'))
        return { construct: '∈', message: `'∈' needs a Finset or a Set, got ${printTy(s)}` };
      if (!tyEquals(s.elem, t.elem.type)) return mismatch('∈', 'element', s.elem, t.elem.type);
      return undefined;
    }
    case 'logic':
      if (t.left.type.kind !== 'prop' || t.right.type.kind !== 'prop')
        return { construct: t.op, message: `'${t.op}' needs propositions` };
      return undefined;
    case 'not':
      if (t.arg.type.kind !== 'prop') return { construct: '¬', message: "'¬' needs a proposition" };
      return undefined;
    case 'quant':
      if (t.body.type.kind !== 'prop') return { construct: t.q, message: `'${t.q}' body is not a proposition` };
      if (t.binder.type.kind === 'proof' || t.binder.type.kind === 'prop')
        return { construct: t.q, message: `'${t.q}' over ${printTy(t.binder.type)} is outside the fragment` };
      return undefined;
  }
}

function validateCall(t: Extract<Term, { kind: 'call' }>): NodeProblem | undefined {
  const spec = builtinSpec(t.fn);
  if (t.args.length !== spec.params.length)
    return { construct: t.fn, message: `${t.fn} takes ${spec.params.length} arguments, got ${t.args.length}` };
  let alpha: Ty | undefined;
  const bind = (sig: SigTy, actual: Ty): boolean => {
    const fix = (a: Ty): boolean => {
      if (alpha === undefined) {
        alpha = a;
        return true;
      }
      return tyEquals(alpha, a);
    };
    switch (sig.kind) {
      case 'fixed':
        return tyEquals(sig.ty, actual);
      case 'alpha':
        return fix(actual);
      case 'finsetAlpha':
        return actual.kind === 'finset' && fix(actual.elem);
      case 'setAlpha':
        return actual.kind === 'set' && fix(actual.elem);
      case 'listAlpha':
        return actual.kind === 'list' && fix(actual.elem);
      case 'predAlpha':
        return actual.kind === 'fun' && actual.cod.kind === 'prop' && fix(actual.dom);
    }
  };
  for (const [i, sig] of spec.params.entries()) {
    const arg = t.args[i];
    if (arg === undefined || !bind(sig, arg.type))
      return { construct: t.fn, message: `argument ${i + 1} of ${t.fn} has type ${arg === undefined ? '?' : printTy(arg.type)}` };
  }
  if (!bind(spec.result, t.type)) return { construct: t.fn, message: `${t.fn} cannot have type ${printTy(t.type)}` };
  if (alpha !== undefined && !alphaAllowed(spec, alpha))
    return { construct: t.fn, message: `${t.fn} is not defined on ${printTy(alpha)} in the fragment` };
  return undefined;
}
