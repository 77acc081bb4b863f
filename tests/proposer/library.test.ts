import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { loadLibrary, parseLibrary } from '../../src/proposer/library.ts';

const wrap = (template: string): string => `version: 1\ntemplates:\n  - ${template}\n`;

describe('tactic library', () => {
  it('loads the bundled library with every slot given a kind', () => {
    const library = loadLibrary();
    expect(library.templates.length).toBeGreaterThan(30);
    for (const t of library.templates) for (const slot of t.slots) expect(t.tactic).toContain(`{${slot.name}}`);
    const ids = library.templates.map((t) => t.tactic);
    for (const expected of ['linarith', 'nlinarith [sq_nonneg ({a} - {b})]', 'omega', 'positivity', 'intro {x}', 'use {c}', 'interval_cases {x}', 'constructor', 'field_simp', 'ring_nf', 'norm_num [{h}]']) {
      expect(ids).toContain(expected);
    }
  });

  it('keeps a multi-line tactic intact', () => {
    const induction = loadLibrary().templates.find((t) => t.id === 'induction');
    expect(induction?.tactic.split('\n')).toHaveLength(3);
  });

  it.each([
    ['an unknown slot', '{ id: a, tactic: "use {q}", prior: 0.1 }', /slot \{q\} has no kind/u],
    ['a declared but unused slot', '{ id: a, tactic: "use {c}", prior: 0.1, slots: { d: constant } }', /declared but not used/u],
    ['a prior above 1', '{ id: a, tactic: linarith, prior: 1.5 }', /prior/u],
    ['a zero prior', '{ id: a, tactic: linarith, prior: 0 }', /prior/u],
    ['an unknown feature', '{ id: a, tactic: linarith, prior: 0.1, boost: { target-weird: 1 } }', /boost/u],
    ['an unknown slot kind', '{ id: a, tactic: "intro {x}", prior: 0.1, slots: { x: person } }', /slots/u],
    ['unbalanced brackets', '{ id: a, tactic: "nlinarith [sq_nonneg ({a} - {b}]", prior: 0.1 }', /unbalanced/u],
    ['an unknown field', '{ id: a, tactic: linarith, prior: 0.1, weight: 3 }', /templates\.0/u],
  ])('rejects %s', (_, template, message) => {
    expect(() => parseLibrary(wrap(template), 'lib.yaml')).toThrow(message);
    expect(() => parseLibrary(wrap(template), 'lib.yaml')).toThrow(InputError);
  });

  it('rejects duplicate ids and bad YAML, naming the file', () => {
    expect(() => parseLibrary('version: 1\ntemplates:\n  - { id: a, tactic: x, prior: 0.1 }\n  - { id: a, tactic: y, prior: 0.1 }\n', 'lib.yaml')).toThrow(/lib\.yaml.*duplicate id/u);
    expect(() => parseLibrary('version: 1\ntemplates: [', 'lib.yaml')).toThrow(/lib\.yaml: not valid YAML/u);
    expect(() => loadLibrary('/nonexistent/library.yaml')).toThrow(/cannot read tactic library/u);
  });
});
