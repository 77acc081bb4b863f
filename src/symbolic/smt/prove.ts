/**
 * `smtProve`: asserts a goal's hypotheses and its negated target (translate.ts) and asks z3.
 * `unsat` means the goal holds in Lean. Hypotheses that cannot be translated are dropped (a
 * weaker assumption set keeps `unsat` sound); an untranslatable target is `unsupported`.
 */
import type { Bool } from 'z3-solver';
import type { Goal } from '../engine/types.ts';
import type { Value } from '../eval/index.ts';
import { extractModel } from './model.ts';
import { Translator, Unsupported } from './translate.ts';
import { abandonInstance, checkSat, withZ3 } from './z3.ts';

export type SmtResult =
  /** z3 proved (hypotheses ∧ ¬target) unsatisfiable: the goal holds. */
  | { readonly kind: 'unsat' }
  /**
   * The translation has a model. Only a *candidate* counterexample: hypotheses may have been
   * dropped (`dropped`) and uninterpreted symbols may take impossible values, so `model` must
   * be checked by exact evaluation before anyone calls the goal false.
   */
  | { readonly kind: 'sat'; readonly model: ReadonlyMap<string, Value>; readonly dropped?: readonly string[] }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'unsupported'; readonly construct: string };

export interface SmtOptions {
  /** Absolute `Date.now()` deadline. */
  readonly deadline: number;
}

/** Extra time after the deadline for z3 to notice an interrupt before we stop waiting. */
const INTERRUPT_GRACE_MS = 200;

/** How long an interrupted check may take to stop before its z3 instance is given up. */
const STUCK_CHECK_MS = 10_000;

/**
 * Test seam (tests/symbolic/smt/stuck-recovery.ts): while set, z3 is never told to stop — no
 * solver `timeout`, no interrupt — so a hard check really keeps running on the worker past the
 * deadline, as one that ignores its interrupt does, and it counts as stuck after `stuckAfterMs`
 * instead of `STUCK_CHECK_MS`. Everything after that (giving the instance up mid-check, a fresh
 * instance for the next task) is the production path. No natural goal that ignores 40
 * interrupts in a row is known, hence the seam.
 */
let deafZ3: { readonly stuckAfterMs: number } | undefined;

/** Sets or clears the test seam above; never used outside tests. */
export function simulateDeafZ3ForTests(next: { readonly stuckAfterMs: number } | undefined): void {
  deafZ3 = next;
}

/** Whether `promise` settles within `ms`, calling `nudge` every 250 ms meanwhile. */
async function settlesWithin(promise: Promise<unknown>, ms: number, nudge: () => void): Promise<boolean> {
  let timer: ReturnType<typeof setInterval> | undefined;
  let waited = 0;
  const expired = new Promise<false>((resolve) => {
    timer = setInterval(() => {
      waited += 250;
      if (waited >= ms) resolve(false);
      else nudge();
    }, 250);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), expired]);
  } finally {
    clearInterval(timer);
  }
}

/**
 * Decides `goal` with z3 on a translation faithful to Lean semantics (see translate.ts).
 * Never throws for any well-typed goal; answers `unknown` past the deadline.
 */
export async function smtProve(goal: Goal, opts: SmtOptions): Promise<SmtResult> {
  if (Date.now() >= opts.deadline) return { kind: 'unknown', reason: 'deadline passed before z3 started' };
  return withZ3(async (z, generation) => {
    const tr = new Translator(z);
    const assertions: Bool<'main'>[] = [];
    const dropped: string[] = [];
    for (const entry of goal.context) {
      if (entry.kind === 'variable') {
        tr.declare(entry.name, entry.type);
        continue;
      }
      try {
        assertions.push(tr.prop(entry.prop, 1));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        dropped.push(entry.name);
      }
    }
    let negated: Bool<'main'>;
    try {
      negated = z.Not(tr.prop(goal.target, -1));
    } catch (e) {
      if (e instanceof Unsupported) return { kind: 'unsupported', construct: e.construct };
      throw e;
    }
    const remaining = opts.deadline - Date.now();
    if (remaining <= 0) return { kind: 'unknown', reason: 'deadline passed during translation' };
    const solver = new z.Solver();
    const deaf = deafZ3;
    const interrupt = (): void => {
      if (deaf === undefined) z.interrupt();
    };
    try {
      if (deaf === undefined) solver.set('timeout', Math.max(1, Math.floor(remaining)));
      for (const f of tr.facts) solver.add(f);
      for (const a of assertions) solver.add(a);
      solver.add(negated);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wallClock = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          interrupt(); // z3's own timeout should have fired; make sure the check stops
          resolve('timeout');
        }, remaining + INTERRUPT_GRACE_MS);
      });
      const check = checkSat(solver); // not solver.check(): see checkSat (z3.ts)
      const verdict = await Promise.race([check, wallClock]);
      clearTimeout(timer);
      if (verdict === 'timeout') {
        // Let the interrupted check finish before the next one starts; one that ignores the
        // interrupt costs its instance instead of hanging every later check.
        if (await settlesWithin(check, deaf?.stuckAfterMs ?? STUCK_CHECK_MS, interrupt)) return { kind: 'unknown', reason: 'z3 timed out' };
        abandonInstance(generation);
        return { kind: 'unknown', reason: 'z3 timed out and ignored the interrupt (z3 restarted)' };
      }
      if (verdict === 'unsat') return { kind: 'unsat' };
      if (verdict === 'sat') {
        const model = extractModel(z, generation, solver.model(), tr.vars);
        return { kind: 'sat', model, ...(dropped.length > 0 ? { dropped } : {}) };
      }
      const reason = solver.reasonUnknown();
      return { kind: 'unknown', reason: `z3: ${reason}` };
    } finally {
      solver.release();
    }
  });
}
