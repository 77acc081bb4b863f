/**
 * What the heuristic proposer reads off a pretty-printed goal: its variables (with a coarse
 * type class), its hypotheses (with the top-level shape of each), its target's shape, and the
 * numerals it mentions. A lexical reading of Lean's notation with its precedences
 * (↔ < → < ∨ < ∧ < ¬ < relations); it guides guesses only, and a wrong guess costs one
 * failed tactic, never soundness.
 */
import { identifierTokens, parseGoalText } from '../search/goal-text.ts';

export type Shape =
  | 'forall'
  | 'exists'
  | 'iff'
  | 'imp'
  | 'or'
  | 'and'
  | 'not'
  | 'eq'
  | 'ne'
  | 'ineq'
  | 'dvd'
  | 'mem'
  | 'modeq'
  | 'true'
  | 'false'
  | 'other';

export type VarClass = 'nat' | 'int' | 'rat' | 'real' | 'complex' | 'function' | 'other';

export interface Variable {
  readonly name: string;
  readonly type: string;
  readonly class: VarClass;
}

export interface Hypothesis {
  readonly name: string;
  readonly type: string;
  readonly shape: Shape;
}

export interface GoalAnalysis {
  readonly variables: readonly Variable[];
  readonly hypotheses: readonly Hypothesis[];
  /** Every name in the local context (for choosing fresh names). */
  readonly names: ReadonlySet<string>;
  readonly target: string;
  readonly shape: Shape;
  /** Numerals in the target, then in the hypotheses, each once, in order of appearance. */
  readonly numerals: readonly string[];
}

const OPENERS = '([{⟨⌊⌈⦃';
const CLOSERS = ')]}⟩⌋⌉⦄';
const BINDERS = ['∀', '∃', 'λ', 'fun '];
const RELATIONS: readonly [string, Shape][] = [
  ['≠', 'ne'],
  ['≤', 'ineq'],
  ['≥', 'ineq'],
  ['<', 'ineq'],
  ['>', 'ineq'],
  ['∣', 'dvd'],
  ['∈', 'mem'],
  ['∉', 'mem'],
  ['≡', 'modeq'],
  ['=', 'eq'],
];
const TYPE_WORDS = new Set(['ℕ', 'ℤ', 'ℚ', 'ℝ', 'ℂ', 'Type', 'Prop', 'Sort', 'Finset', 'Set', 'Fin', 'List', 'Multiset', 'Polynomial', 'Matrix', 'NNReal', 'ENNReal', 'ZMod', 'PNat', 'Nat', 'Int', 'Rat', 'Real', 'Complex']);

/** Analyses one goal; undefined when the text is not a goal (no `⊢`). */
export function analyzeGoal(goal: string): GoalAnalysis | undefined {
  const parsed = parseGoalText(goal);
  if (!parsed) return undefined;
  const variables: Variable[] = [];
  const hypotheses: Hypothesis[] = [];
  const names = new Set<string>();
  for (const entry of parsed.context) {
    const typeLike = isTypeLike(entry.type);
    for (const name of entry.names) {
      names.add(name);
      if (name.includes('✝')) continue; // inaccessible: a tactic cannot name it
      if (typeLike) variables.push({ name, type: entry.type, class: varClass(entry.type) });
      else hypotheses.push({ name, type: entry.type, shape: shapeOf(entry.type) });
    }
  }
  const numerals = [...new Set([parsed.target, ...hypotheses.map((h) => h.type)].flatMap((t) => t.match(/(?<![\p{L}\p{N}_'.₀-₉])\d+(?:\.\d+)?/gu) ?? []))];
  return { variables, hypotheses, names, target: parsed.target, shape: shapeOf(parsed.target), numerals };
}

/** The top-level shape of a proposition. */
export function shapeOf(text: string): Shape {
  const s = stripParens(text.trim());
  if (s === 'True') return 'true';
  if (s === 'False') return 'false';
  if (s.startsWith('∀')) return 'forall';
  if (s.startsWith('∃')) return 'exists';
  const ops = depthZeroOperators(s);
  for (const [op, shape] of [['↔', 'iff'], ['→', 'imp'], ['∨', 'or'], ['∧', 'and']] as const) {
    if (ops.includes(op)) return shape;
  }
  if (s.startsWith('¬')) return 'not';
  for (const [op, shape] of RELATIONS) if (ops.includes(op)) return shape;
  return 'other';
}

/** The parts of `a ∧ b ∧ c` (a proposition that is not a conjunction is its own only part). */
export function conjuncts(text: string): string[] {
  const s = stripParens(text.trim());
  if (shapeOf(s) !== 'and') return [s];
  const at = splitAtDepthZero(s, '∧');
  return at.flatMap(conjuncts);
}

/**
 * Names `intro` should give for a target `∀ x y, …`, `∀ n ≥ 5, …`, `∀ (x : ℝ) (hx : 0 < x), …`,
 * or a premise `p → q` / `¬p` (one fresh hypothesis name). Undefined when nothing to introduce.
 */
export function introNames(analysis: GoalAnalysis): string[] | undefined {
  const taken = new Set(analysis.names);
  const fresh = (base: string): string => {
    let name = base;
    for (let i = 1; taken.has(name); i += 1) name = `${base}${subscript(i)}`;
    taken.add(name);
    return name;
  };
  const target = stripParens(analysis.target.trim());
  if (analysis.shape === 'imp' || analysis.shape === 'not') return [fresh('h')];
  if (analysis.shape !== 'forall') return undefined;
  const comma = indexAtDepthZero(target, ',');
  if (comma === -1) return undefined;
  const binders = target.slice(1, comma).trim();
  const names: string[] = [];
  if (/^[({⦃[]/u.test(binders)) {
    for (const group of binders.match(/[({⦃[][^)}⦄\]]*[)}⦄\]]/gu) ?? []) {
      const colon = group.indexOf(':');
      if (colon === -1) continue;
      for (const name of group.slice(1, colon).trim().split(/\s+/u)) {
        if (!isBinderName(name)) return undefined;
        if (name !== '_') names.push(fresh(name));
      }
    }
  } else {
    const relation = /\s(≥|>|≤|<|≠|∈|∉|⊆)\s/u.exec(binders);
    const head = binders.split(relation ? relation[0] : ':')[0]!.trim();
    for (const name of head.split(/\s+/u)) {
      if (!isBinderName(name)) return undefined;
      if (name !== '_') names.push(fresh(name));
    }
    // `∀ n ≥ 5, p` is `∀ n, n ≥ 5 → p`: one more hypothesis per bound name.
    if (relation) for (const name of [...names]) names.push(fresh(`h${name}`));
  }
  return names.length > 0 ? names : undefined;
}

/** A name a binder may introduce: a Lean identifier or `_` (text such as `x{x}` is not, so no `intro` is offered for it). */
function isBinderName(name: string): boolean {
  return /^(?:_|[\p{L}_][\p{L}\p{N}_'!?₀-₉]*)$/u.test(name);
}

/** `n` fresh names from `pool` (then `pool[0]₁`, `pool[0]₂`, …) that the context does not use. */
export function freshNames(analysis: GoalAnalysis, pool: readonly string[], n: number): string[] {
  const out: string[] = [];
  const candidates = [...pool, ...Array.from({ length: n + analysis.names.size }, (_, i) => `${pool[0]}${subscript(i + 1)}`)];
  for (const name of candidates) {
    if (out.length === n) break;
    if (!analysis.names.has(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** ℕ or ℤ variables bounded above (and, for ℤ, below) by numerals in some hypothesis. */
export function boundedVariables(analysis: GoalAnalysis): Variable[] {
  const facts = analysis.hypotheses.flatMap((h) => conjuncts(h.type));
  return analysis.variables.filter((v) => {
    if (v.class !== 'nat' && v.class !== 'int') return false;
    const x = escapeRegExp(v.name);
    const upper = new RegExp(`^${x} (<|≤) -?\\d+$|^-?\\d+ (>|≥) ${x}$|^${x} ∈ Finset\\.(Icc|Ico|Ioc|Ioo|range) `, 'u');
    const lower = new RegExp(`^-?\\d+ (<|≤) ${x}$|^${x} (>|≥) -?\\d+$|^${x} ∈ Finset\\.(Icc|Ico|Ioc|Ioo) `, 'u');
    const hasUpper = facts.some((f) => upper.test(f));
    return hasUpper && (v.class === 'nat' || facts.some((f) => lower.test(f)));
  });
}

/** True for a type of values (`ℝ`, `ℕ → ℝ`, `Finset ℕ`) rather than a proposition. */
export function isTypeLike(type: string): boolean {
  if (/[=<>≤≥≠∣∧∨¬↔∀∃∈∉⊆≡]/u.test(type)) return false;
  const words = identifierTokens(type);
  return words.length > 0 && words.every((w) => TYPE_WORDS.has(w) || /^[A-Z]/u.test(w) || /^[α-ω]$/u.test(w)) && !/\b(Prime|Even|Odd|Irrational|Squarefree|Nat\.Prime|Continuous|Monotone|StrictMono|Injective|Surjective|Bijective|IsLeast|IsGreatest)\b/u.test(type);
}

function varClass(type: string): VarClass {
  const t = type.trim();
  if (t.includes('→')) return 'function';
  if (t === 'ℕ' || t === 'Nat') return 'nat';
  if (t === 'ℤ' || t === 'Int') return 'int';
  if (t === 'ℚ' || t === 'Rat') return 'rat';
  if (t === 'ℝ' || t === 'Real') return 'real';
  if (t === 'ℂ' || t === 'Complex') return 'complex';
  return 'other';
}

/** Operators and binder starts that occur outside brackets; scanning stops at a binder (it takes the rest). */
function depthZeroOperators(s: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i]!;
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (i > 0 && BINDERS.some((b) => s.startsWith(b, i))) break;
      if (ch === '=' && (s[i - 1] === ':' || s[i + 1] === '>')) continue; // `:=`, `=>`
      if (ch === '>' && s[i - 1] === '=') continue;
      if (ch === '<' && s[i + 1] === ';') continue;
      found.push(ch);
    }
  }
  return found;
}

function stripParens(s: string): string {
  let out = s;
  while (out.startsWith('(') && out.endsWith(')') && matchingClose(out, 0) === out.length - 1) out = out.slice(1, -1).trim();
  return out;
}

function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i += 1) {
    if (OPENERS.includes(s[i]!)) depth += 1;
    else if (CLOSERS.includes(s[i]!)) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function indexAtDepthZero(s: string, target: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i]!;
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth -= 1;
    else if (depth === 0 && ch === target) return i;
  }
  return -1;
}

function splitAtDepthZero(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i]!;
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth -= 1;
    else if (depth === 0 && BINDERS.some((b) => s.startsWith(b, i))) break;
    else if (depth === 0 && ch === sep) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

function subscript(n: number): string {
  return String(n).replace(/\d/gu, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
