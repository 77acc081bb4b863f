/**
 * Search traces: one JSON object per line per event (start, each expansion with the state,
 * the tactics tried, their scores and outcomes, end). Traces are for reading and for training
 * data, never for deciding anything, so writing is buffered rather than synced.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type TraceOutcome =
  | { readonly kind: 'child'; readonly child: number }
  | { readonly kind: 'proved'; readonly tier: string }
  | { readonly kind: 'duplicate'; readonly of: number }
  | { readonly kind: 'error'; readonly reason: string; readonly message: string };

export type TraceEvent =
  | { readonly event: 'start'; readonly problem: string; readonly goals: readonly string[] }
  | {
      readonly event: 'expansion';
      readonly problem: string;
      readonly expansion: number;
      readonly node: number;
      readonly depth: number;
      readonly priority: number;
      readonly goals: readonly string[];
      readonly proposerMs: number;
      readonly backendMs: number;
      readonly tactics: readonly { readonly tactic: string; readonly logprob: number; readonly outcome: TraceOutcome }[];
    }
  | {
      readonly event: 'end';
      readonly problem: string;
      readonly status: string;
      readonly stop: string;
      readonly expansions: number;
      readonly nodes: number;
      readonly proof?: string;
    };

export interface TraceSink {
  write(event: TraceEvent): void;
}

/** A trace sink appending JSONL to `path` (parent directories created). */
export function openTraceFile(path: string): TraceSink & { close(): Promise<void> } {
  mkdirSync(dirname(path), { recursive: true });
  const stream = createWriteStream(path, { flags: 'a' });
  return {
    write(event) {
      stream.write(`${JSON.stringify(event)}\n`);
    },
    close() {
      return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    },
  };
}

/** A sink keeping events in memory (for tests and for callers that post-process a trace). */
export function memoryTrace(): TraceSink & { readonly events: TraceEvent[] } {
  const events: TraceEvent[] = [];
  return { events, write: (event) => events.push(event) };
}
