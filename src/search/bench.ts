/**
 * Micro-benchmarks of the search's own costs (for `npm run bench`; never asserted in tests):
 * the best-first queue and the duplicate-detection key set at 10^5 nodes (time per operation,
 * heap bytes per node), and the search loop's overhead per expansion against an in-memory
 * backend and proposer that cost next to nothing, so what remains is the search itself.
 */
import type { Problem } from '../core/problem.ts';
import type { ProofBackend, ProofState, TacticProposer, TacticResult } from '../core/seams.ts';
import { stateKey } from './key.ts';
import { BestFirstQueue } from './queue.ts';
import { bestFirstSearch } from './search.ts';

export interface SearchBenchRecord {
  readonly nodes: number;
  readonly queue: { readonly pushNs: number; readonly popNs: number; readonly bytesPerNode: number };
  readonly duplicates: { readonly keyNs: number; readonly insertNs: number; readonly lookupNs: number; readonly bytesPerNode: number };
  readonly search: {
    readonly expansions: number;
    readonly nodes: number;
    readonly tacticsPerExpansion: number;
    readonly overheadMsPerExpansion: number;
    readonly totalMsPerExpansion: number;
    readonly bytesPerNode: number;
  };
  /** False when heap figures are rough because Node was not started with `--expose-gc`. */
  readonly exactMemory: boolean;
}

export interface SearchBenchOptions {
  readonly nodes?: number;
  readonly expansions?: number;
  readonly tacticsPerExpansion?: number;
}

/** Runs the micro-benchmarks; takes a few seconds at the defaults (10^5 nodes, 2000 expansions). */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchRecord> {
  const n = options.nodes ?? 100_000;
  const expansions = options.expansions ?? 2_000;
  const k = options.tacticsPerExpansion ?? 8;
  const gc = (globalThis as { gc?: () => void }).gc;

  // Queue: n pushes with pseudo-random priorities, then n pops.
  const priorities = Array.from({ length: n }, (_, i) => -((i * 7919) % 1000) / 100);
  let heap0 = heapUsed(gc);
  const queue = new BestFirstQueue<number>();
  let t = performance.now();
  for (let i = 0; i < n; i += 1) queue.push(i, priorities[i]!);
  const pushNs = ((performance.now() - t) * 1e6) / n;
  const queueBytes = (heapUsed(gc) - heap0) / n;
  t = performance.now();
  while (queue.pop() !== undefined);
  const popNs = ((performance.now() - t) * 1e6) / n;

  // Duplicate detection: canonical keys of realistic goals in a Map, then lookups.
  // Memory counts the key strings and the map, not the goals (the tree holds those anyway).
  const goals = Array.from({ length: n }, (_, i) => syntheticGoal(i));
  heap0 = heapUsed(gc);
  t = performance.now();
  const keys = goals.map((g) => stateKey([g]));
  const keyNs = ((performance.now() - t) * 1e6) / n;
  const seen = new Map<string, number>();
  t = performance.now();
  for (let i = 0; i < n; i += 1) seen.set(keys[i]!, i);
  const insertNs = ((performance.now() - t) * 1e6) / n;
  const setBytes = (heapUsed(gc) - heap0) / n;
  if (goals.length !== seen.size) throw new Error('internal error: benchmark keys collided');
  t = performance.now();
  let hits = 0;
  for (let i = 0; i < n; i += 1) if (seen.has(keys[(i * 31) % n]!)) hits += 1;
  const lookupNs = ((performance.now() - t) * 1e6) / n;
  if (hits !== n) throw new Error('internal error: benchmark lookups missed');

  // The whole loop against a free backend and proposer.
  heap0 = heapUsed(gc);
  let heapWithTree = heap0;
  const result = await bestFirstSearch(benchProblem, new FreeBackend(), freeProposer, {
    budget: { maxExpansions: expansions, timeLimitMs: 600_000, tacticTimeoutMs: 10_000 },
    tacticsPerExpansion: k,
    // Measured while the tree (nodes, states, edges, key map, queue) is still alive.
    inspect: () => (heapWithTree = heapUsed(gc)),
  });
  const searchBytes = (heapWithTree - heap0) / Math.max(1, result.nodes);
  return {
    nodes: n,
    queue: { pushNs: round(pushNs), popNs: round(popNs), bytesPerNode: Math.round(queueBytes) },
    duplicates: { keyNs: round(keyNs), insertNs: round(insertNs), lookupNs: round(lookupNs), bytesPerNode: Math.round(setBytes) },
    search: {
      expansions: result.expansions,
      nodes: result.nodes,
      tacticsPerExpansion: k,
      overheadMsPerExpansion: round(result.timings.overheadMs / Math.max(1, result.expansions), 4),
      totalMsPerExpansion: round(result.timings.totalMs / Math.max(1, result.expansions), 4),
      bytesPerNode: Math.round(searchBytes),
    },
    exactMemory: gc !== undefined,
  };
}

function syntheticGoal(i: number): string {
  return `x y : ℝ\nh₀ : 0 < x ∧ 0 < y\nh₁ : x + y = ${i % 97}\nh₂ : x * y ≤ ${i}\n⊢ x ^ 2 + y ^ 2 ≥ ${Math.floor(i / 97)} * x * y`;
}

/** JS heap plus typed-array storage (the queue keeps priorities in Float64Arrays). */
function heapUsed(gc: (() => void) | undefined): number {
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const benchProblem: Problem = {
  name: 'bench',
  kind: 'theorem',
  header: '',
  text: 'theorem bench : 0 := by sorry',
  signature: 'theorem bench : 0',
  position: { file: 'bench', line: 1, column: 0 },
  tags: {},
};

/** Tactic `t{j}` on state s makes state s·k + j + 1: every state is new and nothing is ever proved. */
class FreeBackend implements ProofBackend {
  readonly name = 'symbolic' as const;
  async start(): Promise<{ kind: 'ok'; state: ProofState }> {
    return { kind: 'ok', state: this.state(0) };
  }
  async apply(state: ProofState, tactic: string): Promise<TacticResult> {
    return { kind: 'ok', state: this.state((state.handle as number) * 16 + Number(tactic.slice(1)) + 1) };
  }
  async verify(): Promise<never> {
    throw new Error('internal error: the benchmark backend proves nothing');
  }
  async close(): Promise<void> {}
  private state(id: number): ProofState {
    return { backend: 'symbolic', goals: [syntheticGoal(id)], tier: 'certified', handle: id };
  }
}

const freeProposer: TacticProposer = {
  name: 'free',
  async propose(_state, k) {
    return Array.from({ length: k }, (_, j) => ({ tactic: `t${j}`, logprob: -(j + 1) / 4 }));
  },
};
