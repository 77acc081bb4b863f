import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NAT,
  INT,
  RAT,
  REAL,
  COMPLEX,
  checkTerm,
  formatFailure,
  parseTerm,
  printTerm,
  termKey,
  type Term,
} from '../../../src/symbolic/syntax/index.ts';
import { FREE_VARIABLES, genNum, genProp, initialScope } from './arbitrary.ts';
import { json } from './helpers.ts';

/** elaborate(parse(print(t))) must be exactly `t`, bound variable names included. */
function roundTrips(t: Term): void {
  expect(checkTerm(t)).toEqual({ kind: 'ok' });
  const text = printTerm(t);
  const r = parseTerm(text, { variables: FREE_VARIABLES });
  if (r.kind === 'error') throw new Error(`${formatFailure(r)}\n  printed: ${text}`);
  if (json(r.term) !== json(t)) throw new Error(`different term after a round trip\n  printed: ${text}\n  again:   ${printTerm(r.term)}`);
  expect(termKey(r.term)).toBe(termKey(t));
}

describe('round trip: elaborate(parse(print(ast))) = ast', () => {
  it('for random propositions', () => {
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 4 }), (g, depth) => {
        roundTrips(genProp(g, depth, initialScope()));
      }),
      { numRuns: 500 },
    );
  });

  it('for random numeric terms of every type, printed with no expected type', () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(NAT, INT, RAT, REAL, COMPLEX), fc.integer({ min: 0, max: 4 }), (g, ty, depth) => {
        roundTrips(genNum(g, ty, depth, initialScope()));
      }),
      { numRuns: 500 },
    );
  });
});
