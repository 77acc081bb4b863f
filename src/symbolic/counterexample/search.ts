/**
 * Counterexample search by sampling. Variables that a hypothesis defines (`h : x = t`,
 * `h : ∀ x, f x = t`) are computed from the others; the rest are enumerated from their candidate
 * lists in order of increasing total index (small assignments first), then sampled at random.
 * Every assignment is judged by `refutes` (exact evaluation), so the search may be as heuristic
 * as it likes.
 */
import type { Goal } from '../engine/types.ts';
import { evaluate, valueFits, type EvalLimits, type Value } from '../eval/index.ts';
import { mkLambda, type Term } from '../syntax/ast.ts';
import { occursFree } from '../syntax/substitute.ts';
import { printTerm } from '../syntax/printer.ts';
import type { Ty } from '../syntax/types.ts';
import { mulberry32 } from '../../core/random.ts';
import { candidates, randomValue } from './candidates.ts';
import { CHECK_LIMITS, refutes } from './confirm.ts';

export interface SampleOptions {
  /** Absolute `Date.now()` deadline. */
  readonly deadline: number;
  /** Most assignments tried (default 4000). */
  readonly maxAssignments?: number;
  readonly seed?: number;
  readonly limits?: EvalLimits;
}

export type SampleResult =
  | {
      readonly kind: 'found';
      readonly assignment: ReadonlyMap<string, Value>;
      /** Context indices of function-definition hypotheses that hold by construction (see `refutes`). */
      readonly byConstruction: readonly number[];
    }
  | { readonly kind: 'none'; readonly tried: number };

/** A variable computed from a hypothesis: `name := term` (a lambda for function definitions). */
interface Definition {
  readonly name: string;
  readonly type: Ty;
  readonly term: Term;
  /** The hypothesis' context index, when it is a function definition `∀ x, f x = t` (true once f := fun x => t). */
  readonly functionHypothesis?: number;
}

function conjuncts(t: Term): Term[] {
  return t.kind === 'logic' && t.op === '∧' ? [...conjuncts(t.left), ...conjuncts(t.right)] : [t];
}

/** Definitions read off the hypotheses: first one per variable wins. */
function definitions(goal: Goal, vars: ReadonlyMap<string, Ty>): Definition[] {
  const out = new Map<string, Definition>();
  const add = (name: string, term: Term, functionHypothesis?: number): void => {
    const type = vars.get(name);
    if (type !== undefined && !out.has(name) && !occursFree(name, term))
      out.set(name, { name, type, term, ...(functionHypothesis === undefined ? {} : { functionHypothesis }) });
  };
  for (const [index, entry] of goal.context.entries()) {
    if (entry.kind !== 'hypothesis') continue;
    for (const c of conjuncts(entry.prop)) {
      if (c.kind === 'rel' && c.op === '=') {
        if (c.left.kind === 'var') add(c.left.name, c.right);
        else if (c.right.kind === 'var') add(c.right.name, c.left);
      } else if (c === entry.prop && c.kind === 'quant' && c.q === '∀' && c.body.kind === 'rel' && c.body.op === '=') {
        // ∀ x, f x = body  ⇒  f := fun x => body.
        const { left, right } = c.body;
        if (left.kind === 'app' && left.fn.kind === 'var' && left.arg.kind === 'var' && left.arg.name === c.binder.name)
          add(left.fn.name, mkLambda(c.binder, right), index);
      }
    }
  }
  return [...out.values()];
}

/** Fills in defined variables from the assigned ones until nothing changes; returns the function hypotheses made true. */
function propagate(env: Map<string, Value>, defs: readonly Definition[], limits: EvalLimits): Set<number> {
  const made = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const d of defs) {
      if (env.has(d.name)) continue;
      const r = evaluate(d.term, env, limits);
      if (r.kind === 'ok' && valueFits(r.value, d.type)) {
        // A defined function prints as its definition (`fun s => s * (s + 1)`).
        env.set(d.name, r.value.kind === 'fn' ? { ...r.value, describe: printTerm(d.term) } : r.value);
        if (d.functionHypothesis !== undefined) made.add(d.functionHypothesis);
        progress = true;
      }
    }
  }
  return made;
}

/** Index vectors over `sizes` in order of increasing sum (each vector once). */
function* byIncreasingSum(sizes: readonly number[]): Generator<number[]> {
  const k = sizes.length;
  if (k === 0) {
    yield [];
    return;
  }
  const maxSum = sizes.reduce((a, s) => a + s - 1, 0);
  const vec = new Array<number>(k).fill(0);
  function* fill(i: number, remaining: number): Generator<number[]> {
    if (i === k - 1) {
      if (remaining < sizes[i]!) {
        vec[i] = remaining;
        yield [...vec];
      }
      return;
    }
    for (let v = 0; v <= remaining && v < sizes[i]!; v++) {
      vec[i] = v;
      yield* fill(i + 1, remaining - v);
    }
  }
  for (let s = 0; s <= maxSum; s++) yield* fill(0, s);
}

/**
 * Looks for an assignment that refutes `goal` (already `prepare`d). `found` is always confirmed
 * by exact evaluation; `none` says nothing about truth.
 */
export function sampleCounterexample(goal: Goal, opts: SampleOptions): SampleResult {
  const limits = opts.limits ?? CHECK_LIMITS;
  const maxAssignments = opts.maxAssignments ?? 4000;
  const vars = new Map<string, Ty>();
  for (const e of goal.context) if (e.kind === 'variable') vars.set(e.name, e.type);
  const defs = definitions(goal, vars);
  const defined = new Set(defs.map((d) => d.name));
  const free = [...vars].filter(([name]) => !defined.has(name));
  const lists = free.map(([, ty]) => candidates(ty));
  // A free variable with no candidates (a Finset, a set) stays unassigned: evaluation says unknown.
  const sampled = free.filter((_, i) => lists[i]!.length > 0);
  const sampledLists = lists.filter((l) => l.length > 0);
  let tried = 0;
  const attempt = (values: readonly Value[]): SampleResult | undefined => {
    tried += 1;
    const env = new Map<string, Value>();
    sampled.forEach(([name], i) => env.set(name, values[i]!));
    const made = propagate(env, defs, limits);
    return refutes(goal, env, limits, made) ? { kind: 'found', assignment: env, byConstruction: [...made] } : undefined;
  };
  for (const idx of byIncreasingSum(sampledLists.map((l) => l.length))) {
    if (tried >= maxAssignments / 2 || Date.now() > opts.deadline) break;
    const found = attempt(idx.map((i, j) => sampledLists[j]![i]!));
    if (found !== undefined) return found;
  }
  const rand = mulberry32(opts.seed ?? 12345);
  while (tried < maxAssignments && Date.now() <= opts.deadline && sampled.length > 0) {
    const values = sampled.map(([, ty], j) => {
      const list = sampledLists[j]!;
      return (rand() < 0.5 ? randomValue(ty, rand) : undefined) ?? list[Math.floor(rand() * list.length)]!;
    });
    const found = attempt(values);
    if (found !== undefined) return found;
  }
  return { kind: 'none', tried };
}
