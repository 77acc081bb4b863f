/**
 * `proofseek verify FILE [--backend lean|symbolic]`: checks every written proof in FILE with the
 * chosen backend and prints a verdict per declaration (with `--json`:
 * `{results: [{name, accepted, reason}]}`). A declaration without a proof is rejected as such.
 * Lines are printed in file order as soon as each verdict is known. Exit status 0 whenever the
 * run completes, rejections included; 2 on unreadable input or bad options.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError } from '../../core/errors.ts';
import type { Problem } from '../../core/problem.ts';
import type { ProofBackend, Verdict } from '../../core/seams.ts';
import { parseByteSize } from '../../lean/memory.ts';
import { tacticScriptOf } from '../../lean/script.ts';
import { mapLimit } from '../../search/concurrency.ts';
import { exitOnInputError, humanLine, loadOrExit, summaryLine, type CheckResult, type CommandIo } from './audit.ts';

/** What the backend factory is told; the Lean backend reads all of it, the symbolic one what it needs. */
export interface VerifyBackendOptions {
  /** `--lean-project DIR` (else `PROOFSEEK_LEAN_PROJECT`). */
  readonly leanProject: string | undefined;
  /** `--max-memory`, in bytes: the RSS cap of each Lean REPL process. */
  readonly maxMemoryBytes: number;
  readonly allowNativeDecide: boolean;
  /** `--timeout`, per proof (per Lean command). */
  readonly timeoutMs: number;
  /** `--workers`: Lean REPL processes, undefined for the default (cores - 1). */
  readonly workers: number | undefined;
}

export type VerifyBackendName = 'lean' | 'symbolic';

/** Makes the backend for a run (wired by `main.ts`; tests pass their own). */
export type MakeVerifyBackend = (name: VerifyBackendName, options: VerifyBackendOptions) => Promise<ProofBackend>;

interface VerifyFlags {
  backend: VerifyBackendName;
  json: boolean;
  leanProject?: string;
  maxMemory: string;
  timeout: number;
  workers?: number;
  allowNativeDecide: boolean;
}

/** Adds `verify` to `program`. */
export function registerVerify(program: Command, makeBackend: MakeVerifyBackend, io: CommandIo = { stdout: process.stdout }): Command {
  return program
    .command('verify')
    .description('check every written proof in a file and print a verdict per declaration')
    .argument('<file>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file')
    .addOption(new Option('--backend <name>', 'verifier: the embedded symbolic checker or Lean 4').choices(['symbolic', 'lean']).default('symbolic'))
    .option('--json', 'print {"results": [{name, accepted, reason}]} instead of one line per declaration', false)
    .option('--lean-project <dir>', 'Lean project with Mathlib and the REPL built (default: $PROOFSEEK_LEAN_PROJECT)')
    .option('--max-memory <size>', 'memory cap per Lean REPL process (e.g. 8G); it is restarted above it', '8G')
    .option('--timeout <seconds>', 'time limit for checking one proof', positiveNumber, 300)
    .option('--workers <n>', 'Lean REPL processes (default: CPU cores - 1)', positiveInt)
    .option('--allow-native-decide', 'accept native_decide (trusting the compiler)', false)
    .action(async (file: string, flags: VerifyFlags, command: Command) => {
      const problems = await loadOrExit(file, command);
      let backend: ProofBackend;
      try {
        backend = await makeBackend(flags.backend, {
          leanProject: flags.leanProject,
          maxMemoryBytes: parseByteSize(flags.maxMemory),
          allowNativeDecide: flags.allowNativeDecide,
          timeoutMs: Math.round(flags.timeout * 1000),
          workers: flags.workers,
        });
      } catch (error) {
        if (error instanceof InputError) exitOnInputError(error, command);
        throw error;
      }
      try {
        await verifyAll(problems, backend, flags, io);
      } finally {
        await backend.close();
      }
    });
}

async function verifyAll(problems: readonly Problem[], backend: ProofBackend, flags: VerifyFlags, io: CommandIo): Promise<void> {
  const results: (CheckResult | undefined)[] = problems.map(() => undefined);
  let printed = 0;
  // The in-process symbolic checker gains nothing from overlap; Lean overlaps across its pool.
  const limit = backend.name === 'lean' ? Math.max(1, flags.workers ?? problems.length) : 1;
  await mapLimit(problems, limit, async (problem, index) => {
    results[index] = await verifyOne(problem, backend);
    if (flags.json) return;
    for (let next = results[printed]; next !== undefined; next = results[printed]) {
      io.stdout.write(`${humanLine(next)}\n`);
      printed += 1;
    }
  });
  const all = results.filter((r): r is CheckResult => r !== undefined);
  io.stdout.write(flags.json ? `${JSON.stringify({ results: all }, null, 2)}\n` : `${summaryLine(all)}\n`);
}

async function verifyOne(problem: Problem, backend: ProofBackend): Promise<CheckResult> {
  const script = tacticScriptOf(problem);
  if (script === undefined) {
    return { name: problem.name, accepted: false, reason: '[no-proof] no proof: the declaration ends in `sorry` or a bare `by`' };
  }
  return { name: problem.name, ...describeVerdict(await backend.verify(problem, script)) };
}

function describeVerdict(verdict: Verdict): { accepted: boolean; reason: string } {
  if (verdict.kind === 'accepted') {
    return { accepted: true, reason: `accepted by ${verdict.verifier} (${verdict.tier}, ${verdict.verifierVersion})` };
  }
  return { accepted: false, reason: `[${verdict.rule}] ${verdict.message} (${verdict.verifier} ${verdict.verifierVersion})` };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}
