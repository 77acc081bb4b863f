/**
 * Audited whole-proof verification. A proof is accepted only when every step below passes; the
 * verdict names the first rule that failed.
 *
 * 1. static audit of the header and the declaration text (no Lean needed);
 * 2. the declaration `<signature> := by <script>` runs as one command in the header environment:
 *    no error message (`lean-error`), no `sorry` reported or warned about (`sorry`);
 * 3. an `example` has no name to ask about, so once it passes it is checked again as
 *    `theorem <problem name>`;
 * 4. `#print axioms <name>` in the resulting environment: the declaration exists
 *    (`missing-declaration`) and rests on nothing beyond propext, Classical.choice, Quot.sound;
 * 5. the original statement, elaborated again beside it, is the type of the declaration (`rfl`
 *    between the two proofs type-checks only if their statements agree) (`statement`).
 *
 * A REPL failure is never an acceptance: it is a rejection whose rule says the proof could not
 * be checked (`timeout`, `memory`, `backend`). A restart caused by other work is retried once.
 */
import type { Problem } from '../core/problem.ts';
import { leanSourceWithProof } from '../core/problem.ts';
import type { Verdict } from '../core/seams.ts';
import { internalError } from '../core/errors.ts';
import { auditScript, type AuditOptions } from './audit.ts';
import { judgeAxioms, readAxioms } from './axioms.ts';
import type { LeanPool, LeanWorker } from './pool.ts';
import { errorMessages, formatMessage, type CommandResponse, type EnvId, type Request } from './protocol.ts';
import type { SessionFailure } from './session.ts';

export interface VerifyContext extends AuditOptions {
  readonly pool: LeanPool;
  /** Timeout of each Lean command of the check. */
  readonly timeoutMs: number;
  /** Reported in every verdict, e.g. `leanprover/lean4:v4.33.0-rc2`. */
  readonly verifierVersion: string;
}

/** The name under which the statement is elaborated a second time for step 5. */
export const STATEMENT_CHECK_NAME = 'proofseek_statement_check';

/** One step of the check: passed (with its result), rejected by a rule, or cut short by a restart caused elsewhere. */
export type Step<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'rejected'; readonly rule: string; readonly message: string }
  | { readonly kind: 'retry'; readonly message: string };

/** Checks `script` as the proof of `problem`; see the module comment for the rules. */
export async function verifyProof(context: VerifyContext, problem: Problem, script: string): Promise<Verdict> {
  const rejected = (rule: string, message: string): Verdict => ({
    kind: 'rejected',
    verifier: 'lean',
    verifierVersion: context.verifierVersion,
    rule,
    message,
  });
  const audit = auditScript(problem, script, context);
  if (audit.kind === 'rejected') return rejected(audit.rule, audit.message);
  let last = '';
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const outcome = await context.pool.withWorker((worker) => checkInLean(context, worker, problem, script));
    if (outcome.kind === 'ok') {
      return { kind: 'accepted', verifier: 'lean', verifierVersion: context.verifierVersion, tier: 'kernel' };
    }
    if (outcome.kind === 'rejected') return rejected(outcome.rule, outcome.message);
    last = outcome.message;
  }
  return rejected('backend', `cannot verify: ${last}`);
}

async function checkInLean(context: VerifyContext, worker: LeanWorker, problem: Problem, script: string): Promise<Step<null>> {
  const header = await worker.headerEnv(problem.header);
  if (header.kind === 'header-error') return { kind: 'rejected', rule: 'header', message: header.message };
  if (header.kind !== 'ok') return failure(header);
  const run = (cmd: string, env: EnvId | undefined) =>
    command(context, worker, { kind: 'command', cmd, ...(env === undefined ? {} : { env }) }, header.generation);

  const first = await run(leanSourceWithProof(problem, script), header.env);
  if (first.kind !== 'ok') return first;
  const firstJudgement = judgeDeclaration(first.value);
  if (firstJudgement.kind !== 'ok') return firstJudgement;

  let declared = first.value;
  let signature = problem.signature;
  if (problem.kind === 'example') {
    signature = renameDeclaration(problem.signature, problem.name);
    const named = await run(leanSourceWithProof({ ...problem, signature }, script), header.env);
    if (named.kind !== 'ok') return named;
    const namedJudgement = judgeDeclaration(named.value);
    if (namedJudgement.kind !== 'ok') return namedJudgement;
    declared = named.value;
  }

  const name = leanName(problem.name);
  const printed = await run(`#print axioms ${name}`, declared.env);
  if (printed.kind !== 'ok') return printed;
  const report = readAxioms(printed.value.messages);
  if (report.kind === 'unreadable') {
    return { kind: 'rejected', rule: 'missing-declaration', message: `no declaration '${problem.name}' to check: ${report.message}` };
  }
  const axioms = judgeAxioms(report.axioms, context);
  if (axioms.kind === 'rejected') return axioms;

  const statement = await run(statementCheckCommand(signature, name), declared.env);
  if (statement.kind !== 'ok') return statement;
  const mismatch = errorMessages(statement.value.messages);
  if (mismatch.length > 0) {
    return {
      kind: 'rejected',
      rule: 'statement',
      message: `the checked declaration does not have the original statement: ${mismatch.map(formatMessage).join('; ')}`,
    };
  }
  return { kind: 'ok', value: null };
}

async function command(context: VerifyContext, worker: LeanWorker, request: Request, generation: number): Promise<Step<CommandResponse>> {
  const outcome = await worker.send(request, { timeoutMs: context.timeoutMs, generation });
  if (outcome.kind !== 'answer') return failure(outcome);
  const { response } = outcome;
  if (response.kind === 'error') return { kind: 'rejected', rule: 'backend', message: `cannot verify: the REPL refused the command: ${response.message}` };
  if (response.kind === 'tactic') throw internalError('a command was answered with a tactic response');
  return { kind: 'ok', value: response };
}

function failure(outcome: SessionFailure): Step<never> {
  switch (outcome.kind) {
    case 'restarted':
    case 'stale':
      return { kind: 'retry', message: outcome.message };
    case 'timeout':
      return { kind: 'rejected', rule: 'timeout', message: `cannot verify: ${outcome.message}` };
    case 'memory':
      return { kind: 'rejected', rule: 'memory', message: `cannot verify: ${outcome.message}` };
    case 'crashed':
    case 'protocol':
    case 'closed':
    case 'unavailable':
      return { kind: 'rejected', rule: 'backend', message: `cannot verify: ${outcome.message}` };
  }
}

const SORRY_WARNING = /declaration uses [`']?sorry/u;

/** Step 2: a command that declared the proof cleanly has no error and no sorry. */
export function judgeDeclaration(response: CommandResponse): Step<null> {
  const errors = errorMessages(response.messages);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return { kind: 'rejected', rule: 'lean-error', message: `${formatMessage(errors[0]!)}${more}` };
  }
  if (response.sorries.length > 0 || response.messages.some((m) => SORRY_WARNING.test(m.data))) {
    return { kind: 'rejected', rule: 'sorry', message: 'Lean reports that the proof uses `sorry`' };
  }
  return { kind: 'ok', value: null };
}

const DECLARATION_HEAD = /^(?:@\[[^\]]*\]\s*)?(?:(?:private|protected|noncomputable)\s+)*(theorem|lemma|example)(?=[\s({[⦃:]|$)/u;

/**
 * `signature` with its keyword and name replaced by `theorem <name>` (attributes and modifiers
 * dropped): `example (x : ℕ) : P` → `theorem n (x : ℕ) : P`.
 * @throws Error (a bug) when `signature` does not start a declaration.
 */
export function renameDeclaration(signature: string, name: string): string {
  const head = DECLARATION_HEAD.exec(signature);
  if (!head) throw internalError(`not a declaration: ${signature.slice(0, 40)}`);
  let rest = signature.slice(head[0].length);
  if (head[1] !== 'example') rest = rest.replace(/^\s*(?:«[^»]*»|[^\s({[⦃:«])+/u, '');
  return `theorem ${leanName(name)} ${rest.trimStart()}`;
}

/** Step 5's command: the statement again under a fresh name, and `rfl` between the two proofs. */
export function statementCheckCommand(signature: string, name: string): string {
  return `${renameDeclaration(signature, STATEMENT_CHECK_NAME)} := sorry\nexample : @${name} = @${STATEMENT_CHECK_NAME} := rfl`;
}

const PLAIN_COMPONENT = /^[\p{L}_][\p{L}\p{N}_'!?]*$/u;

/** `name` as Lean source: components that are not plain identifiers get `«»`. */
export function leanName(name: string): string {
  return name
    .split('.')
    .map((part) => (PLAIN_COMPONENT.test(part) ? part : `«${part}»`))
    .join('.');
}
