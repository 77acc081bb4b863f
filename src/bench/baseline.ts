/**
 * The z3 baseline: each statement the symbolic fragment elaborates goes to z3 as it stands
 * (hypotheses ∧ ¬goal, translated with Lean's semantics by ../symbolic/smt), with no search and
 * no proposer, under the same per-problem time limit as the search runs. `unsat` is a proof at
 * tier `smt`; a statement that does not elaborate or translate is `unsupported` (a failure,
 * counted apart); `sat` and `unknown` are failures.
 */
import type { Problem } from '../core/problem.ts';
import type { ResultRecord } from '../core/results.ts';
import type { Goal } from '../symbolic/engine/types.ts';
import { SYMBOLIC_VERIFIER_VERSION } from '../symbolic/backend.ts';
import { smtProve } from '../symbolic/smt/index.ts';
import { formatFailure, parseStatement } from '../symbolic/syntax/index.ts';
import { z3Version } from './environment.ts';

/** The text a baseline proof carries: what was checked, not a Lean script. */
export const BASELINE_PROOF = '-- z3 baseline: z3 answered unsat for the hypotheses and the negated goal (no tactic script)';

/** One baseline attempt at `problem` as a result record (verifier `symbolic`, tier `smt` when proved). */
export async function z3Baseline(problem: Problem, timeLimitMs: number): Promise<ResultRecord> {
  const started = performance.now();
  const seconds = (): number => Math.round(performance.now() - started) / 1000;
  const base = { name: problem.name, proof: null, verifier: null, verifierVersion: null, tier: null, expansions: 0, nodes: 0, tags: { ...problem.tags } } as const;
  const parsed = parseStatement(problem);
  if (parsed.kind === 'error') {
    return { ...base, status: 'failed', stop: 'unsupported', message: `statement outside the fragment: ${formatFailure(parsed)}`, seconds: seconds() };
  }
  const goal: Goal = { context: parsed.statement.binders, target: parsed.statement.goal };
  const answer = await smtProve(goal, { deadline: Date.now() + timeLimitMs });
  switch (answer.kind) {
    case 'unsat':
      return {
        ...base,
        status: 'proved',
        proof: BASELINE_PROOF,
        verifier: 'symbolic',
        verifierVersion: `${SYMBOLIC_VERIFIER_VERSION} (z3 ${z3Version() ?? 'unknown'})`,
        tier: 'smt',
        stop: 'proved',
        seconds: seconds(),
      };
    case 'unsupported':
      return { ...base, status: 'failed', stop: 'unsupported', message: `z3 translation: unsupported ${answer.construct}`, seconds: seconds() };
    case 'sat':
      return { ...base, status: 'failed', stop: 'sat', message: 'z3 found a model of the translation (not checked as a counterexample)', seconds: seconds() };
    case 'unknown':
      return { ...base, status: 'failed', stop: answer.reason.includes('deadline') || answer.reason.includes('timeout') ? 'time' : 'unknown', message: `z3: ${answer.reason}`, seconds: seconds() };
  }
}
