/**
 * Surface syntax: what the parser produces, before names are resolved and types inferred.
 * Parentheses are not kept (they only group); every node records where it starts (`pos`, a
 * code-point offset into the parsed text) for error messages.
 */
import type { SourceMap } from './source.ts';

/** A binder group as written: `x y : T`, `(x y : T)`, `{n : ℕ}`, `x > 0`, `x ∈ s`, `(_ : p)`. */
export interface SBinderGroup {
  readonly names: readonly { readonly name: string; readonly pos: number }[];
  readonly type?: SNode;
  /** A binder predicate `∀ x > 0, …` / `∃ x ∈ s, …`: the relation and its right-hand side. */
  readonly pred?: { readonly op: string; readonly rhs: SNode };
  readonly bracket: 'none' | '(' | '{' | '⦃' | '[';
  readonly pos: number;
}

export type SNode =
  | {
      readonly kind: 'num';
      readonly pos: number;
      readonly text: string;
      readonly num: bigint;
      readonly den: bigint;
      readonly decimal: boolean;
    }
  | { readonly kind: 'ident'; readonly pos: number; readonly name: string }
  | { readonly kind: 'hole'; readonly pos: number }
  | { readonly kind: 'cdot'; readonly pos: number }
  | { readonly kind: 'app'; readonly pos: number; readonly fn: SNode; readonly args: readonly SNode[] }
  | {
      readonly kind: 'binop';
      readonly pos: number;
      readonly op: string;
      readonly opPos: number;
      readonly lhs: SNode;
      readonly rhs: SNode;
    }
  | { readonly kind: 'prefix'; readonly pos: number; readonly op: '-' | '¬' | '↑' | '√'; readonly arg: SNode }
  | {
      readonly kind: 'postfix';
      readonly pos: number;
      readonly op: '!' | '⁻¹';
      readonly opPos: number;
      readonly arg: SNode;
    }
  | {
      readonly kind: 'proj';
      readonly pos: number;
      readonly arg: SNode;
      readonly field: string;
      readonly fieldPos: number;
    }
  | { readonly kind: 'ascription'; readonly pos: number; readonly expr: SNode; readonly type: SNode }
  | {
      readonly kind: 'bracket';
      readonly pos: number;
      readonly op: 'abs' | 'floor' | 'ceil' | 'nfloor' | 'nceil';
      readonly arg: SNode;
    }
  | {
      readonly kind: 'binder';
      readonly pos: number;
      readonly q: '∀' | '∃' | '∃!' | 'fun';
      readonly groups: readonly SBinderGroup[];
      readonly body: SNode;
    }
  | {
      readonly kind: 'bigop';
      readonly pos: number;
      readonly op: '∑' | '∏';
      readonly name: string;
      readonly namePos: number;
      readonly domain?: SNode;
      readonly indexType?: SNode;
      readonly body: SNode;
    }
  | {
      readonly kind: 'setBuilder';
      readonly pos: number;
      readonly name: string;
      readonly namePos: number;
      readonly type?: SNode;
      readonly body: SNode;
    }
  | { readonly kind: 'setLit'; readonly pos: number; readonly elems: readonly SNode[] }
  | { readonly kind: 'listLit'; readonly pos: number; readonly elems: readonly SNode[] }
  | { readonly kind: 'tuple'; readonly pos: number; readonly elems: readonly SNode[] }
  | { readonly kind: 'cdotFun'; readonly pos: number; readonly body: SNode }
  | {
      readonly kind: 'modeq';
      readonly pos: number;
      readonly variant: 'MOD' | 'ZMOD';
      readonly lhs: SNode;
      readonly rhs: SNode;
      readonly modulus: SNode;
    }
  | { readonly kind: 'ite'; readonly pos: number; readonly cond: SNode; readonly then: SNode; readonly else: SNode }
  | { readonly kind: 'unsupported'; readonly pos: number; readonly construct: string };

export type SKind = SNode['kind'];

/** A declaration as written: `theorem name binders : type`. */
export interface SurfaceStatement {
  readonly declKind: 'theorem' | 'lemma' | 'example';
  readonly name: string;
  readonly binders: readonly SBinderGroup[];
  readonly type: SNode;
  /** Namespaces opened by the header (`open Real Nat` → `['Real', 'Nat']`). */
  readonly opens: readonly string[];
  /** Maps offsets in the signature to file positions. */
  readonly source: SourceMap;
}

/** The direct sub-nodes of a surface node (binder types and predicates included). */
export function surfaceChildren(n: SNode): readonly SNode[] {
  switch (n.kind) {
    case 'num':
    case 'ident':
    case 'hole':
    case 'cdot':
    case 'unsupported':
      return [];
    case 'app':
      return [n.fn, ...n.args];
    case 'binop':
      return [n.lhs, n.rhs];
    case 'prefix':
    case 'postfix':
    case 'proj':
    case 'bracket':
      return [n.arg];
    case 'ascription':
      return [n.expr, n.type];
    case 'binder': {
      const out: SNode[] = [];
      for (const g of n.groups) {
        if (g.type !== undefined) out.push(g.type);
        if (g.pred !== undefined) out.push(g.pred.rhs);
      }
      out.push(n.body);
      return out;
    }
    case 'bigop':
      return [...(n.domain === undefined ? [] : [n.domain]), ...(n.indexType === undefined ? [] : [n.indexType]), n.body];
    case 'setBuilder':
      return [...(n.type === undefined ? [] : [n.type]), n.body];
    case 'setLit':
    case 'listLit':
    case 'tuple':
      return n.elems;
    case 'cdotFun':
      return [n.body];
    case 'modeq':
      return [n.lhs, n.rhs, n.modulus];
    case 'ite':
      return [n.cond, n.then, n.else];
  }
}

/**
 * The first node found deeper than `max` levels below `root`, if any. Iterative, so it is
 * safe on any tree; every later pass (elaboration, printing) recurses, hence this guard.
 */
export function findTooDeep(root: SNode, max: number): SNode | undefined {
  const stack: [SNode, number][] = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > max) return node;
    for (const c of surfaceChildren(node)) stack.push([c, depth + 1]);
  }
  return undefined;
}
