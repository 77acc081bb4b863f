import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/core/load-problems.ts';
import type { Problem } from '../../src/core/problem.ts';
import { auditProblem, auditScript, auditText } from '../../src/lean/audit.ts';
import { lex, nameComponents } from '../../src/lean/lexer.ts';
import { REPO_ROOT } from './support/transcripts.ts';

const MINIF2F = join(REPO_ROOT, '../shared/benchmarks/minif2f/valid.jsonl');
if (!existsSync(MINIF2F)) console.log(`miniF2F audit test skipped: no ${MINIF2F}`);

const strict = { allowNativeDecide: false };
const rules = (text: string) => auditText(text, strict).map((f) => f.rule);

describe('lex', () => {
  it('skips line, block, nested and doc comments', () => {
    expect(lex('a -- sorry\nb /- x /- sorry -/ y -/ c /-- doc sorry -/ d').map((t) => t.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps strings whole, so comment markers inside them are text', () => {
    expect(lex('f "-- not a comment \\" /-" g').map((t) => `${t.kind}:${t.text}`)).toEqual([
      'ident:f',
      'string:"-- not a comment \\" /-"',
      'ident:g',
    ]);
  });

  it('reads dotted, quoted, primed and subscripted identifiers, name literals and #commands', () => {
    expect(lex("h₀' Lean.«ofReduceBool» `sorryAx #eval h.1 x!").map((t) => `${t.kind}:${t.text}`)).toEqual([
      "ident:h₀'",
      'ident:Lean.«ofReduceBool»',
      'ident:`sorryAx',
      'hash:#eval',
      'ident:h',
      'symbol:.',
      'number:1',
      'ident:x!',
    ]);
    expect(nameComponents('Lean.«ofReduceBool»')).toEqual(['Lean', 'ofReduceBool']);
    expect(nameComponents('``a.«b.c»')).toEqual(['a', 'b.c']);
  });

  it('tells character literals from primes', () => {
    expect(lex("f 'a' h' '\\n'").map((t) => t.kind)).toEqual(['ident', 'char', 'ident', 'char']);
  });

  it('reads raw strings', () => {
    expect(lex('r#"sorry "quoted" -- x"# y').map((t) => t.kind)).toEqual(['string', 'ident']);
  });
});

describe('auditText', () => {
  it('finds what comments hide nowhere, but reads interpolated strings', () => {
    expect(rules('-- sorry\n/- native_decide -/ norm_num')).toEqual([]);
    expect(rules('s!"{sorry}"')).toEqual(['sorry']);
  });

  it('sees through «» quoting and namespaces', () => {
    expect(rules('exact Lean.«ofReduceBool» _ _ rfl')).toEqual(['native-decide']);
    expect(rules('open Lean in exact ofReduceBool _ _ rfl')).toEqual(['native-decide']);
    expect(rules('exact «sorry»')).toEqual(['sorry']);
  });

  it('flags attribute-only names only inside attributes', () => {
    expect(rules('@[tactic foo] def f := 1')).toEqual(['elab']);
    expect(rules('have tactic := 1')).toEqual([]);
    expect(rules('attribute [csimp] f')).toEqual(['implemented-by']);
  });

  it('does not flag honest Mathlib proofs', () => {
    expect(rules('nlinarith [sq_nonneg (a - b), Classical.choice h, inferInstance, infer_instance, decide]')).toEqual([]);
  });

  it('is strict where strictness costs little: any name mentioning unsafe is flagged', () => {
    expect(rules('exact Nat.prefix_of_unsafe_name')).toEqual(['unsafe']);
  });

  it('lets native evaluation through when allowed, and nothing else', () => {
    expect(auditText('native_decide; sorry', { allowNativeDecide: true }).map((f) => f.rule)).toEqual(['sorry']);
  });

  it('reports the offset of the offending token', () => {
    const [finding] = auditText('norm_num\n  exact sorry', strict);
    expect(finding).toMatchObject({ rule: 'sorry', offset: 17 });
  });
});

const base: Problem = {
  name: 't',
  kind: 'theorem',
  header: 'import Mathlib',
  text: 'theorem t : (1 : ℕ) = 1 := by\n  rfl',
  signature: 'theorem t : (1 : ℕ) = 1',
  proof: 'by\n  rfl',
  position: { file: 'p.lean', line: 3, column: 0 },
  tags: {},
};

describe('auditProblem and auditScript', () => {
  it('passes an honest problem', () => {
    expect(auditProblem(base, strict)).toEqual({ kind: 'passed' });
    expect(auditScript(base, 'rfl', strict)).toEqual({ kind: 'passed' });
  });

  it('places a finding in the user\'s file', () => {
    const problem = { ...base, text: 'theorem t : (1 : ℕ) = 1 := by\n  exact sorry', proof: 'by\n  exact sorry' };
    expect(auditProblem(problem, strict)).toMatchObject({ rule: 'sorry', position: { file: 'p.lean', line: 4, column: 8 } });
  });

  it('audits the header too', () => {
    expect(auditScript({ ...base, header: 'import Mathlib\naxiom c : False' }, 'rfl', strict)).toMatchObject({
      kind: 'rejected',
      rule: 'axiom',
      message: expect.stringContaining('in the header, line 2:0'),
    });
  });

  it('audits the script as it will be sent, and says where', () => {
    expect(auditScript(base, 'skip\nnative_decide', strict)).toMatchObject({
      rule: 'native-decide',
      message: expect.stringContaining('line 3:2 of the declaration'),
    });
  });

  it('rejects a problem with no proof', () => {
    const { proof: _, ...noProof } = base;
    expect(auditProblem(noProof, strict)).toMatchObject({ rule: 'no-proof' });
  });
});

describe.skipIf(!existsSync(MINIF2F))('the static audit on real statements', () => {
  it('finds nothing in any miniF2F header or statement (no false alarms)', async () => {
    const problems = await loadProblems(MINIF2F);
    expect(problems.length).toBe(244);
    const flagged = problems.flatMap((p) => [...auditText(p.header, strict), ...auditText(p.signature, strict)].map((f) => `${p.name}: ${f.message}`));
    expect(flagged).toEqual([]);
  });
});
