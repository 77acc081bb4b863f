import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerProve } from '../../src/cli/commands/prove.ts';
import { readResults } from '../../src/core/results.ts';
import { trainLearnedProposer } from '../../src/proposer/learned/index.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import { syntheticSteps, writeStepsFile } from '../proposer/learned/synthetic-steps.ts';
import { TextSink } from '../support/cli.ts';

let dir: string;
let model: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'proofseek-prove-learned-'));
  model = join(dir, 'model');
  await trainLearnedProposer({ stepsFiles: [writeStepsFile(syntheticSteps(6))], outDir: model, epochs: 10, validFraction: 0 });
  writeFileSync(join(dir, 'p.lean'), 'import Mathlib\n\ntheorem mod_step (y : ℕ) (h₀ : y % 7 = 3) : 4 * y % 7 = 5 := by sorry\n\ntheorem pos_step (t : ℝ) : 0 < t ^ 2 + 9 := by sorry\n');
});

async function prove(args: string[]) {
  const stdout = new TextSink();
  const stderr = new TextSink();
  const program = new Command('proofseek').exitOverride().configureOutput({ writeErr: (s) => stderr.write(s), writeOut: (s) => stdout.write(s) });
  registerProve(program, async (_, options) => new SymbolicBackend({ tacticTimeoutMs: options.tacticTimeoutMs }), { stdout, stderr, handleSignals: false });
  await program.parseAsync(['prove', ...args], { from: 'user' });
  return { stdout: stdout.text, stderr: stderr.text };
}

describe('prove --proposer learned', () => {
  it('proves with the model given by --model, at one expansion and one tactic', async () => {
    const out = join(dir, 'results.jsonl');
    await prove([join(dir, 'p.lean'), '--proposer', 'learned', '--model', model, '--expansions', '1', '-k', '1', '--out', out]);
    const { records } = await readResults(out);
    expect(records.map((r) => [r.name, r.status, r.proof])).toEqual([
      ['mod_step', 'proved', 'omega'],
      ['pos_step', 'proved', 'positivity'],
    ]);
  });

  it('stops with a one-line error naming the model directory when it is missing', async () => {
    await expect(prove([join(dir, 'p.lean'), '--proposer', 'learned', '--model', join(dir, 'nope'), '--out', join(dir, 'r2.jsonl')])).rejects.toThrow(/nope\/manifest\.json: cannot read the model manifest/u);
  });
});
