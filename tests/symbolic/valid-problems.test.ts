/**
 * Usefulness: every problem of `problems/valid` is proved by its hand-written reference proof
 * (tests/fixtures/valid-reference-proofs.json) replayed through `SymbolicBackend.verify` with
 * certified steps only (no z3), or is listed in tests/fixtures/out-of-reach.json with the
 * reason. The list is kept honest: a listed problem whose proof is accepted fails the test too.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProblems } from '../../src/core/load-problems.ts';
import type { Problem } from '../../src/core/problem.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';

const proofs = JSON.parse(readFileSync('tests/fixtures/valid-reference-proofs.json', 'utf8')) as Record<string, string>;
const outOfReach = JSON.parse(readFileSync('tests/fixtures/out-of-reach.json', 'utf8')) as Record<string, string>;
const problems: Problem[] = await loadProblems('problems/valid');
const backend = new SymbolicBackend({ allowSmt: false });

afterAll(async () => {
  await backend.close();
  await shutdownSmt();
});

describe('problems/valid reference proofs', () => {
  it('the out-of-reach list names only known problems, each with a reason', () => {
    const names = new Set(problems.map((p) => p.name));
    for (const [name, reason] of Object.entries(outOfReach)) {
      expect(names.has(name), `out-of-reach entry '${name}' is not a problem of problems/valid`).toBe(true);
      expect(reason.trim().length, `out-of-reach entry '${name}' needs a reason`).toBeGreaterThan(10);
    }
  });

  it.each(problems.map((p) => [p.name, p] as const))('%s', async (name, p) => {
    const script = proofs[name];
    const listed = outOfReach[name];
    if (script === undefined) {
      expect(listed, `${name} has no reference proof and is not listed as out of reach`).toBeDefined();
      return;
    }
    const v = await backend.verify(p, script);
    if (listed !== undefined) {
      expect(v.kind, `${name} is listed as out of reach (${listed}) but its reference proof is accepted: remove it from the list`).toBe('rejected');
      return;
    }
    expect(v.kind === 'rejected' ? `${v.rule}: ${v.message}` : v.tier, `reference proof of ${name}`).toBe('certified');
  });
});
