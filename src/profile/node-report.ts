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
  /** Read from the file's name: the report was cut short before its header said the cause. */
  cutShort: boolean;
}

/** `report.YYYYMMDD.HHMMSS.PID.THREAD.SEQ.json`, Node's default report file name. */
const REPORT_FILE_NAME = /^report\.\d{8}\.\d{6}\.(\d{1,10})\.\d+\.\d+\.json$/;

/**
 * The PID and cause of a report, or null when it is not a Node report with a PID. A report cut
 * short is read too: a worker's parent may kill it while Node writes it (Jest's workers at the
 * heap limit were SIGTERMed with their reports still empty, zod's suite in bench/RESULTS.md §5d).
 * The header comes first and is all that is needed; with no header at all, Node's file name still
 * gives the PID, and the report counts as a stop at the heap limit: the folder only receives
 * reports of fatal errors (the preload asks for nothing else), and the heap limit is the fatal
 * error a Node process meets in practice (the others are internal errors of Node or an addon).
 */
export function parseNodeReport(text: string, fileName?: string): NodeFatalReport | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return headerOfTruncated(text) ?? fromFileName(fileName);
  }
  const header =
    typeof value === 'object' && value !== null
      ? (value as { header?: unknown }).header
      : undefined;
  if (typeof header !== 'object' || header === null) return null;
  const { processId, event, trigger } = header as Record<string, unknown>;
  return reportOf(processId, event, trigger);
}

function reportOf(processId: unknown, event: unknown, trigger: unknown): NodeFatalReport | null {
  if (typeof processId !== 'number' || !Number.isInteger(processId) || processId <= 0) return null;
  const heapLimit =
    trigger === 'OOMError' || (typeof event === 'string' && HEAP_LIMIT_EVENT.test(event));
  return { pid: processId, heapLimit, cutShort: false };
}

function fromFileName(fileName: string | undefined): NodeFatalReport | null {
  const pid = Number(REPORT_FILE_NAME.exec(fileName ?? '')?.[1]);
  return Number.isInteger(pid) && pid > 0 ? { pid, heapLimit: true, cutShort: true } : null;
}

/** How far into a cut report its header is looked for (a header is ~1–2 KiB). */
const HEADER_SCAN_CHARACTERS = 16 * 1024;

/**
 * The header of a report cut short: `{"header":{...` as Node writes it (compact or indented),
 * its `event`, `trigger` and `processId` read as JSON values where they stand. Only the text up
 * to the first key of the next section counts, so a value further on cannot pose as the header's.
 */
function headerOfTruncated(text: string): NodeFatalReport | null {
  const start = /^\s*\{\s*"header"\s*:\s*\{/.exec(text);
  if (!start) return null;
  let header = text.slice(start[0].length, HEADER_SCAN_CHARACTERS);
  const end = header.search(/\}\s*,\s*"javascriptStack"\s*:/);
  if (end >= 0) header = header.slice(0, end);
  const field = (name: string, pattern: string): unknown => {
    const match = new RegExp(`"${name}"\\s*:\\s*(${pattern})`).exec(header);
    if (!match) return undefined;
    try {
      return JSON.parse(match[1] as string) as unknown;
    } catch {
      return undefined;
    }
  };
  const string = '"(?:[^"\\\\]|\\\\.)*"';
  const [event, trigger] = [field('event', string), field('trigger', string)];
  const report = reportOf(field('processId', '\\d{1,10}'), event, trigger);
  // Cut before the cause was written: as a report with no header (see parseNodeReport).
  if (report && event === undefined && trigger === undefined)
    return { ...report, heapLimit: true, cutShort: true };
  return report && { ...report, cutShort: true };
}
