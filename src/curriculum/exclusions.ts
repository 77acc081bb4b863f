/**
 * The statements a curriculum must not contain: every problem under the given paths (the valid
 * split, the hand-written train set), normalised by `statementKey`, minus the files in the
 * output folder itself (the previous run's output is not an exclusion for the next).
 */
import { resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { loadProblems } from '../core/load-problems.ts';
import { parseStatement } from '../symbolic/syntax/index.ts';
import { statementKey } from './verify.ts';

/** @throws InputError when a path cannot be read as problems. Missing paths are skipped. */
export async function exclusionKeys(paths: readonly string[], outDir: string): Promise<Set<string>> {
  const out = resolve(outDir) + sep;
  const keys = new Set<string>();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    for (const problem of await loadProblems(path)) {
      if (resolve(problem.position.file).startsWith(out)) continue;
      const parsed = parseStatement(problem);
      if (parsed.kind === 'ok') keys.add(statementKey(parsed.statement));
    }
  }
  return keys;
}
