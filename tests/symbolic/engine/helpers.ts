/**
 * Test helpers: problems from a signature string, and a small driver over `SymbolicBackend`
 * that applies tactics one at a time and exposes the printed goals.
 */
import type { Problem } from '../../../src/core/problem.ts';
import type { ProofState, TacticResult } from '../../../src/core/seams.ts';
import { SymbolicBackend, type SymbolicBackendOptions } from '../../../src/symbolic/backend.ts';

/** A problem stated by `signature` (`theorem t (x : ℝ) : x = x`) under `open Real Nat`. */
export function problem(signature: string, header = 'import Mathlib\nopen Real Nat'): Problem {
  const nameMatch = /^(?:theorem|lemma)\s+(\S+)/u.exec(signature);
  return {
    name: nameMatch?.[1] ?? 'example_1',
    kind: 'theorem',
    header,
    text: `${signature} := by sorry`,
    signature,
    position: { file: 'test.lean', line: 1, column: 0 },
    tags: {},
  };
}

export class Session {
  constructor(
    readonly backend: SymbolicBackend,
    public state: ProofState,
  ) {}

  static async open(signature: string, opts: SymbolicBackendOptions = { allowSmt: false }): Promise<Session> {
    const backend = new SymbolicBackend(opts);
    const r = await backend.start(problem(signature));
    if (r.kind === 'error') throw new Error(`cannot start: ${r.message}`);
    return new Session(backend, r.state);
  }

  /** Applies `tactic`; on success the session moves to the new state. */
  async apply(tactic: string, timeoutMs = 5000): Promise<TacticResult> {
    const r = await this.backend.apply(this.state, tactic, { timeoutMs });
    if (r.kind !== 'error') this.state = r.state;
    return r;
  }

  /** Applies `tactic` and returns the new goals; throws (failing the test) on an error result. */
  async goals(tactic: string): Promise<readonly string[]> {
    const r = await this.apply(tactic);
    if (r.kind === 'error') throw new Error(`'${tactic}' failed (${r.reason}): ${r.message}`);
    return r.state.goals;
  }
}

/** Runs `script` on a fresh problem and returns the verdict kind (and message when rejected). */
export async function verify(signature: string, script: string, opts: SymbolicBackendOptions = { allowSmt: false }): Promise<string> {
  const backend = new SymbolicBackend(opts);
  const v = await backend.verify(problem(signature), script);
  return v.kind === 'accepted' ? `accepted:${v.tier}` : `rejected:${v.rule}: ${v.message}`;
}
