/**
 * `proofseek parse PATH [--json]`: how many statements parse (surface syntax) and elaborate
 * (typed AST of the fragment), with every failure's construct and file:line:column.
 * Exit code 0 even when statements fail; unreadable input is an InputError (exit 2).
 */
import type { Command } from 'commander';
import { loadProblems } from '../../core/load-problems.ts';
import type { SourcePosition } from '../../core/problem.ts';
import { parseStatement, parseSurface } from '../../symbolic/syntax/index.ts';

export interface ParseFailure {
  readonly name: string;
  readonly stage: 'parse' | 'elaborate';
  readonly construct: string;
  readonly message: string;
  readonly position: SourcePosition;
}

export interface ParseReport {
  readonly total: number;
  readonly parsed: number;
  readonly elaborated: number;
  readonly failures: readonly ParseFailure[];
}

/** Parses and elaborates every problem under `path`. @throws InputError on unreadable input. */
export async function parseReport(path: string): Promise<ParseReport> {
  const problems = await loadProblems(path);
  let parsed = 0;
  let elaborated = 0;
  const failures: ParseFailure[] = [];
  for (const problem of problems) {
    const surface = parseSurface(problem);
    const result = surface.kind === 'ok' ? parseStatement(problem) : surface;
    if (surface.kind === 'ok') parsed += 1;
    if (result.kind === 'ok') {
      elaborated += 1;
      continue;
    }
    const { stage, construct, message, position } = result;
    failures.push({ name: problem.name, stage, construct, message, position });
  }
  return { total: problems.length, parsed, elaborated, failures };
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse and elaborate Lean 4 statements; report counts and every failure with its position')
    .argument('<path>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file of {name, header, statement}')
    .option('--json', 'print {total, parsed, elaborated, failures[]} as JSON on stdout')
    .action(async (path: string, flags: { json?: boolean }) => {
      const report = await parseReport(path);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderParseReport(report));
    });
}

function percent(part: number, total: number): string {
  return total === 0 ? '0.0%' : `${((100 * part) / total).toFixed(1)}%`;
}

export function renderParseReport(report: ParseReport): string {
  const lines = report.failures.map(
    (f) => `${f.position.file}:${f.position.line}:${f.position.column}: ${f.name}: ${f.stage} error [${f.construct}]: ${f.message}`,
  );
  lines.push(
    `total ${report.total}  parsed ${report.parsed} (${percent(report.parsed, report.total)})  ` +
      `elaborated ${report.elaborated} (${percent(report.elaborated, report.total)})`,
  );
  return `${lines.join('\n')}\n`;
}
