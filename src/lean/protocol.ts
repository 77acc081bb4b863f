/**
 * The Lean REPL's JSON protocol (../shared/docs/lean-repl-protocol.md), in one place: branded ids,
 * the requests we send (discriminated by `kind`, encoded to the REPL's field-shaped objects), and
 * zod schemas for every response shape. A response is read according to the request that asked
 * for it, and an error object is recognised by its top-level `message` key, which normal
 * responses never have — so no response is ever parsed by trying shapes in turn.
 */
import { z } from 'zod';

declare const envBrand: unique symbol;
declare const proofStateBrand: unique symbol;

/** An environment id, valid only in the REPL process (and generation) that returned it. */
export type EnvId = number & { readonly [envBrand]: true };
/** A proof state id, valid only in the REPL process (and generation) that returned it. */
export type ProofStateId = number & { readonly [proofStateBrand]: true };

const nonNegativeInt = z.number().int().nonnegative();
const EnvIdSchema = nonNegativeInt.transform((n) => n as EnvId);
const ProofStateIdSchema = nonNegativeInt.transform((n) => n as ProofStateId);

// ---------------------------------------------------------------------------------------------
// Requests

interface CommandFlags {
  readonly env?: EnvId;
  readonly allTactics?: boolean;
  readonly rootGoals?: boolean;
  /** `full`, `tactics`, `original` or `substantive`; the REPL ignores other values. */
  readonly infotree?: string;
}

/** Every request the REPL understands (§3). The wire object is this without `kind`. */
export type Request =
  | ({ readonly kind: 'command'; readonly cmd: string } & CommandFlags)
  | ({ readonly kind: 'file'; readonly path: string } & CommandFlags)
  | { readonly kind: 'tactic'; readonly tactic: string; readonly proofState: ProofStateId }
  | { readonly kind: 'pickle-env'; readonly pickleTo: string; readonly env: EnvId }
  | { readonly kind: 'unpickle-env'; readonly unpickleEnvFrom: string }
  | { readonly kind: 'pickle-proof-state'; readonly pickleTo: string; readonly proofState: ProofStateId }
  | { readonly kind: 'unpickle-proof-state'; readonly unpickleProofStateFrom: string; readonly env?: EnvId };

export type RequestKind = Request['kind'];

/** Which response shape answers a request: command-like requests get `{env…}`, the rest `{proofState…}`. */
export function responseShapeOf(kind: RequestKind): 'command' | 'tactic' {
  switch (kind) {
    case 'command':
    case 'file':
    case 'pickle-env':
    case 'unpickle-env':
      return 'command';
    case 'tactic':
    case 'pickle-proof-state':
    case 'unpickle-proof-state':
      return 'tactic';
  }
}

/**
 * The JSON object the REPL reads for `request`: its fields without `kind`, optional fields left
 * out when absent. @throws Error (a bug) for an id that is not a non-negative integer, because
 * such a request would kill the REPL process (§6).
 */
export function toWire(request: Request): Record<string, unknown> {
  const { kind: _kind, ...fields } = request;
  const wire: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if ((key === 'env' || key === 'proofState') && !nonNegativeInt.safeParse(value).success) {
      throw new Error(`internal error: ${key} id ${String(value)} is not a non-negative integer`);
    }
    wire[key] = value;
  }
  return wire;
}

const optionalFlags = {
  env: EnvIdSchema.nullish(),
  allTactics: z.boolean().nullish(),
  rootGoals: z.boolean().nullish(),
  infotree: z.string().nullish(),
};
const WireTactic = z.object({ tactic: z.string(), proofState: ProofStateIdSchema });
const WirePickleEnv = z.object({ pickleTo: z.string(), env: EnvIdSchema });
const WireUnpickleEnv = z.object({ unpickleEnvFrom: z.string() });
const WirePickleProofState = z.object({ pickleTo: z.string(), proofState: ProofStateIdSchema });
const WireUnpickleProofState = z.object({ unpickleProofStateFrom: z.string(), env: EnvIdSchema.nullish() });
const WireCommand = z.object({ cmd: z.string(), ...optionalFlags });
const WireFile = z.object({ path: z.string(), ...optionalFlags });

/**
 * The request the real REPL would take `json` for, or undefined when it matches no shape (which
 * is fatal for the REPL). This mirrors the REPL's own precedence (§3: tactic, pickle environment,
 * unpickle environment, pickle proof state, unpickle proof state, command, file); it exists for
 * the replay fixture and for reading recorded transcripts, not for the client's own requests.
 */
export function classifyWire(json: unknown): Request | undefined {
  const tactic = WireTactic.safeParse(json);
  if (tactic.success) return { kind: 'tactic', ...tactic.data };
  const pickleEnv = WirePickleEnv.safeParse(json);
  if (pickleEnv.success) return { kind: 'pickle-env', ...pickleEnv.data };
  const unpickleEnv = WireUnpickleEnv.safeParse(json);
  if (unpickleEnv.success) return { kind: 'unpickle-env', ...unpickleEnv.data };
  const pickleState = WirePickleProofState.safeParse(json);
  if (pickleState.success) return { kind: 'pickle-proof-state', ...pickleState.data };
  const unpickleState = WireUnpickleProofState.safeParse(json);
  if (unpickleState.success) {
    const { env, ...rest } = unpickleState.data;
    return { kind: 'unpickle-proof-state', ...rest, ...(env == null ? {} : { env }) };
  }
  const command = WireCommand.safeParse(json);
  if (command.success) return { kind: 'command', ...dropNulls(command.data) };
  const file = WireFile.safeParse(json);
  if (file.success) return { kind: 'file', ...dropNulls(file.data) };
  return undefined;
}

function dropNulls<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

// ---------------------------------------------------------------------------------------------
// Responses

/** A field the REPL may leave out (or, per §3, send as null): both read as absent. */
function absentable<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const Pos = z.object({ line: nonNegativeInt, column: nonNegativeInt });
export type Pos = z.infer<typeof Pos>;

const Message = z.object({
  severity: z.enum(['info', 'warning', 'error', 'trace']),
  pos: Pos,
  endPos: absentable(Pos),
  data: z.string(),
});
export type Message = z.infer<typeof Message>;

const Sorry = z.object({
  goal: z.string(),
  proofState: absentable(ProofStateIdSchema),
  pos: absentable(Pos),
  endPos: absentable(Pos),
});
export type Sorry = z.infer<typeof Sorry>;

const TacticInfo = z.object({
  tactic: z.string(),
  /** One string: the goals before the tactic separated by blank lines, or `no goals`. */
  goals: z.string(),
  proofState: absentable(ProofStateIdSchema),
  pos: Pos,
  endPos: Pos,
  usedConstants: z.array(z.string()).default([]),
});
export type TacticInfo = z.infer<typeof TacticInfo>;

/**
 * `proofStatus` of a tactic response, by prefix (§4.2). Only `completed` means the original goal
 * is proved: the REPL checked the assembled proof with the kernel and found no `sorry`.
 */
export type ProofStatus =
  | { readonly kind: 'completed' }
  | { readonly kind: 'open-goals'; readonly text: string }
  | { readonly kind: 'contains-sorry'; readonly text: string }
  | { readonly kind: 'contains-metavariables'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'not-verified'; readonly text: string }
  | { readonly kind: 'other'; readonly text: string };

/** Reads a `proofStatus` string. Anything but exactly `Completed` is not a finished proof. */
export function parseProofStatus(text: string): ProofStatus {
  if (text === 'Completed') return { kind: 'completed' };
  if (text.startsWith('Incomplete: open goals')) return { kind: 'open-goals', text };
  if (text.startsWith('Incomplete: contains sorry')) return { kind: 'contains-sorry', text };
  if (text.startsWith('Incomplete: contains metavariable')) return { kind: 'contains-metavariables', text };
  if (text.startsWith('Error')) return { kind: 'error', text };
  if (text.startsWith('Not verified')) return { kind: 'not-verified', text };
  return { kind: 'other', text };
}

const CommandResponseSchema = z.object({
  env: EnvIdSchema,
  messages: z.array(Message).default([]),
  sorries: z.array(Sorry).default([]),
  tactics: z.array(TacticInfo).default([]),
  infotree: z.array(z.unknown()).optional(),
});

const TacticResponseSchema = z.object({
  proofState: ProofStateIdSchema,
  goals: z.array(z.string()),
  messages: z.array(Message).default([]),
  sorries: z.array(Sorry).default([]),
  traces: z.array(z.string()).default([]),
  // Required: builds before v4.19.0 do not send it, and without it nothing can count as proved.
  proofStatus: z.string().transform(parseProofStatus),
});

const ErrorResponseSchema = z.strictObject({ message: z.string() });

export type CommandResponse = { readonly kind: 'command' } & z.infer<typeof CommandResponseSchema>;
export type TacticResponse = { readonly kind: 'tactic' } & z.infer<typeof TacticResponseSchema>;
/** The REPL's error object (§4.3): data, not a crash; the session carries on. */
export interface ErrorResponse {
  readonly kind: 'error';
  readonly message: string;
}
export type Response = CommandResponse | TacticResponse | ErrorResponse;

export type ParsedResponse = { readonly ok: true; readonly response: Response } | { readonly ok: false; readonly problem: string };

/**
 * Validates one decoded response chunk against the shape that answers a `shape` request. A
 * failure is a protocol violation (the session is no longer trustworthy), reported as a value.
 */
export function parseResponse(shape: 'command' | 'tactic', json: unknown): ParsedResponse {
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'message' in json) {
    const error = ErrorResponseSchema.safeParse(json);
    if (error.success) return { ok: true, response: { kind: 'error', message: error.data.message } };
    return { ok: false, problem: `malformed error object: ${describeIssues(error.error)}` };
  }
  if (shape === 'command') {
    const parsed = CommandResponseSchema.safeParse(json);
    if (parsed.success) return { ok: true, response: { kind: 'command', ...parsed.data } };
    return { ok: false, problem: `malformed command response: ${describeIssues(parsed.error)}` };
  }
  const parsed = TacticResponseSchema.safeParse(json);
  if (parsed.success) return { ok: true, response: { kind: 'tactic', ...parsed.data } };
  return { ok: false, problem: `malformed tactic response: ${describeIssues(parsed.error)}` };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Error messages of a response, in order. */
export function errorMessages(messages: readonly Message[]): Message[] {
  return messages.filter((m) => m.severity === 'error');
}

/** `line:column: text` for one message; tactic-mode messages sit at 0:0 and get no position. */
export function formatMessage(message: Message): string {
  const { line, column } = message.pos;
  return line === 0 && column === 0 ? message.data : `${line}:${column}: ${message.data}`;
}
