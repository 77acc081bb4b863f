/**
 * The committed curriculum (problems/train/generated/) is exactly what `proofseek curriculum`
 * makes with its documented defaults, every statement elaborates, no statement equals a
 * problems/valid one, names are unique across problems/, and a sample of the problems is
 * proved by its known script on the symbolic checker (certified steps only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/cli/commands/parse.ts';
import { loadProblems } from '../../src/core/load-problems.ts';
import { CURRICULUM_DEFAULTS, FAMILIES, exclusionKeys, familyFileName, generateCurriculum, renderFile, statementKey, type FamilyOutput } from '../../src/curriculum/index.ts';
import { candidateProblem } from '../../src/curriculum/verify.ts';
import { SymbolicBackend } from '../../src/symbolic/backend.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import { parseStatement } from '../../src/symbolic/syntax/index.ts';

const DIR = CURRICULUM_DEFAULTS.out;
let outputs: FamilyOutput[] = [];

beforeAll(async () => {
  const exclude = await exclusionKeys(CURRICULUM_DEFAULTS.exclude, DIR);
  outputs = await generateCurriculum({ seed: CURRICULUM_DEFAULTS.seed, count: CURRICULUM_DEFAULTS.count, exclude });
}, 120_000);

describe('the committed curriculum', () => {
  it('is reproduced byte for byte by regenerating with the documented seed', () => {
    const committed = readdirSync(DIR).filter((f) => f.endsWith('.lean')).sort();
    expect(committed).toEqual(FAMILIES.map((f) => familyFileName(f.name)).sort());
    for (const output of outputs) {
      const file = join(DIR, familyFileName(output.family.name));
      expect(readFileSync(file, 'utf8'), `${file} differs from its regeneration`).toBe(renderFile(output.problems));
    }
  });

  it('has at least 1,000 problems spanning difficulties 1..5 in every family', () => {
    const total = outputs.reduce((s, o) => s + o.problems.length, 0);
    expect(total).toBeGreaterThanOrEqual(1000);
    for (const output of outputs) {
      const levels = new Set(output.problems.map((p) => p.candidate.difficulty));
      expect([...levels].sort(), output.family.name).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('every statement parses and elaborates', async () => {
    const report = await parseReport(DIR);
    expect(report.failures).toEqual([]);
    expect(report.total).toBe(CURRICULUM_DEFAULTS.count);
    expect(report.elaborated).toBe(report.total);
  });

  it('shares no statement with problems/valid and no name with the rest of problems/', async () => {
    const valid = await loadProblems('problems/valid');
    const validKeys = new Set(valid.map((p) => parseStatement(p)).flatMap((r) => (r.kind === 'ok' ? [statementKey(r.statement)] : [])));
    expect(validKeys.size).toBe(valid.length);
    const generated = outputs.flatMap((o) => o.problems);
    expect(generated.filter((p) => validKeys.has(p.key)).map((p) => p.name)).toEqual([]);
    expect(new Set(generated.map((p) => p.key)).size).toBe(generated.length);
    const all = await loadProblems('problems');
    expect(new Set(all.map((p) => p.name)).size).toBe(all.length);
    for (const p of generated) expect(p.name).toMatch(/^gen_(alg|sys|eq|ineq|nat|nt|sum|floor|quant)_[a-z]+_s\d+_\d{4}$/u);
  });
});

describe('a sample proved by its known script', () => {
  const backend = new SymbolicBackend({ allowSmt: false });
  afterAll(async () => {
    await backend.close();
    await shutdownSmt();
  });

  it('two problems of each family with a script, at difficulties 1 and 5, are certified', async () => {
    let checked = 0;
    for (const output of outputs) {
      for (const difficulty of [1, 5] as const) {
        const p = output.problems.find((q) => q.candidate.difficulty === difficulty);
        if (!p?.candidate.script) continue;
        const verdict = await backend.verify(candidateProblem(p.candidate, p.name), p.candidate.script);
        expect(verdict.kind === 'rejected' ? `${verdict.rule}: ${verdict.message}` : verdict.tier, p.name).toBe('certified');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
  }, 120_000);
});
