import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ realMainDeps)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/units.ts
var units = __nccwpck_require__(1996);
;// CONCATENATED MODULE: ./src/probe/cgroup.ts
/**
 * Cgroup parsing and limit resolution. Pure: every function takes file contents (or a reader
 * passed in) and returns data. Kernel documentation: Documentation/admin-guide/cgroup-v2.rst and
 * cgroup-v1/memory.rst; see ../../docs/algorithm.md §1.
 */

/** Parses /proc/<pid>/cgroup. Malformed lines are skipped. */
function parseProcCgroup(text) {
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
function parseCgroupMounts(text) {
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
function cgroupDirectory(mount, cgroupPath) {
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
    return external_node_path_.posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, '$1');
}
/** Directories from the leaf up to (and including) the mount point. */
function directoriesUpToMount(leafDirectory, mountPoint) {
    const clean = (path) => external_node_path_.posix.normalize(path).replace(/(.)\/+$/, '$1');
    const directories = [];
    let current = clean(leafDirectory);
    const top = clean(mountPoint);
    if (current !== top && !current.startsWith(`${top}/`))
        return [top];
    while (current !== top && current !== external_node_path_.posix.dirname(current)) {
        directories.push(current);
        current = external_node_path_.posix.dirname(current);
    }
    directories.push(top);
    return directories;
}
/** v1 writes "no limit" as a huge page-aligned number (e.g. 9223372036854771712): ≥ 2^62 is none. */
const V1_UNLIMITED_THRESHOLD = 2 ** 62;
/** Parses a memory limit file (`max`, a byte count, or v1's huge "unlimited" value). */
function parseMemoryLimit(text) {
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
function parseCpuMax(text) {
    const [quota, period = '100000'] = text.trim().split(/\s+/);
    if (quota === 'max')
        return null;
    if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us` → CPUs, null for none (quota -1). */
function parseCfsQuota(quotaText, periodText) {
    const quota = quotaText.trim();
    const period = periodText.trim();
    if (quota === '-1')
        return null;
    if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** Counts CPUs in a kernel list such as `0-3,8,10-11`; null when empty or malformed. */
function countCpuList(text) {
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
function cgroup_parsePressureSomeAvg10(text) {
    const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
    return match ? Number(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * The probe: what this machine (and this container) can give a job. Linux reads /proc and the
 * cgroup files directly, a few small reads (~0.2 ms each), no subprocess; macOS and Windows use
 * what node:os reports. Trouble never throws: it falls back and says so once in `warnings`.
 */





function readFileOrNull(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** node:os facts, read when the probe runs (never at import). */
function currentOsFacts() {
    const cpus = external_node_os_default().cpus();
    return {
        platform: process.platform,
        arch: process.arch,
        totalMemoryBytes: external_node_os_default().totalmem(),
        freeMemoryBytes: external_node_os_default().freemem(),
        logicalCpus: cpus.length || external_node_os_default().availableParallelism(),
        availableParallelism: external_node_os_default().availableParallelism(),
        cpuModel: cpus[0]?.model.trim() || null,
    };
}
/** Probes the machine. Synchronous and cheap: it runs on the main step's start-up path. */
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
            values.set(key, Number(value) * units/* KiB */.ty);
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
        const available = readAt(external_node_path_.posix.join(mount.mountPoint, 'cgroup.controllers')) ??
            readAt(external_node_path_.posix.join(leaf, 'cgroup.controllers'));
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
    const readValue = (path) => readAt(path);
    const odd = (path, text) => warnings.add(`Ignoring ${path}: unexpected value ${JSON.stringify(text.trim().slice(0, 40))}.`);
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
    let usage = null;
    let inactiveFile = null;
    let peak = null;
    let oomKills = null;
    if (memory) {
        const directories = directoriesUpToMount(memory.leaf, memory.mount.mountPoint);
        const limitFiles = memory.version === 2 ? ['memory.max', 'memory.high'] : ['memory.limit_in_bytes'];
        for (const directory of directories) {
            for (const file of limitFiles)
                considerLimit(external_node_path_.posix.join(directory, file), readValue(external_node_path_.posix.join(directory, file)));
        }
        const stat = readValue(external_node_path_.posix.join(memory.leaf, 'memory.stat'));
        const statValues = stat === null ? new Map() : cgroup_parseKeyValues(stat);
        if (memory.version === 1) {
            const hierarchical = statValues.get('hierarchical_memory_limit');
            if (hierarchical !== undefined) {
                considerLimit(`${external_node_path_.posix.join(memory.leaf, 'memory.stat')} (hierarchical_memory_limit)`, String(hierarchical));
            }
        }
        inactiveFile =
            statValues.get(memory.version === 2 ? 'inactive_file' : 'total_inactive_file') ?? null;
        const usagePath = external_node_path_.posix.join(memory.leaf, memory.version === 2 ? 'memory.current' : 'memory.usage_in_bytes');
        const usageText = readValue(usagePath);
        if (usageText !== null) {
            usage = cgroup_parseCounter(usageText);
            if (usage === null)
                odd(usagePath, usageText);
        }
        const peakText = readValue(external_node_path_.posix.join(memory.leaf, memory.version === 2 ? 'memory.peak' : 'memory.max_usage_in_bytes'));
        peak = peakText === null ? null : cgroup_parseCounter(peakText);
        const oomText = readValue(external_node_path_.posix.join(memory.leaf, memory.version === 2 ? 'memory.events' : 'memory.oom_control'));
        oomKills = oomText === null ? null : (cgroup_parseKeyValues(oomText).get('oom_kill') ?? null);
    }
    let cpuQuota = null;
    if (cpu) {
        for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
            let quota;
            let path;
            if (cpu.version === 2) {
                path = external_node_path_.posix.join(directory, 'cpu.max');
                const text = readValue(path);
                if (text === null)
                    continue;
                quota = parseCpuMax(text);
                if (quota === 'invalid')
                    odd(path, text);
            }
            else {
                path = external_node_path_.posix.join(directory, 'cpu.cfs_quota_us');
                const quotaText = readValue(path);
                const periodText = readValue(external_node_path_.posix.join(directory, 'cpu.cfs_period_us'));
                if (quotaText === null || periodText === null)
                    continue;
                quota = parseCfsQuota(quotaText, periodText);
                if (quota === 'invalid')
                    odd(path, quotaText);
            }
            if (typeof quota === 'number' && quota > 0 && (cpuQuota === null || quota < cpuQuota))
                cpuQuota = quota;
        }
    }
    let cpusetCpus = null;
    if (cpuset) {
        const files = cpuset.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
        for (const file of files) {
            const text = readValue(external_node_path_.posix.join(cpuset.leaf, file));
            if (text === null)
                continue;
            cpusetCpus = countCpuList(text);
            if (cpusetCpus === null && text.trim() !== '')
                odd(external_node_path_.posix.join(cpuset.leaf, file), text);
            if (cpusetCpus !== null)
                break;
        }
    }
    const layout = mounts.some((mount) => mount.version === 1) && mounts.some((mount) => mount.version === 2)
        ? 'hybrid'
        : mounts.some((mount) => mount.version === 2)
            ? 'v2'
            : 'v1';
    return {
        version: memory?.version ?? cpu?.version ?? cpuset?.version ?? 2,
        memoryCgroupPath: memory?.membership.path ?? null,
        memoryLimitBytes,
        memoryLimitSource,
        memoryUsageBytes: usage,
        memoryInactiveFileBytes: inactiveFile,
        memoryPeakBytes: peak,
        oomKills,
        cpuQuota,
        cpusetCpus,
        memoryCgroupDir: memory?.leaf ?? null,
        layout,
    };
}
/** Current charge, OOM kills and memory pressure of a cgroup: what the sampler reads each tick. */
function readCgroupMemoryNow(limits, readAt = readFileOrNull) {
    const directory = limits.memoryCgroupDir;
    if (!directory)
        return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
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

;// CONCATENATED MODULE: ./src/probe/index.ts


// EXTERNAL MODULE: ./src/runner/actions-runner.ts
var actions_runner = __nccwpck_require__(8444);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sampler/fallback.ts
/**
 * Process listings for macOS and Windows, where there is no /proc: ONE listing command per tick
 * (never one per process), at a lower rate than on Linux. Parsing is pure and tested with
 * captured output; the command runs in the sampler's own process, off the job's critical path.
 */



/** The slowest rate the fallbacks sample at: a listing costs tens of milliseconds of CPU. */
const FALLBACK_MIN_INTERVAL_MS = 2000;
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
            rssBytes: Number(rssKiB) * KiB,
            name: basename(command),
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
            name: win32.basename(name),
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
            snapshot: () => parsePsOutput(execFileSync('ps', ['-axo', 'pid=,ppid=,rss=,comm='], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
            })),
            close: () => undefined,
        };
    }
    if (platform === 'win32') {
        return {
            name: 'tasklist',
            snapshot: () => parseWindowsListing(execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_LISTING], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
                windowsHide: true,
            })),
            close: () => undefined,
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/sampler/spawn.ts
/**
 * Starting and stopping the detached sampler from the action's steps (REFERENCE §1): spawned
 * detached with its output in files (a child holding the step's pipes would make the runner wait
 * and then kill it), unref()'d so the step can exit, and with the environment kept so the runner
 * can still find it by RUNNER_TRACKING_ID at job end. Post stops it by PID.
 */




/** V8 flags for the sampler process: 1 MiB semi-spaces, 64 MiB old space. */
const SAMPLER_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=64'];
function spawnSampler(options) {
    (0,external_node_fs_.mkdirSync)(options.directory, { recursive: true });
    const samplesFile = (0,external_node_path_.join)(options.directory, 'samples.jsonl');
    const logFile = (0,external_node_path_.join)(options.directory, 'sampler.log');
    const platform = options.platform ?? process.platform;
    const args = [
        options.script,
        '--out',
        samplesFile,
        '--root-pid',
        String(options.rootPid),
        '--interval-ms',
        String(options.intervalMs),
    ];
    if (options.cgroup?.memoryCgroupDir) {
        args.push('--cgroup-dir', options.cgroup.memoryCgroupDir, '--cgroup-version', String(options.cgroup.version));
    }
    const log = (0,external_node_fs_.openSync)(logFile, 'a');
    try {
        // A small young generation and heap cap keep the sampler's own RSS low; it holds little.
        const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
            detached: true,
            stdio: ['ignore', log, log],
            env: process.env,
            windowsHide: true,
        });
        child.unref();
        if (child.pid === undefined)
            throw new Error('the sampler process did not start');
        return {
            pid: child.pid,
            samplesFile,
            logFile,
            source: platform === 'linux' ? 'proc' : platform === 'win32' ? 'tasklist' : 'ps',
            intervalMs: platform === 'linux'
                ? options.intervalMs
                : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
        };
    }
    finally {
        (0,external_node_fs_.closeSync)(log);
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
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'latin1');
        return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    }
    catch (error) {
        // Gone between the two checks; or no /proc at all (macOS, Windows), where signal 0 is all there is.
        return error.code !== 'ENOENT' || !(0,external_node_fs_.existsSync)('/proc/self/stat');
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** SIGTERM, wait up to `timeoutMs`, then SIGKILL, and confirm it is gone. */
async function stopSampler(pid, timeoutMs = 3000) {
    if (!alive(pid))
        return 'not-running';
    try {
        process.kill(pid, 'SIGTERM');
    }
    catch {
        return 'not-running';
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!alive(pid))
            return 'stopped';
        await sleep(25);
    }
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        return 'stopped';
    }
    for (let i = 0; i < 40 && alive(pid); i++)
        await sleep(25);
    return 'killed';
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version, recorded in every run profile. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/adapters/process.ts
/** Small process-level adapters shared by the entry points. */
/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
function monotonicMs() {
    return Number(process.hrtime.bigint() / 1000000n);
}
/** The event payload, capped at 8 MiB; `{}` when there is none. */
function readEventPayload(path, readFile) {
    if (!path)
        return {};
    const text = readFile(path, 'utf8');
    if (text.length > 8 * 1024 * 1024)
        return {};
    return JSON.parse(text);
}

;// CONCATENATED MODULE: ./src/adapters/main-deps.ts
/**
 * The real adapters of the main step: process.env, the event payload file, /proc and cgroups,
 * the detached sampler and, loaded only when history is wanted, the GitHub client.
 */







/**
 * dist/main/index.js → dist/sampler/index.js. Built from parts so the bundler does not mistake it
 * for an asset to copy (it would copy the TypeScript source instead).
 */
function samplerScript() {
    const relative = ['..', 'sampler', 'index.js'].join('/');
    return (0,external_node_url_.fileURLToPath)(new URL(relative, import.meta.url));
}
function realMainDeps() {
    const env = process.env;
    const runner = (0,actions_runner/* createActionsRunner */.gQ)({ env });
    return {
        runner,
        env,
        readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, external_node_fs_.readFileSync),
        probe: () => probeCapacity(),
        monotonicMs: monotonicMs,
        nowIso: () => new Date().toISOString(),
        // The runner worker starts each step's process directly, so the parent of this step is the
        // worker, and its descendants are the job's processes.
        jobRootPid: process.ppid,
        startSampler: (request) => spawnSampler({
            script: samplerScript(),
            rootPid: request.rootPid,
            intervalMs: request.intervalMs,
            directory: request.jobDir,
            cgroup: request.capacity.cgroup,
        }),
        isProcessAlive: alive,
        learn: async (request) => {
            const { learnFromGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(821), __nccwpck_require__.e(701)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4701));
            return learnFromGitHub(request);
        },
        report: async (inputs, payload) => {
            const { runReportMode } = await Promise.all(/* import() */[__nccwpck_require__.e(821), __nccwpck_require__.e(701), __nccwpck_require__.e(801)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6801));
            await runReportMode(runner, env, inputs, payload);
        },
        toolVersion: TOOL_VERSION,
    };
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   FY: () => (/* binding */ baselineBranchFor)
/* harmony export */ });
/* unused harmony export workflowFileFromRef */
function positiveInteger(value) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}
function record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
function workflowFileFromRef(workflowRef) {
    if (!workflowRef)
        return null;
    const path = workflowRef.split('@')[0] ?? '';
    const match = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
    return match?.[1] ?? null;
}
function readRunContext(env, eventPayload) {
    const payload = record(eventPayload);
    const pullRequest = record(payload.pull_request);
    const repositoryPayload = record(payload.repository);
    const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = text(env.GITHUB_EVENT_NAME);
    const ref = text(env.GITHUB_REF);
    const headRef = text(env.GITHUB_HEAD_REF);
    const pushedBranch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
    return {
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: text(env.GITHUB_REPOSITORY),
        owner: owner || null,
        repo: repo || null,
        repositoryId: positiveInteger(env.GITHUB_REPOSITORY_ID) ?? positiveInteger(repositoryPayload.id),
        workflow: text(env.GITHUB_WORKFLOW),
        workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
        job: text(env.GITHUB_JOB),
        runId: positiveInteger(env.GITHUB_RUN_ID),
        runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
        sha: text(env.GITHUB_SHA),
        ref,
        branch: headRef ?? pushedBranch,
        baseBranch: text(env.GITHUB_BASE_REF) ?? text(record(pullRequest.base).ref),
        defaultBranch: text(repositoryPayload.default_branch),
        eventName,
        pullRequestNumber: positiveInteger(pullRequest.number),
        headRepositoryId: positiveInteger(record(record(pullRequest.head).repo).id) ??
            positiveInteger(env.GITHUB_REPOSITORY_ID),
        runnerTemp: text(env.RUNNER_TEMP),
        runnerOs: text(env.RUNNER_OS),
    };
}
/**
 * The branch whose runs form the history: the input, else the PR's base branch, else this run's
 * branch, else the repository's default branch.
 */
function baselineBranchFor(context, input) {
    return input || context.baseBranch || context.branch || context.defaultBranch;
}


/***/ }),

/***/ 6999:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8146);
/* harmony import */ var _adapters_main_deps_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3507);
// The action's main step: wires the real adapters into runMain.


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)((0,_adapters_main_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .realMainDeps */ .c)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ UnsafeArtifactError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eo: () => (/* binding */ ProfileError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * The few errors the product raises on purpose. Only `InputError` fails a step (invalid
 * configuration); everything else is caught at the boundary and turned into a warning.
 */
/** Invalid configuration: names the input, the value received and the accepted format. */
class InputError extends Error {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** A run profile that failed validation; carries the reason so callers can count and report it. */
class ProfileError extends Error {
    name = 'ProfileError';
}
/** An artifact refused by the safe fetcher (too large, unsafe path, too many entries...). */
class UnsafeArtifactError extends Error {
    name = 'UnsafeArtifactError';
}
/** The message of anything thrown, for warnings. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VN: () => (/* binding */ runMain)
});

// UNUSED EXPORTS: profileHost, profileRun

// EXTERNAL MODULE: ./src/context.ts
var src_context = __nccwpck_require__(788);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/units.ts
var units = __nccwpck_require__(1996);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Every input of the action, parsed and validated once into one typed object.
 * Invalid configuration throws `InputError` naming the input, the value and the accepted format;
 * it is the only way the action fails a step besides the opt-in `fail-on-drift`.
 */


/** Defaults, the same as action.yml's (a test keeps the two in step). */
const INPUT_DEFAULTS = {
    mode: 'plan',
    profile: 'default',
    'memory-per-worker': 'auto',
    'fallback-memory-per-worker': '768M',
    'min-workers': '1',
    'max-workers': '',
    workers: '',
    'cpus-per-worker': '1',
    'memory-reserve': '512M',
    'memory-fraction': '0.9',
    'export-env': 'false',
    summary: 'true',
    sample: 'true',
    'sample-interval': '500ms',
    upload: 'true',
    'retention-days': '30',
    history: 'true',
    'history-runs': '20',
    'history-timeout': '20s',
    'baseline-branch': '',
    'min-speedup-gain': '5%',
    'elastic-memory': 'auto',
    'drift-threshold': '10%',
    'drift-method': 'auto',
    comment: 'on-drift',
    'fail-on-drift': 'false',
};
/** The environment variable that overrides the worker count everywhere. */
const OVERRIDE_VARIABLE = 'RESOURCE_PLANNER_WORKERS';
const PROFILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
const MIN_SAMPLE_INTERVAL_MS = 100;
/**
 * Parses all inputs. `getInput` returns the raw (trimmed) value, '' when unset; unset inputs take
 * the defaults above, so the CLI and tests can pass only what they change.
 */
function parseInputs(getInput) {
    const read = (name) => {
        const value = getInput(name).trim();
        if (value !== '')
            return value;
        return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name] : '';
    };
    const minWorkers = parseInteger(read, 'min-workers', 1);
    const maxWorkers = read('max-workers') === '' ? null : parseInteger(read, 'max-workers', 1);
    if (maxWorkers !== null && maxWorkers < minWorkers) {
        throw new errors/* InputError */.dz('max-workers', String(maxWorkers), `a whole number no smaller than min-workers (${minWorkers})`);
    }
    const memoryPerWorker = read('memory-per-worker');
    const matrixKey = read('matrix-key');
    return {
        mode: parseChoice(read, 'mode', ['plan', 'report']),
        profile: parseProfileName(read('profile')),
        memoryPerWorkerBytes: memoryPerWorker.toLowerCase() === 'auto'
            ? null
            : parseSizeInput('memory-per-worker', memoryPerWorker, 1),
        fallbackMemoryPerWorkerBytes: parseSizeInput('fallback-memory-per-worker', read('fallback-memory-per-worker'), 1),
        plan: {
            memoryReserveBytes: parseSizeInput('memory-reserve', read('memory-reserve'), 0),
            memoryFraction: parseFraction(read, 'memory-fraction', { allowZero: false }),
            cpusPerWorker: parsePositiveNumber(read, 'cpus-per-worker'),
            minWorkers,
            maxWorkers,
            forcedWorkers: read('workers') === '' ? null : parseInteger(read, 'workers', 1),
        },
        exportEnv: parseBoolean(read, 'export-env'),
        summary: parseBoolean(read, 'summary'),
        githubToken: read('github-token'),
        sample: parseBoolean(read, 'sample'),
        sampleIntervalMs: parseDurationInput(read, 'sample-interval', MIN_SAMPLE_INTERVAL_MS),
        upload: parseBoolean(read, 'upload'),
        retentionDays: parseInteger(read, 'retention-days', 1, 90),
        history: parseBoolean(read, 'history'),
        historyRuns: parseInteger(read, 'history-runs', 1, 100),
        historyTimeoutMs: parseDurationInput(read, 'history-timeout', 1000),
        baselineBranch: parseBranch(read('baseline-branch')),
        minSpeedupGain: parseFraction(read, 'min-speedup-gain', { allowZero: true }),
        elasticMemory: parseChoice(read, 'elastic-memory', ['auto', 'off']) === 'auto',
        driftThresholdFraction: parseFraction(read, 'drift-threshold', { allowZero: true }),
        driftMethod: parseChoice(read, 'drift-method', ['auto', 'robust', 'max']),
        comment: parseChoice(read, 'comment', ['on-drift', 'always', 'never']),
        failOnDrift: parseBoolean(read, 'fail-on-drift'),
        matrixKey: matrixKey === '' || matrixKey === 'null' ? null : matrixKey.slice(0, 4096),
    };
}
/** Reads RESOURCE_PLANNER_WORKERS: a positive whole number, or null when unset/empty. */
function parseOverrideWorkers(value) {
    if (value === undefined || value.trim() === '')
        return null;
    const text = value.trim();
    if (!/^\d+$/.test(text) || Number(text) < 1) {
        throw new errors/* InputError */.dz(OVERRIDE_VARIABLE, text, 'a whole number of workers, 1 or more');
    }
    return Number(text);
}
/** YAML 1.2 core booleans, as the runner documents them: true | True | TRUE | false | False | FALSE. */
function parseBooleanText(name, value) {
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    throw new errors/* InputError */.dz(name, value, 'true or false');
}
function parseBoolean(read, name) {
    return parseBooleanText(name, read(name));
}
function parseInteger(read, name, min, max = Number.MAX_SAFE_INTEGER) {
    const text = read(name);
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    if (!/^\d+$/.test(text))
        throw new errors/* InputError */.dz(name, text, `a whole number ${range}`);
    const value = Number(text);
    if (value < min || value > max)
        throw new errors/* InputError */.dz(name, text, `a whole number ${range}`);
    return value;
}
function parsePositiveNumber(read, name) {
    const text = read(name);
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(value > 0))
        throw new errors/* InputError */.dz(name, text, 'a number greater than 0, such as 1 or 0.5');
    return value;
}
/** A fraction as `0.9`, `90%`; in (0, 1], or [0, 1] when zero is allowed. */
function parseFraction(read, name, options) {
    const text = read(name);
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const value = percent
        ? Number(percent[1]) / 100
        : /^\d+(\.\d+)?$|^\.\d+$/.test(text)
            ? Number(text)
            : Number.NaN;
    const low = options.allowZero ? value >= 0 : value > 0;
    if (!(low && value <= 1)) {
        const range = options.allowZero ? 'from 0 to 1' : 'greater than 0 and at most 1';
        throw new errors/* InputError */.dz(name, text, `a fraction ${range}, such as 0.9 or 90%`);
    }
    return value;
}
function parseSizeInput(name, text, minBytes) {
    const bytes = (0,units/* parseSize */.DB)(text);
    if (bytes === null || bytes < minBytes)
        throw new errors/* InputError */.dz(name, text, units/* SIZE_FORMAT */.cy);
    if (minBytes > 0 && bytes < units/* MiB */.lv) {
        throw new errors/* InputError */.dz(name, text, `${units/* SIZE_FORMAT */.cy}, at least 1M`);
    }
    return bytes;
}
function parseDurationInput(read, name, minMs) {
    const text = read(name);
    const ms = (0,units/* parseDurationMs */.yi)(text);
    if (ms === null || ms < minMs)
        throw new errors/* InputError */.dz(name, text, `${units/* DURATION_FORMAT */.nZ}, at least ${minMs} ms`);
    return ms;
}
function parseChoice(read, name, choices) {
    const text = read(name);
    if (!choices.includes(text))
        throw new errors/* InputError */.dz(name, text, `one of ${choices.join(', ')}`);
    return text;
}
function parseProfileName(text) {
    if (!PROFILE_PATTERN.test(text)) {
        throw new errors/* InputError */.dz('profile', text, 'a name of letters, digits, ".", "_" or "-", at most 64 characters');
    }
    return text;
}
function parseBranch(text) {
    // Git refuses these in branch names too; refusing them here keeps the value inert in API queries.
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes('..')) {
        throw new errors/* InputError */.dz('baseline-branch', text, 'a branch name such as main, or empty for automatic');
    }
    return text;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/job/job-state.ts
/**
 * State shared between the action's steps. Two scopes:
 * - step state (STATE_* from main to its own post): which role this invocation plays;
 * - job state: a file under RUNNER_TEMP (a fresh directory per job) that every invocation of
 *   the action in the job reads, so only the first starts a sampler and later ones mark phases.
 */


/** Keys of step state, in one place. */
const StateKey = {
    /** JSON of `StepState`. */
    Step: 'resource-planner',
};
const JOB_DIR_NAME = 'resource-planner';
function jobDirFor(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, JOB_DIR_NAME);
}
function jobStatePath(jobDir) {
    return (0,external_node_path_.join)(jobDir, 'job.json');
}
/** The job state, or null when no invocation has written it yet (or it is unreadable). */
function readJobState(jobDir) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(jobStatePath(jobDir), 'utf8'));
        return parsed.version === 1 ? parsed : null;
    }
    catch {
        return null;
    }
}
function writeJobState(jobDir, state) {
    (0,external_node_fs_.mkdirSync)(jobDir, { recursive: true });
    (0,external_node_fs_.writeFileSync)(jobStatePath(jobDir), JSON.stringify(state), 'utf8');
}
function appendPhaseMark(phasesFile, mark) {
    (0,external_node_fs_.appendFileSync)(phasesFile, JSON.stringify(mark) + '\n', 'utf8');
}
/** Phase marks written by the invocations so far; unreadable lines are skipped. */
function readPhaseMarks(phasesFile) {
    let text;
    try {
        text = readFileSync(phasesFile, 'utf8');
    }
    catch {
        return [];
    }
    const marks = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const mark = JSON.parse(line);
            if (typeof mark.name === 'string' && typeof mark.t === 'number') {
                marks.push({
                    name: mark.name,
                    t: mark.t,
                    workersRecommended: typeof mark.workersRecommended === 'number' ? mark.workersRecommended : null,
                });
            }
        }
        catch {
            // A line cut short by a crash: the others still count.
        }
    }
    return marks;
}

;// CONCATENATED MODULE: ./src/plan/outputs.ts
/**
 * What a plan becomes for the workflow: step outputs and, with `export-env`, the environment
 * variables that build and test tools read. Pure; every value is computed from trusted numbers.
 */

function planOutputs(plan) {
    return {
        workers: String(plan.workers),
        'limited-by': plan.limitedBy,
        reason: plan.reason,
        'memory-per-worker-mb': String((0,units/* toMiB */.Wg)(plan.perWorkerBytes)),
        'memory-budget-mb': String((0,units/* toMiB */.Wg)(plan.memoryBudgetBytes)),
        'memory-limit-mb': String((0,units/* toMiB */.Wg)(plan.memoryLimitBytes)),
        'memory-available-mb': String((0,units/* toMiB */.Wg)(plan.memoryAvailableBytes)),
        cpus: String(plan.cpus),
        'node-heap-mb': String(plan.nodeHeapMb),
        'history-runs': String(plan.estimate.historyRuns),
        confidence: plan.estimate.confidence,
        'plan-json': JSON.stringify(plan),
    };
}
/** Replaces any `-jN`, `-j N`, `--jobs=N` or `--jobs N` in MAKEFLAGS, keeping everything else. */
function mergeMakeflags(existing, workers) {
    const kept = (existing ?? '')
        .replace(/(^|\s)(-j\s*\d*|--jobs(=|\s+)\d+|--jobs)(?=\s|$)/g, ' ')
        .trim()
        .replace(/\s+/g, ' ');
    return kept ? `${kept} -j${workers}` : `-j${workers}`;
}
/** Sets `-Dorg.gradle.workers.max=N` in GRADLE_OPTS, replacing an earlier value. */
function mergeGradleOpts(existing, workers) {
    const kept = (existing ?? '')
        .replace(/(^|\s)-Dorg\.gradle\.workers\.max=\S*/g, ' ')
        .trim()
        .replace(/\s+/g, ' ');
    const setting = `-Dorg.gradle.workers.max=${workers}`;
    return kept ? `${kept} ${setting}` : setting;
}
/**
 * The variables `export-env` sets. Never NODE_OPTIONS: the runner refuses it in GITHUB_ENV, so
 * the heap cap is offered as the `node-heap-mb` output instead.
 */
function exportedEnvironment(plan, current) {
    const workers = plan.workers;
    return {
        PYTEST_XDIST_AUTO_NUM_WORKERS: String(workers),
        CARGO_BUILD_JOBS: String(workers),
        CMAKE_BUILD_PARALLEL_LEVEL: String(workers),
        MAKEFLAGS: mergeMakeflags(current.MAKEFLAGS, workers),
        GRADLE_OPTS: mergeGradleOpts(current.GRADLE_OPTS, workers),
    };
}

;// CONCATENATED MODULE: ./src/plan/planner.ts

/**
 * Share of a worker's memory slot given to the V8 old-space heap. The rest covers what the heap
 * limit does not bound: the young generation (up to 3 × 16 MiB semi-spaces on 64-bit V8), code,
 * and native memory such as Buffers. 75% keeps a 512 MiB slot's RSS inside it in practice.
 */
const NODE_HEAP_SHARE = 0.75;
/** Below this a Node worker cannot do useful work; the plan warns instead of going lower. */
const MIN_NODE_HEAP_MB = 128;
/**
 * workers = clamp(min, max, min(CPU bound, memory bound, speed-up bound)), where
 *   budget       = max(0, (available − reserve) × fraction)
 *   memory bound = floor((budget − base) ÷ per-worker)
 *   CPU bound    = max(1, floor(cpus ÷ cpus-per-worker))
 * The `workers` input and RESOURCE_PLANNER_WORKERS replace the result (limited-by `override`).
 */
function planWorkers({ capacity, settings, estimate }) {
    const warnings = [];
    const budget = Math.max(0, Math.floor((capacity.memoryAvailableBytes - settings.memoryReserveBytes) * settings.memoryFraction));
    const perWorker = Math.max(1, estimate.perWorkerBytes);
    const base = Math.max(0, estimate.baseBytes);
    const memoryBound = Math.max(0, Math.floor((budget - base) / perWorker));
    const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
    const speedupBound = estimate.speedup ? Math.max(1, estimate.speedup.maxUsefulWorkers) : null;
    if (capacity.memoryAvailableBytes <= settings.memoryReserveBytes) {
        warnings.push(`Available memory (${(0,units/* formatBytes */.z3)(capacity.memoryAvailableBytes)}) is no more than the reserve ` +
            `(${(0,units/* formatBytes */.z3)(settings.memoryReserveBytes)}): planning the minimum of ${settings.minWorkers} worker(s). ` +
            'Lower memory-reserve or give the job more memory.');
    }
    else if (memoryBound === 0) {
        warnings.push(`Not even one worker fits: the budget is ${(0,units/* formatBytes */.z3)(budget)} but one worker needs ` +
            `${(0,units/* formatBytes */.z3)(perWorker)} on top of ${(0,units/* formatBytes */.z3)(base)} of base memory. Planning ${settings.minWorkers}.`);
    }
    let workers;
    let limitedBy;
    let reason;
    const override = settings.overrideWorkers ?? settings.forcedWorkers;
    if (override !== null) {
        workers = override;
        limitedBy = 'override';
        reason =
            settings.overrideWorkers !== null
                ? `RESOURCE_PLANNER_WORKERS=${override} overrides the plan.`
                : `The workers input fixes the count at ${override}.`;
        if (override > memoryBound) {
            warnings.push(`The forced ${override} workers exceed the ${memoryBound} that fit in the memory budget: expect swapping or OOM kills.`);
        }
    }
    else {
        ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
            budget,
            base,
            perWorker,
            cpus: capacity.cpus,
        }));
    }
    const nodeHeapMb = nodeHeapFor(budget, base, workers);
    if (nodeHeapMb <= MIN_NODE_HEAP_MB) {
        warnings.push(`Each of ${workers} Node worker(s) gets a heap cap of only ${nodeHeapMb} MiB: tests may fail with "JavaScript heap out of memory".`);
    }
    return {
        workers,
        limitedBy,
        reason,
        cpuBound,
        memoryBound,
        speedupBound,
        cpus: capacity.cpus,
        cpusPerWorker: settings.cpusPerWorker,
        memoryLimitBytes: capacity.memoryLimitBytes,
        memoryAvailableBytes: capacity.memoryAvailableBytes,
        memoryReserveBytes: settings.memoryReserveBytes,
        memoryFraction: settings.memoryFraction,
        memoryBudgetBytes: budget,
        perWorkerBytes: perWorker,
        baseBytes: base,
        nodeHeapMb,
        predictedDurationMs: estimate.speedup ? predictDuration(estimate.speedup, workers) : null,
        estimate,
        warnings,
    };
}
function boundedChoice(memoryBound, cpuBound, speedupBound, settings, terms) {
    const memoryText = `${(0,units/* formatBytes */.z3)(terms.budget)} budget${terms.base > 0 ? ` − ${(0,units/* formatBytes */.z3)(terms.base)} base` : ''} fits ${memoryBound} × ${(0,units/* formatBytes */.z3)(terms.perWorker)}`;
    const cpuText = `${terms.cpus} CPU(s) ÷ ${settings.cpusPerWorker} per worker = ${cpuBound}`;
    let workers = Math.min(memoryBound, cpuBound);
    // On a tie the CPU is named: adding memory alone would not allow more workers.
    let limitedBy = memoryBound < cpuBound ? 'memory' : 'cpu';
    let reason = limitedBy === 'memory'
        ? `Memory: ${memoryText} (CPUs allow ${cpuBound}).`
        : `CPU: ${cpuText} (memory allows ${memoryBound}).`;
    if (speedupBound !== null && speedupBound < workers) {
        workers = speedupBound;
        limitedBy = 'speedup';
        reason = `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    }
    if (settings.maxWorkers !== null && workers > settings.maxWorkers) {
        reason = `max-workers caps the count at ${settings.maxWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
        return { workers: settings.maxWorkers, limitedBy: 'max-workers', reason };
    }
    if (workers < settings.minWorkers) {
        reason = `min-workers raises the count to ${settings.minWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
        return { workers: settings.minWorkers, limitedBy: 'min-workers', reason };
    }
    return { workers, limitedBy, reason };
}
/** Per-worker V8 heap cap (MiB) so that `workers` Node workers stay inside the budget. */
function nodeHeapFor(budgetBytes, baseBytes, workers) {
    const slotBytes = Math.max(0, budgetBytes - baseBytes) / Math.max(1, workers);
    return Math.max(MIN_NODE_HEAP_MB, Math.floor((slotBytes * NODE_HEAP_SHARE) / units/* MiB */.lv));
}
/** Amdahl's law: T(n) = T1 · (s + (1 − s) / n). */
function predictDuration(model, workers) {
    return (model.singleWorkerMs *
        (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers)));
}
/** The estimate used when nothing was learned: the input's figure or the fallback. */
function staticEstimate(perWorkerBytes, source, notes = []) {
    return {
        source,
        perWorkerBytes,
        baseBytes: 0,
        confidence: 'none',
        historyRuns: 0,
        spread: null,
        workerName: null,
        oomInHistory: false,
        speedup: null,
        runs: [],
        notes: notes.length > 0
            ? notes
            : [
                source === 'input'
                    ? `memory-per-worker sets ${(0,units/* formatBytes */.z3)(perWorkerBytes)} per worker.`
                    : `No history yet: assuming fallback-memory-per-worker, ${(0,units/* formatBytes */.z3)(perWorkerBytes)} per worker.`,
            ],
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/pre-run.ts



const LIMITED_BY_TEXT = {
    memory: 'memory',
    cpu: 'CPUs',
    speedup: 'the speed-up curve',
    'max-workers': 'max-workers',
    'min-workers': 'min-workers',
    override: 'an override',
};
function limitText(bytes) {
    return bytes === null ? 'none' : (0,units/* formatBytes */.z3)(bytes);
}
function renderPreRunSummary({ capacity, plan, profileName }) {
    const cgroup = capacity.cgroup;
    const estimate = plan.estimate;
    const lines = [];
    lines.push(`### resource-planner: ${plan.workers} worker${plan.workers === 1 ? '' : 's'} for \`${(0,report_escape/* escapeMarkdownText */.m4)(profileName, 64)}\``);
    lines.push('');
    lines.push(`**${plan.workers}**, limited by **${LIMITED_BY_TEXT[plan.limitedBy]}**. ${(0,report_escape/* escapeMarkdownText */.m4)(plan.reason, 400)}`);
    lines.push('');
    const capacityRows = [
        [
            'Memory limit',
            (0,units/* formatBytes */.z3)(capacity.hostMemoryTotalBytes),
            cgroup ? limitText(cgroup.memoryLimitBytes) : 'no cgroup',
            `**${(0,units/* formatBytes */.z3)(plan.memoryLimitBytes)}** (${capacity.memoryBinding})`,
        ],
        [
            'Memory available',
            (0,units/* formatBytes */.z3)(capacity.hostMemoryAvailableBytes),
            cgroup && cgroup.memoryUsageBytes !== null
                ? `${(0,units/* formatBytes */.z3)(cgroup.memoryUsageBytes)} charged`
                : '',
            `**${(0,units/* formatBytes */.z3)(plan.memoryAvailableBytes)}**`,
        ],
        [
            'CPUs',
            `${capacity.logicalCpus} logical${capacity.physicalCpus ? `, ${capacity.physicalCpus} physical` : ''}${capacity.affinityCpus !== null && capacity.affinityCpus !== capacity.logicalCpus ? `, affinity ${capacity.affinityCpus}` : ''}`,
            cgroup
                ? `quota ${cgroup.cpuQuota === null ? 'none' : cgroup.cpuQuota}${cgroup.cpusetCpus !== null ? `, cpuset ${cgroup.cpusetCpus}` : ''}`
                : '',
            `**${plan.cpus}** (${capacity.cpuBinding})`,
        ],
    ];
    if (capacity.swapTotalBytes)
        capacityRows.push(['Swap (not counted)', (0,units/* formatBytes */.z3)(capacity.swapTotalBytes), '', '']);
    lines.push((0,markdown/* table */.tp)(['', 'Host', `Container${cgroup ? ` (cgroup v${cgroup.version})` : ''}`, 'Effective'], capacityRows));
    lines.push('');
    const source = estimate.source === 'history'
        ? `learned from ${estimate.historyRuns} earlier run${estimate.historyRuns === 1 ? '' : 's'}${estimate.workerName ? ` (worker \`${(0,report_escape/* escapeMarkdownText */.m4)(estimate.workerName, 64)}\`)` : ''}, confidence ${estimate.confidence}`
        : estimate.source === 'input'
            ? 'from the memory-per-worker input'
            : 'fallback-memory-per-worker (no history yet)';
    const planRows = [
        [
            'Budget',
            `(${(0,units/* formatBytes */.z3)(plan.memoryAvailableBytes)} available − ${(0,units/* formatBytes */.z3)(plan.memoryReserveBytes)} reserve) × ${plan.memoryFraction} = **${(0,units/* formatBytes */.z3)(plan.memoryBudgetBytes)}**`,
        ],
        ['Per worker', `**${(0,units/* formatBytes */.z3)(plan.perWorkerBytes)}**, ${source}`],
    ];
    if (plan.baseBytes > 0)
        planRows.push(['Base (non-worker) memory', (0,units/* formatBytes */.z3)(plan.baseBytes)]);
    if (estimate.spread) {
        planRows.push([
            'Spread in history',
            `p50 ${(0,units/* formatBytes */.z3)(estimate.spread.p50Bytes)}, p90 ${(0,units/* formatBytes */.z3)(estimate.spread.p90Bytes)}, max ${(0,units/* formatBytes */.z3)(estimate.spread.maxBytes)}`,
        ]);
    }
    planRows.push([
        'Memory allows',
        `${plan.memoryBound} worker${plan.memoryBound === 1 ? '' : 's'}`,
    ]);
    planRows.push([
        'CPUs allow',
        `${plan.cpuBound} (${plan.cpus} ÷ ${plan.cpusPerWorker} per worker)`,
    ]);
    if (plan.speedupBound !== null)
        planRows.push(['Speed-up allows', String(plan.speedupBound)]);
    if (plan.predictedDurationMs !== null)
        planRows.push(['Predicted duration', (0,units/* formatDuration */.a3)(plan.predictedDurationMs)]);
    planRows.push(['Node heap cap', `\`--max-old-space-size=${plan.nodeHeapMb}\` per worker`]);
    lines.push((0,markdown/* table */.tp)(['Plan', ''], planRows));
    lines.push('');
    const notes = [
        ...capacity.warnings.map((text) => `⚠️ ${text}`),
        ...plan.warnings.map((text) => `⚠️ ${text}`),
        ...estimate.notes,
    ];
    if (notes.length > 0) {
        lines.push(notes.map((note) => `- ${(0,report_escape/* escapeMarkdownText */.m4)(note, 500)}`).join('\n'));
        lines.push('');
    }
    if (estimate.runs.length > 0) {
        const runRows = estimate.runs
            .slice(0, 30)
            .map((run) => [
            run.url && run.runId !== null
                ? `[${run.runId}${run.runAttempt && run.runAttempt > 1 ? ` (attempt ${run.runAttempt})` : ''}](${run.url})`
                : String(run.runId ?? '?'),
            (0,report_escape/* escapeMarkdownText */.m4)(run.startedAt.slice(0, 16).replace('T', ' '), 20),
            run.workers === null ? '' : String(run.workers),
            run.perWorkerBytes === null ? '' : (0,units/* formatBytes */.z3)(run.perWorkerBytes),
            run.oomKills > 0 ? `${run.oomKills} OOM kill(s)` : '',
        ]);
        lines.push((0,markdown/* details */.zH)(`Runs learned from (${estimate.runs.length})`, (0,markdown/* table */.tp)(['Run', 'Started', 'Workers', 'Per worker', ''], runRows)));
        lines.push('');
    }
    const n = plan.workers;
    lines.push((0,markdown/* details */.zH)('Flags to paste', (0,markdown/* table */.tp)(['Tool', 'Flag'], [
        ['Jest / Vitest', `\`--maxWorkers=${n}\``],
        ['pytest-xdist', `\`-n ${n}\``],
        ['make', `\`-j${n}\``],
        ['cargo', `\`--jobs ${n}\` or \`CARGO_BUILD_JOBS=${n}\``],
        ['Gradle', `\`--max-workers=${n}\``],
        ['ctest', `\`--parallel ${n}\``],
        ['Node workers', `\`NODE_OPTIONS=--max-old-space-size=${plan.nodeHeapMb}\``],
    ])));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/runner/actions-runner.ts
var actions_runner = __nccwpck_require__(8444);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step: probe, estimate, plan, publish, and start (or mark a phase of) the recording.
 * Orchestration only; every decision lives in a pure module and every side effect in `deps`.
 */









async function runMain(deps) {
    const { runner } = deps;
    try {
        const inputs = parseInputs((name) => runner.getInput(name));
        const overrideWorkers = parseOverrideWorkers(deps.env[OVERRIDE_VARIABLE]);
        if (inputs.mode === 'report') {
            await deps.report(inputs, safePayload(deps));
            return;
        }
        await planStep(deps, inputs, overrideWorkers);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz) {
            runner.setFailed(error.message);
            return;
        }
        // Fail open: our own trouble must never break the user's build.
        runner.warning(`resource-planner could not finish its plan: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function planStep(deps, inputs, overrideWorkers) {
    const { runner } = deps;
    const context = (0,src_context/* readRunContext */.$p)(deps.env, safePayload(deps));
    const capacity = deps.probe();
    for (const warning of capacity.warnings)
        runner.warning(`Probe: ${warning}`);
    const jobDir = context.runnerTemp ? jobDirFor(context.runnerTemp) : null;
    const existing = jobDir ? readJobState(jobDir) : null;
    const historyDir = jobDir ? (0,external_node_path_.join)(jobDir, 'history') : '';
    const estimate = await estimateFor(deps, inputs, context, capacity, historyDir);
    if (overrideWorkers !== null)
        runner.info(`${OVERRIDE_VARIABLE}=${overrideWorkers} overrides the recommendation.`);
    const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
    for (const [name, value] of Object.entries(planOutputs(plan)))
        runner.setOutput(name, value);
    if (inputs.exportEnv) {
        for (const [name, value] of Object.entries(exportedEnvironment(plan, deps.env)))
            runner.exportVariable(name, value);
    }
    logPlan(runner, inputs, plan);
    if (jobDir && inputs.sample)
        recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing);
    else if (!jobDir)
        runner.info('RUNNER_TEMP is not set: not recording memory (not running on an Actions runner?).');
    if (inputs.summary) {
        runner.appendSummary(renderPreRunSummary({ capacity, plan, profileName: inputs.profile }));
    }
}
function safePayload(deps) {
    try {
        return deps.readEventPayload();
    }
    catch {
        return {};
    }
}
/**
 * The per-worker estimate: the input's figure, or one learned from history, or the fallback.
 * History is read whenever it is on, even with a fixed memory-per-worker: the post step compares
 * this run with it (drift), and the profiles are saved for that.
 */
async function estimateFor(deps, inputs, context, capacity, historyDir) {
    const fixed = inputs.memoryPerWorkerBytes === null
        ? null
        : staticEstimate(inputs.memoryPerWorkerBytes, 'input');
    const fallback = staticEstimate(inputs.fallbackMemoryPerWorkerBytes, 'fallback');
    if (!inputs.history) {
        return (fixed ??
            staticEstimate(inputs.fallbackMemoryPerWorkerBytes, 'fallback', [
                'history: false: using fallback-memory-per-worker.',
            ]));
    }
    if (!inputs.githubToken || !context.owner || !context.repo || !historyDir) {
        return (fixed ??
            staticEstimate(inputs.fallbackMemoryPerWorkerBytes, 'fallback', [
                'No token or repository to read history from: using fallback-memory-per-worker.',
            ]));
    }
    try {
        const learned = await deps.learn({
            inputs,
            context,
            capacity,
            baselineBranch: (0,src_context/* baselineBranchFor */.FY)(context, inputs.baselineBranch),
            historyDir,
            fallback,
            log: deps.runner,
        });
        return fixed ?? learned;
    }
    catch (error) {
        deps.runner.warning(`Could not learn from earlier runs, planning without history: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return fixed ?? fallback;
    }
}
function recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing) {
    const { runner } = deps;
    const mark = { name: inputs.profile, t: deps.monotonicMs(), workersRecommended: plan.workers };
    try {
        if (existing) {
            appendPhaseMark(existing.phasesFile, mark);
            const alive = existing.samplerPid !== null && deps.isProcessAlive(existing.samplerPid);
            runner.info(`Phase '${inputs.profile}' started; ${alive ? `the sampler (PID ${existing.samplerPid}) is already recording this job` : 'the sampler is not running, so this phase has no samples'}.`);
            saveStep(runner, { role: 'phase', jobDir, profile: inputs.profile });
            return;
        }
        const state = {
            version: 1,
            samplerPid: null,
            samplesFile: (0,external_node_path_.join)(jobDir, 'samples.jsonl'),
            samplerLogFile: (0,external_node_path_.join)(jobDir, 'sampler.log'),
            phasesFile: (0,external_node_path_.join)(jobDir, 'phases.jsonl'),
            intervalMs: inputs.sampleIntervalMs,
            source: 'none',
            host: profileHost(capacity),
            run: profileRun(context, inputs, deps.nowIso()),
            historyDir,
            samplerProblem: null,
        };
        try {
            const handle = deps.startSampler({
                rootPid: deps.jobRootPid,
                intervalMs: inputs.sampleIntervalMs,
                jobDir,
                capacity,
            });
            Object.assign(state, {
                samplerPid: handle.pid,
                samplesFile: handle.samplesFile,
                samplerLogFile: handle.logFile,
                source: handle.source,
                intervalMs: handle.intervalMs,
            });
            runner.info(`Recording memory every ${handle.intervalMs} ms (sampler PID ${handle.pid}, ${handle.source}).`);
        }
        catch (error) {
            state.samplerProblem = (0,errors/* errorMessage */.gJ)(error);
            runner.warning(`Could not start the memory sampler; the plan stands but this run records nothing: ${state.samplerProblem}`);
        }
        writeJobState(jobDir, state);
        appendPhaseMark(state.phasesFile, mark);
        saveStep(runner, { role: 'owner', jobDir, profile: inputs.profile });
    }
    catch (error) {
        runner.warning(`Could not record phase '${inputs.profile}': ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function saveStep(runner, state) {
    runner.saveState(StateKey.Step, JSON.stringify(state));
}
function logPlan(runner, inputs, plan) {
    runner.info(`resource-planner [${inputs.profile}]: ${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`);
    for (const note of plan.estimate.notes)
        runner.info(`  ${(0,actions_runner/* inertLogText */.I1)(note)}`);
    for (const warning of plan.warnings)
        runner.warning(warning);
}
function profileHost(capacity) {
    return {
        os: capacity.os,
        arch: capacity.arch,
        logicalCpus: capacity.logicalCpus,
        cpus: capacity.cpus,
        memoryTotalBytes: capacity.hostMemoryTotalBytes,
        memoryLimitBytes: capacity.memoryLimitBytes,
        cgroupMemoryLimitBytes: capacity.cgroup?.memoryLimitBytes ?? null,
        cgroupVersion: capacity.cgroup?.version ?? null,
    };
}
function profileRun(context, inputs, startedAt) {
    return {
        repositoryId: context.repositoryId,
        repository: context.repository,
        workflow: context.workflow,
        job: context.job,
        matrixKey: inputs.matrixKey,
        runId: context.runId,
        runAttempt: context.runAttempt,
        sha: context.sha,
        ref: context.ref,
        event: context.eventName,
        headRepositoryId: context.headRepositoryId,
        startedAt,
    };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_MAX_LENGTH, truncate, oneLine, escapeHtmlComment */
/**
 * Escaping for untrusted text (process, branch, job and matrix names; anything read from an
 * earlier run's artifact) before it enters Markdown, HTML comments, Mermaid or the log.
 * REFERENCE §6: `|` must be escaped in table cells even inside code spans, CR/LF end a table
 * row, `< > &` open HTML, `@name` pings people and `#123` links issues.
 */
/** Untrusted strings are cut to this many characters (an ellipsis marks the cut). */
const UNTRUSTED_MAX_LENGTH = 100;
const ZERO_WIDTH_JOINER = '\u200d';
function truncate(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    const characters = [...text];
    return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
}
/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans,
 * mentions or issue references; one line; bounded length.
 */
function escapeMarkdownText(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (truncate(oneLine(text), maxLength)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Backslash first, then every character GFM gives a meaning to inline.
        .replace(/[\\`*_[\]()!~|+=-]/g, (character) => `\\${character}`)
        // `@org/team`, `@user` and `#123` are linked by GitHub after Markdown is rendered, so
        // escaping is not enough: a zero-width joiner after `@` and `#` keeps them readable but inert.
        .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#/g, `#${ZERO_WIDTH_JOINER}`)
        // `::` keeps its look but cannot read as a workflow command if the text reaches a log.
        .replace(/:/g, '&#58;'));
}
/** Control characters (line breaks included) become single spaces. */
function oneLine(text) {
    let result = '';
    let lastWasSpace = false;
    for (const character of text) {
        const code = character.charCodeAt(0);
        const control = code < 0x20 || code === 0x7f;
        if (control && lastWasSpace)
            continue;
        result += control ? ' ' : character;
        lastWasSpace = control;
    }
    return result;
}
/** Untrusted text for a GFM table cell: inline-escaped (which escapes `|`) and on one line. */
function escapeTableCell(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return escapeMarkdownText(text, maxLength);
}
/** A value safe inside an HTML comment: no `--`, `>` or line breaks that could close or forge it. */
function escapeHtmlComment(text) {
    return text
        .replace(/[\r\n]/g, ' ')
        .replace(/-/g, '&#45;')
        .replace(/>/g, '&gt;')
        .replace(/</g, '&lt;');
}
/** A Mermaid label: quotes, brackets, semicolons, `%%`, backticks and line breaks removed. */
function escapeMermaidLabel(text, maxLength = 40) {
    return truncate(text
        .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), maxLength);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ COMMENT_LIMIT_CHARACTERS),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/** Small Markdown builders. Cells passed here are trusted; escape untrusted text first (./escape.ts). */
/** A GFM table. */
function table(header, rows, align) {
    const separator = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(separator), ...rows.map(line)].join('\n');
}
/** A collapsed section. The blank lines let GitHub render Markdown inside. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const SUMMARY_LIMIT_BYTES = 1_048_576;
const COMMENT_LIMIT_CHARACTERS = 65_536;
/**
 * Joins sections, dropping the lowest-priority ones until the result fits `limit` as measured
 * by `size`, and saying so at the end. Sections keep their order.
 */
function fitToLimit(sections, limit, size = (text) => Buffer.byteLength(text, 'utf8')) {
    const kept = sections.map((section, index) => ({ ...section, index }));
    const note = '\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n';
    let text = kept.map((section) => section.markdown).join('\n\n');
    while (size(text) > limit && kept.length > 1) {
        let lowest = 0;
        for (let index = 1; index < kept.length; index++) {
            if (kept[index].priority < kept[lowest].priority)
                lowest = index;
        }
        kept.splice(lowest, 1);
        text = kept.map((section) => section.markdown).join('\n\n') + note;
    }
    if (size(text) > limit) {
        // One section alone is still too long: cut it at a line boundary.
        let cut = text.slice(0, Math.max(0, limit - note.length - 16));
        cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
        while (size(cut + note) > limit)
            cut = cut.slice(0, Math.floor(cut.length * 0.9));
        text = cut + note;
    }
    return text;
}


/***/ }),

/***/ 8444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ inertLogText),
/* harmony export */   gQ: () => (/* binding */ createActionsRunner)
/* harmony export */ });
/* unused harmony exports inputVariableName, formatFileCommand, escapeCommandData, escapeCommandProperty, formatCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The real `Runner`: the GitHub Actions runner's file-command protocol, implemented directly.
 *
 * Why not @actions/core: bundled, it brings an HTTP client (~1 MB of JavaScript) that the main
 * step never uses, and parsing it more than doubles the step's start-up time. The protocol is
 * small and documented (../../../shared/REFERENCE.md §1): `NAME<<DELIMITER` heredocs appended to
 * the files named by GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV, Markdown appended to
 * GITHUB_STEP_SUMMARY, and `::command props::data` lines on stdout for annotations.
 */



/** The environment variable the runner sets for an input: spaces → `_`, upper-cased, hyphens kept. */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Formats one file-command entry with a random heredoc delimiter, as the runner parses it. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A random UUID cannot collide by accident; refusing keeps a forged one from ending the value.
        throw new Error(`Refusing to write '${name}': the value contains the heredoc delimiter.`);
    }
    if (name.includes('\n') || name.includes('\r') || name.includes('=') || name.includes('<<')) {
        throw new Error(`Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
/** Escapes the data part of a workflow command (runner's ActionCommand escaping). */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value of a workflow command. */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Makes untrusted text inert in the log: no line of it can start a workflow command (`::cmd::`
 * after trimming, or the older `##[cmd]` anywhere). A zero-width space breaks the markers while
 * leaving the text readable.
 */
function inertLogText(text) {
    return text.replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
function annotationProps(properties = {}) {
    return { title: properties.title, file: properties.file, line: properties.startLine };
}
function createActionsRunner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const onFailed = options.onFailed ?? (() => void (process.exitCode = 1));
    const line = (text) => write(text + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    const appendFileCommand = (variable, name, value) => {
        const path = env[variable];
        if (!path)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, formatFileCommand(name, value), 'utf8');
        return true;
    };
    return {
        getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
        getState: (name) => env[`STATE_${name}`] ?? '',
        setOutput(name, value) {
            // Outside a runner (no GITHUB_OUTPUT) the value is only logged, so local runs stay readable.
            if (!appendFileCommand('GITHUB_OUTPUT', name, value))
                line(`output ${name}=${value}`);
        },
        saveState(name, value) {
            appendFileCommand('GITHUB_STATE', name, value);
        },
        exportVariable(name, value) {
            if (!appendFileCommand('GITHUB_ENV', name, value))
                line(`env ${name}=${value}`);
        },
        appendSummary(markdown) {
            const path = env.GITHUB_STEP_SUMMARY;
            if (path)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, markdown.endsWith('\n') ? markdown : markdown + '\n', 'utf8');
        },
        info: (message) => line(message),
        debug: (message) => line(formatCommand('debug', message)),
        notice: (message, properties) => line(formatCommand('notice', message, annotationProps(properties))),
        warning: (message, properties) => line(formatCommand('warning', message, annotationProps(properties))),
        error: (message, properties) => line(formatCommand('error', message, annotationProps(properties))),
        setFailed(message) {
            line(formatCommand('error', message));
            onFailed();
        },
    };
}


/***/ }),

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Wg: () => (/* binding */ toMiB),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cy: () => (/* binding */ SIZE_FORMAT),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   nZ: () => (/* binding */ DURATION_FORMAT),
/* harmony export */   ty: () => (/* binding */ KiB),
/* harmony export */   yi: () => (/* binding */ parseDurationMs),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports GiB, TiB */
/**
 * Sizes and durations: the one place that converts and parses them.
 *
 * Binary units throughout: `M`, `MB`, `MiB` and `m` all mean 2^20 bytes, because that is what
 * memory limits (`docker --memory 2g`, Kubernetes `Gi`, cgroup files) and `ps` mean in practice.
 * Reading `MB` as MiB gives 4.9% more bytes than the SI reading; README and action.yml say so.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
const UNIT_BYTES = { '': 1, k: KiB, m: MiB, g: GiB, t: TiB };
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
    if (abs >= KiB)
        return `${sign}${Math.round(abs / KiB)} KiB`;
    return `${sign}${abs} B`;
}
/** A short human duration: `850 ms`, `12.3 s`, `4 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${trimZeros((ms / 1000).toFixed(1))} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function trimZeros(fixed) {
    return fixed.replace(/\.0+$/, '');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6999);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
