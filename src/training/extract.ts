/**
 * From a proof found by search to training records: minimise and re-verify the tactic path
 * (minimise.ts), then turn each replayed step into a `StepRecord` and the whole into a
 * `ProofRecord`. Every record is schema-checked by the writer before it reaches disk.
 */
import type { Problem } from '../core/problem.ts';
import type { ProofBackend } from '../core/seams.ts';
import type { FoundProof } from '../search/search.ts';
import { verifiedMinimalPath, type MinimiseOptions } from './minimise.ts';
import { proofIdOf } from './normalise.ts';
import { stateText, type ProofRecord, type StepRecord } from './records.ts';

export type Extraction =
  | { readonly kind: 'ok'; readonly proof: ProofRecord; readonly steps: readonly StepRecord[]; readonly removedSteps: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface ExtractContext extends MinimiseOptions {
  readonly expansions: number;
  readonly seconds: number;
  readonly now?: () => Date;
}

export async function extractRecords(backend: ProofBackend, problem: Problem, found: FoundProof, context: ExtractContext): Promise<Extraction> {
  const outcome = await verifiedMinimalPath(backend, problem, found.tactics, context);
  if (outcome.kind === 'failed') return outcome;
  const { steps, script, verdict } = outcome.path;
  const proofId = proofIdOf(problem.name, script);
  const proof: ProofRecord = {
    problem: problem.name,
    source_file: problem.position.file,
    statement: problem.signature,
    proof: script,
    verifier: verdict.verifier,
    verifier_version: verdict.verifierVersion,
    tier: verdict.tier,
    expansions: context.expansions,
    seconds: context.seconds,
    created_at: (context.now?.() ?? new Date()).toISOString(),
    proof_id: proofId,
  };
  const records = steps.map(
    (s, i): StepRecord => ({
      problem: problem.name,
      step: i,
      state_before: stateText(s.goalsBefore),
      tactic: s.tactic,
      state_after: stateText(s.goalsAfter),
      verifier: verdict.verifier,
      tier: verdict.tier,
      proof_id: proofId,
    }),
  );
  return { kind: 'ok', proof, steps: records, removedSteps: found.tactics.length - steps.length };
}
