import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTinyModel } from '../../../scripts/make-tiny-hf-model.ts';
import { InputError } from '../../../src/core/errors.ts';
import { inspectModelDir } from '../../../src/proposer/hf/index.ts';
import { makeProposer } from '../../../src/proposer/index.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'proofseek-hf-bad-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The error `makeProposer('hf')` fails with: an InputError on one line. */
async function loadError(dir: string): Promise<string> {
  const error: unknown = await makeProposer('hf', { modelDir: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).format();
  expect(message).not.toContain('\n');
  return message;
}

describe('hf model directories', () => {
  it('reads the kind, end tokens and files of a good directory', () => {
    const dir = buildTinyModel(join(root, 's2s'), 'seq2seq').dir;
    expect(inspectModelDir(dir)).toMatchObject({ kind: 'seq2seq', modelType: 't5', eosIds: [1], decoderStartId: 0 });
  });

  it('a missing directory', async () => {
    expect(await loadError(join(root, 'nowhere'))).toMatch(/nowhere: model directory not found/u);
  });

  it('a directory without config.json', async () => {
    const dir = buildTinyModel(join(root, 'm'), 'decoder').dir;
    unlinkSync(join(dir, 'config.json'));
    expect(await loadError(dir)).toMatch(/config\.json: missing/u);
  });

  it('config.json that is not JSON, or lacks model_type', async () => {
    const dir = buildTinyModel(join(root, 'm'), 'decoder').dir;
    writeFileSync(join(dir, 'config.json'), '{ "model_type": ');
    expect(await loadError(dir)).toMatch(/config\.json: not valid JSON/u);
    writeFileSync(join(dir, 'config.json'), '{ "eos_token_id": 1 }');
    expect(await loadError(dir)).toMatch(/config\.json: model_type: /u);
  });

  it('missing ONNX weights (the file the kind needs)', async () => {
    const dir = buildTinyModel(join(root, 's2s'), 'seq2seq').dir;
    unlinkSync(join(dir, 'onnx/decoder_model_merged.onnx'));
    expect(await loadError(dir)).toMatch(/onnx\/decoder_model_merged\.onnx: missing/u);
  });

  it('corrupt ONNX weights', async () => {
    const dir = buildTinyModel(join(root, 'm'), 'decoder').dir;
    writeFileSync(join(dir, 'onnx/model.onnx'), Buffer.from('this is not a protobuf model \u0000\u0001\u0002 at all'));
    expect(await loadError(dir)).toMatch(/onnx\/model\.onnx: cannot load ONNX model: /u);
  });

  it('truncated ONNX weights', async () => {
    const dir = buildTinyModel(join(root, 'm'), 'decoder').dir;
    const full = join(dir, 'onnx/model.onnx');
    const bytes = readFileSync(full);
    writeFileSync(full, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await loadError(dir)).toMatch(/onnx\/model\.onnx: cannot load ONNX model: /u);
  });

  it('a corrupt tokenizer.json', async () => {
    const dir = buildTinyModel(join(root, 'm'), 'decoder').dir;
    writeFileSync(join(dir, 'tokenizer.json'), '{"model": {"type": "NoSuchModel"}}');
    expect(await loadError(dir)).toMatch(/tokenizer\.json: cannot load tokenizer: /u);
  });
});
