/**
 * Run profile v6: the compact record of one run that later runs learn from.
 * Written and read only through ./profile.ts; documented in docs/profile-format.md and
 * validated against ./schema.ts. Sizes in bytes, times in milliseconds.
 * Untrusted when read back: every string may be hostile (escape before rendering).
 */

export const PROFILE_KIND = 'resource-planner/run-profile';
/** Written by this version; readers also accept (and upgrade) v1–v5. See docs/profile-format.md. */
export const PROFILE_VERSION = 6;
export type ProfileVersion = 1 | 2 | 3 | 4 | 5 | 6;

export interface ProfileHost {
  os: string;
  arch: string;
  logicalCpus: number;
  /** Effective CPUs and memory the plan used (see Capacity). */
  cpus: number;
  memoryTotalBytes: number;
  memoryLimitBytes: number;
  /** The cgroup ceiling, when one bound the run (drives the elastic-memory model). */
  cgroupMemoryLimitBytes: number | null;
  cgroupVersion: 1 | 2 | null;
}

export interface ProfileRun {
  repositoryId: number | null;
  repository: string | null;
  workflow: string | null;
  job: string | null;
  /** The matrix combination as canonical JSON, or null outside a matrix. */
  matrixKey: string | null;
  runId: number | null;
  runAttempt: number | null;
  sha: string | null;
  ref: string | null;
  event: string | null;
  headRepositoryId: number | null;
  /** ISO 8601 start of sampling. */
  startedAt: string;
  /**
   * Exit status of the recorded command when the writer knows it (the CLI's `run`); null in the
   * action, which learns only from runs GitHub reports as successful. v1 profiles read as null.
   */
  exitCode: number | null;
  /**
   * v4: which shard of how many this run was (the `shard` input, `2/3`), so that history and the
   * drift test compare a shard with the same shard of the same split; null outside a split.
   * Profiles read from v1–v3 read as null (unsharded).
   */
  shard: ShardRef | null;
}

/** One shard of a split: `index` of `total`, 1 ≤ index ≤ total. */
export interface ShardRef {
  index: number;
  total: number;
}

/** The most shards a split may have (the `shard` input and the `shards` output). */
export const MAX_SHARDS = 256;

export interface RssStats {
  peakBytes: number;
  p95Bytes: number;
  meanBytes: number;
  /** The last sample of the phase. */
  endBytes: number;
}

/**
 * What running members together cost (v2), from the per-sample RSS of the group's members while
 * they are alive. Lets the estimator tell workers that peak together from workers that do not.
 */
export interface GroupConcurrency {
  /** Mean of one member's RSS over every (member, sample) pair in which it was alive, bytes. */
  memberMeanBytes: number;
  /** Standard deviation (population) of the same pairs, bytes. */
  memberSdBytes: number;
  /** Members alive in the sample where `peakTotalBytes` was reached. */
  aliveAtPeak: number;
  /** Members alive on average, over the phase's samples in which at least one was. */
  meanAlive: number;
  /**
   * v3: members alive at once for a sustained part of the phase: the 90th percentile of the
   * count alive over the samples in which at least one was. The count the run really used: a tool
   * that briefly starts a helper or a replacement worker (Jest does) raises `maxConcurrency` for a
   * sample or two, not this. Null in profiles read from v2.
   */
  sustainedAlive: number | null;
}

/** Processes with the same executable name and parent running concurrently. */
export interface WorkerGroup {
  name: string;
  parentName: string | null;
  /** Most members alive in one sample. */
  maxConcurrency: number;
  /** Distinct processes seen. */
  processes: number;
  /** Distribution of each member's own peak RSS. */
  peakRss: { p50Bytes: number; p90Bytes: number; maxBytes: number; meanBytes: number };
  /** Mean of each member's last RSS (the "aggressive" advisory uses it). */
  meanEndRssBytes: number;
  /** Highest summed RSS of the members in one sample. */
  peakTotalBytes: number;
  /** Since v2; null in profiles read from v1. */
  concurrency: GroupConcurrency | null;
}

export interface PhaseProfile {
  name: string;
  /** Milliseconds since the profile's start. */
  startMs: number;
  endMs: number;
  durationMs: number;
  workersRecommended: number | null;
  /**
   * v6: the V8 heap cap (MiB) each Node process of the phase ran under, where the recorder set it
   * itself (`exec --cap-node-heap`, `run --node-heap-mb`): a count proven clean is proven with
   * this cap, and the plan keeps it (docs/algorithm.md §3c). Null where not known: the action
   * (it cannot tell whether the command used node-heap-mb) and profiles read from v1–v5.
   */
  nodeHeapMb: number | null;
  samples: number;
  treeRss: RssStats;
  peakSystemUsedBytes: number | null;
  peakCgroupUsageBytes: number | null;
  oomKills: number;
  /**
   * v4: Node processes that stopped at the V8 heap limit ("JavaScript heap out of memory", e.g. a
   * `--max-old-space-size` cap from node-heap-mb), counted from the diagnostic reports Node writes
   * when the CLI's `run`/`exec` asked for them. Null where nobody watched: the action (the runner
   * refuses NODE_OPTIONS in GITHUB_ENV, so later steps cannot be asked), Node older than 22.13
   * (no `process.report.excludeEnv`), and profiles read from v1–v3.
   */
  heapLimitKills: number | null;
  /** Highest PSI `some avg10` for memory in the phase (percent), where available. */
  pressureMaxAvg10: number | null;
  /** Largest groups first, at most 50. */
  workerGroups: WorkerGroup[];
}

export type ProfileEventKind =
  | 'oom-kill'
  | 'pressure-peak'
  | 'sigkill'
  | 'sampler-died'
  /** v4: a Node process stopped at the V8 heap limit; `detail` names it. */
  | 'heap-limit';

export interface ProfileEvent {
  tMs: number;
  kind: ProfileEventKind;
  phase: string | null;
  /** e.g. the name of a killed process (untrusted). */
  detail: string | null;
  value: number | null;
}

/** Columnar and downsampled (at most TIMELINE_MAX_POINTS points). */
export interface ProfileTimeline {
  tMs: number[];
  treeRssBytes: number[];
  systemUsedBytes: (number | null)[];
  cgroupUsageBytes: (number | null)[];
  /** Index into `phases` of each point. */
  phase: number[];
}

export const TIMELINE_MAX_POINTS = 600;

/** How a task of a task list (`exec --tasks`, `exec --each`) ended. */
export type ProfileTaskStatus =
  'ok' | 'failed' | 'oom-killed' | 'not-started' | 'not-run' | 'stopped';

/**
 * One task of a task list: what the next run plans it for. Never its arguments: its name is the
 * executable's basename and a hash of its argv (src/plan/tasks.ts `taskName`).
 */
export interface ProfileTask {
  name: string;
  status: ProfileTaskStatus;
  /** The last run's exit status; null when it never ran. */
  exitStatus: number | null;
  /** Runs (2 when it was OOM-killed beside others and ran again alone). */
  runs: number;
  /** The last run's duration, ms. */
  durationMs: number;
  /** Highest RSS of its process tree over its runs, bytes. */
  peakBytes: number;
  /**
   * v5: highest unshared memory of its process tree over its runs (RSS less file-backed pages:
   * /proc/PID/status RssAnon + RssShmem), bytes: what the next run plans it for. Null where not
   * read (not Linux) and in profiles read from v4.
   */
  peakUnsharedBytes: number | null;
  /**
   * When its first run started and its last run ended, ms since the profile's start (the chart of
   * tasks running over time); null when it never ran.
   */
  startMs: number | null;
  endMs: number | null;
}

/** Tasks a profile holds at most (the task list's own cap). */
export const MAX_PROFILE_TASKS = 10_000;

export interface RunProfile {
  kind: typeof PROFILE_KIND;
  /** Profiles read from v1 are upgraded in memory and carry 2 (see ./profile.ts). */
  version: typeof PROFILE_VERSION;
  tool: { name: 'resource-planner'; version: string };
  host: ProfileHost;
  run: ProfileRun;
  sampler: {
    intervalMs: number;
    /** 'proc' (Linux /proc), 'ps' (macOS), 'tasklist' (Windows), 'none'. */
    source: string;
    samples: number;
    /** True when the sampler stopped before the job ended. */
    died: boolean;
  };
  phases: PhaseProfile[];
  timeline: ProfileTimeline;
  events: ProfileEvent[];
  /** v4 (optional): the tasks of `exec --tasks` / `--each`, in list order. */
  tasks?: ProfileTask[];
}
