import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readBenchFile } from '../../src/bench/attempts.ts';
import { InputError } from '../../src/core/errors.ts';
import { readJsonFile, readJsonFileAs } from '../../src/core/json-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-json-file-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const Schema = z.object({ n: z.number() });
const messages = { notJson: 'not JSON here', invalid: (issue: z.core.$ZodIssue | undefined) => `bad: ${issue?.path.join('.')}` };

/** The one-line message the CLI would print for what `read` throws. */
async function failure(read: Promise<unknown>): Promise<string> {
  const error: unknown = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).format();
}

describe('readJsonFile / readJsonFileAs', () => {
  it('a missing file is undefined; a valid one is its parsed content', async () => {
    expect(await readJsonFile(join(dir, 'absent.json'), 'x')).toBeUndefined();
    expect(await readJsonFileAs(join(dir, 'absent.json'), Schema, messages)).toBeUndefined();
    await writeFile(join(dir, 'ok.json'), '{"n": 3}');
    expect(await readJsonFileAs(join(dir, 'ok.json'), Schema, messages)).toEqual({ n: 3 });
  });

  it('not JSON, invalid, unreadable: one line each, at file:1:0 when the content is at fault', async () => {
    const torn = join(dir, 'torn.json');
    await writeFile(torn, '{"n": ');
    expect(await failure(readJsonFile(torn, 'not JSON here'))).toMatch(new RegExp(`^${torn}:1:0: not JSON here: `, 'u'));
    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, '{"n": "three"}');
    expect(await failure(readJsonFileAs(wrong, Schema, messages))).toBe(`${wrong}:1:0: bad: n`);
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    expect(await failure(readJsonFile(folder, 'x'))).toMatch(new RegExp(`^cannot read '${folder}': `, 'u'));
  });

  it("bench.json keeps bench's wording", async () => {
    const run = join(dir, 'run');
    await mkdir(run);
    await writeFile(join(run, 'bench.json'), 'nope');
    expect(await failure(readBenchFile(run))).toMatch(new RegExp(`^${join(run, 'bench.json')}:1:0: not JSON: `, 'u'));
    await writeFile(join(run, 'bench.json'), '{"version": 2}');
    expect(await failure(readBenchFile(run))).toMatch(new RegExp(`^${join(run, 'bench.json')}:1:0: not a bench run file: 'version': `, 'u'));
  });
});
