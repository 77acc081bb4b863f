/**
 * A problem is one Lean 4 declaration (`theorem`, `lemma` or `example`) together with the
 * header it is checked under. It keeps its exact source text and position so that every
 * later error, report and Lean call can point back at the file the user wrote.
 */

/** Where a piece of text came from: 1-based line, 0-based column in Unicode code points (as Lean counts). */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type DeclarationKind = 'theorem' | 'lemma' | 'example';

export interface Problem {
  /** Declaration name; `example`s get a synthetic name `example_<line>`. */
  readonly name: string;
  readonly kind: DeclarationKind;
  /** Header text the declaration is elaborated under (imports, `open`, `set_option` lines). */
  readonly header: string;
  /** The exact source text of the whole declaration, as written. */
  readonly text: string;
  /**
   * The declaration up to, not including, its top-level `:=`, trimmed:
   * `theorem foo (x : ℝ) (h : 0 < x) : 0 < x ^ 2`. This is what the statement parser reads.
   */
  readonly signature: string;
  /**
   * The proof written after `:=`, if it is a real proof: absent when the declaration ends in
   * `:= by sorry`, `:= sorry` or a bare `:= by` (the miniF2F JSONL convention).
   */
  readonly proof?: string;
  /** Position of the first character of `text`. */
  readonly position: SourcePosition;
  readonly tags: ProblemTags;
}

/** Free-form labels: `topic`, `difficulty`, `split`, `source` (e.g. `mathd_algebra` for miniF2F). */
export type ProblemTags = Readonly<Record<string, string>>;

/** The full Lean source that states `problem` with the given tactic proof. */
export function leanSourceWithProof(problem: Problem, tacticScript: string): string {
  const body = tacticScript
    .split('\n')
    .map((line) => (line.length > 0 ? `  ${line}` : line))
    .join('\n');
  return `${problem.signature} := by\n${body}`;
}
