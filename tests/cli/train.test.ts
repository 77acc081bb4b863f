import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerTrain } from '../../src/cli/commands/train.ts';
import { syntheticSteps, writeStepsFile } from '../proposer/learned/synthetic-steps.ts';
import { TextSink } from '../support/cli.ts';

async function train(args: string[]) {
  const stdout = new TextSink();
  const stderr = new TextSink();
  const program = new Command('proofseek').exitOverride().configureOutput({ writeErr: (s) => stderr.write(s), writeOut: (s) => stdout.write(s) });
  registerTrain(program, { stdout, stderr });
  await program.parseAsync(['train', ...args], { from: 'user' });
  return { stdout: stdout.text, stderr: stderr.text };
}

describe('proofseek train', () => {
  it('writes a model directory and prints a JSON summary, with one progress line per epoch off a terminal', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'proofseek-train-')), 'model');
    const { stdout, stderr } = await train([writeStepsFile(syntheticSteps(5)), '--out', out, '--epochs', '3', '--seed', '2', '--valid-fraction', '0.3', '--json']);
    const summary = JSON.parse(stdout);
    expect(summary.examples + summary.validExamples).toBe(30);
    expect(summary.validProblems).toBeGreaterThan(0);
    expect(existsSync(join(out, 'weights.bin'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.hyper_parameters).toMatchObject({ epochs: 3, seed: 2, valid_fraction: 0.3 });
    expect(stderr.match(/^epoch \d\/3: /gmu)).toHaveLength(3);
  });

  it('rejects a bad flag value', async () => {
    await expect(train(['x.jsonl', '--out', 'm', '--valid-fraction', '1.5'])).rejects.toThrow(/expected a number in \[0, 1\)/u);
  });

  it('exits 2 with a one-line error naming the file and line of a bad record', async () => {
    const file = writeStepsFile(syntheticSteps(1));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, 'not json\n');
    const bin = join(import.meta.dirname, '../../bin/proofseek.js');
    const run = promisify(execFile)(process.execPath, [bin, 'train', file, '--out', join(tmpdir(), 'never-written')]);
    const error = await run.then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(error?.code).toBe(2);
    expect(error?.stderr.trim()).toMatch(new RegExp(`^proofseek: ${file}:7:0: not a JSON line`, 'u'));
  });
});
