/**
 * What a report says it was measured with: proofseek's version and git commit, the backend and
 * its version (for Lean: the toolchain and the Mathlib and REPL commits from the workspace's
 * `lake-manifest.json`, or the pinned tags when there is no manifest yet), z3's version, the
 * proposer and its model (a learned model's manifest; an hf model's directory; an http server and
 * model name), and a sha256 of the problem set (names, headers and exact
 * declaration text, in load order), so two reports can be checked to be about the same problems.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Problem } from '../core/problem.ts';
import type { Environment, ProposerModel } from './attempts.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** sha256 (hex) of the problems' names, headers and declaration texts. */
export function problemSetHash(problems: readonly Problem[]): string {
  const hash = createHash('sha256');
  for (const p of problems) hash.update(`${p.name}\u0000${p.header}\u0000${p.text}\u0000`);
  return hash.digest('hex');
}

export function proofseekVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** `git rev-parse HEAD` of the checkout proofseek runs from, with `-dirty` when it has changes; null without git. */
export function gitCommit(dir: string = REPO_ROOT): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty === '' ? commit : `${commit}-dirty`;
  } catch {
    return null;
  }
}

export function z3Version(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('z3-solver/package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? null;
  } catch {
    return null;
  }
}

/**
 * Lean versions of the workspace at `projectDir`: the toolchain, and Mathlib's and the REPL's
 * commits from `lake-manifest.json` (written by `lake update`); without a manifest, the tags
 * pinned in `lakefile.lean`.
 */
export function leanVersions(projectDir: string): { toolchain: string | null; mathlib: string | null; repl: string | null } {
  const read = (file: string): string | null => (existsSync(join(projectDir, file)) ? readFileSync(join(projectDir, file), 'utf8') : null);
  const toolchain = read('lean-toolchain')?.trim() || null;
  const manifest = read('lake-manifest.json');
  if (manifest !== null) {
    try {
      const packages = (JSON.parse(manifest) as { packages?: { name?: string; rev?: string }[] }).packages ?? [];
      const rev = (name: string): string | null => packages.find((p) => p.name?.toLowerCase() === name)?.rev ?? null;
      return { toolchain, mathlib: rev('mathlib'), repl: rev('repl') };
    } catch {
      // An unreadable manifest: fall back to the lakefile's pins below.
    }
  }
  const lakefile = read('lakefile.lean') ?? '';
  const pin = (name: string): string | null => new RegExp(`require ${name} from git\\s+"[^"]+"\\s*@\\s*"([^"]+)"`, 'u').exec(lakefile)?.[1] ?? null;
  return { toolchain, mathlib: pin('mathlib'), repl: pin('REPL') };
}

/** `DIR/manifest.json` of a model directory as plain JSON; null when absent or unreadable. */
export function modelManifest(modelDir: string | null): Record<string, unknown> | null {
  if (modelDir === null) return null;
  const path = join(modelDir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface EnvironmentInput {
  readonly problems: readonly Problem[];
  readonly backend: { readonly name: string; readonly version: string };
  /** Lean workspace directory, when the backend is Lean. */
  readonly leanProject: string | null;
  readonly proposer: string;
  readonly modelDir: string | null;
  /** hf/http: the model behind the proposer. */
  readonly proposerModel?: ProposerModel;
}

export function describeEnvironment(input: EnvironmentInput): Environment {
  return {
    proofseekVersion: proofseekVersion(),
    gitCommit: gitCommit(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    backend: { ...input.backend },
    lean: input.leanProject === null ? null : leanVersions(input.leanProject),
    z3Version: z3Version(),
    proposer: input.proposer,
    modelManifest: modelManifest(input.modelDir),
    ...(input.proposerModel === undefined ? {} : { proposerModel: { ...input.proposerModel } }),
    problemSetSha256: problemSetHash(input.problems),
    problemCount: input.problems.length,
  };
}
