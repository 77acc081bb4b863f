/**
 * Child-process helper of z3.test.ts (run with `node --expose-gc --import tsx`): runs many
 * short z3 checks while forcing garbage collection every few milliseconds, so z3-solver's
 * finalizers free z3 objects while checks run on the wasm worker. Before frees were kept out
 * of running checks this corrupted z3's heap (wasm traps, sort errors, "invalid dec_ref"),
 * usually within a few hundred checks. Prints `ok N` and exits 0 when every answer is right.
 */
import { parseStatement } from '../../../src/symbolic/syntax/index.ts';
import { shutdownSmt, smtProve, z3Stats } from '../../../src/symbolic/smt/index.ts';
import type { Goal } from '../../../src/symbolic/engine/types.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function goalOf(signature: string): Goal {
  const st = parseStatement({ name: 't', kind: 'theorem', header: '', text: signature, signature, position: { file: 'stress', line: 1, column: 0 }, tags: {} });
  if (st.kind !== 'ok') throw new Error(`cannot parse ${signature}: ${st.message}`);
  return { context: st.statement.binders, target: st.statement.goal };
}

// Nonlinear goals keep checks running on the worker while GC frees the previous ones' terms
// (the set and deadline with which the unguarded instance failed within 50 to 350 checks).
const cases: { goal: Goal; expect: readonly string[] }[] = [
  { goal: goalOf('theorem t (x y : ℝ) (h : x ^ 3 + y ^ 3 = 17) (h2 : x * y > 2) : x + y > 2'), expect: ['unsat', 'unknown'] },
  { goal: goalOf('theorem t (a b c : ℕ) (h : a ^ 3 + b ^ 3 = c ^ 3) (ha : a > 0) (hb : b > 0) : False'), expect: ['unsat', 'unknown'] },
  { goal: goalOf('theorem t (x : ℝ) (h : x ^ 5 - 3 * x ^ 3 + x = 7) : x < 3'), expect: ['unsat', 'unknown'] },
  { goal: goalOf('theorem t (x y : ℝ) : x ^ 2 + y ^ 2 ≥ 2 * x * y'), expect: ['unsat', 'unknown'] },
];
// A right answer may be `unknown` on a loaded machine; a wrong one, a throw or a trap may not.
const rounds = Number(process.argv[2] ?? 200);
let hammering = true;
const hammer = (async () => {
  while (hammering) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
})();
for (let i = 0; i < rounds; i++) {
  const c = cases[i % cases.length]!;
  const r = await smtProve(c.goal, { deadline: Date.now() + 150 });
  if (process.env.STRESS_VERBOSE) process.stderr.write(`${i} ${r.kind} ${"reason" in r ? r.reason : ""} ${Date.now() % 100000}\n`);
  if (!c.expect.includes(r.kind)) throw new Error(`check ${i}: expected ${c.expect.join('|')}, got ${JSON.stringify(r)}`);
}
hammering = false;
await hammer;
process.stdout.write(`ok ${rounds} deferred ${z3Stats()?.deferredFrees ?? 0}\n`);
await shutdownSmt();
process.exit(0);
