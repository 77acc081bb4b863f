/**
 * Reads one pretty-printed goal (`case h\nx y : ℝ\nh₀ : 0 < x\n⊢ x * y ≤ 1`) into its parts.
 * Lean wraps long types onto indented continuation lines; those belong to the entry above.
 * This is layout only: nothing here interprets the mathematics.
 */

export interface ContextEntry {
  /** One or more names sharing the type, as Lean groups them (`x y : ℝ`). */
  readonly names: readonly string[];
  /** The type with continuation lines joined by single spaces (may end in ` := value`). */
  readonly type: string;
}

export interface GoalText {
  readonly caseTag?: string;
  readonly context: readonly ContextEntry[];
  readonly target: string;
}

const ENTRY = /^((?:[^\s:]+ )*[^\s:]+) : (.*)$/u;
const IDENTIFIER = /[\p{L}_✝][\p{L}\p{N}_'!?✝]*/gu;

/** Parses a goal, or returns undefined when it has no `⊢` line (the caller then keys the raw text). */
export function parseGoalText(goal: string): GoalText | undefined {
  const lines = goal.split('\n');
  let caseTag: string | undefined;
  const context: { names: string[]; type: string }[] = [];
  let target: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const continuation = /^\s/u.test(line);
    if (continuation) {
      if (target !== undefined) target = `${target} ${line.trim()}`;
      else {
        const last = context[context.length - 1];
        if (!last) return undefined;
        last.type = `${last.type} ${line.trim()}`;
      }
      continue;
    }
    if (target !== undefined) return undefined; // text after the target: not one goal
    if (index === 0 && line.startsWith('case ')) {
      caseTag = line.slice('case '.length).trim();
      continue;
    }
    if (line.startsWith('⊢')) {
      target = line.slice(1).trim();
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) return undefined;
    context.push({ names: entry[1]!.split(' '), type: entry[2]!.trim() });
  }
  if (target === undefined) return undefined;
  return { ...(caseTag === undefined ? {} : { caseTag }), context, target };
}

/** The identifier-like tokens of `text`; dotted names split at the dots (`x.den` yields `x`, `den`). */
export function identifierTokens(text: string): string[] {
  return text.match(IDENTIFIER) ?? [];
}

/** Collapses runs of whitespace to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
