/**
 * Reading a run directory back and writing its reports: `report.json` (validated against
 * `ReportSchema` before it is written), `report.md`, `report.html`; and for comparisons
 * `comparison.json`, `comparison.md`, `comparison.html`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { readJsonl } from '../core/results.ts';
import { ATTEMPTS_FILE, AttemptRecordSchema, readBenchFile, type AttemptRecord, type BenchFile } from './attempts.ts';
import { ComparisonSchema, type Comparison } from './compare.ts';
import { buildReport, ReportSchema, type Report } from './report.ts';
import { renderComparisonHtml, renderReportHtml } from './render/html.ts';
import { renderComparisonMarkdown, renderReportMarkdown } from './render/markdown.ts';

export const REPORT_FILES = ['report.json', 'report.md', 'report.html'] as const;

/** The bench file and attempts of a run directory. @throws InputError when it is not one. */
export async function readRun(dir: string): Promise<{ bench: BenchFile; attempts: AttemptRecord[] }> {
  const bench = await readBenchFile(dir);
  if (bench === undefined) throw new InputError(`'${dir}' is not a bench run directory (no bench.json; run \`proofseek bench PATH --out ${dir}\` first)`);
  const { records } = await readJsonl(join(dir, ATTEMPTS_FILE), AttemptRecordSchema);
  return { bench, attempts: records };
}

/**
 * A run's report: rebuilt from `bench.json` and `attempts.jsonl` when they are there, else read
 * from `report.json` (a report copied without its run).
 */
export async function loadReport(dir: string): Promise<Report> {
  if ((await readBenchFile(dir)) !== undefined) {
    const { bench, attempts } = await readRun(dir);
    return buildReport(bench, attempts);
  }
  const path = join(dir, 'report.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new InputError(`'${dir}' has neither bench.json nor a readable report.json (${(cause as Error).message})`, undefined, { cause });
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`not a report: '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid'}`, { file: path, line: 1, column: 0 });
  }
  return parsed.data;
}

/** Writes `report.{json,md,html}` into `dir`; returns their paths. */
export async function writeReport(dir: string, report: Report): Promise<string[]> {
  const checked = ReportSchema.parse(report); // a bug if this throws: the builder broke its schema
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['report.json', `${JSON.stringify(checked, null, 2)}\n`],
    ['report.md', renderReportMarkdown(checked)],
    ['report.html', renderReportHtml(checked)],
  ];
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}

/** Writes `comparison.{json,md,html}` into `dir`; returns their paths. */
export async function writeComparison(dir: string, comparison: Comparison, reports: readonly Report[]): Promise<string[]> {
  const checked = ComparisonSchema.parse(comparison);
  await mkdir(dir, { recursive: true });
  const curves = reports.map((r) => ({ label: r.label, total: r.summary.problems, searched: r.config.baseline === null, byTime: r.curves.byTime, byExpansions: r.curves.byExpansions }));
  const files: [string, string][] = [
    ['comparison.json', `${JSON.stringify(checked, null, 2)}\n`],
    ['comparison.md', renderComparisonMarkdown(checked)],
    ['comparison.html', renderComparisonHtml(checked, curves)],
  ];
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
