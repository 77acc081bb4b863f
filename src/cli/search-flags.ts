/**
 * The search flags that `prove`, `generate`, `iterate` and `bench` share, as option builders
 * (each command adds them in its own order, with its own wording where the meaning differs),
 * plus the run scaffolding the four commands have in common: loading the selected problems,
 * turning the budget flags into a search budget, and stopping on SIGINT/SIGTERM.
 */
import { Option, type Command } from 'commander';
import { InputError } from '../core/errors.ts';
import { loadProblems } from '../core/load-problems.ts';
import type { Problem } from '../core/problem.ts';
import type { Budget } from '../core/seams.ts';
import { SEARCH_DEFAULTS } from '../search/search.ts';
import type { BackendChoice, ProveBackendOptions } from './commands/prove.ts';
import { nonNegativeNumber, positiveInt, positiveNumber } from './flag-parsers.ts';

/** `--backend symbolic|lean|auto`, default symbolic. */
export function backendOption(): Option {
  return new Option('--backend <name>', 'proof backend (auto: Lean if a working workspace is configured)').choices(['symbolic', 'lean', 'auto']).default('symbolic');
}

/**
 * `--lean-project DIR`: the Lean workspace for `--backend lean|auto` (the Lean backend's own
 * error message tells the user to pass it, so every command that can start Lean should take it).
 */
export function leanProjectOption(): Option {
  return new Option('--lean-project <dir>', 'Lean project with Mathlib and the REPL built, for --backend lean|auto (default: $PROOFSEEK_LEAN_PROJECT)');
}

/** `--backend` and `--lean-project`, which every searching command takes together. */
export function addBackendOptions(command: Command): Command {
  return command.addOption(backendOption()).addOption(leanProjectOption());
}

export interface BackendFlags {
  backend: BackendChoice;
  leanProject?: string;
  concurrency: number;
}

/** What a searching command asks `makeBackend` for: its flags plus the run's tactic timeout and smt choice. */
export function backendRequest(flags: BackendFlags, tacticTimeoutMs: number, allowSmt: boolean): ProveBackendOptions {
  return { concurrency: flags.concurrency, tacticTimeoutMs, allowSmt, ...(flags.leanProject === undefined ? {} : { leanProject: flags.leanProject }) };
}

export function expansionsOption(description: string, defaultValue: number): Option {
  return new Option('--expansions <n>', description).argParser(positiveInt).default(defaultValue);
}

export function timeLimitOption(description: string, defaultValue: number): Option {
  return new Option('--time-limit <seconds>', description).argParser(positiveNumber).default(defaultValue);
}

export function tacticTimeoutOption(defaultValue: number, description = 'limit per tactic application'): Option {
  return new Option('--tactic-timeout <seconds>', description).argParser(positiveNumber).default(defaultValue);
}

export function noSmtOption(description = 'symbolic backend: never close a goal by z3 alone (only certified proofs)'): Option {
  return new Option('--no-smt', description);
}

export function concurrencyOption(description = 'problems searched in parallel'): Option {
  return new Option('--concurrency <n>', description).argParser(positiveInt).default(1);
}

export function tacticsPerExpansionOption(description = 'tactics asked of the proposer per expansion'): Option {
  return new Option('-k, --k <n>', description).argParser(positiveInt).default(SEARCH_DEFAULTS.tacticsPerExpansion);
}

export function tacticConcurrencyOption(): Option {
  return new Option('--tactic-concurrency <n>', 'tactics applied in parallel within one expansion').argParser(positiveInt).default(SEARCH_DEFAULTS.tacticConcurrency);
}

export function alphaOption(): Option {
  return new Option('--alpha <x>', 'length-normalisation exponent of the priority').argParser(nonNegativeNumber).default(SEARCH_DEFAULTS.lengthAlpha);
}

export function limitOption(description = 'only the first n problems'): Option {
  return new Option('--limit <n>', description).argParser(positiveInt);
}

export interface BudgetFlags {
  expansions: number;
  timeLimit: number;
  tacticTimeout: number;
}

/** The per-problem search budget the flags ask for (seconds on the command line, ms inside). */
export function budgetFromFlags(flags: BudgetFlags): Budget {
  return { maxExpansions: flags.expansions, timeLimitMs: Math.round(flags.timeLimit * 1000), tacticTimeoutMs: Math.round(flags.tacticTimeout * 1000) };
}

/** The first `limit` items (all of them without a limit). */
export function firstN<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}

/** Loads `path`, keeps the first `limit` problems and checks that their names are unique. */
export async function loadSelectedProblems(path: string, limit: number | undefined, keyedBy: string): Promise<Problem[]> {
  const problems = firstN(await loadProblems(path), limit);
  checkUniqueNames(problems, keyedBy);
  return problems;
}

/**
 * Throws an `InputError` at the second problem of a repeated name. `keyedBy` says why names
 * must be unique (what the command keys by name), for the message.
 */
export function checkUniqueNames(problems: readonly Problem[], keyedBy: string): void {
  const seen = new Map<string, Problem>();
  for (const problem of problems) {
    const first = seen.get(problem.name);
    if (first) {
      const where = `${first.position.file}:${first.position.line}`;
      throw new InputError(`duplicate problem name '${problem.name}' (first at ${where}): ${keyedBy}`, problem.position);
    }
    seen.set(problem.name, problem);
  }
}

/** A run that SIGINT/SIGTERM stops: `signal` aborts on the first one, `received` says which. */
export interface StopOnSignal {
  readonly signal: AbortSignal;
  received(): NodeJS.Signals | undefined;
  /** Removes the listeners (call in a `finally`). */
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM (once each) when `enabled` (tests turn it off), so a run can
 * stop, keep what it recorded, and then exit by the signal with `exitBySignal`.
 */
export function stopOnSignal(enabled: boolean): StopOnSignal {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    received = signal;
    controller.abort();
  };
  if (enabled) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      if (!enabled) return;
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

/** Dies by the signal itself, so the shell sees the usual 128 + n exit status. */
export function exitBySignal(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}
