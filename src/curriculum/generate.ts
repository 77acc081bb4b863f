/**
 * The generation loop: each family gets a share of the count (by weight); for each, candidates
 * are drawn from the (seed, family, attempt) PRNG stream at a difficulty cycling 1..5 over the
 * problems kept so far, checked exactly (`verify.ts`), and kept unless their normalised
 * statement was already kept or is excluded (the valid split: train and valid must not
 * overlap). Deterministic: the same seed, count and exclusions give the same problems.
 */
import { FAMILIES } from './families/index.ts';
import type { Candidate, Family } from './candidate.ts';
import { prngFor } from './prng.ts';
import { verifyCandidate } from './verify.ts';

export interface CurriculumOptions {
  readonly seed: number;
  readonly count: number;
  /** Normalised statements (`statementKey`) that must not be generated. */
  readonly exclude: ReadonlySet<string>;
  /** Called after each family, in order. */
  readonly onFamily?: (family: FamilyOutput) => void | Promise<void>;
}

export interface GeneratedProblem {
  readonly name: string;
  readonly candidate: Candidate;
  readonly key: string;
}

export interface FamilyOutput {
  readonly family: Family;
  readonly problems: readonly GeneratedProblem[];
  readonly attempts: number;
  /** Rejection reasons (first words) with counts: what the exact check threw away. */
  readonly rejected: Readonly<Record<string, number>>;
}

/** Draws per kept problem before a family gives up (it then yields fewer than its share). */
const MAX_ATTEMPTS_PER_PROBLEM = 40;

/** The family shares of `count`: proportional to weight, remainders to the first families. */
export function quotas(count: number, families: readonly Family[] = FAMILIES): number[] {
  const total = families.reduce((s, f) => s + f.weight, 0);
  const base = families.map((f) => Math.floor((count * f.weight) / total));
  let left = count - base.reduce((s, n) => s + n, 0);
  for (let i = 0; left > 0; i = (i + 1) % families.length, left--) base[i]! += 1;
  return base;
}

/** Generates the curriculum family by family; see the file comment for the guarantees. */
export async function generateCurriculum(options: CurriculumOptions): Promise<FamilyOutput[]> {
  const seen = new Set<string>();
  const outputs: FamilyOutput[] = [];
  const shares = quotas(options.count);
  for (const [index, family] of FAMILIES.entries()) {
    const quota = shares[index]!;
    const problems: GeneratedProblem[] = [];
    const rejected: Record<string, number> = {};
    const note = (reason: string): void => {
      const head = reason.split(/[:(]/u)[0]!.trim();
      rejected[head] = (rejected[head] ?? 0) + 1;
    };
    let attempts = 0;
    while (problems.length < quota && attempts < quota * MAX_ATTEMPTS_PER_PROBLEM) {
      const difficulty = ((problems.length % 5) + 1) as Candidate['difficulty'];
      const candidate = family.draw(prngFor(options.seed, index, attempts), difficulty);
      attempts += 1;
      const verdict = verifyCandidate(candidate);
      if (verdict.kind === 'rejected') {
        note(verdict.reason);
        continue;
      }
      if (seen.has(verdict.key)) {
        note('duplicate');
        continue;
      }
      if (options.exclude.has(verdict.key)) {
        note('equals an excluded statement');
        continue;
      }
      seen.add(verdict.key);
      const serial = String(problems.length + 1).padStart(4, '0');
      problems.push({ name: `gen_${family.prefix}_${family.id}_s${options.seed}_${serial}`, candidate, key: verdict.key });
    }
    const output = { family, problems, attempts, rejected };
    outputs.push(output);
    await options.onFamily?.(output);
  }
  return outputs;
}
