/**
 * Node's diagnostic report (`process.report`, https://nodejs.org/api/report.html), read for the
 * one thing the recorder needs: did this process stop at the V8 heap limit, and which PID was it.
 * Pure. The report is written by a process of the user's own command, so it is treated like any
 * other input: size-capped by the caller, parsed as JSON, and only two header fields are read;
 * nothing else of it (it holds the command line and stacks) is kept or logged.
 */

/** Reports larger than this are not read (a compact report is ~8–40 KiB). */
export const MAX_NODE_REPORT_BYTES = 1024 * 1024;

/**
 * The header's `event` when V8 gave up: "Allocation failed - JavaScript heap out of memory" (Node
 * 24, trigger `OOMError`), "Reached heap limit Allocation failed - JavaScript heap out of memory"
 * (older releases, trigger `FatalError`). Matched on the phrase both share.
 */
const HEAP_LIMIT_EVENT = /JavaScript heap out of memory/i;

export interface NodeFatalReport {
  pid: number;
  /** The process stopped at the V8 heap limit (not another fatal error). */
  heapLimit: boolean;
}

/** The PID and cause of a report, or null when the text is not a Node report with a PID. */
export function parseNodeReport(text: string): NodeFatalReport | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const header =
    typeof value === 'object' && value !== null
      ? (value as { header?: unknown }).header
      : undefined;
  if (typeof header !== 'object' || header === null) return null;
  const { processId, event, trigger } = header as Record<string, unknown>;
  if (typeof processId !== 'number' || !Number.isInteger(processId) || processId <= 0) return null;
  const heapLimit =
    trigger === 'OOMError' || (typeof event === 'string' && HEAP_LIMIT_EVENT.test(event));
  return { pid: processId, heapLimit };
}
