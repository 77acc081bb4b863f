/**
 * Replay REPL: a test fixture that speaks the Lean REPL's protocol on stdin/stdout and answers
 * only from one recorded transcript (`X.in` → `X.expected.out`, real Lean output). It never makes
 * up a response: each request must be JSON-equal to the next recorded one, and the answer is the
 * recorded response text, byte for byte, followed by a blank line.
 *
 *   node --import tsx tests/lean/replay-repl.ts <transcript-without-extension> [modes]
 *
 * Input framing is the REPL's own (see support/repl-input.ts): `#`/`--` blocks get no response,
 * and a block that is not JSON (an extra blank line included) or matches no request shape is
 * fatal, with `uncaught exception: …` on stderr and exit status 1, as in REPL/Main.lean.
 * A request that differs from the transcript ends the process with status 3 and says why.
 *
 * Modes, for testing the client's failure paths (the n-th request counts from 1):
 *   --die-at N     write half of response N, then exit 1 (a crash mid-response)
 *   --hang-at N    never answer request N
 *   --grow-at N    at request N allocate --grow-mb MiB (default 256), touch every page, never answer
 *   --once FILE    apply the modes only while FILE does not exist; the first mode to fire creates it
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { LineBuffer, readQueries, RequestReader } from './support/repl-input.ts';

interface Modes {
  dieAt?: number;
  hangAt?: number;
  growAt?: number;
  growMb: number;
  once?: string;
}

function fail(status: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function parseArgs(argv: string[]): { base: string; modes: Modes } {
  const [base, ...rest] = argv;
  if (base === undefined) fail(2, 'usage: replay-repl.ts <transcript> [--die-at N] [--hang-at N] [--grow-at N] [--grow-mb M] [--once FILE]');
  const modes: Modes = { growMb: 256 };
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (value === undefined) fail(2, `replay: ${flag} needs a value`);
    if (flag === '--die-at') modes.dieAt = Number(value);
    else if (flag === '--hang-at') modes.hangAt = Number(value);
    else if (flag === '--grow-at') modes.growAt = Number(value);
    else if (flag === '--grow-mb') modes.growMb = Number(value);
    else if (flag === '--once') modes.once = value;
    else fail(2, `replay: unknown flag ${flag}`);
  }
  return { base: base.replace(/\.in$/u, ''), modes };
}

const { base, modes } = parseArgs(process.argv.slice(2));
const recorded = readQueries(readFileSync(`${base}.in`, 'utf8'))
  .filter((q) => q.kind === 'json')
  .map((q) => JSON.parse(q.text) as unknown);
const responses = readFileSync(`${base}.expected.out`, 'utf8')
  .split('\n\n')
  .filter((chunk) => chunk.trim() !== '');
if (responses.length !== recorded.length) {
  fail(4, `replay: ${base}: ${recorded.length} requests but ${responses.length} responses recorded`);
}

const modesActive = modes.once === undefined || !existsSync(modes.once);
let answered = 0;
let stopped = false;
// Kept reachable so that the memory it holds stays resident.
const ballast: Buffer[] = [];

function fire(): void {
  if (modes.once !== undefined) writeFileSync(modes.once, 'fired\n');
}

function hangForever(): void {
  stopped = true;
  setInterval(() => undefined, 1 << 30);
}

async function handle(text: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(1, `uncaught exception: Could not parse JSON:\n${(error as Error).message}`);
  }
  const index = answered;
  const expected = recorded[index];
  if (index >= recorded.length || !isDeepStrictEqual(json, expected)) {
    // Only a request off the transcript needs the shape check (a recorded one passed Lean's), so
    // zod is loaded only then: the happy path starts faster.
    const { classifyWire } = await import('../../src/lean/protocol.ts');
    if (classifyWire(json) === undefined) {
      fail(1, `uncaught exception: Could not parse as a valid JSON command:\n${JSON.stringify(json)}`);
    }
    if (index >= recorded.length) {
      fail(3, `replay: ${base}.in records ${recorded.length} requests; request ${index + 1} is one too many: ${text.trim()}`);
    }
    fail(3, `replay: request ${index + 1} differs from ${base}.in\n  recorded: ${JSON.stringify(expected)}\n  received: ${JSON.stringify(json)}`);
  }
  const n = index + 1;
  const response = responses[index]!;
  if (modesActive && n === modes.hangAt) {
    fire();
    hangForever();
    return;
  }
  if (modesActive && n === modes.growAt) {
    fire();
    for (let mb = 0; mb < modes.growMb; mb += 16) ballast.push(Buffer.alloc(16 * 1024 * 1024, 1));
    hangForever();
    return;
  }
  if (modesActive && n === modes.dieAt) {
    fire();
    process.stdout.write(response.slice(0, Math.floor(response.length / 2)));
    fail(1, `uncaught exception: replay fixture dying mid-response ${n} as asked (--die-at)`);
  }
  process.stdout.write(`${response}\n\n`);
  answered += 1;
}

const reader = new RequestReader();
const lines = new LineBuffer();

async function feed(line: string): Promise<void> {
  if (stopped) return;
  const query = reader.push(line);
  if (query === undefined || query.kind === 'skip') return;
  if (query.kind === 'eof') process.exit(0);
  await handle(query.text);
}

// Input is handled strictly in order, one line at a time, as the REPL reads it.
let work = Promise.resolve();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text: string) => {
  const batch = lines.push(text);
  work = work.then(async () => {
    for (const line of batch) await feed(line);
  });
});
process.stdin.on('end', () => {
  work = work.then(async () => {
    for (const line of lines.end()) await feed(line);
    // At end of input Lean's getLine returns "" for ever: it ends the last query, then the loop.
    while (!stopped) await feed('');
  });
});
