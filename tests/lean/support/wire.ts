/**
 * Parsed responses back to the REPL's JSON (empty lists left out, as the REPL does), so a test
 * can check that the schemas keep every field of a recorded response.
 */
import type { Message, Response, Sorry, TacticInfo } from '../../../src/lean/protocol.ts';

export function responseToJson(response: Response): unknown {
  switch (response.kind) {
    case 'error':
      return { message: response.message };
    case 'command':
      return withoutEmpty({
        env: response.env,
        messages: response.messages.map(messageJson),
        sorries: response.sorries.map(sorryJson),
        tactics: response.tactics.map(tacticJson),
        infotree: response.infotree,
      });
    case 'tactic':
      return {
        ...withoutEmpty({
          proofState: response.proofState,
          messages: response.messages.map(messageJson),
          sorries: response.sorries.map(sorryJson),
          traces: response.traces,
        }),
        goals: response.goals,
        proofStatus: response.proofStatus.kind === 'completed' ? 'Completed' : response.proofStatus.text,
      };
  }
}

function messageJson(m: Message): unknown {
  return defined({ severity: m.severity, pos: m.pos, endPos: m.endPos, data: m.data });
}

function sorryJson(s: Sorry): unknown {
  return defined({ goal: s.goal, proofState: s.proofState, pos: s.pos, endPos: s.endPos });
}

function tacticJson(t: TacticInfo): unknown {
  return defined({ tactic: t.tactic, goals: t.goals, proofState: t.proofState, pos: t.pos, endPos: t.endPos, usedConstants: t.usedConstants });
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
