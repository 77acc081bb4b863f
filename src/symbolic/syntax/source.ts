/**
 * Source positions and the structured error value of the front end. Offsets inside the
 * front end are indices into the text's Unicode code points; `locate` turns them into the
 * file line:column Lean would report (1-based lines, 0-based code-point columns).
 */
import type { SourcePosition } from '../../core/problem.ts';

/** The front end's one failure value: which stage, which construct, where in the file. */
export interface SyntaxFailure {
  readonly kind: 'error';
  readonly stage: 'parse' | 'elaborate';
  /** The construct at fault: an identifier (`deriv`), a notation (`⁻¹'`), or a category (`token`). */
  readonly construct: string;
  /** One line, no trailing period. */
  readonly message: string;
  readonly position: SourcePosition;
}

/** `file:line:column: message` on one line. */
export function formatFailure(f: SyntaxFailure): string {
  const { file, line, column } = f.position;
  return `${file}:${line}:${column}: ${f.stage} error: ${f.message}`;
}

/** Maps code-point offsets of one text to file positions, given where the text starts. */
export interface SourceMap {
  readonly origin: SourcePosition;
  /** Offsets at which each line of the text starts (the first is 0). */
  readonly lineStarts: readonly number[];
  /** Length of the text in code points. */
  readonly length: number;
}

export function makeSourceMap(codePoints: readonly string[], origin: SourcePosition): SourceMap {
  const lineStarts = [0];
  for (let i = 0; i < codePoints.length; i++) if (codePoints[i] === '\n') lineStarts.push(i + 1);
  return { origin, lineStarts, length: codePoints.length };
}

/** The file position of code-point `offset` of the text. */
export function locate(map: SourceMap, offset: number): SourcePosition {
  const o = Math.max(0, Math.min(offset, map.length));
  let lo = 0;
  let hi = map.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.lineStarts[mid] ?? 0) <= o) lo = mid;
    else hi = mid - 1;
  }
  const column = o - (map.lineStarts[lo] ?? 0);
  return {
    file: map.origin.file,
    line: map.origin.line + lo,
    column: lo === 0 ? map.origin.column + column : column,
  };
}

/**
 * Non-local exit inside the lexer, parser and elaborator, so that deep recursion stays
 * readable. It is always caught at the module boundary and returned as a `SyntaxFailure`;
 * it never escapes the public API.
 */
export class Abort extends Error {
  constructor(
    readonly stage: 'parse' | 'elaborate',
    readonly construct: string,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }

  toFailure(map: SourceMap): SyntaxFailure {
    return {
      kind: 'error',
      stage: this.stage,
      construct: this.construct,
      message: oneLine(this.message),
      position: locate(map, this.offset),
    };
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
