import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildTinyModel } from '../../scripts/make-tiny-hf-model.ts';

const root = mkdtempSync(join(tmpdir(), 'proofseek-tiny-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

it.each(['decoder', 'seq2seq'] as const)('the tiny %s model is byte-identical from build to build, with normalised table rows', (kind) => {
  const a = buildTinyModel(join(root, `${kind}-a`), kind);
  buildTinyModel(join(root, `${kind}-b`), kind);
  const fa = files(join(root, `${kind}-a`));
  const fb = files(join(root, `${kind}-b`));
  expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
  for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name)!)).toBe(true);
  const size = a.vocab.length;
  for (let row = 0; row < size; row++) {
    let mass = 0;
    for (let col = 0; col < size; col++) mass += Math.exp(a.table[row * size + col]!);
    expect(mass).toBeCloseTo(1, 5);
  }
});
