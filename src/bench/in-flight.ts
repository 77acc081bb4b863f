/**
 * The attempts a bench session is running right now, kept in `DIR/in-flight.json` (rewritten
 * whenever the set changes). After a session that died (a crash such as z3's wasm heap abort,
 * a kill, or a watchdog ending a hung tactic), the file names the attempts it was in. By default
 * a resumed run simply redoes them; with `--skip-crashed` it records each as an `error` attempt
 * instead, so one problem that always kills the process cannot stop a run from finishing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const IN_FLIGHT_FILE = 'in-flight.json';

const InFlightSchema = z.object({ attempts: z.array(z.object({ name: z.string(), attempt: z.number().int().nonnegative() })) });
export type InFlightEntry = z.infer<typeof InFlightSchema>['attempts'][number];

/** The attempts a previous session left in flight; empty when none (or the file is unreadable). */
export function readInFlight(dir: string): InFlightEntry[] {
  const path = join(dir, IN_FLIGHT_FILE);
  if (!existsSync(path)) return [];
  try {
    const parsed = InFlightSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.attempts : [];
  } catch {
    return []; // cut short by the crash itself: nothing can be said about it
  }
}

/** Tracks the running attempts of this session in `dir`. */
export class InFlight {
  private readonly running = new Map<string, InFlightEntry>();
  constructor(private readonly dir: string) {
    this.write();
  }

  start(entry: InFlightEntry): void {
    this.running.set(`${entry.attempt}\u0000${entry.name}`, entry);
    this.write();
  }

  finish(entry: InFlightEntry): void {
    this.running.delete(`${entry.attempt}\u0000${entry.name}`);
    this.write();
  }

  private write(): void {
    // Synchronous on purpose: the marker must be on disk before the attempt can hang the event loop.
    writeFileSync(join(this.dir, IN_FLIGHT_FILE), `${JSON.stringify({ attempts: [...this.running.values()] })}\n`);
  }
}
