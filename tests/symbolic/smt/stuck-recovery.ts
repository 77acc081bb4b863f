/**
 * Child-process helper of z3.test.ts (run with `node --import tsx`): a z3 check that ignores
 * its interrupt gets its instance given up, and the checks after it must still get right
 * answers from a fresh instance. In its own process because a z3-solver left in a broken state
 * (before the fix: its process-wide check mutex held for good) cannot poison other tests.
 *
 * The stuck check is simulated (`simulateDeafZ3ForTests`: z3 is never told to stop, so a hard
 * check really keeps running on the wasm worker); giving it up and the recovery are real.
 * Prints `ok generation A -> B` and exits 0, or prints what went wrong and exits 1.
 */
import { parseStatement } from '../../../src/symbolic/syntax/index.ts';
import { shutdownSmt, smtProve, z3Stats, type SmtResult } from '../../../src/symbolic/smt/index.ts';
import { simulateDeafZ3ForTests } from '../../../src/symbolic/smt/prove.ts';
import type { Goal } from '../../../src/symbolic/engine/types.ts';

function goalOf(signature: string): Goal {
  const st = parseStatement({ name: 't', kind: 'theorem', header: '', text: signature, signature, position: { file: 'stuck', line: 1, column: 0 }, tags: {} });
  if (st.kind !== 'ok') throw new Error(`cannot parse ${signature}: ${st.message}`);
  return { context: st.statement.binders, target: st.statement.goal };
}

const TRUE_GOAL = goalOf('theorem t (x y : ℝ) (h : x < y) (h2 : 0 < x) : x * x < y * y');
const FALSE_GOAL = goalOf('theorem t (x y : ℝ) (h : x < y) : x * x < y * y');
/** Beyond z3 (Fermat for cubes): without a timeout the check runs on. */
const HARD_GOAL = goalOf('theorem t (a b c : ℕ) (h : a ^ 3 + b ^ 3 = c ^ 3) (ha : 0 < a) (hb : 0 < b) : False');

const failures: string[] = [];
function expectKind(what: string, r: SmtResult, kind: SmtResult['kind']): void {
  if (r.kind !== kind) failures.push(`${what}: expected ${kind}, got ${JSON.stringify(r)}`);
}
const soon = (ms: number): { deadline: number } => ({ deadline: Date.now() + ms });

expectKind('before', await smtProve(TRUE_GOAL, soon(10_000)), 'unsat');
const before = z3Stats()?.generation ?? 0;

simulateDeafZ3ForTests({ stuckAfterMs: 500 });
const stuck = await smtProve(HARD_GOAL, soon(1000));
simulateDeafZ3ForTests(undefined);
if (stuck.kind !== 'unknown' || !stuck.reason.includes('ignored the interrupt')) failures.push(`stuck check: expected unknown (ignored the interrupt), got ${JSON.stringify(stuck)}`);

// Deadlines well above what these take (tens of ms): an answer of `unknown` here means the
// fresh instance cannot check at all.
expectKind('true goal after', await smtProve(TRUE_GOAL, soon(4000)), 'unsat');
expectKind('false goal after', await smtProve(FALSE_GOAL, soon(4000)), 'sat');
const after = z3Stats()?.generation ?? 0;
if (after !== before + 1) failures.push(`expected generation ${before + 1} after the abandonment, got ${after}`);

await shutdownSmt();
if (failures.length > 0) {
  process.stdout.write(`${failures.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`ok generation ${before} -> ${after}\n`);
process.exit(0);
