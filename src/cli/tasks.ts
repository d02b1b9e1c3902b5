/**
 * `resource-planner exec --tasks FILE|-` and `exec --each ARG... -- CMD {}`: run a list of
 * commands beside each other as memory allows (the scheduler, pure, is src/plan/schedule.ts),
 * record the run (one phase, and each task's peak by name so the next run learns it) and report
 * every task. This module is the scheduler's adapter: spawning, /proc and PSI through the
 * recording's sampler, signals to each task's process group, timers and Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { loadHistoryFromDirectory } from '../history/load.js';
import { NEAR_LIMIT_SHARE } from '../plan/exec.js';
import { BUDGET_VARIABLE, CPUS_VARIABLE, parseNestedBudget } from '../plan/nested.js';
import {
  defaultFloorBytes,
  learnedPeaks,
  PRESSURE_THRESHOLD_PERCENT,
  runSchedule,
  scheduleExitStatus,
  type Halt,
  type MemoryReading,
  type QueuedTask,
  type RunningTask,
  type ScheduleResult,
  type SchedulerAdapter,
  type TaskEnd,
  type TaskSignal,
} from '../plan/schedule.js';
import { eachTasks, parseTaskList, type TaskSpec } from '../plan/tasks.js';
import { parsePressureSomeAvg10 } from '../probe/cgroup.js';
import type { Capacity } from '../probe/types.js';
import type { ProfileTask, RunProfile } from '../profile/types.js';
import { HISTORY_DIR_VARIABLE } from '../runner/cli-shim.js';
import { readBoundedText } from '../runner/files.js';
import { InputError, errorMessage } from '../shared/errors.js';
import { formatBytes } from '../shared/units.js';
import { startHeapWatch, type HeapWatch } from './heap-watch.js';
import type { CliIo } from './io.js';
import type { Planned } from './plan.js';
import {
  commandEnv,
  notStarted,
  printReport,
  startRecording,
  writeProfile,
  type Recording,
  type ReportFlags,
} from './record.js';

/** The largest task list read (bytes): 10,000 lines of a few hundred characters. */
const MAX_TASK_LIST_BYTES = 4 * 1024 * 1024;
/** After SIGTERM (`--halt now`, Ctrl-C), tasks still running get SIGKILL this much later (ms). */
const KILL_AFTER_MS = 5000;
/**
 * oom_score_adj of every task (-1000..1000): under an OOM kill the kernel picks a task, which is
 * run again, before the CLI that keeps the record (the kernel's badness adds it, proc(5)).
 */
const TASK_OOM_SCORE_ADJ = '500';
/** The status line is redrawn at most this often (ms), as `run`'s. */
const STATUS_EVERY_MS = 500;
/** Signals that stop the run: every task is stopped and the report still printed. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Where the tasks come from: `--tasks FILE|-` or `--each ARG... -- CMD`. */
export type TaskSource = { file: string } | { each: string[]; command: string[] };

/** Reads the task list: a file (size-capped while reading), or stdin for `-`. */
export function readTasks(source: TaskSource): TaskSpec[] {
  if ('each' in source) return eachTasks(source.each, source.command);
  if (source.file === '-') return parseTaskList(readStdin(MAX_TASK_LIST_BYTES), '--tasks -');
  const text = readBoundedText(source.file, MAX_TASK_LIST_BYTES, { what: 'a task list' });
  return parseTaskList(text, `--tasks ${source.file}`);
}

function readStdin(maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes)
      throw new InputError(
        '--tasks -',
        `${total} bytes`,
        `a task list of at most ${maxBytes} bytes`,
      );
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `1, 2, 3`, or `1, 2, 3 and 37 more` past eight: task numbers for a note. */
function taskIds(tasks: readonly QueuedTask[]): string {
  const ids = tasks.map((task) => task.id);
  return ids.length <= 8
    ? ids.join(', ')
    : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;
}

/** Peaks of tasks recorded by earlier runs in the history folder, by task name. */
function historyPeaks(directory: string | null, notes: string[]): Map<string, number> {
  if (directory === null) return new Map();
  try {
    const history = loadHistoryFromDirectory(directory);
    return learnedPeaks(
      history.profiles.flatMap(({ profile }) =>
        (profile.tasks ?? []).map(({ name, peakBytes, peakUnsharedBytes }) => ({
          name,
          peakBytes,
          peakUnsharedBytes,
        })),
      ),
    );
  } catch (error) {
    notes.push(`No task peaks learned from history: ${errorMessage(error)}`);
    return new Map();
  }
}

export interface TaskRunOptions {
  source: TaskSource;
  halt: Halt;
  out: string | undefined;
  intervalMs: number;
  jobName: string;
  history: string | undefined;
  flags: ReportFlags;
  /** Count the tasks' Node processes that stop at the V8 heap limit (false: --no-heap-reports). */
  heapReports: boolean;
}

/** Runs the task list; returns exec's exit status (GNU parallel's rule, ../plan/schedule.ts). */
export async function runTasks(
  tasks: readonly TaskSpec[],
  planned: Planned,
  options: TaskRunOptions,
  io: CliIo,
): Promise<number> {
  const { capacity, plan, inputs } = planned;
  const say = (line: string): void => io.stderr(`resource-planner exec: ${line}\n`);
  const notes: string[] = [];
  const peaks = historyPeaks(options.history ?? (io.env[HISTORY_DIR_VARIABLE] || null), notes);
  const nested = parseNestedBudget(io.env[BUDGET_VARIABLE], io.env[CPUS_VARIABLE]);
  const queued: QueuedTask[] = tasks.map((task) => {
    const learned = peaks.get(task.name);
    return {
      id: task.index,
      name: task.name,
      predictedPeakBytes: learned ?? plan.perWorkerBytes,
      learned: learned !== undefined,
      alone: false,
    };
  });
  const slots =
    plan.limitedBy === 'override' || inputs.plan.forcedWorkers !== null
      ? plan.workers
      : Math.min(plan.cpuBound, inputs.plan.maxWorkers ?? Infinity);
  const floorBytes = defaultFloorBytes(capacity.memoryLimitBytes);
  const learnedCount = queued.filter((task) => task.learned).length;
  say(
    `${tasks.length} task(s), up to ${slots} at once as memory allows (floor ${formatBytes(floorBytes)}); ` +
      `${learnedCount} with a peak learned from history, the others planned at ${formatBytes(plan.perWorkerBytes)}.`,
  );
  const holds = `the ${formatBytes(capacity.memoryLimitBytes)} ${nested?.memoryBytes != null ? `budget (${BUDGET_VARIABLE})` : 'memory limit'} holds beside the floor`;
  const tooBig = queued.filter(
    (task) => task.predictedPeakBytes > capacity.memoryLimitBytes - floorBytes,
  );
  for (const task of tooBig.filter((item) => item.learned))
    notes.push(
      `Task ${task.id} (${task.name}) is predicted at ${formatBytes(task.predictedPeakBytes)}, more than ${holds}: it runs alone.`,
    );
  // Without history every task has the same figure: one line, not one per task.
  const unlearned = tooBig.filter((item) => !item.learned);
  if (unlearned.length > 0)
    notes.push(
      `${unlearned.length} task(s) without history (${taskIds(unlearned)}) were planned at ${formatBytes(plan.perWorkerBytes)}, more than ${holds}: such a task starts only alone until a task of its program has ended in this run and shown what they take.`,
    );

  // The tasks' deaths at the heap limit are counted in the task list's phase when it ends (the
  // recording collects the reports then); a task's own status does not say it.
  const heapWatch = options.heapReports ? startHeapWatch() : null;
  const recording = startRecording({
    capacity,
    intervalMs: options.intervalMs,
    io,
    jobName: options.jobName,
    heapWatch,
    unshared: true,
    shard: inputs.shard,
  });
  recording.mark(inputs.profile, slots);
  const adapter = taskAdapter({
    tasks,
    capacity,
    recording,
    io,
    say,
    nestedBytes: nested?.memoryBytes ?? null,
    cpusEach: Math.max(1, Math.floor(capacity.cpus / slots)),
    heapWatch,
  });
  // The scheduler's clock when the phase of the task list began (see `onProfileClock`).
  const markedMs = adapter.now();
  let result: ScheduleResult;
  try {
    result = await runSchedule(
      {
        tasks: queued,
        policy: { slots, floorBytes, pressureThreshold: PRESSURE_THRESHOLD_PERCENT },
        halt: options.halt,
        tickMs: options.intervalMs,
        killAfterMs: KILL_AFTER_MS,
      },
      adapter,
    );
  } finally {
    adapter.close();
  }
  const status = scheduleExitStatus(result, (signal) => constants.signals[signal] ?? 0);
  notes.push(...resultNotes(result, options.halt));
  const finished = recording.finish(status);
  // Task times on the profile's clock: the phase the mark started begins at `markedMs`.
  const phaseStartMs = finished.phases[0]?.startMs ?? 0;
  const onProfileClock = (ms: number): number =>
    Math.max(0, Math.round(phaseStartMs + ms - markedMs));
  const profileTasks: ProfileTask[] = result.tasks.map((task) => {
    const first = task.runs[0];
    const last = task.runs.at(-1);
    return {
      name: task.name,
      status: task.status,
      exitStatus: task.exitStatus,
      runs: task.runs.length,
      durationMs: Math.round(last?.durationMs ?? 0),
      peakBytes: task.peakBytes,
      peakUnsharedBytes: task.peakUnsharedBytes,
      startMs: first ? onProfileClock(first.startedMs) : null,
      endMs: last ? onProfileClock(last.startedMs + last.durationMs) : null,
    };
  });
  const profile: RunProfile = { ...finished, tasks: profileTasks };
  writeProfile(options.out, profile);
  await printReport(profile, io, options.flags, { budget: inputs.plan, notes });
  return status;
}

/** The report's lines about the run as a whole. */
function resultNotes(result: ScheduleResult, halt: Halt): string[] {
  const notes: string[] = [];
  const requeued = result.tasks.filter(
    (task) => task.runs.some((run) => run.oomKilled) && task.runs.length > 1,
  );
  if (requeued.length > 0)
    notes.push(
      `${requeued.length} task(s) OOM-killed beside others ran again alone: ${requeued.map((task) => `${task.id} (${task.status === 'ok' ? 'then finished' : task.status})`).join(', ')}.`,
    );
  if (result.suspensions > 0)
    notes.push(
      `Tasks were suspended ${result.suspensions} time(s) while memory was short, and resumed.`,
    );
  if (result.haltedBy !== null)
    notes.push(
      `--halt ${halt.when === 'never' ? 'never' : `${halt.when},fail=${halt.failures}`}: task ${result.haltedBy.id} failed (exit status ${result.haltedBy.exitStatus}) and stopped the run.`,
    );
  if (result.interrupted !== null)
    notes.push(`${result.interrupted} stopped the run; every task that ran is in this report.`);
  const notRun = result.tasks.filter((task) => task.status === 'not-run').length;
  if (notRun > 0) notes.push(`${notRun} task(s) never ran.`);
  return notes;
}

interface AdapterOptions {
  tasks: readonly TaskSpec[];
  capacity: Capacity;
  recording: Recording;
  io: CliIo;
  say: (line: string) => void;
  nestedBytes: number | null;
  /** RESOURCE_PLANNER_CPUS of each task: the CPUs over the slots, at least 1. */
  cpusEach: number;
  heapWatch: HeapWatch | null;
}

/** A running task's process, and what its OOM verdict needs. */
interface Child {
  process: ChildProcess;
  pid: number | null;
  oomAtStart: number | null;
}

/** The real adapter: spawning, sampling, PSI, signals, timers and the stop signals. */
function taskAdapter(options: AdapterOptions): SchedulerAdapter & { close(): void } {
  const { capacity, recording, io } = options;
  const argvOf = new Map(options.tasks.map((task) => [task.index, task.argv]));
  const children = new Map<number, Child>();
  const ends: TaskEnd[] = [];
  /** Sampler process id → task id; a task's root process is found by its pid. */
  const owner = new Map<number, number>();
  const rootPids = new Map<number, number>();
  let lastOom: number | null = null;
  let lastAvailable = capacity.memoryAvailableBytes;
  let pressure: number | null = null;
  let finishedRuns = 0;
  const suspended = new Set<number>();
  let drawnMs = -Infinity;
  /** The status line on a terminal's stderr (io.status; absent off a TTY), at most every 500 ms. */
  const drawStatus = (): void => {
    const nowMs = Number(process.hrtime.bigint() / 1_000_000n);
    if (!io.status || nowMs - drawnMs < STATUS_EVERY_MS) return;
    drawnMs = nowMs;
    io.status(
      `resource-planner: ${finishedRuns} run(s) ended of ${options.tasks.length} task(s) · ${children.size} running${suspended.size > 0 ? ` (${suspended.size} suspended)` : ''} · ${formatBytes(lastAvailable)} available`,
    );
  };
  let wake: (() => void) | null = null;
  let stopSignal: TaskSignal | null = null;
  const poke = (): void => {
    wake?.();
    wake = null;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    stopSignal ??= signal as TaskSignal;
    poke();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

  const cgroupLimit = capacity.cgroup?.memoryLimitBytes ?? null;
  /** Reads the recording's new lines: each task's tree RSS and unshared memory, by task id. */
  const sample = (): Pick<MemoryReading, 'taskRssBytes' | 'taskUnsharedBytes'> => {
    const rss = new Map<number, number>();
    const unshared = new Map<number, number>();
    let treeBytes = 0;
    let last: {
      sys: number | null;
      cg: number | null;
      oom: number | null;
      psi: number | null;
    } | null = null;
    for (const line of recording.tick()) {
      if (line.k === 'proc') {
        const task =
          rootPids.get(line.pid) ?? (line.parent === null ? undefined : owner.get(line.parent));
        if (task !== undefined) owner.set(line.id, task);
      } else if (line.k === 's') {
        last = line;
        for (const [id, bytes, unsharedBytes] of line.p) {
          treeBytes += bytes;
          const task = owner.get(id);
          if (task === undefined) continue;
          rss.set(task, (rss.get(task) ?? 0) + bytes);
          // A process whose status could not be read counts whole.
          unshared.set(task, (unshared.get(task) ?? 0) + (unsharedBytes ?? bytes));
        }
      }
    }
    if (last !== null) {
      lastOom = last.oom ?? lastOom;
      const candidates = [
        last.sys === null ? null : capacity.hostMemoryTotalBytes - last.sys,
        cgroupLimit === null || last.cg === null ? null : cgroupLimit - last.cg,
        options.nestedBytes === null ? null : options.nestedBytes - treeBytes,
      ].filter((value): value is number => value !== null);
      if (candidates.length > 0) lastAvailable = Math.max(0, Math.min(...candidates));
      pressure = last.psi ?? systemPressure();
    }
    return { taskRssBytes: rss, taskUnsharedBytes: unshared };
  };

  return {
    now: () => Number(process.hrtime.bigint() / 1_000_000n),
    read(): MemoryReading {
      const taskMemory = sample();
      drawStatus();
      return { availableBytes: lastAvailable, pressureSomeAvg10: pressure, ...taskMemory };
    },
    start(task: RunningTask) {
      const argv = argvOf.get(task.id) as string[];
      const file = argv[0] as string;
      const child = spawn(file, argv.slice(1), {
        // stdin is not the tasks' (it may be the task list); each task leads its own process
        // group, so SIGSTOP/SIGCONT and the stop signals reach its whole tree.
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
        env: {
          ...commandEnv(io.env, options.heapWatch, null),
          [BUDGET_VARIABLE]: String(task.budgetBytes),
          [CPUS_VARIABLE]: String(options.cpusEach),
        },
      });
      const entry: Child = { process: child, pid: null, oomAtStart: lastOom };
      children.set(task.id, entry);
      child.once('spawn', () => {
        entry.pid = child.pid ?? null;
        if (entry.pid !== null) {
          rootPids.set(entry.pid, task.id);
          try {
            writeFileSync(`/proc/${entry.pid}/oom_score_adj`, TASK_OOM_SCORE_ADJ);
          } catch {
            // Not Linux, or not allowed: the kernel picks as it would.
          }
        }
      });
      child.once('error', (error: NodeJS.ErrnoException) => {
        if (entry.pid !== null) return; // a failed kill of a task that is gone
        children.delete(task.id);
        finishedRuns++;
        ends.push({
          id: task.id,
          exitStatus: notStarted(file, error, io),
          signal: null,
          notStarted: true,
          oomKilled: false,
        });
        poke();
      });
      child.once('exit', (code, signal) => {
        children.delete(task.id);
        suspended.delete(task.id);
        finishedRuns++;
        if (entry.pid !== null) rootPids.delete(entry.pid);
        // One more sample: an OOM kill at the very end shows in the counter now.
        sample();
        const exitStatus = signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1);
        const counterRose =
          entry.oomAtStart !== null && lastOom !== null && lastOom > entry.oomAtStart;
        const nearLimit = lastAvailable <= capacity.memoryLimitBytes * (1 - NEAR_LIMIT_SHARE);
        ends.push({
          id: task.id,
          exitStatus,
          signal,
          notStarted: false,
          oomKilled: exitStatus !== 0 && (counterRose || (signal === 'SIGKILL' && nearLimit)),
        });
        poke();
      });
    },
    signal(id, signal) {
      const pid = children.get(id)?.pid;
      if (pid === null || pid === undefined) return;
      if (signal === 'SIGSTOP') suspended.add(id);
      if (signal === 'SIGCONT') suspended.delete(id);
      try {
        process.kill(-pid, signal);
      } catch {
        // The group is gone already: its exit is on its way.
      }
    },
    wait: (ms) =>
      new Promise<void>((resolve) => {
        // Only runs that ended wake it at once: a stop signal pokes the waiter when it comes, and
        // resolving at once on every call would starve the event loop of the tasks' exits.
        if (ends.length > 0) return resolve();
        const timer = setTimeout(() => {
          wake = null;
          resolve();
        }, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    ended: () => ends.splice(0),
    interrupted: () => stopSignal,
    log: options.say,
    close() {
      io.status?.('');
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}

/** PSI `some avg10` of the whole system (/proc/pressure/memory, Linux 4.20+), null where absent. */
function systemPressure(): number | null {
  try {
    return parsePressureSomeAvg10(readFileSync('/proc/pressure/memory', 'utf8'));
  } catch {
    return null;
  }
}
