/**
 * The hashes a data manifest records (src/training/hashes.ts): the problem set's and the
 * proposer configuration's (tactic library and model files), and which files that covers for
 * each proposer (src/cli/search-flags.ts). A manifest must change when the problems or the
 * model do, and only then.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proposerProvenance } from '../../src/cli/model-proposer-flags.ts';
import { loadProblems } from '../../src/core/load-problems.ts';
import { DEFAULT_LIBRARY_PATH, DEFAULT_MODEL_DIR } from '../../src/proposer/index.ts';
import { hashProblems, hashProposerConfig } from '../../src/training/hashes.ts';
import { sha256 } from '../../src/training/normalise.ts';
import { REPO_ROOT as root } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-hashes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hashProblems', () => {
  it('ignores the order of the problems and sees a change in one statement', async () => {
    const problems = (await loadProblems(join(root, 'problems', 'valid'))).slice(0, 6);
    const hash = hashProblems(problems);
    expect(hashProblems([...problems].reverse())).toBe(hash);
    const changed = problems.map((p, i) => (i === 3 ? { ...p, text: p.text.replace(/:= by sorry$/u, ' ∧ True := by sorry') } : p));
    expect(changed[3]!.text).not.toBe(problems[3]!.text);
    expect(hashProblems(changed)).not.toBe(hash);
    expect(hashProblems(problems.slice(1))).not.toBe(hash);
  });
});

describe('hashProposerConfig', () => {
  it('is sha256 over the name and each file name with the sha256 of its bytes (checked against the shipped model manifest)', async () => {
    const manifest = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, 'manifest.json'), 'utf8')) as { weights: { file: string; sha256: string } };
    const weights = join(DEFAULT_MODEL_DIR, manifest.weights.file);
    expect(await hashProposerConfig('learned', [weights])).toBe(sha256(JSON.stringify(['learned', manifest.weights.file, manifest.weights.sha256])));
  });

  it('changes with one byte of a file deep in a model directory, with the proposer name, and not with the directory it sits in', async () => {
    const model = join(scratch, 'model');
    mkdirSync(join(model, 'onnx'), { recursive: true });
    writeFileSync(join(model, 'config.json'), '{"model_type":"gpt2"}');
    // Larger than one read-stream chunk (64 KiB), so the last byte is in a later chunk.
    const weights = Buffer.alloc(200_000, 7);
    writeFileSync(join(model, 'onnx', 'model.onnx'), weights);
    const hash = await hashProposerConfig('hf', [DEFAULT_LIBRARY_PATH, model]);
    expect(await hashProposerConfig('hf', [DEFAULT_LIBRARY_PATH, model])).toBe(hash);

    const moved = join(scratch, 'elsewhere');
    cpSync(model, moved, { recursive: true });
    expect(await hashProposerConfig('hf', [DEFAULT_LIBRARY_PATH, moved])).toBe(hash);
    expect(await hashProposerConfig('learned', [DEFAULT_LIBRARY_PATH, model])).not.toBe(hash);

    weights[weights.length - 1] = 8;
    writeFileSync(join(moved, 'onnx', 'model.onnx'), weights);
    expect(await hashProposerConfig('hf', [DEFAULT_LIBRARY_PATH, moved])).not.toBe(hash);
  });
});

describe('proposerProvenance', () => {
  it('covers the library and model directory of learned (default: the shipped one), the model directory of hf, and no files for http', () => {
    expect(proposerProvenance('heuristic', {}).files).toEqual([DEFAULT_LIBRARY_PATH]);
    expect(proposerProvenance('learned', {}).files).toEqual([DEFAULT_LIBRARY_PATH, DEFAULT_MODEL_DIR]);
    expect(proposerProvenance('learned', { library: 'lib.yaml', model: 'models/x' }).files).toEqual(['lib.yaml', 'models/x']);
    expect(proposerProvenance('hf', { model: '/models/tiny-hf' }).files).toEqual(['/models/tiny-hf']);
    const http = proposerProvenance('http', { httpBaseUrl: 'http://127.0.0.1:9/v1', httpModel: 'm', httpApiKey: 'secret' }, {});
    expect(http.files).toEqual([]);
    expect(JSON.stringify(http.settings)).not.toContain('secret');
  });
});
