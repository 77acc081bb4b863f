/**
 * The process-wide z3 instance: initialised once on first use (~150 ms) and reused, with one
 * context. Checks run one at a time (a queue here, on top of z3-solver's own mutex) so that a
 * wall-clock `interrupt` only ever stops the check that timed out.
 *
 * Exiting: z3-solver runs checks on wasm pthreads. `shutdownSmt()` terminates them; a CLI that
 * used z3 calls it (or `process.exit`) after its output is flushed, so the process cannot be
 * kept alive by an idle worker.
 */
import { init, type Context } from 'z3-solver';

export type Z3Context = Context<'main'>;

interface Handle {
  readonly ctx: Z3Context;
  /** The emscripten module (untyped in z3-solver's declarations). */
  readonly em: { PThread?: { terminateAllThreads?: () => void } };
}

let handle: Promise<Handle> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The shared z3 context, initialising z3 on first call. */
export function z3Context(): Promise<Z3Context> {
  handle ??= init().then((api) => ({ ctx: api.Context('main'), em: api.em as Handle['em'] }));
  return handle.then((h) => h.ctx);
}

/** Runs `task` once every earlier queued task has finished (z3 checks are not re-entrant). */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Terminates z3's worker threads so that the process can exit. Safe to call when z3 was never
 * started; a later `z3Context()` starts a fresh instance.
 */
export async function shutdownSmt(): Promise<void> {
  if (handle === undefined) return;
  const h = await handle.catch(() => undefined);
  handle = undefined;
  // Let workers that just finished a check post their clean-up message first: a message from an
  // already-terminated worker makes emscripten print a warning.
  await queue;
  await new Promise((resolve) => setTimeout(resolve, 50));
  h?.em.PThread?.terminateAllThreads?.();
}
