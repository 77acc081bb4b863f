/**
 * Every recorded transcript pair in ../shared/fixtures/lean-repl, replayed through the real
 * client: a ReplSession spawns the replay fixture, sends the recorded requests (all queued at
 * once), and every response must come back through the framing and the zod schemas with every
 * field intact. Notable pairs then get typed assertions on what the client made of them.
 */
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/lean/protocol.ts';
import { ReplSession } from '../../src/lean/session.ts';
import { statementGoal, tacticStep } from '../../src/lean/tactic.ts';
import { FIXTURES, FIXTURES_PRESENT, recordedRequests, recordedResponses, replayCommand, transcriptPairs, type TranscriptPair } from './support/transcripts.ts';
import { responseToJson } from './support/wire.ts';

if (!FIXTURES_PRESENT) console.log(`lean replay tests skipped: no transcripts at ${FIXTURES}`);

async function replay(pair: TranscriptPair): Promise<Response[]> {
  const session = new ReplSession({
    command: replayCommand(pair),
    timeoutMs: 30_000,
    maxMemoryBytes: 4 * 1024 ** 3,
    memorySampleMs: 1_000,
    maxConsecutiveFailures: 0,
    recycleAfter: undefined,
  }).start();
  try {
    const outcomes = await Promise.all(recordedRequests(pair).map((request) => session.send(request)));
    return outcomes.map((outcome, i) => {
      if (outcome.kind !== 'answer') throw new Error(`${pair.name}: request ${i + 1}: ${outcome.kind}: ${outcome.message}`);
      expect(outcome.generation).toBe(1);
      return outcome.response;
    });
  } finally {
    await session.close();
  }
}

/** Typed checks for pairs whose meaning the client must get right. */
const TYPED: Record<string, (r: Response[]) => void> = {
  'test/invalid_tactic': (r) => {
    const step = r[1]!;
    expect(step.kind === 'tactic' && step.goals).toEqual([]);
    expect(step.kind === 'tactic' && step.proofStatus.kind).toBe('contains-sorry');
    // goals: [] with an error and "contains sorry" is not a proof.
    expect(tacticStep(step)).toMatchObject({ kind: 'error', reason: 'failed', message: 'Unknown identifier `my_fake_premise`' });
  },
  'test/assumption_proof': (r) => {
    expect(statementGoal(r[0]!, 'theorem aa (x : Nat) (h1 : x  = 2) : x = 2 := by sorry')).toMatchObject({ kind: 'ok', goal: 'x : Nat\nh1 : x = 2\n⊢ x = 2' });
    expect(tacticStep(r[1]!)).toEqual({ kind: 'proved', proofState: 1 });
  },
  'test/app_type_mismatch': (r) => {
    expect(r[0]).toMatchObject({ kind: 'command', messages: [{ severity: 'error', data: "(kernel) declaration has metavariables '_example'" }] });
    expect(r[4]).toMatchObject({ kind: 'tactic', goals: [], proofStatus: { kind: 'contains-metavariables' } });
    expect(tacticStep(r[4]!)).toMatchObject({ kind: 'error', reason: 'failed' });
  },
  'test/app_type_mismatch2': (r) => {
    expect(r[4]).toMatchObject({ kind: 'tactic', goals: [], proofStatus: { kind: 'error' } });
    expect(r[4]!.kind === 'tactic' && r[4]!.proofStatus.kind === 'error' && r[4]!.proofStatus.text).toMatch(/^Error: kernel type check failed/u);
    expect(r[5]).toMatchObject({ kind: 'tactic', sorries: [{ proofState: 4, goal: 'n✝ : Nat\n⊢ true = true' }], goals: ['case succ\nn✝ : Nat\nthis : true = true\n⊢ n✝ + 1 = 0'] });
    expect(tacticStep(r[5]!)).toMatchObject({ kind: 'error', message: 'the tactic leaves a `sorry` behind' });
    expect(r[6]).toMatchObject({ kind: 'error', message: expect.stringMatching(/^Lean error:\n/u) });
  },
  'test/by_cases': (r) => {
    expect(tacticStep(r[1]!)).toMatchObject({ kind: 'open', goals: [expect.stringMatching(/^case pos/u), expect.stringMatching(/^case neg/u)] });
    expect(r[3]).toMatchObject({ kind: 'tactic', goals: [], proofStatus: { kind: 'contains-sorry' } });
  },
  'test/calc': (r) => {
    const c = r[0]!;
    expect(c.kind === 'command' && c.tactics.map((t) => t.goals)).toContain('no goals');
    expect(c.kind === 'command' && c.tactics[0]!.tactic).toBe('calc\n  3 = 4 := by sorry\n  4 = 5 := by sorry');
    expect(c.kind === 'command' && c.sorries.length).toBe(2);
  },
  'test/root_goals': (r) => {
    const c = r[0]!;
    expect(c.kind === 'command' && c.sorries.every((s) => s.pos !== undefined && s.pos.line === s.endPos?.line && s.pos.column === s.endPos.column)).toBe(true);
    expect(tacticStep(r[1]!)).toMatchObject({ kind: 'proved' });
  },
  'test/infotree_theorem': (r) => {
    expect(r[0]!.kind === 'command' && r[0]!.infotree?.[0]).toMatchObject({ kind: 'CommandInfo', node: { elaborator: 'Lean.Elab.Command.elabDeclaration' } });
  },
  'test/unknown_environment': (r) => expect(r[0]).toEqual({ kind: 'error', message: 'Unknown environment.' }),
  'test/unknown_proof_state': (r) => expect(tacticStep(r[1]!)).toMatchObject({ kind: 'error', reason: 'backend' }),
  'test/unknown_tactic': (r) => expect(tacticStep(r[1]!)).toMatchObject({ kind: 'error', reason: 'parse', message: '<input>:1:1: unknown tactic' }),
  'test/pickle_environment': (r) => expect(r.map((x) => x.kind === 'command' && x.env)).toEqual([0, 0, 1, 2]),
  'test/pickle_proof_state_1': (r) => expect(r[2]).toMatchObject({ kind: 'tactic', proofState: 1, goals: ['⊢ Nat'] }),
  'test/trace_simp': (r) => {
    expect(r[6]).toMatchObject({ kind: 'tactic', traces: [expect.stringContaining('f_def'), expect.stringContaining('eq_self')], proofStatus: { kind: 'completed' } });
  },
  'test/self_proof_exact_check': (r) => {
    expect(r[2]).toMatchObject({ kind: 'tactic', goals: [], proofStatus: { kind: 'error' } });
    expect(tacticStep(r[2]!)).toMatchObject({ kind: 'error', reason: 'failed', message: expect.stringContaining('free variables') });
  },
  'test/Mathlib/test/exact': (r) => {
    expect(r[2]).toMatchObject({ kind: 'tactic', proofStatus: { kind: 'completed' }, messages: [{ severity: 'info', pos: { line: 0, column: 0 } }] });
    expect(tacticStep(r[2]!)).toMatchObject({ kind: 'proved' });
    expect(tacticStep(r[4]!)).toMatchObject({ kind: 'error', reason: 'failed', message: expect.stringContaining('could not close the goal') });
  },
  'test/Mathlib/test/20240209': (r) => {
    expect(r[1]).toMatchObject({ kind: 'tactic', goals: [], proofStatus: { kind: 'contains-sorry' } });
    expect(tacticStep(r[1]!)).toMatchObject({ kind: 'error', reason: 'failed' });
  },
  'test/Mathlib/test/H20231115_3': (r) => {
    expect(r[1]).toMatchObject({ kind: 'command', messages: [{ severity: 'error', pos: { line: 1, column: 33 }, endPos: { line: 2, column: 24 } }] });
  },
  'test/Mathlib/test/on_goal': (r) => {
    expect(statementGoal(r[1]!, 'example {x : ℝ} (h0: |x| > 1) : (x < 0) ∨ (2 * x > 2) := by sorry')).toMatchObject({ kind: 'ok', proofState: 0 });
    expect(tacticStep(r[2]!)).toMatchObject({ kind: 'error', message: 'the tactic leaves a `sorry` behind' });
  },
};

describe.skipIf(!FIXTURES_PRESENT)('recorded transcripts through the real client', () => {
  const pairs = FIXTURES_PRESENT ? transcriptPairs() : [];

  it('finds every recorded pair, and typed checks name real pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    const names = new Set(pairs.map((p) => p.name));
    for (const name of Object.keys(TYPED)) expect(names).toContain(name);
  });

  describe.concurrent.each(pairs)('$name', (pair) => {
    it('every response parses and keeps every field', async () => {
      const responses = await replay(pair);
      const expected = recordedResponses(pair).map((text) => JSON.parse(text) as unknown);
      expect(responses.map(responseToJson)).toEqual(expected);
      TYPED[pair.name]?.(responses);
    });
  });
});
