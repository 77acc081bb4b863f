/**
 * The dispatcher: runs a parsed tactic block on a goal list the way Lean's tactic framework
 * does. Atomic tactics act on the first goal; the goals they return replace it in front of the
 * others. `·` focuses and requires the goal closed, `t <;> s` runs `s` on every goal `t`
 * makes, combinators (`try`, `all_goals`, `any_goals`, `repeat`, `first`, `case`) follow
 * their Lean meaning. Logical tactics are handled here (./tactics); arithmetic ones by name by
 * `arithmeticHandlers` (../arith), with a z3 fallback (tier `smt`) for the closing ones when
 * allowed. Every atomic tactic runs under its own deadline; thrown exceptions (bugs) become
 * error values saying "internal error", and oversized results are refused with `resource`.
 */
import { arithmeticHandlers } from '../arith/index.ts';
import { smtProve } from '../smt/index.ts';
import type { TacticErrorReason } from '../../core/seams.ts';
import { oversized, printGoalText, renameInaccessible } from './goal.ts';
import { resolveHints, resolveLocation, resolveOperand } from './hints.ts';
import { weaker, type EngineConfig, type EngineEnv, type LogicalHandler, type RunResult } from './runtime.ts';
import type { ParsedTactic, TacticNode } from './tactic-ast.ts';
import type { Source, Span } from './text.ts';
import { closed, type Goal, type StepTier, type TacticCall, type TacticOutcome } from './types.ts';
import { apply, assumption, clear, constructor, contradiction, exact, exfalso, leftRight, refine, renameI, rfl, show, symm, trivial, use } from './tactics/basic.ts';
import { casesPrime, casesTactic, obtain, rcases } from './tactics/cases.ts';
import { absurd, byCases, byContra, contrapose, pushNegTactic } from './tactics/contra.ts';
import { have, specialize } from './tactics/have.ts';
import { induction } from './tactics/induction.ts';
import { intro, rintro } from './tactics/intro.ts';
import { rewrite } from './tactics/rewrite.ts';
import { subst, substVars } from './tactics/subst.ts';

/** Handlers of the logical tactics, by parsed name. */
const LOGICAL: Readonly<Record<Exclude<ParsedTactic['name'], 'generic' | 'skip' | 'done'>, LogicalHandler>> = {
  intro: (g, t) => intro(g, t as never),
  rintro: (g, t, e) => rintro(g, t as never, e),
  constructor: (g) => constructor(g),
  left: (g) => leftRight(g, 'left'),
  right: (g) => leftRight(g, 'right'),
  exfalso: (g) => exfalso(g),
  trivial: (g, _t, e) => trivial(g, e),
  rfl: (g, _t, e) => rfl(g, e),
  assumption: (g) => assumption(g),
  contradiction: (g, _t, e) => contradiction(g, e),
  exact: (g, t, e) => exact(g, t as never, e),
  apply: (g, t, e) => apply(g, t as never, e),
  refine: (g, t, e) => refine(g, t as never, e),
  use: (g, t, e) => use(g, t as never, e),
  rcases: (g, t, e) => rcases(g, t as never, e),
  obtain: (g, t, e) => obtain(g, t as never, e),
  "cases'": (g, t, e) => casesPrime(g, t as never, e),
  cases: (g, t, e) => casesTactic(g, t as never, e),
  subst_vars: (g) => substVars(g),
  symm: (g) => symm(g),
  rename_i: (g, t) => renameI(g, t as never),
  contrapose: (g, t) => contrapose(g, t as never),
  absurd: (g, t, e) => absurd(g, t as never, e),
  by_contra: (g, t) => byContra(g, t as never),
  push_neg: (g, t) => pushNegTactic(g, t as never),
  by_cases: (g, t, e) => byCases(g, t as never, e),
  have: (g, t, e) => have(g, t as never, e),
  specialize: (g, t, e) => specialize(g, t as never, e),
  subst: (g, t) => subst(g, t as never),
  rw: (g, t, e) => rewrite(g, t as never, e),
  induction: (g, t, e) => induction(g, t as never, e),
  show: (g, t, e) => show(g, t as never, e),
  clear: (g, t) => clear(g, t as never),
};

/**
 * Terminal arithmetic tactics (in Lean they close the goal or fail): the ones z3 may stand in
 * for. `norm_num`/`simp` are not among them: where they fail here, Lean's may still simplify and
 * leave a goal, so closing it instead would make a script that does not replay.
 */
const SMT_CLOSERS: ReadonlySet<string> = new Set(['linarith', 'nlinarith', 'positivity', 'omega', 'decide', 'ring', 'polyrith']);
/** Closers that use every hypothesis of the context (the others see only their explicit arguments). */
const USES_CONTEXT: ReadonlySet<string> = new Set(['linarith', 'nlinarith', 'omega', 'polyrith']);
/** Closers that use no hypothesis at all. */
const CONTEXT_FREE: ReadonlySet<string> = new Set(['positivity', 'decide', 'ring']);

/** Most nested blocks / `repeat` iterations followed. */
const MAX_DEPTH = 64;
const MAX_REPEAT = 64;

function errorResult(reason: TacticErrorReason, message: string): RunResult {
  return { kind: 'error', reason, message };
}

/** Runs tactic blocks against goals; one instance per script (it holds the source text). */
export class Dispatcher {
  constructor(
    readonly config: EngineConfig,
    readonly src: Source,
    /** Absolute deadline for everything this dispatcher runs. */
    readonly overallDeadline: number,
  ) {}

  run(node: TacticNode, goals: readonly Goal[], depth = 0): Promise<RunResult> {
    return this.runNode(node, goals, depth);
  }

  private async runNode(node: TacticNode, goals: readonly Goal[], depth: number): Promise<RunResult> {
    if (depth > MAX_DEPTH) return errorResult('resource', 'tactic blocks nested too deeply');
    if (Date.now() > this.overallDeadline) return errorResult('timeout', 'deadline exceeded');
    switch (node.kind) {
      case 'seq': {
        let cur = goals;
        let tier: StepTier = 'certified';
        for (const item of node.items) {
          const r = await this.runNode(item, cur, depth);
          if (r.kind === 'error') return r;
          cur = r.goals;
          tier = weaker(tier, r.tier);
        }
        return { kind: 'ok', goals: cur, tier };
      }
      case 'focus':
        return this.focus(node.body, goals, 0, depth);
      case 'then': {
        const [first, ...rest] = goals;
        if (first === undefined) return errorResult('failed', 'no goals to be proved');
        const r1 = await this.runNode(node.first, [first], depth + 1);
        if (r1.kind === 'error') return r1;
        const out: Goal[] = [];
        let tier = r1.tier;
        for (const g of r1.goals) {
          const r = await this.runNode(node.second, [g], depth + 1);
          if (r.kind === 'error') return r;
          out.push(...r.goals);
          tier = weaker(tier, r.tier);
        }
        return { kind: 'ok', goals: [...out, ...rest], tier };
      }
      case 'combinator':
        return this.combinator(node.name, node.body, goals, depth);
      case 'first': {
        let last: RunResult = errorResult('failed', 'first: no alternative');
        for (const alt of node.alts) {
          last = await this.runNode(alt, goals, depth + 1);
          if (last.kind === 'ok') return last;
        }
        return last;
      }
      case 'case': {
        let index = 0;
        if (node.tag !== undefined) {
          const tag = node.tag;
          index = goals.findIndex((g) => g.caseTag === tag);
          if (index < 0) index = goals.findIndex((g) => g.caseTag !== undefined && g.caseTag.endsWith(`.${tag}`));
          if (index < 0) return errorResult('failed', `case '${tag}' not found`);
        }
        const target = goals[index];
        if (target === undefined) return errorResult('failed', 'no goals to be proved');
        const renamed = renameInaccessible(target, node.names);
        if (renamed === undefined) return errorResult('failed', `too many names in 'case ${node.tag ?? ''}'`);
        const others = goals.filter((_, i) => i !== index);
        return this.focus(node.body, [renamed, ...others], 0, depth);
      }
      case 'atomic':
        return this.runAtomic(node.tactic, node.span, goals);
    }
  }

  /** Runs `body` on goal `index` alone; it must close it. */
  private async focus(body: TacticNode, goals: readonly Goal[], index: number, depth: number): Promise<RunResult> {
    const g = goals[index];
    if (g === undefined) return errorResult('failed', 'no goals to be proved');
    const r = await this.runNode(body, [g], depth + 1);
    if (r.kind === 'error') return r;
    if (r.goals.length > 0) return errorResult('failed', `unsolved goals\n${r.goals.map(printGoalText).join('\n\n')}`);
    return { kind: 'ok', goals: goals.filter((_, i) => i !== index), tier: r.tier };
  }

  private async combinator(name: 'try' | 'all_goals' | 'any_goals' | 'repeat' | 'focus', body: TacticNode, goals: readonly Goal[], depth: number): Promise<RunResult> {
    switch (name) {
      case 'try': {
        const r = await this.runNode(body, goals, depth + 1);
        if (r.kind === 'error' && r.reason !== 'timeout' && r.reason !== 'resource') return { kind: 'ok', goals, tier: 'certified' };
        return r;
      }
      case 'focus':
        return this.focus(body, goals, 0, depth);
      case 'all_goals':
      case 'any_goals': {
        const out: Goal[] = [];
        let tier: StepTier = 'certified';
        let progress = false;
        let lastError: RunResult | undefined;
        for (const g of goals) {
          const r = await this.runNode(body, [g], depth + 1);
          if (r.kind === 'error') {
            if (name === 'all_goals') return r;
            lastError = r;
            out.push(g);
            continue;
          }
          progress = true;
          out.push(...r.goals);
          tier = weaker(tier, r.tier);
        }
        if (name === 'any_goals' && !progress) return lastError ?? errorResult('failed', 'any_goals: no goals');
        return { kind: 'ok', goals: out, tier };
      }
      case 'repeat': {
        const [first, ...rest] = goals;
        if (first === undefined) return { kind: 'ok', goals, tier: 'certified' };
        let budget = MAX_REPEAT;
        const rep = async (g: Goal): Promise<{ goals: Goal[]; tier: StepTier }> => {
          if (budget <= 0 || Date.now() > this.overallDeadline) return { goals: [g], tier: 'certified' };
          budget--;
          const r = await this.runNode(body, [g], depth + 1);
          if (r.kind === 'error') return { goals: [g], tier: 'certified' };
          const out: Goal[] = [];
          let tier = r.tier;
          for (const h of r.goals) {
            const s = await rep(h);
            out.push(...s.goals);
            tier = weaker(tier, s.tier);
          }
          return { goals: out, tier };
        };
        const r = await rep(first);
        return { kind: 'ok', goals: [...r.goals, ...rest], tier: r.tier };
      }
    }
  }

  private async runAtomic(tactic: ParsedTactic, span: Span, goals: readonly Goal[]): Promise<RunResult> {
    if (tactic.name === 'skip') return { kind: 'ok', goals, tier: 'certified' };
    if (tactic.name === 'done') return goals.length === 0 ? { kind: 'ok', goals, tier: 'certified' } : errorResult('failed', `unsolved goals\n${goals.map(printGoalText).join('\n\n')}`);
    const [goal, ...rest] = goals;
    if (goal === undefined) return errorResult('failed', `no goals to be proved (at '${this.src.slice(span)}')`);
    const deadline = Math.min(this.overallDeadline, Date.now() + this.config.tacticTimeoutMs);
    const env: EngineEnv = {
      config: this.config,
      src: this.src,
      span,
      deadline,
      allowSmt: this.config.allowSmt,
      limits: this.config.limits,
      run: (node, gs) => this.run(node, gs, 1),
    };
    let outcome: TacticOutcome;
    try {
      outcome = await withDeadline(this.applyOne(goal, tactic, env), deadline);
    } catch (cause) {
      // A thrown exception is a bug in a handler: report it as a value, keeping the cause's
      // message and where it was thrown.
      if (cause instanceof RangeError) return errorResult('resource', `'${this.src.slice(span)}': terms too deep to process (${cause.message})`);
      const message = cause instanceof Error ? cause.message : String(cause);
      const where = cause instanceof Error ? (cause.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ← ') : '';
      return errorResult('backend', `internal error in '${this.src.slice(span)}': ${message}${where === '' ? '' : ` (${where})`}`);
    }
    if (outcome.kind === 'error') return errorResult(outcome.reason, outcome.message);
    for (const g of outcome.goals) {
      const why = oversized(g);
      if (why !== undefined) return errorResult('resource', `'${this.src.slice(span)}' produced a goal with ${why}`);
    }
    return { kind: 'ok', goals: [...outcome.goals, ...rest], tier: outcome.tier };
  }

  private async applyOne(goal: Goal, tactic: ParsedTactic, env: EngineEnv): Promise<TacticOutcome> {
    if (tactic.name !== 'generic') {
      const handler = LOGICAL[tactic.name as keyof typeof LOGICAL];
      return handler(goal, tactic, env);
    }
    return this.applyArithmetic(goal, tactic, env);
  }

  private async applyArithmetic(goal: Goal, tactic: Extract<ParsedTactic, { name: 'generic' }>, env: EngineEnv): Promise<TacticOutcome> {
    const name = tactic.tactic;
    const handler = arithmeticHandlers[name];
    if (handler === undefined) return { kind: 'error', reason: 'unsupported', message: `unknown or unsupported tactic '${name}'` };
    const hints = await resolveHints(goal, tactic.hints, env);
    if (hints.kind === 'error') return hints;
    const loc = resolveLocation(goal, tactic.location);
    if (loc.kind === 'error') return loc;
    const args = [...hints.value];
    if (tactic.operand !== undefined) {
      if (name !== 'interval_cases') return { kind: 'error', reason: 'parse', message: `unexpected '${env.src.slice(tactic.operand)}' after '${name}'` };
      const op = resolveOperand(goal, env.src.slice(tactic.operand), env);
      if (op.kind === 'error') return op;
      args.unshift(op.value);
    }
    const call: TacticCall = {
      name,
      text: env.src.slice(env.span),
      args,
      ...(loc.value === undefined ? {} : { location: loc.value }),
      ...(tactic.only ? { only: true } : {}),
    };
    const out = await handler(goal, call, env);
    if (out.kind === 'goals') return { ...out, tier: weaker(out.tier, hints.tier) };
    if (out.reason !== 'failed' || !env.allowSmt || !SMT_CLOSERS.has(name) || loc.value !== undefined) return out;
    const smt = await smtProve(smtGoal(goal, call), { deadline: env.deadline });
    if (smt.kind === 'unsat') return closed('smt');
    return out;
  }
}

/** The goal z3 is asked about: only the hypotheses the tactic itself would use. */
function smtGoal(goal: Goal, call: TacticCall): Goal {
  const hintHyps = call.args.flatMap((a) => (a.kind === 'hyp' ? [{ kind: 'hypothesis' as const, name: `hint✝${a.name}`, prop: a.prop }] : []));
  const useContext = USES_CONTEXT.has(call.name) && call.only !== true;
  const useHints = !CONTEXT_FREE.has(call.name);
  const context = goal.context.filter((e) => e.kind === 'variable' || useContext);
  return { context: [...context, ...(useHints ? hintHyps : [])], target: goal.target };
}

/** Races `p` against the deadline (plus a grace period for handlers that check it themselves). */
async function withDeadline(p: Promise<TacticOutcome>, deadline: number): Promise<TacticOutcome> {
  const grace = 250;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TacticOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'error', reason: 'timeout', message: 'tactic deadline exceeded' }), Math.max(0, deadline - Date.now()) + grace);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
