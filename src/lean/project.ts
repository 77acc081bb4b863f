/**
 * Where Lean lives: the Lean project directory (`--lean-project DIR` or `PROOFSEEK_LEAN_PROJECT`),
 * the default command that starts a REPL in it, the toolchain it pins (reported with every
 * verdict), and the common problem header shipped in `lean/ProofseekHeader.lean`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../core/errors.ts';
import type { ReplCommand } from './spawn.ts';

/** Where `lake build repl` leaves the REPL, relative to the project (the dependency is named `REPL`). */
export const REPL_BINARY_PATHS = [
  '.lake/packages/REPL/.lake/build/bin/repl',
  '.lake/packages/repl/.lake/build/bin/repl',
  '.lake/build/bin/repl',
] as const;

export const LEAN_PROJECT_ENV = 'PROOFSEEK_LEAN_PROJECT';

const SETUP_HINT = 'see docs/lean.md: run `lake update`, `lake exe cache get`, `lake build` and `lake build repl` there';

/**
 * The Lean project directory, absolute. @throws InputError when none is given or it is not a
 * Lake project.
 */
export function resolveLeanProject(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? env[LEAN_PROJECT_ENV];
  if (given === undefined || given.trim() === '') {
    throw new InputError(`no Lean project: pass --lean-project DIR or set ${LEAN_PROJECT_ENV} (${SETUP_HINT})`);
  }
  const dir = resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(`Lean project '${given}' is not a directory`);
  }
  if (!existsSync(join(dir, 'lakefile.lean')) && !existsSync(join(dir, 'lakefile.toml'))) {
    throw new InputError(`'${given}' has no lakefile.lean or lakefile.toml: not a Lake project`);
  }
  return dir;
}

/**
 * `lake env <repl>` in `projectDir`: `lake env` puts the project's dependencies (Mathlib) on the
 * search path, and starting the built binary keeps build output out of the protocol stream.
 * @throws InputError when the REPL has not been built there.
 */
export function defaultReplCommand(projectDir: string): ReplCommand {
  const binary = REPL_BINARY_PATHS.find((path) => existsSync(join(projectDir, path)));
  if (binary === undefined) {
    throw new InputError(`the Lean REPL is not built in '${projectDir}' (looked for ${REPL_BINARY_PATHS[0]}); ${SETUP_HINT}`);
  }
  return { file: 'lake', args: ['env', join(projectDir, binary)], cwd: projectDir };
}

/** The toolchain pinned by `<dir>/lean-toolchain`, e.g. `leanprover/lean4:v4.33.0-rc2`, or undefined. */
export function pinnedToolchain(dir: string): string | undefined {
  const file = join(dir, 'lean-toolchain');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').trim();
  return text === '' ? undefined : text;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** proofseek's own toolchain pin (the repository's `lean-toolchain`). */
export function proofseekToolchain(): string {
  return pinnedToolchain(REPO_ROOT) ?? 'unknown';
}

/**
 * The common problem header: `lean/ProofseekHeader.lean` without its leading comment lines,
 * trimmed — exactly the text sent to the REPL.
 */
export function commonHeader(): string {
  const text = readFileSync(join(REPO_ROOT, 'lean/ProofseekHeader.lean'), 'utf8');
  const lines = text.split('\n');
  while (lines.length > 0 && (lines[0]!.startsWith('--') || lines[0]!.trim() === '')) lines.shift();
  return lines.join('\n').trim();
}
