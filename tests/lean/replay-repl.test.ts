/**
 * The replay fixture itself, fed raw bytes: it must frame input exactly as the REPL does, so
 * that tests through it mean something for real Lean, and it must refuse to answer anything the
 * transcript did not record.
 */
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { FIXTURES_PRESENT, replayCommand, transcript } from './support/transcripts.ts';
import { readQueries } from './support/repl-input.ts';

const readme = transcript('test/readme');

async function feed(input: string) {
  const { file, args, cwd } = replayCommand(readme);
  return execa(file, args, { cwd, input, reject: false, stripFinalNewline: false });
}

describe.skipIf(!FIXTURES_PRESENT)('the replay REPL', () => {
  const recorded = FIXTURES_PRESENT ? readFileSync(`${readme.base}.in`, 'utf8') : '';
  const expected = FIXTURES_PRESENT ? readFileSync(`${readme.base}.expected.out`, 'utf8') : '';

  it('answers a recorded transcript byte for byte', async () => {
    const run = await feed(recorded);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('skips # and -- blocks without answering, and joins physical lines with nothing', async () => {
    const [first, ...rest] = recorded.split('\n\n');
    const split = first!.replace('"cmd" : ', '"cmd" :\n   ');
    const run = await feed(`# a comment block\n\n-- another\n{"ignored": true}\n\n${split}\n\n${rest.join('\n\n')}`);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('dies like the REPL on a second blank line in a row', async () => {
    const run = await feed('{"cmd" : "def f (x : Unit) : Nat := by sorry"}\n\n\n');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^uncaught exception: Could not parse JSON/u);
    expect(run.stdout).toContain('"proofState": 0');
  });

  it('dies like the REPL on JSON that is no request', async () => {
    const run = await feed('{"cmd": "x", "allTactics": "true"}\n\n');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^uncaught exception: Could not parse as a valid JSON command/u);
  });

  it('refuses a request the transcript did not record, saying which', async () => {
    const run = await feed('{"cmd": "def f (x : Unit) : Nat := by rfl"}\n\n');
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('request 1 differs');
  });

  it('refuses a request beyond the end of the transcript', async () => {
    const run = await feed(`${recorded.trimEnd()}\n\n{"tactic": "rfl", "proofState": 2}\n\n`);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('request 4 is one too many');
  });
});

describe('readQueries (the REPL\'s framing)', () => {
  it('joins a request broken over lines with nothing between them (invalid_line_break)', () => {
    expect(readQueries('{"cmd": "theorem foo : 1 = 1 := by\nsorry"}\n\n{"cmd": "x"}')).toEqual([
      { kind: 'json', text: '{"cmd": "theorem foo : 1 = 1 := bysorry"}\n' },
      { kind: 'json', text: '{"cmd": "x"}' },
    ]);
  });

  it('ends a query at a whitespace-only line and keeps comment blocks as skips', () => {
    expect(readQueries('-- c\n  \n{"cmd": "y"}   \n\t\n')).toEqual([
      { kind: 'skip', text: '-- c  \n' },
      { kind: 'json', text: '{"cmd": "y"}\t\n' },
    ]);
  });
});
