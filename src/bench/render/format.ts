/** Formats shared by the Markdown and HTML renderers. */
import type { ProposerModel } from '../attempts.ts';

export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export function signedPercent(x: number): string {
  const p = (100 * x).toFixed(1);
  return x > 0 ? `+${p}%` : x < 0 ? `${p}%` : '±0.0%';
}

export function seconds(x: number): string {
  return x < 10 ? `${x.toFixed(2)} s` : `${x.toFixed(0)} s`;
}

/** `null` shown as a dash. */
export function orDash<T>(value: T | null, show: (v: T) => string = String): string {
  return value === null ? '–' : show(value);
}

/** How a report names an hf or http proposer's model (never an API key: the environment holds none). */
export function describeProposerModel(model: ProposerModel): string {
  return model.kind === 'hf' ? `hf model dir ${model.dir}` : `http model ${model.model} at ${model.baseUrl} (${model.endpoint})`;
}

/**
 * A model manifest as one line for the report tables: every field, but long lists (a learned
 * model's vocabulary, templates and rank counts run to hundreds of entries) shortened to their
 * length. report.json keeps the manifest whole.
 */
export function manifestLine(manifest: Record<string, unknown> | null, maxItems = 8): string {
  if (manifest === null) return 'none';
  return JSON.stringify(manifest, (_key, value: unknown) => (Array.isArray(value) && value.length > maxItems ? `[${value.length} items]` : value));
}
