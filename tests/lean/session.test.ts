/**
 * The failure paths of one REPL session, through real child processes: a crash in the middle of
 * a response, a hang that must time out, memory growth over the cap, output that is not the
 * protocol, a program that cannot start, a crash loop, recycling, and closing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProofStateId } from '../../src/lean/protocol.ts';
import { ReplSession, type SendOutcome, type SessionOptions } from '../../src/lean/session.ts';
import type { ReplCommand } from '../../src/lean/spawn.ts';
import { FIXTURES_PRESENT, recordedRequests, replayCommand, transcript, type ReplayModes } from './support/transcripts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-session-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let markers = 0;
const once = () => join(scratch, `fired-${(markers += 1)}`);

const exact = transcript('test/Mathlib/test/exact');

function session(command: ReplCommand, overrides: Partial<SessionOptions> = {}): ReplSession {
  return new ReplSession({
    command,
    timeoutMs: 20_000,
    maxMemoryBytes: 4 * 1024 ** 3,
    memorySampleMs: 1_000,
    maxConsecutiveFailures: 3,
    recycleAfter: undefined,
    ...overrides,
  }).start();
}

function replaySession(modes: ReplayModes, overrides: Partial<SessionOptions> = {}): ReplSession {
  return session(replayCommand(exact, modes), overrides);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function expectAnswer(outcome: SendOutcome): asserts outcome is Extract<SendOutcome, { kind: 'answer' }> {
  if (outcome.kind !== 'answer') throw new Error(`expected an answer, got ${outcome.kind}: ${outcome.message}`);
}

const [importMathlib, stateTest, exactQuery] = FIXTURES_PRESENT ? recordedRequests(exact) : [];

describe.skipIf(!FIXTURES_PRESENT)('a REPL session', () => {
  it('fails the request in flight when the process dies mid-response, keeps stderr, fails the queue, and restarts', async () => {
    const s = replaySession({ dieAt: 2, once: once() });
    try {
      const firstPid = s.pid!;
      const [a, b, c] = await Promise.all([s.send(importMathlib!), s.send(stateTest!), s.send(exactQuery!)]);
      expectAnswer(a);
      expect(a.response).toMatchObject({ kind: 'command', env: 0 });
      expect(b.kind).toBe('crashed');
      expect(b.kind === 'crashed' && b.message).toMatch(/exited with status 1 in the middle of a response/u);
      expect(b.kind === 'crashed' && b.message).toContain('dying mid-response 2 as asked');
      expect(c.kind).toBe('restarted');
      expect(s.generation).toBe(2);
      expect(s.pid).not.toBe(firstPid);
      // The new process starts from scratch: the transcript replays from its first request.
      const again = await s.send(importMathlib!);
      expectAnswer(again);
      expect(again.generation).toBe(2);
    } finally {
      await s.close();
    }
  });

  it('a request bound to an earlier generation fails as stale, never reaching the new process', async () => {
    const s = replaySession({ dieAt: 3, once: once() });
    try {
      const imported = await s.send(importMathlib!);
      expectAnswer(imported);
      const stated = await s.send(stateTest!, { generation: imported.generation });
      expectAnswer(stated);
      expect((await s.send(exactQuery!, { generation: 1 })).kind).toBe('crashed');
      const stale = await s.send({ kind: 'tactic', tactic: 'exact?', proofState: 0 as ProofStateId }, { generation: 1 });
      expect(stale).toMatchObject({ kind: 'stale', message: expect.stringContaining('generation 1') });
      // The new process got nothing from that request: it still answers the transcript's first one.
      expectAnswer(await s.send(importMathlib!));
    } finally {
      await s.close();
    }
  });

  it('kills and restarts a process that hangs past the timeout', async () => {
    const s = replaySession({ hangAt: 3, once: once() });
    try {
      expectAnswer(await s.send(importMathlib!));
      expectAnswer(await s.send(stateTest!));
      const hungPid = s.pid!;
      const started = Date.now();
      const outcome = await s.send(exactQuery!, { timeoutMs: 300 });
      expect(outcome).toMatchObject({ kind: 'timeout', message: expect.stringContaining('300 ms') });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(s.generation).toBe(2);
      await until(() => !alive(hungPid));
      // After the restart the replay (its mode spent) answers the whole transcript.
      for (const request of [importMathlib!, stateTest!, exactQuery!]) expectAnswer(await s.send(request));
    } finally {
      await s.close();
    }
  });

  it('restarts a process whose RSS goes over the memory cap', async () => {
    const s = replaySession({ growAt: 2, growMb: 320, once: once() }, { maxMemoryBytes: 240 * 1024 ** 2, memorySampleMs: 50 });
    try {
      expectAnswer(await s.send(importMathlib!));
      const outcome = await s.send(stateTest!);
      expect(outcome).toMatchObject({ kind: 'memory', message: expect.stringContaining('over the 240 MiB cap') });
      expect(s.generation).toBe(2);
      expectAnswer(await s.send(importMathlib!));
    } finally {
      await s.close();
    }
  });

  it('treats output that is not a JSON response as a broken session', async () => {
    const chatty: ReplCommand = {
      file: process.execPath,
      args: ['-e', "process.stdin.once('data', () => process.stdout.write('Build completed successfully.\\n\\n')); setInterval(() => {}, 1e9)"],
      cwd: scratch,
    };
    const s = session(chatty);
    try {
      const outcome = await s.send(importMathlib!);
      expect(outcome).toMatchObject({ kind: 'protocol', message: expect.stringContaining('Build completed successfully.') });
      expect(s.generation).toBe(2);
    } finally {
      await s.close();
    }
  });

  it('reports a response of the wrong shape as a protocol failure', async () => {
    const wrong: ReplCommand = {
      file: process.execPath,
      args: ['-e', 'process.stdin.once(\'data\', () => process.stdout.write(\'{"env": -1}\\n\\n\')); setInterval(() => {}, 1e9)'],
      cwd: scratch,
    };
    const s = session(wrong);
    try {
      expect(await s.send(importMathlib!)).toMatchObject({ kind: 'protocol', message: expect.stringContaining('malformed command response') });
    } finally {
      await s.close();
    }
  });

  it('gives up at once, with the reason, when the program cannot be started', async () => {
    const s = session({ file: join(scratch, 'no-such-lake'), args: ['env', 'repl'], cwd: scratch });
    const outcome = await s.send(importMathlib!);
    expect(outcome).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('cannot start the Lean REPL') });
    expect(s.available).toBe(false);
    expect((await s.send(importMathlib!)).kind).toBe('unavailable');
    await s.close();
  });

  it('stops restarting a process that keeps dying without answering', async () => {
    const dying: ReplCommand = { file: process.execPath, args: ['-e', 'process.stderr.write("boom\\n"); process.exit(7)'], cwd: scratch };
    const s = session(dying, { maxConsecutiveFailures: 2 });
    try {
      await until(() => !s.available);
      expect(s.generation).toBe(3);
      const outcome = await s.send(importMathlib!);
      expect(outcome).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/failed 3 times in a row.*status 7.*boom/u) });
      expect(s.stderrTail()).toContain('boom');
    } finally {
      await s.close();
    }
  });

  it('replaces a process after the configured number of answers, once idle', async () => {
    const s = replaySession({}, { recycleAfter: 2 });
    try {
      expectAnswer(await s.send(importMathlib!));
      const stated = await s.send(stateTest!);
      expectAnswer(stated);
      // Due for recycling, but a follow-up sent at once still reaches this process…
      const followUp = await s.send(exactQuery!, { generation: stated.generation });
      expectAnswer(followUp);
      expect(followUp.generation).toBe(1);
      // …and once it is idle it is replaced; its ids are then stale.
      await until(() => s.generation === 2);
      expect(s.uses).toBe(0);
      expect((await s.send(exactQuery!, { generation: 1 })).kind).toBe('stale');
      expectAnswer(await s.send(importMathlib!));
    } finally {
      await s.close();
    }
  });

  it('fails pending requests as closed and ends the process on close', async () => {
    const s = replaySession({ hangAt: 1, once: once() });
    const pid = s.pid!;
    const pending = s.send(importMathlib!);
    await s.close();
    expect((await pending).kind).toBe('closed');
    expect((await s.send(importMathlib!)).kind).toBe('closed');
    await until(() => !alive(pid));
  });
});
