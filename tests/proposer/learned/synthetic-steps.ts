/**
 * A small hand-made training set for the learned proposer's tests: six families of goals, each
 * with the one tactic that proves it (what `generate` would record), over many problems that
 * differ in names and constants. Which tactic fits is a function of the goal's shape, so a
 * model that learns anything generalises to held-out problems; the heuristic's hand-set priors
 * do not always put that tactic first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepRecord } from '../../../src/training/records.ts';

type Family = (i: number) => { goal: string; tactic: string };

const NAMES = ['x', 'y', 'z', 't', 'u', 'v', 'w', 's', 'r', 'q', 'p', 'm'];

export const FAMILIES: Record<string, Family> = {
  mod: (i) => ({ goal: `${NAMES[i % 12]} : ℕ\nh₀ : ${NAMES[i % 12]} % ${5 + i} = ${i % 5}\n⊢ ${2 + i} * ${NAMES[i % 12]} % ${5 + i} = ${(2 + i) * (i % 5) % (5 + i)}`, tactic: 'omega' }),
  intro: (i) => ({ goal: `⊢ ∀ ${NAMES[i % 12]} : ℝ, ${NAMES[i % 12]} ^ 2 + ${i + 1} > 0`, tactic: `intro ${NAMES[i % 12]}` }),
  positivity: (i) => ({ goal: `${NAMES[i % 12]} : ℝ\n⊢ 0 < ${NAMES[i % 12]} ^ 2 + ${i + 1}`, tactic: 'positivity' }),
  squares: (i) => {
    const [a, b] = [NAMES[i % 12]!, NAMES[(i + 1) % 12]!];
    return { goal: `${a} ${b} : ℝ\n⊢ 2 * ${a} * ${b} ≤ ${a} ^ 2 + ${b} ^ 2 + ${i}`, tactic: `nlinarith [sq_nonneg (${a} - ${b}), sq_nonneg (${a} + ${b})]` };
  },
  ring: (i) => ({ goal: `${NAMES[i % 12]} : ℝ\n⊢ (${NAMES[i % 12]} + ${i + 1}) ^ 2 = ${NAMES[i % 12]} ^ 2 + ${2 * (i + 1)} * ${NAMES[i % 12]} + ${(i + 1) ** 2}`, tactic: 'ring' }),
  linear: (i) => ({ goal: `${NAMES[i % 12]} : ℝ\nh₀ : 3 * ${NAMES[i % 12]} + ${i} = ${i + 6}\n⊢ ${NAMES[i % 12]} = 2`, tactic: 'linarith' }),
};

/** `perFamily` one-step problems of every family, as step records. */
export function syntheticSteps(perFamily: number): StepRecord[] {
  const out: StepRecord[] = [];
  for (const [family, make] of Object.entries(FAMILIES)) {
    for (let i = 0; i < perFamily; i += 1) {
      const { goal, tactic } = make(i);
      out.push({ problem: `${family}_${i}`, step: 0, state_before: goal, tactic, state_after: '', verifier: 'symbolic', tier: 'certified', proof_id: `${family}-${i}` });
    }
  }
  return out;
}

/** Writes `records` to a fresh temporary steps.jsonl and returns its path. */
export function writeStepsFile(records: readonly StepRecord[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'proofseek-steps-'));
  const file = join(dir, 'steps.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}
