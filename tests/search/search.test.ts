import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Budget, ProofState, TacticProposer, TacticSuggestion } from '../../src/core/seams.ts';
import { fixedProposer, type FixedEntry } from '../../src/proposer/fixed.ts';
import { checkTree } from '../../src/search/invariants.ts';
import { stateKey } from '../../src/search/key.ts';
import { bestFirstSearch, VERIFY_GRACE_MS, type SearchOptions } from '../../src/search/search.ts';
import { memoryTrace } from '../../src/search/trace.ts';
import type { SearchTree } from '../../src/search/tree.ts';
import { runScript, ToyBackend, toyProblem } from './toy-backend.ts';

const budget = (over: Partial<Budget> = {}): Budget => ({ maxExpansions: 100, timeLimitMs: 10_000, tacticTimeoutMs: 1_000, ...over });

/** The number on the first goal's `⊢` line. */
const firstTarget = (state: ProofState): number => Number(/⊢ (\d+)/u.exec(state.goals[0] ?? '')?.[1]);

/** Wraps a proposer to record which states it was asked about. */
function recording(inner: TacticProposer): TacticProposer & { asked: ProofState[] } {
  const asked: ProofState[] = [];
  return { name: inner.name, asked, propose: (state, k) => (asked.push(state), inner.propose(state, k)) };
}

async function search(n: number, proposer: TacticProposer, options: Partial<SearchOptions> = {}, backend = new ToyBackend()) {
  let tree: SearchTree | undefined;
  const result = await bestFirstSearch(toyProblem(`toy_${n}`, n), backend, proposer, {
    budget: budget(),
    checkInvariants: true,
    inspect: (t) => (tree = t),
    ...options,
  });
  return { result, tree: tree!, backend };
}

describe('bestFirstSearch', () => {
  it('finds a proof and reports a script that re-verifies', async () => {
    const { result, backend } = await search(4, fixedProposer(['zero', 'sub 1', 'sub 2']));
    expect(result.status).toBe('proved');
    expect(result.stop).toBe('proved');
    const script = result.proof!.script;
    expect(backend.verified).toContain(script);
    expect(result.proof!.verdict.kind).toBe('accepted');
    // Independently of the search, running the script closes the goal.
    expect(runScript(script, [{ hyps: [], n: 4 }])).toEqual([]);
    expect(result.proof!.tactics.at(-1)).toBe('zero');
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.timings)).toBe(true);
  });

  it('follows the goals in Lean order and reconstructs split goals with `·` focusing', async () => {
    // Only `split` for n ≥ 2, so every proof must split and close both halves.
    const proposer = fixedProposer((state) => {
      const n = firstTarget(state);
      return n >= 2 ? ['split'] : n === 1 ? ['sub 1'] : ['zero'];
    });
    const { result, tree } = await search(5, proposer);
    expect(result.status).toBe('proved');
    const script = result.proof!.script;
    expect(script).toContain('· ');
    expect(script.split('\n')[0]).toBe('split');
    expect(runScript(script, [{ hyps: [], n: 5 }])).toEqual([]);
    // The focusing is checked, not decoration: a block that does not close its goal fails.
    const broken = script.replace('· sub 1\n', '· sub 1\n    sub 1\n');
    expect(runScript(broken, [{ hyps: [], n: 5 }])).toBeTypeOf('string');
    expect(checkTree(tree)).toEqual([]);
  });

  it('does not expand a duplicate state twice', async () => {
    // From 5, sub 1/2/3 reach each of 4..0 along many paths; without `zero` nothing proves it.
    const proposer = recording(fixedProposer(['sub 1', 'sub 2', 'sub 3']));
    const { result, tree } = await search(5, proposer);
    expect(result.status).toBe('failed');
    expect(result.stop).toBe('exhausted');
    const keys = proposer.asked.map((s) => stateKey(s.goals));
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.expansions).toBe(6); // the states 5, 4, 3, 2, 1, 0
    expect(result.duplicates).toBeGreaterThan(0);
    expect(tree.nodes.every((node) => node.status === 'failed')).toBe(true);
  });

  it('treats states that differ only in hypothesis names as duplicates', async () => {
    const trace = memoryTrace();
    const { result } = await search(1, fixedProposer(['have a', 'have b']), { trace, budget: budget({ maxExpansions: 2 }) });
    const first = trace.events.find((e) => e.event === 'expansion');
    if (first?.event !== 'expansion') throw new Error('no expansion traced');
    expect(first.tactics.map((t) => t.outcome.kind)).toEqual(['child', 'duplicate']);
    expect(result.duplicates).toBeGreaterThanOrEqual(1);
  });

  it('stops at the expansion budget', async () => {
    // `have hN` always makes a new state: the search could go on forever.
    const proposer = fixedProposer((state) => [`have h${state.goals[0]!.split('\n').length}`, `have g${state.goals[0]!.length}`]);
    const { result } = await search(3, proposer, { budget: budget({ maxExpansions: 3 }) });
    expect(result).toMatchObject({ status: 'failed', stop: 'expansions', expansions: 3 });
  });

  it('stops at the wall-clock budget', async () => {
    let clock = 0;
    const now = () => (clock += 7); // every reading advances the clock
    const proposer = fixedProposer((state) => [`have h${state.goals[0]!.length}`]);
    const { result } = await search(3, proposer, { now, budget: budget({ timeLimitMs: 100, maxExpansions: 1_000 }) });
    expect(result.stop).toBe('time');
    expect(result.expansions).toBeGreaterThan(0);
    expect(result.expansions).toBeLessThan(1_000);
  });

  it('gives up on a tactic past its timeout and goes on', async () => {
    const trace = memoryTrace();
    const { result } = await search(1, fixedProposer(['hang', 'sub 1', 'zero']), { trace, budget: budget({ tacticTimeoutMs: 20 }) });
    expect(result.status).toBe('proved');
    const first = trace.events.find((e) => e.event === 'expansion');
    if (first?.event !== 'expansion') throw new Error('no expansion traced');
    expect(first.tactics[0]).toMatchObject({ tactic: 'hang', outcome: { kind: 'error', reason: 'timeout' } });
  });

  it('keeps the time limit when every tactic of an expansion runs long', async () => {
    // Eight tactics of 300 ms each: counting the per-tactic timeout from the start of the
    // expansion rather than from each tactic let this one expansion take 2.4 s on a 0.6 s limit.
    const slow = Array.from({ length: 8 }, (_, i) => `sleep ${300 + i}`);
    const backend = new ToyBackend();
    const started = performance.now();
    const { result } = await search(5, fixedProposer(slow), { budget: budget({ timeLimitMs: 600, tacticTimeoutMs: 1_000 }) }, backend);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ status: 'failed', stop: 'time', expansions: 1 });
    expect(elapsed).toBeLessThan(600 + 250 + 500); // limit + the search's timeout grace + scheduling slack
    expect(backend.applied.length).toBeLessThan(slow.length);
    expect(result.tacticsApplied).toBe(backend.applied.length);
  });

  it('cuts a hanging tactic at the time left, not at the full per-tactic timeout', async () => {
    const backend = new ToyBackend();
    const started = performance.now();
    const { result } = await search(5, fixedProposer(['hang', 'hang 2']), { budget: budget({ timeLimitMs: 300, tacticTimeoutMs: 5_000 }) }, backend);
    expect(result.stop).toBe('time');
    expect(performance.now() - started).toBeLessThan(300 + 250 + 500);
    expect(backend.applied.map((a) => a.tactic)).toEqual(['hang']); // the second had no time left
  });

  it('does not wait past the limit for a re-verification that never ends', async () => {
    const backend = new ToyBackend({ hangVerify: true });
    const started = performance.now();
    const { result } = await search(1, fixedProposer(['sub 1', 'zero']), { budget: budget({ timeLimitMs: 200 }) }, backend);
    expect(performance.now() - started).toBeLessThan(200 + VERIFY_GRACE_MS + 250 + 500);
    expect(backend.verified.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'failed', stop: 'time' });
    expect(result.proof).toBeUndefined();
    expect(result.message).toMatch(/re-verification did not finish within the time limit/);
  });

  it('stops when aborted during an expansion, before the next one', async () => {
    const controller = new AbortController();
    const proposer: TacticProposer = {
      name: 'aborting',
      async propose() {
        controller.abort();
        return [{ tactic: 'sub 1', logprob: -1 }];
      },
    };
    const { result } = await search(5, proposer, { signal: controller.signal });
    expect(result).toMatchObject({ status: 'failed', stop: 'aborted', expansions: 1 });
  });

  it('stops at once when aborted mid-expansion: no wait for a tactic in flight or a re-verification', async () => {
    // 'hang' never answers and the tactic timeout is a minute: only the abort can end this wait.
    const controller = new AbortController();
    const slow = { budget: budget({ tacticTimeoutMs: 60_000, timeLimitMs: 120_000 }), signal: controller.signal };
    const backend = new ToyBackend();
    setTimeout(() => controller.abort(), 100);
    let started = performance.now();
    const hung = await search(5, fixedProposer(['hang', 'sub 1']), slow, backend);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(hung.result).toMatchObject({ status: 'failed', stop: 'aborted', expansions: 1 });
    expect(backend.applied.map((a) => a.tactic)).toEqual(['hang']); // the next tactic was never launched

    const verifying = new AbortController();
    setTimeout(() => verifying.abort(), 100);
    started = performance.now();
    const unverified = await search(0, fixedProposer(['zero']), { ...slow, signal: verifying.signal }, new ToyBackend({ hangVerify: true }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(unverified.result).toMatchObject({ status: 'failed', stop: 'aborted' });
    expect(unverified.result.proof).toBeUndefined();
  });

  it('does not wait for the proposer once aborted, and leaves no listener on the signal', async () => {
    const controller = new AbortController();
    // The listeners the search leaves on the signal (a long run shares one signal among all its searches).
    const listeners = new Set<unknown>();
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => (listeners.add(args[1]), add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => (listeners.delete(args[1]), remove(...args))) as typeof remove;
    const finished = await search(0, fixedProposer(['zero']), { signal: controller.signal });
    expect(finished.result.status).toBe('proved');
    expect(listeners.size).toBe(0);
    const silent: TacticProposer = { name: 'silent', propose: () => new Promise<TacticSuggestion[]>(() => {}) };
    setTimeout(() => controller.abort(), 50);
    const { result } = await search(5, silent, { signal: controller.signal });
    expect(result).toMatchObject({ status: 'failed', stop: 'aborted', expansions: 1 });
    expect(listeners.size).toBe(0);
  });

  it('keeps searching when verify rejects a found proof, and reports it', async () => {
    const backend = new ToyBackend({ rejectAll: true });
    const { result } = await search(1, fixedProposer(['sub 1', 'zero']), {}, backend);
    expect(result.status).toBe('failed');
    expect(result.rejectedProofs).toBe(1);
    expect(result.message).toMatch(/rejected/u);
    expect(result.proof).toBeUndefined();
  });

  it('launches no further tactic once one closes every goal, unless that proof is rejected', async () => {
    const accepted = await search(0, fixedProposer(['zero', 'sub 1', 'noop']));
    expect(accepted.result.status).toBe('proved');
    expect(accepted.backend.applied.map((a) => a.tactic)).toEqual(['zero']);
    expect(accepted.result.tacticsApplied).toBe(1);
    // Rejected: the tactics that were skipped still get their turn in the same expansion.
    const rejected = await search(0, fixedProposer(['zero', 'sub 1', 'noop']), {}, new ToyBackend({ rejectAll: true }));
    expect(rejected.backend.applied.map((a) => a.tactic)).toEqual(['zero', 'sub 1', 'noop']);
    expect(rejected.tree.root.edges.map((e) => e.outcome.kind)).toEqual(['error', 'error', 'duplicate']);
  });

  it('reports a problem the backend cannot state as an error', async () => {
    const backend = new ToyBackend({ unstartable: ['toy_3'] });
    const { result } = await search(3, fixedProposer(['zero']), {}, backend);
    expect(result).toMatchObject({ status: 'error', stop: 'start-error', expansions: 0 });
    expect(result.message).toMatch(/cannot state/u);
  });

  it('expands in priority order, so a likelier tactic is tried first', async () => {
    // `sub 1` is far likelier than `have x`: the states under `have x` wait in the queue unexpanded.
    const proposer = fixedProposer([{ tactic: 'zero', logprob: -0.1 }, { tactic: 'sub 1', logprob: -0.2 }, { tactic: 'have x', logprob: -5 }]);
    const { result, tree } = await search(3, proposer);
    expect(result.proof!.tactics).toEqual(['sub 1', 'sub 1', 'sub 1', 'zero']);
    const withX = tree.nodes.filter((node) => node.state.goals[0]!.includes('x : True'));
    expect(withX.length).toBeGreaterThan(0);
    expect(withX.every((node) => node.expandedAt === undefined)).toBe(true);
    expect(checkTree(tree, { bestFirst: true })).toEqual([]);
  });

  it('applies tactics with bounded concurrency and keeps the outcome order', async () => {
    const trace = memoryTrace();
    const { result } = await search(2, fixedProposer(['sleep 30', 'sleep 10', 'sub 2', 'zero']), { trace, tacticConcurrency: 3 });
    expect(result.status).toBe('proved');
    const first = trace.events.find((e) => e.event === 'expansion');
    if (first?.event !== 'expansion') throw new Error('no expansion traced');
    expect(first.tactics.map((t) => t.tactic)).toEqual(['sleep 30', 'sleep 10', 'sub 2', 'zero']);
  });

  it('writes a trace with start, one event per expansion, and end', async () => {
    const trace = memoryTrace();
    const { result } = await search(2, fixedProposer(['sub 1', 'zero']), { trace });
    const kinds = trace.events.map((e) => e.event);
    expect(kinds[0]).toBe('start');
    expect(kinds.at(-1)).toBe('end');
    expect(kinds.filter((k) => k === 'expansion')).toHaveLength(result.expansions);
    for (const event of trace.events) expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it('keeps its invariants and only reports proofs that re-run, on random toy problems', async () => {
    const tactic = fc.constantFrom<string>('zero', 'sub 1', 'sub 2', 'sub 3', 'split', 'noop', 'have h', 'have g', 'close_all');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 9 }),
        fc.uniqueArray(fc.record({ tactic, logprob: fc.double({ min: -6, max: 0, noNaN: true }) }), { selector: (s) => s.tactic, maxLength: 6 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 25 }),
        async (n, suggestions: TacticSuggestion[], alpha, maxExpansions) => {
          const entries: FixedEntry[] = suggestions;
          const { result, tree } = await search(n, fixedProposer(entries), { lengthAlpha: alpha, budget: budget({ maxExpansions }) });
          expect(checkTree(tree, { bestFirst: true })).toEqual([]);
          expect(result.expansions).toBeLessThanOrEqual(maxExpansions);
          if (result.status === 'proved') expect(runScript(result.proof!.script, [{ hyps: [], n }])).toEqual([]);
          const names = suggestions.map((s) => s.tactic);
          // With only `zero`, `sub k` and `noop` there are n + 1 states; with `zero` and `sub 1`
          // among them one is a proof, so n + 1 expansions must find it.
          const finite = names.every((t) => t === 'zero' || t === 'noop' || t.startsWith('sub'));
          if (finite && names.includes('zero') && names.includes('sub 1') && maxExpansions >= n + 1) expect(result.status).toBe('proved');
        },
      ),
      { numRuns: 60 },
    );
  });
});
