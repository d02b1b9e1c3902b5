/**
 * What `resource-planner exec` decides, pure: the command's arguments at a worker count, whether
 * an attempt was OOM-killed, and the count to run it again at. The CLI's `exec` (src/cli/exec.ts)
 * does the running and recording.
 */
import { InputError } from '../shared/errors.js';
import type { Ladder } from './ladder.js';

/** The placeholders `exec` fills in its command's arguments, and the plan value each takes. */
export interface PlaceholderValues {
  workers: number;
  nodeHeapMb: number;
}

/** `{name}` with a name as the placeholders are written: lower case, digits and hyphens. */
const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;

/**
 * The arguments with `{workers}` and `{node-heap-mb}` replaced by the plan's values, anywhere in
 * an argument (`--maxWorkers={workers}`). Arguments stay separate strings: nothing is ever given
 * to a shell. Braces that are not a placeholder's shape (`{}`, JSON) are left as they are; a
 * placeholder of that shape that `exec` does not know is an error, so a typo never reaches the
 * command as a literal.
 *
 * @example substitutePlaceholders(['jest', '-w', '{workers}'], { workers: 3, nodeHeapMb: 512 })
 *   // → ['jest', '-w', '3']
 */
export function substitutePlaceholders(
  args: readonly string[],
  values: PlaceholderValues,
): string[] {
  const known: Record<string, string> = {
    workers: String(values.workers),
    'node-heap-mb': String(values.nodeHeapMb),
  };
  return args.map((arg) =>
    arg.replace(PLACEHOLDER, (whole, name: string) => {
      const value = known[name];
      if (value === undefined)
        throw new InputError(
          'exec -- COMMAND',
          arg.length > 80 ? `${arg.slice(0, 80)}…` : arg,
          `only the placeholders {workers} and {node-heap-mb} (found ${whole})`,
        );
      return value;
    }),
  );
}

/**
 * A sampled share of the memory limit at or above which a SIGKILL counts as an OOM kill. The
 * kernel kills when the charge reaches the limit, but a sampler every 250 ms misses the last
 * climb: workers that allocate ~100 MiB per sampling interval are seen a few percent short of it.
 */
export const NEAR_LIMIT_SHARE = 0.9;
/** The exit status a shell (and most runners of child processes) reports for a SIGKILLed child. */
export const SIGKILL_EXIT_STATUS = 128 + 9;

/** One sample of an attempt, as the sampler took it (bytes; counters cumulative). */
export interface AttemptSample {
  /** The cgroup's cumulative oom_kill counter (v1 memory.oom_control, v2 memory.events). */
  oomKillCounter: number | null;
  /** The cgroup's charge. */
  cgroupUsageBytes: number | null;
  /** MemTotal − MemAvailable. */
  systemUsedBytes: number | null;
  /** Summed RSS of the command's processes. */
  treeRssBytes: number;
}

export interface AttemptFacts {
  /** Samples taken from just before the command started to just after it ended, in order. */
  samples: readonly AttemptSample[];
  exitCode: number | null;
  signal: string | null;
  /** The memory the command ran in: min(host RAM, cgroup limit), bytes. */
  memoryLimitBytes: number;
  /** True when a cgroup limit set `memoryLimitBytes` (its charge is then the figure to compare). */
  cgroupBound: boolean;
  /** Node processes of the attempt that stopped at the V8 heap limit (their diagnostic reports). */
  heapLimitDeaths: number;
}

export type OomEvidence = 'oom-kill-counter' | 'sigkill-near-limit' | 'heap-limit';

export interface OomVerdict {
  /** The attempt ran out of memory: OOM-killed, or Node workers stopped at their heap cap. */
  outOfMemory: boolean;
  /**
   * Processes lost: the counter's rise, 1 for a SIGKILL near the limit, or the Node processes
   * stopped at the heap limit.
   */
  kills: number;
  evidence: OomEvidence | null;
  /** Highest memory seen in the attempt against the limit (bytes); null without samples. */
  peakBytes: number | null;
  /** One line: what was seen. */
  why: string;
}

/**
 * Whether an attempt's processes were OOM-killed. The cgroup's oom_kill counter rising during the
 * attempt is proof (the kernel counts every process of the cgroup it kills, Linux 4.13+ on v1).
 * Without a rise (no cgroup, an older kernel, a user-space killer such as systemd-oomd or
 * earlyoom), a command that ended by SIGKILL (or with status 137, a shell's report of it) while
 * memory stood at NEAR_LIMIT_SHARE of the limit or more counts as one. Node processes that stopped
 * at the V8 heap limit ran out of memory too (the heap cap is the plan's bound on a Node worker):
 * fewer workers get a larger cap, so the attempt is rerun as after an OOM kill.
 */
export function oomVerdict(facts: AttemptFacts): OomVerdict {
  const counters = facts.samples
    .map((sample) => sample.oomKillCounter)
    .filter((value): value is number => value !== null);
  const rise =
    counters.length >= 2 ? Math.max(0, (counters.at(-1) as number) - (counters[0] as number)) : 0;
  const peaks = facts.samples.map((sample) =>
    Math.max(
      sample.treeRssBytes,
      (facts.cgroupBound ? sample.cgroupUsageBytes : sample.systemUsedBytes) ?? 0,
    ),
  );
  const peakBytes = peaks.length > 0 ? Math.max(...peaks) : null;
  if (rise > 0)
    return {
      outOfMemory: true,
      kills: rise,
      evidence: 'oom-kill-counter',
      peakBytes,
      why: `the cgroup's oom_kill counter rose by ${rise}`,
    };
  const sigkilled = facts.signal === 'SIGKILL' || facts.exitCode === SIGKILL_EXIT_STATUS;
  const share = peakBytes === null ? 0 : peakBytes / facts.memoryLimitBytes;
  if (sigkilled && share >= NEAR_LIMIT_SHARE)
    return {
      outOfMemory: true,
      kills: 1,
      evidence: 'sigkill-near-limit',
      peakBytes,
      why: `killed by SIGKILL with memory at ${Math.round(share * 100)}% of the limit`,
    };
  if (facts.heapLimitDeaths > 0)
    return {
      outOfMemory: true,
      kills: facts.heapLimitDeaths,
      evidence: 'heap-limit',
      peakBytes,
      why: `${facts.heapLimitDeaths} Node process(es) stopped at the V8 heap limit ("JavaScript heap out of memory")`,
    };
  return {
    outOfMemory: false,
    kills: 0,
    evidence: null,
    peakBytes,
    why: sigkilled
      ? `killed by SIGKILL, but memory stood at ${Math.round(share * 100)}% of the limit at most: not an OOM kill`
      : 'no OOM kill',
  };
}

export interface RetryChoice {
  workers: number;
  why: string;
}

/**
 * The count to run an OOM-killed attempt again at: the largest count proven safe on this memory
 * below the one that failed (the evidence ladder, ./ladder.ts), else half of it; null when the
 * attempt already ran one worker (no smaller count exists).
 */
export function retryWorkers(failedWorkers: number, ladder: Ladder | null): RetryChoice | null {
  const proven = ladder?.proven ?? null;
  if (proven !== null && proven >= 1 && proven < failedWorkers && !ladder?.risen)
    return {
      workers: proven,
      why: `the largest count proven safe on this memory${ladder?.provenRunId != null ? ` (run ${ladder.provenRunId})` : ''}`,
    };
  const half = Math.floor(failedWorkers / 2);
  if (half < 1) return null;
  return {
    workers: half,
    why:
      proven === null
        ? 'half the count (no count is proven safe on this memory yet)'
        : ladder?.risen
          ? `half the count (memory per worker has risen since ${proven} was proven)`
          : `half the count (the proven ${proven} is not below it)`,
  };
}
