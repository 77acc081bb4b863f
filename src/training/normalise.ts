/**
 * Proof identity for de-duplication: two scripts that differ only in trailing spaces, runs of
 * inner spaces or blank lines are the same proof. Leading indentation is kept, because it is
 * part of a `·` block's structure.
 */
import { createHash } from 'node:crypto';

/** The script with blank lines dropped, each line's trailing space cut and inner runs of spaces collapsed. */
export function normaliseProof(script: string): string {
  return script
    .split('\n')
    .map((line) => {
      const indent = /^\s*/u.exec(line)![0];
      return indent + line.slice(indent.length).replace(/\s+/gu, ' ').trimEnd();
    })
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Stable proof id: the first 16 hex digits of sha256(problem name, normalised proof). */
export function proofIdOf(problem: string, script: string): string {
  return sha256(`${problem}\u0000${normaliseProof(script)}`).slice(0, 16);
}

/** The de-duplication key of a proof. */
export function proofKey(problem: string, script: string): string {
  return `${problem}\u0000${normaliseProof(script)}`;
}

/** The de-duplication key of a step: the state it acts on and the tactic (spacing-insensitive). */
export function stepKey(stateBefore: string, tactic: string): string {
  return `${stateBefore}\u0000${normaliseProof(tactic)}`;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
