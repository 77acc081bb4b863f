import type { SourcePosition } from './problem.ts';

/**
 * An error in what the user gave us (a file, a flag, a statement): expected, reported as one
 * line `file:line:column: message` with no stack trace. Bugs stay ordinary `Error`s.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly position?: SourcePosition,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** `file:line:column: message`, or just the message when there is no position. */
  format(): string {
    if (!this.position) return this.message;
    const { file, line, column } = this.position;
    return `${file}:${line}:${column}: ${this.message}`;
  }
}

/** Thrown for states that can only come from a bug in proofseek itself. */
export function internalError(message: string, cause?: unknown): Error {
  return new Error(`internal error: ${message}`, cause === undefined ? undefined : { cause });
}
