/**
 * The static audit: constructs that can make a checker accept what is not a proof, found in the
 * token stream of Lean source without running Lean. It runs before every Lean call and on its
 * own (`proofseek audit`). Comments are ignored; string literals are read too, since
 * interpolated strings hold code. It is deliberately strict — a false rejection costs a proof,
 * a false acceptance costs soundness — and it is only half of the audit: `#print axioms` after
 * Lean has checked the proof catches what text cannot show.
 */
import { positionAt } from '../core/declarations.ts';
import { leanSourceWithProof, type Problem, type SourcePosition } from '../core/problem.ts';
import { lex, nameComponents, type Token } from './lexer.ts';

export type AuditRule =
  | 'no-proof'
  | 'sorry'
  | 'axiom'
  | 'native-decide'
  | 'implemented-by'
  | 'extern'
  | 'unsafe'
  | 'skip-kernel-tc'
  | 'debug-option'
  | 'notation'
  | 'macro'
  | 'syntax'
  | 'elab'
  | 'instance'
  | 'meta-code'
  | 'statement-context';

export interface AuditOptions {
  /** Accept `native_decide` and the axioms it adds (`Lean.ofReduceBool`): trusting the compiler. */
  readonly allowNativeDecide: boolean;
}

export interface Finding {
  readonly rule: Exclude<AuditRule, 'no-proof'>;
  readonly message: string;
  /** UTF-16 offset of the offending token in the audited text. */
  readonly offset: number;
}

interface KeywordRule {
  readonly rule: Finding['rule'];
  readonly what: string;
}

// Whole tokens: commands and keywords that declare something.
const KEYWORDS: Record<string, KeywordRule> = {
  axiom: { rule: 'axiom', what: 'declares an axiom' },
  unsafe: { rule: 'unsafe', what: 'uses `unsafe` code, which the kernel does not check' },
  extern: { rule: 'extern', what: 'uses `extern`: an implementation the kernel never sees' },
  implemented_by: { rule: 'implemented-by', what: 'uses `implemented_by`: an implementation the kernel never sees' },
  native: { rule: 'native-decide', what: 'asks for native evaluation (`+native`/`native := true`), which trusts the compiler' },
  notation: { rule: 'notation', what: 'declares notation, which can change what the statement means' },
  notation3: { rule: 'notation', what: 'declares notation, which can change what the statement means' },
  infix: { rule: 'notation', what: 'declares an infix operator, which can change what the statement means' },
  infixl: { rule: 'notation', what: 'declares an infix operator, which can change what the statement means' },
  infixr: { rule: 'notation', what: 'declares an infix operator, which can change what the statement means' },
  prefix: { rule: 'notation', what: 'declares a prefix operator, which can change what the statement means' },
  postfix: { rule: 'notation', what: 'declares a postfix operator, which can change what the statement means' },
  macro: { rule: 'macro', what: 'declares a macro, which can change what the statement means' },
  macro_rules: { rule: 'macro', what: 'declares macro rules, which can change what the statement means' },
  syntax: { rule: 'syntax', what: 'declares syntax, which can change what the statement means' },
  declare_syntax_cat: { rule: 'syntax', what: 'declares a syntax category' },
  elab: { rule: 'elab', what: 'declares an elaborator, which can change what the statement means' },
  elab_rules: { rule: 'elab', what: 'declares elaboration rules, which can change what the statement means' },
  instance: { rule: 'instance', what: 'declares an instance, which can change what the statement means' },
  default_instance: { rule: 'instance', what: 'declares a default instance, which can change what the statement means' },
  unif_hint: { rule: 'instance', what: 'declares a unification hint, which can change what the statement means' },
  run_tac: { rule: 'meta-code', what: 'runs meta code (`run_tac`)' },
  run_cmd: { rule: 'meta-code', what: 'runs meta code (`run_cmd`)' },
  run_elab: { rule: 'meta-code', what: 'runs meta code (`run_elab`)' },
  run_meta: { rule: 'meta-code', what: 'runs meta code (`run_meta`)' },
  include: { rule: 'statement-context', what: 'uses `include`, which adds hypotheses to the statement' },
};

// Inside an attribute list (`@[…]`, `attribute […]`): attributes that register elaborators or
// replace implementations.
const ATTRIBUTES: Record<string, KeywordRule> = {
  term_elab: { rule: 'elab', what: 'registers an elaborator (`term_elab`)' },
  command_elab: { rule: 'elab', what: 'registers an elaborator (`command_elab`)' },
  tactic: { rule: 'elab', what: 'registers a tactic implementation' },
  csimp: { rule: 'implemented-by', what: 'replaces an implementation (`csimp`)' },
};

const HASH_COMMANDS: Record<string, KeywordRule> = {
  '#eval': { rule: 'meta-code', what: 'runs code (`#eval`)' },
  '#eval!': { rule: 'meta-code', what: 'runs code (`#eval!`)' },
  '#exit': { rule: 'meta-code', what: 'stops Lean reading the rest (`#exit`)' },
  '#guard_msgs': { rule: 'meta-code', what: 'filters Lean\'s messages (`#guard_msgs`), which can hide errors' },
};

const SORRY_NAMES = new Set(['sorry', 'admit', 'sorryAx']);
const NATIVE_NAMES = new Set(['native_decide', 'ofReduceBool', 'ofReduceNat', 'reduceBool', 'reduceNat', 'trustCompiler', 'bv_decide']);
const ENVIRONMENT_WRITERS = /^(?:addDecl\w*|addAndCompile|modifyEnv|setEnv)$/u;

/**
 * Every finding in `text`, in source order. With `allowNativeDecide`, native evaluation is not
 * a finding (the dynamic audit then accepts its axioms too).
 */
export function auditText(text: string, options: AuditOptions): Finding[] {
  const findings: Finding[] = [];
  const tokens = lex(text);
  let attributeDepth = 0;
  tokens.forEach((token, index) => {
    const add = (rule: KeywordRule) => {
      if (rule.rule === 'native-decide' && options.allowNativeDecide) return;
      findings.push({ rule: rule.rule, message: `${rule.what} (\`${token.text}\`)`, offset: token.offset });
    };
    if (token.kind === 'symbol') {
      if (token.text === '@[' || (token.text === '[' && tokens[index - 1]?.text === 'attribute')) attributeDepth = 1;
      else if (attributeDepth > 0 && token.text === '[') attributeDepth += 1;
      else if (attributeDepth > 0 && token.text === ']') attributeDepth -= 1;
      return;
    }
    if (token.kind === 'hash') {
      const rule = HASH_COMMANDS[token.text];
      if (rule) add(rule);
      return;
    }
    if (token.kind === 'string') {
      // Interpolated strings (`s!"{…}"`) hold code; any other string holding these words is rare
      // enough in a proof that reading it too costs nothing.
      for (const inner of auditText(token.text.slice(1), options)) {
        findings.push({ ...inner, offset: token.offset + 1 + inner.offset, message: `${inner.message}, inside a string literal` });
      }
      return;
    }
    if (token.kind !== 'ident') return;
    const rule = identifierRule(token, attributeDepth > 0);
    if (rule) add(rule);
  });
  return findings;
}

function identifierRule(token: Token, inAttribute: boolean): KeywordRule | undefined {
  const components = nameComponents(token.text);
  const whole = components.length === 1 ? components[0]! : undefined;
  if (components.some((c) => SORRY_NAMES.has(c))) return { rule: 'sorry', what: 'uses `sorry`: an unproved claim' };
  if (components.some((c) => NATIVE_NAMES.has(c))) {
    return { rule: 'native-decide', what: 'uses native evaluation (`Lean.ofReduceBool`), which trusts the compiler; pass --allow-native-decide to accept it' };
  }
  if (components.some((c) => c === 'skipKernelTC' || c === 'skipKernelTc')) {
    return { rule: 'skip-kernel-tc', what: 'turns off the kernel check (`debug.skipKernelTC`)' };
  }
  if (components.length > 1 && components[0] === 'debug') return { rule: 'debug-option', what: 'sets a `debug.*` option' };
  if (components.some((c) => /unsafe/iu.test(c))) return { rule: 'unsafe', what: 'uses `unsafe` code, which the kernel does not check' };
  if (components.some((c) => ENVIRONMENT_WRITERS.test(c))) {
    return { rule: 'meta-code', what: 'writes to the environment directly, past the elaborator' };
  }
  if (whole !== undefined) {
    if (inAttribute && Object.hasOwn(ATTRIBUTES, whole)) return ATTRIBUTES[whole];
    if (Object.hasOwn(KEYWORDS, whole)) return KEYWORDS[whole];
  }
  return undefined;
}

/** The outcome of the static audit of one problem. */
export type StaticAudit =
  | { readonly kind: 'passed' }
  | {
      readonly kind: 'rejected';
      readonly rule: AuditRule;
      readonly message: string;
      /** Where in the user's file, when known. */
      readonly position?: SourcePosition;
    };

/**
 * Audits a problem as written in its file: the header and the whole declaration. A declaration
 * without a proof (`:= by sorry`, or a bare `:= by`) is rejected as `no-proof`.
 */
export function auditProblem(problem: Problem, options: AuditOptions): StaticAudit {
  const header = firstFinding(problem.header, options);
  if (header) return headerRejection(header, problem.header);
  if (problem.proof === undefined) {
    return { kind: 'rejected', rule: 'no-proof', message: 'no proof: the declaration ends in `sorry` or a bare `by`', position: problem.position };
  }
  const finding = firstFinding(problem.text, options);
  if (!finding) return { kind: 'passed' };
  const position = positionAt(problem.text, finding.offset, problem.position);
  return { kind: 'rejected', rule: finding.rule, message: finding.message, position };
}

/** Audits what `verify(problem, script)` sends to Lean: the header and the declaration with `script`. */
export function auditScript(problem: Problem, script: string, options: AuditOptions): StaticAudit {
  const header = firstFinding(problem.header, options);
  if (header) return headerRejection(header, problem.header);
  const source = leanSourceWithProof(problem, script);
  const finding = firstFinding(source, options);
  if (!finding) return { kind: 'passed' };
  const at = positionAt(source, finding.offset, { file: '', line: 1, column: 0 });
  return { kind: 'rejected', rule: finding.rule, message: `${finding.message} at line ${at.line}:${at.column} of the declaration` };
}

function firstFinding(text: string, options: AuditOptions): Finding | undefined {
  return auditText(text, options)[0];
}

function headerRejection(finding: Finding, header: string): StaticAudit {
  const at = positionAt(header, finding.offset, { file: '', line: 1, column: 0 });
  return { kind: 'rejected', rule: finding.rule, message: `in the header, line ${at.line}:${at.column}: ${finding.message}` };
}
