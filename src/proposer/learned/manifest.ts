/**
 * A model directory: `manifest.json` (format version, vocabulary, template list, rank priors,
 * mixing weight, hyper-parameters, training-data hashes, validation figures) and `weights.bin`
 * (the weight tensors as little-endian float32, in WEIGHT_NAMES order, checked by sha256).
 * Everything is validated on load; every way a directory can be wrong is a one-line InputError
 * naming the file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../core/errors.ts';
import { MANIFEST_FILE, WEIGHTS_FILE } from './files.ts';
import { WEIGHT_NAMES, weightShapes, type ModelShape, type Weights } from './model.ts';

export const FORMAT_VERSION = 1;
export { MANIFEST_FILE, WEIGHTS_FILE };

const finiteOrNull = z.number().finite().nullable();

export const ManifestSchema = z
  .object({
    format: z.literal('proofseek-learned'),
    format_version: z.number().int(),
    created_at: z.string(),
    vocabulary: z.array(z.string()).min(1),
    /** Template ids of the tactic library, in class order. */
    templates: z.array(z.string().min(1)).min(1),
    /** Per template: smoothed counts of the instance rank the verified tactic had. */
    rank_counts: z.array(z.array(z.number().nonnegative())),
    /** Weight of the model in the mixture with the heuristic proposer (fitted on validation). */
    mix: z.number().min(0).max(1),
    hyper_parameters: z
      .object({ hidden: z.number().int().positive(), epochs: z.number().int().positive(), batch_size: z.number().int().positive(), learning_rate: z.number().positive(), l2: z.number().nonnegative(), seed: z.number().int(), valid_fraction: z.number().min(0).max(1) })
      .strict(),
    training_data: z.array(z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) }).strict()),
    weights: z.object({ file: z.literal(WEIGHTS_FILE), sha256: z.string().regex(/^[0-9a-f]{64}$/u), bytes: z.number().int().positive() }).strict(),
    metrics: z
      .object({
        k: z.number().int().positive(),
        train_examples: z.number().int().nonnegative(),
        valid_examples: z.number().int().nonnegative(),
        valid_top1: finiteOrNull,
        valid_topk: finiteOrNull,
        heuristic_valid_top1: finiteOrNull,
        heuristic_valid_topk: finiteOrNull,
        train_loss: finiteOrNull,
      })
      .strict(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.rank_counts.length !== m.templates.length) ctx.addIssue({ code: 'custom', path: ['rank_counts'], message: 'needs one entry per template' });
  });
export type Manifest = z.infer<typeof ManifestSchema>;

export function modelShape(manifest: Manifest): ModelShape {
  return { vocab: manifest.vocabulary.length, hidden: manifest.hyper_parameters.hidden, classes: manifest.templates.length };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes `weights.bin` then `manifest.json` (completed with the weights' hash) into `dir`. */
export async function saveModel(dir: string, manifest: Omit<Manifest, 'weights'>, weights: Weights): Promise<Manifest> {
  const parts = WEIGHT_NAMES.map((name) => weights[name]);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const flat = new Float32Array(total);
  let at = 0;
  for (const part of parts) {
    flat.set(part, at);
    at += part.length;
  }
  const bytes = new Uint8Array(flat.buffer);
  const full: Manifest = { ...manifest, weights: { file: WEIGHTS_FILE, sha256: sha256(bytes), bytes: bytes.length } };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, WEIGHTS_FILE), bytes);
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(full, null, 1)}\n`);
  return full;
}

/** Reads and checks a model directory. @throws InputError for a missing, corrupt or incompatible model. */
export async function readModel(dir: string): Promise<{ manifest: Manifest; weights: Weights }> {
  const manifestPath = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch (cause) {
    throw new InputError(`${manifestPath}: cannot read the model manifest (is '${dir}' a model directory made by 'proofseek train'?)`, undefined, { cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new InputError(`${manifestPath}: not valid JSON: ${(cause as Error).message}`, undefined, { cause });
  }
  const version = (raw as { format_version?: unknown } | null)?.format_version;
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    throw new InputError(`${manifestPath}: model format version ${version} is not supported (this proofseek reads version ${FORMAT_VERSION}); retrain with 'proofseek train'`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${manifestPath}: invalid model manifest at '${issue.path.join('.')}': ${issue.message}`);
  }
  const manifest = parsed.data;
  if (manifest.format_version !== FORMAT_VERSION) throw new InputError(`${manifestPath}: model format version ${manifest.format_version} is not supported (this proofseek reads version ${FORMAT_VERSION})`);
  const weightsPath = join(dir, manifest.weights.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(weightsPath);
  } catch (cause) {
    throw new InputError(`${weightsPath}: cannot read the model weights: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, undefined, { cause });
  }
  const shapes = weightShapes(modelShape(manifest));
  const expected = WEIGHT_NAMES.reduce((n, name) => n + shapes[name].reduce((a, b) => a * b, 1), 0) * 4;
  if (bytes.length !== expected || bytes.length !== manifest.weights.bytes) {
    throw new InputError(`${weightsPath}: corrupt weight file: ${bytes.length} bytes, the manifest's shapes need ${expected}`);
  }
  if (sha256(bytes) !== manifest.weights.sha256) throw new InputError(`${weightsPath}: corrupt weight file: sha256 does not match the manifest`);
  // Copy into an aligned buffer: a Buffer may sit at any offset of a shared pool.
  const flat = new Float32Array(new Uint8Array(bytes).buffer);
  const weights = {} as Weights;
  let at = 0;
  for (const name of WEIGHT_NAMES) {
    const n = shapes[name].reduce((a, b) => a * b, 1);
    weights[name] = flat.slice(at, at + n);
    at += n;
  }
  return { manifest, weights };
}
