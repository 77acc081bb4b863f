/**
 * `SymbolicBackend`: the embedded, Lean-free `ProofBackend`. States a problem with the syntax
 * front end, runs Lean-named tactics with the symbolic engine (./engine), and verifies whole
 * scripts by replaying them from scratch. Verdicts carry their tier: `certified` when every
 * step is a rule of logic or a certificate checked by the trusted core, `smt` when z3 closed a
 * goal (only with `allowSmt`).
 */
import type { Problem } from '../core/problem.ts';
import {
  weakerTier,
  type ApplyOptions,
  type ProofBackend,
  type ProofState,
  type TacticErrorReason,
  type TacticResult,
  type Verdict,
  type VerifyOptions,
} from '../core/seams.ts';
import { DEFAULT_LIMITS, type Limits } from './core/limits.ts';
import { formatFailure, parseStatement } from './syntax/index.ts';
import { Dispatcher } from './engine/dispatch.ts';
import { oversized, printGoalText } from './engine/goal.ts';
import { parseScript } from './engine/parse/block.ts';
import type { EngineConfig } from './engine/runtime.ts';
import { SymbolicState } from './engine/state.ts';
import type { Goal } from './engine/types.ts';

export const SYMBOLIC_VERIFIER_VERSION = 'proofseek-symbolic 0.1.0';

export interface SymbolicBackendOptions {
  /** Whether z3 may close goals without a certificate (tier `smt`); default true. */
  readonly allowSmt?: boolean;
  /** Deadline of one atomic tactic in milliseconds; default 2000. */
  readonly tacticTimeoutMs?: number;
  readonly limits?: Limits;
  /** Wall-clock budget for one `verify` call in milliseconds; default 120 000. */
  readonly verifyTimeoutMs?: number;
}

export class SymbolicBackend implements ProofBackend {
  readonly name = 'symbolic' as const;
  private readonly allowSmt: boolean;
  private readonly tacticTimeoutMs: number;
  private readonly limits: Limits;
  private readonly verifyTimeoutMs: number;
  private closed = false;

  constructor(options: SymbolicBackendOptions = {}) {
    this.allowSmt = options.allowSmt ?? true;
    this.tacticTimeoutMs = options.tacticTimeoutMs ?? 2000;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.verifyTimeoutMs = options.verifyTimeoutMs ?? 120_000;
  }

  /** States `problem`: one goal with the statement's binders as context. Errors are values. */
  async start(problem: Problem): Promise<{ kind: 'ok'; state: ProofState } | { kind: 'error'; message: string }> {
    const s = this.initialState(problem);
    if (s.kind === 'error') return s;
    return { kind: 'ok', state: toProofState(s.state) };
  }

  private initialState(problem: Problem): { kind: 'ok'; state: SymbolicState } | { kind: 'error'; message: string } {
    if (this.closed) return { kind: 'error', message: 'backend is closed' };
    const r = parseStatement(problem);
    if (r.kind === 'error') return { kind: 'error', message: formatFailure(r) };
    const goal: Goal = { context: r.statement.binders, target: r.statement.goal };
    const why = oversized(goal);
    if (why !== undefined) return { kind: 'error', message: `statement too large: ${why}` };
    return { kind: 'ok', state: SymbolicState.initial(goal, r.statement.opens) };
  }

  /** Runs `tactic` (one tactic or a block) on the state's goals, main goal first. Never throws. */
  async apply(state: ProofState, tactic: string, opts: ApplyOptions): Promise<TacticResult> {
    try {
      return await this.applyUnguarded(state, tactic, opts);
    } catch (cause) {
      return { kind: 'error', ...describeBug(cause) };
    }
  }

  private async applyUnguarded(state: ProofState, tactic: string, opts: ApplyOptions): Promise<TacticResult> {
    const handle = state.handle;
    if (this.closed) return { kind: 'error', reason: 'backend', message: 'backend is closed' };
    if (state.backend !== 'symbolic' || !(handle instanceof SymbolicState)) {
      return { kind: 'error', reason: 'backend', message: 'not a proof state of the symbolic backend' };
    }
    if (handle.proved) return { kind: 'error', reason: 'failed', message: 'no goals to be proved' };
    const parsed = parseScript(tactic);
    if (parsed.kind === 'error') return { kind: 'error', reason: parsed.message.includes('longer than') ? 'resource' : 'parse', message: parsed.message };
    const budget = Math.max(1, opts.timeoutMs);
    const dispatcher = new Dispatcher(this.config(handle.opens, Math.min(this.tacticTimeoutMs, budget)), parsed.script.source, Date.now() + budget);
    const r = await dispatcher.run(parsed.script.root, handle.goals);
    if (r.kind === 'error') return { kind: 'error', reason: r.reason, message: r.message };
    const next = handle.next(tactic, r.goals, r.tier);
    const ps = toProofState(next);
    if (next.proved) return { kind: 'proved', state: ps, tier: ps.tier };
    return { kind: 'ok', state: ps };
  }

  /**
   * Replays `proofScript` (the tactic block after `:= by`; a leading `by` is accepted) from the
   * statement. Accepted only when every tactic succeeds and no goal remains, within
   * `opts.timeoutMs` (capped by the backend's own `verifyTimeoutMs`).
   */
  async verify(problem: Problem, proofScript: string, opts: VerifyOptions = {}): Promise<Verdict> {
    try {
      return await this.verifyUnguarded(problem, proofScript, Math.max(1, Math.min(this.verifyTimeoutMs, opts.timeoutMs ?? Infinity)));
    } catch (cause) {
      const bug = describeBug(cause);
      return { kind: 'rejected', verifier: 'symbolic', verifierVersion: SYMBOLIC_VERIFIER_VERSION, rule: ruleFor(bug.reason), message: bug.message };
    }
  }

  private async verifyUnguarded(problem: Problem, proofScript: string, budgetMs: number): Promise<Verdict> {
    const reject = (rule: string, message: string): Verdict => ({
      kind: 'rejected',
      verifier: 'symbolic',
      verifierVersion: SYMBOLIC_VERIFIER_VERSION,
      rule,
      message,
    });
    const s = this.initialState(problem);
    if (s.kind === 'error') return reject('statement', s.message);
    const script = stripBy(proofScript);
    const parsed = parseScript(script);
    if (parsed.kind === 'error') return reject('parse', parsed.message);
    const dispatcher = new Dispatcher(this.config(s.state.opens, this.tacticTimeoutMs), parsed.script.source, Date.now() + budgetMs);
    const r = await dispatcher.run(parsed.script.root, s.state.goals);
    if (r.kind === 'error') return reject(ruleFor(r.reason), r.message);
    if (r.goals.length > 0) return reject('unsolved-goals', `unsolved goals\n${r.goals.map(printGoalText).join('\n\n')}`);
    return { kind: 'accepted', verifier: 'symbolic', verifierVersion: SYMBOLIC_VERIFIER_VERSION, tier: weakerTier(s.state.tier, r.tier) };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private config(opens: readonly string[], tacticTimeoutMs: number): EngineConfig {
    return { allowSmt: this.allowSmt, tacticTimeoutMs, limits: this.limits, opens };
  }
}

function toProofState(s: SymbolicState): ProofState {
  return Object.freeze({ backend: 'symbolic' as const, goals: Object.freeze(s.printGoals()), tier: s.tier, handle: s });
}

/**
 * An exception that escaped the engine is a bug (or a stack overflow on a pathological term):
 * reported as a value so that callers never see it thrown.
 */
function describeBug(cause: unknown): { reason: TacticErrorReason; message: string } {
  if (cause instanceof RangeError) return { reason: 'resource', message: `terms too deep to process (${cause.message})` };
  return { reason: 'backend', message: `internal error: ${cause instanceof Error ? cause.message : String(cause)}` };
}

function ruleFor(reason: TacticErrorReason): string {
  return reason === 'failed' ? 'tactic-failed' : `tactic-${reason}`;
}

function stripBy(script: string): string {
  const m = /^\s*by(?=\s)/u.exec(script);
  return m === null ? script : script.slice(m[0].length);
}


