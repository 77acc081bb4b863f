import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/symbolic/engine/types.ts';
import { DEFAULT_RENEWAL, setRenewalPolicy, shutdownSmt, smtProve, z3Stats } from '../../../src/symbolic/smt/index.ts';
import { NAT, parseStatement } from '../../../src/symbolic/syntax/index.ts';
import { num, type Value } from '../../../src/symbolic/eval/index.ts';

afterEach(() => {
  setRenewalPolicy(DEFAULT_RENEWAL);
});
afterAll(async () => {
  await shutdownSmt();
});

function goalOf(signature: string): Goal {
  const st = parseStatement({ name: 't', kind: 'theorem', header: '', text: signature, signature, position: { file: 'test', line: 1, column: 0 }, tags: {} });
  if (st.kind !== 'ok') throw new Error(`cannot parse ${signature}: ${st.message}`);
  return { context: st.statement.binders, target: st.statement.goal };
}

const TRUE_GOAL = goalOf('theorem t (x y : ℝ) (h : x < y) (h2 : 0 < x) : x * x < y * y');
const FALSE_GOAL = goalOf('theorem t (x y : ℝ) (h : x < y) : x * x < y * y');
/** False, with a function symbol in the model. */
const FN_GOAL = goalOf('theorem t (f : ℕ → ℕ) (h : f 1 = 3) : f 2 = 3');
/** Beyond z3 (Fermat for cubes): the check runs until its deadline. */
const HARD_GOAL = goalOf('theorem t (a b c : ℕ) (h : a ^ 3 + b ^ 3 = c ^ 3) (ha : 0 < a) (hb : 0 < b) : False');

const long = (): { deadline: number } => ({ deadline: Date.now() + 20_000 });

function applyFn(f: Value | undefined, arg: number): string {
  if (f?.kind !== 'fn') throw new Error('not a function value');
  const r = f.apply(num(BigInt(arg), NAT));
  return r.kind === 'ok' && r.value.kind === 'num' ? `ok ${r.value.value.toString()}` : r.kind;
}

describe('the z3 instance', () => {
  it('is renewed after the configured number of checks and still answers correctly', async () => {
    await smtProve(TRUE_GOAL, long());
    const first = z3Stats()!.generation;
    setRenewalPolicy({ afterChecks: 3 });
    // 1 + 7 checks: three on the first instance (renewed then), three on the second, two on the third.
    for (let i = 0; i < 7; i++) {
      const r = await smtProve(i % 2 === 0 ? TRUE_GOAL : FALSE_GOAL, long());
      expect(r.kind).toBe(i % 2 === 0 ? 'unsat' : 'sat');
    }
    const after = z3Stats();
    expect(after?.generation).toBe(first + 2);
    expect(after?.tasks).toBe(2);
  });

  it('is renewed once z3 allocates more than the threshold', async () => {
    await smtProve(TRUE_GOAL, long());
    const before = z3Stats()!;
    expect(before.estimatedBytes).toBeGreaterThan(0);
    setRenewalPolicy({ aboveBytes: 1 });
    expect((await smtProve(FALSE_GOAL, long())).kind).toBe('sat');
    expect(z3Stats()).toBeUndefined(); // retired right after the check; none in service
    setRenewalPolicy(DEFAULT_RENEWAL);
    expect((await smtProve(TRUE_GOAL, long())).kind).toBe('unsat');
    expect(z3Stats()!.generation).toBe(before.generation + 1);
  });

  it('does not evaluate a model while a check runs, nor after its instance is retired', async () => {
    await smtProve(TRUE_GOAL, long()); // z3 started, so the next check's model is from a live instance
    const r = await smtProve(FN_GOAL, long());
    if (r.kind !== 'sat') throw new Error(`expected sat, got ${r.kind}`);
    const f = r.model.get('f');
    expect(applyFn(f, 1)).toBe('ok 3');
    const hard = smtProve(HARD_GOAL, { deadline: Date.now() + 1500 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the hard check is on the worker now
    expect(applyFn(f, 1)).toBe('unknown');
    expect((await hard).kind).toBe('unknown');
    setRenewalPolicy({ afterChecks: 1 });
    await smtProve(TRUE_GOAL, long());
    expect(applyFn(f, 1)).toBe('unknown');
  });

  it('survives garbage collection during checks (frees kept out of running checks)', async () => {
    // A child process, since forcing GC needs --expose-gc. Before the fix this trapped or
    // answered with corrupted terms within a few hundred checks.
    const script = join(import.meta.dirname, 'gc-stress.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script, '120'], { timeout: 240_000 });
    const m = /^ok 120 deferred (\d+)$/mu.exec(stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0); // GC did ask for frees during checks
  }, 300_000);

  it('answers correctly after a check that ignored its interrupt was given up', async () => {
    // A child process: before the fix, the abandoned check kept z3-solver's process-wide
    // check mutex, and every later check in the process timed out as `unknown`.
    const script = join(import.meta.dirname, 'stuck-recovery.ts');
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { timeout: 80_000 }).catch((e: { stdout?: string; message: string }) => ({ stdout: e.stdout ?? e.message }));
    expect(run.stdout).toMatch(/^ok generation (\d+) -> (\d+)$/mu);
  }, 90_000);
});
