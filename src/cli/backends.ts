/**
 * Which verifier a command gets. `symbolic` is the embedded checker (no Lean needed);
 * `lean` needs a built Lean workspace (`--lean-project` or PROOFSEEK_LEAN_PROJECT); `auto`
 * takes Lean when such a workspace is configured and usable, else the symbolic checker.
 * Backends are imported lazily so that a command never loads z3 or spawns Lean it does not use.
 */
import { InputError } from '../core/errors.ts';
import type { BackendName, ProofBackend } from '../core/seams.ts';

export interface BackendOptions {
  readonly leanProject?: string;
  readonly maxMemoryBytes?: number;
  readonly allowNativeDecide?: boolean;
  /** Per Lean command when verifying whole proofs. */
  readonly verifyTimeoutMs?: number;
  readonly workers?: number;
  /** Symbolic backend: allow goals closed by z3 with no certificate (tier `smt`). */
  readonly allowSmt?: boolean;
  readonly tacticTimeoutMs?: number;
  /** Where to say that `auto` fell back to the symbolic checker. */
  readonly notice?: (line: string) => void;
}

export async function makeBackend(name: BackendName | 'auto', options: BackendOptions = {}): Promise<ProofBackend> {
  if (name === 'symbolic') return makeSymbolic(options);
  if (name === 'lean') return makeLean(options);
  try {
    return await makeLean(options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    options.notice?.(`proofseek: no usable Lean workspace (${error.message}); using the symbolic checker`);
    return makeSymbolic(options);
  }
}

async function makeSymbolic(options: BackendOptions): Promise<ProofBackend> {
  const { SymbolicBackend } = await import('../symbolic/backend.ts');
  return new SymbolicBackend({
    ...(options.allowSmt === undefined ? {} : { allowSmt: options.allowSmt }),
    ...(options.tacticTimeoutMs === undefined ? {} : { tacticTimeoutMs: options.tacticTimeoutMs }),
  });
}

async function makeLean(options: BackendOptions): Promise<ProofBackend> {
  const { createLeanBackend } = await import('../lean/backend.ts');
  return createLeanBackend({
    ...(options.leanProject === undefined ? {} : { leanProject: options.leanProject }),
    ...(options.maxMemoryBytes === undefined ? {} : { maxMemoryBytes: options.maxMemoryBytes }),
    ...(options.allowNativeDecide === undefined ? {} : { allowNativeDecide: options.allowNativeDecide }),
    ...(options.verifyTimeoutMs === undefined ? {} : { verifyTimeoutMs: options.verifyTimeoutMs }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  });
}
