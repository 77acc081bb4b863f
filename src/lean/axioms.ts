/**
 * The dynamic half of the audit: what `#print axioms NAME` says a checked declaration rests on.
 * Lean answers with one info message, `'NAME' depends on axioms: [a, b, …]` (the list may wrap
 * over lines) or `'NAME' does not depend on any axioms`. Only Lean's three standard axioms are
 * accepted; `sorryAx` means a `sorry`, `Lean.ofReduceBool`/`ofReduceNat`/`trustCompiler` mean
 * native evaluation, anything else is an axiom someone declared.
 */
import type { Message } from './protocol.ts';

/** The axioms every honest Mathlib proof may use. */
export const STANDARD_AXIOMS: ReadonlySet<string> = new Set(['propext', 'Classical.choice', 'Quot.sound']);
const NATIVE_AXIOMS: ReadonlySet<string> = new Set(['Lean.ofReduceBool', 'Lean.ofReduceNat', 'Lean.trustCompiler']);

export type AxiomReport =
  | { readonly kind: 'axioms'; readonly axioms: readonly string[] }
  | { readonly kind: 'unreadable'; readonly message: string };

const DEPENDS = /depends on axioms:\s*\[([^\]]*)\]/u;
const NONE = /does not depend on any axioms/u;

/** Reads the answer to `#print axioms`: exactly one info message in one of the two known forms. */
export function readAxioms(messages: readonly Message[]): AxiomReport {
  const errors = messages.filter((m) => m.severity === 'error');
  if (errors.length > 0) return { kind: 'unreadable', message: errors.map((m) => m.data).join('; ') };
  const infos = messages.filter((m) => m.severity === 'info');
  const info = infos[0];
  if (infos.length !== 1 || info === undefined) {
    return { kind: 'unreadable', message: `expected one answer from #print axioms, got ${infos.length}` };
  }
  if (NONE.test(info.data)) return { kind: 'axioms', axioms: [] };
  const list = DEPENDS.exec(info.data);
  if (!list) return { kind: 'unreadable', message: `unexpected #print axioms output: ${info.data}` };
  const axioms = list[1]!
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  return { kind: 'axioms', axioms };
}

export type AxiomJudgement =
  | { readonly kind: 'ok' }
  | { readonly kind: 'rejected'; readonly rule: 'sorry' | 'native-decide' | 'axiom'; readonly message: string };

/** Accepts only the standard axioms (and, when allowed, those of native evaluation). */
export function judgeAxioms(axioms: readonly string[], options: { readonly allowNativeDecide: boolean }): AxiomJudgement {
  if (axioms.includes('sorryAx')) return { kind: 'rejected', rule: 'sorry', message: 'the proof depends on `sorryAx`: it contains a `sorry`' };
  const native = axioms.filter((a) => NATIVE_AXIOMS.has(a));
  if (native.length > 0 && !options.allowNativeDecide) {
    return {
      kind: 'rejected',
      rule: 'native-decide',
      message: `the proof depends on ${native.join(', ')}: it trusts the compiler (native_decide); pass --allow-native-decide to accept it`,
    };
  }
  const other = axioms.filter((a) => !STANDARD_AXIOMS.has(a) && !NATIVE_AXIOMS.has(a));
  if (other.length > 0) {
    return { kind: 'rejected', rule: 'axiom', message: `the proof depends on non-standard axioms: ${other.join(', ')}` };
  }
  return { kind: 'ok' };
}
