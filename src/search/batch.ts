/**
 * Proving a list of problems: a pool of `concurrency` workers, each running best-first search
 * on one problem at a time against one shared backend and proposer, turning each search into
 * a result record the moment it ends (for `prove`, later `bench` and `generate`).
 */
import type { Problem } from '../core/problem.ts';
import type { ResultRecord } from '../core/results.ts';
import type { Budget, ProofBackend, TacticProposer } from '../core/seams.ts';
import { mapLimit } from './concurrency.ts';
import { bestFirstSearch, type FoundProof, type SearchOptions, type SearchResult } from './search.ts';

export interface BatchOptions {
  readonly backend: ProofBackend;
  readonly proposer: TacticProposer;
  readonly budget: Budget;
  /** Problems searched at once. */
  readonly concurrency: number;
  /** Everything else passed to each search (k, alpha, tactic concurrency, trace). */
  readonly search?: Omit<SearchOptions, 'budget' | 'signal' | 'inspect'>;
  /** Aborting stops each running search at once (mid-expansion too); unfinished problems get no record. */
  readonly signal?: AbortSignal;
  /**
   * Called with each record as soon as it is known (before the next problem is picked up);
   * `proof` is the search's verified proof (with its tactic path), when one was found.
   */
  readonly onResult: (record: ResultRecord, problem: Problem, proof?: FoundProof) => Promise<void>;
}

/**
 * Proves `problems`; returns the records made, in completion order. A search that throws (a
 * bug in a backend or proposer) becomes an `error` record naming the internal error, so one bad
 * problem does not cost the rest of a long run; an aborted search makes no record.
 */
export async function proveAll(problems: readonly Problem[], options: BatchOptions): Promise<ResultRecord[]> {
  const records: ResultRecord[] = [];
  await mapLimit(problems, options.concurrency, async (problem) => {
    if (options.signal?.aborted) return;
    const started = performance.now();
    let record: ResultRecord | undefined;
    let proof: FoundProof | undefined;
    try {
      const result = await bestFirstSearch(problem, options.backend, options.proposer, {
        ...options.search,
        budget: options.budget,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (result.stop !== 'aborted') {
        record = toRecord(problem, result);
        proof = result.proof;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record = errorRecord(problem, `internal error: ${message}`, (performance.now() - started) / 1000);
    }
    if (!record) return;
    records.push(record);
    await options.onResult(record, problem, proof);
  });
  return records;
}

/** The result record of one finished search. */
export function toRecord(problem: Problem, result: SearchResult): ResultRecord {
  const verdict = result.proof?.verdict;
  return {
    name: problem.name,
    status: result.status,
    proof: result.proof?.script ?? null,
    verifier: verdict?.verifier ?? null,
    verifierVersion: verdict?.verifierVersion ?? null,
    tier: verdict?.tier ?? null,
    expansions: result.expansions,
    nodes: result.nodes,
    seconds: round(result.timings.totalMs / 1000),
    stop: result.stop,
    ...(result.message === undefined ? {} : { message: result.message }),
    tags: { ...problem.tags },
    timings: {
      proposerMs: round(result.timings.proposerMs),
      backendMs: round(result.timings.backendMs),
      verifyMs: round(result.timings.verifyMs),
      overheadMs: round(result.timings.overheadMs),
      totalMs: round(result.timings.totalMs),
    },
  };
}

function errorRecord(problem: Problem, message: string, seconds: number): ResultRecord {
  return { name: problem.name, status: 'error', proof: null, verifier: null, tier: null, expansions: 0, seconds: round(seconds), message, tags: { ...problem.tags } };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
