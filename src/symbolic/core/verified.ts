/**
 * The brand of checked results. A `Verified<T>` can only be created by `mintVerified`, which is
 * exported for the checkers inside `src/symbolic/core/` and nowhere else: `index.ts` does not
 * re-export it, and a test fails if any file outside the core imports this module's minting.
 * The constructor demands a module-private token and the claim is held in an ES private field,
 * so neither a cast, an object literal nor a direct `new` can produce a value passing `Verified.is`.
 */

import { coreBug } from './limits.ts';

let mint: <T>(claim: T) => Verified<T>;

/** TypeScript's `private` is compile-time only; this token stops `new (Verified as any)(…)` at run time. */
const MINT_TOKEN: unique symbol = Symbol('Verified.mint');

export class Verified<T> {
  readonly #claim: T;

  private constructor(token: typeof MINT_TOKEN, claim: T) {
    if (token !== MINT_TOKEN) throw coreBug('Verified can only be minted by a core checker');
    this.#claim = claim;
    Object.freeze(this);
  }

  /** What was verified; immutable (checkers freeze claims before minting). */
  get claim(): T {
    return this.#claim;
  }

  /** Runtime brand check: true only for values minted by a core checker. */
  static is(x: unknown): x is Verified<unknown> {
    return typeof x === 'object' && x !== null && #claim in x;
  }

  static {
    mint = <C>(claim: C) => new Verified<C>(MINT_TOKEN, claim);
  }
}

/**
 * @internal Only core checkers may call this, and only after checking `claim` with exact
 * arithmetic. Not re-exported from the core's `index.ts`.
 */
export function mintVerified<T>(claim: T): Verified<T> {
  return mint(claim);
}
