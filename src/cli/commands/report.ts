/**
 * `proofseek report RUN [RUN ...] --out DIR`: with one run, rebuilds its report into DIR; with
 * two or more, a side-by-side comparison of every later run against the first (solved by both /
 * only A / only B, pass@k deltas per bucket) as comparison.{json,md,html}. A RUN is a
 * `proofseek bench` output directory (its report is rebuilt from bench.json and attempts.jsonl)
 * or a directory holding only a report.json.
 */
import type { Command } from 'commander';
import { compareReports } from '../../bench/compare.ts';
import { renderComparisonMarkdown } from '../../bench/render/markdown.ts';
import { loadReport, writeComparison, writeReport } from '../../bench/write.ts';

interface ReportFlags {
  out: string;
  json: boolean;
}

export interface ReportIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Adds `report` to `program`. */
export function registerReport(program: Command, io: ReportIo = { stdout: process.stdout, stderr: process.stderr }): void {
  program
    .command('report')
    .description('rebuild one run\'s report, or compare runs side by side (the first run is the reference A)')
    .argument('<runs...>', 'bench run directories (made by `proofseek bench --out DIR`) or directories with a report.json')
    .requiredOption('--out <dir>', 'where report.* (one run) or comparison.* (several runs) are written')
    .option('--json', 'print the comparison (or the report) as JSON on stdout', false)
    .action(async (runs: string[], flags: ReportFlags) => {
      const reports = [];
      for (const run of runs) reports.push(await loadReport(run));
      if (reports.length === 1) {
        const files = await writeReport(flags.out, reports[0]!);
        if (flags.json) io.stdout.write(`${JSON.stringify(reports[0])}\n`);
        io.stderr.write(`wrote ${files.join(', ')}\n`);
        return;
      }
      const comparison = compareReports(reports);
      const files = await writeComparison(flags.out, comparison, reports);
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(comparison)}\n`);
        io.stderr.write(`wrote ${files.join(', ')}\n`);
      } else io.stdout.write(`${renderComparisonMarkdown(comparison)}\nwrote ${files.join(', ')}\n`);
    });
}
