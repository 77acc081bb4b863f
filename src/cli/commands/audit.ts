/**
 * `proofseek audit FILE [--json]`: the static half of the Lean audit, without Lean. Every
 * declaration with a proof is checked for constructs that can cheat a checker (sorry, axioms,
 * native_decide, implemented_by, extern, unsafe, debug.skipKernelTC, notation/macro/syntax/elab/
 * instance declarations, run_tac/#eval/addDecl); one that has no proof is rejected as such.
 * Prints a line per declaration, or `{results: [{name, accepted, reason}]}` with `--json`.
 * Exit status 0 whenever the file could be read, rejections included; 2 when it could not.
 */
import type { Command } from 'commander';
import { InputError } from '../../core/errors.ts';
import { loadProblems } from '../../core/load-problems.ts';
import type { Problem } from '../../core/problem.ts';
import { auditProblem } from '../../lean/audit.ts';

/** One line of `--json` output (shared with `verify`). */
export interface CheckResult {
  readonly name: string;
  readonly accepted: boolean;
  readonly reason: string;
}

/** Where a command writes its results; tests capture it. Errors go through commander's own output. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
}

const PROCESS_IO: CommandIo = { stdout: process.stdout };

/** Adds `audit` to `program`. */
export function registerAudit(program: Command, io: CommandIo = PROCESS_IO): Command {
  return program
    .command('audit')
    .description('statically audit the proofs in a file for constructs that can cheat a checker (no Lean needed)')
    .argument('<file>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file')
    .option('--json', 'print {"results": [{name, accepted, reason}]} instead of one line per declaration', false)
    .option('--allow-native-decide', 'accept native_decide (trusting the compiler)', false)
    .action(async (file: string, flags: { json: boolean; allowNativeDecide: boolean }, command: Command) => {
      const problems = await loadOrExit(file, command);
      const results = problems.map((problem) => auditResult(problem, flags.allowNativeDecide));
      if (flags.json) io.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
      else {
        for (const result of results) io.stdout.write(`${humanLine(result)}\n`);
        io.stdout.write(`${summaryLine(results)}\n`);
      }
    });
}

function auditResult(problem: Problem, allowNativeDecide: boolean): CheckResult {
  const audit = auditProblem(problem, { allowNativeDecide });
  if (audit.kind === 'passed') return { name: problem.name, accepted: true, reason: 'passed the static audit (Lean was not run)' };
  const where = audit.position ? ` (${audit.position.file}:${audit.position.line}:${audit.position.column})` : '';
  return { name: problem.name, accepted: false, reason: `[${audit.rule}] ${audit.message}${where}` };
}

/**
 * Loads the problems under `path`; on an input error prints `proofseek: file:line:col: message`
 * on one line and ends the command with exit status 2 (no stack trace).
 */
export async function loadOrExit(path: string, command: Command): Promise<Problem[]> {
  try {
    return await loadProblems(path);
  } catch (error) {
    if (error instanceof InputError) exitOnInputError(error, command);
    throw error;
  }
}

/**
 * Prints an input error on one line (`proofseek: file:line:col: message`, no stack) and ends
 * `command` with exit status 2: through a CommanderError under `exitOverride` (as main.ts sets),
 * through process.exit otherwise.
 */
export function exitOnInputError(error: InputError, command: Command): never {
  // The program's "(run with --help for usage)" hint suits usage errors, not bad input files:
  // without this, the one-line error would come with a second line.
  command.showHelpAfterError(false);
  command.error(`proofseek: ${error.format()}`, { exitCode: 2, code: 'proofseek.inputError' });
}

/** `accepted  name` or `rejected  name  reason`, newlines in the reason flattened. */
export function humanLine(result: CheckResult): string {
  const reason = result.reason.replace(/\s*\n\s*/gu, ' ');
  return result.accepted ? `accepted  ${result.name}` : `rejected  ${result.name}  ${reason}`;
}

export function summaryLine(results: readonly CheckResult[]): string {
  const accepted = results.filter((r) => r.accepted).length;
  return `${accepted} accepted, ${results.length - accepted} rejected`;
}
