/**
 * One REPL session: a process plus the queue of requests for it. The REPL answers strictly in
 * order and has no request ids, so exactly one request is in flight at a time and the next
 * response belongs to it. Each process start begins a new *generation*; every id the REPL handed
 * out belongs to the generation that made it, and a request bound to an older generation fails
 * as `stale` instead of reaching a process where its ids mean something else.
 *
 * The session kills and restarts the process when a request outlives its timeout, when the
 * process tree's RSS goes over the memory cap, when the output breaks the protocol, and after a
 * crash; the request in flight then fails with the reason and queued ones fail as `restarted`.
 * After `maxConsecutiveFailures` restarts with no answer in between it stops trying
 * (`unavailable`). With `recycleAfter`, a process that has answered that many requests is
 * replaced as soon as its queue is empty.
 */
import { encodeRequest, ResponseSplitter } from './framing.ts';
import { processTreeRssBytes } from './memory.ts';
import { parseResponse, responseShapeOf, type Request, type Response } from './protocol.ts';
import { ReplProcess, type ProcessExit, type ReplCommand } from './spawn.ts';

export interface SessionOptions {
  readonly command: ReplCommand;
  /** Timeout of a request that names none. */
  readonly timeoutMs: number;
  /** Cap on the RSS of the REPL's process tree, in bytes. */
  readonly maxMemoryBytes: number;
  /** How often RSS is sampled. */
  readonly memorySampleMs: number;
  /** Restarts allowed in a row without a single answer before the session gives up. */
  readonly maxConsecutiveFailures: number;
  /** Answers after which the process is replaced (when idle); undefined: never. */
  readonly recycleAfter: number | undefined;
  /** Called after each process start, before anything queued runs: a request sent from here runs first. */
  readonly onStart?: (generation: number) => void;
}

/** Why a request got no answer. Each is a value; none is an exception. */
export type SessionFailure =
  | { readonly kind: 'timeout'; readonly message: string }
  | { readonly kind: 'crashed'; readonly message: string }
  | { readonly kind: 'memory'; readonly message: string }
  | { readonly kind: 'protocol'; readonly message: string }
  | { readonly kind: 'restarted'; readonly message: string }
  | { readonly kind: 'stale'; readonly message: string }
  | { readonly kind: 'closed'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly message: string };

export type SendOutcome =
  | { readonly kind: 'answer'; readonly generation: number; readonly response: Response }
  | SessionFailure;

export interface SendOptions {
  /** Overrides the session's default timeout for this request. */
  readonly timeoutMs?: number;
  /** The generation whose ids the request uses; omit only for requests that name no id. */
  readonly generation?: number;
}

interface Pending {
  readonly request: Request;
  readonly text: string;
  readonly timeoutMs: number;
  readonly generation: number | undefined;
  readonly resolve: (outcome: SendOutcome) => void;
  timer?: NodeJS.Timeout;
}

export class ReplSession {
  private proc: ReplProcess | undefined;
  private splitter = new ResponseSplitter();
  private queue: Pending[] = [];
  private inFlight: Pending | undefined;
  private gen = 0;
  private answered = 0;
  private failuresInARow = 0;
  private state: { kind: 'running' } | { kind: 'unavailable'; reason: string } | { kind: 'closed' } = { kind: 'running' };
  private readonly memoryTimer: NodeJS.Timeout;
  private sampling = false;
  private lastStderr = '';
  private started = false;

  /** A session whose first process starts at `start()`. */
  constructor(private readonly options: SessionOptions) {
    this.memoryTimer = setInterval(() => void this.sampleMemory(), options.memorySampleMs);
    this.memoryTimer.unref();
  }

  /** Starts the first process (once). There is no handshake: the session is usable at once. */
  start(): this {
    if (!this.started && this.state.kind === 'running') {
      this.started = true;
      this.launch();
    }
    return this;
  }

  /** Increases by one at every process start; ids from an earlier generation are void. */
  get generation(): number {
    return this.gen;
  }

  /** Requests queued or in flight. */
  get load(): number {
    return this.queue.length + (this.inFlight ? 1 : 0);
  }

  /** Requests answered by the current process. */
  get uses(): number {
    return this.answered;
  }

  get available(): boolean {
    return this.state.kind === 'running';
  }

  /** The current process's pid (the group leader), for diagnostics. */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** stderr of the current process, or of the last one that died if none runs. */
  stderrTail(): string {
    return this.proc?.stderrTail() || this.lastStderr;
  }

  /**
   * Queues `request` and resolves with its answer or the reason it has none. Never rejects.
   * @throws Error (a bug) when the request carries an invalid id.
   */
  send(request: Request, options: SendOptions = {}): Promise<SendOutcome> {
    const text = encodeRequest(request);
    if (this.state.kind === 'closed') return Promise.resolve(closedFailure());
    if (this.state.kind === 'unavailable') return Promise.resolve({ kind: 'unavailable', message: this.state.reason });
    if (options.generation !== undefined && options.generation !== this.gen) {
      return Promise.resolve(staleFailure(options.generation, this.gen));
    }
    this.start();
    return new Promise((resolve) => {
      this.queue.push({
        request,
        text,
        timeoutMs: options.timeoutMs ?? this.options.timeoutMs,
        generation: options.generation,
        resolve,
      });
      this.pump();
    });
  }

  /** Fails everything pending as `closed` and kills the process; waits (briefly) for it to exit. */
  async close(): Promise<void> {
    if (this.state.kind === 'closed') return;
    this.state = { kind: 'closed' };
    clearInterval(this.memoryTimer);
    this.failAll(closedFailure(), closedFailure());
    const proc = this.proc;
    this.proc = undefined;
    if (proc) {
      proc.kill();
      await proc.whenExited(2_000);
    }
  }

  private launch(): void {
    this.gen += 1;
    this.answered = 0;
    this.splitter = new ResponseSplitter();
    const proc = ReplProcess.spawn(this.options.command, {
      onStdout: (text) => {
        if (this.proc === proc) this.onStdout(text);
      },
      onExit: (exit) => {
        if (this.proc === proc) this.onExit(proc, exit);
      },
    });
    this.proc = proc;
    this.options.onStart?.(this.gen);
    this.pump();
  }

  private pump(): void {
    while (!this.inFlight && this.queue.length > 0 && this.state.kind === 'running' && this.proc) {
      const next = this.queue.shift()!;
      if (next.generation !== undefined && next.generation !== this.gen) {
        next.resolve(staleFailure(next.generation, this.gen));
        continue;
      }
      this.inFlight = next;
      next.timer = setTimeout(() => this.onTimeout(next), next.timeoutMs);
      // A failed write means the process is gone; its exit fails this request.
      this.proc.write(next.text);
    }
  }

  private onStdout(text: string): void {
    for (const chunk of this.splitter.push(text)) {
      const pending = this.inFlight;
      if (!pending) {
        this.replace({ kind: 'protocol', message: `the REPL wrote output no request asked for: ${clip(chunk)}` });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(chunk);
      } catch {
        this.replace({ kind: 'protocol', message: `the REPL wrote a response that is not JSON: ${clip(chunk)}` });
        return;
      }
      const parsed = parseResponse(responseShapeOf(pending.request.kind), json);
      if (!parsed.ok) {
        this.replace({ kind: 'protocol', message: `${parsed.problem} in ${clip(chunk)}` });
        return;
      }
      this.inFlight = undefined;
      clearTimeout(pending.timer);
      this.failuresInARow = 0;
      this.answered += 1;
      pending.resolve({ kind: 'answer', generation: this.gen, response: parsed.response });
    }
    this.pump();
    const { recycleAfter } = this.options;
    if (recycleAfter !== undefined && this.answered >= recycleAfter && this.load === 0) {
      // Checked again after the callers' continuations have run, so that a follow-up request
      // they send at once (the next step of a verification, say) still finds this process.
      const proc = this.proc;
      setImmediate(() => {
        if (this.proc === proc && this.load === 0 && this.state.kind === 'running') {
          this.retire();
          this.launch();
        }
      });
    }
  }

  private onTimeout(pending: Pending): void {
    if (this.inFlight !== pending) return;
    this.replace({
      kind: 'timeout',
      message: `no answer within ${pending.timeoutMs} ms; the REPL was killed and restarted`,
    });
  }

  private onExit(proc: ReplProcess, exit: ProcessExit): void {
    this.proc = undefined;
    this.lastStderr = proc.stderrTail();
    if (exit.spawnError !== undefined) {
      const reason = `cannot start the Lean REPL \`${this.options.command.file}\` (in ${this.options.command.cwd}): ${exit.spawnError}`;
      this.becomeUnavailable(reason);
      return;
    }
    const how = exit.signal !== undefined ? `was killed by ${exit.signal}` : `exited with status ${exit.exitCode ?? '?'}`;
    const cut = this.splitter.pending.trim() !== '' ? ' in the middle of a response' : '';
    const stderr = this.lastStderr.trim();
    this.replace(
      { kind: 'crashed', message: `the REPL ${how}${cut}${stderr ? `; stderr: ${clip(stderr, 600)}` : ''}` },
      { alreadyDead: true },
    );
  }

  private async sampleMemory(): Promise<void> {
    const proc = this.proc;
    if (this.sampling || !proc || proc.pid === undefined) return;
    this.sampling = true;
    try {
      const rss = await processTreeRssBytes(proc.pid);
      if (this.proc === proc && rss !== undefined && rss > this.options.maxMemoryBytes) {
        this.replace({
          kind: 'memory',
          message: `the REPL used ${mib(rss)} MiB, over the ${mib(this.options.maxMemoryBytes)} MiB cap (--max-memory); it was killed and restarted`,
        });
      }
    } finally {
      this.sampling = false;
    }
  }

  /** Ends the current process, fails what was pending, and starts a new one unless failing in a loop. */
  private replace(failure: SessionFailure, { alreadyDead = false } = {}): void {
    if (!alreadyDead) this.retire();
    this.failAll(failure, {
      kind: 'restarted',
      message: `the REPL was restarted before this request ran (${failure.kind}: ${failure.message})`,
    });
    this.failuresInARow += 1;
    if (this.failuresInARow > this.options.maxConsecutiveFailures) {
      this.becomeUnavailable(
        `the Lean REPL failed ${this.failuresInARow} times in a row without answering; last: ${failure.message}`,
      );
      return;
    }
    if (this.state.kind === 'running') this.launch();
  }

  private retire(): void {
    const proc = this.proc;
    this.proc = undefined;
    if (proc) {
      this.lastStderr = proc.stderrTail();
      proc.kill();
    }
  }

  private becomeUnavailable(reason: string): void {
    this.retire();
    if (this.state.kind === 'running') this.state = { kind: 'unavailable', reason };
    const failure: SessionFailure = { kind: 'unavailable', message: reason };
    this.failAll(failure, failure);
  }

  private failAll(inFlightFailure: SessionFailure, queuedFailure: SessionFailure): void {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    if (inFlight) {
      clearTimeout(inFlight.timer);
      inFlight.resolve(inFlightFailure);
    }
    const queued = this.queue;
    this.queue = [];
    for (const pending of queued) pending.resolve(queuedFailure);
  }
}

function staleFailure(wanted: number, current: number): SessionFailure {
  return {
    kind: 'stale',
    message: `the request uses ids of REPL generation ${wanted}, but the process was restarted (now generation ${current}); those ids no longer exist`,
  };
}

function closedFailure(): SessionFailure {
  return { kind: 'closed', message: 'the Lean session was closed' };
}

function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function mib(bytes: number): string {
  return (bytes / 1024 ** 2).toFixed(0);
}
