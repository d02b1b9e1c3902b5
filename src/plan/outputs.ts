/**
 * What a plan becomes for the workflow: step outputs and, with `export-env`, the environment
 * variables that build and test tools read. Pure. The environment variables and the plain outputs
 * are numbers, enums and the planner's own sentences; the JSON outputs also carry text quoted from
 * earlier runs' profiles (a worker group's process name, phase names in a note), written with
 * `outputJson` so that their raw text is safe to paste into a script.
 */
import { toMiB } from '../shared/units.js';
import { nodeHeapFor } from './planner.js';
import type { Plan } from './types.js';

/**
 * Characters an output's JSON text keeps as they are: letters, digits, space and punctuation that
 * neither a POSIX shell, PowerShell nor cmd.exe reads as syntax that runs or redirects anything,
 * with JSON's own structure (`{}[]:,"` and `\` escapes). Quotes of either shell kind, `$`,
 * backticks, `;`, `&`, `|`, `<`, `>`, `(`, `)`, `!`, `~`, `*`, `?`, `^`, every control and every
 * non-ASCII character are written as JSON `\uXXXX` escapes instead.
 */
const OUTPUT_JSON_UNSAFE = /[^A-Za-z0-9 _.,:+\-/=%@#{}[\]"\\]/g;

/**
 * `JSON.stringify(value)` with every character outside OUTPUT_JSON_UNSAFE's set escaped as
 * `\uXXXX`: the same value to `fromJSON` or `JSON.parse`, and a text that a workflow pasting
 * `${{ steps.plan.outputs.plan-json }}` into a script (quoted or not) cannot have run. Outside
 * strings JSON uses only characters of the kept set, so every escape lands inside a string.
 */
export function outputJson(value: unknown): string {
  return JSON.stringify(value).replace(
    OUTPUT_JSON_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function planOutputs(plan: Plan): Record<string, string> {
  return {
    workers: String(plan.workers),
    'limited-by': plan.limitedBy,
    reason: plan.reason,
    'memory-per-worker-mb': String(toMiB(plan.perWorkerBytes)),
    'memory-budget-mb': String(toMiB(plan.memoryBudgetBytes)),
    'memory-limit-mb': String(toMiB(plan.memoryLimitBytes)),
    'memory-available-mb': String(toMiB(plan.memoryAvailableBytes)),
    cpus: String(plan.cpus),
    'node-heap-mb': String(plan.nodeHeapMb),
    'history-runs': String(plan.estimate.historyRuns),
    confidence: plan.estimate.confidence,
    'plan-json': outputJson(plan),
  };
}

/**
 * The outputs when the step could not plan at all (an unexpected error; fail open). A workflow
 * that pastes `--maxWorkers=${{ steps.plan.outputs.workers }}` or
 * `--max-old-space-size=${{ steps.plan.outputs.node-heap-mb }}` must still get a number, so the
 * count falls to the safe end, the forced count (`workers`, RESOURCE_PLANNER_WORKERS) or
 * `min-workers`, each worker with a heap cap as for `fallback-memory-per-worker`. The memory and
 * CPU outputs, never measured, stay empty; `plan-json` is `null`, which `fromJSON` still reads.
 */
export function fallbackOutputs(fallback: {
  /** The forced count, or null to use `minWorkers`. */
  forcedWorkers: number | null;
  minWorkers: number;
  perWorkerBytes: number;
}): Record<string, string> {
  const forced = fallback.forcedWorkers !== null;
  const workers = fallback.forcedWorkers ?? fallback.minWorkers;
  const heapMb = nodeHeapFor(fallback.perWorkerBytes * workers, 0, workers);
  return {
    workers: String(workers),
    'limited-by': forced ? 'override' : 'min-workers',
    // The error's message is in the step's warning, not here: it may quote what the step read
    // (a path, a profile's text), and a plain output is pasted into scripts as it is.
    reason: `No plan (the step's warning says why): ${forced ? 'the forced count' : 'min-workers'}, ${workers}.`,
    'memory-per-worker-mb': String(toMiB(fallback.perWorkerBytes)),
    'node-heap-mb': String(heapMb),
    'history-runs': '0',
    confidence: 'none',
    'plan-json': 'null',
  };
}

/** Replaces any `-jN`, `-j N`, `--jobs=N` or `--jobs N` in MAKEFLAGS, keeping everything else. */
export function mergeMakeflags(existing: string | undefined, workers: number): string {
  const kept = (existing ?? '')
    .replace(/(^|\s)(-j\s*\d*|--jobs(=|\s+)\d+|--jobs)(?=\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return kept ? `${kept} -j${workers}` : `-j${workers}`;
}

/** Sets `-Dorg.gradle.workers.max=N` in GRADLE_OPTS, replacing an earlier value. */
export function mergeGradleOpts(existing: string | undefined, workers: number): string {
  const kept = (existing ?? '')
    .replace(/(^|\s)-Dorg\.gradle\.workers\.max=\S*/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const setting = `-Dorg.gradle.workers.max=${workers}`;
  return kept ? `${kept} ${setting}` : setting;
}

/**
 * The variables `export-env` sets. Never NODE_OPTIONS: the runner refuses it in GITHUB_ENV, so
 * the heap cap is offered as the `node-heap-mb` output instead.
 */
export function exportedEnvironment(
  plan: Plan,
  current: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const workers = plan.workers;
  return {
    PYTEST_XDIST_AUTO_NUM_WORKERS: String(workers),
    CARGO_BUILD_JOBS: String(workers),
    CMAKE_BUILD_PARALLEL_LEVEL: String(workers),
    MAKEFLAGS: mergeMakeflags(current.MAKEFLAGS, workers),
    GRADLE_OPTS: mergeGradleOpts(current.GRADLE_OPTS, workers),
  };
}
