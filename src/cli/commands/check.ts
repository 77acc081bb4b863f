/**
 * `proofseek check PATH [--json] [--time-limit S]`: decides each problem as
 * - `proved`: a short portfolio of tactic scripts (`norm_num`, `linarith`, `nlinarith [...]`,
 *   `omega`, `decide`, ...) verified by the backend, else z3 on the faithful translation
 *   (tier `smt`, no Lean proof);
 * - `false`: an assignment under which every hypothesis is true and the goal false, confirmed by
 *   exact evaluation (a misformalisation, printed in full);
 * - `unknown`: neither within the time limit.
 * Order per problem: quick sampling, the tactic portfolio, z3 (whose model may also refute),
 * then sampling with whatever time is left. z3's worker threads are shut down at the end so
 * the process can exit.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Problem } from '../../core/problem.ts';
import type { ProofBackend, Tier } from '../../core/seams.ts';
import { findCounterexample, prepare, refutes } from '../../symbolic/counterexample/index.ts';
import type { Goal } from '../../symbolic/engine/types.ts';
import { showValue, type Value } from '../../symbolic/eval/index.ts';
import { shutdownSmt, smtProve } from '../../symbolic/smt/index.ts';
import { parseStatement, type Statement, type Term } from '../../symbolic/syntax/index.ts';
import { loadOrExit, type CommandIo } from './audit.ts';

export type CheckStatus = 'proved' | 'false' | 'unknown';

export interface CheckOutcome {
  readonly name: string;
  readonly status: CheckStatus;
  /** The tactic script that was verified (absent when z3 alone proved it). */
  readonly proof?: string;
  readonly tier?: Tier;
  /** Variable → value (Lean-like text), for `false`. */
  readonly counterexample?: Readonly<Record<string, string>>;
  /** Why `unknown` (parse failure, nothing found). */
  readonly reason?: string;
  readonly seconds: number;
}

interface CheckFlags {
  json: boolean;
  timeLimit: number;
}

/** Adds `check` to `program`. `makeBackend` supplies the tactic checker (the symbolic backend). */
export function registerCheck(
  program: Command,
  makeBackend: () => Promise<ProofBackend>,
  io: CommandIo & { readonly stderr?: NodeJS.WritableStream } = { stdout: process.stdout, stderr: process.stderr },
): Command {
  return program
    .command('check')
    .description('decide each problem: proved (with a proof), false (with a verified counterexample) or unknown')
    .argument('<path>', 'a .lean file, a directory of .lean/.jsonl files, or a JSONL file')
    .option('--json', 'print {"results": [{name, status, proof?, tier?, counterexample?, seconds}]}', false)
    .option('--time-limit <seconds>', 'time limit per problem', positiveNumber, 10)
    .action(async (path: string, flags: CheckFlags, command: Command) => {
      const problems = await loadOrExit(path, command);
      let backend: ProofBackend | undefined;
      try {
        backend = await makeBackend();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr?.write(`proofseek: no tactic backend (${message}); checking with z3 and counterexamples only\n`);
      }
      try {
        const results: CheckOutcome[] = [];
        for (const problem of problems) {
          const outcome = await checkProblem(problem, backend, flags.timeLimit * 1000);
          results.push(outcome);
          if (!flags.json) io.stdout.write(`${formatLine(outcome)}\n`);
        }
        io.stdout.write(flags.json ? `${JSON.stringify({ results }, null, 2)}\n` : `${formatSummary(results)}\n`);
      } finally {
        await backend?.close();
        await shutdownSmt();
      }
    });
}

/** Decides one problem within `budgetMs`. Never throws for bad statements: they are `unknown`. */
export async function checkProblem(problem: Problem, backend: ProofBackend | undefined, budgetMs: number): Promise<CheckOutcome> {
  const start = Date.now();
  const seconds = (): number => Math.round((Date.now() - start) / 10) / 100;
  const at = (fraction: number): number => start + budgetMs * fraction;
  const parsed = parseStatement(problem);
  if (parsed.kind !== 'ok') return { name: problem.name, status: 'unknown', reason: `statement: ${parsed.message}`, seconds: seconds() };
  const statement = parsed.statement;
  // The target's leading ∀/→ introduced: z3 models and counterexamples then assign them too.
  const prepared = prepare({ context: statement.binders, target: statement.goal });
  const goal: Goal = prepared.kind === 'ok' ? prepared.goal : { context: statement.binders, target: statement.goal };
  const refuted = (assignment: ReadonlyMap<string, Value>): CheckOutcome => ({
    name: problem.name,
    status: 'false',
    counterexample: Object.fromEntries([...assignment].map(([k, v]) => [k, showValue(v)])),
    seconds: seconds(),
  });

  const quick = await findCounterexample(goal, { deadline: Math.min(at(0.1), start + 1000), useSmt: false });
  if (quick.kind === 'found') return refuted(quick.assignment);

  if (backend !== undefined) {
    // A certified proof beats an smt-trusted one: keep trying after the first smt acceptance.
    let trusted: string | undefined;
    for (const script of portfolio(statement)) {
      if (Date.now() > at(0.7)) break;
      const verdict = await backend.verify(problem, script);
      if (verdict.kind !== 'accepted') continue;
      if (verdict.tier !== 'smt') return { name: problem.name, status: 'proved', proof: script, tier: verdict.tier, seconds: seconds() };
      trusted ??= script;
    }
    if (trusted !== undefined) return { name: problem.name, status: 'proved', proof: trusted, tier: 'smt', seconds: seconds() };
  }

  const smt = await smtProve(goal, { deadline: Math.max(at(0.9), Date.now() + 200) });
  if (smt.kind === 'unsat') return { name: problem.name, status: 'proved', tier: 'smt', seconds: seconds() };
  if (smt.kind === 'sat' && refutes(goal, smt.model)) return refuted(smt.model);

  const late = await findCounterexample(goal, { deadline: at(1), useSmt: false, maxAssignments: 20_000 });
  if (late.kind === 'found') return refuted(late.assignment);
  const why = smt.kind === 'unsupported' ? `z3: unsupported ${smt.construct}` : smt.kind === 'unknown' ? smt.reason : 'no proof or counterexample found';
  return { name: problem.name, status: 'unknown', reason: why, seconds: seconds() };
}

/** Hint terms for `nlinarith`: squares of the numeric variables and of their pairwise differences and sums. */
function nlinarithHints(statement: Statement): string[] {
  const vars = statement.variables.filter((v) => v.type.kind === 'num' && v.type.name !== 'Complex').map((v) => v.name).slice(0, 4);
  const hints: string[] = [];
  for (let i = 0; i < vars.length; i++) {
    hints.push(`sq_nonneg ${vars[i]}`);
    for (let j = i + 1; j < vars.length; j++) hints.push(`sq_nonneg (${vars[i]} - ${vars[j]})`, `sq_nonneg (${vars[i]} + ${vars[j]})`);
  }
  return hints;
}

/** `intro x y h₁` for the target's leading `∀`s and premises, or '' when there are none. */
function introLine(target: Term): string {
  const names: string[] = [];
  let t = target;
  let premises = 0;
  while (names.length < 16) {
    if (t.kind === 'quant' && t.q === '∀') {
      names.push(t.binder.name);
      t = t.body;
    } else if (t.kind === 'logic' && t.op === '→') {
      premises += 1;
      names.push(`h_intro${premises}`);
      t = t.right;
    } else break;
  }
  return names.length === 0 ? '' : `intro ${names.join(' ')}\n`;
}

/** The tactic scripts tried in order, cheapest first. */
export function portfolio(statement: Statement): string[] {
  const hyps = statement.hypotheses.map((h) => h.name);
  const hints = nlinarithHints(statement);
  const numeric = statement.variables.filter((v) => v.type.kind === 'num');
  const integral = numeric.every((v) => v.type.kind === 'num' && (v.type.name === 'Nat' || v.type.name === 'Int'));
  const closers = [
    'norm_num',
    ...(statement.variables.length === 0 ? ['decide'] : []),
    'linarith',
    'positivity',
    ...(integral && numeric.length === statement.variables.length ? ['omega'] : []),
    ...(hints.length > 0 ? [`nlinarith [${hints.join(', ')}]`] : ['nlinarith']),
    ...(hyps.length > 0 ? [`norm_num [${hyps.join(', ')}] at *`, `simp_all`] : []),
    'simp',
  ];
  const intro = introLine(statement.goal);
  const scripts = closers.map((c) => intro + c);
  const goal = statement.goal;
  if (intro === '' && goal.kind === 'logic' && (goal.op === '∧' || goal.op === '↔')) {
    for (const c of ['norm_num', 'linarith', 'omega']) scripts.push(`constructor\n· ${c}\n· ${c}`);
  }
  return scripts;
}

function formatLine(o: CheckOutcome): string {
  const status = o.status.padEnd(8);
  switch (o.status) {
    case 'proved':
      return `${status}${o.name}  (${o.tier ?? '?'}${o.proof === undefined ? ', z3' : ''}, ${o.seconds}s)${o.proof === undefined ? '' : `  ${o.proof.replace(/\n/gu, '; ')}`}`;
    case 'false':
      return `${status}${o.name}  counterexample: ${Object.entries(o.counterexample ?? {}).map(([k, v]) => `${k} = ${v}`).join(', ')}`;
    case 'unknown':
      return `${status}${o.name}  (${o.reason ?? 'no verdict'})`;
  }
}

function formatSummary(results: readonly CheckOutcome[]): string {
  const count = (s: CheckStatus): number => results.filter((r) => r.status === s).length;
  const smt = results.filter((r) => r.status === 'proved' && r.tier === 'smt').length;
  const lines = [`${count('proved')} proved (${count('proved') - smt} certified, ${smt} smt), ${count('false')} false, ${count('unknown')} unknown`];
  const falses = results.filter((r) => r.status === 'false');
  if (falses.length > 0) {
    lines.push('false statements (misformalisations?), with their counterexamples:');
    for (const f of falses) lines.push(`  ${f.name}: ${Object.entries(f.counterexample ?? {}).map(([k, v]) => `${k} = ${v}`).join(', ')}`);
  }
  return lines.join('\n');
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}
