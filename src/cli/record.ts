/**
 * Recording a command's memory in the CLI, shared by `run` and `exec`: an in-process sampler
 * whose job is the CLI's descendants, one phase per command run, and the run profile at the end.
 * A command that cannot start is told as a shell tells it; Ctrl-C, SIGTERM and SIGHUP reach the
 * command and the recording is still kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname } from 'node:path';
import { buildProfile, type HeapLimitDeath } from '../profile/build.js';
import { profileHost, profileRun } from '../profile/identity.js';
import { serializeProfile } from '../profile/profile.js';
import type { RunProfile, ShardRef } from '../profile/types.js';
import { renderPostRunSummary, type PostRunOptions } from '../report/post-run.js';
import { renderTerminalReport } from '../report/terminal.js';
import type { Capacity } from '../probe/types.js';
import { readRunContext } from '../runner/context.js';
import { ensureWritableDirectory } from '../runner/files.js';
import { monotonicMs } from '../runner/process.js';
import { createSampler } from '../sampler/sampler.js';
import type { PhaseMark, SamplerLine, SamplerSampleLine } from '../sampler/types.js';
import { quoteUntrusted } from '../shared/inert-text.js';
import { formatBytes } from '../shared/units.js';
import { TOOL_VERSION } from '../shared/version.js';
import type { HeapWatch } from './heap-watch.js';
import type { CliIo } from './io.js';

/** Missing folders of --out created at most (a bounded mkdir: /proc and the like end at once). */
const MAX_OUT_PARENTS = 8;

/** Signals passed on to the command while it runs; the recording is kept and reported after. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Exit statuses of a command that could not start, as a POSIX shell gives them. */
const NOT_FOUND_EXIT = 127;
const CANNOT_EXECUTE_EXIT = 126;

/** How a recorded command ended, and the samples taken while it ran. */
export interface CommandEnd {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The shell's convention: the exit code, or 128 + the signal's number (127/126: not started). */
  exitStatus: number;
  /** Set when the command could not be started (it was told on stderr; nothing ran). */
  notStarted: boolean;
  /** From the sample taken just before the command started to the last one taken while it ran. */
  samples: SamplerSampleLine[];
  /** Node processes of the command that stopped at the V8 heap limit (0 when nobody watched). */
  heapLimitDeaths: number;
}

export interface Recording {
  /**
   * Runs `argv` (no shell; stdio inherited) as a phase of its own named `phase`, sampling its
   * process tree every interval. `sampleAfterExit` takes one more sample once it has ended, so an
   * OOM kill at the very end is counted in this phase, not the next.
   */
  run(
    argv: readonly string[],
    options: {
      phase: string;
      workers: number | null;
      sampleAfterExit?: boolean;
      /** A V8 heap cap (MiB) for the command's Node processes, through NODE_OPTIONS. */
      nodeHeapMb?: number | null;
    },
  ): Promise<CommandEnd>;
  /**
   * Starts a phase without running anything (`exec --tasks` runs its tasks itself, beside each
   * other, inside one phase).
   */
  mark(phase: string, workers: number | null): void;
  /** Takes one sample now and returns the lines it wrote (its `proc`, `exit` and `s` lines). */
  tick(): readonly SamplerLine[];
  /** Stops sampling and builds the run profile, `exitStatus` being the recorded command's. */
  finish(exitStatus: number): RunProfile;
  /** Stops sampling without a profile (the command never started). */
  abandon(): void;
}

/** A folder for --out that cannot be had is said before the command runs, not after. */
export function checkOutFolder(out: string | undefined): void {
  if (out) ensureWritableDirectory(dirname(out), MAX_OUT_PARENTS);
}

/** `--markdown`, `--summary FILE` and `--no-step-summary`, as `run` and `exec` parse them. */
export interface ReportFlags {
  markdown?: boolean;
  summary?: string;
  /** False with --no-step-summary. */
  stepSummary?: boolean;
}

/** Declares how the report is printed: the terminal report by default, or Markdown. */
export function addReportOptions(command: Command): Command {
  return command
    .option(
      '--markdown',
      'print the Markdown report (as the job summary) instead of the terminal one',
    )
    .option('--summary <FILE>', 'also write the Markdown report to FILE')
    .option(
      '--no-step-summary',
      'in a GitHub Actions step, do not add the Markdown report to the job summary',
    );
}

/** A folder for --summary, like --out's, is checked before the command runs. */
export function checkSummaryFolder(flags: ReportFlags): void {
  if (flags.summary) ensureWritableDirectory(dirname(flags.summary), MAX_OUT_PARENTS);
}

/**
 * The report once the command has ended: the terminal report on stdout (coloured when the
 * terminal is), or with `--markdown` the Markdown of the job summary; `--summary FILE` writes
 * that Markdown to FILE as well. In a GitHub Actions step (GITHUB_STEP_SUMMARY set) the Markdown
 * is also added to the job summary, unless `--no-step-summary`: exec's attempts and a task list's
 * charts then sit beside the action's own report.
 */
export async function printReport(
  profile: RunProfile,
  io: CliIo,
  flags: ReportFlags,
  options: PostRunOptions,
): Promise<void> {
  const toStep = flags.stepSummary !== false && Boolean(io.env.GITHUB_STEP_SUMMARY);
  const markdown =
    flags.markdown || flags.summary || toStep ? renderPostRunSummary(profile, options) : '';
  if (flags.summary) writeFileSync(flags.summary, markdown);
  if (toStep) await appendStepSummary(markdown, io);
  io.stdout(
    flags.markdown
      ? markdown
      : renderTerminalReport(profile, {
          ...options,
          colour: io.colour === true,
          width: io.columns ?? TERMINAL_WIDTH,
        }),
  );
}

/**
 * Adds the Markdown to the job summary through the runner adapter (`@actions/core`, loaded only
 * here). Fail-open: a summary that cannot be written is said on stderr, and the command's exit
 * status stands.
 */
async function appendStepSummary(markdown: string, io: CliIo): Promise<void> {
  try {
    const { createActionsRunner } = await import('../runner/actions-runner.js');
    await createActionsRunner().appendSummary(markdown);
  } catch (error) {
    io.stderr(
      `resource-planner: warning: could not add the report to the job summary: ${quoteUntrusted(error instanceof Error ? error.message : String(error), 200)}\n`,
    );
  }
}

/** Width of the terminal report when stdout is no terminal (a log, a file, a test). */
const TERMINAL_WIDTH = 100;

export function writeProfile(out: string | undefined, profile: RunProfile): void {
  if (out) writeFileSync(out, serializeProfile(profile));
}

export function startRecording(options: {
  capacity: Capacity;
  intervalMs: number;
  io: CliIo;
  /** The job's name in the profile (`--name`): history keeps recordings of different jobs apart. */
  jobName: string | null;
  /**
   * Finds the command's Node processes that stop at the V8 heap limit (./heap-watch.ts); null:
   * not watched, and the profile says unknown.
   */
  heapWatch: HeapWatch | null;
  /** Sample each process's unshared memory too (the task scheduler plans with it). */
  unshared?: boolean;
  /** Which shard of a split this run is (`--shard 2/3`), recorded as `run.shard`; null: the whole. */
  shard?: ShardRef | null;
}): Recording {
  const { capacity, intervalMs, io, heapWatch } = options;
  const heapLimitDeaths: HeapLimitDeath[] = [];
  const lines: SamplerLine[] = [];
  // The CLI is the root: its descendants (the command's tree) are the job. It samples in-process.
  const sampler = createSampler({
    rootPid: process.pid,
    samplerPid: -1,
    intervalMs,
    cgroup: capacity.cgroup,
    clock: monotonicMs,
    unshared: options.unshared ?? false,
    write: (line) => lines.push(line),
  });
  const started = new Date().toISOString();
  const phases: PhaseMark[] = [];
  return {
    async run(argv, { phase, workers, sampleAfterExit = false, nodeHeapMb = null }) {
      phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers, nodeHeapMb });
      const from = lines.length;
      const file = argv[0] as string;
      const child = spawn(file, argv.slice(1), {
        stdio: 'inherit',
        // The CLI's own environment, as the command had it before the watch and the cap.
        env: commandEnv(process.env, heapWatch, nodeHeapMb),
      });
      sampler.tick();
      const startError = await startOf(child);
      if (startError) {
        const exitStatus = notStarted(file, startError, io);
        return {
          exitCode: null,
          signal: null,
          exitStatus,
          notStarted: true,
          samples: [],
          heapLimitDeaths: 0,
        };
      }
      const status = liveStatus(io, lines, from);
      const timer = setInterval(() => {
        sampler.tick();
        status.update();
      }, intervalMs);
      const { code, signal } = await waitForExit(child, io);
      clearInterval(timer);
      status.clear();
      if (sampleAfterExit) sampler.tick();
      const endT = monotonicMs();
      // Found after the command, timed at its end: the deaths fall in this command's phase.
      const heapPids = heapWatch?.collect() ?? [];
      for (const pid of heapPids) heapLimitDeaths.push({ pid, t: endT });
      const root = lines.slice(from).find((line) => line.k === 'proc' && line.pid === child.pid);
      if (signal && root && root.k === 'proc')
        lines.push({ k: 'exit', id: root.id, t: endT, signal });
      return {
        exitCode: code,
        signal,
        exitStatus: signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1),
        notStarted: false,
        samples: lines.slice(from).filter((line): line is SamplerSampleLine => line.k === 's'),
        heapLimitDeaths: heapPids.length,
      };
    },
    mark(phase, workers) {
      phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers });
    },
    tick() {
      const from = lines.length;
      sampler.tick();
      return lines.slice(from);
    },
    finish(exitStatus) {
      const endT = monotonicMs();
      sampler.close('command-exited');
      // Reports written outside run() (the scheduler's own tasks) count in the last phase.
      for (const pid of heapWatch?.collect() ?? []) heapLimitDeaths.push({ pid, t: endT });
      heapWatch?.close();
      const run = profileRun(
        readRunContext(io.env, {}),
        null,
        started,
        exitStatus,
        options.shard ?? null,
      );
      return buildProfile({
        lines,
        phases,
        endT,
        host: profileHost(capacity),
        // No workflow run names the job: the name given (or the command's) does.
        run: options.jobName === null ? run : { ...run, job: options.jobName },
        toolVersion: TOOL_VERSION,
        samplerDied: false,
        intervalMs,
        source: 'proc',
        heapLimitDeaths: heapWatch ? heapLimitDeaths : null,
      });
    },
    abandon() {
      sampler.close('command-exited');
      heapWatch?.close();
    },
  };
}

/**
 * The command's environment: the CLI's own, with the heap watch's preload and a heap cap added to
 * NODE_OPTIONS after what it holds (V8 takes the last of a repeated flag, so the cap wins over
 * one set there).
 */
export function commandEnv(
  env: Readonly<Record<string, string | undefined>>,
  heapWatch: Pick<HeapWatch, 'nodeOption' | 'variables'> | null,
  nodeHeapMb: number | null,
): Record<string, string | undefined> {
  const nodeOptions = [
    env.NODE_OPTIONS,
    heapWatch?.nodeOption,
    nodeHeapMb === null ? undefined : `--max-old-space-size=${nodeHeapMb}`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...env,
    ...heapWatch?.variables,
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  };
}

/** The status line is redrawn at most this often (ms): often enough to look live. */
const STATUS_EVERY_MS = 500;

/**
 * The one-line status on a terminal's stderr while the command runs (`io.status`, absent off a
 * TTY): elapsed time, the memory of the command's processes in the last sample, and the peak so
 * far, from the samples the recording takes anyway.
 */
function liveStatus(
  io: CliIo,
  lines: readonly SamplerLine[],
  from: number,
): { update(): void; clear(): void } {
  const status = io.status;
  if (!status) return { update() {}, clear() {} };
  const startedMs = monotonicMs();
  let seen = from;
  let peakBytes = 0;
  let nowBytes = 0;
  let drawnMs = -Infinity;
  return {
    update() {
      for (; seen < lines.length; seen++) {
        const line = lines[seen] as SamplerLine;
        if (line.k !== 's') continue;
        nowBytes = line.p.reduce((sum, [, rss]) => sum + rss, 0);
        peakBytes = Math.max(peakBytes, nowBytes);
      }
      const now = monotonicMs();
      if (now - drawnMs < STATUS_EVERY_MS) return;
      drawnMs = now;
      status(statusLine(now - startedMs, nowBytes, peakBytes));
    },
    clear: () => status(''),
  };
}

/** `resource-planner: 1 min 5 s · memory 1.2 GiB · peak 1.9 GiB` */
export function statusLine(elapsedMs: number, nowBytes: number, peakBytes: number): string {
  const seconds = Math.floor(elapsedMs / 1000);
  const elapsed =
    seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `resource-planner: ${elapsed} · memory ${formatBytes(nowBytes)} · peak ${formatBytes(peakBytes)}`;
}

/** Resolves once the child runs (undefined) or could not be started (the error). */
function startOf(child: ChildProcess): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    child.once('spawn', () => {
      // Later errors are failed kills of a child that is already gone: its exit tells the rest.
      child.on('error', () => {});
      resolve(undefined);
    });
    child.once('error', (error: NodeJS.ErrnoException) => resolve(error));
  });
}

/**
 * A command that could not start, as a shell says it: one line, and the exit status 127 when it
 * was not found, 126 when it could not be executed.
 */
export function notStarted(file: string, error: NodeJS.ErrnoException, io: CliIo): number {
  const notFound = error.code === 'ENOENT';
  const why = notFound ? 'command not found' : `cannot be started (${error.code ?? error.message})`;
  io.stderr(`resource-planner: ${quoteUntrusted(file, 200)}: ${why}\n`);
  return notFound ? NOT_FOUND_EXIT : CANNOT_EXECUTE_EXIT;
}

/**
 * Waits for the child to exit. Meanwhile SIGINT, SIGTERM and SIGHUP do not end the CLI: they are
 * passed on to the child (a signal sent to the CLI alone reaches the command, as npm's run-script
 * does), and the CLI reports once the child has exited.
 */
function waitForExit(
  child: ChildProcess,
  io: CliIo,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const forward = (signal: NodeJS.Signals): void => {
    io.stderr(
      `resource-planner: ${signal} passed on to the command; the report follows when it ends.\n`,
    );
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
      resolve({ code, signal });
    });
  });
}
