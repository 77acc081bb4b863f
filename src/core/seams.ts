/**
 * The two seams of proofseek (see ../shared/docs/DESIGN.md): a ProofBackend turns tactics into
 * exact verdicts; a TacticProposer suggests tactics. Search talks to both only through these.
 */
import type { Problem } from './problem.ts';

export type BackendName = 'symbolic' | 'lean';

/**
 * How a closed goal or a whole proof was checked:
 * - `kernel`: Lean's kernel accepted it (Lean backend);
 * - `certified`: every step carried a certificate checked by the symbolic trusted core;
 * - `smt`: at least one goal was closed by z3 answering unsat on a faithful translation, with no certificate.
 */
export type Tier = 'kernel' | 'certified' | 'smt';

/** The weaker of two tiers: a proof is only as strong as its weakest step. */
export function weakerTier(a: Tier, b: Tier): Tier {
  const rank: Record<Tier, number> = { kernel: 2, certified: 1, smt: 0 };
  return rank[a] <= rank[b] ? a : b;
}

/**
 * A proof state as search sees it: the open goals, each pretty-printed Lean-style
 * (`x : ℝ\nh₀ : 0 < x\n⊢ 0 < x ^ 2`), first goal first, plus an opaque handle that only the
 * backend that made it can interpret.
 */
export interface ProofState {
  readonly backend: BackendName;
  readonly goals: readonly string[];
  /** Weakest tier of the steps that led here (goals closed so far). */
  readonly tier: Tier;
  readonly handle: unknown;
}

export type TacticErrorReason =
  | 'failed' // the tactic does not apply or does not close what it must
  | 'parse' // the tactic text is not understood
  | 'unsupported' // outside what this backend can check (never a verdict on truth)
  | 'timeout'
  | 'resource' // refused: numbers, terms or case splits too large
  | 'backend'; // the backend itself failed (process crash, stale handle)

export type TacticResult =
  | { readonly kind: 'ok'; readonly state: ProofState }
  | { readonly kind: 'proved'; readonly state: ProofState; readonly tier: Tier }
  | { readonly kind: 'error'; readonly reason: TacticErrorReason; readonly message: string };

/** The verdict on a whole proof script. `rule` names the check that rejected it, when rejected. */
export type Verdict =
  | {
      readonly kind: 'accepted';
      readonly verifier: BackendName;
      readonly verifierVersion: string;
      readonly tier: Tier;
    }
  | {
      readonly kind: 'rejected';
      readonly verifier: BackendName;
      readonly verifierVersion: string;
      readonly rule: string;
      readonly message: string;
    };

export interface ApplyOptions {
  readonly timeoutMs: number;
}

export interface VerifyOptions {
  /**
   * Wall-clock budget for this check in milliseconds, when the caller has one (search passes
   * what is left of its time limit). A backend that honours it rejects with rule `timeout`
   * once it runs out; one that cannot cut a check short may ignore it.
   */
  readonly timeoutMs?: number;
}

export interface ProofBackend {
  readonly name: BackendName;
  /** States the problem; fails with an error result (not an exception) when it cannot. */
  start(problem: Problem): Promise<{ kind: 'ok'; state: ProofState } | { kind: 'error'; message: string }>;
  /** Runs one tactic on the first goal of `state`. Never throws for bad tactic text. */
  apply(state: ProofState, tactic: string, opts: ApplyOptions): Promise<TacticResult>;
  /** Checks a whole tactic script against the problem from scratch. */
  verify(problem: Problem, proofScript: string, opts?: VerifyOptions): Promise<Verdict>;
  close(): Promise<void>;
}

export interface TacticSuggestion {
  readonly tactic: string;
  /** Natural log of the proposer's probability for this tactic; ≤ 0. */
  readonly logprob: number;
}

export interface TacticProposer {
  readonly name: string;
  propose(state: ProofState, k: number): Promise<TacticSuggestion[]>;
}

/** Search budgets. */
export interface Budget {
  readonly maxExpansions: number;
  readonly timeLimitMs: number;
  readonly tacticTimeoutMs: number;
}
