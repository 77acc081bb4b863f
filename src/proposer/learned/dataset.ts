/**
 * Training data for the learned proposer: steps.jsonl files (src/training/records.ts) read and
 * validated, each step's first goal paired with its verified tactic, duplicate (problem, goal,
 * tactic) steps kept once, and a deterministic train/valid split **by problem** (a problem's
 * steps are all on one side, so the validation figures measure generalisation to new problems).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.ts';
import { readJsonl } from '../../core/results.ts';
import { firstGoal, StepRecordSchema } from '../../training/records.ts';

export interface Step {
  readonly problem: string;
  readonly goal: string;
  readonly tactic: string;
}

export interface StepData {
  readonly steps: Step[];
  readonly files: { file: string; sha256: string }[];
  /** Steps dropped as duplicates. */
  readonly duplicates: number;
}

/** Reads every file (one-line InputError naming file and line for a bad record). */
export async function readSteps(files: readonly string[]): Promise<StepData> {
  if (files.length === 0) throw new InputError('no training data: give at least one steps.jsonl file');
  const steps: Step[] = [];
  const hashes: { file: string; sha256: string }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (cause) {
      throw new InputError(`cannot read training data '${file}': ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, undefined, { cause });
    }
    hashes.push({ file, sha256: createHash('sha256').update(bytes).digest('hex') });
    const { records } = await readJsonl(file, StepRecordSchema);
    for (const record of records) {
      const step = { problem: record.problem, goal: firstGoal(record.state_before), tactic: record.tactic.trim() };
      const key = JSON.stringify([step.problem, step.goal, step.tactic]);
      if (seen.has(key)) {
        duplicates += 1;
        continue;
      }
      seen.add(key);
      steps.push(step);
    }
  }
  return { steps, files: hashes, duplicates };
}

/** A problem's place in [0, 1): a hash of its name, so the split does not depend on file order or seed. */
function problemPosition(problem: string): number {
  return createHash('sha256').update(problem).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Problems whose position is below `validFraction` go to valid. With at least two problems and
 * a positive fraction, valid gets at least one problem and train keeps at least one.
 */
export function splitByProblem(steps: readonly Step[], validFraction: number): { train: Step[]; valid: Step[]; validProblems: string[] } {
  const problems = [...new Set(steps.map((s) => s.problem))].sort((a, b) => problemPosition(a) - problemPosition(b) || a.localeCompare(b));
  let valid = new Set(problems.filter((p) => problemPosition(p) < validFraction));
  if (validFraction > 0 && problems.length >= 2) {
    if (valid.size === 0) valid = new Set([problems[0]!]);
    if (valid.size === problems.length) valid.delete(problems[problems.length - 1]!);
  }
  return { train: steps.filter((s) => !valid.has(s.problem)), valid: steps.filter((s) => valid.has(s.problem)), validProblems: [...valid].sort() };
}
