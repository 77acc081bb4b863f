/**
 * A tiny deterministic ProofBackend over a toy goal language, standing in for the *seam* in
 * search tests (the component under test is the search, not this). A problem
 * `theorem t : 5` has one goal `⊢ 5`; a goal is a natural number plus named hypotheses
 * `h : True` that play no role, so states differ only in hypothesis names when a test wants.
 *
 * Tactics act on the first goal: `zero` closes `⊢ 0`; `sub k` (k = 1..3) turns n into n-k;
 * `split` turns n ≥ 2 into the two goals ⌊n/2⌋ and ⌈n/2⌉; `have NAME` adds a hypothesis;
 * `noop` changes nothing; `sleep MS` waits then changes nothing; `hang` never answers;
 * `close_all` closes every goal when all are 0. `verify` re-runs a script, `·` blocks included,
 * and rejects a block that does not close exactly its goal. None of them honours its timeout:
 * that is the search's job.
 */
import type { Problem } from '../../src/core/problem.ts';
import type { ProofBackend, ProofState, TacticResult, Verdict } from '../../src/core/seams.ts';

interface ToyGoal {
  readonly hyps: readonly string[];
  readonly n: number;
}

export interface ToyOptions {
  /** Reject every proof in `verify` (to test the search's reaction to a disagreeing backend). */
  readonly rejectAll?: boolean;
  /** Problems whose `start` fails. */
  readonly unstartable?: readonly string[];
  /** Delay every apply by this many ms (so tests can interrupt a run). */
  readonly applyDelayMs?: number;
  /** `verify` never answers (to test that search does not wait past its time limit). */
  readonly hangVerify?: boolean;
}

export function toyPretty(goal: ToyGoal): string {
  return [...goal.hyps.map((h) => `${h} : True`), `⊢ ${goal.n}`].join('\n');
}

function state(goals: readonly ToyGoal[]): ProofState {
  return { backend: 'symbolic', goals: goals.map(toyPretty), tier: 'certified', handle: goals };
}

/** Parses `theorem name : 7` (the toy statement). */
export function toyTarget(problem: Problem): number | undefined {
  const match = /:\s*(\d+)\s*$/u.exec(problem.signature);
  return match ? Number(match[1]) : undefined;
}

type Step = { kind: 'ok'; goals: ToyGoal[] } | { kind: 'error'; message: string };

function step(goals: readonly ToyGoal[], tactic: string): Step {
  const [first, ...rest] = goals;
  if (!first) return { kind: 'error', message: 'no goals' };
  const words = tactic.trim().split(/\s+/u);
  const fail = (message: string): Step => ({ kind: 'error', message });
  switch (words[0]) {
    case 'zero':
      return first.n === 0 ? { kind: 'ok', goals: rest } : fail(`⊢ ${first.n} is not 0`);
    case 'sub': {
      const k = Number(words[1]);
      if (!(k >= 1 && k <= 3) || k > first.n) return fail(`cannot subtract ${words[1]} from ${first.n}`);
      return { kind: 'ok', goals: [{ ...first, n: first.n - k }, ...rest] };
    }
    case 'split':
      if (first.n < 2) return fail('too small to split');
      return { kind: 'ok', goals: [{ ...first, n: Math.floor(first.n / 2) }, { ...first, n: Math.ceil(first.n / 2) }, ...rest] };
    case 'have':
      if (!words[1]) return fail('have needs a name');
      return { kind: 'ok', goals: [{ ...first, hyps: [...first.hyps, words[1]] }, ...rest] };
    case 'noop':
    case 'sleep':
      return { kind: 'ok', goals: [...goals] };
    case 'close_all':
      return goals.every((g) => g.n === 0) ? { kind: 'ok', goals: [] } : fail('not all goals are 0');
    default:
      return fail(`unknown tactic '${tactic}'`);
  }
}

export class ToyBackend implements ProofBackend {
  readonly name = 'symbolic' as const;
  readonly started: string[] = [];
  readonly applied: { goals: readonly string[]; tactic: string }[] = [];
  readonly verified: string[] = [];
  closed = false;

  constructor(private readonly options: ToyOptions = {}) {}

  async start(problem: Problem): Promise<{ kind: 'ok'; state: ProofState } | { kind: 'error'; message: string }> {
    this.started.push(problem.name);
    const n = toyTarget(problem);
    if (n === undefined || this.options.unstartable?.includes(problem.name)) return { kind: 'error', message: `cannot state '${problem.name}'` };
    return { kind: 'ok', state: state([{ hyps: [], n }]) };
  }

  async apply(from: ProofState, tactic: string): Promise<TacticResult> {
    this.applied.push({ goals: from.goals, tactic });
    if (this.options.applyDelayMs) await sleep(this.options.applyDelayMs);
    if (tactic === 'hang') return new Promise<TacticResult>(() => {});
    if (tactic.startsWith('sleep ')) await sleep(Number(tactic.slice('sleep '.length)));
    const result = step(from.handle as ToyGoal[], tactic);
    if (result.kind === 'error') return { kind: 'error', reason: 'failed', message: result.message };
    const next = state(result.goals);
    return result.goals.length === 0 ? { kind: 'proved', state: next, tier: 'certified' } : { kind: 'ok', state: next };
  }

  async verify(problem: Problem, script: string): Promise<Verdict> {
    this.verified.push(script);
    if (this.options.hangVerify) return new Promise<Verdict>(() => {});
    const reject = (message: string): Verdict => ({ kind: 'rejected', verifier: 'symbolic', verifierVersion: 'toy', rule: 'toy', message });
    if (this.options.rejectAll) return reject('rejecting everything');
    const n = toyTarget(problem);
    if (n === undefined) return reject('not a toy statement');
    const result = runScript(script, [{ hyps: [], n }]);
    if (typeof result === 'string') return reject(result);
    if (result.length > 0) return reject(`${result.length} goals left`);
    return { kind: 'accepted', verifier: 'symbolic', verifierVersion: 'toy', tier: 'certified' };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

type Item = { kind: 'tactic'; text: string } | { kind: 'focus'; items: Item[] };

/** Parses lines at exactly `indent` spaces into items; `· tac` opens a block at indent + 2. */
function parseBlock(lines: readonly string[], indent: number): Item[] | string {
  const items: Item[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    if (lead !== indent) return `line '${line}': indentation ${lead}, expected ${indent}`;
    const content = line.slice(indent);
    if (content.startsWith('· ')) {
      const block = [`${' '.repeat(indent + 2)}${content.slice(2)}`];
      i += 1;
      while (i < lines.length && lines[i]!.length - lines[i]!.trimStart().length >= indent + 2) {
        block.push(lines[i]!);
        i += 1;
      }
      const inner = parseBlock(block, indent + 2);
      if (typeof inner === 'string') return inner;
      items.push({ kind: 'focus', items: inner });
    } else {
      items.push({ kind: 'tactic', text: content });
      i += 1;
    }
  }
  return items;
}

function run(items: readonly Item[], goals: ToyGoal[]): ToyGoal[] | string {
  let current = goals;
  for (const item of items) {
    if (item.kind === 'tactic') {
      const result = step(current, item.text);
      if (result.kind === 'error') return `${item.text}: ${result.message}`;
      current = result.goals;
    } else {
      const [first, ...rest] = current;
      if (!first) return '· with no goals';
      const inner = run(item.items, [first]);
      if (typeof inner === 'string') return inner;
      if (inner.length > 0) return '· block did not close its goal';
      current = rest;
    }
  }
  return current;
}

/** Runs a (possibly structured) toy script from `goals`; the goals left, or an error message. */
export function runScript(script: string, goals: ToyGoal[]): ToyGoal[] | string {
  const lines = script.split('\n').filter((l) => l.trim() !== '');
  const items = parseBlock(lines, 0);
  return typeof items === 'string' ? items : run(items, goals);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A toy problem stating `⊢ n`. */
export function toyProblem(name: string, n: number, tags: Record<string, string> = {}): Problem {
  const signature = `theorem ${name} : ${n}`;
  return { name, kind: 'theorem', header: '', text: `${signature} := by sorry`, signature, position: { file: 'toy.lean', line: 1, column: 0 }, tags };
}
