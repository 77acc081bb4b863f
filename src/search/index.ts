/**
 * Best-first proof search over `ProofState`s, through the `ProofBackend` and `TacticProposer`
 * seams only.
 *
 * Algorithm sketch:
 *   1. `backend.start(problem)` gives the root state; it goes into a max-priority queue.
 *   2. Loop until a budget runs out (expansions, wall clock) or the queue empties: pop the
 *      best open node, ask the proposer for k tactics, apply them with bounded concurrency and
 *      a per-tactic timeout, and record each outcome as an edge. A new state (by canonical key,
 *      up to hypothesis names) becomes a child node with priority
 *      `cumulative logprob / depth^alpha`; a known state is a dead `duplicate` edge.
 *   3. A tactic that closes every goal: rebuild the path as a Lean script (with `·` where goals
 *      split), check it with `backend.verify`, and stop if accepted.
 *
 * Files:
 *   - search.ts: the loop, budgets and the frozen `SearchResult` (timings split by cause).
 *   - batch.ts: many problems through a worker pool, one result record each as soon as known.
 *   - tree.ts: nodes and edges as data; forward-only status with propagation to parents.
 *   - queue.ts: the queue interface, a binary-heap best-first queue and a FIFO queue.
 *   - priority.ts: length-normalised log-probability priority.
 *   - key.ts: canonical state keys for duplicate detection.
 *   - goal-text.ts: reading a pretty-printed goal into context entries and target.
 *   - reconstruct.ts: path → Lean tactic script with `·` focusing.
 *   - concurrency.ts: order-preserving bounded-concurrency map.
 *   - trace.ts: optional JSONL search trace.
 *   - invariants.ts: the tree invariant checker.
 *   - bench.ts: micro-benchmarks of search overhead, queue and duplicate set at 10^5 nodes.
 */
export { bestFirstSearch, SEARCH_DEFAULTS, type FoundProof, type SearchOptions, type SearchResult, type SearchTimings, type StopReason } from './search.ts';
export { SearchTree, type Edge, type EdgeOutcome, type NodeId, type NodeStatus, type SearchNode } from './tree.ts';
export { BestFirstQueue, FifoQueue, type SearchQueue } from './queue.ts';
export { lengthNormalised, type PriorityFunction, type PriorityInput } from './priority.ts';
export { goalKey, stateKey } from './key.ts';
export { parseGoalText, type ContextEntry, type GoalText } from './goal-text.ts';
export { reconstructProof, type PathStep, type Reconstruction } from './reconstruct.ts';
export { mapLimit } from './concurrency.ts';
export { memoryTrace, openTraceFile, type TraceEvent, type TraceSink } from './trace.ts';
export { checkTree, type CheckOptions } from './invariants.ts';
export { proveAll, toRecord, type BatchOptions } from './batch.ts';
export { benchSearch, type SearchBenchOptions, type SearchBenchRecord } from './bench.ts';
