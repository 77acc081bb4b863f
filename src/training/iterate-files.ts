/**
 * The files of an `iterate` run directory:
 *   DIR/iterate.json             the settings (a resumed run must use the same ones)
 *   DIR/baseline/valid.jsonl     the initial proposer on the valid split (prove result records)
 *   DIR/baseline/done.json       its summary, written when the evaluation finished
 *   DIR/round-R/data/            that round's new verified data (a `generate` data directory)
 *   DIR/round-R/model/           the learned proposer trained on rounds 0..R
 *   DIR/round-R/valid.jsonl      that model on the valid split, at the fixed budget
 *   DIR/round-R/round.json       the round's metrics, written last: a round is finished iff it exists
 *   DIR/metrics.json, metrics.md, metrics.svg   every finished round, rewritten after each
 */
import { join } from 'node:path';
import { z } from 'zod';

export const ValidEvalSchema = z
  .object({
    proposer: z.string(),
    proved: z.number().int().nonnegative(),
    certified: z.number().int().nonnegative(),
    smt: z.number().int().nonnegative(),
    kernel: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    rate: z.number().min(0).max(1),
    seconds: z.number().nonnegative(),
  })
  .strict();
export type ValidEval = z.infer<typeof ValidEvalSchema>;

export const TrainingMetricsSchema = z
  .object({
    examples: z.number().int().nonnegative(),
    valid_examples: z.number().int().nonnegative(),
    train_loss: z.number(),
    valid_loss: z.number().nullable(),
    valid_top1: z.number().nullable(),
    valid_topk: z.number().nullable(),
    seconds: z.number().nonnegative(),
  })
  .strict();

export const RoundMetricsSchema = z
  .object({
    round: z.number().int().nonnegative(),
    /** The proposer that searched the training problems this round. */
    proposer: z.string(),
    train_budget: z.object({ expansions: z.number().int().positive(), k: z.number().int().positive(), time_limit_s: z.number().positive() }).strict(),
    /** Training problems searched this round (those not yet solved). */
    attempted: z.number().int().nonnegative(),
    solved_new: z.number().int().nonnegative(),
    solved_cumulative: z.number().int().nonnegative(),
    train_problems: z.number().int().nonnegative(),
    /** The accumulated data set after this round. */
    proofs: z.number().int().nonnegative(),
    steps: z.number().int().nonnegative(),
    /** Null when there was no step to train on yet (the previous proposer is kept). */
    training: TrainingMetricsSchema.nullable(),
    /** The model directory searched with next round and evaluated here (null: the initial proposer). */
    model_dir: z.string().nullable(),
    valid: ValidEvalSchema,
    /** Wall-clock seconds of the round (of its last run, when it was resumed). */
    seconds: z.number().nonnegative(),
  })
  .strict();
export type RoundMetrics = z.infer<typeof RoundMetricsSchema>;

export const IterateMetricsSchema = z
  .object({
    format: z.literal('proofseek-iterate/1'),
    settings: z.record(z.string(), z.unknown()),
    baseline: ValidEvalSchema,
    rounds: z.array(RoundMetricsSchema),
  })
  .strict();
export type IterateMetrics = z.infer<typeof IterateMetricsSchema>;

export const ITERATE_FILES = {
  settings: 'iterate.json',
  metricsJson: 'metrics.json',
  metricsMd: 'metrics.md',
  metricsSvg: 'metrics.svg',
  baselineDir: 'baseline',
  validResults: 'valid.jsonl',
  baselineDone: 'done.json',
  roundDone: 'round.json',
} as const;

export function roundDir(outDir: string, round: number): string {
  return join(outDir, `round-${round}`);
}
