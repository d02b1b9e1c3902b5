import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/shared/units.ts
/**
 * Sizes and durations: the one place that converts and parses them.
 *
 * Binary units throughout: `M`, `MB`, `MiB` and `m` all mean 2^20 bytes, because that is what
 * memory limits (`docker --memory 2g`, Kubernetes `Gi`, cgroup files) and `ps` mean in practice.
 * Reading `MB` as MiB gives 4.9% more bytes than the SI reading; README and action.yml say so.
 */
const units_KiB = 1024;
const MiB = 1024 * units_KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
const UNIT_BYTES = { '': 1, k: units_KiB, m: MiB, g: GiB, t: TiB };
/** The accepted size format, for error messages. */
const SIZE_FORMAT = 'a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024';
/**
 * Parses a human size into bytes (rounded down to a whole byte).
 * Returns `null` when the text is not a size, so callers can name the input in their error.
 * @example parseSize('1.5G') === 1610612736
 */
function parseSize(text) {
    const match = SIZE_PATTERN.exec(text);
    if (!match)
        return null;
    const [, amount, unit = '', suffix = ''] = match;
    // A bare `i` (as in `5i`) or `iB` without a unit letter is not a size.
    if (unit === '' && suffix.toLowerCase().startsWith('i'))
        return null;
    const bytes = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
    if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER)
        return null;
    return Math.floor(bytes);
}
/** The accepted duration format, for error messages. */
const DURATION_FORMAT = 'a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)';
const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
const DURATION_MS = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000 };
/** Parses a duration into whole milliseconds; `null` when it is not one. */
function parseDurationMs(text) {
    const match = DURATION_PATTERN.exec(text);
    if (!match)
        return null;
    const [, amount, unit = ''] = match;
    const ms = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
    return Number.isFinite(ms) ? Math.round(ms) : null;
}
/** Bytes to whole mebibytes, rounded down (what the `*-mb` outputs report). */
function toMiB(bytes) {
    return Math.floor(bytes / MiB);
}
/** A short human form: `512 MiB`, `1.5 GiB`, `23.5 GiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    const sign = bytes < 0 ? '-' : '';
    const abs = Math.abs(bytes);
    if (abs >= GiB)
        return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
    if (abs >= MiB)
        return `${sign}${Math.round(abs / MiB)} MiB`;
    if (abs >= units_KiB)
        return `${sign}${Math.round(abs / units_KiB)} KiB`;
    return `${sign}${abs} B`;
}
/** A short human duration: `850 ms`, `12.3 s`, `4 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 59_950)
        return `${trimZeros((ms / 1000).toFixed(1))} s`;
    // Whole seconds first, so that 299,999.9 ms reads 5 min, not 4 min 60 s.
    const totalSeconds = Math.round(ms / 1000);
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function trimZeros(fixed) {
    return fixed.replace(/\.0+$/, '');
}

;// CONCATENATED MODULE: ./src/sampler/fallback.ts
/**
 * Process listings for macOS and Windows, where there is no /proc: ONE listing command per tick
 * (never one per process), at a lower rate than on Linux. Parsing is pure and tested with
 * captured output; the command runs in the sampler's own process, off the job's critical path.
 */



/** The slowest rate the fallbacks sample at: a listing costs tens of milliseconds of CPU. */
const fallback_FALLBACK_MIN_INTERVAL_MS = 2000;
/** `ps -axo pid=,ppid=,rss=,comm=` (macOS: rss in KiB, comm the executable's path). */
function parsePsOutput(text) {
    const processes = [];
    for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
        if (!match)
            continue;
        const [, pid, ppid, rssKiB, command = ''] = match;
        processes.push({
            pid: Number(pid),
            ppid: Number(ppid),
            startTime: 0,
            rssBytes: Number(rssKiB) * units_KiB,
            name: (0,external_node_path_namespaceObject.basename)(command),
        });
    }
    return processes;
}
/** Lines `pid,ppid,workingSetBytes,name` printed by the PowerShell command below. */
function parseWindowsListing(text) {
    const processes = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^(\d+),(\d+),(\d+),(.+)$/.exec(line.trim());
        if (!match)
            continue;
        const [, pid, ppid, workingSet, name = ''] = match;
        processes.push({
            pid: Number(pid),
            ppid: Number(ppid),
            startTime: 0,
            rssBytes: Number(workingSet),
            name: external_node_path_namespaceObject.win32.basename(name),
        });
    }
    return processes;
}
const WINDOWS_LISTING = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId),$($_.ParentProcessId),$($_.WorkingSetSize),$($_.Name)" }';
/** The listing source for this platform, or null on Linux (use /proc) and unknown systems. */
function listingSource(platform) {
    if (platform === 'darwin') {
        return {
            name: 'ps',
            snapshot: () => parsePsOutput((0,external_node_child_process_namespaceObject.execFileSync)('ps', ['-axo', 'pid=,ppid=,rss=,comm='], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
            })),
            close: () => undefined,
        };
    }
    if (platform === 'win32') {
        return {
            name: 'tasklist',
            snapshot: () => parseWindowsListing((0,external_node_child_process_namespaceObject.execFileSync)('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_LISTING], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
                windowsHide: true,
            })),
            close: () => undefined,
        };
    }
    return null;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/shared/errors.ts
/**
 * The few errors the product raises on purpose. Only `InputError` fails a step (invalid
 * configuration); everything else is caught at the boundary and turned into a warning.
 */
/** Invalid configuration: names the input, the value received and the accepted format. */
class InputError extends Error {
    name = 'InputError';
    input;
    value;
    expected;
    constructor(input, value, expected) {
        super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** A run profile that failed validation; carries the reason so callers can count and report it. */
class ProfileError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ProfileError';
}
/** An artifact refused by the safe fetcher (too large, unsafe path, too many entries...). */
class UnsafeArtifactError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'UnsafeArtifactError';
}
/** The message of anything thrown, for warnings. */
function errors_errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/probe/cgroup.ts
/**
 * Cgroup parsing and limit resolution. Pure: every function takes file contents (or a reader
 * passed in) and returns data. Kernel documentation: Documentation/admin-guide/cgroup-v2.rst and
 * cgroup-v1/memory.rst; see ../../docs/algorithm.md §1.
 */

/** Parses /proc/<pid>/cgroup. Malformed lines are skipped. */
function cgroup_parseProcCgroup(text) {
    const memberships = [];
    for (const line of text.split('\n')) {
        const first = line.indexOf(':');
        const second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        const hierarchyId = Number(line.slice(0, first));
        if (!Number.isInteger(hierarchyId))
            continue;
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
function unescapeMountField(field) {
    return field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
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
function cgroup_parseCgroupMounts(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const separator = line.indexOf(' - ');
        if (separator < 0)
            continue;
        const left = line.slice(0, separator).split(' ');
        const right = line.slice(separator + 3).split(' ');
        const [fsType, , superOptions = ''] = right;
        const root = left[3];
        const mountPoint = left[4];
        if (root === undefined || mountPoint === undefined)
            continue;
        if (fsType === 'cgroup2') {
            mounts.push({
                version: 2,
                root: unescapeMountField(root),
                mountPoint: unescapeMountField(mountPoint),
                controllers: [],
            });
        }
        else if (fsType === 'cgroup') {
            const controllers = superOptions
                .split(',')
                .filter((option) => option !== '' && !V1_NON_CONTROLLER_OPTIONS.has(option) && !option.includes('='));
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
function cgroup_cgroupDirectory(mount, cgroupPath) {
    const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
    let relative;
    if (root === '')
        relative = cgroupPath;
    else if (cgroupPath === root)
        relative = '/';
    else if (cgroupPath.startsWith(`${root}/`))
        relative = cgroupPath.slice(root.length);
    else
        return mount.mountPoint;
    return posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, '$1');
}
/** Directories from the leaf up to (and including) the mount point. */
function cgroup_directoriesUpToMount(leafDirectory, mountPoint) {
    const clean = (path) => posix.normalize(path).replace(/(.)\/+$/, '$1');
    const directories = [];
    let current = clean(leafDirectory);
    const top = clean(mountPoint);
    if (current !== top && !current.startsWith(`${top}/`))
        return [top];
    while (current !== top && current !== posix.dirname(current)) {
        directories.push(current);
        current = posix.dirname(current);
    }
    directories.push(top);
    return directories;
}
/** v1 writes "no limit" as a huge page-aligned number (e.g. 9223372036854771712): ≥ 2^62 is none. */
const V1_UNLIMITED_THRESHOLD = (/* unused pure expression or super */ null && (2 ** 62));
/** Parses a memory limit file (`max`, a byte count, or v1's huge "unlimited" value). */
function cgroup_parseMemoryLimit(text) {
    const value = text.trim();
    if (value === 'max')
        return { kind: 'none' };
    if (!/^\d+$/.test(value))
        return { kind: 'invalid', text: value };
    const bytes = Number(value);
    if (bytes >= V1_UNLIMITED_THRESHOLD)
        return { kind: 'none' };
    return { kind: 'limit', bytes };
}
/** Parses a plain non-negative integer file (usage, peak); null when odd. */
function cgroup_parseCounter(text) {
    const value = text.trim();
    return /^\d+$/.test(value) ? Number(value) : null;
}
/** Reads `key value` lines (memory.stat, memory.events, memory.oom_control). */
function cgroup_parseKeyValues(text) {
    const values = new Map();
    for (const line of text.split('\n')) {
        const [key, value] = line.trim().split(/\s+/);
        if (key && value !== undefined && /^-?\d+$/.test(value))
            values.set(key, Number(value));
    }
    return values;
}
/** v2 `cpu.max`: `quota period` or `max period` → CPUs (quota ÷ period), null for none. */
function cgroup_parseCpuMax(text) {
    const [quota, period = '100000'] = text.trim().split(/\s+/);
    if (quota === 'max')
        return null;
    if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us` → CPUs, null for none (quota -1). */
function cgroup_parseCfsQuota(quotaText, periodText) {
    const quota = quotaText.trim();
    const period = periodText.trim();
    if (quota === '-1')
        return null;
    if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** Counts CPUs in a kernel list such as `0-3,8,10-11`; null when empty or malformed. */
function cgroup_countCpuList(text) {
    const list = text.trim();
    if (list === '')
        return null;
    let count = 0;
    for (const part of list.split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!match)
            return null;
        const start = Number(match[1]);
        const end = match[2] === undefined ? start : Number(match[2]);
        if (end < start)
            return null;
        count += end - start + 1;
    }
    return count;
}
/** The PSI `some avg10` percentage from a `memory.pressure` file. */
function parsePressureSomeAvg10(text) {
    const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
    return match ? Number(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * The probe: what this machine (and this container) can give a job. Linux reads /proc and the
 * cgroup files directly, a few small reads (~0.2 ms each), no subprocess; macOS and Windows ask a
 * host adapter (systeminformation, loaded only there) for available memory as the OS counts it and
 * physical cores. Trouble never throws: it falls back and says so once in `warnings`.
 */








function readFileOrNull(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** node:os facts, read when the probe runs (never at import). */
function currentOsFacts() {
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
async function probeMachine(options = {}) {
    const { readHost, ...probeOptions } = options;
    const platform = options.platform ?? options.os?.platform ?? process.platform;
    if (platform === 'linux')
        return probeCapacity(probeOptions);
    const read = readHost ?? ((name) => readHostWithSystemInformation({ platform: name }));
    let host;
    try {
        host = await read(platform);
    }
    catch (error) {
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
function probeCapacity(options = {}) {
    const facts = { ...currentOsFacts(), ...options.os };
    const platform = options.platform ?? facts.platform;
    const root = options.root ?? '';
    const read = options.readFile ?? readFileOrNull;
    const readAt = (path) => read(root + path);
    const warnings = new Warnings();
    const logicalCpus = Math.max(1, facts.logicalCpus);
    let hostTotal = facts.totalMemoryBytes;
    let hostAvailable = facts.freeMemoryBytes;
    let swapTotal = null;
    let swapFree = null;
    let affinityCpus = null;
    let physicalCpus = null;
    let cgroup = null;
    if (platform === 'linux') {
        const procDir = `/proc/${options.pid ?? 'self'}`;
        const meminfo = readAt('/proc/meminfo');
        if (meminfo === null) {
            warnings.add('Could not read /proc/meminfo: using what Node reports for memory.');
        }
        else {
            const memory = parseMeminfo(meminfo);
            if (memory.totalBytes !== null)
                hostTotal = memory.totalBytes;
            if (memory.availableBytes !== null)
                hostAvailable = memory.availableBytes;
            else
                warnings.add('/proc/meminfo has no MemAvailable: estimating it from MemFree, Buffers and Cached.');
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
    }
    else if (options.host) {
        hostTotal = options.host.totalMemoryBytes;
        hostAvailable = options.host.availableMemoryBytes;
        physicalCpus = options.host.physicalCpus;
        swapTotal = options.host.swapTotalBytes;
        swapFree = options.host.swapFreeBytes;
        for (const note of options.host.notes)
            warnings.add(note);
    }
    const ceiling = cgroup?.memoryLimitBytes ?? null;
    const memoryLimitBytes = ceiling === null ? hostTotal : Math.min(hostTotal, ceiling);
    let memoryAvailableBytes = Math.min(hostAvailable, memoryLimitBytes);
    if (ceiling !== null && cgroup) {
        // The working set, as kubelet computes it: the charge minus reclaimable inactive file cache.
        const workingSet = cgroup.memoryUsageBytes === null
            ? 0
            : Math.max(0, cgroup.memoryUsageBytes - (cgroup.memoryInactiveFileBytes ?? 0));
        memoryAvailableBytes = Math.min(memoryAvailableBytes, Math.max(0, ceiling - workingSet));
    }
    const cpuCandidates = [
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
    let cpuBinding = 'host';
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
    seen = new Set();
    add(message) {
        this.seen.add(message);
    }
    list() {
        return [...this.seen];
    }
}
/** /proc/meminfo values are in kB (KiB). */
function parseMeminfo(text) {
    const values = new Map();
    for (const match of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB$/gm)) {
        const [, key, value] = match;
        if (key && value)
            values.set(key, Number(value) * KiB);
    }
    const get = (key) => values.get(key) ?? null;
    const free = get('MemFree');
    return {
        totalBytes: get('MemTotal'),
        availableBytes: get('MemAvailable'),
        // Kernels before 3.14 lack MemAvailable; free + buffers + page cache is the usual stand-in.
        fallbackAvailableBytes: free === null ? null : free + (get('Buffers') ?? 0) + (get('Cached') ?? 0),
        swapTotalBytes: get('SwapTotal'),
        swapFreeBytes: get('SwapFree'),
    };
}
/** Distinct (physical id, core id) pairs of /proc/cpuinfo; null when it does not list them. */
function countPhysicalCores(cpuinfo) {
    const cores = new Set();
    for (const block of cpuinfo.split(/\n\s*\n/)) {
        const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
        const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
        if (physical !== undefined && core !== undefined)
            cores.add(`${physical}:${core}`);
    }
    return cores.size > 0 ? cores.size : null;
}
/**
 * The hierarchy that holds a controller. A controller is bound to one hierarchy at a time: v2 when
 * the unified mount lists it in cgroup.controllers, otherwise the v1 mount that names it. Hybrid
 * hosts (v1 controllers plus a unified mount without them) resolve to v1.
 */
function hierarchyFor(controller, memberships, mounts, readAt) {
    const unified = memberships.find((membership) => membership.hierarchyId === 0 && membership.controllers.length === 0);
    for (const mount of mounts.filter((candidate) => candidate.version === 2)) {
        if (!unified)
            break;
        const leaf = cgroupDirectory(mount, unified.path);
        const available = readAt(posix.join(mount.mountPoint, 'cgroup.controllers')) ??
            readAt(posix.join(leaf, 'cgroup.controllers'));
        if (available?.split(/\s+/).includes(controller))
            return { version: 2, mount, membership: unified, leaf };
    }
    for (const mount of mounts.filter((candidate) => candidate.version === 1)) {
        if (!mount.controllers.includes(controller))
            continue;
        const membership = memberships.find((candidate) => candidate.controllers.includes(controller));
        if (membership)
            return { version: 1, mount, membership, leaf: cgroupDirectory(mount, membership.path) };
    }
    return null;
}
function probeCgroup(readAt, procDir, warnings) {
    const cgroupText = readAt(`${procDir}/cgroup`);
    const mountText = readAt(`${procDir}/mountinfo`);
    if (cgroupText === null || mountText === null) {
        warnings.add(`Could not read ${procDir}/cgroup or mountinfo: container limits are unknown, planning on the host's.`);
        return null;
    }
    const memberships = parseProcCgroup(cgroupText);
    const mounts = parseCgroupMounts(mountText);
    const memory = hierarchyFor('memory', memberships, mounts, readAt);
    const cpu = hierarchyFor('cpu', memberships, mounts, readAt);
    const cpuset = hierarchyFor('cpuset', memberships, mounts, readAt);
    if (!memory && !cpu && !cpuset)
        return null;
    const odd = (path, text) => warnings.add(`Ignoring ${path}: unexpected value ${JSON.stringify(text.trim().slice(0, 40))}.`);
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
const NO_MEMORY_FACTS = {
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
function readMemoryFacts(memory, readAt, odd) {
    const v2 = memory.version === 2;
    let memoryLimitBytes = null;
    let memoryLimitSource = null;
    const considerLimit = (path, text) => {
        if (text === null)
            return;
        const value = parseMemoryLimit(text);
        if (value.kind === 'invalid')
            odd(path, value.text);
        else if (value.kind === 'limit' &&
            (memoryLimitBytes === null || value.bytes < memoryLimitBytes)) {
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
    const statValues = stat === null ? new Map() : parseKeyValues(stat);
    const hierarchical = statValues.get('hierarchical_memory_limit');
    if (!v2 && hierarchical !== undefined) {
        considerLimit(`${posix.join(memory.leaf, 'memory.stat')} (hierarchical_memory_limit)`, String(hierarchical));
    }
    const usagePath = posix.join(memory.leaf, v2 ? 'memory.current' : 'memory.usage_in_bytes');
    const usageText = readAt(usagePath);
    const usage = usageText === null ? null : parseCounter(usageText);
    if (usageText !== null && usage === null)
        odd(usagePath, usageText);
    const peakText = readAt(posix.join(memory.leaf, v2 ? 'memory.peak' : 'memory.max_usage_in_bytes'));
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
function readCpuQuota(cpu, readAt, odd) {
    let cpuQuota = null;
    for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
        let quota;
        if (cpu.version === 2) {
            const path = posix.join(directory, 'cpu.max');
            const text = readAt(path);
            if (text === null)
                continue;
            quota = parseCpuMax(text);
            if (quota === 'invalid')
                odd(path, text);
        }
        else {
            const path = posix.join(directory, 'cpu.cfs_quota_us');
            const quotaText = readAt(path);
            const periodText = readAt(posix.join(directory, 'cpu.cfs_period_us'));
            if (quotaText === null || periodText === null)
                continue;
            quota = parseCfsQuota(quotaText, periodText);
            if (quota === 'invalid')
                odd(path, quotaText);
        }
        if (typeof quota === 'number' && quota > 0 && (cpuQuota === null || quota < cpuQuota))
            cpuQuota = quota;
    }
    return cpuQuota;
}
/** CPUs the cpuset lets the job use, from the first readable effective-CPUs file. */
function readCpusetCpus(cpuset, readAt, odd) {
    const files = cpuset.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
    for (const file of files) {
        const text = readAt(posix.join(cpuset.leaf, file));
        if (text === null)
            continue;
        const count = countCpuList(text);
        if (count !== null)
            return count;
        if (text.trim() !== '')
            odd(posix.join(cpuset.leaf, file), text);
    }
    return null;
}
function layoutOf(mounts) {
    const v1 = mounts.some((mount) => mount.version === 1);
    const v2 = mounts.some((mount) => mount.version === 2);
    return v1 && v2 ? 'hybrid' : v2 ? 'v2' : 'v1';
}
/** Current charge, OOM kills and memory pressure of a cgroup: what the sampler reads each tick. */
function readCgroupMemoryNow(limits, readAt = readFileOrNull) {
    const directory = limits.memoryCgroupDir;
    if (!directory)
        return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
    const v2 = limits.version === 2;
    const usageText = readAt(external_node_path_namespaceObject.posix.join(directory, v2 ? 'memory.current' : 'memory.usage_in_bytes'));
    const oomText = readAt(external_node_path_namespaceObject.posix.join(directory, v2 ? 'memory.events' : 'memory.oom_control'));
    const pressureText = v2 ? readAt(external_node_path_namespaceObject.posix.join(directory, 'memory.pressure')) : null;
    return {
        usageBytes: usageText === null ? null : cgroup_parseCounter(usageText),
        oomKills: oomText === null ? null : (cgroup_parseKeyValues(oomText).get('oom_kill') ?? null),
        pressureSomeAvg10: pressureText === null ? null : parsePressureSomeAvg10(pressureText),
    };
}

;// CONCATENATED MODULE: ./src/sampler/proc-reader.ts
/**
 * Reads every process's memory from Linux /proc with one read per process per tick.
 *
 * Cost (docs/measurements.md M3, ~280 processes): re-reading /proc/PID/stat through a file descriptor kept
 * open and read at offset 0 takes ~4 ms a tick, against ~10 ms for readFileSync and ~450 ms for a
 * `ps`-based listing. The descriptor is opened when a PID first appears and closed when it goes.
 * A process is identified by (pid, starttime), so a reused PID is a new process. A process that
 * execs keeps both, so its name is looked up again when its stat shows the exec (see `execed`).
 */


/** x86-64 and arm64 Linux use 4 KiB pages for RSS accounting in /proc/PID/stat. */
const DEFAULT_PAGE_SIZE_BYTES = 4096;
const STAT_BUFFER_BYTES = 1024;
/**
 * Parses /proc/PID/stat. The command name sits in parentheses and may itself contain spaces and
 * `)`, so the fields are counted from the LAST `)`: after it come state (field 3), ppid (4), ...,
 * starttime (22) and rss (24) (proc(5)).
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return null;
    const pid = Number(text.slice(0, open).trim());
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): field N is fields[N - 3].
    const ppid = Number(fields[1]);
    const startTime = Number(fields[19]);
    const rssPages = Number(fields[21]);
    if (![pid, ppid, startTime, rssPages].every(Number.isFinite))
        return null;
    const stat = { pid, comm: text.slice(open + 1, close), ppid, startTime, rssPages };
    const codeStart = Number(fields[23]);
    const codeEnd = Number(fields[24]);
    if (fields[24] !== undefined && fields[24] !== '' && Number.isFinite(codeStart + codeEnd)) {
        stat.codeStart = codeStart;
        stat.codeEnd = codeEnd;
    }
    return stat;
}
const CLOSE_PAREN = 0x29;
const SPACE = 0x20;
/**
 * The same fields as `parseStat`, read straight from the bytes without splitting the line into
 * ~50 strings: this runs for every process on every tick, so allocations matter.
 */
function parseStatBuffer(buffer, length, pid) {
    let close = length - 1;
    while (close >= 0 && buffer[close] !== CLOSE_PAREN)
        close--;
    const open = buffer.indexOf(0x28);
    if (close < 0 || open < 0 || open > close)
        return null;
    // Field 3 (state) starts two bytes after `)`; count fields from there.
    let field = 3;
    let value = 0;
    let ppid = -1;
    let startTime = -1;
    let rssPages = -1;
    let codeStart = -1;
    let codeEnd = -1;
    for (let index = close + 2; index <= length; index++) {
        const byte = index < length ? buffer[index] : SPACE;
        if (byte === SPACE || byte === 0x0a) {
            if (field === 4)
                ppid = value;
            else if (field === 22)
                startTime = value;
            else if (field === 24)
                rssPages = value;
            else if (field === 26)
                codeStart = value;
            else if (field === 27) {
                codeEnd = value;
                break;
            }
            if (byte === 0x0a)
                break;
            field++;
            value = 0;
        }
        else if (byte >= 0x30 && byte <= 0x39)
            value = value * 10 + (byte - 0x30);
    }
    if (ppid < 0 || startTime < 0 || rssPages < 0)
        return null;
    const comm = buffer.toString('latin1', open + 1, close);
    return codeEnd < 0
        ? { pid, comm, ppid, startTime, rssPages }
        : { pid, comm, ppid, startTime, rssPages, codeStart, codeEnd };
}
/**
 * Whether a process exec'd between two readings of its stat: comm changed (the new program's
 * name), or the program's text moved. The text range catches an exec that keeps comm (a shim
 * script named `python` exec'ing the real `python`, a wrapper `node` exec'ing node); it is only
 * compared while both readings have a memory map to show (0 and 1 are "none" and "hidden").
 */
function execed(before, after) {
    if (before.comm !== after.comm)
        return true;
    const shown = (value) => value !== undefined && value > 1;
    if (!shown(before.codeStart) || !shown(after.codeStart))
        return false;
    return before.codeStart !== after.codeStart || before.codeEnd !== after.codeEnd;
}
/** The executable's basename from an /proc/PID/exe link target (`/usr/bin/node (deleted)` → node). */
function nameFromExe(target) {
    return (0,external_node_path_namespaceObject.basename)(target.replace(/ \(deleted\)$/, ''));
}
/** The basename of argv[0] only: everything after the first NUL (the arguments) is dropped. */
function nameFromCmdline(cmdline) {
    const argv0 = cmdline.split('\0', 1)[0] ?? '';
    return (0,external_node_path_namespaceObject.basename)(argv0.split(' ', 1)[0] ?? '');
}
class ProcReader {
    procRoot;
    pageSize;
    tracked = new Map();
    buffer = Buffer.alloc(STAT_BUFFER_BYTES);
    /** PIDs listed in /proc by the last snapshot. */
    lastListed = new Set();
    constructor(options = {}) {
        this.procRoot = options.procRoot ?? '/proc';
        this.pageSize = options.pageSizeBytes ?? DEFAULT_PAGE_SIZE_BYTES;
    }
    /**
     * Every readable process now, except the PIDs in `skip` (listed but not read: the sampler
     * skips processes it already knows are outside the job, so a tick costs a read per job
     * process, not per process on the machine). Processes that vanish mid-read, or are not ours
     * (EACCES), are left out.
     */
    snapshot(skip) {
        const seen = new Set();
        const result = [];
        for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(this.procRoot)) {
            const first = entry.charCodeAt(0);
            if (first < 48 || first > 57)
                continue;
            const pid = Number(entry);
            seen.add(pid);
            if (skip?.has(pid)) {
                this.forget(pid);
                continue;
            }
            const stat = this.readStat(pid);
            if (!stat)
                continue;
            const tracked = this.tracked.get(pid);
            if (!tracked)
                continue;
            // A new process, or one that exec'd (a forked shell becoming `node`): look the name up.
            if (tracked.name === null || tracked.startTime !== stat.startTime || execed(tracked, stat)) {
                tracked.name = this.nameOf(pid, stat.comm);
            }
            tracked.startTime = stat.startTime;
            tracked.comm = stat.comm;
            tracked.codeStart = stat.codeStart;
            tracked.codeEnd = stat.codeEnd;
            result.push({
                pid,
                ppid: stat.ppid,
                startTime: stat.startTime,
                rssBytes: stat.rssPages * this.pageSize,
                name: tracked.name,
            });
        }
        for (const pid of this.tracked.keys())
            if (!seen.has(pid))
                this.forget(pid);
        this.lastListed = seen;
        return result;
    }
    /** PIDs listed by the last snapshot, read or skipped. */
    listed() {
        return this.lastListed;
    }
    /** Closes every kept descriptor. */
    close() {
        for (const pid of [...this.tracked.keys()])
            this.forget(pid);
    }
    readStat(pid) {
        let tracked = this.tracked.get(pid);
        if (!tracked) {
            try {
                tracked = {
                    fd: (0,external_node_fs_namespaceObject.openSync)(`${this.procRoot}/${pid}/stat`, 'r'),
                    startTime: -1,
                    comm: '',
                    codeStart: undefined,
                    codeEnd: undefined,
                    name: null,
                };
            }
            catch {
                return null;
            }
            this.tracked.set(pid, tracked);
        }
        try {
            const bytes = (0,external_node_fs_namespaceObject.readSync)(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
            return parseStatBuffer(this.buffer, bytes, pid);
        }
        catch {
            // ESRCH: the process exited after readdir; the descriptor is stale.
            this.forget(pid);
            return null;
        }
    }
    /**
     * The executable name, never the arguments: /proc/PID/exe, else argv[0] of /proc/PID/cmdline,
     * else comm. comm comes last because Node 24 renames its main thread `MainThread`.
     */
    nameOf(pid, comm) {
        try {
            const name = nameFromExe((0,external_node_fs_namespaceObject.readlinkSync)(`${this.procRoot}/${pid}/exe`));
            if (name)
                return name;
        }
        catch {
            // Another user's process (EACCES) or a kernel thread (ENOENT).
        }
        try {
            const name = nameFromCmdline((0,external_node_fs_namespaceObject.readFileSync)(`${this.procRoot}/${pid}/cmdline`, 'latin1'));
            if (name)
                return name;
        }
        catch {
            // Gone already.
        }
        return comm;
    }
    forget(pid) {
        const tracked = this.tracked.get(pid);
        if (!tracked)
            return;
        this.tracked.delete(pid);
        try {
            (0,external_node_fs_namespaceObject.closeSync)(tracked.fd);
        }
        catch {
            // Already closed.
        }
    }
}
/**
 * The job's processes: every descendant of `rootPid` (by ppid, transitively), excluding the
 * sampler and its own descendants. The root itself (the runner worker) is excluded too: its
 * memory is the runner's, not the job's.
 */
function jobProcesses(processes, rootPid, excludePid) {
    const children = new Map();
    for (const process of processes) {
        const siblings = children.get(process.ppid);
        if (siblings)
            siblings.push(process);
        else
            children.set(process.ppid, [process]);
    }
    const result = [];
    const stack = [rootPid];
    while (stack.length > 0) {
        const parent = stack.pop();
        for (const child of children.get(parent) ?? []) {
            if (child.pid === excludePid || child.pid === rootPid)
                continue;
            result.push(child);
            stack.push(child.pid);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sampler/sampler.ts
/**
 * One sampling tick → lines of the samples file (see ./types.ts). The loop, the file and the
 * signals live in ./main.ts; this part is driven by tests directly.
 */




const MEMINFO_BUFFER_BYTES = 4096;
/** MemTotal − MemAvailable from /proc/meminfo text, in bytes; null when either is missing. */
function usedMemoryFromMeminfo(text) {
    const total = /^MemTotal:\s+(\d+) kB/m.exec(text)?.[1];
    const available = /^MemAvailable:\s+(\d+) kB/m.exec(text)?.[1];
    if (total === undefined || available === undefined)
        return null;
    return (Number(total) - Number(available)) * units_KiB;
}
function procSource(procRoot) {
    const reader = new ProcReader(procRoot === undefined ? {} : { procRoot });
    return {
        name: 'proc',
        snapshot: (skip) => reader.snapshot(skip),
        listed: () => reader.listed(),
        close: () => reader.close(),
    };
}
/** MemTotal − MemAvailable, re-read through a descriptor kept open (one read per tick). */
function meminfoReader(procRoot) {
    const buffer = Buffer.alloc(MEMINFO_BUFFER_BYTES);
    let fd = null;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(`${procRoot}/meminfo`, 'r');
    }
    catch {
        fd = null;
    }
    return {
        usedBytes() {
            if (fd === null)
                return null;
            try {
                const bytes = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, MEMINFO_BUFFER_BYTES, 0);
                return usedMemoryFromMeminfo(buffer.toString('latin1', 0, bytes));
            }
            catch {
                return null;
            }
        },
        close() {
            if (fd !== null)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            fd = null;
        },
    };
}
/**
 * PIDs seen outside the job. A process never moves into the job's tree (a parent only changes by
 * reparenting to init or a subreaper), so they are not read again while their PID stays listed.
 * A PID reused within one interval would be missed; at 100 ms or more that is not a practical
 * risk. Outsiders no longer listed are forgotten; without a listing nothing is skipped.
 */
function nextOutsiders(outsiders, listed, all, inJob, rootPid) {
    const next = new Set();
    if (!listed)
        return next;
    for (const pid of outsiders)
        if (listed.has(pid))
            next.add(pid);
    for (const process of all)
        if (!inJob.has(process.pid) && process.pid !== rootPid)
            next.add(process.pid);
    return next;
}
/** The job's processes, parents before children (a child's `parent` id must exist first). */
function parentsFirst(job) {
    const byPid = new Map(job.map((process) => [process.pid, process]));
    const depth = (process) => {
        let level = 0;
        for (let parent = byPid.get(process.ppid); parent && level < 1000; parent = byPid.get(parent.ppid))
            level++;
        return level;
    };
    return [...job].sort((a, b) => depth(a) - depth(b));
}
function createSampler(options) {
    const reader = options.processSource ?? procSource(options.procRoot);
    const meminfo = meminfoReader(options.procRoot ?? '/proc');
    /** Job processes by "pid:starttime" → the id written in the samples file. */
    const ids = new Map();
    let nextId = 1;
    let alive = new Set();
    let outsiders = new Set();
    options.write({
        k: 'start',
        v: 1,
        t: options.clock(),
        wall: (options.now?.() ?? new Date()).toISOString(),
        intervalMs: options.intervalMs,
        source: reader.name,
        rootPid: options.rootPid,
        samplerPid: options.samplerPid,
    });
    /** The `proc` line last written for each id: written again when the process execs. */
    const written = new Map();
    /**
     * The process's id, writing its `proc` line the first time it is seen and again, with the same
     * id, when its name changes (it exec'd: `sh -c 'exec node …'` is a node worker, not `sh`).
     */
    const idOf = (process, byPid, t) => {
        const key = `${process.pid}:${process.startTime}`;
        let id = ids.get(key);
        if (id === undefined) {
            id = nextId++;
            ids.set(key, id);
            const parent = byPid.get(process.ppid);
            const parentId = parent ? (ids.get(`${parent.pid}:${parent.startTime}`) ?? null) : null;
            const line = {
                k: 'proc',
                id,
                pid: process.pid,
                parent: parentId,
                name: process.name,
                t,
            };
            written.set(id, line);
            options.write(line);
        }
        else {
            const last = written.get(id);
            if (last && last.name !== process.name) {
                const renamed = { ...last, name: process.name, t };
                written.set(id, renamed);
                options.write(renamed);
            }
        }
        return id;
    };
    return {
        tick() {
            const t = options.clock();
            const all = reader.snapshot(outsiders);
            const rootAlive = all.some((process) => process.pid === options.rootPid);
            const job = jobProcesses(all, options.rootPid, options.samplerPid);
            const inJob = new Set(job.map((process) => process.pid));
            outsiders = nextOutsiders(outsiders, reader.listed?.(), all, inJob, options.rootPid);
            const byPid = new Map(job.map((process) => [process.pid, process]));
            const sample = [];
            const nowAlive = new Set();
            for (const process of parentsFirst(job)) {
                const id = idOf(process, byPid, t);
                nowAlive.add(id);
                sample.push([id, process.rssBytes]);
            }
            for (const id of alive)
                if (!nowAlive.has(id)) {
                    options.write({ k: 'exit', id, t, signal: null });
                    written.delete(id);
                }
            alive = nowAlive;
            const cgroup = options.cgroup?.memoryCgroupDir ? readCgroupMemoryNow(options.cgroup) : null;
            options.write({
                k: 's',
                t,
                sys: meminfo.usedBytes(),
                cg: cgroup?.usageBytes ?? null,
                oom: cgroup?.oomKills ?? null,
                psi: cgroup?.pressureSomeAvg10 ?? null,
                p: sample,
            });
            return rootAlive;
        },
        close(reason) {
            options.write({ k: 'stop', t: options.clock(), reason });
            reader.close();
            meminfo.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/sampler/types.ts
/**
 * The samples file: JSON Lines appended by the sampler as it goes, so a crash loses at most the
 * last (possibly truncated) line. Times are milliseconds of the system's monotonic clock
 * (`process.hrtime`), shared by every process of the job. Sizes in bytes.
 * Never holds command-line arguments or environment values: only executable basenames.
 */

/**
 * The sampler's hard maximum lifetime: 6 h 10 min, past the longest a job runs by default
 * (`timeout-minutes` defaults to 360), so a sampler whose post step never ran cannot outlive it.
 */
const types_SAMPLER_MAX_LIFETIME_MS = (6 * 60 + 10) * 60_000;
/** Where a sampler started in `directory` writes its samples and its own log. */
function types_samplerFiles(directory) {
    return { samplesFile: join(directory, 'samples.jsonl'), logFile: join(directory, 'sampler.log') };
}

;// CONCATENATED MODULE: ./src/sampler/spawn.ts
/**
 * Starting and stopping the detached sampler from the action's steps (as the runner treats
 * background processes, actions/runner): spawned
 * detached with its output in files (a child holding the step's pipes would make the runner wait
 * and then kill it), unref()'d so the step can exit, and with the environment kept so the runner
 * can still find it by RUNNER_TRACKING_ID at job end.
 *
 * Post stops it by its identity, never by a bare PID: the system reuses PIDs, so a sampler that
 * crashed (or a job state naming another PID) must not turn into a signal to an unrelated
 * process. The identity (PID, start time, executable) is read when the sampler starts and again
 * before every signal; a process that does not match is not signalled. How well a process can be
 * identified depends on the system (see `readProcessStatus`).
 */





/** V8 flags for the sampler process: 1 MiB semi-spaces, 64 MiB old space. */
const SAMPLER_NODE_FLAGS = (/* unused pure expression or super */ null && (['--max-semi-space-size=1', '--max-old-space-size=64']));
function spawnSampler(options) {
    mkdirSync(options.directory, { recursive: true });
    const { samplesFile, logFile } = samplerFiles(options.directory);
    const platform = options.platform ?? process.platform;
    const args = [
        options.script,
        '--out',
        samplesFile,
        '--root-pid',
        String(options.rootPid),
        '--interval-ms',
        String(options.intervalMs),
        '--max-lifetime-ms',
        String(options.maxLifetimeMs ?? SAMPLER_MAX_LIFETIME_MS),
    ];
    // The root (the runner worker, this step's parent) is certainly alive now: its start time lets
    // the sampler tell it from a later process that reuses its PID. On Windows, where reading it
    // starts PowerShell, the sampler reads it itself, off this step's critical path.
    const owner = platform === 'win32' ? null : readProcessIdentity(options.rootPid, { platform });
    if (owner?.startTime)
        args.push('--root-start-time', owner.startTime);
    if (options.cgroup?.memoryCgroupDir) {
        args.push('--cgroup-dir', options.cgroup.memoryCgroupDir, '--cgroup-version', String(options.cgroup.version));
    }
    const log = openSync(logFile, 'a');
    try {
        // A small young generation and heap cap keep the sampler's own RSS low; it holds little.
        const child = spawn(process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
            detached: true,
            stdio: ['ignore', log, log],
            env: process.env,
            windowsHide: true,
        });
        child.unref();
        if (child.pid === undefined)
            throw new Error('the sampler process did not start');
        // Read at once: the child is not reaped before this step's event loop runs, so even one that
        // crashed at start still has its /proc entry. Its start time does not change at exec. (On
        // Windows this costs one PowerShell start, about half a second.)
        const identity = readProcessIdentity(child.pid, { platform }) ?? {
            pid: child.pid,
            startTime: null,
            exe: null,
        };
        return {
            pid: child.pid,
            samplesFile,
            logFile,
            source: platform === 'linux' ? 'proc' : platform === 'win32' ? 'tasklist' : 'ps',
            intervalMs: platform === 'linux'
                ? options.intervalMs
                : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
            identity,
        };
    }
    finally {
        closeSync(log);
    }
}
/** True while the process exists and is not a zombie waiting to be reaped. */
function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    try {
        // A killed sampler reparented to an init that has not reaped it yet still answers signal 0.
        const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
        return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    }
    catch (error) {
        // Gone between the two checks; or no /proc at all (macOS, Windows), where signal 0 is all there is.
        return error.code !== 'ENOENT' || !existsSync('/proc/self/stat');
    }
}
const runCommand = (file, args) => (0,external_node_child_process_namespaceObject.execFileSync)(file, args, {
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 1024 * 1024,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, LC_ALL: 'C' },
});
/**
 * The process's status now; null when there is no such process. The best identity each system
 * offers:
 * - Linux: start time from /proc/PID/stat (field 22, clock ticks since boot, unique with the PID)
 *   and the executable's basename from /proc/PID/exe (else argv[0] of /proc/PID/cmdline);
 * - macOS: `ps -o stat=,lstart=,comm=` (a start time to the second, the executable);
 * - Windows: the creation time (100 ns) and image name from Win32_Process, through PowerShell;
 * - elsewhere, or when the listing fails: whether the PID exists (signal 0), with no start time
 *   and no executable, so only the PID can be compared.
 */
function readProcessStatus(pid, options = {}) {
    if (!Number.isInteger(pid) || pid <= 0)
        return null;
    const platform = options.platform ?? process.platform;
    const procRoot = options.procRoot ?? '/proc';
    if (platform === 'linux' && (options.procRoot !== undefined || (0,external_node_fs_namespaceObject.existsSync)('/proc/self/stat')))
        return linuxStatus(pid, procRoot);
    const run = options.run ?? runCommand;
    if (platform === 'darwin') {
        try {
            return parseMacIdentity(pid, run('ps', ['-o', 'stat=', '-o', 'lstart=', '-o', 'comm=', '-p', String(pid)]));
        }
        catch {
            // `ps -p` exits 1 when there is no such process; anything else falls back to signal 0.
            return existsByPid(pid);
        }
    }
    if (platform === 'win32') {
        try {
            return parseWindowsIdentity(pid, run('powershell.exe', [
                '-NoProfile',
                '-NonInteractive',
                '-Command',
                `$p = Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}'; if ($p) { '{0},{1}' -f $p.CreationDate.ToFileTimeUtc(), $p.Name }`,
            ]));
        }
        catch {
            return existsByPid(pid);
        }
    }
    return existsByPid(pid);
}
/** The identity of a live process (a zombie counts as gone); null when there is none. */
function readProcessIdentity(pid, options = {}) {
    const status = readProcessStatus(pid, options);
    return status && !status.zombie ? status.identity : null;
}
/**
 * Whether `now` is the process `recorded` was read from: the same PID, and every field recorded
 * (non-null) reads the same now. A field that was recorded but cannot be read now does not match.
 */
function sameProcess(recorded, now) {
    if (!now || now.pid !== recorded.pid)
        return false;
    if (recorded.startTime !== null && now.startTime !== recorded.startTime)
        return false;
    if (recorded.exe !== null && now.exe !== recorded.exe)
        return false;
    return true;
}
function linuxStatus(pid, procRoot) {
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.readFileSync)(`${procRoot}/${pid}/stat`, 'latin1');
    }
    catch {
        return null;
    }
    const close = stat.lastIndexOf(')');
    const fields = close < 0 ? [] : stat.slice(close + 2).split(' ');
    // After the command name: field 3 (state) is fields[0], field 22 (starttime) fields[19].
    const state = fields[0] ?? '';
    const startTime = /^\d+$/.test(fields[19] ?? '') ? fields[19] : null;
    return {
        identity: { pid, startTime, exe: linuxExe(pid, procRoot) },
        zombie: state === 'Z' || state === 'X',
    };
}
function linuxExe(pid, procRoot) {
    try {
        const name = nameFromExe((0,external_node_fs_namespaceObject.readlinkSync)(`${procRoot}/${pid}/exe`));
        if (name)
            return name;
    }
    catch {
        // Another user's process (EACCES), a zombie or a kernel thread (ENOENT).
    }
    try {
        const name = nameFromCmdline((0,external_node_fs_namespaceObject.readFileSync)(`${procRoot}/${pid}/cmdline`, 'latin1'));
        if (name)
            return name;
    }
    catch {
        // Gone already.
    }
    return null;
}
/** `ps -o stat=,lstart=,comm= -p PID` (LC_ALL=C): `Ss   Tue Nov 24 10:00:01 2026     /path/node`. */
function parseMacIdentity(pid, text) {
    const match = /^\s*(\S+)\s+([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\s+(.+?)\s*$/m.exec(text);
    if (!match)
        return null;
    const [, state = '', start = '', command = ''] = match;
    return {
        identity: { pid, startTime: start.replace(/ +/g, ' '), exe: nameFromExe(command) || null },
        zombie: state.startsWith('Z'),
    };
}
/** `<creation FILETIME>,<image name>` from the PowerShell query; empty when there is no process. */
function parseWindowsIdentity(pid, text) {
    const match = /^(\d+),(.+)$/m.exec(text.trim());
    if (!match)
        return null;
    return {
        identity: { pid, startTime: match[1], exe: match[2].trim() || null },
        zombie: false,
    };
}
function existsByPid(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return null;
    }
    return { identity: { pid, startTime: null, exe: null }, zombie: false };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stops the sampler `identity` names: checks that the process holding its PID is the sampler
 * (see `sameProcess`), SIGTERM, wait up to `timeoutMs`, check again, then SIGKILL. Never signals
 * a process that does not match: `not-ours` when the PID belongs to another process.
 */
async function stopSampler(identity, timeoutMs = 3000, options = {}) {
    const check = () => {
        const status = readProcessStatus(identity.pid, options);
        if (!status || status.zombie)
            return 'gone';
        return sameProcess(identity, status.identity) ? 'ours' : 'other';
    };
    const first = check();
    if (first === 'gone')
        return 'not-running';
    if (first === 'other')
        return 'not-ours';
    try {
        process.kill(identity.pid, 'SIGTERM');
    }
    catch {
        return 'not-running';
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!alive(identity.pid))
            return 'stopped';
        await sleep(25);
    }
    // It may have exited and its PID been taken since: check again before the harder signal.
    if (check() !== 'ours')
        return 'stopped';
    try {
        process.kill(identity.pid, 'SIGKILL');
    }
    catch {
        return 'stopped';
    }
    for (let i = 0; i < 40 && alive(identity.pid); i++)
        await sleep(25);
    return 'killed';
}

;// CONCATENATED MODULE: ./src/sampler/main.ts
/**
 * The detached sampler process: appends one line per event to the samples file until SIGTERM,
 * or until the job's root process is gone. Kept light: /proc reads only, no dependencies.
 *
 * It never outlives its job, even when the post step that should stop it never runs (its state
 * lost, the job state unreadable, the job cancelled): it watches its owner, the root process it
 * samples (the runner worker, which exits when the job ends), and stops when that process is
 * gone, a zombie, or replaced by a later process under the same PID (its start time differs);
 * and it stops by itself after `--max-lifetime-ms` whatever happens.
 */






/** setTimeout's largest delay (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;
/** Where the owner's identity costs a listing command (macOS, Windows), how often it is read. */
const OWNER_IDENTITY_CHECK_MS = 30_000;
function parseSamplerArguments(args) {
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        options: {
            out: { type: 'string' },
            'root-pid': { type: 'string' },
            'interval-ms': { type: 'string', default: '500' },
            'cgroup-dir': { type: 'string' },
            'cgroup-version': { type: 'string', default: '2' },
            'root-start-time': { type: 'string' },
            'max-lifetime-ms': { type: 'string', default: String(types_SAMPLER_MAX_LIFETIME_MS) },
        },
        strict: true,
    });
    const rootPid = Number(values['root-pid']);
    const intervalMs = Number(values['interval-ms']);
    const maxLifetimeMs = Number(values['max-lifetime-ms']);
    if (!values.out ||
        !Number.isInteger(rootPid) ||
        rootPid <= 0 ||
        !(intervalMs >= 100) ||
        !Number.isInteger(maxLifetimeMs) ||
        maxLifetimeMs <= 0) {
        throw new Error('usage: sampler --out FILE --root-pid PID [--root-start-time TOKEN] [--interval-ms MS] [--max-lifetime-ms MS] [--cgroup-dir DIR --cgroup-version 1|2]');
    }
    return {
        out: values.out,
        rootPid,
        intervalMs,
        cgroupDir: values['cgroup-dir'] ?? null,
        cgroupVersion: values['cgroup-version'] === '1' ? 1 : 2,
        rootStartTime: values['root-start-time'] || null,
        maxLifetimeMs,
    };
}
function monotonicMs() {
    return Number(process.hrtime.bigint() / 1000000n);
}
/**
 * Watches the owner: `exited` when its PID is gone or a zombie, `replaced` when a process that
 * started at another time holds its PID. Cheap on Linux (one /proc read per check); where a check
 * costs a listing command, the PID's existence is checked every time (by `exists`) and the start
 * time only every `identityEveryMs`.
 */
function ownerWatch(owner, options = {}) {
    const read = options.read ?? ((pid) => readProcessStatus(pid));
    const exists = options.exists ?? pidExists;
    const every = options.identityEveryMs ?? 0;
    const clock = options.clock ?? monotonicMs;
    let lastFull = Number.NEGATIVE_INFINITY;
    return () => {
        if (every > 0 && clock() - lastFull < every)
            return exists(owner.pid) ? 'alive' : 'exited';
        lastFull = clock();
        const status = read(owner.pid);
        if (!status || status.zombie)
            return 'exited';
        if (owner.startTime !== null && status.identity.startTime !== owner.startTime) {
            // Unreadable now (a listing that failed) is not proof of a new process: keep watching.
            return status.identity.startTime === null ? 'alive' : 'replaced';
        }
        return 'alive';
    };
}
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function runSampler(args, identityOptions = {}) {
    const options = parseSamplerArguments(args);
    const startedAt = monotonicMs();
    const fd = (0,external_node_fs_namespaceObject.openSync)(options.out, 'a');
    // One write per line: a crash loses at most the line being written.
    const write = (line) => void (0,external_node_fs_namespaceObject.writeSync)(fd, `${JSON.stringify(line)}\n`);
    const platform = identityOptions.platform ?? process.platform;
    const source = platform === 'linux' ? null : listingSource(platform);
    const intervalMs = source
        ? Math.max(options.intervalMs, fallback_FALLBACK_MIN_INTERVAL_MS)
        : options.intervalMs;
    const sampler = createSampler({
        rootPid: options.rootPid,
        samplerPid: process.pid,
        intervalMs,
        ...(source ? { processSource: source } : {}),
        cgroup: options.cgroupDir
            ? { memoryCgroupDir: options.cgroupDir, version: options.cgroupVersion }
            : null,
        clock: monotonicMs,
        write,
    });
    const readStatus = (pid) => readProcessStatus(pid, identityOptions);
    const owner = {
        pid: options.rootPid,
        // Without one from the step that started it, the start time now (the root is its reason to run).
        startTime: options.rootStartTime ?? readStatus(options.rootPid)?.identity.startTime ?? null,
        exe: null,
    };
    const ownerState = ownerWatch(owner, {
        read: readStatus,
        identityEveryMs: platform === 'linux' ? 0 : OWNER_IDENTITY_CHECK_MS,
    });
    let stopped = false;
    const stop = (reason) => {
        if (stopped)
            return;
        stopped = true;
        clearInterval(timer);
        clearTimeout(lifetime);
        sampler.close(reason);
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        process.exit(0);
    };
    const tick = () => {
        try {
            const state = ownerState();
            if (state !== 'alive')
                return stop(state === 'replaced' ? 'root-replaced' : 'root-exited');
            if (monotonicMs() - startedAt >= options.maxLifetimeMs)
                return stop('max-lifetime');
            if (!sampler.tick())
                stop('root-exited');
        }
        catch (error) {
            // A failed tick (e.g. /proc briefly unreadable) is skipped; the next may succeed.
            process.stderr.write(`sample failed: ${error instanceof Error ? error.message : String(error)}\n`);
        }
    };
    const timer = setInterval(tick, intervalMs);
    // Beyond setTimeout's range the ticks alone enforce the lifetime.
    const lifetime = options.maxLifetimeMs <= MAX_TIMER_MS
        ? setTimeout(() => stop('max-lifetime'), options.maxLifetimeMs)
        : undefined;
    process.on('SIGTERM', () => stop('sigterm'));
    process.on('SIGINT', () => stop('sigint'));
    tick();
}

;// CONCATENATED MODULE: ./src/entry/sampler.ts
// Entry of the detached sampler process (dist/sampler/index.js).

runSampler(process.argv.slice(2));

