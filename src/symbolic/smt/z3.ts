/**
 * The process-wide z3 instance and the queue every z3 call of this project goes through.
 *
 * Threads and memory. z3-solver runs `check` on a wasm pthread, and frees z3 objects from
 * FinalizationRegistry callbacks, which run on the main thread whenever V8 collects their
 * wrappers — also while a check is running on the same context. z3 is built single-threaded
 * for wasm (its locks are no-ops; enabling concurrent dec_ref changes nothing), so such a free
 * races with the check and corrupts z3's heap: a long run died after a few hundred checks with
 * "memory access out of bounds" in nlsat's destructors, and a test that forces GC during checks
 * reproduces it within a minute (bv rewriting on integer terms, "invalid dec_ref command",
 * sort mismatches on well-sorted terms). Corrupted allocator state is also what makes the heap
 * run into the 2 GiB wasm limit. Hence:
 * - every z3 call of this project runs inside `withZ3`, one task at a time, and while a task
 *   runs, the frees that GC asks for are deferred and done when it ends: the low-level free
 *   functions are wrapped at start-up, since z3-solver looks them up on every call;
 * - `z3Busy()` lets synchronous code outside the queue (evaluating a model) refuse to call in;
 * - as a second line of defence the whole instance (wasm module, context, symbol table) is
 *   renewed between tasks after `afterChecks` tasks, once z3's own allocation estimate passes
 *   `aboveBytes`, or after a task in which z3 threw; z3's `memory_max_size` makes a check that
 *   would exhaust the heap fail instead of aborting the process.
 *
 * A wall-clock `interrupt` (prove.ts) only ever stops the check that timed out, since tasks do
 * not overlap. Checks go through `checkSat`, not z3-solver's `Solver.check`: that one holds a
 * mutex shared by every instance in the process (a module-level `async-mutex` in
 * high-level.js) until the check settles, and a check whose instance was given up mid-run
 * (`abandonInstance`) never settles, so every later `Solver.check`, on any fresh instance,
 * would wait for it forever (each then timed out as `unknown`). Exiting: `shutdownSmt()`
 * terminates z3's worker threads, which would otherwise keep the process alive; a later call
 * starts a fresh instance.
 */
import { init, Z3_lbool, type CheckSatResult, type Context, type Solver } from 'z3-solver';

export type Z3Context = Context<'main'>;

type Z3Api = Awaited<ReturnType<typeof init>>;

/** The emscripten module (untyped in z3-solver's declarations). */
interface Emscripten {
  readonly PThread?: { terminateAllThreads?: () => void };
}

interface Instance {
  readonly api: Z3Api;
  readonly ctx: Z3Context;
  readonly generation: number;
  tasks: number;
  /** Set when the instance must not take another task (policy met, z3 threw). */
  retire: boolean;
  /** Frees asked for while a task ran, done when it ends. */
  readonly deferred: (() => void)[];
  /** Retired: frees its wrappers still ask for are dropped (the module is out of service). */
  dead: boolean;
  /** A check of the running task ignored its interrupt: nothing may call into this instance again. */
  stuck: boolean;
  deferredFrees: number;
}

export interface RenewalPolicy {
  /** Tasks an instance runs before it is replaced. */
  readonly afterChecks: number;
  /** z3's estimate of its own live allocations above which the instance is replaced. */
  readonly aboveBytes: number;
}

export const DEFAULT_RENEWAL: RenewalPolicy = Object.freeze({ afterChecks: 5000, aboveBytes: 512 * 2 ** 20 });

/** z3's own cap (`memory_max_size`, MiB): well under the 2 GiB wasm heap, so z3 fails first. */
const Z3_MEMORY_CAP_MIB = 1024;

let policy: RenewalPolicy = DEFAULT_RENEWAL;
let current: Promise<Instance> | undefined;
/** The started instance that takes tasks, once `current` has resolved. */
let live: Instance | undefined;
let generations = 0;
let queue: Promise<unknown> = Promise.resolve();
let busy = false;
/** The instance whose task is running, while one is. */
let running: Instance | undefined;

/** Sets when instances are renewed (tests and long runs); returns the previous policy. */
export function setRenewalPolicy(next: Partial<RenewalPolicy>): RenewalPolicy {
  const previous = policy;
  policy = { ...policy, ...next };
  return previous;
}

/** What the running instance has done: for tests and diagnostics. */
export interface Z3Stats {
  /** Instances started so far in this process (1 for the first). */
  readonly generation: number;
  readonly tasks: number;
  /** z3's estimate of its live allocations, in bytes. */
  readonly estimatedBytes: number;
  /** Frees that arrived during a task and were deferred to its end, in this instance. */
  readonly deferredFrees: number;
}

async function start(): Promise<Instance> {
  const api = await init();
  const instance: Instance = { api, ctx: api.Context('main'), generation: generations + 1, tasks: 0, retire: false, deferred: [], dead: false, stuck: false, deferredFrees: 0 };
  guardFrees(instance);
  api.setParam('memory_max_size', String(Z3_MEMORY_CAP_MIB));
  generations = instance.generation;
  live = instance;
  return instance;
}

/** The low-level functions z3-solver's finalizers call: every `*_dec_ref`, `rcf_del`, `del_context`. */
function isFree(name: string): boolean {
  return name === 'dec_ref' || name.endsWith('_dec_ref') || name === 'rcf_del' || name === 'del_context';
}

/**
 * Wraps the instance's free functions so that a free during a task waits for its end, and one
 * after retirement is dropped (it could reach a context already deleted, in an order GC does
 * not promise). z3-solver calls them as properties of this object, so wrapping them here
 * covers its finalizers too.
 */
function guardFrees(instance: Instance): void {
  const lowLevel = instance.api.Z3 as unknown as Record<string, unknown>;
  for (const name of Object.keys(lowLevel)) {
    const real = lowLevel[name];
    if (!isFree(name) || typeof real !== 'function') continue;
    lowLevel[name] = (...args: unknown[]): void => {
      if (instance.dead) return;
      if (!busy) {
        real(...args);
        return;
      }
      instance.deferred.push(() => real(...args));
      instance.deferredFrees += 1;
    };
  }
}

/** Does the frees deferred during the task that just ended (no check runs now). */
function flushFrees(instance: Instance): void {
  const frees = instance.deferred.splice(0);
  for (const free of frees) free();
}

function estimatedBytes(instance: Instance): number {
  return Number(instance.api.Z3.get_estimated_alloc_size());
}

/**
 * Runs `task` with the z3 context once every earlier task has finished (z3 checks are not
 * re-entrant, and nothing may call into z3 while one runs). The task must not keep z3 objects
 * for use after it returns, except through values that check `z3Generation()`/`z3Busy()`.
 */
export function withZ3<T>(task: (z: Z3Context, generation: number) => Promise<T>): Promise<T> {
  const run = queue.then(() => runTask(task));
  queue = run.catch(() => undefined);
  return run;
}

async function runTask<T>(task: (z: Z3Context, generation: number) => Promise<T>): Promise<T> {
  current ??= start().catch((error: unknown) => {
    current = undefined; // let the next task try again
    throw error;
  });
  const instance = await current;
  busy = true;
  running = instance;
  try {
    instance.tasks += 1;
    return await task(instance.ctx, instance.generation);
  } catch (error) {
    instance.retire = true; // z3 threw: its state is suspect
    throw error;
  } finally {
    busy = false;
    running = undefined;
    // A stuck check still runs on the worker: a free now would race with it, so drop them all.
    if (instance.stuck) instance.dead = true;
    else flushFrees(instance);
    if (instance.stuck || instance.retire || instance.tasks >= policy.afterChecks || estimatedBytes(instance) > policy.aboveBytes) {
      current = undefined;
      await retire(instance);
    }
  }
}

/**
 * `solver.check()` for a solver of the running task's context, through the instance's own
 * low-level binding. z3-solver's `Solver.check` would serialise it on a process-wide mutex
 * that an abandoned check holds for good (see the top of this file); the queue already keeps
 * checks apart, and the low-level promise belongs to this instance's wasm module alone.
 */
export async function checkSat(solver: Solver<'main'>): Promise<CheckSatResult> {
  const instance = running;
  if (instance === undefined) throw new Error('checkSat called outside a withZ3 task');
  // A solver of another instance has pointers into another wasm heap.
  if (solver.ctx !== instance.ctx) throw new Error('checkSat: the solver belongs to another z3 instance');
  const answer = await instance.api.Z3.solver_check(instance.ctx.ptr, solver.ptr);
  if (answer === Z3_lbool.Z3_L_TRUE) return 'sat';
  if (answer === Z3_lbool.Z3_L_FALSE) return 'unsat';
  return 'unknown';
}

/**
 * Takes an instance out of service between tasks: its threads are terminated and the frees its
 * remaining wrappers ask for are dropped. Its memory goes with the last wrapper.
 */
async function retire(instance: Instance): Promise<void> {
  if (live === instance) live = undefined;
  instance.dead = true;
  // Let workers that just finished a check post their clean-up message first: a message from
  // an already-terminated worker makes emscripten print a warning.
  await new Promise((resolve) => setTimeout(resolve, 50));
  (instance.api.em as Emscripten).PThread?.terminateAllThreads?.();
}

/**
 * Called by the running task when a check it started did not stop after `interrupt` (z3 does
 * not honour interrupts everywhere, e.g. an interrupt that reaches the worker before the check
 * starts is lost): the instance is retired when the task ends, its worker terminated mid-check,
 * without another call into it, so one such check cannot block the queue for good.
 */
export function abandonInstance(generation: number): void {
  if (live === undefined || live.generation !== generation) return;
  live.stuck = true;
  live.retire = true;
}

/** Whether a z3 task is running now (synchronous code must not call into z3 then). */
export function z3Busy(): boolean {
  return busy;
}

/** Whether objects made in instance `generation` may still be used (it has not been retired). */
export function z3Alive(generation: number): boolean {
  return live !== undefined && live.generation === generation;
}

/** Statistics of the instance in service, if one is; reading them is not a task. */
export function z3Stats(): Z3Stats | undefined {
  if (live === undefined) return undefined;
  return { generation: live.generation, tasks: live.tasks, estimatedBytes: estimatedBytes(live), deferredFrees: live.deferredFrees };
}

/**
 * Terminates z3's worker threads so that the process can exit. Safe to call when z3 was never
 * started; a later task starts a fresh instance.
 */
export async function shutdownSmt(): Promise<void> {
  await queue;
  const running = current;
  current = undefined;
  const instance = await running?.catch(() => undefined);
  if (instance) await retire(instance);
}
