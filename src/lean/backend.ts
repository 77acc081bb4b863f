/**
 * The Lean backend behind the `ProofBackend` seam: a pool of REPL processes, tactic mode on
 * proof states bound to their process and generation, and audited verification.
 */
import { availableParallelism } from 'node:os';
import type { Problem } from '../core/problem.ts';
import type { ApplyOptions, ProofBackend, ProofState, TacticResult, Verdict } from '../core/seams.ts';
import { auditText } from './audit.ts';
import { LeanPool, type LeanWorker } from './pool.ts';
import { commonHeader, defaultReplCommand, pinnedToolchain, proofseekToolchain, resolveLeanProject } from './project.ts';
import type { ProofStateId } from './protocol.ts';
import type { SessionFailure } from './session.ts';
import type { ReplCommand } from './spawn.ts';
import { statementCommand, statementGoal, tacticStep } from './tactic.ts';
import { verifyProof, type VerifyContext } from './verify.ts';

export interface LeanBackendOptions {
  /** How to start one REPL process (the replay fixture in tests, `lake env <repl>` for real). */
  readonly command: ReplCommand;
  /** REPL processes; default: CPU cores - 1, at least 1. */
  readonly workers?: number;
  /** Imported in every process at start; default: lean/ProofseekHeader.lean. `''`: none. */
  readonly header?: string;
  /** RSS cap per REPL process tree in bytes; default 8 GiB. */
  readonly maxMemoryBytes?: number;
  /** RSS sampling interval; default 1000 ms. */
  readonly memorySampleMs?: number;
  /** Timeout for stating a problem; default 60 s. */
  readonly statementTimeoutMs?: number;
  /** Timeout for importing a header; default 10 min. */
  readonly importTimeoutMs?: number;
  /** Timeout for each command of a verification; default 5 min. */
  readonly verifyTimeoutMs?: number;
  /** Requests after which a process is replaced (its proof states then fail cleanly); default 5000. */
  readonly recycleAfter?: number;
  /** Restarts in a row without an answer before a process is given up; default 3. */
  readonly maxConsecutiveFailures?: number;
  /** Accept native evaluation (`native_decide`, `Lean.ofReduceBool`); default false. */
  readonly allowNativeDecide?: boolean;
  /** Reported in verdicts; default: the toolchain pinned in the command's directory, else proofseek's. */
  readonly verifierVersion?: string;
}

/** Options a user gives on the command line; see `createLeanBackend`. */
export interface LeanProjectOptions extends Omit<LeanBackendOptions, 'command'> {
  /** The Lean project directory; default `PROOFSEEK_LEAN_PROJECT`. */
  readonly leanProject?: string;
  /** Overrides the default `lake env <repl>` command. */
  readonly command?: ReplCommand;
}

/**
 * A Lean backend over a real Lean project. @throws InputError when no project is configured or
 * the REPL is not built there (so the CLI can say what to run).
 */
export function createLeanBackend(options: LeanProjectOptions = {}): LeanBackend {
  const command = options.command ?? defaultReplCommand(resolveLeanProject(options.leanProject));
  return new LeanBackend({ ...options, command });
}

/** A proof state's handle: valid only on its worker while that worker's process generation lasts. */
class LeanStateHandle {
  constructor(
    readonly owner: LeanBackend,
    readonly worker: LeanWorker,
    readonly generation: number,
    readonly proofState: ProofStateId,
  ) {}
}

/** Defaults of the optional settings (see LeanBackendOptions). */
export const LEAN_DEFAULTS = {
  maxMemoryBytes: 8 * 1024 ** 3,
  memorySampleMs: 1_000,
  statementTimeoutMs: 60_000,
  importTimeoutMs: 600_000,
  verifyTimeoutMs: 300_000,
  recycleAfter: 5_000,
  maxConsecutiveFailures: 3,
  allowNativeDecide: false,
} as const;

export class LeanBackend implements ProofBackend {
  readonly name = 'lean' as const;
  readonly pool: LeanPool;
  private readonly statementTimeoutMs: number;
  private readonly verifyContext: VerifyContext;

  constructor(options: LeanBackendOptions) {
    const settings = { ...LEAN_DEFAULTS, ...withoutUndefined(options) };
    this.statementTimeoutMs = settings.statementTimeoutMs;
    this.pool = new LeanPool({
      size: options.workers ?? Math.max(1, availableParallelism() - 1),
      header: options.header ?? commonHeader(),
      importTimeoutMs: settings.importTimeoutMs,
      session: {
        command: options.command,
        timeoutMs: settings.statementTimeoutMs,
        maxMemoryBytes: settings.maxMemoryBytes,
        memorySampleMs: settings.memorySampleMs,
        maxConsecutiveFailures: settings.maxConsecutiveFailures,
        recycleAfter: settings.recycleAfter,
      },
    });
    this.verifyContext = {
      pool: this.pool,
      timeoutMs: settings.verifyTimeoutMs,
      allowNativeDecide: settings.allowNativeDecide,
      verifierVersion: options.verifierVersion ?? pinnedToolchain(options.command.cwd) ?? proofseekToolchain(),
    };
  }

  async start(problem: Problem): Promise<{ kind: 'ok'; state: ProofState } | { kind: 'error'; message: string }> {
    let last = '';
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const started = await this.pool.withWorker((worker) => this.stateOn(worker, problem));
      if (started.kind !== 'retry') return started;
      last = started.message;
    }
    return { kind: 'error', message: last };
  }

  /** States `problem` on `worker`: its header environment, then `<statement> := by sorry`. */
  private async stateOn(
    worker: LeanWorker,
    problem: Problem,
  ): Promise<{ kind: 'ok'; state: ProofState } | { kind: 'error'; message: string } | { kind: 'retry'; message: string }> {
    const header = await worker.headerEnv(problem.header);
    if (header.kind === 'header-error') return { kind: 'error', message: header.message };
    if (header.kind !== 'ok') return startFailure(header);
    const cmd = statementCommand(problem);
    const outcome = await worker.send(
      { kind: 'command', cmd, ...(header.env === undefined ? {} : { env: header.env }) },
      { generation: header.generation, timeoutMs: this.statementTimeoutMs },
    );
    if (outcome.kind !== 'answer') return startFailure(outcome);
    const goal = statementGoal(outcome.response, cmd);
    if (goal.kind === 'error') return goal;
    const handle = new LeanStateHandle(this, worker, outcome.generation, goal.proofState);
    return { kind: 'ok', state: { backend: 'lean', goals: [goal.goal], tier: 'kernel', handle } };
  }

  async apply(state: ProofState, tactic: string, opts: ApplyOptions): Promise<TacticResult> {
    const handle = state.handle;
    if (!(handle instanceof LeanStateHandle) || handle.owner !== this) {
      return { kind: 'error', reason: 'backend', message: 'not a proof state of this Lean backend' };
    }
    const finding = auditText(tactic, this.verifyContext)[0];
    if (finding) return { kind: 'error', reason: 'unsupported', message: `refused by the audit (${finding.rule}): ${finding.message}` };
    const outcome = await handle.worker.send(
      { kind: 'tactic', tactic, proofState: handle.proofState },
      { generation: handle.generation, timeoutMs: opts.timeoutMs },
    );
    if (outcome.kind !== 'answer') return { kind: 'error', reason: failureReason(outcome), message: outcome.message };
    const step = tacticStep(outcome.response);
    switch (step.kind) {
      case 'error':
        return step;
      case 'open':
        return {
          kind: 'ok',
          state: { backend: 'lean', goals: step.goals, tier: 'kernel', handle: new LeanStateHandle(this, handle.worker, outcome.generation, step.proofState) },
        };
      case 'proved': {
        const proved = new LeanStateHandle(this, handle.worker, outcome.generation, step.proofState);
        return { kind: 'proved', state: { backend: 'lean', goals: [], tier: 'kernel', handle: proved }, tier: 'kernel' };
      }
    }
  }

  verify(problem: Problem, proofScript: string): Promise<Verdict> {
    return verifyProof(this.verifyContext, problem, proofScript);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** A restart caused by other work on the same process says nothing about this problem: retry once. */
function startFailure(failure: SessionFailure): { kind: 'error'; message: string } | { kind: 'retry'; message: string } {
  const retry = failure.kind === 'restarted' || failure.kind === 'stale';
  return { kind: retry ? 'retry' : 'error', message: failure.message } as const;
}

function failureReason(failure: SessionFailure): 'timeout' | 'resource' | 'backend' {
  switch (failure.kind) {
    case 'timeout':
      return 'timeout';
    case 'memory':
      return 'resource';
    case 'crashed':
    case 'protocol':
    case 'restarted':
    case 'stale':
    case 'closed':
    case 'unavailable':
      return 'backend';
  }
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
