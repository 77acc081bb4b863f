/**
 * Type metavariables for elaboration: types of untyped binders (`∀ x, f x = 0`), of numerals
 * before their context is known, and the type parameter of polymorphic builtins. Solved by
 * first-order unification; an unsolved one falls back to its default (ℕ for numerals, as Lean's
 * `OfNat` default instance; the source type for `↑e`) or is an error.
 */
import { numRank, type NumTypeName, type Ty } from './types.ts';

/** A type that may contain metavariables. Every `Ty` is an `ETy`. */
export type ETy =
  | { readonly kind: 'num'; readonly name: NumTypeName }
  | { readonly kind: 'prop' }
  | { readonly kind: 'proof' }
  | { readonly kind: 'fun'; readonly dom: ETy; readonly cod: ETy }
  | { readonly kind: 'finset'; readonly elem: ETy }
  | { readonly kind: 'set'; readonly elem: ETy }
  | { readonly kind: 'list'; readonly elem: ETy }
  | { readonly kind: 'mvar'; readonly id: number };

/** A snapshot of a `MetaCtx`, for trying overloads and backtracking. */
export interface MetaState {
  readonly assignment: ReadonlyMap<number, ETy>;
  readonly defaults: ReadonlyMap<number, NumTypeName>;
  readonly next: number;
}

/** The metavariables of one elaboration: fresh ones, their solutions and defaults. */
export class MetaCtx {
  private assignment = new Map<number, ETy>();
  /** Default numeric type of an unassigned metavariable's class (the highest requested wins). */
  private defaults = new Map<number, NumTypeName>();
  private next = 0;

  fresh(defaultType?: NumTypeName): ETy {
    const id = this.next++;
    if (defaultType !== undefined) this.defaults.set(id, defaultType);
    return { kind: 'mvar', id };
  }

  /** `t` with top-level assigned metavariables followed. */
  shallow(t: ETy): ETy {
    let cur = t;
    while (cur.kind === 'mvar') {
      const a = this.assignment.get(cur.id);
      if (a === undefined) return cur;
      cur = a;
    }
    return cur;
  }

  /** The fully resolved type, or `undefined` while some metavariable in it is unsolved. */
  resolve(t: ETy): Ty | undefined {
    const s = this.shallow(t);
    switch (s.kind) {
      case 'mvar':
        return undefined;
      case 'num':
      case 'prop':
      case 'proof':
        return s;
      case 'fun': {
        const dom = this.resolve(s.dom);
        const cod = this.resolve(s.cod);
        return dom === undefined || cod === undefined ? undefined : { kind: 'fun', dom, cod };
      }
      case 'finset':
      case 'set':
      case 'list': {
        const elem = this.resolve(s.elem);
        return elem === undefined ? undefined : { kind: s.kind, elem };
      }
    }
  }

  /**
   * Resolves `t`, first assigning every unsolved metavariable in it that has a default.
   * `undefined` when one without a default remains.
   */
  resolveWithDefaults(t: ETy): Ty | undefined {
    const s = this.shallow(t);
    switch (s.kind) {
      case 'mvar': {
        const d = this.defaults.get(s.id);
        if (d === undefined) return undefined;
        const ty: Ty = { kind: 'num', name: d };
        this.assignment.set(s.id, ty);
        return ty;
      }
      case 'num':
      case 'prop':
      case 'proof':
        return s;
      case 'fun': {
        const dom = this.resolveWithDefaults(s.dom);
        const cod = this.resolveWithDefaults(s.cod);
        return dom === undefined || cod === undefined ? undefined : { kind: 'fun', dom, cod };
      }
      case 'finset':
      case 'set':
      case 'list': {
        const elem = this.resolveWithDefaults(s.elem);
        return elem === undefined ? undefined : { kind: s.kind, elem };
      }
    }
  }

  private occurs(id: number, t: ETy): boolean {
    const s = this.shallow(t);
    switch (s.kind) {
      case 'mvar':
        return s.id === id;
      case 'fun':
        return this.occurs(id, s.dom) || this.occurs(id, s.cod);
      case 'finset':
      case 'set':
      case 'list':
        return this.occurs(id, s.elem);
      default:
        return false;
    }
  }

  /** First-order unification (no coercions); on failure nothing is assigned. */
  unify(a: ETy, b: ETy): boolean {
    const saved = this.snapshot();
    if (this.unifyCore(a, b)) return true;
    this.restore(saved);
    return false;
  }

  private unifyCore(a: ETy, b: ETy): boolean {
    const x = this.shallow(a);
    const y = this.shallow(b);
    if (x.kind === 'mvar' && y.kind === 'mvar') {
      if (x.id === y.id) return true;
      this.assignment.set(x.id, y);
      const dx = this.defaults.get(x.id);
      const dy = this.defaults.get(y.id);
      if (dx !== undefined && (dy === undefined || numRank(dx) > numRank(dy))) this.defaults.set(y.id, dx);
      return true;
    }
    if (x.kind === 'mvar') {
      if (this.occurs(x.id, y)) return false;
      this.assignment.set(x.id, y);
      return true;
    }
    if (y.kind === 'mvar') return this.unifyCore(y, x);
    switch (x.kind) {
      case 'num':
        return y.kind === 'num' && x.name === y.name;
      case 'prop':
      case 'proof':
        return y.kind === x.kind;
      case 'fun':
        return y.kind === 'fun' && this.unifyCore(x.dom, y.dom) && this.unifyCore(x.cod, y.cod);
      case 'finset':
      case 'set':
      case 'list':
        return y.kind === x.kind && this.unifyCore(x.elem, y.elem);
    }
  }

  snapshot(): MetaState {
    return { assignment: new Map(this.assignment), defaults: new Map(this.defaults), next: this.next };
  }

  restore(state: MetaState): void {
    this.assignment = new Map(state.assignment);
    this.defaults = new Map(state.defaults);
    this.next = Math.max(this.next, state.next);
  }

  /** Lean-style text for messages: unsolved metavariables print as `?`. */
  show(t: ETy): string {
    const s = this.shallow(t);
    switch (s.kind) {
      case 'mvar':
        return '?';
      case 'num':
        return { Nat: 'ℕ', Int: 'ℤ', Rat: 'ℚ', Real: 'ℝ', Complex: 'ℂ' }[s.name];
      case 'prop':
        return 'Prop';
      case 'proof':
        return 'a proof';
      case 'fun': {
        const dom = this.shallow(s.dom).kind === 'fun' ? `(${this.show(s.dom)})` : this.show(s.dom);
        return `${dom} → ${this.show(s.cod)}`;
      }
      case 'finset':
        return `Finset ${this.show(s.elem)}`;
      case 'set':
        return `Set ${this.show(s.elem)}`;
      case 'list':
        return `List ${this.show(s.elem)}`;
    }
  }
}
