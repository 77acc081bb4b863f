/**
 * The search loop. Pop the open node of highest priority, ask the proposer for k tactics,
 * apply them through the backend (bounded concurrency, per-tactic timeout), record every
 * outcome as an edge, enqueue states not seen before (by canonical key), repeat. A tactic that
 * closes every goal ends the search only once the reconstructed script passes
 * `backend.verify`; a rejected script is recorded as a dead edge and the search goes on.
 * The time limit covers everything: each tactic's timeout is cut to the time left, tactics
 * past the deadline are not applied, and re-verification gets the time left plus a short grace.
 * Aborting the signal stops the search at once, mid-expansion included: it stops waiting for
 * the proposer, the tactics in flight and any re-verification (their late answers are dropped)
 * and ends with stop reason `aborted`, which callers record as not finished.
 */
import type { Problem } from '../core/problem.ts';
import type { Budget, ProofBackend, ProofState, TacticProposer, TacticResult, TacticSuggestion, Verdict } from '../core/seams.ts';
import { mapLimit } from './concurrency.ts';
import { checkTree } from './invariants.ts';
import { stateKey } from './key.ts';
import { lengthNormalised, type PriorityFunction } from './priority.ts';
import { BestFirstQueue, type SearchQueue } from './queue.ts';
import { reconstructProof } from './reconstruct.ts';
import type { TraceOutcome, TraceSink } from './trace.ts';
import { SearchTree, type EdgeOutcome, type NodeId, type SearchNode } from './tree.ts';

export interface SearchOptions {
  readonly budget: Budget;
  /** Tactics asked of the proposer per expansion (k). */
  readonly tacticsPerExpansion?: number;
  /** Length-normalisation exponent for the default priority; ignored when `priority` is given. */
  readonly lengthAlpha?: number;
  readonly priority?: PriorityFunction;
  /** Tactics applied at once within one expansion. */
  readonly tacticConcurrency?: number;
  readonly trace?: TraceSink;
  /**
   * Aborting stops the search promptly, with stop reason `aborted`: it no longer waits for the
   * call in flight (proposer, tactic or re-verification), which may finish in the background.
   */
  readonly signal?: AbortSignal;
  /** Check the tree's invariants after every expansion (tests; costs O(nodes) each time). */
  readonly checkInvariants?: boolean;
  /** Millisecond clock, injectable so tests can drive the wall-clock budget. */
  readonly now?: () => number;
  /** The frontier; best-first by default. */
  readonly queue?: SearchQueue<NodeId>;
  /** Called once with the final tree when the search ends (tests, visualisation). */
  readonly inspect?: (tree: SearchTree) => void;
}

export const SEARCH_DEFAULTS = {
  tacticsPerExpansion: 12,
  lengthAlpha: 0.5,
  tacticConcurrency: 1,
} as const;

/** Extra time past the per-tactic timeout before search stops waiting for a backend that ignores it. */
const TIMEOUT_GRACE_MS = 250;
/** Time past the search's deadline that re-verifying a just-found proof may take. */
export const VERIFY_GRACE_MS = 2000;

/** The result of a tactic the search had no time left to apply. */
const NOT_APPLIED_IN_TIME: TacticResult = Object.freeze({ kind: 'error', reason: 'timeout', message: 'not applied: the time limit was reached' });

export type StopReason = 'proved' | 'exhausted' | 'expansions' | 'time' | 'aborted' | 'start-error';

export interface SearchTimings {
  readonly proposerMs: number;
  /** Starting the problem and applying tactics. */
  readonly backendMs: number;
  /** Re-verifying found proofs. */
  readonly verifyMs: number;
  /** Everything else: the search's own work (queue, keys, tree, reconstruction). */
  readonly overheadMs: number;
  readonly totalMs: number;
}

export interface FoundProof {
  /** The verified script (structured with `·` where goals split, else flat). */
  readonly script: string;
  /** The tactics on the path, in order. */
  readonly tactics: readonly string[];
  readonly verdict: Extract<Verdict, { kind: 'accepted' }>;
}

/** Frozen summary of one search. `proof` is present exactly when `status` is `proved`. */
export interface SearchResult {
  readonly problem: string;
  readonly status: 'proved' | 'failed' | 'error';
  readonly stop: StopReason;
  readonly proof?: FoundProof;
  /** Why the search could not start, or the last rejected proof's verdict message. */
  readonly message?: string;
  readonly expansions: number;
  readonly nodes: number;
  readonly duplicates: number;
  readonly tacticsApplied: number;
  /** Proofs found by search but refused by `backend.verify` (each a backend disagreement). */
  readonly rejectedProofs: number;
  readonly timings: SearchTimings;
}

/** Thrown inside one search when its signal aborts; caught by `bestFirstSearch` itself. */
class SearchAborted extends Error {}

interface Counters {
  expansions: number;
  duplicates: number;
  tacticsApplied: number;
  rejectedProofs: number;
  proposerMs: number;
  backendMs: number;
  verifyMs: number;
  lastRejection?: string;
}

/**
 * Best-first search for a proof of `problem`. Never throws for a failed search: failures are
 * results. Throws only when the backend or proposer throws (a bug there) or the tree breaks an
 * invariant under `checkInvariants`. A `proved` result's script has been accepted by
 * `backend.verify`.
 */
export async function bestFirstSearch(
  problem: Problem,
  backend: ProofBackend,
  proposer: TacticProposer,
  options: SearchOptions,
): Promise<SearchResult> {
  const now = options.now ?? (() => performance.now());
  const k = options.tacticsPerExpansion ?? SEARCH_DEFAULTS.tacticsPerExpansion;
  const priorityOf = options.priority ?? lengthNormalised(options.lengthAlpha ?? SEARCH_DEFAULTS.lengthAlpha);
  const concurrency = options.tacticConcurrency ?? SEARCH_DEFAULTS.tacticConcurrency;
  const { budget, trace } = options;
  const started = now();
  const deadline = started + budget.timeLimitMs;
  const counters: Counters = { expansions: 0, duplicates: 0, tacticsApplied: 0, rejectedProofs: 0, proposerMs: 0, backendMs: 0, verifyMs: 0 };
  const tree = new SearchTree();
  const queue = options.queue ?? new BestFirstQueue<NodeId>();

  const finish = (status: SearchResult['status'], stop: StopReason, extra: { proof?: FoundProof; message?: string } = {}): SearchResult => {
    const totalMs = now() - started;
    const { proposerMs, backendMs, verifyMs } = counters;
    const message = extra.message ?? (status === 'proved' ? undefined : counters.lastRejection);
    options.inspect?.(tree);
    trace?.write({ event: 'end', problem: problem.name, status, stop, expansions: counters.expansions, nodes: tree.nodes.length, ...(extra.proof ? { proof: extra.proof.script } : {}) });
    return deepFreeze({
      problem: problem.name,
      status,
      stop,
      ...(extra.proof ? { proof: extra.proof } : {}),
      ...(message === undefined ? {} : { message }),
      expansions: counters.expansions,
      nodes: tree.nodes.length,
      duplicates: counters.duplicates,
      tacticsApplied: counters.tacticsApplied,
      rejectedProofs: counters.rejectedProofs,
      timings: { proposerMs, backendMs, verifyMs, overheadMs: Math.max(0, totalMs - proposerMs - backendMs - verifyMs), totalMs },
    });
  };

  const abort = abortWatch(options.signal);
  try {
    return await searchFrom();
  } catch (error) {
    if (error instanceof SearchAborted) return finish('failed', 'aborted');
    throw error;
  } finally {
    abort.dispose();
  }

  async function searchFrom(): Promise<SearchResult> {
    const t0 = now();
    const start = await abort.race(backend.start(problem));
    counters.backendMs += now() - t0;
    if (start.kind === 'error') return finish('error', 'start-error', { message: start.message });
    if (start.state.goals.length === 0) {
      return finish('error', 'start-error', { message: 'internal error: the backend stated the problem with no goals' });
    }
    const root = tree.addRoot(start.state, stateKey(start.state.goals), 0);
    trace?.write({ event: 'start', problem: problem.name, goals: start.state.goals });
    queue.push(root.id, root.priority);

    for (;;) {
      if (options.signal?.aborted) return finish('failed', 'aborted');
      if (counters.expansions >= budget.maxExpansions) return finish('failed', 'expansions');
      const remaining = deadline - now();
      if (remaining <= 0) return finish('failed', 'time');
      const id = queue.pop();
      if (id === undefined) return finish('failed', 'exhausted');
      const node = tree.node(id);
      if (node.status !== 'open') continue;

      const proof = await expand(node);
      if (options.checkInvariants) assertTree(tree);
      if (proof) return finish('proved', 'proved', { proof });
    }
  }

  /**
   * `backend.apply` under what is left of the time limit: each tactic gets the per-tactic
   * timeout or the time left, whichever is less, counted when it starts (so k tactics in a row
   * cannot overrun the limit k-fold); past the deadline a tactic is not applied at all.
   */
  function applyInTime(state: ProofState, tactic: string): Promise<TacticResult> {
    const timeoutMs = Math.min(budget.tacticTimeoutMs, deadline - now());
    if (timeoutMs <= 0) return Promise.resolve(NOT_APPLIED_IN_TIME);
    return applyWithTimeout(backend, state, tactic, timeoutMs);
  }

  /**
   * `backend.verify` under the time left plus a grace period (a proof found just before the
   * deadline still gets checked); `undefined` when no verdict came in time.
   */
  async function verifyInTime(script: string): Promise<Verdict | undefined> {
    const timeoutMs = Math.max(0, deadline - now()) + VERIFY_GRACE_MS;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs + TIMEOUT_GRACE_MS);
    });
    return abort.race(Promise.race([backend.verify(problem, script, { timeoutMs }), late]).finally(() => clearTimeout(timer)));
  }

  /** Expands one node; returns the verified proof when one of its tactics completes it. */
  async function expand(node: SearchNode): Promise<FoundProof | undefined> {
    const expansion = counters.expansions;
    counters.expansions += 1;
    const tp = now();
    const suggestions = uniqueSuggestions(await abort.race(proposer.propose(node.state, k))).slice(0, k);
    const proposerMs = now() - tp;
    counters.proposerMs += proposerMs;

    // Apply with bounded concurrency, launching no new tactic once one has closed every goal:
    // the rest would be wasted unless that proof fails verification (then they run below).
    const results: (TacticResult | undefined)[] = new Array(suggestions.length);
    let closing = false;
    let backendMs = 0;
    const applyCounted = async (tactic: string): Promise<TacticResult> => {
      const result = await applyInTime(node.state, tactic);
      if (result !== NOT_APPLIED_IN_TIME) counters.tacticsApplied += 1;
      return result;
    };
    /** One tactic after the concurrent batch: timed on its own, and cut short by an abort. */
    const apply = async (tactic: string): Promise<TacticResult> => {
      const tb = now();
      const result = await abort.race(applyCounted(tactic));
      backendMs += now() - tb;
      return result;
    };
    const tb = now();
    // Aborting stops the wait for the tactics in flight, and no further tactic is launched.
    await abort.race(mapLimit(suggestions, concurrency, async (s, i) => {
      if (closing || options.signal?.aborted) return;
      const result = await applyCounted(s.tactic);
      results[i] = result;
      if (closesEverything(result)) closing = true;
    }));
    backendMs += now() - tb;

    const traced: { tactic: string; logprob: number; outcome: TraceOutcome }[] = [];
    let found: FoundProof | undefined;
    for (const [i, suggestion] of suggestions.entries()) {
      // Once a proof is found the remaining results are dropped unrecorded: the search ends here.
      let outcome: Recorded | undefined;
      if (!found) outcome = await record(node, suggestion, results[i] ?? (await apply(suggestion.tactic)));
      if (outcome?.kind === 'verified') found = outcome.proof;
      if (trace) traced.push({ tactic: suggestion.tactic, logprob: suggestion.logprob, outcome: traceOutcome(outcome) });
    }
    counters.backendMs += backendMs;
    tree.finishExpansion(node.id, expansion);
    trace?.write({
      event: 'expansion',
      problem: problem.name,
      expansion,
      node: node.id,
      depth: node.depth,
      priority: node.priority,
      goals: node.state.goals,
      proposerMs,
      backendMs,
      tactics: traced,
    });
    return found;
  }

  /** Turns one tactic result into an edge (and a node when the state is new). */
  async function record(node: SearchNode, suggestion: TacticSuggestion, result: TacticResult): Promise<Recorded> {
    const { tactic, logprob } = suggestion;
    const leaf = (edge: Exclude<EdgeOutcome, { kind: 'child' }>): Recorded => {
      tree.addLeafEdge(node.id, tactic, logprob, edge);
      return { kind: 'edge', edge };
    };
    if (result.kind === 'error') return leaf({ kind: 'error', reason: result.reason, message: result.message });
    if (closesEverything(result)) {
      const tier = result.kind === 'proved' ? result.tier : result.state.tier;
      const steps = [...tree.pathTo(node.id), { tactic, goalsBefore: node.state.goals.length, goalsAfter: 0 }];
      const rebuilt = reconstructProof(steps);
      const tv = now();
      let verdict = await verifyInTime(rebuilt.script);
      let script = rebuilt.script;
      if (verdict?.kind === 'rejected' && rebuilt.structured) {
        // The flat script is the same proof without the `·` checks; try it before giving up.
        verdict = await verifyInTime(rebuilt.flat);
        script = rebuilt.flat;
      }
      counters.verifyMs += now() - tv;
      if (verdict === undefined) {
        counters.lastRejection = `a proof was found but its re-verification did not finish within the time limit: ${script}`;
        return leaf({ kind: 'error', reason: 'timeout', message: counters.lastRejection });
      }
      if (verdict.kind === 'accepted') {
        leaf({ kind: 'proved', tier });
        return { kind: 'verified', proof: { script, tactics: steps.map((s) => s.tactic), verdict } };
      }
      counters.rejectedProofs += 1;
      counters.lastRejection = `found proof rejected by ${verdict.verifier} (${verdict.rule}): ${verdict.message}`;
      return leaf({ kind: 'error', reason: 'rejected', message: counters.lastRejection });
    }
    const key = stateKey(result.state.goals);
    const existing = tree.lookup(key);
    if (existing !== undefined) {
      counters.duplicates += 1;
      return leaf({ kind: 'duplicate', of: existing });
    }
    const depth = node.depth + 1;
    const priority = priorityOf({ logprob: node.logprob + logprob, depth, state: result.state });
    const child = tree.addChild(node.id, tactic, logprob, result.state, key, priority);
    queue.push(child.id, priority);
    return { kind: 'edge', edge: { kind: 'child', child: child.id } };
  }
}

/** A backend that reports `ok` with no goals left has proved it all the same. */
function closesEverything(result: TacticResult): boolean {
  return result.kind === 'proved' || (result.kind === 'ok' && result.state.goals.length === 0);
}

type Recorded = { readonly kind: 'verified'; readonly proof: FoundProof } | { readonly kind: 'edge'; readonly edge: EdgeOutcome };

function traceOutcome(outcome: Recorded | undefined): TraceOutcome {
  if (!outcome) return { kind: 'error', reason: 'skipped', message: 'not applied to the tree: a sibling tactic completed the proof' };
  if (outcome.kind === 'verified') return { kind: 'proved', tier: outcome.proof.verdict.tier };
  return outcome.edge;
}

/** Highest log-probability first (stable), each tactic text once, empty texts dropped. */
function uniqueSuggestions(suggestions: readonly TacticSuggestion[]): TacticSuggestion[] {
  const seen = new Set<string>();
  const ordered = suggestions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.logprob - a.s.logprob || a.i - b.i)
    .map(({ s }) => ({ tactic: s.tactic.trim(), logprob: s.logprob }));
  return ordered.filter((s) => {
    if (s.tactic === '' || seen.has(s.tactic) || !Number.isFinite(s.logprob)) return false;
    seen.add(s.tactic);
    return true;
  });
}

/**
 * `backend.apply` with the search's own deadline on top of the backend's: a backend that
 * overruns `timeoutMs` by more than a grace period gets a `timeout` result and is not waited
 * for (its late answer is dropped).
 */
function applyWithTimeout(backend: ProofBackend, state: ProofState, tactic: string, timeoutMs: number): Promise<TacticResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<TacticResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'error', reason: 'timeout', message: `no answer within ${timeoutMs} ms` }),
      timeoutMs + TIMEOUT_GRACE_MS,
    );
  });
  return Promise.race([backend.apply(state, tactic, { timeoutMs }), late]).finally(() => clearTimeout(timer));
}

interface AbortWatch {
  /** `promise`, or a `SearchAborted` rejection as soon as the signal aborts (at once if it has). */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Removes the listener from the signal (a long run reuses one signal for every search). */
  dispose(): void;
}

function abortWatch(signal: AbortSignal | undefined): AbortWatch {
  if (signal === undefined) return { race: (promise) => promise, dispose: () => undefined };
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new SearchAborted('search aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  // Aborting between two waits rejects with no race listening: that is not an unhandled rejection.
  aborted.catch(() => undefined);
  return {
    race: (promise) => Promise.race([promise, aborted]),
    dispose: () => signal.removeEventListener('abort', onAbort!),
  };
}

function assertTree(tree: SearchTree): void {
  const violations = checkTree(tree);
  if (violations.length > 0) throw new Error(`internal error: search tree invariants broken:\n${violations.join('\n')}`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
