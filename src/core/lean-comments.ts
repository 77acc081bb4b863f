/** Lean's nested block comments `/- … /- … -/ … -/`, shared by every lexical pass over Lean text. */

/** Index just after the block comment that opens at `start`, or `undefined` if it never closes. */
export function blockCommentEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith('/-', i)) {
      depth += 1;
      i += 2;
    } else if (text.startsWith('-/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return undefined;
}
