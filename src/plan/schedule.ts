/**
 * The memory-aware scheduler of `resource-planner exec --tasks FILE` / `--each`, pure: which
 * task to start, to suspend or to resume from the memory read now, the tasks running and the
 * peaks learned from earlier runs (`decide`), and the loop that applies those decisions through
 * an adapter (`runSchedule`). Spawning, /proc, PSI, signals and timers are the adapter's
 * (src/cli/tasks.ts); tests drive the loop with a fake clock and fake memory readings.
 *
 * The policy and its thresholds are in docs/algorithm.md ("Task lists"). In short, with F the
 * floor (`floorBytes`):
 * - start a task while a CPU slot is free, PSI memory `some avg10` is under 10%, and the memory
 *   available now, less what the running tasks are still predicted to grow by, less F, holds
 *   the task's predicted peak (first fit, in list order). With nothing running, the next task
 *   always starts: alone, any task gets its chance.
 * - under F/2 available with two or more tasks running, suspend the newest (SIGSTOP): GNU
 *   parallel's `--memfree SIZE` kills the youngest job below half of SIZE and `--memsuspend`
 *   suspends below twice SIZE; suspending keeps the work done so far.
 * - resume the oldest suspended task (SIGCONT) once 2F is available and its predicted growth
 *   fits, or when nothing else runs; nothing new starts while a task is suspended.
 * - a task OOM-killed on its first run goes back to the head of the queue to run alone, once.
 */
import { MiB } from '../shared/units.js';

/** A task waiting to run. */
export interface QueuedTask {
  id: number;
  name: string;
  /**
   * What it is predicted to add at its peak, bytes: its learned unshared peak (RSS less the
   * file-backed pages other processes of the same program share, see `learnedPeaks`), else its
   * learned RSS peak, else the plan's per-worker figure.
   */
  predictedPeakBytes: number;
  /** True when the prediction comes from this task's own earlier runs. */
  learned: boolean;
  /** Run with nothing else beside it (set when it was OOM-killed beside others). */
  alone: boolean;
}

/** A task that runs now (or is suspended). */
export interface RunningTask extends QueuedTask {
  startedMs: number;
  /**
   * Its memory share, given to it as RESOURCE_PLANNER_BUDGET: the room it was started into (the
   * free memory over the free slots), at least its predicted peak, bytes.
   */
  budgetBytes: number;
  /** Its process tree's RSS in the last reading, bytes. */
  rssBytes: number;
  /** Its process tree's unshared memory in the last reading, bytes; null where not read. */
  unsharedBytes: number | null;
  stopped: boolean;
}

/** What a running task holds now, as predictions count it: unshared where read, else RSS. */
function heldBytes(task: Pick<RunningTask, 'rssBytes' | 'unsharedBytes'>): number {
  return task.unsharedBytes ?? task.rssBytes;
}

/** What memory looks like now. */
export interface MemoryReading {
  /** Memory that can still be charged: min(MemAvailable, cgroup limit − charge), bytes. */
  availableBytes: number;
  /** PSI memory `some avg10` (percent) of the cgroup, else of the system; null where unread. */
  pressureSomeAvg10: number | null;
  /** RSS of each running task's process tree, by task id, bytes. */
  taskRssBytes: ReadonlyMap<number, number>;
  /**
   * Unshared memory (RSS less file-backed pages) of each running task's tree, by task id, bytes;
   * empty where the reader gives none (not Linux).
   */
  taskUnsharedBytes: ReadonlyMap<number, number>;
}

export interface SchedulePolicy {
  /** Tasks running at once at most (CPUs ÷ cpus-per-worker, or `--workers N`). */
  slots: number;
  /** Memory kept free (F): starting stops above it, suspending starts below F/2. */
  floorBytes: number;
  /** PSI `some avg10` (percent) at or above which no task is started. */
  pressureThreshold: number;
}

/** PSI `some avg10` at which starting stops: the share the profile's `pressure-peak` uses. */
export const PRESSURE_THRESHOLD_PERCENT = 10;
/** The floor's least value, and its share of the memory limit (the larger is taken). */
export const MIN_FLOOR_BYTES = 64 * MiB;
export const FLOOR_SHARE = 0.05;
/** Safety margin over a learned peak, as the Kubernetes VPA recommender's +15%. */
export const LEARNED_PEAK_MARGIN = 1.15;
/** A task OOM-killed is predicted at least this much over the peak it was killed at. */
export const OOM_PEAK_MARGIN = 1.2;

/** F for a memory limit: 5% of it, at least 64 MiB. */
export function defaultFloorBytes(limitBytes: number): number {
  return Math.max(MIN_FLOOR_BYTES, Math.round(limitBytes * FLOOR_SHARE));
}

export interface DecideInput {
  pending: readonly QueuedTask[];
  running: readonly RunningTask[];
  reading: Pick<MemoryReading, 'availableBytes' | 'pressureSomeAvg10'>;
  policy: SchedulePolicy;
  /** False once `--halt soon` has stopped starting. */
  startsAllowed: boolean;
}

export interface Decision {
  /** Tasks to start, each with its memory share (bytes). */
  start: { id: number; budgetBytes: number }[];
  suspend: number | null;
  resume: number | null;
  /** Why the next task waits (null when nothing waits, or it started): for the log. */
  waiting: string | null;
}

/** What the running tasks may still grow by: their predicted peak less what they hold now. */
function growthBytes(tasks: readonly RunningTask[]): number {
  return tasks.reduce(
    (sum, task) => sum + Math.max(0, task.predictedPeakBytes - heldBytes(task)),
    0,
  );
}

const WAITING_FOR_SLOT = 'every CPU slot is taken';

const newestFirst = (a: RunningTask, b: RunningTask): number =>
  b.startedMs - a.startedMs || b.id - a.id;

/** One decision from the state now. See the module's comment for the policy. */
export function decide(input: DecideInput): Decision {
  const { pending, running, reading, policy } = input;
  const none: Decision = { start: [], suspend: null, resume: null, waiting: null };
  const active = running.filter((task) => !task.stopped);
  const stopped = running.filter((task) => task.stopped);
  const available = reading.availableBytes;
  const floor = policy.floorBytes;
  const pressure =
    reading.pressureSomeAvg10 !== null && reading.pressureSomeAvg10 >= policy.pressureThreshold;

  if (available < floor / 2 && active.length >= 2) {
    const newest = [...active].sort(newestFirst)[0] as RunningTask;
    return {
      ...none,
      suspend: newest.id,
      waiting: 'memory is short: the newest task is suspended',
    };
  }
  if (stopped.length > 0) {
    const oldest = [...stopped].sort(newestFirst).at(-1) as RunningTask;
    const room = available - growthBytes(active) - floor;
    const fits =
      available >= 2 * floor &&
      !pressure &&
      room >= Math.max(0, oldest.predictedPeakBytes - heldBytes(oldest));
    if (active.length === 0 || fits) return { ...none, resume: oldest.id };
    return { ...none, waiting: 'a suspended task waits for memory' };
  }
  if (!input.startsAllowed || pending.length === 0) return none;
  if (running.some((task) => task.alone))
    return { ...none, waiting: 'a task that was OOM-killed runs alone' };
  if (pressure && running.length > 0)
    return {
      ...none,
      waiting: `memory pressure (PSI some avg10 ${reading.pressureSomeAvg10?.toFixed(1)}% ≥ ${policy.pressureThreshold}%)`,
    };
  let free = available - growthBytes(active) - floor;
  let slots = policy.slots - active.length;
  const start: Decision['start'] = [];
  let waiting: string | null = null;
  let rest = pending;
  if (running.length === 0) {
    // Alone, any task gets its chance: the first in the list starts whatever it is predicted at.
    const first = pending[0] as QueuedTask;
    const share = Math.floor(Math.max(0, free) / Math.max(1, slots));
    start.push({ id: first.id, budgetBytes: Math.max(first.predictedPeakBytes, share) });
    free -= first.predictedPeakBytes;
    slots--;
    if (first.alone || pressure) return { ...none, start };
    rest = pending.slice(1);
  }
  for (const task of rest) {
    if (slots <= 0) {
      waiting ??= WAITING_FOR_SLOT;
      break;
    }
    if (task.alone) {
      // It waits at the head of the queue for the others to finish; nothing overtakes it.
      waiting ??= 'a task that was OOM-killed waits to run alone';
      break;
    }
    if (task.predictedPeakBytes > free) {
      waiting ??= 'the predicted peak of the next task does not fit the memory left';
      continue;
    }
    start.push({
      id: task.id,
      budgetBytes: Math.max(task.predictedPeakBytes, Math.floor(free / slots)),
    });
    free -= task.predictedPeakBytes;
    slots--;
  }
  return { ...none, start, waiting: start.length > 0 ? null : waiting };
}

/** How a run of a task ended, as the adapter saw it. */
export interface TaskEnd {
  id: number;
  /** The exit code, or 128 + the signal's number; 127/126 when it could not be started. */
  exitStatus: number;
  signal: string | null;
  notStarted: boolean;
  /** The adapter's verdict (oom_kill counter rise while it ran and it failed, or SIGKILL near the limit). */
  oomKilled: boolean;
}

export type Halt = { when: 'never' } | { when: 'soon' | 'now'; failures: number };

/** Signals the loop sends, by name. */
export type TaskSignal = 'SIGSTOP' | 'SIGCONT' | 'SIGTERM' | 'SIGINT' | 'SIGHUP' | 'SIGKILL';

/** What the scheduler may do to the world: the adapter (src/cli/tasks.ts; fakes in tests). */
export interface SchedulerAdapter {
  now(): number;
  read(): MemoryReading;
  /** Starts the task; a failure to start comes back later as a TaskEnd with `notStarted`. */
  start(task: RunningTask): void;
  /** Signals the task's whole process group. */
  signal(id: number, signal: TaskSignal): void;
  /** Resolves after `ms`, or sooner when a task has ended or a stop was asked for. */
  wait(ms: number): Promise<void>;
  /** Runs that have ended since the last call. */
  ended(): TaskEnd[];
  /** The signal that asked the run to stop (Ctrl-C, SIGTERM, SIGHUP), or null. */
  interrupted(): TaskSignal | null;
  log(line: string): void;
}

export type TaskStatus = 'ok' | 'failed' | 'oom-killed' | 'not-started' | 'not-run' | 'stopped';

/** One run of a task. */
export interface TaskRun {
  startedMs: number;
  durationMs: number;
  peakBytes: number;
  /** Highest unshared memory of its tree, bytes; null where not read. */
  peakUnsharedBytes: number | null;
  exitStatus: number;
  oomKilled: boolean;
}

/** A task at the end: its last run decides its status; every run is kept. */
export interface TaskOutcome {
  id: number;
  name: string;
  status: TaskStatus;
  /** The last run's exit status; null when it never ran. */
  exitStatus: number | null;
  runs: TaskRun[];
  /** Highest peak over its runs, bytes (0 when it never ran). */
  peakBytes: number;
  /** Highest unshared memory over its runs, bytes; null where never read. */
  peakUnsharedBytes: number | null;
  predictedPeakBytes: number;
  learned: boolean;
}

export interface ScheduleResult {
  tasks: TaskOutcome[];
  /** The task whose failure stopped the run (`--halt`), with its exit status. */
  haltedBy: { id: number; exitStatus: number } | null;
  /** The signal that stopped the run. */
  interrupted: TaskSignal | null;
  suspensions: number;
  /** Most tasks seen running at once. */
  maxRunning: number;
}

export interface ScheduleOptions {
  tasks: readonly QueuedTask[];
  policy: SchedulePolicy;
  halt: Halt;
  /** How often memory is read and the decision taken (the sampling interval), ms. */
  tickMs: number;
  /** After SIGTERM (halt now, Ctrl-C), SIGKILL follows this long after for tasks still running, ms. */
  killAfterMs: number;
}

/**
 * Runs every task under the policy and returns how each ended. The loop: take the runs that
 * ended, read memory, decide, apply, wait a tick (or until a task ends).
 */
export async function runSchedule(
  options: ScheduleOptions,
  adapter: SchedulerAdapter,
): Promise<ScheduleResult> {
  const pending: QueuedTask[] = options.tasks.map((task) => ({ ...task }));
  const running = new Map<
    number,
    RunningTask & { peakBytes: number; peakUnsharedBytes: number | null }
  >();
  const outcomes = new Map<number, TaskOutcome>(
    options.tasks.map((task) => [
      task.id,
      {
        id: task.id,
        name: task.name,
        status: 'not-run',
        exitStatus: null,
        runs: [],
        peakBytes: 0,
        peakUnsharedBytes: null,
        predictedPeakBytes: task.predictedPeakBytes,
        learned: task.learned,
      },
    ]),
  );
  const result: ScheduleResult = {
    tasks: [],
    haltedBy: null,
    interrupted: null,
    suspensions: 0,
    maxRunning: 0,
  };
  let failures = 0;
  let startsAllowed = true;
  let stopping: { signal: TaskSignal; sinceMs: number; killed: boolean } | null = null;
  let lastWaiting: string | null = null;
  const label = (id: number): string => `task ${id} (${outcomes.get(id)?.name ?? '?'})`;

  // Learning within the run: tasks without a learned peak start at the caller's figure (the
  // plan's per-worker estimate, 768 MiB before any history), which in a small container lets one
  // run at a time. Once a run of a program (the executable of the task's name: `npm`, `node`)
  // has ended, its peak is evidence about the list's other tasks of that program: the highest
  // peak such a run reached so far, +15%, replaces their figure where it is lower. Another
  // program's run says nothing of them (a quick `true` must not set the figure of `node` tasks).
  // Only ended runs count (a running task's peak so far is not its peak); an OOM-killed run's
  // counts as the least it needed. It can be too low for a bigger task later in the list: that
  // task is then OOM-killed beside others and runs again alone (nothing is lost), and the next run
  // plans it by its own peak.
  const plannedAtStart = new Map(options.tasks.map((task) => [task.id, task.predictedPeakBytes]));
  const highestRunPeak = new Map<string, number>();
  const learnWithinRun = (program: string, peakBytes: number): void => {
    if (peakBytes <= (highestRunPeak.get(program) ?? 0)) return;
    highestRunPeak.set(program, peakBytes);
    const estimate = Math.round(peakBytes * LEARNED_PEAK_MARGIN);
    let lowered = 0;
    for (const task of pending) {
      if (task.learned || task.alone || programOf(task.name) !== program) continue;
      const planned = Math.min(plannedAtStart.get(task.id) ?? estimate, estimate);
      if (planned < task.predictedPeakBytes) lowered++;
      task.predictedPeakBytes = planned;
    }
    if (lowered > 0)
      adapter.log(
        `${lowered} ${program} task(s) without a learned peak now planned at ${Math.round(estimate / MiB)} MiB: the highest peak a ${program} task of this run reached, +15%.`,
      );
  };

  const stopAll = (signal: TaskSignal): void => {
    startsAllowed = false;
    pending.length = 0;
    stopping = { signal, sinceMs: adapter.now(), killed: false };
    for (const task of running.values()) {
      // A suspended task handles the signal only once it runs again.
      if (task.stopped) adapter.signal(task.id, 'SIGCONT');
      task.stopped = false;
      adapter.signal(task.id, signal);
    }
  };

  const ended = (end: TaskEnd): void => {
    const task = running.get(end.id);
    const outcome = outcomes.get(end.id);
    if (!task || !outcome) return;
    running.delete(end.id);
    const now = adapter.now();
    outcome.runs.push({
      startedMs: task.startedMs,
      durationMs: Math.max(0, now - task.startedMs),
      peakBytes: task.peakBytes,
      peakUnsharedBytes: task.peakUnsharedBytes,
      exitStatus: end.exitStatus,
      oomKilled: end.oomKilled,
    });
    outcome.peakBytes = Math.max(outcome.peakBytes, task.peakBytes);
    outcome.peakUnsharedBytes = maxOfKnown(outcome.peakUnsharedBytes, task.peakUnsharedBytes);
    outcome.exitStatus = end.exitStatus;
    if (!end.notStarted && stopping === null)
      learnWithinRun(programOf(task.name), task.peakUnsharedBytes ?? task.peakBytes);
    if (end.notStarted) outcome.status = 'not-started';
    else if (end.exitStatus === 0) outcome.status = 'ok';
    else if (stopping !== null) outcome.status = 'stopped';
    else if (end.oomKilled && outcome.runs.length === 1 && startsAllowed) {
      // Killed beside others: once more, alone, predicted above what it reached.
      const predicted = Math.max(
        task.predictedPeakBytes,
        Math.round((task.peakUnsharedBytes ?? task.peakBytes) * OOM_PEAK_MARGIN),
      );
      pending.unshift({
        id: task.id,
        name: task.name,
        learned: task.learned,
        alone: true,
        predictedPeakBytes: predicted,
      });
      outcome.status = 'not-run';
      adapter.log(`${label(end.id)} was OOM-killed; it runs again alone.`);
      return;
    } else outcome.status = end.oomKilled ? 'oom-killed' : 'failed';
    if (outcome.status === 'ok' || outcome.status === 'stopped') return;
    failures++;
    adapter.log(
      `${label(end.id)} ${end.notStarted ? 'could not start' : end.oomKilled ? 'was OOM-killed' : 'failed'} (exit status ${end.exitStatus}).`,
    );
    const halt = options.halt;
    if (halt.when === 'never' || failures < halt.failures || result.haltedBy !== null) return;
    result.haltedBy = { id: end.id, exitStatus: end.exitStatus };
    if (halt.when === 'now') {
      adapter.log(`--halt now: stopping the ${running.size} running task(s).`);
      stopAll('SIGTERM');
    } else {
      adapter.log(`--halt soon: no new task starts; waiting for the ${running.size} running.`);
      startsAllowed = false;
      pending.length = 0;
    }
  };

  for (;;) {
    for (const end of adapter.ended()) ended(end);
    const signal = adapter.interrupted();
    if (signal !== null && result.interrupted === null) {
      result.interrupted = signal;
      adapter.log(`${signal}: stopping the ${running.size} running task(s); the report follows.`);
      stopAll(signal);
    }
    const stop = stopping as { signal: TaskSignal; sinceMs: number; killed: boolean } | null;
    if (stop !== null && !stop.killed && adapter.now() - stop.sinceMs >= options.killAfterMs) {
      stop.killed = true;
      for (const task of running.values()) adapter.signal(task.id, 'SIGKILL');
    }
    if (running.size === 0 && (pending.length === 0 || !startsAllowed)) break;

    const reading = adapter.read();
    for (const task of running.values()) {
      task.rssBytes = reading.taskRssBytes.get(task.id) ?? task.rssBytes;
      task.peakBytes = Math.max(task.peakBytes, task.rssBytes);
      task.unsharedBytes = reading.taskUnsharedBytes.get(task.id) ?? task.unsharedBytes;
      task.peakUnsharedBytes = maxOfKnown(task.peakUnsharedBytes, task.unsharedBytes);
    }
    if (stop === null) {
      const decision = decide({
        pending,
        running: [...running.values()],
        reading,
        policy: options.policy,
        startsAllowed,
      });
      if (decision.suspend !== null) {
        const task = running.get(decision.suspend) as RunningTask;
        task.stopped = true;
        result.suspensions++;
        adapter.signal(task.id, 'SIGSTOP');
        adapter.log(
          `${label(task.id)} suspended (SIGSTOP): ${Math.round(reading.availableBytes / MiB)} MiB available, under ${Math.round(options.policy.floorBytes / 2 / MiB)} MiB.`,
        );
      }
      if (decision.resume !== null) {
        const task = running.get(decision.resume) as RunningTask;
        task.stopped = false;
        adapter.signal(task.id, 'SIGCONT');
        adapter.log(`${label(task.id)} resumed (SIGCONT).`);
      }
      for (const { id, budgetBytes } of decision.start) {
        const index = pending.findIndex((task) => task.id === id);
        const [queued] = pending.splice(index, 1) as [QueuedTask];
        const task = {
          ...queued,
          startedMs: adapter.now(),
          budgetBytes,
          rssBytes: 0,
          unsharedBytes: null,
          stopped: false,
          peakBytes: 0,
          peakUnsharedBytes: null,
        };
        running.set(id, task);
        adapter.start(task);
      }
      result.maxRunning = Math.max(result.maxRunning, running.size);
      // Waiting for a CPU slot is the normal case: only waits on memory are worth a line.
      if (
        decision.waiting !== lastWaiting &&
        decision.waiting !== null &&
        decision.waiting !== WAITING_FOR_SLOT
      )
        adapter.log(`waiting: ${decision.waiting}.`);
      lastWaiting = decision.waiting;
    }
    await adapter.wait(options.tickMs);
  }
  result.tasks = [...outcomes.values()].sort((a, b) => a.id - b.id);
  return result;
}

/** GNU parallel's cap on the exit status that counts failed tasks. */
export const MAX_FAILED_STATUS = 101;

/**
 * The exit status of a task list, as GNU parallel gives it: the number of tasks that failed
 * (could not start, failed, OOM-killed for good), 101 for more than 100; with `--halt` the exit
 * status of the task that stopped the run; after Ctrl-C or a signal, 128 + its number as a
 * shell does (`signalNumber`).
 */
export function scheduleExitStatus(
  result: ScheduleResult,
  signalNumber: (signal: TaskSignal) => number,
): number {
  if (result.interrupted !== null) return 128 + signalNumber(result.interrupted);
  if (result.haltedBy !== null) return result.haltedBy.exitStatus;
  const failed = result.tasks.filter((task) =>
    ['failed', 'oom-killed', 'not-started'].includes(task.status),
  ).length;
  return Math.min(failed, MAX_FAILED_STATUS);
}

/**
 * `--halt never | soon,fail=N | now,fail=N` (N ≥ 1), the subset of GNU parallel's `--halt`
 * that exec takes. Null for text of another shape (the caller says what is accepted).
 */
export function parseHalt(text: string): Halt | null {
  const trimmed = text.trim();
  if (trimmed === 'never') return { when: 'never' };
  const match = /^(soon|now),fail=([1-9]\d{0,5})$/.exec(trimmed);
  if (!match) return null;
  return { when: match[1] as 'soon' | 'now', failures: Number(match[2]) };
}

/** The program of a task's name (`node#3f2a9c0d41be` → `node`, see src/plan/tasks.ts `taskName`). */
function programOf(name: string): string {
  const hash = name.lastIndexOf('#');
  return hash < 0 ? name : name.slice(0, hash);
}

/** The larger of two figures where either may be unknown (null). */
function maxOfKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}

/**
 * The peak to plan each task for, from the peaks earlier runs recorded by task name: the highest
 * × 1.15 (LEARNED_PEAK_MARGIN). A run's unshared peak stands for it where it was read (profile v5,
 * Linux): what starting the task adds to the cgroup's charge, without the program's text that
 * every running copy shares and the cgroup is charged for once; otherwise its RSS peak. Names no
 * run recorded are absent (the caller uses its fallback).
 */
export function learnedPeaks(
  history: readonly { name: string; peakBytes: number; peakUnsharedBytes?: number | null }[],
): Map<string, number> {
  const highest = new Map<string, number>();
  for (const { name, peakBytes, peakUnsharedBytes } of history) {
    const peak = peakUnsharedBytes ?? peakBytes;
    if (peak > 0) highest.set(name, Math.max(highest.get(name) ?? 0, peak));
  }
  return new Map(
    [...highest].map(([name, peak]) => [name, Math.round(peak * LEARNED_PEAK_MARGIN)]),
  );
}
