/**
 * One JSON POST with a per-attempt timeout and retries with exponential backoff on what is
 * usually transient: HTTP 429 and 5xx, refused or reset connections, timeouts. Every failure
 * is a value with a one-line message; nothing here throws for a network problem.
 */

export interface RequestPolicy {
  /** Per attempt, including reading the body. */
  readonly timeoutMs: number;
  /** Attempts after the first. */
  readonly retries: number;
  /** Wait before retry i (0-based) is backoffMs · 2^i, or the server's Retry-After if longer (capped). */
  readonly backoffMs: number;
}

export type PostResult =
  | { readonly kind: 'ok'; readonly body: unknown }
  | { readonly kind: 'error'; readonly message: string; readonly retryable: boolean };

const MAX_WAIT_MS = 30_000;

/** POSTs `payload` as JSON to `url`, retrying per `policy`. */
export async function postJson(url: string, payload: unknown, headers: Record<string, string>, policy: RequestPolicy): Promise<PostResult> {
  let failure: Extract<PostResult, { kind: 'error' }> | undefined;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    const { result, retryAfterMs } = await attemptOnce(url, payload, headers, policy.timeoutMs);
    if (result.kind === 'ok' || !result.retryable) return result;
    failure = result;
    if (attempt < policy.retries) await sleep(Math.min(MAX_WAIT_MS, Math.max(policy.backoffMs * 2 ** attempt, retryAfterMs ?? 0)));
  }
  const tries = policy.retries + 1;
  return tries === 1 ? failure! : { ...failure!, message: `${failure!.message} (after ${tries} attempts)` };
}

/** GET `url` once: undefined if any HTTP answer came back, else why not (refused, timeout, …). */
export async function unreachable(url: string, headers: Record<string, string>, timeoutMs: number): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    await response.body?.cancel();
    return undefined;
  } catch (error) {
    return networkReason(error, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function attemptOnce(url: string, payload: unknown, headers: Record<string, string>, timeoutMs: number): Promise<{ result: PostResult; retryAfterMs?: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(payload),
      signal: controller.signal,
    });
    const text = await response.text();
    if (!response.ok) {
      const retryable = response.status === 429 || response.status >= 500;
      const retryAfter = Number(response.headers.get('retry-after'));
      return {
        result: { kind: 'error', message: `HTTP ${response.status} from ${url}${snippet(text)}`, retryable },
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      };
    }
    try {
      return { result: { kind: 'ok', body: JSON.parse(text) as unknown } };
    } catch {
      return { result: { kind: 'error', message: `malformed JSON from ${url}${snippet(text)}`, retryable: false } };
    }
  } catch (error) {
    return { result: { kind: 'error', message: `${url}: ${networkReason(error, timeoutMs)}`, retryable: true } };
  } finally {
    clearTimeout(timer);
  }
}

/** A one-line reason for a failed fetch: the system error code when there is one. */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is the server running?)';
  if (cause?.code) return `connection failed (${cause.code})`;
  return `connection failed (${error instanceof Error ? error.message : String(error)})`;
}

/** `: first 120 characters of the body`, on one line. */
function snippet(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length === 0 ? '' : `: ${line.length > 120 ? `${line.slice(0, 120)}…` : line}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
