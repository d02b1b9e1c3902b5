/** What the probe learns about the machine. All sizes in bytes, CPU counts in CPUs. */

export interface CgroupLimits {
  version: 1 | 2;
  /** This process's cgroup path for the memory controller (as in /proc/self/cgroup). */
  memoryCgroupPath: string | null;
  /** Smallest memory ceiling from the leaf up to the mount (v2 memory.max/high, v1 limit or hierarchical limit); null = none. */
  memoryLimitBytes: number | null;
  /** The file that set the ceiling, for the summary (`/sys/fs/cgroup/memory/a/memory.limit_in_bytes`). */
  memoryLimitSource: string | null;
  /** Charged memory now (v2 memory.current, v1 memory.usage_in_bytes). */
  memoryUsageBytes: number | null;
  /** Reclaimable page cache inside the charge (v2 inactive_file, v1 total_inactive_file). */
  memoryInactiveFileBytes: number | null;
  /** Highest charge seen (v2 memory.peak, v1 memory.max_usage_in_bytes). */
  memoryPeakBytes: number | null;
  /** OOM kills counted by the cgroup so far. */
  oomKills: number | null;
  /** Smallest CPU quota up the tree in CPUs (quota ÷ period, may be fractional); null = none. */
  cpuQuota: number | null;
  /** Number of CPUs in the effective cpuset; null = unknown. */
  cpusetCpus: number | null;
  /** Directory of the memory cgroup on disk (for the sampler to read usage from). */
  memoryCgroupDir: string | null;
  /** Cgroup hierarchy that holds the memory controller: 'v1', 'v2' or a hybrid description. */
  layout: 'v1' | 'v2' | 'hybrid';
}

export type MemoryBinding = 'host' | 'cgroup';
export type CpuBinding = 'host' | 'affinity' | 'cgroup-quota' | 'cpuset';

export interface Capacity {
  os: string;
  arch: string;
  cpuModel: string | null;
  /** Host RAM (MemTotal / os.totalmem()). */
  hostMemoryTotalBytes: number;
  /** Host MemAvailable (or os.freemem() where there is no /proc/meminfo). */
  hostMemoryAvailableBytes: number;
  /** Reported only; never counted as capacity. */
  swapTotalBytes: number | null;
  swapFreeBytes: number | null;
  logicalCpus: number;
  physicalCpus: number | null;
  /** CPUs this process may run on (sched affinity); null = unknown. */
  affinityCpus: number | null;
  cgroup: CgroupLimits | null;
  /** min(host total, cgroup ceiling). */
  memoryLimitBytes: number;
  /** min(MemAvailable, ceiling − (usage − inactive file)). */
  memoryAvailableBytes: number;
  /** min(logical, affinity, cpuset, floor(quota)), at least 1. */
  cpus: number;
  memoryBinding: MemoryBinding;
  cpuBinding: CpuBinding;
  /** Probe trouble, each said once: the plan still runs on what could be read. */
  warnings: string[];
}
