/** Shared vocabulary of the elaborator modules: elaborated terms, scopes, options, failure. */
import type { Term } from './ast.ts';
import type { ETy } from './meta.ts';
import { Abort } from './source.ts';
import type { SNode } from './surface.ts';

/** A term under elaboration: its (possibly unsolved) type, and how to build it once solved. */
export interface Elab {
  readonly ty: ETy;
  readonly build: () => Term;
}

/** Names in scope: variables (and, for tactic arguments, hypotheses as proofs). */
export interface Scope {
  readonly name: string;
  readonly ty: ETy;
  readonly next: Scope | undefined;
}

/** `scope` with `name : ty` bound innermost (shadowing an outer `name`). */
export function extendScope(scope: Scope | undefined, name: string, ty: ETy): Scope {
  return { name, ty, next: scope };
}

/** The innermost binding of `name`. */
export function lookup(scope: Scope | undefined, name: string): Scope | undefined {
  for (let s = scope; s !== undefined; s = s.next) if (s.name === name) return s;
  return undefined;
}

export interface ElabOptions {
  readonly opens: readonly string[];
  /** Unknown identifiers become lemma applications (tactic arguments such as `sq_nonneg (a - b)`). */
  readonly allowUnknownConstants: boolean;
}

/** Stops elaboration with an error at `pos` (caught at the public entry points). */
export function fail(construct: string, message: string, pos: number): never {
  throw new Abort('elaborate', construct, message, pos);
}

/** The `Finset`/`Set`/`List` type former a name denotes, if any. */
export function typeFormer(name: string): 'finset' | 'set' | 'list' | undefined {
  return name === 'Finset' ? 'finset' : name === 'Set' ? 'set' : name === 'List' ? 'list' : undefined;
}

/** Arguments are surface syntax, or already elaborated (the receiver of `x.f`). */
export function isElab(x: SNode | Elab): x is Elab {
  return 'build' in x;
}

/** A short name for a surface node in error messages. */
export function describeNode(s: SNode): string {
  switch (s.kind) {
    case 'ident':
      return s.name;
    case 'num':
      return s.text;
    case 'binop':
    case 'prefix':
    case 'postfix':
      return s.op;
    default:
      return s.kind;
  }
}
