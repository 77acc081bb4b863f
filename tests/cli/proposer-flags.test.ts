/**
 * `--proposer` takes only the known names in every command that has it: anything else is a
 * usage error (exit 2) naming the choices, before any work starts.
 */
import { expect, it } from 'vitest';
import { PROPOSER_NAMES } from '../../src/proposer/index.ts';
import { CLI_PATH as cli, execFileAsync as run } from '../support/cli.ts';

it.each([
  ['prove', ['prove', 'problems/valid']],
  ['generate', ['generate', 'problems/valid', '--out', '/nonexistent/never-written']],
  ['iterate', ['iterate', '--train', 'problems/valid', '--valid', 'problems/valid', '--out', '/nonexistent/never-written']],
  ['bench', ['bench', 'problems/valid', '--out', '/nonexistent/never-written']],
])('%s --proposer nonsense exits 2 with a one-line error listing the proposers', async (_, args) => {
  const failure = await run(process.execPath, [cli, ...args, '--proposer', 'nonsense'], { timeout: 60_000 }).then(
    () => undefined,
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stdout).toBe('');
  // The error line, then commander's pointer to --help: nothing else (no stack, no usage dump).
  expect(failure?.stderr.trim().split('\n')).toEqual([
    `error: option '--proposer <name>' argument 'nonsense' is invalid. Allowed choices are ${PROPOSER_NAMES.join(', ')}.`,
    '(run with --help for usage)',
  ]);
}, 70_000);
