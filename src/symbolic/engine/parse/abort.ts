/**
 * The parsers of this folder stop at the first error by throwing `ParseAbort`; the public
 * entry points (`parseScript`, `parseTacticText`) catch it and return an error value, so no
 * caller ever sees the exception.
 */
export class ParseAbort {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export function abort(message: string, offset: number): never {
  throw new ParseAbort(message, offset);
}
