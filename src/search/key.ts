/**
 * Canonical keys for duplicate detection. Two states get the same key when their goal lists
 * print the same up to (1) whitespace, (2) `case` tags and (3) the names of context entries
 * that nothing else mentions — hypothesis names (`h₀`, `h'`, `this`) and unused variables —
 * which are replaced by positional names. Renaming a name that is mentioned nowhere else is
 * alpha-equivalence, so equal keys mean the same proof obligations; a name that might be
 * mentioned (even as part of `x.den` or `Real.pi`) is kept, so doubtful cases are never merged.
 */
import { identifierTokens, normaliseSpace, parseGoalText } from './goal-text.ts';

/** The canonical key of one goal. */
export function goalKey(goal: string): string {
  const parsed = parseGoalText(goal);
  if (!parsed) return normaliseSpace(goal);
  const mentioned = new Set<string>();
  for (const entry of parsed.context) for (const token of identifierTokens(entry.type)) mentioned.add(token);
  for (const token of identifierTokens(parsed.target)) mentioned.add(token);
  let position = 0;
  const lines = parsed.context.map((entry) => {
    const names = entry.names.map((name) => {
      if (mentioned.has(name)) return name;
      // `␣` cannot occur in a Lean identifier, so a positional name never meets a real one.
      const positional = `␣${position}`;
      position += 1;
      return positional;
    });
    return `${names.join(' ')} : ${normaliseSpace(entry.type)}`;
  });
  lines.push(`⊢ ${normaliseSpace(parsed.target)}`);
  return lines.join('\n');
}

/** The canonical key of a whole state: its goals' keys in order (Lean's order matters). */
export function stateKey(goals: readonly string[]): string {
  return goals.map(goalKey).join('\n\n');
}
