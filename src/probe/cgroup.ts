/**
 * Cgroup parsing and limit resolution. Pure: every function takes file contents (or a reader
 * passed in) and returns data. Kernel documentation: Documentation/admin-guide/cgroup-v2.rst and
 * cgroup-v1/memory.rst; see ../../docs/algorithm.md §1.
 */
import { posix } from 'node:path';

/** A line of /proc/<pid>/cgroup: `hierarchy-id:controller-list:path`. */
export interface CgroupMembership {
  hierarchyId: number;
  /** Empty for the v2 unified hierarchy (`0::/path`). */
  controllers: string[];
  path: string;
}

/** A cgroup (v1) or cgroup2 mount from /proc/<pid>/mountinfo. */
export interface CgroupMount {
  version: 1 | 2;
  /** The cgroup path that this mount shows at its mount point (field 4). */
  root: string;
  mountPoint: string;
  /** v1: controllers from the super options (`rw,memory`); v2: empty (read cgroup.controllers). */
  controllers: string[];
}

/** Parses /proc/<pid>/cgroup. Malformed lines are skipped. */
export function parseProcCgroup(text: string): CgroupMembership[] {
  const memberships: CgroupMembership[] = [];
  for (const line of text.split('\n')) {
    const first = line.indexOf(':');
    const second = line.indexOf(':', first + 1);
    if (first < 0 || second < 0) continue;
    const hierarchyId = Number(line.slice(0, first));
    if (!Number.isInteger(hierarchyId)) continue;
    const controllerList = line.slice(first + 1, second);
    memberships.push({
      hierarchyId,
      controllers: controllerList === '' ? [] : controllerList.split(','),
      path: line.slice(second + 1) || '/',
    });
  }
  return memberships;
}

/** mountinfo escapes space, tab, newline and backslash as octal (`\040`). */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}

const V1_NON_CONTROLLER_OPTIONS = new Set([
  'rw',
  'ro',
  'relatime',
  'noatime',
  'nosuid',
  'nodev',
  'noexec',
]);

/**
 * Parses the cgroup and cgroup2 mounts of /proc/<pid>/mountinfo. Line format (proc(5)):
 * `id parent major:minor root mount-point options [optional...] - fstype source super-options`.
 */
export function parseCgroupMounts(text: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of text.split('\n')) {
    const separator = line.indexOf(' - ');
    if (separator < 0) continue;
    const left = line.slice(0, separator).split(' ');
    const right = line.slice(separator + 3).split(' ');
    const [fsType, , superOptions = ''] = right;
    const root = left[3];
    const mountPoint = left[4];
    if (root === undefined || mountPoint === undefined) continue;
    if (fsType === 'cgroup2') {
      mounts.push({
        version: 2,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: [],
      });
    } else if (fsType === 'cgroup') {
      const controllers = superOptions
        .split(',')
        .filter(
          (option) =>
            option !== '' && !V1_NON_CONTROLLER_OPTIONS.has(option) && !option.includes('='),
        );
      // Named hierarchies (`name=systemd`) have no resource controllers; keep the name for matching.
      const named = superOptions.split(',').filter((option) => option.startsWith('name='));
      mounts.push({
        version: 1,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: [...controllers, ...named],
      });
    }
  }
  return mounts;
}

/**
 * The directory of a cgroup on disk. The mount shows the hierarchy from `mount.root` down; a
 * cgroup path under that root maps below the mount point. Inside a container (cgroup
 * namespace) the path is already relative to the container's root and the mount root is `/`;
 * when the path is not under the mount root at all (a container without a cgroup namespace
 * sees the host's path but only its own subtree mounted), the mount point itself is the cgroup.
 */
export function cgroupDirectory(mount: CgroupMount, cgroupPath: string): string {
  const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
  let relative: string;
  if (root === '') relative = cgroupPath;
  else if (cgroupPath === root) relative = '/';
  else if (cgroupPath.startsWith(`${root}/`)) relative = cgroupPath.slice(root.length);
  else return mount.mountPoint;
  return posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, '$1');
}

/** Directories from the leaf up to (and including) the mount point. */
export function directoriesUpToMount(leafDirectory: string, mountPoint: string): string[] {
  const clean = (path: string): string => posix.normalize(path).replace(/(.)\/+$/, '$1');
  const directories: string[] = [];
  let current = clean(leafDirectory);
  const top = clean(mountPoint);
  if (current !== top && !current.startsWith(`${top}/`)) return [top];
  while (current !== top && current !== posix.dirname(current)) {
    directories.push(current);
    current = posix.dirname(current);
  }
  directories.push(top);
  return directories;
}

/** v1 writes "no limit" as a huge page-aligned number (e.g. 9223372036854771712): ≥ 2^62 is none. */
export const V1_UNLIMITED_THRESHOLD = 2 ** 62;

export type LimitValue =
  { kind: 'limit'; bytes: number } | { kind: 'none' } | { kind: 'invalid'; text: string };

/** Parses a memory limit file (`max`, a byte count, or v1's huge "unlimited" value). */
export function parseMemoryLimit(text: string): LimitValue {
  const value = text.trim();
  if (value === 'max') return { kind: 'none' };
  if (!/^\d+$/.test(value)) return { kind: 'invalid', text: value };
  const bytes = Number(value);
  if (bytes >= V1_UNLIMITED_THRESHOLD) return { kind: 'none' };
  return { kind: 'limit', bytes };
}

/** Parses a plain non-negative integer file (usage, peak); null when odd. */
export function parseCounter(text: string): number | null {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** Reads `key value` lines (memory.stat, memory.events, memory.oom_control). */
export function parseKeyValues(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && /^-?\d+$/.test(value)) values.set(key, Number(value));
  }
  return values;
}

/** v2 `cpu.max`: `quota period` or `max period` → CPUs (quota ÷ period), null for none. */
export function parseCpuMax(text: string): number | null | 'invalid' {
  const [quota, period = '100000'] = text.trim().split(/\s+/);
  if (quota === 'max') return null;
  if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
    return 'invalid';
  return Number(quota) / Number(period);
}

/** v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us` → CPUs, null for none (quota -1). */
export function parseCfsQuota(quotaText: string, periodText: string): number | null | 'invalid' {
  const quota = quotaText.trim();
  const period = periodText.trim();
  if (quota === '-1') return null;
  if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) return 'invalid';
  return Number(quota) / Number(period);
}

/** Counts CPUs in a kernel list such as `0-3,8,10-11`; null when empty or malformed. */
export function countCpuList(text: string): number | null {
  const list = text.trim();
  if (list === '') return null;
  let count = 0;
  for (const part of list.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) return null;
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (end < start) return null;
    count += end - start + 1;
  }
  return count;
}

/** The PSI `some avg10` percentage from a `memory.pressure` file. */
export function parsePressureSomeAvg10(text: string): number | null {
  const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
  return match ? Number(match[1]) : null;
}
