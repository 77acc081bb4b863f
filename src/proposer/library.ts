/**
 * The tactic library: templates with priors, read from `tactics/library.yaml` and validated
 * on load. A template is Lean tactic text with slots `{name}`; each slot has a kind saying
 * what fills it. Defaults by name: `{x}` a variable, `{n}` an ℕ variable, `{h}` a hypothesis,
 * `{a}`/`{b}` terms (numeric variables; distinct and unordered when both appear), `{c}` a
 * small constant. Other names, or other kinds for these names, are declared under `slots`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../core/errors.ts';
import { FEATURES, type Feature as FeatureName } from './features.ts';

export const SLOT_KINDS = [
  'variable',
  'nat-variable',
  'bounded-variable',
  'hypothesis',
  'hyp-and', // a hypothesis `p ∧ q` or `∃ x, p`
  'hyp-or',
  'hyp-eq',
  'hyp-iff',
  'term',
  'constant',
  'binder', // the names `intro` gives: `∀ x y,` → `x y`; `p → q` → a fresh `h`
  'fresh', // a hypothesis name the context does not use
  'fresh-var', // a variable name the context does not use
  'factor-hints', // nlinarith hint lists read off a factorisation of the target (factor-hints.ts)
] as const;

export type SlotKind = (typeof SLOT_KINDS)[number];

const DEFAULT_SLOT_KINDS: Readonly<Record<string, SlotKind>> = {
  x: 'variable',
  n: 'nat-variable',
  h: 'hypothesis',
  a: 'term',
  b: 'term',
  c: 'constant',
};

/** `{name}` where name is a lowercase identifier; everything else in braces is Lean text. */
export const SLOT_PATTERN = /\{([a-z][a-z0-9]*)\}/gu;

const Feature = z.enum(FEATURES);

const TemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'ids are lowercase words joined by -'),
    tactic: z.string().trim().min(1),
    prior: z.number().positive().max(1),
    boost: z.partialRecord(Feature, z.number().min(-10).max(10)).optional(),
    when: z
      .object({ any: z.array(Feature).min(1).optional(), all: z.array(Feature).min(1).optional(), none: z.array(Feature).min(1).optional() })
      .strict()
      .optional(),
    slots: z.record(z.string().regex(/^[a-z][a-z0-9]*$/u), z.enum(SLOT_KINDS)).optional(),
    maxInstances: z.number().int().min(1).max(64).optional(),
  })
  .strict();

const LibrarySchema = z
  .object({
    version: z.literal(1),
    templates: z.array(TemplateSchema).min(1),
  })
  .strict()
  .superRefine((library, ctx) => {
    const ids = new Set<string>();
    library.templates.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate id '${t.id}'` });
      ids.add(t.id);
      const used = new Set([...t.tactic.matchAll(SLOT_PATTERN)].map((m) => m[1]!));
      for (const slot of used) {
        if (!t.slots?.[slot] && !DEFAULT_SLOT_KINDS[slot]) {
          ctx.addIssue({ code: 'custom', path: ['templates', i, 'tactic'], message: `slot {${slot}} has no kind: declare it under 'slots'` });
        }
      }
      for (const slot of Object.keys(t.slots ?? {})) {
        if (!used.has(slot)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'slots', slot], message: `slot {${slot}} is declared but not used` });
      }
      const unbalanced = bracketError(t.tactic.replace(SLOT_PATTERN, 'x'));
      if (unbalanced) ctx.addIssue({ code: 'custom', path: ['templates', i, 'tactic'], message: unbalanced });
    });
  });

export interface Template {
  readonly id: string;
  readonly tactic: string;
  readonly prior: number;
  readonly boost: Readonly<Partial<Record<FeatureName, number>>>;
  readonly when: { readonly any?: readonly FeatureName[]; readonly all?: readonly FeatureName[]; readonly none?: readonly FeatureName[] };
  /** Every slot the tactic uses, in order of first appearance, with its kind. */
  readonly slots: readonly { readonly name: string; readonly kind: SlotKind }[];
  readonly maxInstances: number;
}

export interface TacticLibrary {
  readonly source: string;
  readonly templates: readonly Template[];
}

/** Where the bundled library lives. */
export const DEFAULT_LIBRARY_PATH = fileURLToPath(new URL('../../tactics/library.yaml', import.meta.url));

/** Parses and validates library text (YAML or JSON). @throws InputError naming the file and the bad field. */
export function parseLibrary(text: string, source: string): TacticLibrary {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new InputError(`${source}: not valid YAML: ${(cause as Error).message}`, undefined, { cause });
  }
  const result = LibrarySchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(`${source}: invalid tactic library at '${issue.path.join('.')}': ${issue.message}`);
  }
  const templates = result.data.templates.map((t): Template => {
    const order = [...new Set([...t.tactic.matchAll(SLOT_PATTERN)].map((m) => m[1]!))];
    return {
      id: t.id,
      tactic: t.tactic,
      prior: t.prior,
      boost: t.boost ?? {},
      when: t.when ?? {},
      slots: order.map((name) => ({ name, kind: t.slots?.[name] ?? DEFAULT_SLOT_KINDS[name]! })),
      maxInstances: t.maxInstances ?? 8,
    };
  });
  return { source, templates };
}

const cache = new Map<string, TacticLibrary>();

/** Loads (once per path) and validates a library file. @throws InputError when unreadable or invalid. */
export function loadLibrary(path: string = DEFAULT_LIBRARY_PATH): TacticLibrary {
  const cached = cache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read tactic library '${path}': ${(cause as Error).message}`, undefined, { cause });
  }
  const library = parseLibrary(text, path);
  cache.set(path, library);
  return library;
}

function bracketError(text: string): string | undefined {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '⟨': '⟩' };
  const stack: string[] = [];
  for (const ch of text) {
    if (ch in pairs) stack.push(pairs[ch]!);
    else if (Object.values(pairs).includes(ch) && stack.pop() !== ch) return `unbalanced '${ch}' in tactic`;
  }
  return stack.length > 0 ? `unclosed bracket in tactic (expected '${stack[stack.length - 1]}')` : undefined;
}
