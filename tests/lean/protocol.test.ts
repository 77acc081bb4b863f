import { describe, expect, it } from 'vitest';
import {
  classifyWire,
  parseProofStatus,
  parseResponse,
  responseShapeOf,
  toWire,
  type EnvId,
  type ProofStateId,
  type Request,
} from '../../src/lean/protocol.ts';

describe('classifyWire follows the REPL\'s order of request shapes', () => {
  it('takes tactic + proofState as a tactic even with cmd present', () => {
    expect(classifyWire({ cmd: 'def x := 1', tactic: 'rfl', proofState: 3 })).toEqual({ kind: 'tactic', tactic: 'rfl', proofState: 3 });
  });

  it('takes pickleTo with both env and proofState as pickling the environment', () => {
    expect(classifyWire({ pickleTo: 'a.olean', env: 1, proofState: 2 })).toEqual({ kind: 'pickle-env', pickleTo: 'a.olean', env: 1 });
    expect(classifyWire({ pickleTo: 'a.olean', proofState: 2 })).toEqual({ kind: 'pickle-proof-state', pickleTo: 'a.olean', proofState: 2 });
  });

  it('reads command flags, treats null as absent, and ignores unknown fields', () => {
    expect(classifyWire({ cmd: 'x', env: null, allTactics: true, infotree: 'full', timeout: 5 })).toEqual({
      kind: 'command',
      cmd: 'x',
      allTactics: true,
      infotree: 'full',
    });
    expect(classifyWire({ path: 'f.lean', env: 0 })).toEqual({ kind: 'file', path: 'f.lean', env: 0 });
    expect(classifyWire({ unpickleProofStateFrom: 'p.olean' })).toEqual({ kind: 'unpickle-proof-state', unpickleProofStateFrom: 'p.olean' });
    expect(classifyWire({ unpickleEnvFrom: 'e.olean' })).toEqual({ kind: 'unpickle-env', unpickleEnvFrom: 'e.olean' });
  });

  it('matches nothing (fatal for the REPL) for wrong types, negative ids and bare proposals', () => {
    expect(classifyWire({ cmd: 'x', allTactics: 'true' })).toBeUndefined();
    expect(classifyWire({ tactic: 'rfl', proofState: -1 })).toBeUndefined();
    expect(classifyWire({ cmd: 'x', env: 1.5 })).toBeUndefined();
    expect(classifyWire({ removeProofState: 1 })).toBeUndefined();
    expect(classifyWire([1])).toBeUndefined();
  });
});

describe('toWire', () => {
  it('drops kind and absent fields', () => {
    const request: Request = { kind: 'command', cmd: 'theorem t : True := trivial', env: 0 as EnvId, allTactics: undefined };
    expect(toWire(request)).toEqual({ cmd: 'theorem t : True := trivial', env: 0 });
  });

  it('refuses an invalid id, which would kill the REPL', () => {
    expect(() => toWire({ kind: 'tactic', tactic: 'rfl', proofState: -1 as ProofStateId })).toThrow(/internal error/u);
    expect(() => toWire({ kind: 'pickle-env', pickleTo: 'a', env: 0.5 as EnvId })).toThrow(/internal error/u);
  });

  it('round-trips through classifyWire', () => {
    const requests: Request[] = [
      { kind: 'tactic', tactic: 'simp', proofState: 4 as ProofStateId },
      { kind: 'unpickle-proof-state', unpickleProofStateFrom: 'p.olean', env: 2 as EnvId },
      { kind: 'command', cmd: 'example : 1 = 1 := rfl', rootGoals: true },
    ];
    for (const request of requests) expect(classifyWire(toWire(request))).toEqual(request);
  });
});

describe('responses', () => {
  it('pick the schema from the request kind', () => {
    expect(responseShapeOf('pickle-env')).toBe('command');
    expect(responseShapeOf('unpickle-proof-state')).toBe('tactic');
  });

  it('recognise the error object by its message key, and nothing more', () => {
    expect(parseResponse('tactic', { message: 'Unknown proof state.' })).toEqual({ ok: true, response: { kind: 'error', message: 'Unknown proof state.' } });
    const withExtra = parseResponse('command', { message: 'x', env: 1 });
    expect(withExtra.ok).toBe(false);
  });

  it('fill in the lists the REPL leaves out when empty', () => {
    expect(parseResponse('command', { env: 3 })).toEqual({ ok: true, response: { kind: 'command', env: 3, messages: [], sorries: [], tactics: [] } });
  });

  it('reject a tactic response without proofStatus (a REPL older than v4.19.0)', () => {
    const parsed = parseResponse('tactic', { proofState: 1, goals: [] });
    expect(parsed).toMatchObject({ ok: false, problem: expect.stringContaining('proofStatus') });
  });

  it('reject a command answered with a tactic-shaped response', () => {
    expect(parseResponse('command', { proofState: 1, goals: [], proofStatus: 'Completed' }).ok).toBe(false);
  });

  it('accept a message whose endPos is null', () => {
    const parsed = parseResponse('command', { env: 0, messages: [{ severity: 'error', pos: { line: 1, column: 0 }, endPos: null, data: 'x' }] });
    expect(parsed).toMatchObject({ ok: true, response: { messages: [{ endPos: undefined }] } });
  });
});

describe('parseProofStatus', () => {
  it('counts only exactly "Completed" as a finished proof', () => {
    expect(parseProofStatus('Completed')).toEqual({ kind: 'completed' });
    expect(parseProofStatus('Completed?').kind).toBe('other');
    expect(parseProofStatus('Incomplete: open goals remain').kind).toBe('open-goals');
    expect(parseProofStatus('Incomplete: contains sorry').kind).toBe('contains-sorry');
    expect(parseProofStatus('Incomplete: contains metavariable(s)').kind).toBe('contains-metavariables');
    expect(parseProofStatus('Error: Goal not assigned').kind).toBe('error');
    expect(parseProofStatus('Not verified: more than one initial goal').kind).toBe('not-verified');
  });
});
