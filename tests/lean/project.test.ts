import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { parseByteSize, processTreeRssBytes } from '../../src/lean/memory.ts';
import { commonHeader, defaultReplCommand, pinnedToolchain, resolveLeanProject } from '../../src/lean/project.ts';
import { REPO_ROOT } from './support/transcripts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'proofseek-project-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseByteSize', () => {
  it('reads binary units', () => {
    expect(parseByteSize('8G')).toBe(8 * 1024 ** 3);
    expect(parseByteSize('512MiB')).toBe(512 * 1024 ** 2);
    expect(parseByteSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('4096')).toBe(4096);
  });

  it('refuses anything else as an input error', () => {
    for (const bad of ['', 'lots', '8X', '-1G', '0']) expect(() => parseByteSize(bad)).toThrow(InputError);
  });
});

describe('processTreeRssBytes', () => {
  it('adds up a process and its children', async () => {
    const self = (await processTreeRssBytes(process.pid))!;
    expect(self).toBeGreaterThan(10 * 1024 ** 2);
    // A shell holding a child that holds 64 MiB: the tree is bigger than the shell alone.
    const child = execa('sh', ['-c', `node -e "const b = Buffer.alloc(64 * 1024 * 1024, 1); setInterval(() => b[0]++, 1e3)" & wait`], {
      reject: false,
      detached: true,
    });
    try {
      let tree = 0;
      for (let i = 0; i < 100 && tree < 64 * 1024 ** 2; i += 1) {
        await new Promise((r) => setTimeout(r, 50));
        tree = (await processTreeRssBytes(child.pid!)) ?? 0;
      }
      expect(tree).toBeGreaterThan(64 * 1024 ** 2);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
      await child;
    }
    expect(await processTreeRssBytes(2 ** 22 + 12345)).toBeUndefined();
  });
});

describe('the Lean project', () => {
  it('must be given, exist and be a Lake project', () => {
    expect(() => resolveLeanProject(undefined, {})).toThrow(/--lean-project DIR or set PROOFSEEK_LEAN_PROJECT/u);
    expect(() => resolveLeanProject(join(scratch, 'nowhere'), {})).toThrow(/not a directory/u);
    expect(() => resolveLeanProject(scratch, {})).toThrow(/not a Lake project/u);
    writeFileSync(join(scratch, 'lakefile.lean'), 'import Lake\n');
    expect(resolveLeanProject(undefined, { PROOFSEEK_LEAN_PROJECT: scratch })).toBe(scratch);
  });

  it('runs the built REPL under lake env, or says how to build it', () => {
    expect(() => defaultReplCommand(scratch)).toThrow(/lake build repl/u);
    const bin = join(scratch, '.lake/packages/REPL/.lake/build/bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'repl'), '');
    expect(defaultReplCommand(scratch)).toEqual({ file: 'lake', args: ['env', join(bin, 'repl')], cwd: scratch });
  });

  it('pins the toolchain of the recorded transcripts, and ships the common header', () => {
    expect(pinnedToolchain(REPO_ROOT)).toBe('leanprover/lean4:v4.33.0-rc2');
    expect(commonHeader()).toBe('import Mathlib\n\nset_option maxHeartbeats 0\n\nopen BigOperators Real Nat Topology Rat');
  });
});
