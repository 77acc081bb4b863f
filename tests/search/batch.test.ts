import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openResultsFile, readResults } from '../../src/core/results.ts';
import type { Budget } from '../../src/core/seams.ts';
import { fixedProposer } from '../../src/proposer/fixed.ts';
import { proveAll } from '../../src/search/batch.ts';
import { ToyBackend, toyProblem } from './toy-backend.ts';

const budget: Budget = { maxExpansions: 50, timeLimitMs: 10_000, tacticTimeoutMs: 1_000 };
const proposer = fixedProposer(['zero', 'sub 1']);
const problems = [1, 2, 3, 4, 5].map((n) => toyProblem(`p${n}`, n, { topic: 'toy' }));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proofseek-batch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('proveAll', () => {
  it('records each result as it comes; an interrupted run resumes without redoing anything', async () => {
    const out = join(dir, 'r.jsonl');
    const controller = new AbortController();
    const first = await openResultsFile(out, { resume: false });
    const made = await proveAll(problems, {
      backend: new ToyBackend({ applyDelayMs: 2 }),
      proposer,
      budget,
      concurrency: 2,
      signal: controller.signal,
      onResult: async (record) => {
        await first.writer.append(record);
        if (record.name === 'p1') controller.abort(); // "Ctrl-C" after the first result
      },
    });
    await first.writer.close();
    const onDisk = (await readResults(out)).records;
    expect(onDisk.map((r) => r.name)).toEqual(made.map((r) => r.name));
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(problems.length);
    const before = await readFile(out, 'utf8');

    const second = await openResultsFile(out, { resume: true });
    const todo = problems.filter((p) => !second.finished.has(p.name));
    const backend = new ToyBackend();
    await proveAll(todo, { backend, proposer, budget, concurrency: 2, onResult: (r) => second.writer.append(r) });
    await second.writer.close();
    expect(backend.started.some((name) => second.finished.has(name))).toBe(false);
    const all = (await readResults(out)).records;
    expect(all.map((r) => r.name).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(all.every((r) => r.status === 'proved' && r.proof !== null)).toBe(true);
    expect((await readFile(out, 'utf8')).startsWith(before)).toBe(true);
  });

  it('turns a backend that throws into an error record and goes on', async () => {
    const backend = new ToyBackend();
    backend.apply = async () => {
      throw new Error('process crashed');
    };
    const records = await proveAll(problems.slice(0, 2), { backend, proposer, budget, concurrency: 1, onResult: async () => {} });
    expect(records.map((r) => [r.name, r.status])).toEqual([
      ['p1', 'error'],
      ['p2', 'error'],
    ]);
    expect(records[0]!.message).toMatch(/internal error: process crashed/u);
  });
});
