/**
 * `proofseek train DATA.jsonl [...] --out models/NAME`: trains the learned proposer on verified
 * steps (steps.jsonl files written by `generate`/`iterate`), split train/valid by problem, and
 * writes the model directory (manifest.json + weights.bin). Progress goes to stderr (a bar on a
 * terminal, one line per epoch otherwise); the summary to stdout, as JSON with `--json`.
 * The weights are written before the manifest that names their hash, so a run cut short never
 * leaves a directory that loads as a valid model of other data.
 */
import { Presets, SingleBar } from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { trainLearnedProposer, TRAIN_DEFAULTS, type TrainSummary } from '../../proposer/learned/index.ts';
import { nonNegativeInt, positiveInt } from '../flag-parsers.ts';

export interface TrainIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

interface TrainFlags {
  out: string;
  epochs: number;
  seed: number;
  validFraction: number;
  hidden: number;
  library?: string;
  json: boolean;
}

export function registerTrain(program: Command, io: TrainIo = { stdout: process.stdout, stderr: process.stderr }): void {
  program
    .command('train')
    .description('train the learned tactic proposer on verified steps (steps.jsonl) and write a model directory')
    .argument('<data...>', 'one or more steps.jsonl files (from `proofseek generate` or `iterate`)')
    .requiredOption('--out <dir>', 'model directory to write (manifest.json + weights.bin), e.g. models/NAME')
    .option('--epochs <n>', 'training epochs (the epoch with the best validation loss is kept)', positiveInt, TRAIN_DEFAULTS.epochs)
    .option('--seed <n>', 'seed for initialisation and shuffling (same data + seed = same model)', nonNegativeInt, TRAIN_DEFAULTS.seed)
    .option('--valid-fraction <x>', 'share of problems held out for validation (split by problem name hash)', fraction, TRAIN_DEFAULTS.validFraction)
    .option('--hidden <n>', 'hidden units of the network', positiveInt, TRAIN_DEFAULTS.hidden)
    .option('--library <file>', 'tactic library whose templates are the model\'s classes (default: tactics/library.yaml)')
    .option('--json', 'print the training summary as JSON on stdout', false)
    .action(async (data: string[], flags: TrainFlags) => {
      const bar = io.stderr.isTTY
        ? new SingleBar({ stream: io.stderr, format: 'train |{bar}| epoch {value}/{total} | loss {loss} | valid {valid}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic)
        : undefined;
      let barStarted = false;
      try {
        const summary = await trainLearnedProposer({
          stepsFiles: data,
          outDir: flags.out,
          seed: flags.seed,
          epochs: flags.epochs,
          validFraction: flags.validFraction,
          hidden: flags.hidden,
          ...(flags.library === undefined ? {} : { libraryPath: flags.library }),
          // With a bar, per-epoch lines would fight it: only the other lines are printed.
          onProgress: (line) => {
            if (!bar || !line.startsWith('epoch ')) io.stderr.write(`${line}\n`);
          },
          onEpoch: ({ epoch, epochs, trainLoss, validLoss }) => {
            if (!bar) return;
            if (!barStarted) {
              bar.start(epochs, 0, { loss: '-', valid: '-' });
              barStarted = true;
            }
            bar.update(epoch, { loss: trainLoss.toFixed(4), valid: validLoss === null ? '-' : validLoss.toFixed(4) });
          },
        });
        bar?.stop();
        io.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : renderSummary(summary));
      } finally {
        if (barStarted) bar?.stop();
      }
    });
}

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

export function renderSummary(s: TrainSummary): string {
  return [
    `model: ${s.outDir}`,
    `examples: ${s.examples} train (${s.trainProblems} problems), ${s.validExamples} valid (${s.validProblems} problems); ${s.droppedOutsideLibrary} steps outside the library dropped, ${s.duplicates} duplicates`,
    `validation top-1 ${pct(s.validTop1)}, top-${s.k} ${pct(s.validTopK)} (heuristic alone: ${pct(s.heuristicValidTop1)}, ${pct(s.heuristicValidTopK)})`,
    `train loss ${s.trainLoss.toFixed(4)}, best valid loss ${s.validLoss === null ? 'n/a' : s.validLoss.toFixed(4)} at epoch ${s.bestEpoch}; mix ${s.mix}; backend ${s.backend}; ${s.seconds.toFixed(1)} s`,
    '',
  ].join('\n');
}



function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError('expected a number in [0, 1)');
  return n;
}
