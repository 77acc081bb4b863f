/**
 * The REPL's side of request framing (protocol §2), as `REPL/Main.lean` reads stdin: lines are
 * read up to a blank line, each stripped of trailing whitespace and joined with nothing between
 * them; the blank line itself ends the query (it is `""` at end of input). An empty query means
 * end of input, a query starting with `#` or `--` is skipped, anything else must be JSON.
 * Used by the replay fixture and to read recorded `.in` transcripts exactly as Lean did.
 */

/** Lean's `Char.isWhitespace`: space, tab, carriage return, newline. */
const TRAILING_WHITESPACE = /[ \t\r\n]+$/u;
const BLANK = /^[ \t\r\n]*$/u;

export type Query =
  | { readonly kind: 'eof' }
  | { readonly kind: 'skip'; readonly text: string }
  | { readonly kind: 'json'; readonly text: string };

/** Joins lines into queries; feed each line as Lean's `getLine` returns it (newline kept, `""` at EOF). */
export class RequestReader {
  private parts: string[] = [];

  push(line: string): Query | undefined {
    if (!BLANK.test(line)) {
      this.parts.push(line.replace(TRAILING_WHITESPACE, ''));
      return undefined;
    }
    const text = this.parts.join('') + line;
    this.parts = [];
    if (text === '') return { kind: 'eof' };
    if (text.startsWith('#') || text.startsWith('--')) return { kind: 'skip', text };
    return { kind: 'json', text };
  }
}

/** Cuts a byte stream (as text) into lines that keep their `\n`; `end()` flushes a last partial line. */
export class LineBuffer {
  private buffer = '';

  push(text: string): string[] {
    this.buffer += text;
    const lines: string[] = [];
    let newline = this.buffer.indexOf('\n');
    while (newline !== -1) {
      lines.push(this.buffer.slice(0, newline + 1));
      this.buffer = this.buffer.slice(newline + 1);
      newline = this.buffer.indexOf('\n');
    }
    return lines;
  }

  end(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return rest === '' ? [] : [rest];
  }
}

/** Every query the REPL would read from `text` given as its whole stdin, up to (not including) end of input. */
export function readQueries(text: string): Exclude<Query, { kind: 'eof' }>[] {
  const reader = new RequestReader();
  const lines = new LineBuffer();
  const queries: Exclude<Query, { kind: 'eof' }>[] = [];
  const feed = [...lines.push(text), ...lines.end()];
  for (;;) {
    const query = reader.push(feed.shift() ?? '');
    if (query === undefined) continue;
    if (query.kind === 'eof') return queries;
    queries.push(query);
  }
}
