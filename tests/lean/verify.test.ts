import { describe, expect, it } from 'vitest';
import { judgeDeclaration, leanName, renameDeclaration, statementCheckCommand } from '../../src/lean/verify.ts';
import { parseResponse, type CommandResponse } from '../../src/lean/protocol.ts';
import { recordedResponses, transcript, FIXTURES_PRESENT } from './support/transcripts.ts';

function command(json: unknown): CommandResponse {
  const parsed = parseResponse('command', json);
  if (!parsed.ok || parsed.response.kind !== 'command') throw new Error('not a command response');
  return parsed.response;
}

describe('renameDeclaration', () => {
  it('turns an example, a lemma or a decorated theorem into a plain theorem', () => {
    expect(renameDeclaration('example (x : ℕ) (h : 0 < x) : 0 < x ^ 2', 'example_3')).toBe('theorem example_3 (x : ℕ) (h : 0 < x) : 0 < x ^ 2');
    expect(renameDeclaration('lemma foo {a b : ℝ} : a = a', 'c')).toBe('theorem c {a b : ℝ} : a = a');
    expect(renameDeclaration('@[simp] private theorem foo.bar: 1 = 1', 'c')).toBe('theorem c : 1 = 1');
    expect(renameDeclaration('theorem «odd name» : True', 'c')).toBe('theorem c : True');
  });
});

describe('statementCheckCommand', () => {
  it('states the original statement again and relates the two proofs by rfl', () => {
    expect(statementCheckCommand('theorem mathd_1 (x : ℝ) (h₀ : x = 2) : x ^ 2 = 4', 'mathd_1')).toBe(
      'theorem proofseek_statement_check (x : ℝ) (h₀ : x = 2) : x ^ 2 = 4 := sorry\nexample : @mathd_1 = @proofseek_statement_check := rfl',
    );
  });
});

describe('leanName', () => {
  it('quotes components that are not plain identifiers', () => {
    expect(leanName('Foo.bar_1')).toBe('Foo.bar_1');
    expect(leanName('amc12a_2019_p21')).toBe('amc12a_2019_p21');
    expect(leanName('1st-try')).toBe('«1st-try»');
  });
});

describe.skipIf(!FIXTURES_PRESENT)('judgeDeclaration on recorded command responses', () => {
  const first = (name: string, index = 0) => command(JSON.parse(recordedResponses(transcript(name))[index]!));

  it('accepts a clean declaration', () => {
    // `theorem mathd_numbertheory_188 : Nat.gcd 180 168 = 12 := by norm_num` → {"env": 1}
    expect(judgeDeclaration(first('test/Mathlib/test/H20231020', 1))).toEqual({ kind: 'ok', value: null });
  });

  it('rejects an error, naming its position and how many more there are', () => {
    expect(judgeDeclaration(first('test/incomplete', 1))).toEqual({
      kind: 'rejected',
      rule: 'lean-error',
      message: '3:19: unsolved goals\ncase pos\nx : Bool\nh✝ : x = true\n⊢ Nat (and 1 more)',
    });
  });

  it('rejects a sorry, reported or only warned about', () => {
    expect(judgeDeclaration(first('test/tactic_sorry'))).toMatchObject({ kind: 'rejected', rule: 'sorry' });
    const warnedOnly = first('test/tactic_sorry');
    expect(judgeDeclaration({ ...warnedOnly, sorries: [] })).toMatchObject({ rule: 'sorry' });
    expect(judgeDeclaration({ ...warnedOnly, sorries: [], messages: [{ ...warnedOnly.messages[0]!, data: "declaration uses 'sorry'" }] })).toMatchObject({ rule: 'sorry' });
  });
});
