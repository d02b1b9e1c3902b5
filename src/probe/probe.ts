/**
 * The probe: what this machine (and this container) can give a job. Linux reads /proc and the
 * cgroup files directly, a few small reads (~0.2 ms each), no subprocess; macOS and Windows ask a
 * host adapter (systeminformation, loaded only there) for available memory as the OS counts it and
 * physical cores. Trouble never throws: it falls back and says so once in `warnings`.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { posix } from 'node:path';
import { errorMessage } from '../shared/errors.js';
import { KiB } from '../shared/units.js';
import {
  cgroupDirectory,
  countCpuList,
  directoriesUpToMount,
  parseCfsQuota,
  parseCgroupMounts,
  parseCounter,
  parseCpuMax,
  parseKeyValues,
  parseMemoryLimit,
  parseProcCgroup,
  parsePressureSomeAvg10,
  type CgroupMembership,
  type CgroupMount,
} from './cgroup.js';
import { fallbackHostFacts, type HostFacts } from './host.js';
import { readHostWithSystemInformation } from './systeminformation.js';
import type { Capacity, CgroupLimits, CpuBinding } from './types.js';

export interface OsFacts {
  platform: string;
  arch: string;
  totalMemoryBytes: number;
  freeMemoryBytes: number;
  logicalCpus: number;
  availableParallelism: number;
  cpuModel: string | null;
}

export type ReadFile = (absolutePath: string) => string | null;

export interface ProbeOptions {
  /** Prefix for every absolute path read (/proc, /sys): tests pass a fixture tree. */
  root?: string;
  /** Whose cgroup to read: 'self' (default) or a PID. */
  pid?: number | 'self';
  /** process.platform by default. */
  platform?: string;
  /** OS facts; defaults from node:os. */
  os?: Partial<OsFacts>;
  /** Reads a file (already prefixed with root); null when missing or unreadable. */
  readFile?: ReadFile;
  /**
   * macOS and Windows: what the host adapter reported (`probeMachine` asks it). Without it the
   * probe takes node:os's figures as they are. Ignored on Linux.
   */
  host?: HostFacts;
}

export interface MachineProbeOptions extends ProbeOptions {
  /** The macOS/Windows host adapter; systeminformation by default. Never called on Linux. */
  readHost?: (platform: string) => Promise<HostFacts>;
}

export function readFileOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** node:os facts, read when the probe runs (never at import). */
export function currentOsFacts(): OsFacts {
  const cpus = os.cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    totalMemoryBytes: os.totalmem(),
    freeMemoryBytes: os.freemem(),
    logicalCpus: cpus.length || os.availableParallelism(),
    availableParallelism: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() || null,
  };
}

/**
 * Probes the machine, as the action and the CLI do. Linux: `probeCapacity` as it is, nothing else
 * loaded. macOS and Windows: first the host adapter; if it throws or times out, node:os's figures
 * with a warning (fail open).
 */
export async function probeMachine(options: MachineProbeOptions = {}): Promise<Capacity> {
  const { readHost, ...probeOptions } = options;
  const platform = options.platform ?? options.os?.platform ?? process.platform;
  if (platform === 'linux') return probeCapacity(probeOptions);
  const read = readHost ?? ((name: string) => readHostWithSystemInformation({ platform: name }));
  let host: HostFacts;
  try {
    host = await read(platform);
  } catch (error) {
    const facts = {
      totalMemoryBytes: options.os?.totalMemoryBytes ?? os.totalmem(),
      freeMemoryBytes: options.os?.freeMemoryBytes ?? os.freemem(),
    };
    host = fallbackHostFacts(platform, facts, errorMessage(error));
  }
  return probeCapacity({ ...probeOptions, host });
}

/**
 * The capacity from what can be read synchronously: /proc and cgroups on Linux, node:os or the
 * host adapter's report elsewhere. Cheap: it runs on the main step's start-up path.
 */
export function probeCapacity(options: ProbeOptions = {}): Capacity {
  const facts: OsFacts = { ...currentOsFacts(), ...options.os };
  const platform = options.platform ?? facts.platform;
  const root = options.root ?? '';
  const read = options.readFile ?? readFileOrNull;
  const readAt = (path: string): string | null => read(root + path);
  const warnings = new Warnings();
  const logicalCpus = Math.max(1, facts.logicalCpus);

  let hostTotal = facts.totalMemoryBytes;
  let hostAvailable = facts.freeMemoryBytes;
  let swapTotal: number | null = null;
  let swapFree: number | null = null;
  let affinityCpus: number | null = null;
  let physicalCpus: number | null = null;
  let cgroup: CgroupLimits | null = null;

  if (platform === 'linux') {
    const procDir = `/proc/${options.pid ?? 'self'}`;
    const meminfo = readAt('/proc/meminfo');
    if (meminfo === null) {
      warnings.add('Could not read /proc/meminfo: using what Node reports for memory.');
    } else {
      const memory = parseMeminfo(meminfo);
      if (memory.totalBytes !== null) hostTotal = memory.totalBytes;
      if (memory.availableBytes !== null) hostAvailable = memory.availableBytes;
      else
        warnings.add(
          '/proc/meminfo has no MemAvailable: estimating it from MemFree, Buffers and Cached.',
        );
      swapTotal = memory.swapTotalBytes;
      swapFree = memory.swapFreeBytes;
      if (memory.availableBytes === null && memory.fallbackAvailableBytes !== null) {
        hostAvailable = memory.fallbackAvailableBytes;
      }
    }
    const status = readAt(`${procDir}/status`);
    const allowed = status ? /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1] : undefined;
    affinityCpus = allowed ? countCpuList(allowed) : null;
    const cpuinfo = readAt('/proc/cpuinfo');
    physicalCpus = cpuinfo ? countPhysicalCores(cpuinfo) : null;
    cgroup = probeCgroup(readAt, procDir, warnings);
  } else if (options.host) {
    hostTotal = options.host.totalMemoryBytes;
    hostAvailable = options.host.availableMemoryBytes;
    physicalCpus = options.host.physicalCpus;
    swapTotal = options.host.swapTotalBytes;
    swapFree = options.host.swapFreeBytes;
    for (const note of options.host.notes) warnings.add(note);
  }

  const ceiling = cgroup?.memoryLimitBytes ?? null;
  const memoryLimitBytes = ceiling === null ? hostTotal : Math.min(hostTotal, ceiling);
  let memoryAvailableBytes = Math.min(hostAvailable, memoryLimitBytes);
  if (ceiling !== null && cgroup) {
    // The working set, as kubelet computes it: the charge minus reclaimable inactive file cache.
    const workingSet =
      cgroup.memoryUsageBytes === null
        ? 0
        : Math.max(0, cgroup.memoryUsageBytes - (cgroup.memoryInactiveFileBytes ?? 0));
    memoryAvailableBytes = Math.min(memoryAvailableBytes, Math.max(0, ceiling - workingSet));
  }

  const cpuCandidates: [CpuBinding, number | null][] = [
    ['host', platform === 'linux' ? logicalCpus : Math.max(1, facts.availableParallelism)],
    ['affinity', affinityCpus],
    ['cpuset', cgroup?.cpusetCpus ?? null],
    [
      'cgroup-quota',
      cgroup?.cpuQuota === null || cgroup?.cpuQuota === undefined
        ? null
        : Math.floor(cgroup.cpuQuota),
    ],
  ];
  let cpus = Number.POSITIVE_INFINITY;
  let cpuBinding: CpuBinding = 'host';
  for (const [binding, count] of cpuCandidates) {
    if (count !== null && count < cpus) {
      cpus = count;
      cpuBinding = binding;
    }
  }

  return {
    os: platform,
    arch: facts.arch,
    cpuModel: facts.cpuModel,
    hostMemoryTotalBytes: hostTotal,
    hostMemoryAvailableBytes: hostAvailable,
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapFree,
    logicalCpus,
    physicalCpus,
    affinityCpus,
    cgroup,
    memoryLimitBytes,
    memoryAvailableBytes,
    cpus: Math.max(1, cpus),
    memoryBinding: ceiling !== null && ceiling < hostTotal ? 'cgroup' : 'host',
    cpuBinding,
    warnings: warnings.list(),
  };
}

class Warnings {
  private readonly seen = new Set<string>();
  add(message: string): void {
    this.seen.add(message);
  }
  list(): string[] {
    return [...this.seen];
  }
}

interface Meminfo {
  totalBytes: number | null;
  availableBytes: number | null;
  fallbackAvailableBytes: number | null;
  swapTotalBytes: number | null;
  swapFreeBytes: number | null;
}

/** /proc/meminfo values are in kB (KiB). */
export function parseMeminfo(text: string): Meminfo {
  const values = new Map<string, number>();
  for (const match of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB$/gm)) {
    const [, key, value] = match;
    if (key && value) values.set(key, Number(value) * KiB);
  }
  const get = (key: string): number | null => values.get(key) ?? null;
  const free = get('MemFree');
  return {
    totalBytes: get('MemTotal'),
    availableBytes: get('MemAvailable'),
    // Kernels before 3.14 lack MemAvailable; free + buffers + page cache is the usual stand-in.
    fallbackAvailableBytes:
      free === null ? null : free + (get('Buffers') ?? 0) + (get('Cached') ?? 0),
    swapTotalBytes: get('SwapTotal'),
    swapFreeBytes: get('SwapFree'),
  };
}

/** Distinct (physical id, core id) pairs of /proc/cpuinfo; null when it does not list them. */
export function countPhysicalCores(cpuinfo: string): number | null {
  const cores = new Set<string>();
  for (const block of cpuinfo.split(/\n\s*\n/)) {
    const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
    const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
    if (physical !== undefined && core !== undefined) cores.add(`${physical}:${core}`);
  }
  return cores.size > 0 ? cores.size : null;
}

interface Hierarchy {
  version: 1 | 2;
  mount: CgroupMount;
  membership: CgroupMembership;
  leaf: string;
}

/**
 * The hierarchy that holds a controller. A controller is bound to one hierarchy at a time: v2 when
 * the unified mount lists it in cgroup.controllers, otherwise the v1 mount that names it. Hybrid
 * hosts (v1 controllers plus a unified mount without them) resolve to v1.
 */
function hierarchyFor(
  controller: string,
  memberships: CgroupMembership[],
  mounts: CgroupMount[],
  readAt: ReadFile,
): Hierarchy | null {
  const unified = memberships.find(
    (membership) => membership.hierarchyId === 0 && membership.controllers.length === 0,
  );
  for (const mount of mounts.filter((candidate) => candidate.version === 2)) {
    if (!unified) break;
    const leaf = cgroupDirectory(mount, unified.path);
    const available =
      readAt(posix.join(mount.mountPoint, 'cgroup.controllers')) ??
      readAt(posix.join(leaf, 'cgroup.controllers'));
    if (available?.split(/\s+/).includes(controller))
      return { version: 2, mount, membership: unified, leaf };
  }
  for (const mount of mounts.filter((candidate) => candidate.version === 1)) {
    if (!mount.controllers.includes(controller)) continue;
    const membership = memberships.find((candidate) => candidate.controllers.includes(controller));
    if (membership)
      return { version: 1, mount, membership, leaf: cgroupDirectory(mount, membership.path) };
  }
  return null;
}

function probeCgroup(readAt: ReadFile, procDir: string, warnings: Warnings): CgroupLimits | null {
  const cgroupText = readAt(`${procDir}/cgroup`);
  const mountText = readAt(`${procDir}/mountinfo`);
  if (cgroupText === null || mountText === null) {
    warnings.add(
      `Could not read ${procDir}/cgroup or mountinfo: container limits are unknown, planning on the host's.`,
    );
    return null;
  }
  const memberships = parseProcCgroup(cgroupText);
  const mounts = parseCgroupMounts(mountText);
  const memory = hierarchyFor('memory', memberships, mounts, readAt);
  const cpu = hierarchyFor('cpu', memberships, mounts, readAt);
  const cpuset = hierarchyFor('cpuset', memberships, mounts, readAt);
  if (!memory && !cpu && !cpuset) return null;

  const odd = (path: string, text: string): void =>
    warnings.add(`Ignoring ${path}: unexpected value ${JSON.stringify(text.trim().slice(0, 40))}.`);
  const memoryFacts = memory ? readMemoryFacts(memory, readAt, odd) : NO_MEMORY_FACTS;
  return {
    version: memory?.version ?? cpu?.version ?? cpuset?.version ?? 2,
    memoryCgroupPath: memory?.membership.path ?? null,
    ...memoryFacts,
    cpuQuota: cpu ? readCpuQuota(cpu, readAt, odd) : null,
    cpusetCpus: cpuset ? readCpusetCpus(cpuset, readAt, odd) : null,
    memoryCgroupDir: memory?.leaf ?? null,
    layout: layoutOf(mounts),
  };
}

type OddValue = (path: string, text: string) => void;

type MemoryFacts = Pick<
  CgroupLimits,
  | 'memoryLimitBytes'
  | 'memoryLimitSource'
  | 'memoryUsageBytes'
  | 'memoryInactiveFileBytes'
  | 'memoryPeakBytes'
  | 'oomKills'
>;

const NO_MEMORY_FACTS: MemoryFacts = {
  memoryLimitBytes: null,
  memoryLimitSource: null,
  memoryUsageBytes: null,
  memoryInactiveFileBytes: null,
  memoryPeakBytes: null,
  oomKills: null,
};

/**
 * The memory ceiling (the smallest limit from the leaf up to the mount: `memory.max` and
 * `memory.high` on v2, `memory.limit_in_bytes` and v1's `hierarchical_memory_limit`), with the
 * current charge, reclaimable page cache, peak and OOM-kill count of the leaf.
 */
function readMemoryFacts(memory: Hierarchy, readAt: ReadFile, odd: OddValue): MemoryFacts {
  const v2 = memory.version === 2;
  let memoryLimitBytes: number | null = null;
  let memoryLimitSource: string | null = null;
  const considerLimit = (path: string, text: string | null): void => {
    if (text === null) return;
    const value = parseMemoryLimit(text);
    if (value.kind === 'invalid') odd(path, value.text);
    else if (
      value.kind === 'limit' &&
      (memoryLimitBytes === null || value.bytes < memoryLimitBytes)
    ) {
      memoryLimitBytes = value.bytes;
      memoryLimitSource = path;
    }
  };
  const limitFiles = v2 ? ['memory.max', 'memory.high'] : ['memory.limit_in_bytes'];
  for (const directory of directoriesUpToMount(memory.leaf, memory.mount.mountPoint)) {
    for (const file of limitFiles)
      considerLimit(posix.join(directory, file), readAt(posix.join(directory, file)));
  }
  const stat = readAt(posix.join(memory.leaf, 'memory.stat'));
  const statValues = stat === null ? new Map<string, number>() : parseKeyValues(stat);
  const hierarchical = statValues.get('hierarchical_memory_limit');
  if (!v2 && hierarchical !== undefined) {
    considerLimit(
      `${posix.join(memory.leaf, 'memory.stat')} (hierarchical_memory_limit)`,
      String(hierarchical),
    );
  }

  const usagePath = posix.join(memory.leaf, v2 ? 'memory.current' : 'memory.usage_in_bytes');
  const usageText = readAt(usagePath);
  const usage = usageText === null ? null : parseCounter(usageText);
  if (usageText !== null && usage === null) odd(usagePath, usageText);
  const peakText = readAt(
    posix.join(memory.leaf, v2 ? 'memory.peak' : 'memory.max_usage_in_bytes'),
  );
  const oomText = readAt(posix.join(memory.leaf, v2 ? 'memory.events' : 'memory.oom_control'));
  return {
    memoryLimitBytes,
    memoryLimitSource,
    memoryUsageBytes: usage,
    memoryInactiveFileBytes: statValues.get(v2 ? 'inactive_file' : 'total_inactive_file') ?? null,
    memoryPeakBytes: peakText === null ? null : parseCounter(peakText),
    oomKills: oomText === null ? null : (parseKeyValues(oomText).get('oom_kill') ?? null),
  };
}

/** The smallest CPU quota (CPUs) from the leaf up to the mount: `cpu.max` or cfs quota ÷ period. */
function readCpuQuota(cpu: Hierarchy, readAt: ReadFile, odd: OddValue): number | null {
  let cpuQuota: number | null = null;
  for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
    let quota: number | null | 'invalid';
    if (cpu.version === 2) {
      const path = posix.join(directory, 'cpu.max');
      const text = readAt(path);
      if (text === null) continue;
      quota = parseCpuMax(text);
      if (quota === 'invalid') odd(path, text);
    } else {
      const path = posix.join(directory, 'cpu.cfs_quota_us');
      const quotaText = readAt(path);
      const periodText = readAt(posix.join(directory, 'cpu.cfs_period_us'));
      if (quotaText === null || periodText === null) continue;
      quota = parseCfsQuota(quotaText, periodText);
      if (quota === 'invalid') odd(path, quotaText);
    }
    if (typeof quota === 'number' && quota > 0 && (cpuQuota === null || quota < cpuQuota))
      cpuQuota = quota;
  }
  return cpuQuota;
}

/** CPUs the cpuset lets the job use, from the first readable effective-CPUs file. */
function readCpusetCpus(cpuset: Hierarchy, readAt: ReadFile, odd: OddValue): number | null {
  const files =
    cpuset.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
  for (const file of files) {
    const text = readAt(posix.join(cpuset.leaf, file));
    if (text === null) continue;
    const count = countCpuList(text);
    if (count !== null) return count;
    if (text.trim() !== '') odd(posix.join(cpuset.leaf, file), text);
  }
  return null;
}

function layoutOf(mounts: CgroupMount[]): CgroupLimits['layout'] {
  const v1 = mounts.some((mount) => mount.version === 1);
  const v2 = mounts.some((mount) => mount.version === 2);
  return v1 && v2 ? 'hybrid' : v2 ? 'v2' : 'v1';
}

/** Current charge, OOM kills and memory pressure of a cgroup: what the sampler reads each tick. */
export function readCgroupMemoryNow(
  limits: Pick<CgroupLimits, 'memoryCgroupDir' | 'version'>,
  readAt: ReadFile = readFileOrNull,
): { usageBytes: number | null; oomKills: number | null; pressureSomeAvg10: number | null } {
  const directory = limits.memoryCgroupDir;
  if (!directory) return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
  const v2 = limits.version === 2;
  const usageText = readAt(posix.join(directory, v2 ? 'memory.current' : 'memory.usage_in_bytes'));
  const oomText = readAt(posix.join(directory, v2 ? 'memory.events' : 'memory.oom_control'));
  const pressureText = v2 ? readAt(posix.join(directory, 'memory.pressure')) : null;
  return {
    usageBytes: usageText === null ? null : parseCounter(usageText),
    oomKills: oomText === null ? null : (parseKeyValues(oomText).get('oom_kill') ?? null),
    pressureSomeAvg10: pressureText === null ? null : parsePressureSomeAvg10(pressureText),
  };
}
