/**
 * A data directory opened for appending: `proofs.jsonl`, `steps.jsonl` and `attempts.jsonl`,
 * with the de-duplication sets and the per-problem write order that make kill-and-resume safe.
 *
 * Write order per solved problem: its new steps first, then its proof record, under one lock.
 * A kill between the two leaves steps whose `proof_id` has no proof record yet; opening with
 * `resume` drops those orphans (the file is rewritten atomically) and the problem is redone,
 * so the files end as if the kill had not happened. A half-written last line is cut off by
 * `openJsonlWriter`.
 */
import { join } from 'node:path';
import { openJsonlWriter, readJsonl, type JsonlWriter } from '../core/results.ts';
import { writeFileAtomic } from './atomic.ts';
import { proofKey, stepKey } from './normalise.ts';
import { ProofRecordSchema, StepRecordSchema, type ProofRecord, type StepRecord } from './records.ts';
import { AttemptRecordSchema, DATA_FILES, type AttemptRecord } from './run-files.ts';

/** Records already held elsewhere (earlier rounds of `iterate`) that this directory must not repeat. */
export interface PriorData {
  readonly proofs: readonly ProofRecord[];
  readonly steps: readonly StepRecord[];
}

export interface Dataset {
  readonly dir: string;
  /** Proof records of this directory (read on resume, plus those appended since). */
  readonly proofs: readonly ProofRecord[];
  readonly attempts: readonly AttemptRecord[];
  /** Steps in this directory's `steps.jsonl`. */
  stepCount(): number;
  /** True when `problem` has a proof here or in the prior data. */
  solved(problem: string): boolean;
  /** True when `problem` has an attempt record here. */
  attempted(problem: string): boolean;
  /**
   * Appends a verified proof and its steps, skipping steps already known (same state and
   * tactic) and the whole proof when the same normalised proof is known. Returns how many
   * steps were written.
   */
  addProof(proof: ProofRecord, steps: readonly StepRecord[]): Promise<{ readonly proofWritten: boolean; readonly stepsWritten: number }>;
  addAttempt(attempt: AttemptRecord): Promise<void>;
  close(): Promise<void>;
}

export async function openDataset(dir: string, options: { readonly resume: boolean; readonly prior?: PriorData }): Promise<Dataset> {
  const paths = { proofs: join(dir, DATA_FILES.proofs), steps: join(dir, DATA_FILES.steps), attempts: join(dir, DATA_FILES.attempts) };
  if (options.resume) await dropOrphanSteps(paths.proofs, paths.steps);
  const proofsFile = await openJsonlWriter(paths.proofs, ProofRecordSchema, { resume: options.resume });
  const stepsFile = await openJsonlWriter(paths.steps, StepRecordSchema, { resume: options.resume });
  const attemptsFile = await openJsonlWriter(paths.attempts, AttemptRecordSchema, { resume: options.resume });
  const writers: JsonlWriter<unknown>[] = [proofsFile.writer, stepsFile.writer, attemptsFile.writer] as JsonlWriter<unknown>[];

  const proofs: ProofRecord[] = [...proofsFile.existing];
  const attempts: AttemptRecord[] = [...attemptsFile.existing];
  const priorProofs = options.prior?.proofs ?? [];
  const solvedNames = new Set([...priorProofs, ...proofs].map((p) => p.problem));
  const attemptedNames = new Set(attempts.map((a) => a.problem));
  const proofKeys = new Set([...priorProofs, ...proofs].map((p) => proofKey(p.problem, p.proof)));
  const stepKeys = new Set([...(options.prior?.steps ?? []), ...stepsFile.existing].map((s) => stepKey(s.state_before, s.tactic)));
  let steps = stepsFile.existing.length;
  // One problem's steps and proof are written together, never interleaved with another's.
  let lock: Promise<unknown> = Promise.resolve();
  const locked = <T>(work: () => Promise<T>): Promise<T> => {
    const next = lock.then(work);
    lock = next.catch(() => undefined);
    return next;
  };

  return {
    dir,
    proofs,
    attempts,
    stepCount: () => steps,
    solved: (problem) => solvedNames.has(problem),
    attempted: (problem) => attemptedNames.has(problem),
    addProof: (proof, newSteps) =>
      locked(async () => {
        const key = proofKey(proof.problem, proof.proof);
        if (proofKeys.has(key)) return { proofWritten: false, stepsWritten: 0 };
        let written = 0;
        for (const step of newSteps) {
          const k = stepKey(step.state_before, step.tactic);
          if (stepKeys.has(k)) continue;
          await stepsFile.writer.append(step);
          stepKeys.add(k);
          written += 1;
          steps += 1;
        }
        await proofsFile.writer.append(proof);
        proofKeys.add(key);
        solvedNames.add(proof.problem);
        proofs.push(proof);
        return { proofWritten: true, stepsWritten: written };
      }),
    addAttempt: (attempt) =>
      locked(async () => {
        await attemptsFile.writer.append(attempt);
        attemptedNames.add(attempt.problem);
        attempts.push(attempt);
      }),
    async close() {
      await lock;
      for (const writer of writers) await writer.close();
    },
  };
}

/** Reads every step record of the given files (missing files read as empty). */
export async function readSteps(paths: readonly string[]): Promise<StepRecord[]> {
  const all: StepRecord[] = [];
  for (const path of paths) all.push(...(await readJsonl(path, StepRecordSchema)).records);
  return all;
}

/** Reads every proof record of the given files (missing files read as empty). */
export async function readProofs(paths: readonly string[]): Promise<ProofRecord[]> {
  const all: ProofRecord[] = [];
  for (const path of paths) all.push(...(await readJsonl(path, ProofRecordSchema)).records);
  return all;
}

/** Removes steps whose proof record was never written (a kill between the two writes). */
async function dropOrphanSteps(proofsPath: string, stepsPath: string): Promise<void> {
  const proofIds = new Set((await readJsonl(proofsPath, ProofRecordSchema)).records.map((p) => p.proof_id));
  const steps = await readJsonl(stepsPath, StepRecordSchema);
  const kept = steps.records.filter((s) => proofIds.has(s.proof_id));
  if (kept.length === steps.records.length) return;
  await writeFileAtomic(stepsPath, kept.map((s) => `${JSON.stringify(s)}\n`).join(''));
}
