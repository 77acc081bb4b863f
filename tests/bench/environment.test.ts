/**
 * What a report says it was measured with (src/bench/environment.ts): Lean's toolchain and the
 * Mathlib and REPL commits (from `lake-manifest.json`, else the lakefile's pins), the git commit
 * of the checkout, and the model manifest — on the real repository files and on small
 * workspaces written here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEnvironment, gitCommit, leanVersions, modelManifest } from '../../src/bench/environment.ts';
import { REPO_ROOT as root } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A Lean workspace with the repository's lean-toolchain and lakefile.lean, and optionally a lake manifest. */
function workspace(name: string, lakeManifest?: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'lean-toolchain'), join(dir, 'lean-toolchain'));
  copyFileSync(join(root, 'lakefile.lean'), join(dir, 'lakefile.lean'));
  if (lakeManifest !== undefined) writeFileSync(join(dir, 'lake-manifest.json'), lakeManifest);
  return dir;
}

describe('leanVersions', () => {
  const toolchain = readFileSync(join(root, 'lean-toolchain'), 'utf8').trim();

  it('without a lake manifest, reports the toolchain and the tags the lakefile pins', () => {
    expect(toolchain).toMatch(/^leanprover\/lean4:v\d/u);
    const tag = toolchain.split(':')[1]!;
    expect(leanVersions(workspace('pins'))).toEqual({ toolchain, mathlib: tag, repl: tag });
  });

  it('with a lake manifest, reports the commits lake resolved (package names in any case)', () => {
    const manifest = JSON.stringify({
      version: '1.1.0',
      packages: [
        { name: 'batteries', rev: '1111111111111111111111111111111111111111' },
        { name: 'mathlib', rev: '2222222222222222222222222222222222222222' },
        { name: 'REPL', rev: '3333333333333333333333333333333333333333' },
      ],
    });
    expect(leanVersions(workspace('resolved', manifest))).toEqual({
      toolchain,
      mathlib: '2222222222222222222222222222222222222222',
      repl: '3333333333333333333333333333333333333333',
    });
  });

  it('an unreadable lake manifest falls back to the pins; a folder with nothing gives nulls', () => {
    const tag = toolchain.split(':')[1]!;
    expect(leanVersions(workspace('broken', '{ not json'))).toEqual({ toolchain, mathlib: tag, repl: tag });
    expect(leanVersions(scratch)).toEqual({ toolchain: null, mathlib: null, repl: null });
  });

  it('goes into the environment of a Lean run, and is null for a symbolic one', () => {
    const input = { problems: [], backend: { name: 'lean', version: `lean ${toolchain}` }, proposer: 'heuristic', modelDir: null } as const;
    expect(describeEnvironment({ ...input, leanProject: workspace('env') }).lean).toEqual(leanVersions(workspace('env')));
    expect(describeEnvironment({ ...input, leanProject: null }).lean).toBeNull();
  });
});

describe('gitCommit and modelManifest', () => {
  it('the checkout commit is HEAD (with -dirty for uncommitted changes to tracked files); null outside git', () => {
    let head: string | null = null;
    try {
      head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // Not a git checkout (an unpacked archive): then there is no commit to report either.
    }
    if (head === null) expect(gitCommit(root)).toBeNull();
    else expect(gitCommit(root)).toMatch(new RegExp(`^${head}(-dirty)?$`, 'u'));
    expect(gitCommit(scratch)).toBeNull();
  });

  it('reads a model directory manifest whole; null without a directory or a readable manifest', () => {
    const shipped = JSON.parse(readFileSync(join(root, 'models', 'default', 'manifest.json'), 'utf8')) as unknown;
    expect(modelManifest(join(root, 'models', 'default'))).toEqual(shipped);
    expect(modelManifest(null)).toBeNull();
    expect(modelManifest(scratch)).toBeNull();
    const bad = join(scratch, 'bad-model');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'manifest.json'), '[1, 2]');
    expect(modelManifest(bad)).toBeNull();
  });
});
