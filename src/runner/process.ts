/** Small process-level adapters shared by the entry points. */
import { readBoundedText } from './files.js';

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

/** The largest event payload read (GitHub's are far smaller). */
export const MAX_EVENT_PAYLOAD_BYTES = 8 * 1024 * 1024;

/**
 * The event payload, capped at 8 MiB while reading (a larger file is refused from its size, and
 * only a regular file is read: never a FIFO or a device); `{}` when there is none or it cannot be
 * read or parsed (the steps fail open: a broken payload only loses what it would have told them).
 *
 * The second parameter is accepted for the callers that still pass `readFileSync`, and ignored:
 * an unbounded reader cannot apply the cap while reading.
 */
export function readEventPayload(
  path: string | undefined,
  _unboundedReader?: (path: string, encoding: 'utf8') => string,
): unknown {
  if (!path) return {};
  try {
    return JSON.parse(
      readBoundedText(path, MAX_EVENT_PAYLOAD_BYTES, { what: 'an event payload' }),
    ) as unknown;
  } catch {
    return {};
  }
}
