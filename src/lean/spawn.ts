/**
 * One operating-system process running the REPL, started with execa. It is the leader of its own
 * process group, because `lake env repl` runs the REPL as a child of `lake`: killing the group
 * ends both, and the group's pids are what the memory watchdog adds up. stdout is handed on as
 * decoded text; stderr is kept (the last few KiB) for diagnostics and never mixed into the
 * protocol stream.
 */
import { execa } from 'execa';

/** How to start a REPL: `file args…` in `cwd`. The replay fixture is started the same way. */
export interface ReplCommand {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Extra environment variables, added to this process's own. */
  readonly env?: Readonly<Record<string, string>>;
}

/** How a process ended. `spawnError` is set when it never ran (e.g. `ENOENT`: no such program). */
export interface ProcessExit {
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly spawnError: string | undefined;
}

export interface ProcessHandlers {
  readonly onStdout: (text: string) => void;
  readonly onExit: (exit: ProcessExit) => void;
}

const STDERR_KEEP = 16 * 1024;

// Groups still running, so that a normal exit of proofseek does not leave REPLs behind. (An
// orphaned REPL also ends by itself: its stdin closes and it exits after the current request.)
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid);
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

export class ReplProcess {
  private stderrText = '';
  private exitedFlag = false;
  private markExited: () => void = () => undefined;
  private readonly exitedPromise = new Promise<void>((resolve) => {
    this.markExited = resolve;
  });

  private constructor(
    private readonly subprocess: ReturnType<typeof spawnSubprocess>,
    readonly pid: number | undefined,
  ) {}

  /** Starts `command`. Never throws for a missing program: that arrives as `onExit` with `spawnError`. */
  static spawn(command: ReplCommand, handlers: ProcessHandlers): ReplProcess {
    installExitHook();
    const subprocess = spawnSubprocess(command);
    const child = new ReplProcess(subprocess, subprocess.pid);
    const pid = subprocess.pid;
    if (pid !== undefined) liveGroups.add(pid);
    subprocess.stdout?.setEncoding('utf8');
    subprocess.stdout?.on('data', (text: string) => handlers.onStdout(text));
    subprocess.stderr?.setEncoding('utf8');
    subprocess.stderr?.on('data', (text: string) => {
      child.stderrText = (child.stderrText + text).slice(-STDERR_KEEP);
    });
    // Writes to a process that has just died fail with EPIPE; the exit is reported separately.
    subprocess.stdin?.on('error', () => undefined);
    void subprocess.then((result) => {
      child.exitedFlag = true;
      child.markExited();
      if (pid !== undefined) {
        liveGroups.delete(pid);
        killGroup(pid); // children of a dead `lake` would otherwise linger
      }
      const spawnFailed = result.failed && result.exitCode === undefined && result.signal === undefined;
      handlers.onExit({
        exitCode: result.exitCode,
        signal: result.signal,
        spawnError: spawnFailed ? (result.code ?? result.shortMessage) : undefined,
      });
    });
    return child;
  }

  /** Resolves once the process has exited, or after `ms` milliseconds, whichever comes first. */
  async whenExited(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    await Promise.race([this.exitedPromise, timeout]);
    clearTimeout(timer);
  }

  /** Writes text to stdin; false when the process can no longer take input. */
  write(text: string): boolean {
    const stdin = this.subprocess.stdin;
    if (this.exitedFlag || !stdin || stdin.destroyed || !stdin.writable) return false;
    stdin.write(text);
    return true;
  }

  /** SIGKILLs the whole process group (the REPL and any `lake` wrapper). */
  kill(): void {
    if (this.pid !== undefined) killGroup(this.pid);
  }

  /** The last 16 KiB the process wrote to stderr. */
  stderrTail(): string {
    return this.stderrText;
  }
}

function spawnSubprocess(command: ReplCommand) {
  return execa(command.file, [...command.args], {
    cwd: command.cwd,
    env: command.env ? { ...command.env } : {},
    extendEnv: true,
    stdin: 'pipe',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    detached: true,
    // Output is consumed as a stream; execa must not strip or collect it.
    stripFinalNewline: false,
  });
}
