/**
 * Bounded concurrency for one expansion: tactics are applied at most `limit` at a time (a Lean
 * REPL pool has that many processes; the in-process symbolic backend gains nothing above 1).
 */

/**
 * Maps `items` through `fn` with at most `limit` calls in flight. Results keep the input order
 * whatever order the calls finish in, so a search stays deterministic. A rejection rejects the
 * whole map (after the calls already in flight settle), since `fn` only throws for bugs.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`internal error: concurrency must be a positive integer, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
