/**
 * Canonical keys and structural equality of terms, up to the names of bound variables
 * (α-equivalence): `∀ x : ℝ, x ≥ 0` and `∀ y : ℝ, y ≥ 0` have one key. Types are part of the
 * key, so `(x : ℕ)` and `(x : ℝ)` differ, and so do `2 : ℕ` and `2 : ℝ`.
 */
import type { Binder, Term } from './ast.ts';
import { printTy } from './types.ts';

/**
 * A stable string that identifies `term` up to α-equivalence: equal keys ⇔ `termEquals`.
 * Bound variables appear as de Bruijn indices (`#0` is the innermost binder), free ones as
 * `name:type`. The format is an S-expression and does not change between runs.
 */
export function termKey(term: Term): string {
  const out: string[] = [];
  writeKey(term, [], out);
  return out.join('');
}

/** Structural equality up to renaming of bound variables (same as comparing `termKey`s). */
export function termEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  return termKey(a) === termKey(b);
}

function writeBinderBody(binder: Binder, body: Term, bound: string[], out: string[]): void {
  out.push(printTy(binder.type), ' ');
  bound.push(binder.name);
  writeKey(body, bound, out);
  bound.pop();
}

function writeKey(t: Term, bound: string[], out: string[]): void {
  switch (t.kind) {
    case 'var': {
      const i = bound.lastIndexOf(t.name);
      if (i >= 0) out.push('#', String(bound.length - 1 - i));
      else out.push(t.name, ':', printTy(t.type));
      return;
    }
    case 'lit':
      out.push(String(t.num));
      if (t.den !== 1n) out.push('/', String(t.den));
      out.push(':', printTy(t.type));
      return;
    case 'propConst':
      out.push(t.value ? 'True' : 'False');
      return;
    case 'neg':
    case 'inv':
    case 'not':
      out.push('(', t.kind, ':', printTy(t.type), ' ');
      writeKey(t.arg, bound, out);
      out.push(')');
      return;
    case 'cast':
      out.push('(cast:', printTy(t.type), ' ');
      writeKey(t.arg, bound, out);
      out.push(')');
      return;
    case 'arith':
    case 'rel':
    case 'logic':
      out.push('(', t.op, ':', printTy(t.type), ' ');
      writeKey(t.left, bound, out);
      out.push(' ');
      writeKey(t.right, bound, out);
      out.push(')');
      return;
    case 'pow':
      out.push('(^:', printTy(t.type), ' ');
      writeKey(t.base, bound, out);
      out.push(' ');
      writeKey(t.exponent, bound, out);
      out.push(')');
      return;
    case 'app':
      out.push('(app ');
      writeKey(t.fn, bound, out);
      out.push(' ');
      writeKey(t.arg, bound, out);
      out.push(')');
      return;
    case 'call':
    case 'lemma':
      out.push('(', t.kind === 'call' ? t.fn : `lemma ${t.name}`, ':', printTy(t.type));
      for (const a of t.args) {
        out.push(' ');
        writeKey(a, bound, out);
      }
      out.push(')');
      return;
    case 'modeq':
      out.push('(modeq ');
      writeKey(t.modulus, bound, out);
      out.push(' ');
      writeKey(t.left, bound, out);
      out.push(' ');
      writeKey(t.right, bound, out);
      out.push(')');
      return;
    case 'mem':
      out.push('(mem ');
      writeKey(t.elem, bound, out);
      out.push(' ');
      writeKey(t.set, bound, out);
      out.push(')');
      return;
    case 'lambda':
      out.push('(fun ');
      writeBinderBody(t.param, t.body, bound, out);
      out.push(')');
      return;
    case 'setOf':
      out.push('(setOf ');
      writeBinderBody(t.param, t.body, bound, out);
      out.push(')');
      return;
    case 'quant':
      out.push('(', t.q, ' ');
      writeBinderBody(t.binder, t.body, bound, out);
      out.push(')');
      return;
    case 'bigop':
      out.push('(', t.op, ':', printTy(t.type), ' ');
      writeKey(t.domain, bound, out);
      out.push(' ');
      writeBinderBody(t.index, t.body, bound, out);
      out.push(')');
      return;
  }
}
