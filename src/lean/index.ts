/**
 * The Lean backend: Lean 4 with Mathlib, driven through the Lean REPL
 * (../shared/docs/lean-repl-protocol.md), behind the `ProofBackend` seam.
 *
 * Algorithm sketch:
 * - A pool of REPL processes; each imports the common header once when it starts and keeps one
 *   environment per problem header. Work goes to the least-loaded process.
 * - Tactic mode: `start` runs `<statement> := by sorry` and takes the goal of that `sorry`;
 *   `apply` runs one tactic on a proof state, bound to the process and generation that made it.
 *   Proved means the REPL's `proofStatus` is `Completed`, never just "no goals left".
 * - Verification: static audit, then the whole declaration as one command, then
 *   `#print axioms` and a statement check on the result (see verify.ts). Nothing else accepts.
 * - Every REPL failure (timeout, memory cap, crash, broken output) restarts the process and comes
 *   back as a value naming the reason; ids of the old process fail cleanly as stale.
 *
 * Files, by lifecycle:
 * - protocol.ts — branded ids, requests, zod schemas of every response, `proofStatus`
 * - framing.ts  — request encoding and the splitting of stdout into responses
 * - spawn.ts    — one OS process (execa, own process group, stderr kept for diagnostics)
 * - memory.ts   — RSS of a process tree from /proc; `--max-memory` sizes
 * - session.ts  — one REPL: queue, one request in flight, timeouts, restarts, generations
 * - pool.ts     — workers (session + header environments), least-loaded scheduling
 * - project.ts  — the Lean project, the default `lake env <repl>` command, the common header
 * - tactic.ts   — reading statement and tactic responses as goals and steps
 * - lexer.ts    — Lean tokens for the audit (comments skipped, literals kept whole)
 * - audit.ts    — the static audit: constructs that can cheat a checker
 * - axioms.ts   — reading and judging `#print axioms`
 * - verify.ts   — audited whole-proof verification
 * - script.ts   — a written proof as the tactic script `verify` takes
 * - backend.ts  — `LeanBackend` (the seam) and `createLeanBackend`
 */
export { createLeanBackend, LeanBackend, type LeanBackendOptions, type LeanProjectOptions } from './backend.ts';
export { auditProblem, auditScript, auditText, type AuditOptions, type AuditRule, type Finding, type StaticAudit } from './audit.ts';
export { parseByteSize } from './memory.ts';
export { commonHeader, defaultReplCommand, LEAN_PROJECT_ENV, resolveLeanProject } from './project.ts';
export { tacticScriptOf } from './script.ts';
export type { ReplCommand } from './spawn.ts';
