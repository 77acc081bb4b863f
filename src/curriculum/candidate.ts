import type { Prng } from './prng.ts';

/**
 * What a family generator hands over: the Lean text of one statement, a witness assignment that
 * satisfies its hypotheses, and the exact argument that it is true. The generator is untrusted;
 * `verify.ts` re-derives every claim from the printed statement.
 */

/** Topics and their name prefixes (problems/README.md). */
export type Topic = 'algebra' | 'equations' | 'inequalities' | 'number_theory' | 'sums' | 'floor_abs_sqrt' | 'quantifiers' | 'nat_arith';

/**
 * Why the statement is true, as data checked by `verify.ts` against the parsed statement:
 * - `evaluation`: no variables or hypotheses; the goal evaluates to true exactly (bounded
 *   quantifiers are enumerated by the evaluator);
 * - `witness`: the goal is `∃ x, P x` (no variables or hypotheses) and `P` holds at `values`;
 * - `identity`: no hypotheses; the goal `l = r` is a polynomial identity (`l - r ≡ 0`);
 * - `squares`: no hypotheses; the goal `a ≤ b` (or `b ≥ a`) has `b - a ≡ Σ cᵢ·qᵢ² + k` with
 *   every `cᵢ ≥ 0` and `k ≥ 0` (`k > 0` for `<`);
 * - `combination`: the goal `a ≤ b` follows from hypotheses `lᵢ ≤ rᵢ` (or `<`) as
 *   `b - a ≡ Σ λᵢ·(rᵢ - lᵢ) + Σ μₖ·(r_i - l_i)·(r_j - l_j) + k` with `λᵢ, μₖ ≥ 0`, `k ≥ 0`
 *   (`k > 0` for a strict goal; products never count as strict);
 * - `elimination`: hypotheses are equations `lᵢ = rᵢ`, the goal a conjunction of `xⱼ = vⱼ`,
 *   and for each conjunct `d·(xⱼ - vⱼ) ≡ Σ μᵢ·(lᵢ - rᵢ)` with an integer `d > 0` (so the
 *   solution is forced, in any of ℤ ℚ ℝ);
 * - `periodic`: one variable `n` over ℕ or ℤ, no hypotheses; each side of the goal (`=`, `≠`)
 *   is a literal or `f(n) % m` with one literal `m > 0` (or the goal is `m ∣ f(n)`), `f` built
 *   from `n`, literals, `+`, `*`, `^` by a literal (and `-` over ℤ), so the goal depends only
 *   on `n` mod `m`; it is checked at `n = 0 … m-1`;
 * - `factoring`: one variable `x`; the hypothesis `roots.from` reads `l = r` with
 *   `l - r ≡ c·Π(αᵢ·x - βᵢ)`, `c ≠ 0`, `αᵢ ≠ 0`; the goal is a disjunction of `x = βᵢ/αᵢ`
 *   over the roots not ruled out, and each ruled-out root makes some other hypothesis false.
 */
export type TruthArgument =
  | { readonly kind: 'evaluation' }
  | { readonly kind: 'witness'; readonly values: readonly string[] }
  | { readonly kind: 'identity' }
  | { readonly kind: 'squares'; readonly squares: readonly { readonly coeff: string; readonly base: string }[]; readonly constant: string }
  | { readonly kind: 'combination'; readonly multipliers: readonly string[]; readonly products?: readonly { readonly left: number; readonly right: number; readonly coeff: string }[]; readonly constant: string }
  | { readonly kind: 'periodic' }
  | { readonly kind: 'elimination'; readonly rows: readonly { readonly scale: string; readonly multipliers: readonly string[] }[] }
  | { readonly kind: 'factoring'; readonly hypothesis: number; readonly coeff: string; readonly factors: readonly { readonly alpha: string; readonly beta: string }[]; readonly excluded: readonly number[] };

export interface Candidate {
  readonly family: string;
  readonly topic: Topic;
  readonly difficulty: 1 | 2 | 3 | 4 | 5;
  /** `(x y : ℝ) (h₀ : …)`, or '' for a closed statement. */
  readonly binders: string;
  readonly goal: string;
  /** Values (`"3"`, `"-7/2"`) of the statement's variables, in binder order, satisfying every hypothesis. */
  readonly witness: readonly string[];
  readonly argument: TruthArgument;
  /** A tactic script the symbolic checker is expected to accept, where one is known (tests prove a sample with it). */
  readonly script?: string;
}

export type Difficulty = Candidate['difficulty'];

/** A family: draws one candidate of a difficulty from a PRNG stream. */
export interface Family {
  readonly name: string;
  /** Short id in problem names (`gen_<prefix>_<id>_s<seed>_<n>`). */
  readonly id: string;
  readonly prefix: string;
  /** Share of the curriculum (relative weight). */
  readonly weight: number;
  draw(rng: Prng, difficulty: Difficulty): Candidate;
}
