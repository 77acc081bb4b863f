import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRequest, ResponseSplitter } from '../../src/lean/framing.ts';
import type { EnvId } from '../../src/lean/protocol.ts';
import { readQueries } from './support/repl-input.ts';

describe('encodeRequest', () => {
  it('writes one line of JSON and a blank line, escaping the newlines of Lean code', () => {
    const text = encodeRequest({ kind: 'command', cmd: 'theorem t : 1 = 1 := by\n  rfl', env: 2 as EnvId });
    expect(text).toBe('{"cmd":"theorem t : 1 = 1 := by\\n  rfl","env":2}\n\n');
  });

  it('is read back by the REPL\'s framing as exactly the request sent', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), (cmds) => {
        const stream = cmds.map((cmd) => encodeRequest({ kind: 'command', cmd })).join('');
        const queries = readQueries(stream);
        expect(queries.map((q) => (q.kind === 'json' ? (JSON.parse(q.text) as { cmd: string }).cmd : q.kind))).toEqual(cmds);
      }),
      { numRuns: 100 },
    );
  });
});

describe('ResponseSplitter', () => {
  const responses = ['{"env": 0}', '{"messages":\n [{"severity": "info",\n   "data": "a\\n\\nb"}],\n "env": 1}', '{"message": "Unknown environment."}'];

  it('cuts a stream into responses however the pipe splits it', () => {
    const stream = responses.map((r) => `${r}\n\n`).join('');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 12 }), (cuts) => {
        const splitter = new ResponseSplitter();
        const points = [0, ...cuts.sort((a, b) => a - b), stream.length];
        const out = points.slice(1).flatMap((end, i) => splitter.push(stream.slice(points[i], end)));
        expect(out).toEqual(responses);
        expect(splitter.pending).toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a response cut off by a crash as pending, and skips stray blank lines', () => {
    const splitter = new ResponseSplitter();
    expect(splitter.push('{"env": 0}\n\n\n\n{"env"')).toEqual(['{"env": 0}']);
    expect(splitter.pending).toBe('{"env"');
  });
});
