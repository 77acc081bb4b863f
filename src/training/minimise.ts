/**
 * Proof minimisation: short proofs train better, and search often takes detours (a `have` that
 * the closing `nlinarith` never needed). Greedy, one step at a time: drop step i, replay the
 * rest; if that still closes every goal at the same tier and `backend.verify` accepts the
 * rebuilt script, the step was not needed. A step is kept only if removing it fails. Costs
 * O(n²) tactic applications for n steps, so long paths are left as they are.
 */
import type { Problem } from '../core/problem.ts';
import type { ProofBackend, Tier, Verdict } from '../core/seams.ts';
import { reconstructProof } from '../search/reconstruct.ts';
import { replayTactics, type ReplayedStep } from './replay.ts';

export interface VerifiedPath {
  readonly steps: readonly ReplayedStep[];
  /** The script `backend.verify` accepted (with `·` blocks where goals split, else flat). */
  readonly script: string;
  readonly verdict: Extract<Verdict, { kind: 'accepted' }>;
}

export type PathOutcome = { readonly kind: 'verified'; readonly path: VerifiedPath } | { readonly kind: 'failed'; readonly message: string };

export interface MinimiseOptions {
  readonly timeoutMs: number;
  /** Try to drop steps at all. */
  readonly minimise: boolean;
  /** Paths longer than this are not minimised (cost grows with the square of the length). */
  readonly maxSteps: number;
}

/** Replays `tactics`, minimises when asked, and re-verifies the final script from scratch. */
export async function verifiedMinimalPath(
  backend: ProofBackend,
  problem: Problem,
  tactics: readonly string[],
  options: MinimiseOptions,
): Promise<PathOutcome> {
  const first = await replayTactics(backend, problem, tactics, options);
  if (first.kind === 'failed') return { kind: 'failed', message: `the found proof does not replay (step ${first.step}): ${first.message}` };
  let best = await verifyPath(backend, problem, first.steps);
  if (best.kind === 'failed') return best;
  if (!options.minimise || best.path.steps.length > options.maxSteps) return best;
  let i = 0;
  while (i < best.path.steps.length && best.path.steps.length > 1) {
    const current = best.path;
    const candidate = current.steps.filter((_, j) => j !== i).map((s) => s.tactic);
    const replay = await replayTactics(backend, problem, candidate, options);
    if (replay.kind === 'proved' && !weaker(replay.tier, current.verdict.tier)) {
      const verified = await verifyPath(backend, problem, replay.steps);
      if (verified.kind === 'verified' && !weaker(verified.path.verdict.tier, current.verdict.tier)) {
        best = verified;
        continue; // step i is gone; the step now at i is tried next
      }
    }
    i += 1;
  }
  return best;
}

/** Rebuilds the script from the replayed goal counts and checks it with `backend.verify`. */
export async function verifyPath(backend: ProofBackend, problem: Problem, steps: readonly ReplayedStep[]): Promise<PathOutcome> {
  const rebuilt = reconstructProof(steps.map((s) => ({ tactic: s.tactic, goalsBefore: s.goalsBefore.length, goalsAfter: s.goalsAfter.length })));
  let verdict = await backend.verify(problem, rebuilt.script);
  let script = rebuilt.script;
  if (verdict.kind === 'rejected' && rebuilt.structured) {
    verdict = await backend.verify(problem, rebuilt.flat);
    script = rebuilt.flat;
  }
  if (verdict.kind === 'rejected') return { kind: 'failed', message: `replayed proof rejected by ${verdict.verifier} (${verdict.rule}): ${verdict.message}` };
  return { kind: 'verified', path: { steps, script, verdict } };
}

function weaker(tier: Tier, than: Tier): boolean {
  const rank: Record<Tier, number> = { kernel: 2, certified: 1, smt: 0 };
  return rank[tier] < rank[than];
}
