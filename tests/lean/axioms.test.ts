import { describe, expect, it } from 'vitest';
import { judgeAxioms, readAxioms } from '../../src/lean/axioms.ts';
import type { Message } from '../../src/lean/protocol.ts';

const info = (data: string): Message => ({ severity: 'info', pos: { line: 1, column: 0 }, endPos: { line: 1, column: 13 }, data });

describe('readAxioms', () => {
  it('reads the axiom list, also when Lean wraps it over lines', () => {
    expect(readAxioms([info("'t' depends on axioms: [propext, Classical.choice, Quot.sound]")])).toEqual({
      kind: 'axioms',
      axioms: ['propext', 'Classical.choice', 'Quot.sound'],
    });
    expect(readAxioms([info("'Foo.t' depends on axioms: [propext,\n Classical.choice,\n Quot.sound]")])).toMatchObject({
      axioms: ['propext', 'Classical.choice', 'Quot.sound'],
    });
    expect(readAxioms([info("'t' does not depend on any axioms")])).toEqual({ kind: 'axioms', axioms: [] });
  });

  it('cannot read an unknown constant, no answer, or anything unexpected', () => {
    const unknown: Message = { severity: 'error', pos: { line: 1, column: 15 }, endPos: { line: 1, column: 16 }, data: 'Unknown constant `t`' };
    expect(readAxioms([unknown]).kind).toBe('unreadable');
    expect(readAxioms([]).kind).toBe('unreadable');
    expect(readAxioms([info('something else')]).kind).toBe('unreadable');
    expect(readAxioms([info("'t' does not depend on any axioms"), info("'t' does not depend on any axioms")]).kind).toBe('unreadable');
  });
});

describe('judgeAxioms', () => {
  const strict = { allowNativeDecide: false };
  it('accepts the three standard axioms (Classical.choice included) and none', () => {
    expect(judgeAxioms(['propext', 'Classical.choice', 'Quot.sound'], strict)).toEqual({ kind: 'ok' });
    expect(judgeAxioms([], strict)).toEqual({ kind: 'ok' });
  });

  it('names sorry, native evaluation and declared axioms', () => {
    expect(judgeAxioms(['propext', 'sorryAx'], strict)).toMatchObject({ kind: 'rejected', rule: 'sorry' });
    expect(judgeAxioms(['Lean.ofReduceBool'], strict)).toMatchObject({ kind: 'rejected', rule: 'native-decide' });
    expect(judgeAxioms(['Lean.trustCompiler', 'Lean.ofReduceBool'], { allowNativeDecide: true })).toEqual({ kind: 'ok' });
    expect(judgeAxioms(['cheat', 'propext'], strict)).toMatchObject({ kind: 'rejected', rule: 'axiom', message: expect.stringContaining('cheat') });
    expect(judgeAxioms(['cheat', 'sorryAx'], { allowNativeDecide: true })).toMatchObject({ rule: 'sorry' });
  });
});
