/**
 * Turning a model's raw text into one tactic, and keeping k distinct tactics, shared by the
 * model-backed proposers (`hf`, `http`): models wrap answers in code fences, continue past
 * the first tactic, or say the same tactic twice with different spacing.
 */
import type { TacticSuggestion } from '../core/seams.ts';

/**
 * The first tactic in `raw`: code fences (```lean … ```) removed, the first non-empty line,
 * trimmed, inner whitespace runs collapsed to one space. `undefined` when nothing is left.
 */
export function cleanTactic(raw: string): string | undefined {
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('```'));
  const first = lines[0];
  if (first === undefined) return undefined;
  const tactic = first.replace(/\s+/gu, ' ');
  return tactic.length > 0 ? tactic : undefined;
}

/**
 * One suggestion per distinct tactic text (the best log-probability wins), best first, at
 * most `k`. Ties keep the earlier suggestion, so the order is deterministic.
 */
export function bestDistinct(suggestions: readonly TacticSuggestion[], k: number): TacticSuggestion[] {
  const best = new Map<string, TacticSuggestion>();
  for (const s of suggestions) {
    const seen = best.get(s.tactic);
    if (seen === undefined || s.logprob > seen.logprob) best.set(s.tactic, s);
  }
  return [...best.values()].sort((a, b) => b.logprob - a.logprob).slice(0, Math.max(0, k));
}
