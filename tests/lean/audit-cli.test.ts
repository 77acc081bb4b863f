/**
 * `proofseek audit FILE`: one test per construct that can cheat a checker (issue 4, item 5),
 * each written into a real .lean file and audited through the command; honest proofs (with
 * `Classical.choice`, comments that mention the forbidden words) pass; output and exit codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAudit, type CheckResult } from '../../src/cli/commands/audit.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;

const HEADER = 'import Mathlib\n\nopen Real Nat\n\n';

function leanFile(text: string): string {
  const path = join(scratch, `f${(files += 1)}.lean`);
  writeFileSync(path, text);
  return path;
}

async function runAudit(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const program = new Command('proofseek').exitOverride().configureOutput({
    writeOut: (s) => void (stdout += s),
    writeErr: (s) => void (stderr += s),
  });
  registerAudit(program, { stdout: new Writable({ write: (chunk, _enc, done) => void ((stdout += String(chunk)), done()) }) });
  try {
    await program.parseAsync(['audit', ...args], { from: 'user' });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout, stderr, exitCode: error.exitCode };
    throw error;
  }
}

async function auditJson(text: string, ...flags: string[]): Promise<CheckResult[]> {
  const { stdout, exitCode } = await runAudit([leanFile(text), '--json', ...flags]);
  expect(exitCode).toBe(0);
  return (JSON.parse(stdout) as { results: CheckResult[] }).results;
}

/** Audits one theorem and expects it rejected by `rule`. */
async function expectRejected(text: string, rule: string): Promise<CheckResult> {
  const results = await auditJson(text);
  expect(results).toHaveLength(1);
  expect(results[0]).toMatchObject({ accepted: false, reason: expect.stringContaining(`[${rule}]`) });
  return results[0]!;
}

describe('proofseek audit rejects each construct that can cheat a checker', () => {
  it('sorry inside a proof', async () => {
    const r = await expectRejected(`${HEADER}theorem t : (2 : ℝ) + 2 = 4 := by\n  have h : (1 : ℝ) = 1 := sorry\n  norm_num\n`, 'sorry');
    expect(r.reason).toMatch(/f\d+\.lean:6:26\)$/u);
  });

  it('admit', () => expectRejected(`${HEADER}theorem t : (2 : ℝ) + 2 = 4 := by\n  admit\n`, 'sorry'));

  it('a new axiom in the header', () => expectRejected(`${HEADER}axiom cheat : False\n\ntheorem t : (1 : ℕ) = 2 := cheat.elim\n`, 'axiom'));

  it('a new axiom slipped in after the proof', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\naxiom cheat : False\n`, 'axiom'));

  it('native_decide', () => expectRejected(`${HEADER}theorem t : 2 ^ 10 = 1024 := by\n  native_decide\n`, 'native-decide'));

  it('Lean.ofReduceBool', () => expectRejected(`${HEADER}theorem t : 2 ^ 10 = 1024 := of_decide_eq_true (Lean.ofReduceBool _ _ rfl)\n`, 'native-decide'));

  it('decide +native', () => expectRejected(`${HEADER}theorem t : 2 ^ 10 = 1024 := by\n  decide +native\n`, 'native-decide'));

  it('implemented_by', () =>
    expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\n@[implemented_by id] def f (n : ℕ) : ℕ := n + 1\n`, 'implemented-by'));

  it('extern', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\n@[extern "lean_nat_add"] def g (n : ℕ) : ℕ := n\n`, 'extern'));

  it('unsafe', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  exact unsafeCast ()\n`, 'unsafe'));

  it('debug.skipKernelTC', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 2 := by\n  set_option debug.skipKernelTC true in\n  exact sorryProof\n`, 'skip-kernel-tc'));

  it('notation in the header', () => expectRejected(`local notation "four" => (5 : ℕ)\n\ntheorem t : four = 5 := by\n  rfl\n`, 'notation'));

  it('an infix operator', () => expectRejected(`infixl:65 " +' " => HMul.hMul\n\ntheorem t : (2 : ℕ) +' 2 = 4 := by\n  rfl\n`, 'notation'));

  it('a macro', () => expectRejected(`macro "auto" : tactic => \`(tactic| rfl)\n\ntheorem t : (1 : ℕ) = 1 := by\n  auto\n`, 'macro'));

  it('macro_rules', () => expectRejected(`${HEADER}local macro_rules | \`($x ^ $y) => \`(HPow.hPow $x $y)\n\ntheorem t : (2 : ℕ) ^ 2 = 4 := by\n  norm_num\n`, 'macro'));

  it('syntax', () => expectRejected(`syntax "yes" : term\n\ntheorem t : True := by\n  trivial\n`, 'syntax'));

  it('an elaborator', () => expectRejected(`elab "magic" : tactic => pure ()\n\ntheorem t : True := by\n  trivial\n`, 'elab'));

  it('an instance', () => expectRejected(`${HEADER}instance : Fact (1 < 2) := ⟨by norm_num⟩\n\ntheorem t : (1 : ℕ) < 2 := Fact.out\n`, 'instance'));

  it('attribute [instance]', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\nattribute [instance] Nat.instDvdNat\n`, 'instance'));

  it('run_tac', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  run_tac Lean.Elab.Tactic.evalTactic (← \`(tactic| rfl))\n`, 'meta-code'));

  it('#eval', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\n#eval IO.println "hi"\n`, 'meta-code'));

  it('addDecl', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\nopen Lean in\nrun_meta addDecl default\n`, 'meta-code'));

  it('addDecl on its own', async () => {
    const r = await expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  exact (Lean.addDecl).elim\n`, 'meta-code');
    expect(r.reason).toContain('writes to the environment');
  });

  it('include, which adds a hypothesis to the statement', () =>
    expectRejected(`variable (h : False)\ninclude h\n\ntheorem t : (1 : ℕ) = 2 := by\n  exact h.elim\n`, 'statement-context'));

  it('#guard_msgs, which can hide errors', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n  rfl\n#guard_msgs in\n#check t\n`, 'meta-code'));

  it('a declaration without a proof', () => expectRejected(`${HEADER}theorem t : (1 : ℕ) = 1 := by\n`, 'no-proof'));
});

describe('proofseek audit accepts honest proofs', () => {
  it('with Classical.choice, Classical.em and by_contra', async () => {
    const results = await auditJson(
      `${HEADER}theorem t1 (p : Prop) : p ∨ ¬p := by\n  exact Classical.em p\n\n` +
        `theorem t2 (α : Type) [h : Nonempty α] : ∃ x : α, x = x := ⟨Classical.choice h, rfl⟩\n\n` +
        `theorem t3 (x : ℝ) (h₀ : 0 < x) : 0 < x ^ 2 := by\n  by_contra hx\n  push_neg at hx\n  nlinarith [sq_nonneg x]\n`,
    );
    expect(results).toEqual([
      { name: 't1', accepted: true, reason: 'passed the static audit (Lean was not run)' },
      { name: 't2', accepted: true, reason: 'passed the static audit (Lean was not run)' },
      { name: 't3', accepted: true, reason: 'passed the static audit (Lean was not run)' },
    ]);
  });

  it('whose comments mention sorry, axiom and native_decide', async () => {
    const results = await auditJson(
      `${HEADER}/-- No sorry, no axiom here. -/\ntheorem t : (2 : ℕ) + 2 = 4 := by\n  -- we avoid native_decide /- and unsafe -/\n  norm_num\n`,
    );
    expect(results).toEqual([{ name: 't', accepted: true, reason: expect.any(String) }]);
  });

  it('native_decide when explicitly allowed', async () => {
    const results = await auditJson(`${HEADER}theorem t : 2 ^ 10 = 1024 := by\n  native_decide\n`, '--allow-native-decide');
    expect(results[0]).toMatchObject({ accepted: true });
  });
});

describe('proofseek audit output', () => {
  it('prints one line per declaration and a summary', async () => {
    const file = leanFile(`${HEADER}theorem good : (1 : ℕ) = 1 := by\n  rfl\n\ntheorem bad : (1 : ℕ) = 1 := by\n  exact absurd rfl sorry\n`);
    const { stdout, exitCode } = await runAudit([file]);
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'accepted  good',
      expect.stringMatching(/^rejected {2}bad {2}\[sorry\] uses `sorry`: an unproved claim \(`sorry`\) \(.*:9:19\)$/u),
      '1 accepted, 1 rejected',
      '',
    ]);
  });

  it('exits with status 2 and one line on stderr for an unreadable file', async () => {
    const { stdout, stderr, exitCode } = await runAudit([join(scratch, 'missing.lean'), '--json']);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`proofseek: cannot read '${join(scratch, 'missing.lean')}': no such file or directory\n`);
  });

  it('exits with status 2 for a malformed file, naming file and line', async () => {
    const file = leanFile(`${HEADER}theorem t : (1 : ℕ) = 1\n`);
    const { stderr, exitCode } = await runAudit([file]);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(new RegExp(`^proofseek: ${file}:5:0: .*no \`:=\`.*\\n$`, 'u'));
  });
});
