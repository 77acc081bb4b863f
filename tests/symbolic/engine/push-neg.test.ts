/**
 * `push_neg` is an equivalence: random first-order formulas (quantifiers, all connectives,
 * order atoms over ℕ and ℤ) evaluate the same before and after, in finite models where the
 * quantifiers range over a small set of integers (each such model is a linear order, where
 * every push_neg rule is valid). The evaluator here is independent of the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTerm, printTerm, PROP, type Term } from '../../../src/symbolic/syntax/index.ts';
import { pushNeg } from '../../../src/symbolic/engine/tactics/push-neg.ts';

type Env = ReadonlyMap<string, bigint>;

function num(t: Term, env: Env): bigint {
  switch (t.kind) {
    case 'var': {
      const v = env.get(t.name);
      if (v === undefined) throw new Error(`unbound ${t.name}`);
      return v;
    }
    case 'lit':
      return t.num;
    case 'neg':
      return -num(t.arg, env);
    case 'arith': {
      const [a, b] = [num(t.left, env), num(t.right, env)];
      if (t.op === '+') return a + b;
      if (t.op === '*') return a * b;
      if (t.op === '-') return t.type.kind === 'num' && t.type.name === 'Nat' ? (a > b ? a - b : 0n) : a - b;
      throw new Error(`op ${t.op}`);
    }
    case 'cast':
      return num(t.arg, env);
    default:
      throw new Error(`term ${t.kind}`);
  }
}

function holds(t: Term, env: Env, domain: readonly bigint[]): boolean {
  switch (t.kind) {
    case 'propConst':
      return t.value;
    case 'not':
      return !holds(t.arg, env, domain);
    case 'logic': {
      const a = holds(t.left, env, domain);
      const b = holds(t.right, env, domain);
      return t.op === '∧' ? a && b : t.op === '∨' ? a || b : t.op === '→' ? !a || b : a === b;
    }
    case 'quant': {
      const values = t.binder.type.kind === 'num' && t.binder.type.name === 'Nat' ? domain.filter((d) => d >= 0n) : domain;
      const at = (v: bigint): boolean => holds(t.body, new Map([...env, [t.binder.name, v]]), domain);
      return t.q === '∀' ? values.every(at) : values.some(at);
    }
    case 'rel': {
      const [a, b] = [num(t.left, env), num(t.right, env)];
      switch (t.op) {
        case '=':
          return a === b;
        case '≠':
          return a !== b;
        case '<':
          return a < b;
        case '≤':
          return a <= b;
        case '>':
          return a > b;
        case '≥':
          return a >= b;
        default:
          throw new Error(`rel ${t.op}`);
      }
    }
    default:
      throw new Error(`prop ${t.kind}`);
  }
}

const atom = fc.tuple(fc.constantFrom('a', 'b', 'x', '1', '0', 'a + 1', 'b - a'), fc.constantFrom('<', '≤', '=', '≠', '>', '≥'), fc.constantFrom('a', 'b', 'x', '2', '0'));

const formula: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    atom.map(([l, op, r]) => `${l} ${op} ${r}`),
    fc.constantFrom('True', 'False'),
    tie('f').map((a) => `¬(${a})`),
    fc.tuple(tie('f'), fc.constantFrom('∧', '∨', '→', '↔'), tie('f')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    fc.tuple(fc.constantFrom('∀', '∃'), fc.constantFrom('a', 'b'), tie('f')).map(([q, v, body]) => `${q} ${v} : %T%, ${body}`),
  ),
})).f;

describe('push_neg', () => {
  it.each(['ℕ', 'ℤ'] as const)('preserves truth in finite models over %s', (ty) => {
    const domain = ty === 'ℕ' ? [0n, 1n, 2n, 3n] : [-2n, -1n, 0n, 1n, 2n];
    let checked = 0;
    fc.assert(
      fc.property(formula, fc.constantFrom(...domain), (f, xValue) => {
        // Bind a and b at the top so atoms are always closed, then negate the whole formula.
        const text = `¬ (∀ a : %T%, ∃ b : %T%, ${f})`.replaceAll("%T%", ty);
        const r = parseTerm(text, { variables: [{ name: 'x', type: ty === 'ℕ' ? { kind: 'num', name: 'Nat' } : { kind: 'num', name: 'Int' } }], expectedType: PROP });
        if (r.kind !== 'ok') throw new Error(`generator: ${text}: ${r.message}`);
        const pushed = pushNeg(r.term);
        const env = new Map([['x', xValue]]);
        expect(holds(pushed, env, domain), `${text}\n  ↦ ${printTerm(pushed)}`).toBe(holds(r.term, env, domain));
        checked++;
      }),
      { numRuns: 400 },
    );
    expect(checked).toBe(400);
  });

  it('leaves no negation in front of a quantifier, connective or order atom', () => {
    const r = parseTerm('¬ ∀ a : ℤ, ∃ b : ℤ, (a < b ∧ ¬ (b ≤ 1)) ∨ (a = b → b ≥ 2)', { variables: [], expectedType: PROP });
    if (r.kind !== 'ok') throw new Error(r.message);
    expect(printTerm(pushNeg(r.term))).toBe('∃ a : ℤ, ∀ b : ℤ, (a < b → b ≤ 1) ∧ a = b ∧ b < 2');
  });
});
