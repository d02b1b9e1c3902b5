/**
 * Telling a Node process that stopped at the V8 heap limit from one that failed a test. Such a
 * process aborts (SIGABRT) after printing "JavaScript heap out of memory"; a worker's parent (Jest,
 * say) sees it die and the command exits 1, so neither the cgroup's OOM counter nor the exit
 * status says memory ran out. Node can say it: with `process.report.reportOnFatalError` it writes a
 * diagnostic report as it dies (https://nodejs.org/api/report.html).
 *
 * The recorder gives the command `NODE_OPTIONS=--require heap-watch-preload.cjs` (shipped beside
 * the CLI, so a process the command leaves behind still finds it) and a private folder (mode 0700)
 * in `RESOURCE_PLANNER_HEAP_REPORTS`: in every Node process of the command the preload turns those
 * reports on into the folder, compact and without environment variables (`process.report.excludeEnv`,
 * Node 22.13+/23.3+; where it is missing the preload does nothing, since a report would then hold
 * the environment's secrets). A process that asked for reports itself is left alone. After each
 * command the recorder reads each report's PID and cause, and deletes it at once.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_NODE_REPORT_BYTES, parseNodeReport } from '../profile/node-report.js';

/** Reports read per command at most: a pool that crashed more often than this is counted as this. */
const MAX_REPORTS = 256;

/** The variable that names the report folder to the preload. */
export const HEAP_REPORTS_VARIABLE = 'RESOURCE_PLANNER_HEAP_REPORTS';

/**
 * The preload beside this module: src/cli/ in the sources, dist/cli/ in the bundle (the build
 * copies it there).
 */
export function defaultPreloadPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'heap-watch-preload.cjs');
}

export interface HeapWatch {
  /** What to add to the command's NODE_OPTIONS: `--require "<preload>"`. */
  nodeOption: string;
  /** Variables to set for the command on top of its environment: the report folder. */
  variables: Record<string, string>;
  /** PIDs of the processes that stopped at the heap limit since the last call; reports removed. */
  collect(): number[];
  /** Removes the folder and anything left in it. */
  close(): void;
}

/**
 * Sets up the report folder; null (nothing watched) when the preload is missing, its path cannot
 * be put in NODE_OPTIONS, or the temporary folder cannot be had.
 */
export function startHeapWatch(preload: string = defaultPreloadPath()): HeapWatch | null {
  // NODE_OPTIONS takes a double-quoted path; backslashes would be read as escapes there, and
  // Node's require accepts forward slashes on Windows too.
  const quoted = preload.replaceAll('\\', '/');
  if (quoted.includes('"') || !existsSync(preload)) return null;
  let directory: string;
  try {
    directory = mkdtempSync(join(tmpdir(), 'resource-planner-heap-'));
  } catch {
    return null;
  }
  return {
    nodeOption: `--require "${quoted}"`,
    variables: { [HEAP_REPORTS_VARIABLE]: directory },
    collect() {
      const pids: number[] = [];
      let names: string[];
      try {
        names = readdirSync(directory).filter((name) => /^report\..*\.json$/.test(name));
      } catch {
        return pids;
      }
      for (const name of names.slice(0, MAX_REPORTS)) {
        const path = join(directory, name);
        try {
          if (statSync(path).size <= MAX_NODE_REPORT_BYTES) {
            const report = parseNodeReport(readFileSync(path, 'utf8'), name);
            if (report?.heapLimit) pids.push(report.pid);
          }
        } catch {
          // A report being written or removed under us: skipped, not fatal to the recording.
        }
        rmSync(path, { force: true });
      }
      for (const name of names.slice(MAX_REPORTS)) rmSync(join(directory, name), { force: true });
      return pids;
    },
    close() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
