import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { openResultsFile, readResults, type ResultRecord } from '../../src/core/results.ts';

const record = (name: string, status: ResultRecord['status'] = 'proved'): ResultRecord => ({
  name,
  status,
  proof: status === 'proved' ? 'norm_num' : null,
  verifier: status === 'proved' ? 'symbolic' : null,
  tier: status === 'proved' ? 'certified' : null,
  expansions: 3,
  seconds: 0.25,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-results-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('results files', () => {
  it('writes one line per record, readable back, in a new directory', async () => {
    const path = join(dir, 'nested', 'out.jsonl');
    const { writer, finished } = await openResultsFile(path, { resume: false });
    expect(finished.size).toBe(0);
    await Promise.all([writer.append(record('a')), writer.append(record('b', 'failed')), writer.append(record('c', 'error'))]);
    // Synced on append: the lines are there before close.
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(4);
    await writer.close();
    const { records, truncatedTail } = await readResults(path);
    expect(records.map((r) => [r.name, r.status])).toEqual([
      ['a', 'proved'],
      ['b', 'failed'],
      ['c', 'error'],
    ]);
    expect(truncatedTail).toBe(false);
  });

  it('starts over without resume and keeps finished records with it', async () => {
    const path = join(dir, 'out.jsonl');
    const first = await openResultsFile(path, { resume: false });
    await first.writer.append(record('a'));
    await first.writer.close();
    const resumed = await openResultsFile(path, { resume: true });
    expect([...resumed.finished.keys()]).toEqual(['a']);
    await resumed.writer.append(record('b'));
    await resumed.writer.close();
    expect((await readResults(path)).records.map((r) => r.name)).toEqual(['a', 'b']);
    const fresh = await openResultsFile(path, { resume: false });
    expect(fresh.finished.size).toBe(0);
    await fresh.writer.close();
    expect((await readResults(path)).records).toEqual([]);
  });

  it('drops a line cut short by a crash before appending', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, `${JSON.stringify(record('a'))}\n{"name":"b","sta`);
    expect((await readResults(path)).truncatedTail).toBe(true);
    const { writer, finished } = await openResultsFile(path, { resume: true });
    expect([...finished.keys()]).toEqual(['a']);
    await writer.append(record('b'));
    await writer.close();
    const text = await readFile(path, 'utf8');
    expect(text).toBe(`${JSON.stringify(record('a'))}\n${JSON.stringify(record('b'))}\n`);
  });

  it('refuses to resume from a file whose complete lines are not results', async () => {
    const path = join(dir, 'out.jsonl');
    await writeFile(path, `${JSON.stringify(record('a'))}\n{"name": "b"}\n`);
    await expect(openResultsFile(path, { resume: true })).rejects.toThrow(InputError);
    await expect(readResults(path)).rejects.toThrow(/:2:0: not a valid record|not a valid record/u);
    await writeFile(path, 'not json\n');
    await expect(readResults(path)).rejects.toThrow(/not a JSON line/u);
  });

  it('refuses to write an invalid record', async () => {
    const { writer } = await openResultsFile(join(dir, 'out.jsonl'), { resume: false });
    await expect(writer.append({ ...record('a'), expansions: -1 })).rejects.toThrow(/internal error/u);
    await writer.close();
  });
});
