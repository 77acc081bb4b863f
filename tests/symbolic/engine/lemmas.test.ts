/**
 * The lemma table is trusted, so every entry is checked: it parses at every listed type, and
 * its statement evaluates to true (never false) at many assignments of its variables, with the
 * independent exact evaluator. An entry that mistypes a Mathlib lemma (a wrong direction, a
 * missing hypothesis, a type where it fails such as `sub_nonneg` on ℕ) is caught here.
 */
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../src/symbolic/core/index.ts';
import { complexValue, evaluateProp, numValue, type EvalResult, type Value } from '../../../src/symbolic/eval/index.ts';
import { substitute, type Term, type Ty } from '../../../src/symbolic/syntax/index.ts';
import { LEMMAS, lemmaStatement } from '../../../src/symbolic/engine/lemmas.ts';
import { SymbolicBackend } from '../../../src/symbolic/backend.ts';
import { problem } from './helpers.ts';

/** Deterministic pseudo-random numbers (a test must be reproducible). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REAL_POOL: readonly Rational[] = [0, 1, 4, 9, -1, -4, 2, 3, -3].map((n) => Rational.of(n)).concat([Rational.of(1, 4), Rational.of(9, 4), Rational.of(-3, 2), Rational.of(1, 2)]);

function randomValue(ty: Ty, next: () => number): Value {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  if (ty.kind === 'num') {
    switch (ty.name) {
      case 'Nat':
        return numValue(Rational.of(Math.floor(next() * 7)), ty);
      case 'Int':
        return numValue(Rational.of(Math.floor(next() * 13) - 6), ty);
      case 'Rat':
      case 'Real':
        return numValue(pick(REAL_POOL), ty);
      case 'Complex':
        return complexValue(Rational.of(Math.floor(next() * 7) - 3), Rational.of(Math.floor(next() * 5) - 2));
    }
  }
  if (ty.kind === 'fun' && ty.dom.kind === 'num' && ty.cod.kind === 'num') {
    // An affine function with small integer coefficients, exact at every argument.
    const cod = ty.cod;
    const c0 = Math.floor(next() * 7) - 3;
    const c1 = Math.floor(next() * 5) - 2;
    const apply = (arg: Value): EvalResult => {
      if (arg.kind !== 'num') return { kind: 'unknown', reason: 'non-numeric argument' };
      const v = Rational.of(c0).add(Rational.of(c1).mul(arg.value));
      if (cod.name === 'Complex') return { kind: 'ok', value: complexValue(v, Rational.ZERO) };
      if (cod.name === 'Nat' && v.isNegative()) return { kind: 'ok', value: numValue(Rational.ZERO, cod) };
      return { kind: 'ok', value: numValue(v, cod) };
    };
    return { kind: 'fn', apply };
  }
  throw new Error(`no random values of type ${JSON.stringify(ty)}`);
}

/** The statement with leading ∀s opened: the body and the bound variables. */
function open(statement: Term): { body: Term; vars: { name: string; type: Ty }[] } {
  const vars: { name: string; type: Ty }[] = [];
  let t = statement;
  while (t.kind === 'quant' && t.q === '∀') {
    vars.push({ name: t.binder.name, type: t.binder.type });
    t = t.body;
  }
  return { body: t, vars };
}

describe('lemma table', () => {
  it('every entry parses at every listed type', () => {
    for (const spec of LEMMAS) for (const ty of spec.types) expect(() => lemmaStatement(spec, ty), `${spec.name} at ${ty}`).not.toThrow();
  });

  it('no entry is ever false at random points', () => {
    const undecided: string[] = [];
    let decided = 0;
    let total = 0;
    for (const spec of LEMMAS) {
      for (const ty of spec.types) {
        total++;
        const { vars, statement } = lemmaStatement(spec, ty);
        const opened = open(statement);
        // Nested ∀ after premises (`0 < a → ∀ n, …`) are opened too: rename-free since names are distinct.
        let body = opened.body;
        const all = [...vars, ...opened.vars];
        for (;;) {
          if (body.kind === 'logic' && body.op === '→' && body.right.kind === 'quant' && body.right.q === '∀') {
            const q = body.right;
            all.push({ name: q.binder.name, type: q.binder.type });
            body = { ...body, right: substitute(q.body, q.binder.name, { kind: 'var', name: q.binder.name, type: q.binder.type }) };
            continue;
          }
          break;
        }
        const next = rng(spec.name.length * 7919 + ty.length);
        let ok = 0;
        for (let i = 0; i < 60; i++) {
          const env = new Map<string, Value>(all.map((v) => [v.name, randomValue(v.type, next)]));
          const r = evaluateProp(body, env);
          expect(r.kind, `${spec.name} at ${ty} is false at ${[...env].map(([k, v]) => `${k}=${v.kind === 'num' ? v.value.toString() : v.kind}`).join(', ')}`).not.toBe('false');
          if (r.kind === 'true') ok++;
        }
        if (ok > 0) decided++;
        else undecided.push(`${spec.name}@${ty}`);
      }
    }
    // Transcendental entries (exp, log) may stay undecided; nearly everything else is checked.
    expect(decided / total, `undecided: ${undecided.join(', ')}`).toBeGreaterThan(0.9);
  });
});

describe("Mathlib's logarithm conventions as lemmas", () => {
  // The evaluator decides log only at 0 and ±1; Real.log (-x) = Real.log x elsewhere comes from the table.
  const backend = new SymbolicBackend({ allowSmt: false });
  const verdict = async (signature: string, script: string): Promise<string> => {
    const v = await backend.verify(problem(signature), script);
    return v.kind === 'accepted' ? v.tier : v.rule;
  };

  it('Real.log_neg_eq_log and Real.log_abs prove what they state, and nothing else', async () => {
    expect(await verdict('theorem t : Real.log (-3) = Real.log 3', 'rw [Real.log_neg_eq_log]')).toBe('certified');
    expect(await verdict('theorem t (x : ℝ) : Real.log (-x) = Real.log x', 'exact Real.log_neg_eq_log x')).toBe('certified');
    expect(await verdict('theorem t (x : ℝ) : Real.log |x| = Real.log x', 'exact Real.log_abs x')).toBe('certified');
    expect(await verdict('theorem t : Real.log (-3) = Real.log 2', 'rw [Real.log_neg_eq_log]')).not.toBe('certified');
    expect(await verdict('theorem t (x : ℝ) : Real.log (-x) = -Real.log x', 'exact Real.log_neg_eq_log x')).not.toBe('certified');
  });
});
