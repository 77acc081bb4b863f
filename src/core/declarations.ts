/**
 * Splits Lean 4 source text into declarations (`theorem`, `lemma`, `example`), each with its
 * exact text, position, signature (text before the top-level `:=`) and proof. This is a
 * lexical pass only — it tracks brackets, comments and strings so that a `:=` inside a
 * binder or comment is not taken for the one that starts the proof.
 */
import { InputError } from './errors.ts';
import { blockCommentEnd } from './lean-comments.ts';
import type { DeclarationKind, SourcePosition } from './problem.ts';

export interface RawDeclaration {
  readonly kind: DeclarationKind;
  readonly name: string;
  readonly text: string;
  readonly signature: string;
  readonly proof?: string;
  readonly position: SourcePosition;
  /** `key=value` pairs from a `-- tags: ...` comment line directly above the declaration. */
  readonly tags: Record<string, string>;
}

const DECLARATION_START = /^(?:@\[[^\]]*\]\s*)?(?:(?:private|protected|noncomputable)\s+)*(theorem|lemma|example)(?=[\s({[⦃]|$)/u;
const TAGS_LINE = /^--\s*tags:\s*(.*)$/u;

/** True when a line opens a declaration at column 0. */
export function startsDeclaration(line: string): boolean {
  return DECLARATION_START.test(line);
}

/** Parses `topic=algebra difficulty=2` into a record; malformed pairs are an input error. */
export function parseTags(body: string, position: SourcePosition): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of body.trim().split(/\s+/u).filter((p) => p.length > 0)) {
    const match = /^([A-Za-z_][\w-]*)=(\S+)$/u.exec(pair);
    if (!match) throw new InputError(`malformed tag '${pair}': expected key=value`, position);
    tags[match[1]!] = match[2]!;
  }
  return tags;
}

/**
 * Splits `source` (the text of `file`, or one JSONL `statement` field laid out from
 * `firstLine`) into declarations. Text before the first declaration is returned as `preamble`.
 * @throws InputError for a declaration with no `:=` (a truncated file) or unbalanced brackets.
 */
export function splitDeclarations(
  source: string,
  file: string,
  firstLine = 1,
): { preamble: string; declarations: RawDeclaration[] } {
  const lines = source.split('\n');
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (startsDeclaration(line)) starts.push(index);
  });
  const preambleEnd = starts[0] ?? lines.length;
  const preamble = lines
    .slice(0, preambleEnd)
    .filter((line) => !TAGS_LINE.test(line.trim()))
    .join('\n')
    .trim();
  const declarations = starts.map((start, i) => {
    const end = endOfDeclaration(lines, start, starts[i + 1] ?? lines.length);
    const tagLine = start > 0 ? TAGS_LINE.exec(lines[start - 1]!.trim()) : null;
    const position: SourcePosition = { file, line: firstLine + start, column: 0 };
    const tags = tagLine ? parseTags(tagLine[1]!, { file, line: firstLine + start - 1, column: 0 }) : {};
    return parseDeclaration(lines.slice(start, end).join('\n').trimEnd(), position, tags);
  });
  return { preamble, declarations };
}

/**
 * Blank lines, line comments (the next declaration's tag line among them) and a doc or block
 * comment right before the next declaration belong to it, not to the one that precedes them.
 */
function endOfDeclaration(lines: readonly string[], start: number, next: number): number {
  let end = next;
  for (;;) {
    const last = lines[end - 1]?.trim();
    if (end <= start + 1 || last === undefined) return end;
    if (last === '' || last.startsWith('--')) {
      end -= 1;
    } else if (last.endsWith('-/')) {
      let open = end - 1;
      while (open > start && !lines[open]!.trimStart().startsWith('/-')) open -= 1;
      if (open === start) return end;
      end = open;
    } else return end;
  }
}

function parseDeclaration(text: string, position: SourcePosition, tags: Record<string, string>): RawDeclaration {
  const kindMatch = DECLARATION_START.exec(text);
  if (!kindMatch) throw new InputError('expected `theorem`, `lemma` or `example`', position);
  const kind = kindMatch[1] as DeclarationKind;
  const afterKeyword = text.slice(kindMatch[0].length);
  const name =
    kind === 'example' ? `example_${position.line}` : (/^\s*([^\s({[⦃:]+)/u.exec(afterKeyword)?.[1] ?? '');
  if (name === '') throw new InputError(`expected a name after \`${kind}\``, position);
  const assign = findTopLevelAssign(text, position);
  if (assign === -1) {
    throw new InputError(`declaration '${name}' has no \`:=\`: the text ends before its proof (truncated?)`, position);
  }
  const signature = text.slice(0, assign).trim();
  const proofText = text.slice(assign + 2).trim();
  const proof = isPlaceholderProof(proofText) ? undefined : proofText;
  return { kind, name, text, signature, ...(proof === undefined ? {} : { proof }), position, tags };
}

/** `by sorry`, `sorry` and a bare `by` (miniF2F's JSONL) mean "no proof yet". */
function isPlaceholderProof(proof: string): boolean {
  const compact = proof.replace(/\s+/gu, ' ').trim();
  return compact === '' || compact === 'by' || compact === 'sorry' || compact === 'by sorry';
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '⟨': '⟩', '⦃': '⦄' };
const CLOSERS = new Set(Object.values(OPENERS));

/**
 * Index (in UTF-16 units) of the first `:=` outside brackets, comments and strings, or -1.
 * @throws InputError on a closing bracket that does not match.
 */
export function findTopLevelAssign(text: string, base: SourcePosition): number {
  const stack: { closer: string; index: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (text.startsWith('--', i)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
      continue;
    }
    if (text.startsWith('/-', i)) {
      const close = blockCommentEnd(text, i);
      if (close === undefined) throw new InputError('unterminated comment `/-`', positionAt(text, i, base));
      i = close;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (ch in OPENERS) stack.push({ closer: OPENERS[ch]!, index: i });
    else if (CLOSERS.has(ch)) {
      const open = stack.pop();
      if (!open || open.closer !== ch) {
        throw new InputError(`unbalanced '${ch}'`, positionAt(text, i, base));
      }
    } else if (ch === ':' && text[i + 1] === '=' && stack.length === 0) return i;
    i += 1;
  }
  const open = stack.pop();
  if (open) {
    const opener = Object.keys(OPENERS).find((k) => OPENERS[k] === open.closer)!;
    throw new InputError(`unclosed '${opener}'`, positionAt(text, open.index, base));
  }
  return -1;
}

/** File position of UTF-16 index `index` of `text`, where `text` starts at `base`. Columns count code points. */
export function positionAt(text: string, index: number, base: SourcePosition): SourcePosition {
  const before = text.slice(0, index);
  const lineBreaks = before.split('\n');
  const line = base.line + lineBreaks.length - 1;
  const lastLine = lineBreaks[lineBreaks.length - 1]!;
  const column = [...lastLine].length + (lineBreaks.length === 1 ? base.column : 0);
  return { file: base.file, line, column };
}
