/**
 * The samples file: JSON Lines appended by the sampler as it goes, so a crash loses at most the
 * last (possibly truncated) line. Times are milliseconds of the system's monotonic clock
 * (`process.hrtime`), shared by every process of the job. Sizes in bytes.
 * Never holds command-line arguments or environment values: only executable basenames.
 */

import { join } from 'node:path';

export interface SamplerStartLine {
  k: 'start';
  v: 1;
  t: number;
  /** ISO 8601 wall-clock time of `t`. */
  wall: string;
  intervalMs: number;
  source: 'proc' | 'ps' | 'tasklist';
  /** The process whose descendants are "the job" (the runner worker, or the CLI's command). */
  rootPid: number;
  samplerPid: number;
}

/**
 * A job process first seen; `id` numbers processes uniquely across PID reuse. Written again with
 * the same id when the process execs (its name changes): the last line for an id holds its name.
 */
export interface SamplerProcLine {
  k: 'proc';
  id: number;
  pid: number;
  /** `id` of the parent if it is a job process too, else null. */
  parent: number | null;
  /** Executable basename (from /proc/PID/exe or argv[0]); never arguments. */
  name: string;
  t: number;
}

export interface SamplerSampleLine {
  k: 's';
  t: number;
  /** MemTotal − MemAvailable (or the OS equivalent). */
  sys: number | null;
  /** Cgroup charge (v2 memory.current, v1 usage_in_bytes) where readable. */
  cg: number | null;
  /** Cumulative OOM kills counted by the cgroup. */
  oom: number | null;
  /** PSI memory `some avg10` (percent). */
  psi: number | null;
  /**
   * Live job processes: [id, rssBytes], or [id, rssBytes, unsharedBytes] where the sampler was
   * asked for unshared memory (`exec --tasks`: RSS less file-backed pages, see ProcessSnapshot).
   */
  p: ([number, number] | [number, number, number])[];
}

/** A job process that ended; `signal` when the sampler could observe it (CLI's own child). */
export interface SamplerExitLine {
  k: 'exit';
  id: number;
  t: number;
  signal: string | null;
}

export interface SamplerStopLine {
  k: 'stop';
  t: number;
  /**
   * Why the sampler stopped: `sigterm`/`sigint` (stopped by the post step), `root-exited` (the
   * job's root process is gone or a zombie), `root-replaced` (its PID now belongs to a process
   * that started at another time), `max-lifetime` (the hard limit, `--max-lifetime-ms`).
   */
  reason: string;
}

export type SamplerLine =
  SamplerStartLine | SamplerProcLine | SamplerSampleLine | SamplerExitLine | SamplerStopLine;

/** One `profile` invocation of the action: a phase starts at `t` and runs until the next. */
export interface PhaseMark {
  name: string;
  t: number;
  workersRecommended: number | null;
  /**
   * The V8 heap cap (MiB) the recorder itself put in the phase's NODE_OPTIONS
   * (`--max-old-space-size`, from `exec --cap-node-heap` or `run --node-heap-mb`); absent or null
   * where it is not known (the action cannot tell whether the command used `node-heap-mb`).
   */
  nodeHeapMb?: number | null;
}

/** A started sampler, as the action's main step keeps it in the job state. */
export interface SamplerHandle {
  pid: number;
  samplesFile: string;
  logFile: string;
  /** 'proc' (Linux /proc), 'ps' (macOS), 'tasklist' (Windows). */
  source: string;
  intervalMs: number;
  /** Who the sampler process is, so that a reused PID is never mistaken for it. */
  identity?: ProcessIdentity;
}

/**
 * A process beyond its PID, which the system reuses: what post checks before it signals the
 * sampler, and what the sampler checks of its owner (the job's root process) on every tick.
 * Two readings are the same process when the PID matches and every field recorded non-null at
 * the first reading reads the same at the second.
 */
export interface ProcessIdentity {
  pid: number;
  /**
   * When the process started, as an opaque token compared for equality: on Linux field 22 of
   * /proc/PID/stat (clock ticks since boot); on macOS `ps -o lstart=` (to the second); on
   * Windows the creation time (FILETIME, 100 ns). null when it could not be read.
   */
  startTime: string | null;
  /**
   * The executable's basename: /proc/PID/exe, else argv[0] of /proc/PID/cmdline, on Linux;
   * `ps -o comm=` on macOS; the image name on Windows. null when it could not be read.
   */
  exe: string | null;
}

/**
 * The sampler's hard maximum lifetime: 6 h 10 min, past the longest a job runs by default
 * (`timeout-minutes` defaults to 360), so a sampler whose post step never ran cannot outlive it.
 */
export const SAMPLER_MAX_LIFETIME_MS = (6 * 60 + 10) * 60_000;

/** Where a sampler started in `directory` writes its samples and its own log. */
export function samplerFiles(directory: string): { samplesFile: string; logFile: string } {
  return { samplesFile: join(directory, 'samples.jsonl'), logFile: join(directory, 'sampler.log') };
}
