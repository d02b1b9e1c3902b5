/** Small process-level adapters shared by the entry points. */

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

/** The event payload, capped at 8 MiB; `{}` when there is none. */
export function readEventPayload(
  path: string | undefined,
  readFile: (path: string, encoding: 'utf8') => string,
): unknown {
  if (!path) return {};
  const text = readFile(path, 'utf8');
  if (text.length > 8 * 1024 * 1024) return {};
  return JSON.parse(text) as unknown;
}
