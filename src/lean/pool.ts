/**
 * A pool of REPL sessions. Each worker is one session plus the header environments built in its
 * current process: the common header is imported as soon as a process starts (`import Mathlib`
 * once per process), and any other header once per process on first use, keyed by its text and
 * forgotten when the process restarts. Work that names no proof state goes to the least-loaded
 * worker; a proof state stays with the worker and generation that made it.
 */
import { internalError } from '../core/errors.ts';
import { errorMessages, formatMessage, type EnvId, type Request } from './protocol.ts';
import { ReplSession, type SendOptions, type SendOutcome, type SessionFailure, type SessionOptions } from './session.ts';

export interface PoolOptions {
  /** Number of REPL processes. */
  readonly size: number;
  readonly session: Omit<SessionOptions, 'onStart'>;
  /** Imported in every process as soon as it starts; `''` for none (commands then run on Lean's prelude). */
  readonly header: string;
  /** Timeout of a header import (importing Mathlib takes a while). */
  readonly importTimeoutMs: number;
}

/** The environment a problem's header elaborates to in one worker's current process. */
export type HeaderEnv =
  | {
      readonly kind: 'ok';
      /** undefined: no header at all, so commands are sent without `env`. */
      readonly env: EnvId | undefined;
      readonly generation: number;
    }
  | { readonly kind: 'header-error'; readonly message: string }
  | SessionFailure;

const IMPORT_LINE = /^\s*import\s/mu;

export class LeanWorker {
  readonly session: ReplSession;
  private readonly defaultHeader: string;
  private headers = new Map<string, Promise<HeaderEnv>>();
  private headersGeneration = 0;

  constructor(
    readonly id: number,
    private readonly options: PoolOptions,
  ) {
    this.defaultHeader = options.header.trim();
    this.session = new ReplSession({
      ...options.session,
      // Queued first in every new process, so that the common header is ready before any work.
      onStart: () => void this.headerEnv(this.defaultHeader),
    });
    this.session.start();
  }

  send(request: Request, options?: SendOptions): Promise<SendOutcome> {
    return this.session.send(request, options);
  }

  /**
   * The environment for `header` in the current process. A header with `import` lines is run as
   * a fresh command; one without is run on top of the common header (the empty header *is* the
   * common header). Results are cached per process; a session failure is not cached.
   */
  headerEnv(header: string): Promise<HeaderEnv> {
    if (this.headersGeneration !== this.session.generation) {
      this.headers.clear();
      this.headersGeneration = this.session.generation;
    }
    const key = header.trim();
    const cached = this.headers.get(key);
    if (cached) return cached;
    const entry = this.buildHeader(key);
    this.headers.set(key, entry);
    void entry.then((result) => {
      if (result.kind !== 'ok' && result.kind !== 'header-error' && this.headers.get(key) === entry) {
        this.headers.delete(key);
      }
    });
    return entry;
  }

  private async buildHeader(key: string): Promise<HeaderEnv> {
    const generation = this.session.generation;
    if (key === '') {
      return this.defaultHeader === ''
        ? { kind: 'ok', env: undefined, generation }
        : this.headerEnv(this.defaultHeader);
    }
    if (IMPORT_LINE.test(key) || key === this.defaultHeader) {
      return this.runHeader({ kind: 'command', cmd: key }, generation);
    }
    const base = await this.headerEnv(this.defaultHeader);
    if (base.kind !== 'ok') return base;
    return this.runHeader({ kind: 'command', cmd: key, ...(base.env === undefined ? {} : { env: base.env }) }, base.generation);
  }

  private async runHeader(request: Request, generation: number): Promise<HeaderEnv> {
    const outcome = await this.session.send(request, { timeoutMs: this.options.importTimeoutMs, generation });
    if (outcome.kind !== 'answer') return outcome;
    const { response } = outcome;
    switch (response.kind) {
      case 'error':
        return { kind: 'header-error', message: `the header was refused: ${response.message}` };
      case 'command': {
        const errors = errorMessages(response.messages);
        if (errors.length > 0) {
          return { kind: 'header-error', message: `the header does not elaborate: ${errors.map(formatMessage).join('; ')}` };
        }
        return { kind: 'ok', env: response.env, generation: outcome.generation };
      }
      case 'tactic':
        throw internalError('a command was answered with a tactic response');
    }
  }

  close(): Promise<void> {
    return this.session.close();
  }
}

export class LeanPool {
  readonly workers: readonly LeanWorker[];
  /** Jobs (`withWorker`) running on each worker, whether or not they have queued a request yet. */
  private readonly jobs = new Map<LeanWorker, number>();

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw internalError(`pool size must be a positive integer, got ${options.size}`);
    }
    this.workers = Array.from({ length: options.size }, (_, id) => new LeanWorker(id, options));
  }

  /**
   * Runs `job` on the least-loaded worker: the fewest jobs and queued requests (ties: the one
   * whose process has answered fewest), among workers still available — if none is, the first,
   * whose sends then fail as `unavailable` with the reason. A job counts from the moment it is
   * given its worker, so jobs started together spread over the pool before any has sent anything.
   */
  async withWorker<T>(job: (worker: LeanWorker) => Promise<T>): Promise<T> {
    const worker = this.leastLoaded();
    this.jobs.set(worker, (this.jobs.get(worker) ?? 0) + 1);
    try {
      return await job(worker);
    } finally {
      this.jobs.set(worker, this.jobs.get(worker)! - 1);
    }
  }

  private leastLoaded(): LeanWorker {
    const candidates = this.workers.filter((w) => w.session.available);
    if (candidates.length === 0) return this.workers[0]!;
    const load = (w: LeanWorker) => (this.jobs.get(w) ?? 0) + w.session.load;
    return candidates.reduce((best, w) =>
      load(w) < load(best) || (load(w) === load(best) && w.session.uses < best.session.uses) ? w : best,
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
