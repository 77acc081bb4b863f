/**
 * proofseek's command line: one commander program, one file per subcommand under
 * `commands/`, each a thin layer over the modules in `src/`.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../core/errors.ts';
import { PROOFSEEK_VERSION } from '../core/version.ts';
import { makeBackend } from './backends.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBench } from './commands/bench.ts';
import { registerCheck } from './commands/check.ts';
import { registerCurriculum } from './commands/curriculum.ts';
import { registerGenerate } from './commands/generate.ts';
import { registerIterate } from './commands/iterate.ts';
import { registerParse } from './commands/parse.ts';
import { registerProve, type MakeBackend } from './commands/prove.ts';
import { registerReport } from './commands/report.ts';
import { registerTrain } from './commands/train.ts';
import { registerVerify } from './commands/verify.ts';

export const VERSION = PROOFSEEK_VERSION;

export function buildProgram(): Command {
  const program = new Command('proofseek')
    .description(
      'Formal-math verifier and proof-search agent for Lean 4 olympiad statements.\n' +
        'Verifiers: the embedded symbolic checker (default, no Lean needed) and Lean 4 through the REPL.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const notice = (line: string): void => void process.stderr.write(`${line}\n`);
  registerParse(program);
  const searchBackend: MakeBackend = (name, options) =>
    makeBackend(name, {
      ...(options.leanProject === undefined ? {} : { leanProject: options.leanProject }),
      tacticTimeoutMs: options.tacticTimeoutMs,
      allowSmt: options.allowSmt,
      workers: options.concurrency,
      notice,
    });
  registerProve(program, searchBackend);
  registerGenerate(program, searchBackend);
  registerIterate(program, searchBackend);
  registerBench(program, searchBackend);
  registerReport(program);
  registerVerify(program, (name, options) =>
    makeBackend(name, {
      ...(options.leanProject === undefined ? {} : { leanProject: options.leanProject }),
      maxMemoryBytes: options.maxMemoryBytes,
      allowNativeDecide: options.allowNativeDecide,
      verifyTimeoutMs: options.timeoutMs,
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      notice,
    }),
  );
  registerAudit(program);
  registerCheck(program, () => makeBackend('symbolic', {}));
  registerTrain(program);
  registerCurriculum(program);
  return program;
}

/** Runs the CLI and returns the process exit code: 0 done, 1 internal error, 2 bad input or usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0; usage errors were already printed.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    process.stderr.write(`proofseek: ${error.format()}\n`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`proofseek: internal error: ${message}\n`);
  return 1;
}
