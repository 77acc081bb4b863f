/**
 * The syntax tree of tactic scripts as the engine's parser understands them: blocks of tactics
 * (sequences, `·` focusing, `<;>`, combinators), atomic tactics with their arguments still as
 * source spans (terms are elaborated later, in the context of the goal they act on), rcases
 * patterns and proof expressions (`h.1`, `mul_pos h₀ h₁`, `⟨x, by ring⟩`, `(by linarith : 0 ≤ x)`).
 */
import type { Source, Span } from './text.ts';

/** A tactic block. Every node keeps its span for error messages. */
export type TacticNode =
  | { readonly kind: 'seq'; readonly items: readonly TacticNode[]; readonly span: Span }
  /** `· tacs`: focus on the main goal, which `tacs` must close. */
  | { readonly kind: 'focus'; readonly body: TacticNode; readonly span: Span }
  /** `t <;> s`: `s` on every goal `t` produces. */
  | { readonly kind: 'then'; readonly first: TacticNode; readonly second: TacticNode; readonly span: Span }
  | {
      readonly kind: 'combinator';
      readonly name: 'try' | 'all_goals' | 'any_goals' | 'repeat' | 'focus';
      readonly body: TacticNode;
      readonly span: Span;
    }
  | { readonly kind: 'first'; readonly alts: readonly TacticNode[]; readonly span: Span }
  /** `case tag x y => tacs` (`tag` undefined for `next x y => tacs`). */
  | {
      readonly kind: 'case';
      readonly tag: string | undefined;
      readonly names: readonly string[];
      readonly body: TacticNode;
      readonly span: Span;
    }
  | { readonly kind: 'atomic'; readonly tactic: ParsedTactic; readonly span: Span };

/** `at h₁ h₂ ⊢` / `at *`. */
export interface LocationSyntax {
  readonly hypotheses: readonly string[];
  readonly target: boolean;
  readonly wildcard: boolean;
}

/** An rcases pattern. */
export type RPat =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'wild' } // `_`: keep, with an inaccessible name
  | { readonly kind: 'clear' } // `-`
  | { readonly kind: 'rfl' }
  | { readonly kind: 'tuple'; readonly items: readonly RPat[] } // ⟨p₁, …, pₙ⟩
  | { readonly kind: 'alts'; readonly alts: readonly RPat[] }; // p₁ | p₂ | …

/** A proof expression: what follows `exact`, `have … :=`, `obtain … :=`, rewrite rules, hints. */
export type PExpr =
  | { readonly kind: 'by'; readonly block: TacticNode; readonly span: Span }
  | { readonly kind: 'anon'; readonly elems: readonly PExpr[]; readonly span: Span }
  | { readonly kind: 'ascribe'; readonly expr: PExpr; readonly type: Span; readonly span: Span }
  | { readonly kind: 'hole'; readonly synthetic: boolean; readonly span: Span }
  | { readonly kind: 'app'; readonly head: PExpr; readonly args: readonly PExpr[]; readonly span: Span }
  /** A possibly dotted name: `h₀`, `mul_pos`, `h₀.ne'`, `Nat.even_iff.mp`, `h.1`. */
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  /** `(e).field` on a non-name expression. */
  | { readonly kind: 'proj'; readonly expr: PExpr; readonly field: string; readonly span: Span }
  /** `show T by tac` / `show T from e`. */
  | { readonly kind: 'show'; readonly type: Span; readonly proof: PExpr; readonly span: Span }
  /** Anything else: an ordinary term (`2 * n + 2`, `-2`, `x`), elaborated at its expected type. */
  | { readonly kind: 'term'; readonly span: Span };

export interface RewriteRule {
  readonly reverse: boolean;
  readonly expr: PExpr;
  readonly span: Span;
}

/** A simp/linarith-style argument: `h`, `sq_nonneg (a - b)`, `← h`. */
export interface HintSyntax {
  readonly reverse: boolean;
  readonly expr: PExpr;
  readonly span: Span;
}

export interface InductionAlt {
  readonly tag: string;
  readonly names: readonly string[];
  readonly body: TacticNode;
}

/** An atomic tactic, parsed. `generic` covers the arithmetic tactics handled by name. */
export type ParsedTactic =
  | { readonly name: 'intro'; readonly names: readonly string[]; readonly all: boolean }
  | { readonly name: 'rintro'; readonly patterns: readonly RPat[] }
  | {
      readonly name:
        | 'constructor'
        | 'left'
        | 'right'
        | 'exfalso'
        | 'trivial'
        | 'rfl'
        | 'assumption'
        | 'contradiction'
        | 'skip'
        | 'done'
        | 'subst_vars'
        | 'symm';
    }
  | { readonly name: 'exact' | 'apply' | 'refine'; readonly expr: PExpr }
  | { readonly name: 'use'; readonly terms: readonly Span[] }
  | { readonly name: 'rcases'; readonly expr: PExpr; readonly pattern: RPat }
  | { readonly name: 'obtain'; readonly pattern: RPat; readonly type?: Span; readonly expr?: PExpr }
  | { readonly name: "cases'"; readonly expr: PExpr; readonly names: readonly string[] }
  | { readonly name: 'by_contra'; readonly hypName?: string; readonly push: boolean }
  | { readonly name: 'push_neg'; readonly location?: LocationSyntax }
  | { readonly name: 'by_cases'; readonly hypName: string; readonly prop: Span }
  | { readonly name: 'have'; readonly hypName: string; readonly type?: Span; readonly value?: PExpr }
  | { readonly name: 'specialize'; readonly expr: PExpr }
  | { readonly name: 'subst'; readonly names: readonly string[] }
  | {
      readonly name: 'rw';
      readonly variant: 'rw' | 'rewrite' | 'rwa';
      readonly rules: readonly RewriteRule[];
      readonly location?: LocationSyntax;
    }
  | {
      readonly name: 'induction';
      readonly variable: string;
      readonly alts?: readonly InductionAlt[];
      /** `induction' n with k ih`. */
      readonly primeNames?: readonly string[];
    }
  /** `cases e` / `cases e with | inl h => … | inr h => …` (also on a ℕ variable: `zero`/`succ`). */
  | { readonly name: 'cases'; readonly expr: PExpr; readonly alts?: readonly InductionAlt[] }
  | { readonly name: 'rename_i'; readonly names: readonly string[] }
  /** `contrapose h` / `contrapose! h` / `contrapose`. */
  | { readonly name: 'contrapose'; readonly hypName?: string; readonly push: boolean }
  /** Mathlib's `absurd h`: the goal becomes `¬(type of h)`. */
  | { readonly name: 'absurd'; readonly expr: PExpr }
  | { readonly name: 'show'; readonly type: Span }
  | { readonly name: 'clear'; readonly names: readonly string[] }
  | {
      readonly name: 'generic';
      readonly tactic: string;
      readonly only: boolean;
      readonly hints: readonly HintSyntax[];
      readonly location?: LocationSyntax;
      /** The operand of `interval_cases x`, if any. */
      readonly operand?: Span;
    };

export type TacticName = ParsedTactic['name'];

/** A parsed script: the tree plus the source its spans point into. */
export interface ParsedScript {
  readonly source: Source;
  readonly root: TacticNode;
}

export type ScriptParse =
  | { readonly kind: 'ok'; readonly script: ParsedScript }
  | { readonly kind: 'error'; readonly message: string; readonly offset: number };

/** The parsed form of the tactic called `N` (`TacticOf<'exact'>`). */
export type TacticOf<N extends TacticName> = ParsedTactic extends infer P
  ? P extends { readonly name: infer M }
    ? N extends M
      ? P
      : never
    : never
  : never;
