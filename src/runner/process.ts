/** Small process-level adapters shared by the entry points. */

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

/**
 * The event payload, capped at 8 MiB; `{}` when there is none or it cannot be read or parsed
 * (the steps fail open: a broken payload only loses what it would have told them).
 */
export function readEventPayload(
  path: string | undefined,
  readFile: (path: string, encoding: 'utf8') => string,
): unknown {
  if (!path) return {};
  try {
    const text = readFile(path, 'utf8');
    if (text.length > 8 * 1024 * 1024) return {};
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}
