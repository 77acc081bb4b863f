/**
 * Framing on the client's side of the pipe (protocol §2). A request is one line of JSON and a
 * blank line; JSON never contains a raw newline, so the REPL's joining of physical lines cannot
 * change it. Responses are split on the blank line that ends each one, strictly in order.
 */
import { toWire, type Request } from './protocol.ts';

/** The exact bytes to write for `request`: `JSON.stringify(wire) + "\n\n"`. */
export function encodeRequest(request: Request): string {
  return `${JSON.stringify(toWire(request))}\n\n`;
}

/**
 * Cuts the REPL's stdout into response texts. Feed it decoded text in whatever pieces the pipe
 * delivers; it returns each response once its terminating blank line has arrived. Whitespace
 * between responses (a stray extra newline) is not a response.
 */
export class ResponseSplitter {
  private buffer = '';

  push(text: string): string[] {
    this.buffer += text;
    const complete: string[] = [];
    let end = this.buffer.indexOf('\n\n');
    while (end !== -1) {
      const chunk = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      if (chunk.trim() !== '') complete.push(chunk);
      end = this.buffer.indexOf('\n\n');
    }
    return complete;
  }

  /** Text received after the last complete response (a response cut off by a crash, say). */
  get pending(): string {
    return this.buffer;
  }
}
