/**
 * `proofseek curriculum --seed S --count N --out DIR`: generates training problems of graded
 * difficulty (src/curriculum/), each verified true by an exact argument, none equal to a
 * statement under `--exclude`, and writes one Lean file per family into DIR. A family's file is
 * written (atomically: temporary file, then rename) as soon as that family is done, so an
 * interrupted run keeps every finished family. The same seed and count give byte-identical files.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { CURRICULUM_DEFAULTS, FAMILIES, exclusionKeys, familyFileName, generateCurriculum, renderFile, type FamilyOutput } from '../../curriculum/index.ts';
import { positiveInt } from '../flag-parsers.ts';

export interface CurriculumIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

interface CurriculumFlags {
  seed: number;
  count: number;
  out: string;
  exclude: string[];
  json: boolean;
}

export interface CurriculumSummary {
  readonly seed: number;
  readonly requested: number;
  readonly generated: number;
  readonly attempts: number;
  readonly families: readonly { family: string; file: string; problems: number; attempts: number; byDifficulty: Record<string, number>; rejected: Readonly<Record<string, number>> }[];
}

export function registerCurriculum(program: Command, io: CurriculumIo = { stdout: process.stdout, stderr: process.stderr }): void {
  program
    .command('curriculum')
    .description('generate verified training problems of graded difficulty (one .lean file per family)')
    .option('--seed <n>', 'PRNG seed; the same seed and count give byte-identical files', nonNegativeInt, CURRICULUM_DEFAULTS.seed)
    .option('--count <n>', 'problems to generate in all (shared among the families by weight)', positiveInt, CURRICULUM_DEFAULTS.count)
    .option('--out <dir>', 'folder for the generated .lean files (created if missing)', CURRICULUM_DEFAULTS.out)
    .option('--exclude <paths...>', 'problem files or folders whose statements must not be generated (files under --out are ignored)', [...CURRICULUM_DEFAULTS.exclude])
    .option('--json', 'print the summary as JSON on stdout', false)
    .action(async (flags: CurriculumFlags) => {
      await runCurriculum(flags, io);
    });
}

async function runCurriculum(flags: CurriculumFlags, io: CurriculumIo): Promise<void> {
  const exclude = await exclusionKeys(flags.exclude, flags.out);
  await mkdir(flags.out, { recursive: true });
  const progress = makeProgress(io);
  const families: CurriculumSummary['families'][number][] = [];
  try {
    await generateCurriculum({
      seed: flags.seed,
      count: flags.count,
      exclude,
      onFamily: async (output) => {
        const file = join(flags.out, familyFileName(output.family.name));
        const temporary = `${file}.tmp`;
        await writeFile(temporary, renderFile(output.problems));
        await rename(temporary, file);
        families.push(summarizeFamily(output, file));
        progress.done(output, file);
      },
    });
  } finally {
    progress.stop();
  }
  const generated = families.reduce((s, f) => s + f.problems, 0);
  const summary: CurriculumSummary = { seed: flags.seed, requested: flags.count, generated, attempts: families.reduce((s, f) => s + f.attempts, 0), families };
  const table = renderTable(summary);
  if (flags.json) {
    io.stderr.write(table);
    io.stdout.write(`${JSON.stringify(summary)}\n`);
  } else io.stdout.write(table);
}

function summarizeFamily(output: FamilyOutput, file: string): CurriculumSummary['families'][number] {
  const byDifficulty: Record<string, number> = {};
  for (const p of output.problems) byDifficulty[String(p.candidate.difficulty)] = (byDifficulty[String(p.candidate.difficulty)] ?? 0) + 1;
  return { family: output.family.name, file, problems: output.problems.length, attempts: output.attempts, byDifficulty, rejected: output.rejected };
}

interface Progress {
  done(output: FamilyOutput, file: string): void;
  stop(): void;
}

function makeProgress(io: CurriculumIo): Progress {
  if (io.stderr.isTTY) {
    const bar = new SingleBar({ stream: io.stderr, format: 'curriculum |{bar}| {value}/{total} families | {last}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
    bar.start(FAMILIES.length, 0, { last: '' });
    let count = 0;
    return {
      done(output) {
        count += 1;
        bar.update(count, { last: `${output.family.name}: ${output.problems.length}` });
      },
      stop: () => bar.stop(),
    };
  }
  let count = 0;
  return {
    done(output, file) {
      count += 1;
      io.stderr.write(`[${count}/${FAMILIES.length}] ${output.family.name}: ${output.problems.length} problems from ${output.attempts} drafts → ${file}\n`);
    },
    stop: () => undefined,
  };
}

function renderTable(summary: CurriculumSummary): string {
  const header = ['family', 'problems', 'd1', 'd2', 'd3', 'd4', 'd5', 'drafts', 'rejected'];
  const rows = summary.families.map((f) => [
    f.family,
    String(f.problems),
    ...['1', '2', '3', '4', '5'].map((d) => String(f.byDifficulty[d] ?? 0)),
    String(f.attempts),
    Object.entries(f.rejected).map(([why, n]) => `${why} ×${n}`).join('; ') || '-',
  ]);
  rows.push(['total', String(summary.generated), ...['1', '2', '3', '4', '5'].map((d) => String(summary.families.reduce((s, f) => s + (f.byDifficulty[d] ?? 0), 0))), String(summary.attempts), '']);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\nseed ${summary.seed}: ${summary.generated} of ${summary.requested} problems\n`;
}


function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) throw new InvalidArgumentError('expected an integer in 0..4294967295');
  return n;
}
