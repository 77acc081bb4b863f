/**
 * Goal text → a bag of role tokens for the encoder. Names are replaced by their role so the
 * model generalises across problems: local variables become `VAR:<type class>`, hypothesis
 * names `HYP`; library names (`Real.sqrt`, `Finset.range`) stay; numerals are bucketed
 * (0, 1, 2 kept, then `NUM:s` < 10 ≤ `NUM:m` < 100 ≤ `NUM:l`). Target tokens and hypothesis
 * tokens are kept apart (`T:`/`H:` prefixes), target bigrams add a little order, and the
 * heuristic's named goal features (`F:`) and context sizes are tokens too.
 */
import { goalFeatures } from '../features.ts';
import type { GoalAnalysis } from '../goal.ts';

const LEXEME = /[\p{L}_][\p{L}\p{N}_'!?.]*|\d+(?:\.\d+)?|\S/gu;

/** The tokens of one analysed goal (with repetitions; the encoder reads them as a set). */
export function goalTokens(goal: GoalAnalysis): string[] {
  const roles = new Map<string, string>();
  for (const v of goal.variables) roles.set(v.name, `VAR:${v.class}`);
  for (const h of goal.hypotheses) roles.set(h.name, 'HYP');
  const tokens: string[] = [];
  const target = lex(goal.target, roles);
  for (const t of target) tokens.push(`T:${t}`);
  for (let i = 0; i + 1 < target.length; i += 1) tokens.push(`T2:${target[i]} ${target[i + 1]}`);
  for (const h of goal.hypotheses) {
    tokens.push(`HS:${h.shape}`);
    for (const t of lex(h.type, roles)) tokens.push(`H:${t}`);
  }
  for (const v of goal.variables) tokens.push(`V:${v.class}`);
  for (const f of goalFeatures(goal)) tokens.push(`F:${f}`);
  tokens.push(`S:${goal.shape}`, `NH:${Math.min(goal.hypotheses.length, 6)}`, `NV:${Math.min(goal.variables.length, 6)}`);
  return tokens;
}

function lex(text: string, roles: ReadonlyMap<string, string>): string[] {
  return (text.match(LEXEME) ?? []).map((word) => {
    const role = roles.get(word);
    if (role) return role;
    if (/^\d/u.test(word)) return numeral(word);
    return word;
  });
}

function numeral(word: string): string {
  if (word.includes('.')) return 'NUM:dec';
  if (word === '0' || word === '1' || word === '2') return word;
  if (word.length === 1) return 'NUM:s';
  return word.length === 2 ? 'NUM:m' : 'NUM:l';
}
