import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5965:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ jobDirFor),
/* harmony export */   d9: () => (/* binding */ fileJobStore),
/* harmony export */   ev: () => (/* binding */ writeSamplerIdentity),
/* harmony export */   zv: () => (/* binding */ StateKey)
/* harmony export */ });
/* unused harmony exports JOB_DIR_NAME, jobStatePath, readJobState, writeJobState, samplerIdentityPath, parseProcessIdentity, appendPhaseMark, readPhaseMarks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp, JOB_DIR_NAME);
}
function jobStatePath(jobDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(jobDir, 'job.json');
}
/** The job state, or null when no invocation has written it yet (or it is unreadable). */
function readJobState(jobDir) {
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(jobStatePath(jobDir), 'utf8'));
        return parsed.version === 1 ? parsed : null;
    }
    catch {
        return null;
    }
}
function writeJobState(jobDir, state) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(jobDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(jobStatePath(jobDir), JSON.stringify(state), 'utf8');
}
/**
 * A copy of the sampler's identity beside the job state, so that the post step that owns the
 * sampler can still stop it when the job state itself is unreadable.
 */
function samplerIdentityPath(jobDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(jobDir, 'sampler-identity.json');
}
function writeSamplerIdentity(jobDir, identity) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(jobDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(samplerIdentityPath(jobDir), JSON.stringify(identity), 'utf8');
}
/** A process identity from untrusted JSON (the job state, the identity file); null when malformed. */
function parseProcessIdentity(value) {
    if (typeof value !== 'object' || value === null)
        return null;
    const { pid, startTime, exe } = value;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0)
        return null;
    if (startTime !== null && typeof startTime !== 'string')
        return null;
    if (exe !== null && typeof exe !== 'string')
        return null;
    return { pid, startTime, exe };
}
function appendPhaseMark(phasesFile, mark) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(phasesFile, JSON.stringify(mark) + '\n', 'utf8');
}
/** Phase marks written by the invocations so far; unreadable lines are skipped. */
function readPhaseMarks(phasesFile) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(phasesFile, 'utf8');
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
/** The real store: files under RUNNER_TEMP. */
const fileJobStore = {
    read: readJobState,
    write: writeJobState,
    appendPhaseMark,
    readPhaseMarks,
};


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ realMainDeps)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __nccwpck_require__(4886);
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

;// CONCATENATED MODULE: ./src/probe/host.ts
/**
 * Host memory and cores on macOS and Windows, from what systeminformation reports: pure, data in
 * and data out. The adapter that asks systeminformation is ./systeminformation.ts; Linux never
 * comes here (it reads /proc and the cgroup files, see ./probe.ts).
 */
/**
 * Available memory as each OS counts it.
 *
 * macOS: free + inactive pages (systeminformation's `free` + `reclaimable`). `os.freemem()`
 * (libuv's `free_count` from `host_statistics(HOST_VM_INFO)`, speculative read-ahead pages
 * included) counts free pages only, so a Mac with gigabytes of reclaimable cache looks nearly
 * full. Inactive pages are the ones the kernel hands out next: clean file pages by dropping them,
 * anonymous ones by compressing them. free + inactive is psutil's `virtual_memory().available` on
 * macOS, and libuv's `uv_get_available_memory` (since libuv PR 4908, 2025) less purgeable pages.
 * Not added:
 * - purgeable pages: systeminformation does not report them on their own, and as resident pages
 *   they sit on the active or inactive queue, so the inactive ones are counted already;
 * - systeminformation's own `available`, total − (app memory + wired + compressed) as Activity
 *   Monitor shows "Memory Used": being total minus something, it also counts memory the VM's page
 *   queues do not track and active file pages in use by running programs. On the recorded macOS
 *   runner (test/fixtures/host) it says 2.16 GiB where free + inactive says 2.27 GiB and
 *   `os.freemem()` 97 MiB: the two heuristics agree within 5%, the old figure was 24× too low.
 *
 * Windows: `available` as systeminformation reports it, which is `os.freemem()`: libuv reads
 * `ullAvailPhys` from `GlobalMemoryStatusEx`, memory that "can be immediately reused without
 * having to write its contents to disk first" (the standby, free and zero lists; Microsoft's
 * MEMORYSTATUSEX documentation), the "Available" of Task Manager.
 */
function hostFactsFromSystemInformation(platform, memory, cpu) {
    const notes = [];
    const total = bytesOrNull(memory.total);
    if (total === null || total === 0)
        throw new Error(`systeminformation reported no total memory (${String(memory.total)})`);
    const free = bytesOrNull(memory.free) ?? 0;
    let available;
    if (platform === 'darwin') {
        const inactive = bytesOrNull(memory.reclaimable) ?? 0;
        // systeminformation leaves `reclaimable` at 0 when `vm_stat` fails: free pages are all it has.
        if (inactive === 0)
            notes.push('vm_stat gave no inactive pages: available memory counts free pages only and is likely too low.');
        available = free + inactive;
    }
    else {
        available = bytesOrNull(memory.available) ?? free;
    }
    const swapTotal = bytesOrNull(memory.swaptotal);
    return {
        totalMemoryBytes: total,
        availableMemoryBytes: Math.min(available, total),
        physicalCpus: positiveIntegerOrNull(cpu.physicalCores),
        swapTotalBytes: swapTotal,
        swapFreeBytes: swapTotal === null ? null : bytesOrNull(memory.swapfree),
        notes,
    };
}
/** Host facts from node:os alone, for when systeminformation fails or is too slow. */
function fallbackHostFacts(platform, osFacts, reason) {
    const caveat = platform === 'darwin'
        ? ' (on macOS that counts free pages only, so available memory is likely too low)'
        : '';
    return {
        totalMemoryBytes: osFacts.totalMemoryBytes,
        availableMemoryBytes: Math.min(osFacts.freeMemoryBytes, osFacts.totalMemoryBytes),
        physicalCpus: null,
        swapTotalBytes: null,
        swapFreeBytes: null,
        notes: [
            `systeminformation could not read memory and cores (${reason}): using os.totalmem(), os.freemem() and os.availableParallelism()${caveat}.`,
        ],
    };
}
function bytesOrNull(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? Math.floor(value)
        : null;
}
function positiveIntegerOrNull(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

;// CONCATENATED MODULE: ./src/probe/systeminformation.ts
/**
 * The macOS and Windows host adapter: memory and physical cores from systeminformation. The
 * package is imported here, on first use, and never at start-up: Linux reads /proc instead and
 * never loads it (the bundler puts it in a chunk of its own that only this import pulls in).
 *
 * Only `mem()` and `cpu()` are called, with no arguments: systeminformation's command-injection
 * advisories were all in functions that take strings.
 */

/**
 * Long enough for Windows, where `cpu()` starts three PowerShell processes at once (a cold
 * PowerShell takes about a second to start), short enough that a stuck one cannot hold the step.
 */
const HOST_PROBE_TIMEOUT_MS = 5_000;
const loadSystemInformation = async () => {
    const si = await __nccwpck_require__.e(/* import() */ 754).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2754, 23));
    return { mem: () => si.mem(), cpu: () => si.cpu() };
};
/** Memory and cores from systeminformation; rejects on its errors and after `timeoutMs`. */
async function readHostWithSystemInformation(options) {
    const timeoutMs = options.timeoutMs ?? HOST_PROBE_TIMEOUT_MS;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        // A late answer must not keep the step's process alive.
        timer.unref();
    });
    try {
        const read = (async () => {
            const si = await (options.load ?? loadSystemInformation)();
            const [memory, cpu] = await Promise.all([si.mem(), si.cpu()]);
            return hostFactsFromSystemInformation(options.platform, memory, cpu);
        })();
        return await Promise.race([read, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
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
            totalMemoryBytes: options.os?.totalMemoryBytes ?? external_node_os_default().totalmem(),
            freeMemoryBytes: options.os?.freeMemoryBytes ?? external_node_os_default().freemem(),
        };
        host = fallbackHostFacts(platform, facts, (0,errors/* errorMessage */.gJ)(error));
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
            considerLimit(external_node_path_.posix.join(directory, file), readAt(external_node_path_.posix.join(directory, file)));
    }
    const stat = readAt(external_node_path_.posix.join(memory.leaf, 'memory.stat'));
    const statValues = stat === null ? new Map() : cgroup_parseKeyValues(stat);
    const hierarchical = statValues.get('hierarchical_memory_limit');
    if (!v2 && hierarchical !== undefined) {
        considerLimit(`${external_node_path_.posix.join(memory.leaf, 'memory.stat')} (hierarchical_memory_limit)`, String(hierarchical));
    }
    const usagePath = external_node_path_.posix.join(memory.leaf, v2 ? 'memory.current' : 'memory.usage_in_bytes');
    const usageText = readAt(usagePath);
    const usage = usageText === null ? null : cgroup_parseCounter(usageText);
    if (usageText !== null && usage === null)
        odd(usagePath, usageText);
    const peakText = readAt(external_node_path_.posix.join(memory.leaf, v2 ? 'memory.peak' : 'memory.max_usage_in_bytes'));
    const oomText = readAt(external_node_path_.posix.join(memory.leaf, v2 ? 'memory.events' : 'memory.oom_control'));
    return {
        memoryLimitBytes,
        memoryLimitSource,
        memoryUsageBytes: usage,
        memoryInactiveFileBytes: statValues.get(v2 ? 'inactive_file' : 'total_inactive_file') ?? null,
        memoryPeakBytes: peakText === null ? null : cgroup_parseCounter(peakText),
        oomKills: oomText === null ? null : (cgroup_parseKeyValues(oomText).get('oom_kill') ?? null),
    };
}
/** The smallest CPU quota (CPUs) from the leaf up to the mount: `cpu.max` or cfs quota ÷ period. */
function readCpuQuota(cpu, readAt, odd) {
    let cpuQuota = null;
    for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
        let quota;
        if (cpu.version === 2) {
            const path = external_node_path_.posix.join(directory, 'cpu.max');
            const text = readAt(path);
            if (text === null)
                continue;
            quota = parseCpuMax(text);
            if (quota === 'invalid')
                odd(path, text);
        }
        else {
            const path = external_node_path_.posix.join(directory, 'cpu.cfs_quota_us');
            const quotaText = readAt(path);
            const periodText = readAt(external_node_path_.posix.join(directory, 'cpu.cfs_period_us'));
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
        const text = readAt(external_node_path_.posix.join(cpuset.leaf, file));
        if (text === null)
            continue;
        const count = countCpuList(text);
        if (count !== null)
            return count;
        if (text.trim() !== '')
            odd(external_node_path_.posix.join(cpuset.leaf, file), text);
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


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __nccwpck_require__(1961);
;// CONCATENATED MODULE: ./src/runner/actions-runner.ts
/**
 * The real `Runner`: the GitHub Actions runner's file-command protocol, implemented directly.
 *
 * Why not @actions/core: bundled, it brings an HTTP client (~1 MB of JavaScript) that the main
 * step never uses, and parsing it more than doubles the step's start-up time. The protocol is
 * small and documented (GitHub's "Workflow commands" docs; the runner's parser is
 * `EnvFileKeyValuePairs` in actions/runner): `NAME<<DELIMITER` heredocs appended to
 * the files named by GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV, Markdown appended to
 * GITHUB_STEP_SUMMARY, and `::command props::data` lines on stdout for annotations.
 *
 * Every line this adapter writes to the log goes through `inertText` (src/shared/inert-text.ts):
 * messages often quote untrusted text (an earlier run's artifact, a parser error quoting it, a
 * file name), and no part of them may start a workflow command. Info lines keep their line
 * breaks, each line made inert; annotations (notice, warning, error, setFailed) are folded to one
 * line and cut to ANNOTATION_MAX_LENGTH, since the runner shows an annotation as one message.
 */




/** Longest annotation message (code points): one readable line, never a whole quoted file. */
const ANNOTATION_MAX_LENGTH = 1000;
/** Longest annotation title (code points). */
const TITLE_MAX_LENGTH = 200;
/** The environment variable the runner sets for an input: spaces → `_`, upper-cased, hyphens kept. */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Formats one file-command entry with a random heredoc delimiter, as the runner parses it. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A random UUID cannot collide by accident; refusing keeps a forged one from ending the value.
        throw new Error(`Refusing to write '${name}': the value contains the heredoc delimiter.`);
    }
    if (name.includes('\n') || name.includes('\r') || name.includes('=') || name.includes('<<')) {
        throw new Error(`Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
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
 * Formats one workflow command line as the runner parses it. The protocol layer only: callers
 * with untrusted text go through the adapter, which makes the message inert first.
 */
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
function annotationProps(properties = {}) {
    const title = properties.title === undefined
        ? undefined
        : (0,inert_text/* inertText */.UJ)(properties.title, { fold: true, maxLength: TITLE_MAX_LENGTH });
    return { title, file: properties.file, line: properties.startLine };
}
/** An annotation's message: one inert line, cut (the runner shows it as one message). */
function annotationText(message) {
    return (0,inert_text/* inertText */.UJ)(message, { fold: true, maxLength: ANNOTATION_MAX_LENGTH });
}
function createActionsRunner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const onFailed = options.onFailed ?? (() => void (process.exitCode = 1));
    // Every log line: free text made inert line by line, or a command whose data is made inert.
    const line = (text) => write((0,inert_text/* inertText */.UJ)(text) + external_node_os_namespaceObject.EOL);
    const command = (name, message, properties = {}) => write(formatCommand(name, message, properties) + external_node_os_namespaceObject.EOL);
    const appendFileCommand = (variable, name, value) => {
        const path = env[variable];
        if (!path)
            return false;
        (0,external_node_fs_.appendFileSync)(path, formatFileCommand(name, value), 'utf8');
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
        addPath(folder) {
            // The runner reads GITHUB_PATH line by line: a line break would add a second folder.
            if (/[\r\n]/.test(folder))
                throw new Error(`Refusing to add ${JSON.stringify(folder)} to PATH: it holds a line break.`);
            const path = env.GITHUB_PATH;
            if (path)
                (0,external_node_fs_.appendFileSync)(path, `${folder}${external_node_os_namespaceObject.EOL}`, 'utf8');
            else
                line(`path ${folder}`);
        },
        appendSummary(markdown) {
            const path = env.GITHUB_STEP_SUMMARY;
            if (path)
                (0,external_node_fs_.appendFileSync)(path, markdown.endsWith('\n') ? markdown : markdown + '\n', 'utf8');
        },
        info: (message) => line(message),
        // The runner prints each line of a debug message (%0A) after `##[debug]`: lines kept, inert.
        debug: (message) => command('debug', (0,inert_text/* inertText */.UJ)(message)),
        notice: (message, properties) => command('notice', annotationText(message), annotationProps(properties)),
        warning: (message, properties) => command('warning', annotationText(message), annotationProps(properties)),
        error: (message, properties) => command('error', annotationText(message), annotationProps(properties)),
        setFailed(message) {
            command('error', annotationText(message));
            onFailed();
        },
    };
}

// EXTERNAL MODULE: ./src/runner/files.ts
var runner_files = __nccwpck_require__(869);
;// CONCATENATED MODULE: ./src/runner/cli-shim.ts
/**
 * The CLI on PATH for a job's later steps: a small launcher, `resource-planner`, in a folder
 * under RUNNER_TEMP, that runs the bundled CLI (dist/cli/index.js) with the Node that runs the
 * action, so a workflow needs no npm install. The main step adds the folder to PATH through the
 * runner's GITHUB_PATH file command.
 */



const CLI_COMMAND = 'resource-planner';
/**
 * The launcher sets this (unless the caller did) to the folder of earlier runs' profiles the
 * main step fetched, so `plan` and `exec` in later steps learn from the same history without
 * `--history` (src/cli/plan.ts).
 */
const HISTORY_DIR_VARIABLE = 'RESOURCE_PLANNER_HISTORY_DIR';
/** Single-quotes text for a POSIX shell: everything literal, `'` written as `'\''`. */
function shQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/**
 * The launchers for `platform`: a POSIX sh script everywhere (Git Bash runs it on Windows
 * through its `#!` line), and on Windows a `.cmd` for cmd and PowerShell when both paths can be
 * written in one without quoting trouble (no `"`, `%` or line break; else cmd would read them).
 */
function shimFiles(options) {
    const { nodePath, cliScript, historyDir } = options;
    if (/[\r\n\0]/.test(nodePath + cliScript + historyDir))
        throw new Error('the path of Node, of the CLI or of the history holds a line break');
    // The caller's own setting wins; the value is single-quoted, so nothing in it is expanded.
    const history = historyDir === ''
        ? ''
        : `if [ -z "\${${HISTORY_DIR_VARIABLE}:-}" ]; then\n  ${HISTORY_DIR_VARIABLE}=${shQuote(historyDir)}\n  export ${HISTORY_DIR_VARIABLE}\nfi\n`;
    const files = [
        {
            name: CLI_COMMAND,
            content: `#!/bin/sh\n# Written by the resource-planner action: its CLI, run by the action's own Node.\n${history}exec ${shQuote(nodePath)} ${shQuote(cliScript)} "$@"\n`,
        },
    ];
    if (options.platform === 'win32' && !/["%]/.test(nodePath + cliScript + historyDir)) {
        const cmdHistory = historyDir === ''
            ? ''
            : `@if not defined ${HISTORY_DIR_VARIABLE} set "${HISTORY_DIR_VARIABLE}=${historyDir}"\r\n`;
        files.push({
            name: `${CLI_COMMAND}.cmd`,
            content: `@setlocal\r\n${cmdHistory}@"${nodePath}" "${cliScript}" %*\r\n`,
        });
    }
    return files;
}
/** Writes the launchers into `folder` (made if missing, one level), executable. */
function installCliShim(folder, options) {
    const files = shimFiles(options);
    (0,runner_files/* ensureWritableDirectory */.Wh)(folder, 1);
    for (const file of files) {
        const path = (0,external_node_path_.join)(folder, file.name);
        (0,external_node_fs_.writeFileSync)(path, file.content, { mode: 0o755 });
        // The mode of writeFileSync applies only to a new file: a launcher from an earlier step too.
        (0,external_node_fs_.chmodSync)(path, 0o755);
    }
}

// EXTERNAL MODULE: ./src/action/job-state.ts
var job_state = __nccwpck_require__(5965);
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
    return (0,external_node_path_.basename)(target.replace(/ \(deleted\)$/, ''));
}
/** The basename of argv[0] only: everything after the first NUL (the arguments) is dropped. */
function nameFromCmdline(cmdline) {
    const argv0 = cmdline.split('\0', 1)[0] ?? '';
    return (0,external_node_path_.basename)(argv0.split(' ', 1)[0] ?? '');
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
        for (const entry of readdirSync(this.procRoot)) {
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
                    fd: openSync(`${this.procRoot}/${pid}/stat`, 'r'),
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
            const bytes = readSync(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
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
            const name = nameFromExe(readlinkSync(`${this.procRoot}/${pid}/exe`));
            if (name)
                return name;
        }
        catch {
            // Another user's process (EACCES) or a kernel thread (ENOENT).
        }
        try {
            const name = nameFromCmdline(readFileSync(`${this.procRoot}/${pid}/cmdline`, 'latin1'));
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
            closeSync(tracked.fd);
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

// EXTERNAL MODULE: ./src/sampler/types.ts
var types = __nccwpck_require__(9001);
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
const SAMPLER_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=64'];
function spawnSampler(options) {
    (0,external_node_fs_.mkdirSync)(options.directory, { recursive: true });
    const { samplesFile, logFile } = (0,types/* samplerFiles */.g)(options.directory);
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
        String(options.maxLifetimeMs ?? types/* SAMPLER_MAX_LIFETIME_MS */.P),
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
    if (platform === 'linux' && (options.procRoot !== undefined || (0,external_node_fs_.existsSync)('/proc/self/stat')))
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
        stat = (0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/stat`, 'latin1');
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
        const name = nameFromExe((0,external_node_fs_.readlinkSync)(`${procRoot}/${pid}/exe`));
        if (name)
            return name;
    }
    catch {
        // Another user's process (EACCES), a zombie or a kernel thread (ENOENT).
    }
    try {
        const name = nameFromCmdline((0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/cmdline`, 'latin1'));
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

;// CONCATENATED MODULE: ./src/shared/version.ts
/** The tool's version, recorded in every run profile. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/runner/process.ts
/** Small process-level adapters shared by the entry points. */

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
function monotonicMs() {
    return Number(process.hrtime.bigint() / 1000000n);
}
/** The largest event payload read (GitHub's are far smaller). */
const MAX_EVENT_PAYLOAD_BYTES = 8 * 1024 * 1024;
/**
 * The event payload, capped at 8 MiB while reading (a larger file is refused from its size, and
 * only a regular file is read: never a FIFO or a device); `{}` when there is none or it cannot be
 * read or parsed (the steps fail open: a broken payload only loses what it would have told them).
 *
 * The second parameter is accepted for the callers that still pass `readFileSync`, and ignored:
 * an unbounded reader cannot apply the cap while reading.
 */
function readEventPayload(path, _unboundedReader) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,runner_files/* readBoundedText */.Ht)(path, MAX_EVENT_PAYLOAD_BYTES, { what: 'an event payload' }));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/action/main-deps.ts
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
/** dist/main/index.js → dist/cli/index.js, built from parts for the same reason. */
function cliScript() {
    const relative = ['..', 'cli', 'index.js'].join('/');
    return (0,external_node_url_.fileURLToPath)(new URL(relative, import.meta.url));
}
function realMainDeps() {
    const env = process.env;
    const runner = createActionsRunner({ env });
    return {
        runner,
        env,
        readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, external_node_fs_.readFileSync),
        jobStore: job_state/* fileJobStore */.d9,
        probe: () => probeMachine(),
        monotonicMs: monotonicMs,
        nowIso: () => new Date().toISOString(),
        // The runner worker starts each step's process directly, so the parent of this step is the
        // worker, and its descendants are the job's processes.
        jobRootPid: process.ppid,
        startSampler: (request) => {
            const handle = spawnSampler({
                script: samplerScript(),
                rootPid: request.rootPid,
                intervalMs: request.intervalMs,
                directory: request.jobDir,
                cgroup: request.capacity.cgroup,
            });
            const started = handle.identity;
            if (started) {
                try {
                    (0,job_state/* writeSamplerIdentity */.ev)(request.jobDir, started);
                }
                catch {
                    // Only a fallback for an unreadable job state; the job state keeps the identity too.
                }
            }
            return handle;
        },
        isProcessAlive: alive,
        installCli: (folder, historyDir) => installCliShim(folder, {
            nodePath: process.execPath,
            cliScript: cliScript(),
            historyDir,
            platform: process.platform,
        }),
        learn: async (request) => {
            const { learnFromGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(325), __nccwpck_require__.e(784), __nccwpck_require__.e(259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4259));
            return learnFromGitHub(request);
        },
        report: async (inputs, payload) => {
            const { runReportMode } = await Promise.all(/* import() */[__nccwpck_require__.e(325), __nccwpck_require__.e(784), __nccwpck_require__.e(44)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6044));
            await runReportMode(runner, env, inputs, payload);
        },
        toolVersion: TOOL_VERSION,
    };
}


/***/ }),

/***/ 4855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __nccwpck_require__(4886);
;// CONCATENATED MODULE: ./src/estimate/choose.ts
/**
 * Which per-worker estimate a plan uses: the `memory-per-worker` input, one learned from history,
 * or the fallback. One function for the action and the CLI so that they cannot diverge.
 */


async function chooseEstimate(choice) {
    const fixed = choice.memoryPerWorkerBytes === null
        ? null
        : staticEstimate(choice.memoryPerWorkerBytes, 'input');
    const fallback = staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback');
    if ('unavailable' in choice.history) {
        const reason = choice.history.unavailable;
        return (fixed ??
            (reason === null
                ? fallback
                : staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback', [reason])));
    }
    try {
        const learned = await choice.history.learn(fallback);
        return fixed ?? learned;
    }
    catch (error) {
        if (choice.onLearnError === 'throw')
            throw error;
        choice.warn(`Could not learn from earlier runs, planning without history: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return fixed ?? fallback;
    }
}
/** The estimate used when nothing was learned: the input's figure or the fallback. */
function staticEstimate(perWorkerBytes, source, notes = []) {
    return {
        source,
        perWorkerBytes,
        memberPeakBytes: null,
        baseBytes: 0,
        confidence: 'none',
        historyRuns: 0,
        spread: null,
        workerName: null,
        oomInHistory: false,
        speedup: null,
        concurrency: null,
        elasticShare: 1,
        elastic: false,
        baseMeasured: false,
        countEvidence: [],
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

// EXTERNAL MODULE: ./src/profile/types.ts
var types = __nccwpck_require__(6808);
;// CONCATENATED MODULE: ./src/config/inputs.ts
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
    'memory-reserve': 'auto',
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
    'post-timeout': '60s',
    'baseline-branch': '',
    'min-speedup-gain': '5%',
    'elastic-memory': 'auto',
    'drift-threshold': '10%',
    'drift-method': 'auto',
    comment: 'on-drift',
    'fail-on-drift': 'false',
    'metrics-file': '',
    'pushgateway-url': '',
    'target-duration': '',
    'runner-catalog': '',
    shard: '',
    'history-job': '',
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
            memoryReserveBytes: read('memory-reserve') === 'auto'
                ? null
                : parseSizeInput('memory-reserve', read('memory-reserve'), 0, 'auto or '),
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
        postTimeoutMs: parseDurationInput(read, 'post-timeout', 1000),
        baselineBranch: parseBranch(read('baseline-branch')),
        minSpeedupGain: parseFraction(read, 'min-speedup-gain', { allowZero: true }),
        elasticMemory: parseChoice(read, 'elastic-memory', ['auto', 'off']) === 'auto',
        driftThresholdFraction: parseFraction(read, 'drift-threshold', { allowZero: true }),
        driftMethod: parseChoice(read, 'drift-method', ['auto', 'robust', 'max']),
        comment: parseChoice(read, 'comment', ['on-drift', 'always', 'never']),
        failOnDrift: parseBoolean(read, 'fail-on-drift'),
        matrixKey: matrixKey === '' || matrixKey === 'null' ? null : matrixKey.slice(0, 4096),
        metricsFile: parseFilePath('metrics-file', read('metrics-file')),
        pushgatewayUrl: parsePushgatewayUrl(read('pushgateway-url')),
        targetDurationMs: read('target-duration') === ''
            ? null
            : parseDurationInput(read, 'target-duration', 1000, ', or empty for none'),
        runnerCatalog: parseFilePath('runner-catalog', read('runner-catalog')),
        shard: parseShard(read('shard'), matrixKey),
        historyJob: parseJobId(read('history-job')),
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
function parseSizeInput(name, text, minBytes, alternatives = '') {
    const bytes = (0,units/* parseSize */.DB)(text);
    if (bytes === null || bytes < minBytes)
        throw new errors/* InputError */.dz(name, text, `${alternatives}${units/* SIZE_FORMAT */.cy}`);
    if (minBytes > 0 && bytes < units/* MiB */.lv) {
        throw new errors/* InputError */.dz(name, text, `${units/* SIZE_FORMAT */.cy}, at least 1M`);
    }
    return bytes;
}
function parseDurationInput(read, name, minMs, alternatives = '') {
    const text = read(name);
    const ms = (0,units/* parseDurationMs */.yi)(text);
    if (ms === null || ms < minMs)
        throw new errors/* InputError */.dz(name, text, `${units/* DURATION_FORMAT */.nZ}, at least ${minMs} ms${alternatives}`);
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
const SHARD_FORMAT = `INDEX/TOTAL such as 2/3 (1 ≤ INDEX ≤ TOTAL ≤ ${types/* MAX_SHARDS */.hH}), or empty for none`;
/**
 * `2/3` → { index: 2, total: 3 }. A matrix that says which shard this job is (`shard: 2` in the
 * matrix key) must agree with it: a job that ran shard 2 recorded as shard 1 would mix histories.
 */
function parseShard(text, matrixKey) {
    if (text === '')
        return null;
    const shard = parseShardText(text);
    if (shard === null)
        throw new errors/* InputError */.dz('shard', text, SHARD_FORMAT);
    const { index, total } = shard;
    const fromMatrix = matrixShard(matrixKey);
    if (fromMatrix !== null && fromMatrix !== index)
        throw new errors/* InputError */.dz('shard', text, `${SHARD_FORMAT}, whose index agrees with the matrix's shard (${fromMatrix}): use shard: \${{ matrix.shard }}/TOTAL`);
    return { index, total };
}
/** `2/3` → { index: 2, total: 3 }; null for anything else (SHARD_FORMAT says what is accepted). */
function parseShardText(text) {
    const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim());
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    return match && index >= 1 && index <= total && total <= types/* MAX_SHARDS */.hH ? { index, total } : null;
}
/** The matrix's `shard` value when it is a whole number (`{"shard":2}` or `"2"`); null otherwise. */
function matrixShard(matrixKey) {
    let matrix;
    try {
        matrix = JSON.parse(matrixKey);
    }
    catch {
        return null;
    }
    if (typeof matrix !== 'object' || matrix === null)
        return null;
    const value = matrix.shard;
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) ? number : null;
}
/** A workflow job id: a letter or `_`, then letters, digits, `-` or `_` (GitHub's rule). */
function parseJobId(text) {
    if (text !== '' && !/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(text))
        throw new errors/* InputError */.dz('history-job', text, 'the id of a job in this workflow (a letter or "_", then letters, digits, "-" or "_"), or empty for this job');
    return text;
}
function parseFilePath(name, text) {
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 4096 || hasControl)
        throw new errors/* InputError */.dz(name, text, 'a file path, or empty for none');
    return text;
}
/** http(s) only, no credentials in the URL (they would reach the log), no query or fragment. */
function parsePushgatewayUrl(text) {
    if (text === '')
        return null;
    const format = 'an http:// or https:// URL such as http://pushgateway:9091, or empty for none';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz('pushgateway-url', text, format);
    }
    // Credentials are refused without echoing them: the error reaches the log.
    if (url.username !== '' || url.password !== '')
        throw new errors/* InputError */.dz('pushgateway-url', `${url.protocol}//***@${url.host}`, format);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.search !== '' ||
        url.hash !== '')
        throw new errors/* InputError */.dz('pushgateway-url', text, format);
    return url;
}
function parseBranch(text) {
    // Git refuses these in branch names too; refusing them here keeps the value inert in API queries.
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes('..')) {
        throw new errors/* InputError */.dz('baseline-branch', text, 'a branch name such as main, or empty for automatic');
    }
    return text;
}

// EXTERNAL MODULE: ./src/action/job-state.ts
var job_state = __nccwpck_require__(5965);
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

// EXTERNAL MODULE: ./src/estimate/speedup.ts
var speedup = __nccwpck_require__(96);
;// CONCATENATED MODULE: ./src/plan/budget.ts
/**
 * The memory budget workers may use, and the reserve taken off first: one formula for the plan
 * and the post-run advisory. Pure. docs/algorithm.md §2 explains the defaults.
 */

/**
 * The reserve before history has measured the job's own non-worker memory: the runner worker,
 * the OS and the job's other processes, whose growth during the job is unknown. 512 MiB keeps a
 * 2 GiB container useful where the older in-house formula's 1,000 MB left nothing.
 */
const UNMEASURED_RESERVE_BYTES = 512 * units/* MiB */.lv;
/**
 * ...but never more than this share of the memory limit: a flat 512 MiB took 64% of an 800 MiB
 * container. The non-worker memory measured in the convergence benchmark (bench/RESULTS.md §5:
 * a Python pool's parent, Jest's own process, a Node pool's parent) was 16–142 MiB in limits of
 * 768–2048 MiB; a quarter of the limit covers that 1.3× or more in every one of them.
 */
const UNMEASURED_RESERVE_SHARE = 0.25;
/**
 * The reserve once history measures the job's base (its non-worker processes): only what history
 * cannot see is left, the runner's own growth and the kernel. 100 MiB is the kubelet's default
 * hard-eviction threshold (`memory.available<100Mi`): the floor Kubernetes keeps free on a node.
 */
const MEASURED_RESERVE_BYTES = 100 * units/* MiB */.lv;
/**
 * The reserve in bytes: the `memory-reserve` input, or `auto` (null) by what history measured:
 * 100 MiB once it measured the base; before that 512 MiB, or a quarter of a smaller memory limit
 * (`memoryLimitBytes`, the runner's or the container's ceiling).
 */
function budget_resolveReserve(setting, baseMeasured, memoryLimitBytes = Number.POSITIVE_INFINITY) {
    if (setting !== null)
        return { bytes: setting, source: 'input' };
    if (baseMeasured)
        return { bytes: MEASURED_RESERVE_BYTES, source: 'auto, base measured' };
    const share = Math.floor(memoryLimitBytes * UNMEASURED_RESERVE_SHARE);
    return share < UNMEASURED_RESERVE_BYTES
        ? {
            bytes: Math.max(MEASURED_RESERVE_BYTES, share),
            source: 'auto, base unknown, a quarter of the limit',
        }
        : { bytes: UNMEASURED_RESERVE_BYTES, source: 'auto, base unknown' };
}
/**
 * budget = max(0, (memory − reserve) × fraction), in bytes, rounded down.
 * @example memoryBudgetBytes(8 * GiB, { memoryReserveBytes: 512 * MiB, memoryFraction: 0.9 }) // 6.75 GiB
 */
function budget_memoryBudgetBytes(memoryBytes, settings) {
    return Math.max(0, Math.floor((memoryBytes - settings.memoryReserveBytes) * settings.memoryFraction));
}

;// CONCATENATED MODULE: ./src/plan/ladder.ts
/** A limit within this share of another counts as the same (cgroup limits round to pages). */
const SAME_LIMIT_TOLERANCE = 0.02;
/** Evidence older than this many half-lives (14 days at the default 7-day half-life) is forgotten. */
const EVIDENCE_MAX_AGE_HALF_LIVES = 2;
/** Past this count the step is a share of it, not one worker. */
const STEP_SHARE = 0.25;
/**
 * Memory per worker this much above the run that proved a count means the proof no longer holds
 * (the drift test's default threshold, 10%).
 */
const RISEN_SHARE = 0.1;
/** One step past `count`: one worker, or 25% of it for counts of 8 and more. */
function stepAbove(count) {
    return count + Math.max(1, Math.floor(count * STEP_SHARE));
}
function buildLadder(input) {
    const ignored = [];
    const tolerance = input.memoryLimitBytes * SAME_LIMIT_TOLERANCE;
    const minWeight = 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
    const recent = input.evidence.filter((run) => run.weight >= minWeight);
    if (recent.length < input.evidence.length)
        ignored.push(`${input.evidence.length - recent.length} run(s) older than ${EVIDENCE_MAX_AGE_HALF_LIVES} half-lives`);
    const proofs = recent.filter((run) => run.clean && run.memoryLimitBytes <= input.memoryLimitBytes + tolerance);
    const looser = recent.filter((run) => run.clean && run.memoryLimitBytes > input.memoryLimitBytes + tolerance).length;
    if (looser > 0)
        ignored.push(`${looser} clean run(s) under a looser memory limit prove nothing here`);
    const best = proofs.reduce((top, run) => (top === null || run.workers > top.workers ? run : top), null);
    const timeOf = (run) => Date.parse(run.startedAt) || 0;
    const kills = recent.filter((run) => run.oomKills + run.heapLimitKills > 0 &&
        run.memoryLimitBytes >= input.memoryLimitBytes - tolerance &&
        // A later clean run at this count or more, on this memory, overrules the kill.
        !proofs.some((proof) => proof.workers >= run.workers && timeOf(proof) > timeOf(run)));
    const worst = kills.reduce((low, run) => (low === null || run.workers < low.workers ? run : low), null);
    // Risen against the most any proof needed, not against the one run that proved the count:
    // per-worker memory varies run to run (inputs, seeds, GC timing) by about the drift threshold
    // itself, and one ordinary run must not lift the floor.
    const provenNeed = Math.max(0, ...proofs.map((run) => run.perWorkerBytes));
    const risen = best !== null &&
        input.latestPerWorkerBytes !== null &&
        input.latestPerWorkerBytes > provenNeed * (1 + RISEN_SHARE);
    let ceiling = best === null ? null : stepAbove(best.workers);
    if (ceiling !== null && worst !== null)
        ceiling = Math.min(ceiling, worst.workers - 1);
    // Right after an OOM kill, fall back to the proof and take no step this time: the kill is the
    // newest thing known about this memory.
    const newest = recent.reduce((latest, run) => (latest === null || timeOf(run) > timeOf(latest) ? run : latest), null);
    if (ceiling !== null && best !== null && newest !== null && kills.includes(newest))
        ceiling = Math.min(ceiling, best.workers);
    return {
        proven: best?.workers ?? null,
        provenRunId: best?.runId ?? null,
        unsafe: worst?.workers ?? null,
        unsafeRunId: worst?.runId ?? null,
        unsafeCause: worst === null ? null : worst.oomKills > 0 ? 'oom-kill' : 'heap-limit',
        ceiling: ceiling === null ? null : Math.max(0, ceiling),
        risen,
        ignored,
    };
}
/**
 * The memory bound after the ladder: the predicted bound `predicted`, no higher than the ceiling
 * and below an unsafe count, no lower than the proven count (unless memory has risen or the
 * proof is contradicted by a later OOM kill at or below it).
 */
function laddered(predicted, ladder) {
    let bound = predicted;
    if (ladder.unsafe !== null)
        bound = Math.min(bound, ladder.unsafe - 1);
    if (ladder.ceiling !== null)
        bound = Math.min(bound, ladder.ceiling);
    if (ladder.proven !== null &&
        !ladder.risen &&
        (ladder.unsafe === null || ladder.proven < ladder.unsafe))
        bound = Math.max(bound, ladder.proven);
    return Math.max(0, bound);
}

// EXTERNAL MODULE: ./src/estimate/concurrency.ts
var concurrency = __nccwpck_require__(4669);
// EXTERNAL MODULE: ./src/estimate/estimate.ts
var estimate_estimate = __nccwpck_require__(1578);
;// CONCATENATED MODULE: ./src/plan/memory-bound.ts
/**
 * How many workers the memory budget holds, by the best model the evidence supports. Pure.
 *  - concurrency model (v2 history with 2+ workers at once): need(N) = predicted group peak
 *    × (1 + 15% margin) × the elastic prior's share;
 *  - lockstep (no such evidence): need(N) = N × the per-worker estimate (margins included);
 *  - elastic boundary (Node/JVM workers with a proven count and no OOM kill): need(N) = N × half
 *    the workers' peak, the measured pass/OOM boundary, so the ladder may step up where a static
 *    prediction would not. The heap cap (node-heap-mb) bounds the memory; the first OOM kill ends it.
 * Base memory comes off the budget first in every case.
 */



/** No plan considers more workers than this. */
const MAX_WORKERS_CONSIDERED = 4096;
function memoryBoundFor(estimate, budgetBytes, ladder) {
    const room = budgetBytes - Math.max(0, estimate.baseBytes);
    const model = estimate.concurrency
        ? concurrentBound(estimate.concurrency, estimate, room)
        : lockstepBound(estimate, room, ladder);
    // The elastic boundary only serves the ladder's next step, and only where the model refuses it.
    const elastic = elasticBound(estimate, room, ladder);
    const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
    return elastic !== null && model.bound < step && elastic.bound > model.bound ? elastic : model;
}
/**
 * Each worker at its peak. With a proof on this memory the confidence factor √(1 + 1/n) is not
 * stacked on the +15% margin: as with the concurrency model, the ladder's one step bounds how far
 * little evidence can carry the plan.
 */
function lockstepBound(estimate, room, ladder) {
    const proven = ladder !== null && ladder.proven !== null && !ladder.risen;
    const perWorker = proven && estimate.memberPeakBytes !== null
        ? Math.max(1, estimate.memberPeakBytes * (1 + estimate_estimate/* SAFETY_MARGIN */.iN) * estimate.elasticShare)
        : Math.max(1, estimate.perWorkerBytes);
    const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
    return {
        bound,
        kind: 'lockstep',
        why: estimate.source === 'history'
            ? 'no run recorded 2+ workers at once with per-sample figures: each worker is counted at its peak'
            : `no history: ${estimate.source === 'input' ? 'memory-per-worker' : 'fallback-memory-per-worker'} per worker`,
        text: `${bound} × ${(0,units/* formatBytes */.z3)(perWorker)}`,
        needOf: (workers) => workers * perWorker,
    };
}
function concurrentBound(model, estimate, room) {
    const scale = (1 + estimate_estimate/* SAFETY_MARGIN */.iN) * estimate.elasticShare;
    const needOf = (workers) => (0,concurrency/* predictConcurrentPeakBytes */.xF)(model, workers) * scale;
    const bound = room <= 0 ? 0 : (0,concurrency/* maxWorkersWithin */.Bh)(model, room / scale, MAX_WORKERS_CONSIDERED);
    const share = estimate.elasticShare < 1 ? ` × ${estimate.elasticShare.toFixed(2)} elastic prior` : '';
    return {
        bound,
        kind: model.kind,
        why: `${model.reason}; +15% margin${share}`,
        text: `${bound} workers, predicted together at ${(0,units/* formatBytes */.z3)(needOf(bound))} (${model.kind} model, +15%${share})`,
        needOf,
    };
}
function elasticBound(estimate, room, ladder) {
    if (!estimate.elastic || ladder === null || ladder.proven === null || ladder.risen)
        return null;
    // The largest per-worker peak history saw: the boundary is half the *unconstrained* peak, and
    // the largest seen is the nearest to it.
    const memberPeak = estimate.spread?.maxBytes ?? estimate.memberPeakBytes;
    if (memberPeak === null || memberPeak <= 0)
        return null;
    const perWorker = memberPeak * estimate_estimate/* ELASTIC_MIN_SHARE */.p$;
    const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
    return {
        bound,
        kind: 'elastic-boundary',
        why: `'${estimate.workerName ?? 'node'}' workers size their heap from the memory they see: stepping on the measured pass/OOM boundary, half their peak (${(0,units/* formatBytes */.z3)(perWorker)}), with node-heap-mb as the cap; an OOM kill stops it`,
        text: `${bound} × ${(0,units/* formatBytes */.z3)(perWorker)} (half the workers' peak, the elastic boundary)`,
        needOf: (workers) => workers * perWorker,
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
 *   memory bound = the largest N whose predicted need fits the budget (./memory-bound.ts),
 *                  then held to what history proves on this memory (./ladder.ts)
 *   CPU bound    = max(1, floor(cpus ÷ cpus-per-worker))
 * The `workers` input and RESOURCE_PLANNER_WORKERS replace the result (limited-by `override`).
 */
function planWorkers({ capacity, settings, estimate }) {
    const warnings = [];
    const reserve = budget_resolveReserve(settings.memoryReserveBytes, estimate.baseMeasured, capacity.memoryLimitBytes);
    const budget = budget_memoryBudgetBytes(capacity.memoryAvailableBytes, {
        memoryReserveBytes: reserve.bytes,
        memoryFraction: settings.memoryFraction,
    });
    const perWorker = Math.max(1, estimate.perWorkerBytes);
    const base = Math.max(0, estimate.baseBytes);
    const ladder = estimate.countEvidence.length > 0
        ? buildLadder({
            evidence: estimate.countEvidence,
            memoryLimitBytes: capacity.memoryLimitBytes,
            latestPerWorkerBytes: latestPerWorker(estimate),
        })
        : null;
    const model = memoryBoundFor(estimate, budget, ladder);
    const memoryBound = ladder ? laddered(model.bound, ladder) : model.bound;
    const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
    const speedupBound = speedupBoundFor(estimate, memoryBound, ladder);
    if (capacity.memoryAvailableBytes <= reserve.bytes) {
        warnings.push(`Available memory (${(0,units/* formatBytes */.z3)(capacity.memoryAvailableBytes)}) is no more than the reserve ` +
            `(${(0,units/* formatBytes */.z3)(reserve.bytes)}): planning the minimum of ${settings.minWorkers} worker(s). ` +
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
        if (override > cpuBound) {
            warnings.push(`The forced ${override} workers exceed the ${cpuBound} that ${capacity.cpus} CPU(s) allow at ${settings.cpusPerWorker} per worker: they will wait for CPU time.`);
        }
    }
    else {
        ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
            budget,
            base,
            perWorker,
            cpus: capacity.cpus,
            modelText: model.text,
            ladderBinds: ladder !== null && memoryBound !== model.bound,
            ladder,
            speedupKind: estimate.speedup?.kind ?? null,
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
        predictedMemoryBound: model.bound,
        memoryModel: { kind: model.kind, why: model.why },
        predictedPeakBytes: Math.round(base + model.needOf(workers)),
        ladder,
        ladderLine: ladder ? ladderLine(ladder, model.bound, memoryBound) : null,
        speedupBound,
        cpus: capacity.cpus,
        cpusPerWorker: settings.cpusPerWorker,
        memoryLimitBytes: capacity.memoryLimitBytes,
        memoryAvailableBytes: capacity.memoryAvailableBytes,
        memoryReserveBytes: reserve.bytes,
        reserveSource: reserve.source,
        memoryFraction: settings.memoryFraction,
        memoryBudgetBytes: budget,
        perWorkerBytes: perWorker,
        baseBytes: base,
        nodeHeapMb,
        predictedDurationMs: estimate.speedup ? (0,speedup/* predictDurationMs */.yh)(estimate.speedup, workers) : null,
        estimate,
        warnings,
    };
}
/** The newest run's per-worker figure (to tell whether memory has risen since a proof). */
function latestPerWorker(estimate) {
    let latest = null;
    for (const run of estimate.countEvidence) {
        const t = Date.parse(run.startedAt) || 0;
        if (latest === null || t > latest.t)
            latest = { t, bytes: run.perWorkerBytes };
    }
    return latest?.bytes ?? null;
}
/** "proven 3 (run 42) · unsafe 5 · proposed 4 (one step up: predicted 1.1 GiB fits 1.2 GiB)". */
function ladderLine(ladder, predictedBound, bound) {
    const parts = [];
    parts.push(ladder.proven === null
        ? 'proven: none on this memory yet'
        : `proven ${ladder.proven}${ladder.provenRunId !== null ? ` (run ${ladder.provenRunId})` : ''}`);
    if (ladder.unsafe !== null)
        parts.push(`${ladder.unsafeCause === 'heap-limit' ? 'stopped at the V8 heap limit' : 'OOM-killed'} at ${ladder.unsafe}${ladder.unsafeRunId !== null ? ` (run ${ladder.unsafeRunId})` : ''}`);
    let why;
    if (ladder.proven === null)
        why = 'nothing proven here yet: the model alone decides';
    else if (ladder.risen)
        why = 'memory per worker has risen since that proof: the model alone decides';
    else if (bound > ladder.proven && predictedBound > bound)
        why = `one step past the proof (the model allows ${predictedBound}; the plan climbs one step at a time)`;
    else if (bound > ladder.proven)
        why = `one step past the proof, where the model predicts it fits`;
    else if (ladder.unsafe !== null && bound === ladder.unsafe - 1)
        why = `below the count that ${ladder.unsafeCause === 'heap-limit' ? 'ran out of heap' : 'was OOM-killed'}`;
    else if (predictedBound > bound)
        why = `the model allows ${predictedBound}, but the plan climbs one step at a time`;
    else if (predictedBound < bound)
        why = `held at the proof (the model alone would say ${predictedBound})`;
    else
        why = `the model predicts the next step does not fit`;
    parts.push(`memory allows ${bound}: ${why}`);
    if (ladder.ignored.length > 0)
        parts.push(`ignored: ${ladder.ignored.join('; ')}`);
    return parts.join(' · ');
}
/**
 * Where the durations say to stop. Amdahl's fit stops the climb where one more worker stops
 * paying, but never below a count proven on this memory: the fitted curve always falls, so going
 * below a proof would trade measured speed for a predicted saving, and a fit from a few noisy
 * durations flips easily. A `no-gain` model is measured, not extrapolated (runs at more workers
 * took longer, beyond the min-speedup-gain band), so it may go below the proof: fewer workers are
 * then both faster and lighter. Runs at the lower count keep testing it: if they turn out slower,
 * the model changes and the plan climbs back to the proof.
 */
function speedupBoundFor(estimate, memoryBound, ladder) {
    const speedup = estimate.speedup;
    if (!speedup)
        return null;
    if (speedup.kind === 'no-gain')
        return Math.max(1, speedup.maxUsefulWorkers);
    const provenFloor = ladder && !ladder.risen ? (ladder.proven ?? 1) : 1;
    return Math.max(1, Math.min(memoryBound, provenFloor), speedup.maxUsefulWorkers);
}
function boundedChoice(memoryBound, cpuBound, speedupBound, settings, terms) {
    const memoryText = terms.ladderBinds
        ? `${memoryBound} on the evidence ladder (${terms.modelText})`
        : `${(0,units/* formatBytes */.z3)(terms.budget)} budget${terms.base > 0 ? ` − ${(0,units/* formatBytes */.z3)(terms.base)} base` : ''} fits ${terms.modelText}`;
    const cpuText = `${terms.cpus} CPU(s) ÷ ${settings.cpusPerWorker} per worker = ${cpuBound}`;
    let workers = Math.min(memoryBound, cpuBound);
    // On a tie the CPU is named: adding memory alone would not allow more workers.
    let limitedBy = memoryBound < cpuBound ? (terms.ladderBinds ? 'ladder' : 'memory') : 'cpu';
    let reason = limitedBy === 'cpu'
        ? `CPU: ${cpuText} (memory allows ${memoryBound}).`
        : `Memory: ${memoryText} (CPUs allow ${cpuBound}).`;
    if (speedupBound !== null && speedupBound < workers) {
        workers = speedupBound;
        limitedBy = 'speedup';
        reason =
            terms.speedupKind === 'no-gain'
                ? `Speed-up: earlier runs at more than ${speedupBound} worker(s) took longer, not less (memory allows ${memoryBound}, CPUs ${cpuBound}).`
                : `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
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

// EXTERNAL MODULE: ./src/profile/identity.ts
var identity = __nccwpck_require__(5963);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/pre-run.ts



function limitText(bytes) {
    return bytes === null ? 'none' : (0,units/* formatBytes */.z3)(bytes);
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Why this many, with the numbers that decided it. */
function planWhy(plan) {
    const memory = `${(0,units/* formatBytes */.z3)(plan.perWorkerBytes)} each in a budget of ${(0,units/* formatBytes */.z3)(plan.memoryBudgetBytes)}`;
    switch (plan.limitedBy) {
        case 'memory':
            return `memory-bound: ${memory}`;
        case 'cpu':
            return `CPU-bound: ${plan.cpus} CPUs ÷ ${plan.cpusPerWorker} per worker (memory allows ${plan.memoryBound})`;
        case 'ladder':
            return `held by the evidence ladder: the model allows ${plan.predictedMemoryBound}, history has proven fewer on this memory`;
        case 'speedup':
            return `more would not run faster (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
        case 'max-workers':
            return `capped by max-workers (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
        case 'min-workers':
            return `raised to min-workers (memory allows ${plan.memoryBound}: ${memory})`;
        default:
            return 'set by an override';
    }
}
/** Later phases: what differs from the first phase's host, or that nothing does. */
function capacityChange(capacity, plan, earlier) {
    const changes = [];
    if (earlier.memoryLimitBytes !== plan.memoryLimitBytes)
        changes.push(`memory limit ${(0,units/* formatBytes */.z3)(earlier.memoryLimitBytes)} → ${(0,units/* formatBytes */.z3)(plan.memoryLimitBytes)}`);
    if (earlier.cpus !== plan.cpus)
        changes.push(`CPUs ${earlier.cpus} → ${plan.cpus}`);
    if (earlier.cgroupMemoryLimitBytes !== (capacity.cgroup?.memoryLimitBytes ?? null))
        changes.push(`cgroup limit ${limitText(earlier.cgroupMemoryLimitBytes)} → ${limitText(capacity.cgroup?.memoryLimitBytes ?? null)}`);
    return changes.length === 0
        ? `Capacity as in the job's first phase; ${(0,units/* formatBytes */.z3)(plan.memoryAvailableBytes)} available now.`
        : `Capacity changed since the job's first phase: ${changes.join(', ')}; ${(0,units/* formatBytes */.z3)(plan.memoryAvailableBytes)} available now.`;
}
function renderPreRunSummary({ capacity, plan, profileName, earlierHost = null, }) {
    const cgroup = capacity.cgroup;
    const estimate = plan.estimate;
    const lines = [];
    lines.push(`### resource-planner: ${plural(plan.workers, 'worker')} for ${(0,report_escape/* escapeMarkdownText */.m4)(profileName, 64)} — ${planWhy(plan)}`);
    lines.push('');
    lines.push(`Predicted peak at ${plan.workers}: **${(0,units/* formatBytes */.z3)(plan.predictedPeakBytes)} of the ${(0,units/* formatBytes */.z3)(plan.memoryLimitBytes)} limit** (${plan.memoryLimitBytes > 0 ? Math.round((plan.predictedPeakBytes / plan.memoryLimitBytes) * 100) : 0}%), on ${plural(plan.cpus, 'CPU')}.`);
    lines.push('');
    if (earlierHost) {
        lines.push(capacityChange(capacity, plan, earlierHost), '');
    }
    const notes = [
        ...capacity.warnings.map((text) => `⚠️ ${text}`),
        ...plan.warnings.map((text) => `⚠️ ${text}`),
        ...estimate.notes,
    ];
    if (notes.length > 0) {
        lines.push(notes.map((note) => `- ${(0,report_escape/* escapeMarkdownText */.m4)(note, 500)}`).join('\n'));
        lines.push('');
    }
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
    const capacityTable = (0,markdown/* table */.tp)(['', 'Host', `Container${cgroup ? ` (cgroup v${cgroup.version})` : ''}`, 'Effective'], capacityRows);
    const source = estimate.source === 'history'
        ? `learned from ${estimate.historyRuns} earlier run${estimate.historyRuns === 1 ? '' : 's'}${estimate.workerName ? ` (worker ${(0,report_escape/* escapeMarkdownText */.m4)(estimate.workerName, 64)})` : ''}, confidence ${estimate.confidence}`
        : estimate.source === 'input'
            ? 'from the memory-per-worker input'
            : 'fallback-memory-per-worker (no history yet)';
    const planRows = [
        [
            'Budget',
            `(${(0,units/* formatBytes */.z3)(plan.memoryAvailableBytes)} available − ${(0,units/* formatBytes */.z3)(plan.memoryReserveBytes)} reserve, ${plan.reserveSource}) × ${plan.memoryFraction} = **${(0,units/* formatBytes */.z3)(plan.memoryBudgetBytes)}**`,
        ],
        [
            'Per worker',
            estimate.concurrency && plan.memoryModel.kind !== 'lockstep'
                ? `**${(0,units/* formatBytes */.z3)(estimate.concurrency.meanMemberBytes)}** on average, ${(0,units/* formatBytes */.z3)(estimate.concurrency.memberPeakBytes)} at peak (not all at once: see the model), ${source}`
                : `**${(0,units/* formatBytes */.z3)(plan.perWorkerBytes)}**, ${source}`,
        ],
    ];
    if (plan.baseBytes > 0)
        planRows.push(['Base (non-worker) memory', (0,units/* formatBytes */.z3)(plan.baseBytes)]);
    if (estimate.spread) {
        planRows.push([
            'Spread in history',
            `p50 ${(0,units/* formatBytes */.z3)(estimate.spread.p50Bytes)}, p90 ${(0,units/* formatBytes */.z3)(estimate.spread.p90Bytes)}, max ${(0,units/* formatBytes */.z3)(estimate.spread.maxBytes)}`,
        ]);
    }
    planRows.push(['Why', (0,report_escape/* escapeMarkdownText */.m4)(plan.reason, 400)]);
    planRows.push([
        'Memory model',
        `${plan.memoryModel.kind}: ${(0,report_escape/* escapeMarkdownText */.m4)(plan.memoryModel.why, 300)}`,
    ]);
    if (plan.ladderLine !== null)
        planRows.push(['Evidence ladder', (0,report_escape/* escapeMarkdownText */.m4)(plan.ladderLine, 400)]);
    planRows.push([
        'Memory allows',
        `${plan.memoryBound} worker${plan.memoryBound === 1 ? '' : 's'} (predicted peak at ${plan.workers}: ${(0,units/* formatBytes */.z3)(plan.predictedPeakBytes)} of ${(0,units/* formatBytes */.z3)(plan.memoryLimitBytes)})`,
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
    // The capacity is the job's: shown by its first phase only (later phases say what differs).
    const planDetails = earlierHost
        ? (0,markdown/* table */.tp)(['Plan', ''], planRows)
        : `${capacityTable}\n\n${(0,markdown/* table */.tp)(['Plan', ''], planRows)}`;
    lines.push((0,markdown/* details */.zH)(earlierHost ? 'How the plan was made' : 'Capacity and how the plan was made', planDetails));
    lines.push('');
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

// EXTERNAL MODULE: ./src/runner/files.ts
var files = __nccwpck_require__(869);
// EXTERNAL MODULE: ./src/profile/worker-group.ts
var worker_group = __nccwpck_require__(3537);
;// CONCATENATED MODULE: ./src/advise/catalog.ts
/**
 * The runner catalogue: runner sizes with their CPUs, memory and per-minute price, as data. The
 * built-in entries are GitHub-hosted runners as GitHub's documentation gave them on CATALOG_DATE;
 * a user's file (`runner-catalog` input, `--catalog FILE`) extends or replaces them for larger,
 * self-hosted and ARC runners (parseCatalog). Pure. docs/algorithm.md §6 explains how it is used.
 */


/** The day the built-in figures were read from GitHub's documentation. */
const CATALOG_DATE = '2026-11-28';
/** The pages they were read from. */
const CATALOG_SOURCES = {
    standard: 'https://docs.github.com/en/actions/reference/runners/github-hosted-runners',
    larger: 'https://docs.github.com/en/actions/reference/runners/larger-runners',
    pricing: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
};
/**
 * GitHub's "16 GB" read as 16 × 10⁹ bytes, the smaller of the two readings (14.9 GiB): the OS
 * and the runner take part of a VM's memory before the job starts, so the smaller figure errs safe.
 */
const gb = (amount) => amount * 1e9;
const STANDARD_PUBLIC = 'GitHub docs, standard runners for public repositories';
const STANDARD_PRIVATE = 'GitHub docs, standard runners for private repositories';
const LARGER = 'GitHub docs, larger runners (label chosen by the organisation)';
function standard(name, label, os, arch, cpus, memoryGb, visibility, pricePerMinuteUsd) {
    return {
        name: `${name} (${visibility} repo)`,
        label,
        os,
        arch,
        cpus,
        memoryBytes: gb(memoryGb),
        pricePerMinuteUsd,
        visibility,
        source: visibility === 'public' ? STANDARD_PUBLIC : STANDARD_PRIVATE,
    };
}
function larger(os, arch, cpus, memoryGb, pricePerMinuteUsd) {
    return {
        name: `${os}-${arch}-${cpus}-core`,
        label: null,
        os,
        arch,
        cpus,
        memoryBytes: gb(memoryGb),
        pricePerMinuteUsd,
        visibility: 'any',
        source: LARGER,
    };
}
/** [CPUs, GB, Linux $/min, Windows $/min] of the x64 larger runners (Windows has no 2-core). */
const LARGER_X64 = [
    [2, 8, 0.006, null],
    [4, 16, 0.012, 0.022],
    [8, 32, 0.022, 0.042],
    [16, 64, 0.042, 0.082],
    [32, 128, 0.082, 0.162],
    [64, 256, 0.162, 0.322],
    [96, 384, 0.252, 0.552],
];
/** The same for arm64 (64 cores with 208 GB; no 96-core; 2 cores on Ubuntu only). */
const LARGER_ARM64 = [
    [2, 8, 0.005, null],
    [4, 16, 0.008, 0.014],
    [8, 32, 0.014, 0.026],
    [16, 64, 0.026, 0.05],
    [32, 128, 0.05, 0.098],
    [64, 208, 0.098, 0.194],
];
/**
 * GitHub-hosted runners, from the pages in CATALOG_SOURCES as of CATALOG_DATE. Prices are the
 * per-minute rates from January 1, 2026; standard runners are free on public repositories.
 */
const BUILTIN_CATALOG = Object.freeze([
    standard('ubuntu-latest', 'ubuntu-latest', 'linux', 'x64', 4, 16, 'public', 0),
    standard('ubuntu-24.04-arm', 'ubuntu-24.04-arm', 'linux', 'arm64', 4, 16, 'public', 0),
    standard('windows-latest', 'windows-latest', 'windows', 'x64', 4, 16, 'public', 0),
    standard('ubuntu-slim', 'ubuntu-slim', 'linux', 'x64', 1, 5, 'private', 0.002),
    standard('ubuntu-latest', 'ubuntu-latest', 'linux', 'x64', 2, 7, 'private', 0.006),
    standard('windows-latest', 'windows-latest', 'windows', 'x64', 2, 7, 'private', 0.01),
    standard('macos-latest', 'macos-latest', 'macos', 'arm64', 3, 7, 'private', 0.062),
    standard('macos-13', 'macos-13', 'macos', 'x64', 4, 14, 'private', 0.062),
    ...LARGER_X64.flatMap(([cpus, memory, linux, windows]) => [
        larger('linux', 'x64', cpus, memory, linux),
        ...(windows === null ? [] : [larger('windows', 'x64', cpus, memory, windows)]),
    ]),
    ...LARGER_ARM64.flatMap(([cpus, memory, linux, windows]) => [
        larger('linux', 'arm64', cpus, memory, linux),
        ...(windows === null ? [] : [larger('windows', 'arm64', cpus, memory, windows)]),
    ]),
    larger('macos', 'arm64', 5, 14, 0.102),
    larger('macos', 'x64', 12, 30, 0.077),
]);
/** The OS of a runner entry as a run profile names it (`process.platform`). */
function profileOsOf(os) {
    return os === 'macos' ? 'darwin' : os === 'windows' ? 'win32' : 'linux';
}
/** The largest catalogue file read (a few hundred entries are a few tens of KiB). */
const CATALOG_MAX_BYTES = 256 * 1024;
const MAX_ENTRIES = 500;
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._()/:+-]{0,63}$/;
const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const MAX_CPUS = 1024;
const MAX_PRICE_PER_MINUTE = 100;
/** The accepted format, in every catalogue error. */
const CATALOG_FORMAT = 'JSON {"replace": false, "runners": [{"name": "linux-x64-8-core", "label": "my-8-core", "os": "linux", "arch": "x64", "cpus": 8, "memory": "32G", "pricePerMinute": 0.022}]}' +
    ' (os linux, windows or macos; arch x64 or arm64; label and visibility ("public", "private", "any") optional; "replace": true drops the built-in runners)';
/**
 * A catalogue file that is not valid: names the input, the file, the entry and the field, and
 * gives the accepted format. An `InputError`, so the action fails the step and the CLI exits 2.
 */
class CatalogError extends errors/* InputError */.dz {
    constructor(input, file, where, problem) {
        super(input, file, CATALOG_FORMAT);
        this.message = `${input} ${file}: ${where}${problem}. Expected ${CATALOG_FORMAT}.`;
    }
}
function describe(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/**
 * Parses and validates a catalogue file's text; `input` and `file` name it in errors
 * (`runner-catalog runners.json: runners[2] ("big") field "memory": ...`).
 * @example parseCatalog('{"runners":[{"name":"big","os":"linux","arch":"x64","cpus":8,"memory":"32G","pricePerMinute":0}]}', 'runner-catalog', 'c.json').runners[0].cpus === 8
 */
function parseCatalog(text, input, file) {
    const fail = (where, problem) => {
        throw new CatalogError(input, file, where, problem);
    };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return fail('', `is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return fail('', 'the top level is not an object');
    const top = data;
    for (const key of Object.keys(top))
        if (key !== 'replace' && key !== 'runners')
            fail(`field ${describe(key)}`, ' is not known');
    if (top.replace !== undefined && typeof top.replace !== 'boolean')
        fail('field "replace"', ` is ${describe(top.replace)}, not true or false`);
    const list = top.runners;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ENTRIES)
        return fail('field "runners"', ` must be a list of 1 to ${MAX_ENTRIES} runners`);
    const names = new Set();
    const runners = list.map((item, index) => {
        const entry = parseEntry(item, index, input, file);
        if (names.has(entry.name))
            fail(`runners[${index}]`, ` repeats the name "${entry.name}"`);
        names.add(entry.name);
        return entry;
    });
    return { replace: top.replace === true, runners };
}
const ENTRY_FIELDS = new Set([
    'name',
    'label',
    'os',
    'arch',
    'cpus',
    'memory',
    'pricePerMinute',
    'visibility',
]);
function parseEntry(item, index, input, file) {
    let where = `runners[${index}]`;
    const fail = (field, problem) => {
        throw new CatalogError(input, file, `${where} field "${field}"`, `: ${problem}`);
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw new CatalogError(input, file, where, ' is not an object');
    const raw = item;
    const name = raw.name;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name))
        fail('name', `${describe(name)} is not 1 to 64 letters, digits, spaces or . _ ( ) / : + -`);
    where = `${where} (${name})`;
    for (const key of Object.keys(raw))
        if (!ENTRY_FIELDS.has(key))
            fail(key, 'is not a known field');
    const label = raw.label ?? null;
    if (label !== null && (typeof label !== 'string' || !LABEL_PATTERN.test(label)))
        fail('label', `${describe(label)} is not a runner label (letters, digits, . _ -)`);
    const os = raw.os;
    if (os !== 'linux' && os !== 'windows' && os !== 'macos')
        fail('os', `${describe(os)} is not linux, windows or macos`);
    const arch = raw.arch;
    if (arch !== 'x64' && arch !== 'arm64')
        fail('arch', `${describe(arch)} is not x64 or arm64`);
    const cpus = raw.cpus;
    if (typeof cpus !== 'number' || !Number.isInteger(cpus) || cpus < 1 || cpus > MAX_CPUS)
        fail('cpus', `${describe(cpus)} is not a whole number from 1 to ${MAX_CPUS}`);
    const memoryBytes = typeof raw.memory === 'string' ? (0,units/* parseSize */.DB)(raw.memory) : null;
    if (memoryBytes === null || memoryBytes < 64 * 1024 * 1024)
        fail('memory', `${describe(raw.memory)} is not ${units/* SIZE_FORMAT */.cy}, at least 64M`);
    const price = raw.pricePerMinute;
    if (typeof price !== 'number' ||
        !Number.isFinite(price) ||
        price < 0 ||
        price > MAX_PRICE_PER_MINUTE)
        fail('pricePerMinute', `${describe(price)} is not a number of USD from 0 to ${MAX_PRICE_PER_MINUTE}`);
    const visibility = raw.visibility ?? 'any';
    if (visibility !== 'public' && visibility !== 'private' && visibility !== 'any')
        fail('visibility', `${describe(visibility)} is not public, private or any`);
    return {
        name: name,
        label: label,
        os: os,
        arch: arch,
        cpus: cpus,
        memoryBytes: memoryBytes,
        pricePerMinuteUsd: price,
        visibility: visibility,
        source: `${input} ${file}`,
    };
}
/** The catalogue the advice uses: the built-in one, extended or replaced by the user's. */
function mergeCatalog(builtin, user) {
    if (user === null)
        return [...builtin];
    if (user.replace)
        return [...user.runners];
    const names = new Set(user.runners.map((entry) => entry.name));
    return [...builtin.filter((entry) => !names.has(entry.name)), ...user.runners];
}

;// CONCATENATED MODULE: ./src/advise/shards.ts


/**
 * The fewest shards k whose predicted duration on `runner` meets the target. Each shard repeats
 * the serial part (set-up, collection: the fit cannot tell it from work that would split) and
 * runs 1/k of the rest with the runner's workers:
 *   D(k) = T1·s + T1·(1 − s) / (k · m),   m = min(workers, CPUs),
 * so k = ceil(T1·(1 − s) / (m · (target − T1·s))), and no k when the target is at or below T1·s.
 */
function adviseShards(runner, fit, targetMs) {
    const serialMs = fit.singleWorkerMs * fit.serialFraction;
    const parallelMs = fit.singleWorkerMs - serialMs;
    const active = Math.max(1, Math.min(runner.workers, runner.cpus));
    const base = { runner: runner.name, workers: runner.workers, peakBytes: runner.peakBytes };
    const none = (reason) => ({
        ...base,
        count: null,
        matrix: null,
        durationMs: null,
        costUsd: null,
        reason,
    });
    if (!runner.safe)
        return none(`${runner.name} cannot run even one worker safely.`);
    if (targetMs <= serialMs)
        return none(`No number of shards meets ${(0,units/* formatDuration */.a3)(targetMs)}: each shard repeats the ${(0,units/* formatDuration */.a3)(serialMs)} that does not parallelise.`);
    const count = Math.max(1, Math.ceil(parallelMs / (active * (targetMs - serialMs)) - 1e-9));
    if (count > types/* MAX_SHARDS */.hH)
        return none(`Meeting ${(0,units/* formatDuration */.a3)(targetMs)} would take ${count} shards, more than ${types/* MAX_SHARDS */.hH}.`);
    const durationMs = Math.round(serialMs + parallelMs / (count * active));
    const minutes = Math.max(1, Math.ceil(durationMs / 60_000));
    return {
        ...base,
        count,
        matrix: { shard: Array.from({ length: count }, (_, index) => index + 1) },
        durationMs,
        costUsd: Math.round(count * minutes * runner.pricePerMinuteUsd * 1e6) / 1e6,
        reason: count === 1
            ? `${runner.name} meets ${(0,units/* formatDuration */.a3)(targetMs)} in one job.`
            : `${count} shards on ${runner.name} with ${runner.workers} worker(s) each: ${(0,units/* formatDuration */.a3)(durationMs)} each, against ${(0,units/* formatDuration */.a3)(targetMs)}.`,
    };
}

;// CONCATENATED MODULE: ./src/advise/advise.ts










/** Where a catalogue's figures come from. */
function catalogOrigin(catalog) {
    const builtin = catalog.some((entry) => entry.source.startsWith('GitHub docs'));
    return {
        builtinDate: builtin ? CATALOG_DATE : null,
        builtinSources: builtin ? Object.values(CATALOG_SOURCES) : [],
        files: distinctText(catalog.filter((entry) => !entry.source.startsWith('GitHub docs')).map((e) => e.source)),
    };
}
function distinctText(values) {
    return [...new Set(values)];
}
const OS_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
/** Runs of `phase` grouped by (OS, architecture), each with the workers that had a CPU each. */
function platformsOf(profiles, phase) {
    const platforms = new Map();
    for (const entry of profiles) {
        // (Profiles of other shards are filtered out by the caller.)
        const host = entry.profile.host;
        for (const recorded of entry.profile.phases) {
            if (recorded.name !== phase)
                continue;
            const group = (0,worker_group/* mainWorkerGroup */.Z)(recorded);
            if (!group)
                continue;
            const key = `${host.os}/${host.arch}`;
            const platform = platforms.get(key) ?? { os: host.os, arch: host.arch, runs: [] };
            platforms.set(key, platform);
            const workers = Math.max(1, (0,worker_group/* workersRan */.B)(group));
            platform.runs.push({
                // More workers than CPUs share them: the durations measure min(workers, CPUs) at work.
                effectiveWorkers: Math.max(1, Math.min(workers, host.cpus)),
                cpus: host.cpus,
                durationMs: recorded.durationMs,
                succeeded: entry.failed !== true &&
                    (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) &&
                    recorded.oomKills === 0,
            });
        }
    }
    return [...platforms.values()].sort((a, b) => b.runs.length - a.runs.length);
}
function distinct(values) {
    return [...new Set(values)].sort((a, b) => a - b);
}
function noAdvice(request, reason, limits = []) {
    return {
        phase: request.phase,
        targetMs: request.targetMs,
        visibility: request.visibility,
        recommended: null,
        reason,
        advised: false,
        evidence: null,
        runners: [],
        skipped: [],
        limits,
        catalog: catalogOrigin(request.catalog),
        shards: null,
    };
}
/** Why a platform's durations cannot be fitted, or the fit. */
function fitPlatform(platform, minGain) {
    const timed = platform.runs.filter((run) => run.succeeded && run.durationMs > 0);
    const counts = distinct(timed.map((run) => run.effectiveWorkers));
    if (timed.length === 0)
        return `no successful run of the phase recorded a duration (${platform.runs.length} run(s), all failed or OOM-killed)`;
    if (counts.length < 2) {
        const seen = counts[0] ?? 1;
        const other = seen === 1 ? 2 : Math.floor(seen / 2);
        return (`durations at one worker count only (${seen} worker(s) with a CPU each, ${timed.length} run(s)): ` +
            `the speed-up with more CPUs cannot be measured. Run once at another count (workers: ${other}) to get advice`);
    }
    if (timed.length < 3)
        return `${timed.length} timed run(s) at ${counts.join(' and ')} workers: the speed-up fit needs 3 or more`;
    const points = timed.map((run) => ({
        workers: run.effectiveWorkers,
        durationMs: run.durationMs,
    }));
    const fit = (0,speedup/* fitSpeedup */.AI)(points, minGain);
    // A `no-gain` fit measured that more workers were slower: a bigger runner would not help either.
    if (fit?.kind === 'amdahl')
        return fit;
    return `durations at ${counts.join(', ')} workers do not fall with more workers${fit ? ` (the fastest measured: ${fit.maxUsefulWorkers})` : ''}: more CPUs would not help, and the advice cannot tell runners apart`;
}
/** The order of predictions: cheapest first, then fastest, then fewer CPUs. */
function byCost(a, b) {
    return a.costUsd - b.costUsd || a.durationMs - b.durationMs || a.cpus - b.cpus;
}
function byDuration(a, b) {
    return a.durationMs - b.durationMs || a.costUsd - b.costUsd || a.cpus - b.cpus;
}
/**
 * Advice for every catalogue runner of history's OS and architecture that the repository's
 * visibility allows.
 */
function adviseRunners(request) {
    // Like with like: a shard's runs measure part of the suite, the whole's runs all of it.
    const profiles = request.profiles.filter((entry) => (0,identity/* sameShard */.zr)(entry.profile.run.shard, request.shard));
    const otherShards = request.profiles.length - profiles.length;
    const shardNote = otherShards > 0
        ? `${otherShards} run(s) of another shard or split left out: ${(0,identity/* shardLabel */.$_)(request.shard) ?? 'the whole phase'} is compared with the same.`
        : null;
    request = { ...request, profiles };
    const platforms = platformsOf(profiles, request.phase);
    if (platforms.length === 0)
        return noAdvice(request, `No advice: no earlier run${request.shard ? ` of ${(0,identity/* shardLabel */.$_)(request.shard)}` : ''} recorded workers in phase '${request.phase}'.`, shardNote ? [shardNote] : []);
    const fits = platforms.map((platform) => ({
        platform,
        fit: fitPlatform(platform, request.minSpeedupGain),
    }));
    const usable = fits.find((item) => typeof item.fit !== 'string');
    if (!usable) {
        const first = fits[0];
        return noAdvice(request, `No advice: ${first.fit}.`, shardNote ? [shardNote] : []);
    }
    const { platform, fit } = usable;
    const timed = platform.runs.filter((run) => run.succeeded && run.durationMs > 0);
    const workerCounts = distinct(timed.map((run) => run.effectiveWorkers));
    const cpuCounts = distinct(platform.runs.map((run) => run.cpus));
    const largestSeen = Math.max(...workerCounts);
    const evidence = {
        runs: platform.runs.length,
        timedRuns: timed.length,
        workerCounts,
        cpuCounts,
        os: platform.os,
        arch: platform.arch,
        serialFraction: fit.serialFraction,
        singleWorkerMs: fit.singleWorkerMs,
        serialFloorMs: fit.singleWorkerMs * fit.serialFraction,
    };
    const skipped = [];
    const runners = [];
    const platformName = `${OS_NAMES[platform.os] ?? platform.os} ${platform.arch}`;
    for (const entry of request.catalog) {
        if (entry.visibility !== 'any' && entry.visibility !== request.visibility)
            continue;
        if (profileOsOf(entry.os) !== platform.os || entry.arch !== platform.arch) {
            skipped.push({
                name: entry.name,
                why: `history is from ${platformName}: durations and memory there are unknown`,
            });
            continue;
        }
        runners.push(predictFor(request, entry, platform, fit, largestSeen));
    }
    const others = fits.filter((item) => item.platform !== platform);
    const limits = limitsOf(request, evidence, others, platformName, skipped.length);
    if (shardNote)
        limits.push(shardNote);
    const safe = runners.filter((runner) => runner.safe);
    let recommended = null;
    let reason;
    if (runners.length === 0) {
        return {
            ...noAdvice(request, `No advice: the catalogue has no runner for ${platformName}, where history ran, that a ${request.visibility} repository can use.`, limits),
            evidence,
            skipped,
        };
    }
    if (safe.length === 0) {
        reason = `No runner in the catalogue fits even one worker of phase '${request.phase}' without an OOM risk.`;
    }
    else if (request.targetMs !== null) {
        const meeting = safe.filter((runner) => runner.meetsTarget === true).sort(byCost);
        const target = (0,units/* formatDuration */.a3)(request.targetMs);
        if (meeting.length > 0) {
            recommended = meeting[0];
            reason = `${recommended.name}: the cheapest that meets ${target} without an OOM risk.`;
        }
        else {
            recommended = [...safe].sort(byDuration)[0];
            reason =
                request.targetMs < evidence.serialFloorMs
                    ? `None meets ${target}: it is below the ${(0,units/* formatDuration */.a3)(evidence.serialFloorMs)} that does not parallelise (the fit's serial part), so no runner size reaches it, and shards would help only if that part is tests rather than set-up, which profiles cannot tell. The fastest is ${recommended.name}.`
                    : `None meets ${target}; the fastest is ${recommended.name}.`;
        }
    }
    else {
        recommended = [...safe].sort(byCost)[0];
        reason = `${recommended.name}: the cheapest without an OOM risk (no target-duration given).`;
    }
    if (recommended?.extrapolated)
        reason += ` Its ${recommended.workers} workers are beyond the ${largestSeen} history ran: extrapolated, confidence low.`;
    const chosen = recommended;
    const ordered = [...runners].sort(byCost);
    if (chosen) {
        ordered.splice(ordered.indexOf(chosen), 1);
        ordered.unshift(chosen);
    }
    return {
        phase: request.phase,
        targetMs: request.targetMs,
        visibility: request.visibility,
        recommended: chosen?.name ?? null,
        reason,
        advised: true,
        evidence,
        runners: ordered,
        skipped,
        limits,
        catalog: catalogOrigin(request.catalog),
        shards: chosen && request.targetMs !== null && request.shard === null
            ? adviseShards(chosen, fit, request.targetMs)
            : null,
    };
}
function predictFor(request, entry, platform, fit, largestSeen) {
    const fallback = staticEstimate(entry.memoryBytes, 'fallback');
    const estimate = {
        ...(0,estimate_estimate/* estimateFromHistory */.Bw)({
            profiles: [...request.profiles],
            phase: request.phase,
            capacityMemoryLimitBytes: entry.memoryBytes,
            capacityOs: platform.os,
            nowMs: request.nowMs,
            minSpeedupGain: request.minSpeedupGain,
            elasticMemory: request.elasticMemory,
            fallback,
        }),
        // Durations fitted against the workers that had a CPU each, so runs on runners of other
        // sizes in history compare like with like.
        speedup: fit,
    };
    // The OS and the runner on that machine are not measured: the reserve for unmeasured memory.
    const reserve = request.settings.memoryReserveBytes ?? budget_resolveReserve(null, false, entry.memoryBytes).bytes;
    const plan = planWorkers({
        capacity: {
            cpus: entry.cpus,
            memoryLimitBytes: entry.memoryBytes,
            memoryAvailableBytes: entry.memoryBytes,
        },
        settings: {
            ...request.settings,
            memoryReserveBytes: reserve,
            forcedWorkers: null,
            overrideWorkers: null,
        },
        estimate,
    });
    const workers = plan.workers;
    // Whole ms: floating-point noise (300,000.0000001 ms) must not bill another minute.
    const durationMs = Math.round((0,speedup/* predictDurationMs */.yh)(fit, Math.min(workers, entry.cpus)));
    const billedMinutes = Math.max(1, Math.ceil(durationMs / 60_000));
    const extrapolated = Math.min(workers, entry.cpus) > largestSeen;
    const timedRuns = platform.runs.filter((run) => run.succeeded && run.durationMs > 0).length;
    return {
        name: entry.name,
        label: entry.label,
        cpus: entry.cpus,
        memoryBytes: entry.memoryBytes,
        pricePerMinuteUsd: entry.pricePerMinuteUsd,
        workers,
        limitedBy: plan.limitedBy,
        durationMs,
        peakBytes: plan.predictedPeakBytes,
        memoryBound: plan.memoryBound,
        safe: plan.memoryBound >= 1 && workers <= plan.memoryBound,
        billedMinutes,
        costUsd: Math.round(billedMinutes * entry.pricePerMinuteUsd * 1e6) / 1e6,
        meetsTarget: request.targetMs === null ? null : durationMs <= request.targetMs,
        extrapolated,
        confidence: extrapolated ? 'low' : (0,estimate_estimate/* confidenceFor */.QZ)(timedRuns),
        source: entry.source,
    };
}
function limitsOf(request, evidence, 
/** History on other platforms than the one advised from. */
others, platformName, skipped) {
    const limits = [
        `Durations are of phase '${request.phase}' alone: the job's other steps and the runner's start-up add to the time and the bill.`,
        `Other sizes are assumed to have the per-CPU speed of the ${evidence.cpuCounts.join(', ')}-CPU runner(s) history ran on.`,
    ];
    if (evidence.cpuCounts.length > 1)
        limits.push(`History ran on runners of ${evidence.cpuCounts.join(' and ')} CPUs: durations are fitted against the workers that had a CPU each, min(workers, CPUs).`);
    if (skipped > 0)
        limits.push(`${skipped} catalogue runner(s) of other systems or architectures left out: history has runs on ${platformName} only.`);
    for (const other of others)
        limits.push(`${other.platform.runs.length} run(s) on ${OS_NAMES[other.platform.os] ?? other.platform.os} ${other.platform.arch} not used: the advice is from the platform with the most usable runs${typeof other.fit === 'string' ? ` (there: ${other.fit})` : ''}.`);
    if (request.targetMs !== null && request.targetMs < evidence.serialFloorMs)
        limits.push(`target-duration ${(0,units/* formatDuration */.a3)(request.targetMs)} is below the fit's serial floor of ${(0,units/* formatDuration */.a3)(evidence.serialFloorMs)} (${Math.round(evidence.serialFraction * 100)}% of ${(0,units/* formatDuration */.a3)(evidence.singleWorkerMs)} does not parallelise): one runner cannot reach it. A single test longer than the target cannot be split either; profiles do not record test durations.`);
    return limits;
}
/** The request from the inputs: the plan's settings without a forced count. */
function adviceRequestFor(inputs, history) {
    const { forcedWorkers: _forced, ...settings } = inputs.plan;
    return {
        profiles: history.profiles,
        phase: inputs.profile,
        catalog: history.catalog,
        targetMs: inputs.targetDurationMs,
        visibility: history.visibility,
        settings,
        nowMs: history.nowMs,
        minSpeedupGain: inputs.minSpeedupGain,
        elasticMemory: inputs.elasticMemory,
        shard: inputs.shard,
    };
}
/**
 * The repository's visibility from the event payload (`repository.private`); private when the
 * payload does not say (the paid case: free runners are never advised where they are not free).
 */
function visibilityFromPayload(payload) {
    const repository = typeof payload === 'object' && payload !== null
        ? payload.repository
        : undefined;
    const isPrivate = typeof repository === 'object' && repository !== null
        ? repository.private
        : undefined;
    return isPrivate === false ? 'public' : 'private';
}

// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __nccwpck_require__(1961);
// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __nccwpck_require__(194);
;// CONCATENATED MODULE: ./src/report/post-run.ts
/**
 * The post-run report in the job summary: a headline with the job's peak against its limit,
 * notes that are worth acting on (each saying what to do), what this run alone would justify,
 * a chart of memory over time, and the detail tables collapsed. Pure; every string from the
 * profile is escaped.
 */







const TOP_GROUPS = 10;
/** A peak at or above this share of the limit leaves too little headroom to ignore. */
const NEAR_LIMIT_SHARE = 0.9;
/** PSI `some avg10` (percent) from which waiting on memory costs noticeable time. */
const PRESSURE_NOTE_PERCENT = 10;
/** `30 s`, `12 min 5 s`, and from two hours `6 h` or `5 h 20 min`. */
function post_run_humanDuration(ms) {
    if (ms < 7_200_000)
        return formatDuration(ms);
    const minutes = Math.round(ms / 60_000);
    return minutes % 60 === 0
        ? `${minutes / 60} h`
        : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function orDash(bytes) {
    return bytes === null ? '—' : formatBytes(bytes);
}
function post_run_share(part, whole) {
    return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
function post_run_plural(count, word) {
    if (count === 1)
        return `${count} ${word}`;
    return `${count} ${word}${word.endsWith('s') ? 'es' : 's'}`;
}
const MARKDOWN_STYLE = {
    phase: (name) => `**${(0,report_escape/* escapeMarkdownText */.m4)(name, 64)}**`,
    text: (value, maxLength) => (0,report_escape/* escapeMarkdownText */.m4)(value, maxLength),
    strong: (value) => `**${value}**`,
    code: (value) => `\`${value}\``,
};
function phaseName(phase) {
    return MARKDOWN_STYLE.phase(phase.name);
}
/** The phase with the highest peak (the first on a tie), or null without phases. */
function peakPhase(profile) {
    return profile.phases.reduce((best, phase) => best === null || phase.treeRss.peakBytes > best.treeRss.peakBytes ? phase : best, null);
}
/** `peak 2.2 GiB of the 7 GiB limit (31%) in **test**, no OOM kill`, or the OOM kills first. */
function post_run_postRunHeadline(profile, style = MARKDOWN_STYLE) {
    const phaseName = (phase) => style.phase(phase.name);
    const limit = profile.host.memoryLimitBytes;
    const top = peakPhase(profile);
    if (profile.sampler.samples === 0 || top === null)
        return 'no memory samples were recorded in this job';
    const oomKills = profile.phases.reduce((sum, phase) => sum + phase.oomKills, 0);
    const peak = `peak ${formatBytes(top.treeRss.peakBytes)} of the ${formatBytes(limit)} limit (${post_run_share(top.treeRss.peakBytes, limit)}) in ${phaseName(top)}`;
    const heapDeaths = profile.phases.reduce((sum, phase) => sum + (phase.heapLimitKills ?? 0), 0);
    if (oomKills === 0 && heapDeaths === 0)
        return `${peak}, no OOM kill`;
    const where = (lost) => profile.phases.length > 1 ? ` in ${profile.phases.filter(lost).map(phaseName).join(', ')}` : '';
    const losses = [
        ...(oomKills > 0
            ? [`${post_run_plural(oomKills, 'process')} OOM-killed${where((phase) => phase.oomKills > 0)}`]
            : []),
        ...(heapDeaths > 0
            ? [
                `${post_run_plural(heapDeaths, 'Node process')} out of heap${where((phase) => (phase.heapLimitKills ?? 0) > 0)}`,
            ]
            : []),
    ];
    return `⛔ ${losses.join(', ')}; ${peak}`;
}
function limitedByText(advice, cpus, cpusPerWorker) {
    switch (advice.limitedBy) {
        case 'cpu':
            return `CPUs: ${cpus} ÷ ${cpusPerWorker} per worker`;
        case 'max-workers':
            return 'max-workers';
        case 'oom':
            return `an OOM kill with ${advice.group?.maxConcurrency ?? 0} at once`;
        default:
            return 'memory';
    }
}
/** The advisory's lines: one for each phase that has a pool of workers to size. */
function post_run_adviceLines(profile, { budgetBytes, advices }, cpusPerWorker, style = MARKDOWN_STYLE) {
    return profile.phases
        .map((phase, index) => adviceLine(phase, advices[index], budgetBytes, profile, cpusPerWorker, style))
        .filter((line) => line !== null);
}
/** One line per phase: the count, what limited it, and what memory alone would allow. */
function adviceLine(phase, advice, budgetBytes, profile, cpusPerWorker, style = MARKDOWN_STYLE) {
    const group = advice.group;
    if (!group || advice.workers === null || advice.memoryFits === null)
        return null;
    const memory = `${post_run_plural(advice.memoryFits, 'worker')} fit${advice.memoryFits === 1 ? 's' : ''} the ${formatBytes(budgetBytes)} budget at ${formatBytes(group.peakRss.p90Bytes)} each (p90 of their peaks)${advice.baseBytes > 0 ? ` beside ${formatBytes(advice.baseBytes)} for the rest of the job` : ''}`;
    const why = advice.limitedBy === 'memory'
        ? memory
        : `limited by ${limitedByText(advice, profile.host.cpus, cpusPerWorker)}; ${memory}`;
    return `${style.strong(post_run_plural(advice.workers, 'worker'))} for ${style.phase(phase.name)} (${style.text(group.name, 40)}, ${group.maxConcurrency} ran at once): ${why}.`;
}
/** Notes strong enough to act on, each saying what to do. */
function post_run_findings(profile, advices, style = MARKDOWN_STYLE) {
    const { code } = style;
    const notes = [];
    const limit = profile.host.memoryLimitBytes;
    profile.phases.forEach((phase, index) => {
        const advice = advices[index];
        const name = style.phase(phase.name);
        const group = advice.group;
        if (phase.oomKills > 0) {
            notes.push(group && group.maxConcurrency > 1
                ? `⛔ ${style.strong(`${post_run_plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once: run at most ${group.maxConcurrency - 1} (${code(`max-workers: ${group.maxConcurrency - 1}`)}), or cap each worker's memory (Node: ${code('--max-old-space-size')}).`
                : `⛔ ${style.strong(`${post_run_plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}: lower the parallelism of the step or use a runner with more memory.`);
        }
        else if (limit > 0 && phase.treeRss.peakBytes >= NEAR_LIMIT_SHARE * limit) {
            notes.push(`⚠️ The peak of ${name} reached ${post_run_share(phase.treeRss.peakBytes, limit)} of the limit: a larger input may be OOM-killed. Keep the planned count, and do not raise ${code('max-workers')} for this job.`);
        }
        if ((phase.heapLimitKills ?? 0) > 0) {
            const kills = phase.heapLimitKills ?? 0;
            notes.push(`⛔ ${style.strong(`${post_run_plural(kills, 'Node process')} stopped at the V8 heap limit`)} in ${name} ("JavaScript heap out of memory")${group && group.maxConcurrency > 1 ? `, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once` : ''}: at this count each worker's heap cap (${code('node-heap-mb')}) is smaller than it needs. The next plan treats this count as unsafe in this memory, as after an OOM kill; or give the job more memory.`);
        }
        if (advice.leakGrowthBytes !== null) {
            notes.push(`📈 Memory in ${name} kept rising through the second half of the phase, after the workers had started: +${formatBytes(advice.leakGrowthBytes)}, ${post_run_share(advice.leakGrowthBytes, phase.treeRss.peakBytes)} of its peak. If it does so again, look for a leak (Node: a heap snapshot of one worker); Jest's ${code('--workerIdleMemoryLimit')} restarts workers that grow.`);
        }
        if (advice.swing && group) {
            notes.push(`ℹ️ The ${style.text(group.name, 40)} workers of ${name} used ${formatBytes(advice.swing.meanBytes)} on average while alive but peaked at ${formatBytes(advice.swing.peakBytes)} (p90): the count below assumes every worker at its peak at once. Planning from history (the action's main step) models how their peaks line up and may allow more.`);
        }
        if (phase.pressureMaxAvg10 !== null && phase.pressureMaxAvg10 >= PRESSURE_NOTE_PERCENT) {
            notes.push(`⚠️ Memory pressure in ${name} reached ${phase.pressureMaxAvg10.toFixed(1)}% (share of time processes waited for memory, PSI some avg10): the job ran slower for it; fewer workers may finish sooner.`);
        }
    });
    for (const event of profile.events) {
        if (event.kind === 'sigkill')
            notes.push(`⚠️ A process, ${style.text(event.detail ?? 'unknown', 64)}, was killed by SIGKILL (exit 137). If the job did not kill it, the OOM killer outside the container or a timeout did: compare the peak above with the limit.`);
    }
    return notes;
}
/** Memory over time with the limit, the phases named under it. */
function memoryChart(profile) {
    const timeline = profile.timeline;
    if (timeline.tMs.length < 2)
        return '';
    const endMs = Math.max(timeline.tMs.at(-1) ?? 0, ...profile.phases.map((phase) => phase.endMs));
    const points = (values) => timeline.tMs.map((tMs, index) => ({ tMs, value: values[index] ?? null }));
    const hasCgroup = timeline.cgroupUsageBytes.some((value) => value !== null);
    const unit = timeAxisFor(endMs).time;
    const phaseNotes = profile.phases.length > 1
        ? [
            `<sub>Phases (${unit.name}): ${profile.phases
                .slice(0, 20)
                .map((phase) => `${escapeMarkdownText(phase.name, 40)} ${chartNumber(phase.startMs / unit.ms)}–${chartNumber(phase.endMs / unit.ms)}`)
                .join(' · ')}</sub>`,
        ]
        : [];
    return timeChart({
        title: 'Memory over time',
        endMs,
        series: [
            { name: 'job processes (sum of RSS)', colour: 'red', points: points(timeline.treeRssBytes) },
            hasCgroup
                ? { name: 'cgroup charge', colour: 'blue', points: points(timeline.cgroupUsageBytes) }
                : { name: 'system used', colour: 'blue', points: points(timeline.systemUsedBytes) },
        ],
        limit: {
            name: `limit (${formatBytes(profile.host.memoryLimitBytes)})`,
            bytes: profile.host.memoryLimitBytes,
        },
        notes: phaseNotes,
    });
}
function statisticsTable(profile) {
    return table(['Phase', 'Peak', 'p95', 'Mean', 'Last sample', 'Cgroup peak', 'Pressure (PSI)'], profile.phases.map((phase) => [
        escapeTableCell(phase.name, 64),
        formatBytes(phase.treeRss.peakBytes),
        formatBytes(phase.treeRss.p95Bytes),
        formatBytes(phase.treeRss.meanBytes),
        formatBytes(phase.treeRss.endBytes),
        orDash(phase.peakCgroupUsageBytes),
        phase.pressureMaxAvg10 === null ? '—' : `${phase.pressureMaxAvg10.toFixed(1)}%`,
    ]));
}
function groupTables(profile) {
    return profile.phases
        .filter((phase) => phase.workerGroups.length > 0)
        .map((phase) => {
        const rows = phase.workerGroups
            .slice(0, TOP_GROUPS)
            .map((group) => [
            escapeTableCell(group.name, 64),
            escapeTableCell(group.parentName ?? '—', 64),
            String(group.maxConcurrency),
            String(group.processes),
            formatBytes(group.peakRss.p50Bytes),
            formatBytes(group.peakRss.p90Bytes),
            formatBytes(group.peakRss.maxBytes),
            group.concurrency ? formatBytes(group.concurrency.memberMeanBytes) : '—',
        ]);
        return `${phaseName(phase)}\n\n${table(['Process', 'Parent', 'At once', 'Seen', 'Peak p50', 'Peak p90', 'Peak max', 'Mean while alive'], rows)}`;
    });
}
/** The budget the user's settings leave on this run's limit, and each phase's advice within it. */
function post_run_postRunAdvice(profile, settings) {
    const budgetBytes = memoryBudgetBytes(profile.host.memoryLimitBytes, {
        memoryReserveBytes: resolveReserve(settings.memoryReserveBytes, true).bytes,
        memoryFraction: settings.memoryFraction,
    });
    const advices = profile.phases.map((_, index) => advisePhase(profile, index, {
        budgetBytes,
        cpusPerWorker: settings.cpusPerWorker,
        maxWorkers: settings.maxWorkers,
    }));
    return { budgetBytes, advices };
}
function renderPostRunSummary(profile, options) {
    const settings = options.budget;
    const { budgetBytes, advices } = post_run_postRunAdvice(profile, settings);
    const sections = [];
    const sampled = profile.sampler.samples > 0;
    const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
    const head = [`### resource-planner: ${post_run_postRunHeadline(profile)}`];
    if (sampled && profile.phases.length > 0)
        head.push('', `${post_run_humanDuration(totalMs)}${profile.phases.length > 1 ? ` in ${profile.phases.length} phases` : ''} on ${profile.host.cpus} CPU(s) with a ${formatBytes(profile.host.memoryLimitBytes)} memory limit.`);
    sections.push({ markdown: head.join('\n'), priority: 100 });
    const notes = [
        ...(options.notes ?? []).map((note) => escapeMarkdownText(note, 300)),
        ...(sampled ? post_run_findings(profile, advices) : []),
    ];
    if (notes.length > 0)
        sections.push({ markdown: notes.map((note) => `- ${note}`).join('\n'), priority: 90 });
    if (!sampled)
        return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
    const tasks = profile.tasks ?? [];
    if (tasks.length > 0) {
        const shown = tasksForMarkdown(tasks);
        sections.push({
            markdown: [
                // Our own words and counts: nothing untrusted to escape.
                `**Tasks**: ${taskSummaryLine(profile) ?? ''}.`,
                '',
                table(TASK_HEADER, shown.map(({ task, index }) => {
                    const { name, cells } = taskCells(task, index);
                    cells[1] = `\`${escapeTableCell(name, 80)}\``;
                    return cells;
                }), ['right', 'left', 'left', 'right', 'right', 'right', 'right']),
                ...(shown.length < tasks.length
                    ? ['', `${tasks.length - shown.length} more task(s) that finished ok are in the profile.`]
                    : []),
            ].join('\n'),
            priority: 84,
        });
    }
    if (profile.phases.length > 1) {
        // Deaths at the V8 heap limit get a column only where there were some (rare, and mostly null).
        const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
        const bold = (count) => (count > 0 ? `**${count}**` : '0');
        sections.push({
            markdown: table([
                'Phase',
                'Duration',
                'Workers planned',
                'Peak',
                'Of the limit',
                'OOM kills',
                ...(anyHeap ? ['Out of heap'] : []),
            ], profile.phases.map((phase) => [
                escapeTableCell(phase.name, 64),
                post_run_humanDuration(phase.durationMs),
                phase.workersRecommended === null ? '—' : String(phase.workersRecommended),
                formatBytes(phase.treeRss.peakBytes),
                post_run_share(phase.treeRss.peakBytes, profile.host.memoryLimitBytes),
                bold(phase.oomKills),
                ...(anyHeap ? [bold(phase.heapLimitKills ?? 0)] : []),
            ]), ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
            priority: 85,
        });
    }
    const lines = post_run_adviceLines(profile, { budgetBytes, advices }, settings.cpusPerWorker);
    if (lines.length > 0)
        sections.push({
            markdown: [
                '**What this run alone would justify** (each worker at its peak at once; the plan learns from many runs):',
                '',
                ...lines.map((line) => `- ${line}`),
            ].join('\n'),
            priority: 80,
        });
    const chart = memoryChart(profile);
    if (chart)
        sections.push({ markdown: chart, priority: 50 });
    const detail = [statisticsTable(profile), ...groupTables(profile)].join('\n\n');
    sections.push({
        markdown: details('Memory statistics and worker groups (top 10 per phase)', detail),
        priority: 20,
    });
    sections.push({
        markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${escapeMarkdownText(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${escapeMarkdownText(profile.host.os, 16)}/${escapeMarkdownText(profile.host.arch, 16)}. Peak: the highest sum of the job's processes' RSS in one sample.</sub>`,
        priority: 10,
    });
    return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
}

;// CONCATENATED MODULE: ./src/report/tasks.ts


/** Rows the Markdown table holds at most (every task that did not finish ok is listed first). */
const MAX_MARKDOWN_TASK_ROWS = 1000;
/** What a status reads as in a report. */
const STATUS_TEXT = {
    ok: 'ok',
    failed: 'failed',
    'oom-killed': 'OOM-killed',
    'not-started': 'could not start',
    'not-run': 'not run',
    stopped: 'stopped',
};
const tasks_TASK_HEADER = (/* unused pure expression or super */ null && (['#', 'Task', 'Status', 'Exit', 'Runs', 'Duration', 'Peak']));
/** The cells of one task's row, its name left to the renderer to escape. */
function tasks_taskCells(task, index) {
    const ran = task.runs > 0;
    return {
        name: task.name,
        cells: [
            String(index + 1),
            '',
            STATUS_TEXT[task.status],
            task.exitStatus === null ? '—' : String(task.exitStatus),
            String(task.runs),
            ran ? humanDuration(task.durationMs) : '—',
            ran ? formatBytes(task.peakBytes) : '—',
        ],
    };
}
/** One line: how many tasks finished, failed and never ran. */
function tasks_taskSummaryLine(profile) {
    const tasks = profile.tasks;
    if (!tasks || tasks.length === 0)
        return null;
    const count = (status) => tasks.filter((task) => task.status === status).length;
    const parts = [`${count('ok')} of ${tasks.length} task(s) finished ok`];
    for (const status of ['failed', 'oom-killed', 'not-started', 'stopped', 'not-run'])
        if (count(status) > 0)
            parts.push(`${count(status)} ${STATUS_TEXT[status]}`);
    return parts.join(', ');
}
/**
 * The tasks in the order the Markdown table lists them when it must be cut: every task that did
 * not finish ok first (none of them is ever left out below the cap), then the rest, in list order.
 */
function tasks_tasksForMarkdown(tasks) {
    const indexed = tasks.map((task, index) => ({ task, index }));
    if (indexed.length <= MAX_MARKDOWN_TASK_ROWS)
        return indexed;
    const notOk = indexed.filter(({ task }) => task.status !== 'ok');
    const ok = indexed.filter(({ task }) => task.status === 'ok');
    return [...notOk, ...ok].slice(0, MAX_MARKDOWN_TASK_ROWS).sort((a, b) => a.index - b.index);
}

;// CONCATENATED MODULE: ./src/report/terminal.ts





/** Worker groups listed per phase, at most. */
const terminal_TOP_GROUPS = 3;
/** Names in the tables are cut to this many code points, so the rows stay aligned and short. */
const NAME_COLUMN = 24;
/** The narrowest width notes are wrapped to. */
const MIN_WIDTH = 40;
/**
 * Whether the terminal report is coloured: https://no-color.org — NO_COLOR set to anything but
 * the empty string turns colour off; otherwise FORCE_COLOR (anything but `0`, `false` or empty)
 * turns it on, and without either a TTY decides.
 */
function colourWanted(env, isTty) {
    if ((env.NO_COLOR ?? '') !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    return isTty;
}
function painter(colour) {
    return (text, ...codes) => colour && text !== '' ? `${codes.join('')}${text}${SGR.reset}` : text;
}
/** Untrusted text on one line, cut, with invisible characters (ESC included) shown as escapes. */
function plain(text, maxLength) {
    return cut(showInvisible(oneLine(text)), maxLength);
}
function terminalStyle(paint) {
    return {
        phase: (name) => paint(quoteUntrusted(name, 64), SGR.bold),
        text: (value, maxLength) => plain(value, maxLength),
        strong: (value) => paint(value, SGR.bold),
        code: (value) => `'${value}'`,
    };
}
/** Visible width: code points without SGR codes (names are cut; wide characters count as one). */
function visibleLength(text) {
    // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
    return [...text.replace(/\u001b\[\d+m/g, '')].length;
}
/**
 * Rows as aligned columns, two spaces apart: `right` columns (figures) padded on the left. Cells
 * may hold SGR codes; widths count what shows.
 */
function terminal_alignColumns(rows, right) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, index) => {
            widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell));
        });
    return rows.map((row) => row
        .map((cell, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - visibleLength(cell));
        return right[index] ? pad + cell : index === row.length - 1 ? cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
/** Words wrapped to `width`, the first line after `first`, the rest indented as deep. */
function wrap(text, width, first) {
    const indent = ' '.repeat(visibleLength(first));
    const lines = [];
    let line = first;
    for (const word of text.split(' ')) {
        const candidate = line === '' || line.endsWith(' ') ? line + word : `${line} ${word}`;
        if (visibleLength(candidate) > width && line.trim() !== '') {
            lines.push(line);
            line = indent + word;
        }
        else
            line = candidate;
    }
    lines.push(line);
    return lines;
}
const MARK_WIDTH = 5;
/** Emoji of the Markdown notes → a word a terminal shows in any font, coloured by weight. */
function noteMark(note, paint) {
    const marks = [
        ['⛔ ', 'OOM', SGR.red],
        ['⚠️ ', 'warn', SGR.yellow],
        ['📈 ', 'leak?', SGR.yellow],
        ['ℹ️ ', 'note', SGR.dim],
    ];
    for (const [emoji, word, colour] of marks)
        if (note.startsWith(emoji))
            return { mark: paint(word.padEnd(MARK_WIDTH), colour), text: note.slice(emoji.length) };
    return { mark: 'note'.padEnd(MARK_WIDTH), text: note };
}
function renderTerminalReport(profile, options) {
    const paint = painter(options.colour);
    const style = terminalStyle(paint);
    const width = Math.max(MIN_WIDTH, options.width);
    const limit = profile.host.memoryLimitBytes;
    // The OOM kills lead the headline (after ⛔ in Markdown): red here.
    const headline = postRunHeadline(profile, style).replace(/^⛔ ([^;]+);/, (_, killed) => `${paint(killed, SGR.red)};`);
    const out = ['', ...wrap(headline, width, `${paint('resource-planner:', SGR.bold)} `)];
    const sampled = profile.sampler.samples > 0 && profile.phases.length > 0;
    if (sampled) {
        const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
        const about = `${humanDuration(totalMs)} on ${profile.host.cpus} CPU(s), memory limit ${formatBytes(limit)}; sampled every ${profile.sampler.intervalMs} ms (${profile.sampler.samples} samples).`;
        out.push(...wrap(about, width, '').map((line) => paint(line, SGR.dim)));
    }
    const { budgetBytes, advices } = postRunAdvice(profile, options.budget);
    const notes = [
        ...(options.notes ?? []).map((note) => plain(note, 300)),
        ...(sampled ? findings(profile, advices, style) : []),
    ];
    if (sampled) {
        out.push('', ...phaseRows(profile, paint));
        const groups = groupRows(profile);
        if (groups.length > 0)
            out.push('', paint('Main worker groups', SGR.bold), ...groups);
    }
    const taskLine = taskSummaryLine(profile);
    if (taskLine !== null)
        out.push('', `${paint('Tasks', SGR.bold)}: ${taskLine}`, ...taskTableRows(profile, paint));
    if (notes.length > 0) {
        out.push('');
        for (const note of notes) {
            const { mark, text } = noteMark(note, paint);
            out.push(...wrap(text, width, `  ${mark} `));
        }
    }
    const advice = adviceLines(profile, { budgetBytes, advices }, options.budget.cpusPerWorker, style);
    if (advice.length > 0) {
        out.push('', paint('What this run alone would justify', SGR.bold), ...wrap('(each worker at its peak at once; the plan learns from many runs):', width, ''));
        for (const line of advice)
            out.push(...wrap(line, width, '  - '));
    }
    return `${out.join('\n')}\n`;
}
/** One aligned row per phase: duration, workers at once, peak, share of the limit, OOM kills. */
/** Every task of a task list, in list order (none is left out: the terminal has no size cap). */
function taskTableRows(profile, paint) {
    const rows = (profile.tasks ?? []).map((task, index) => {
        const { name, cells } = taskCells(task, index);
        cells[1] = plain(name, 80);
        if (task.status !== 'ok' && task.status !== 'not-run')
            cells[2] = paint(cells[2], SGR.red);
        return cells;
    });
    const lines = terminal_alignColumns([TASK_HEADER, ...rows], [true, false, false, true, true, true, true]);
    return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}
function phaseRows(profile, paint) {
    const limit = profile.host.memoryLimitBytes;
    const anyKill = profile.phases.some((phase) => phase.oomKills > 0);
    const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
    const count = (value) => (value > 0 ? paint(String(value), SGR.red) : '0');
    const header = [
        'Phase',
        'Duration',
        'At once',
        'Peak',
        'Of limit',
        ...(anyKill ? ['OOM kills'] : []),
        ...(anyHeap ? ['Out of heap'] : []),
    ];
    const rows = profile.phases.map((phase) => {
        const atOnce = Math.max(0, ...phase.workerGroups.map((group) => group.maxConcurrency));
        const ofLimit = share(phase.treeRss.peakBytes, limit);
        const high = limit > 0 && phase.treeRss.peakBytes >= 0.9 * limit;
        return [
            plain(phase.name, NAME_COLUMN),
            humanDuration(phase.durationMs),
            atOnce > 0 ? String(atOnce) : '—',
            formatBytes(phase.treeRss.peakBytes),
            high ? paint(ofLimit, SGR.yellow) : ofLimit,
            ...(anyKill ? [count(phase.oomKills)] : []),
            ...(anyHeap ? [count(phase.heapLimitKills ?? 0)] : []),
        ];
    });
    const lines = terminal_alignColumns([header, ...rows], [false, true, true, true, true, true, true]);
    return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}
/** The largest worker groups of each phase: at once, peak p90 and max of one worker. */
function groupRows(profile) {
    const several = profile.phases.length > 1;
    const rows = [];
    for (const phase of profile.phases)
        for (const group of phase.workerGroups.slice(0, terminal_TOP_GROUPS))
            rows.push([
                ...(several ? [plain(phase.name, NAME_COLUMN)] : []),
                plain(group.name, NAME_COLUMN),
                `${group.maxConcurrency} at once`,
                `${group.processes} seen`,
                `p90 ${formatBytes(group.peakRss.p90Bytes)}`,
                `max ${formatBytes(group.peakRss.maxBytes)}`,
            ]);
    if (rows.length === 0)
        return [];
    const right = several ? [false, false, true, true, true, true] : [false, true, true, true, true];
    return terminal_alignColumns(rows, right).map((line) => `  ${line}`);
}

;// CONCATENATED MODULE: ./src/report/advice.ts




/** Rows of the summary's table: the recommended runner and the next cheapest. */
const SUMMARY_MAX_ROWS = 8;
const REASON_MAX_LENGTH = 600;
const advice_OS_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
/** `$0.048`, `free`. */
function formatUsd(amount) {
    if (amount === 0)
        return 'free';
    return `$${amount < 0.01 ? amount.toFixed(4) : amount.toFixed(3).replace(/0$/, '')}`;
}
/** "3 runs on Linux x64 (4 CPUs) at 1, 2, 4 workers; 20% serial, 8 min 20 s with one worker". */
function evidenceLine(advice) {
    const evidence = advice.evidence;
    if (!evidence)
        return null;
    const platform = `${advice_OS_NAMES[evidence.os] ?? evidence.os} ${evidence.arch}`;
    return (`${evidence.timedRuns} timed run(s) of ${evidence.runs} on ${platform} ` +
        `(${evidence.cpuCounts.join(', ')} CPUs) at ${evidence.workerCounts.join(', ')} workers with a CPU each; ` +
        `Amdahl fit: ${Math.round(evidence.serialFraction * 100)}% serial, ${(0,units/* formatDuration */.a3)(evidence.singleWorkerMs)} with one worker, ` +
        `never below ${(0,units/* formatDuration */.a3)(evidence.serialFloorMs)}`);
}
function targetCell(runner) {
    if (runner.meetsTarget === null)
        return '';
    return runner.meetsTarget ? 'yes' : 'no';
}
function memoryCell(runner) {
    if (!runner.safe)
        return `⛔ ${runner.memoryBound === 0 ? 'not one worker fits' : 'OOM risk'}`;
    return `${(0,units/* formatBytes */.z3)(runner.peakBytes)} of ${(0,units/* formatBytes */.z3)(runner.memoryBytes)}`;
}
function catalogLine(advice) {
    const parts = [];
    const { builtinDate, builtinSources, files } = advice.catalog;
    if (builtinDate !== null)
        parts.push(`GitHub's docs as of ${builtinDate} (${builtinSources.map((url, index) => `[${['runners', 'larger runners', 'prices'][index] ?? 'source'}](${url})`).join(', ')}; larger-runner labels are chosen by the organisation, so they are named by size)`);
    for (const file of files)
        parts.push((0,report_escape/* escapeMarkdownText */.m4)(file, 200));
    return `Catalogue: ${parts.join('; ')}.`;
}
/**
 * The split that meets the target, and the matrix for the fan-out job (our own digits, safe in a
 * code span); only the reason when one job meets it or no split does; null without a target.
 */
function shardsLine(advice, text = (reason) => reason, code = (matrix) => matrix) {
    const shards = advice.shards;
    if (!shards)
        return null;
    if (shards.count === null || shards.matrix === null || shards.count === 1)
        return text(shards.reason);
    const cost = shards.costUsd === null ? '' : `, ${formatUsd(shards.costUsd)} a run in all`;
    return `${text(shards.reason)} Matrix: ${code(JSON.stringify(shards.matrix))}${cost}.`;
}
/** The reason without the runner's name in front, where the headline already names it. */
function withoutName(reason, name) {
    return reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason;
}
/** The job-summary section. */
function renderAdviceSummary(advice) {
    const lines = [`### Runner advice for phase \`${(0,report_escape/* escapeMarkdownText */.m4)(advice.phase, 64)}\``, ''];
    if (!advice.advised) {
        lines.push((0,report_escape/* escapeMarkdownText */.m4)(advice.reason, REASON_MAX_LENGTH), '', catalogLine(advice));
        return `${lines.join('\n')}\n`;
    }
    const chosen = advice.runners.find((runner) => runner.name === advice.recommended) ?? null;
    const reason = (0,report_escape/* escapeMarkdownText */.m4)(chosen ? withoutName(advice.reason, chosen.name) : advice.reason, REASON_MAX_LENGTH);
    lines.push(chosen
        ? `**${(0,report_escape/* escapeMarkdownText */.m4)(chosen.name, 64)}**: ${reason} Predicted there: ${chosen.workers} worker(s), ${(0,units/* formatDuration */.a3)(chosen.durationMs)}, ${formatUsd(chosen.costUsd)} a run, confidence ${chosen.confidence}.`
        : `⛔ ${reason}`, '');
    const shown = advice.runners.slice(0, SUMMARY_MAX_ROWS);
    const withTarget = advice.targetMs !== null;
    const header = [
        'Runner',
        'CPUs',
        'Workers',
        'Duration',
        'Peak of memory',
        'Cost a run',
        ...(withTarget ? [`Meets ${(0,units/* formatDuration */.a3)(advice.targetMs)}`] : []),
        'Confidence',
    ];
    const rows = shown.map((runner) => [
        `${runner.name === advice.recommended ? '👉 ' : ''}${(0,report_escape/* escapeTableCell */.aL)(runner.name, 64)}`,
        String(runner.cpus),
        String(runner.workers),
        (0,units/* formatDuration */.a3)(runner.durationMs),
        memoryCell(runner),
        `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
        ...(withTarget ? [targetCell(runner)] : []),
        `${runner.confidence}${runner.extrapolated ? ', extrapolated' : ''}`,
    ]);
    lines.push((0,markdown/* table */.tp)(header, rows, [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        ...(withTarget ? ['left'] : []),
        'left',
    ]));
    if (advice.runners.length > shown.length)
        lines.push('', `${advice.runners.length - shown.length} more in the \`runner-advice\` output.`);
    const shards = shardsLine(advice, (reason) => (0,report_escape/* escapeMarkdownText */.m4)(reason, REASON_MAX_LENGTH), (matrix) => `\`${matrix}\``);
    if (shards)
        lines.push('', `Shards: ${shards}`);
    lines.push('', `Evidence: ${evidenceLine(advice) ?? 'none'}.`);
    lines.push('', (0,markdown/* details */.zH)('What the advice cannot see', advice.limits.map((limit) => `- ${(0,report_escape/* escapeMarkdownText */.m4)(limit, REASON_MAX_LENGTH)}`).join('\n')));
    lines.push('', catalogLine(advice));
    return `${lines.join('\n')}\n`;
}
/** The CLI's text: the recommendation, every runner in aligned columns, the evidence, the limits. */
function formatAdviceText(advice) {
    const lines = [`resource-planner advise (profile: ${advice.phase})`, ''];
    if (!advice.advised) {
        lines.push(advice.reason);
        return `${lines.join('\n')}\n`;
    }
    lines.push(advice.recommended === null ? advice.reason : `Recommended  ${advice.reason}`, '');
    const rows = [
        ['Runner', 'CPUs', 'Memory', 'Workers', 'Duration', 'Peak', 'Cost', 'Target', 'Confidence'],
    ];
    for (const runner of advice.runners)
        rows.push([
            `${runner.name === advice.recommended ? '> ' : '  '}${runner.name}`,
            String(runner.cpus),
            formatBytes(runner.memoryBytes),
            String(runner.workers),
            formatDuration(runner.durationMs),
            runner.safe ? formatBytes(runner.peakBytes) : 'does not fit',
            `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
            runner.meetsTarget === null ? '-' : runner.meetsTarget ? 'meets' : 'misses',
            `${runner.confidence}${runner.extrapolated ? ', extrapolated' : ''}`,
        ]);
    lines.push(...alignColumns(rows, [false, true, true, true, true, true, true, false, false]));
    const shards = shardsLine(advice);
    if (shards)
        lines.push('', `Shards       ${shards}`);
    lines.push('', `Evidence     ${evidenceLine(advice) ?? 'none'}`);
    for (const limit of advice.limits)
        lines.push(`limit: ${limit}`);
    const { builtinDate, files } = advice.catalog;
    lines.push(`Catalogue    ${[
        ...(builtinDate === null ? [] : [`GitHub's docs as of ${builtinDate}`]),
        ...files,
    ].join('; ')}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/runner/context.ts
var runner_context = __nccwpck_require__(1953);
// EXTERNAL MODULE: ./src/sampler/types.ts
var sampler_types = __nccwpck_require__(9001);
;// CONCATENATED MODULE: ./src/action/main.ts
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
            await deps.report(inputs, deps.readEventPayload());
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
    // A catalogue file that is not valid fails the step before anything else: it is configuration.
    const catalog = runnerCatalog(deps, inputs);
    const context = (0,runner_context/* readRunContext */.$p)(deps.env, deps.readEventPayload());
    const capacity = await deps.probe();
    for (const warning of capacity.warnings)
        runner.warning(`Probe: ${warning}`);
    const jobDir = context.runnerTemp ? usableJobDir(deps, inputs, context.runnerTemp) : null;
    const existing = jobDir ? deps.jobStore.read(jobDir) : null;
    const historyDir = jobDir ? (0,external_node_path_.join)(jobDir, 'history') : '';
    const history = { profiles: null };
    const estimate = await estimateFor(deps, inputs, context, capacity, historyDir, (loaded) => {
        history.profiles = loaded;
    });
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
    const advice = history.profiles === null ? null : adviseFromHistory(deps, inputs, catalog, history.profiles);
    if (advice)
        runner.setOutput('runner-advice', JSON.stringify(advice));
    if (advice?.shards?.matrix) {
        runner.setOutput('shards', String(advice.shards.count));
        runner.setOutput('matrix', JSON.stringify(advice.shards.matrix));
    }
    if (jobDir)
        putCliOnPath(deps, jobDir, inputs.history ? historyDir : '');
    if (jobDir && inputs.sample)
        recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing);
    else if (!context.runnerTemp)
        runner.info('RUNNER_TEMP is not set: not recording memory (not running on an Actions runner?).');
    if (inputs.summary) {
        // A later phase of the job: the first phase's summary already showed the capacity.
        runner.appendSummary(renderPreRunSummary({
            capacity,
            plan,
            profileName: inputs.profile,
            earlierHost: existing?.host ?? null,
        }));
        // The advice when there is some, or when the user asked for it and should hear why not.
        const asked = inputs.targetDurationMs !== null || inputs.runnerCatalog !== '';
        if (advice && (advice.advised || asked))
            runner.appendSummary(renderAdviceSummary(advice));
        else if (!advice && asked)
            runner.info('No runner advice: no history was loaded (history: false, or no token or run context).');
    }
}
/** The catalogue: the built-in runners, extended or replaced by the `runner-catalog` file. */
function runnerCatalog(deps, inputs) {
    if (inputs.runnerCatalog === '')
        return mergeCatalog(BUILTIN_CATALOG, null);
    const file = (0,files/* shownPath */.pS)(inputs.runnerCatalog);
    let text;
    try {
        text = (deps.readCatalogFile ?? defaultReadCatalog)(inputs.runnerCatalog, CATALOG_MAX_BYTES);
    }
    catch (error) {
        throw new CatalogError('runner-catalog', file, '', `cannot be read (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    return mergeCatalog(BUILTIN_CATALOG, parseCatalog(text, 'runner-catalog', file));
}
function defaultReadCatalog(path, maxBytes) {
    return (0,files/* readBoundedText */.Ht)(path, maxBytes, { what: 'a runner catalogue' });
}
/** The runner-size advice from the loaded history; null, with a warning, if it fails. */
function adviseFromHistory(deps, inputs, catalog, profiles) {
    try {
        const advice = adviseRunners(adviceRequestFor(inputs, {
            profiles,
            catalog,
            visibility: visibilityFromPayload(deps.readEventPayload()),
            nowMs: Date.parse(deps.nowIso()),
        }));
        deps.runner.info(`Runner advice: ${advice.reason}`);
        return advice;
    }
    catch (error) {
        deps.runner.warning(`resource-planner could not advise a runner size: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return null;
    }
}
/**
 * The job's folder under RUNNER_TEMP, made ready before anything is written there; null, with one
 * warning, when RUNNER_TEMP cannot hold it (the plan goes on without recording).
 */
function usableJobDir(deps, inputs, runnerTemp) {
    const jobDir = (0,job_state/* jobDirFor */.A0)(runnerTemp);
    try {
        (deps.prepareJobDir ?? files/* ensureWritableDirectory */.Wh)(jobDir);
        return jobDir;
    }
    catch (error) {
        const message = `RUNNER_TEMP ${runnerTemp} cannot hold the job state (${(0,errors/* errorMessage */.gJ)(error)}): planning without recording.`;
        // Without sampling nothing was to be recorded: then it only costs the history's copy.
        if (inputs.sample)
            deps.runner.warning(message);
        else
            deps.runner.info(message);
        return null;
    }
}
/** The per-worker estimate: the input's figure, or one learned from history, or the fallback. */
function estimateFor(deps, inputs, context, capacity, historyDir, keepProfiles) {
    const unavailable = !inputs.history
        ? 'history: false: using fallback-memory-per-worker.'
        : !inputs.githubToken || !context.owner || !context.repo || !context.runnerTemp
            ? 'No token or repository to read history from: using fallback-memory-per-worker.'
            : null;
    return chooseEstimate({
        memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
        fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
        history: unavailable !== null
            ? { unavailable }
            : {
                learn: (fallback) => deps.learn({
                    inputs,
                    context,
                    capacity,
                    baselineBranch: (0,runner_context/* baselineBranchFor */.FY)(context, inputs.baselineBranch),
                    historyDir,
                    fallback,
                    log: deps.runner,
                    keepProfiles,
                }),
            },
        onLearnError: 'warn-and-fall-back',
        warn: (message) => deps.runner.warning(message),
    });
}
/**
 * Later steps of the job can run `resource-planner` (exec, plan, run...): the launchers go into
 * the job's folder and it onto PATH once. Fails open: a folder that cannot take them is one
 * warning, and the plan stands.
 */
function putCliOnPath(deps, jobDir, historyDir) {
    const folder = (0,external_node_path_.join)(jobDir, 'bin');
    try {
        deps.installCli(folder, historyDir);
        if (!(deps.env.PATH ?? '').split(external_node_path_.delimiter).includes(folder)) {
            deps.runner.addPath(folder);
            deps.runner.info(`The resource-planner CLI is on PATH for later steps of this job.`);
        }
    }
    catch (error) {
        deps.runner.warning(`Could not put the resource-planner CLI on PATH for later steps: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing) {
    const { runner } = deps;
    const mark = { name: inputs.profile, t: deps.monotonicMs(), workersRecommended: plan.workers };
    try {
        if (existing) {
            deps.jobStore.appendPhaseMark(existing.phasesFile, mark);
            const alive = existing.samplerPid !== null && deps.isProcessAlive(existing.samplerPid);
            runner.info(`Phase '${inputs.profile}' started; ${alive ? `the sampler (PID ${existing.samplerPid}) is already recording this job` : 'the sampler is not running, so this phase has no samples'}.`);
            saveStep(runner, { role: 'phase', jobDir, profile: inputs.profile });
            return;
        }
        const state = {
            version: 1,
            samplerPid: null,
            samplesFile: (0,sampler_types/* samplerFiles */.g)(jobDir).samplesFile,
            samplerLogFile: (0,sampler_types/* samplerFiles */.g)(jobDir).logFile,
            phasesFile: (0,external_node_path_.join)(jobDir, 'phases.jsonl'),
            intervalMs: inputs.sampleIntervalMs,
            source: 'none',
            host: (0,identity/* profileHost */.cr)(capacity),
            run: (0,identity/* profileRun */.xn)(context, inputs.matrixKey, deps.nowIso(), null, inputs.shard),
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
                // Post signals only a process that still matches this identity (a PID may be reused).
                samplerIdentity: handle.identity ?? null,
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
        deps.jobStore.write(jobDir, state);
        deps.jobStore.appendPhaseMark(state.phasesFile, mark);
        saveStep(runner, { role: 'owner', jobDir, profile: inputs.profile });
    }
    catch (error) {
        runner.warning(`Could not record phase '${inputs.profile}': ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function saveStep(runner, state) {
    runner.saveState(job_state/* StateKey */.zv.Step, JSON.stringify(state));
}
function logPlan(runner, inputs, plan) {
    runner.info(`resource-planner [${inputs.profile}]: ${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`);
    for (const note of plan.estimate.notes)
        runner.info(`  ${note}`);
    for (const warning of plan.warnings)
        runner.warning(warning);
}


/***/ }),

/***/ 6999:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4855);
/* harmony import */ var _action_main_deps_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6309);
// The action's main step: wires the real adapters into runMain.


await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .V)((0,_action_main_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .realMainDeps */ .c)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ maxWorkersWithin),
/* harmony export */   xF: () => (/* binding */ predictConcurrentPeakBytes),
/* harmony export */   y8: () => (/* binding */ fitConcurrencyModel)
/* harmony export */ });
/* unused harmony export lockstepModel */
/**
 * How the memory of N concurrent workers of one group adds up, calibrated from what earlier runs
 * recorded about the group. Sizes are in bytes and exclude the phase's non-worker ("base") memory.
 *
 * Summing per-worker peaks (N × member peak) is right for workers that move in lockstep (all load
 * the same thing at start) but far too pessimistic for workers whose peaks come at different
 * moments: the sum of N independent members' RSS has mean N·μ and standard deviation σ·√N, so its
 * highest point over a run sits near N·μ + z·σ·√N, not N·(μ + z·σ). The model spans both:
 *
 *   peak(N) = N·μ + (memberPeak − μ) · m(N),   m(N) = N^β for N up to the largest observed count,
 *
 * with β ∈ [0.5, 1] fitted from the observations (0.5 = independent, 1 = lockstep), and m(1) = 1 so
 * one worker peaks at the member peak: memberPeak − μ plays the part of z·σ, calibrated from the
 * same run. Beyond the largest observed count m grows as it would for members whose RSS has the
 * pairwise correlation the fit implies (see {@link predictConcurrentPeakBytes}). Pure.
 */
/** At or below this exponent the group is reported as independent (ratio ≈ 1/√n). */
const INDEPENDENT_EXPONENT = 0.6;
/**
 * At or above this exponent the group is treated as lockstep and β is set to 1. Close to 1 the
 * difference is within the noise of one run's peak, and rounding down there is the one mistake that
 * under-predicts lockstep workers, so near-lockstep is planned as lockstep.
 */
const LOCKSTEP_EXPONENT = 0.9;
/**
 * The pairwise correlation assumed at least when predicting beyond the largest observed count.
 * A power law fitted at small n under-predicts correlated members further out (their excess grows
 * as √(N·(1 + (N − 1)·ρ)), whose log-log slope rises towards 1), and one run at 2 or 3 workers
 * cannot tell ρ = 0 from a small ρ: the peak of a sum is itself noisy (its spread is about a tenth
 * of z·σ). At 0.03 an independent group observed at 2 workers is planned ~19% above its true excess
 * at 16 workers (~3% of the total for μ 300 MiB, σ 60 MiB) and ~70% above at 64, where a weak
 * common factor would matter most.
 */
const EXTRAPOLATION_MIN_CORRELATION = 0.03;
/** Peak totals above this multiple of workers × member peak are treated as broken records. */
const MAX_PEAK_TOTAL_OVER_LOCKSTEP = 1.5;
/**
 * The model for workers assumed to peak together: peak(N) = N × member peak. The safe default when
 * there is no evidence of how the members' peaks overlap.
 * @example lockstepModel(512 * 2 ** 20, 'no per-sample record').kind === 'lockstep'
 */
function lockstepModel(memberPeakBytes, reason) {
    if (!(Number.isFinite(memberPeakBytes) && memberPeakBytes > 0)) {
        throw new RangeError(`lockstepModel: memberPeakBytes must be a positive number, got ${memberPeakBytes}`);
    }
    return {
        kind: 'lockstep',
        meanMemberBytes: memberPeakBytes,
        memberPeakBytes,
        sdMemberBytes: 0,
        exponent: 1,
        observedWorkers: [],
        reason,
    };
}
function isNonNegative(value) {
    return Number.isFinite(value) && value >= 0;
}
/** Splits an observation into what can be trusted: sizes, moments, coupling evidence. */
function screen(observation) {
    const weight = observation.weight ?? 1;
    if (!(Number.isFinite(weight) && weight > 0))
        return 'weight is not a positive number';
    const peak = observation.memberPeakBytes;
    if (!(Number.isFinite(peak) && peak > 0))
        return 'member peak is not a positive number';
    const result = {
        weight,
        memberPeakBytes: peak,
        moments: null,
        coupling: null,
        problem: null,
    };
    const mean = observation.meanMemberBytes;
    const sd = observation.sdMemberBytes;
    if (!(isNonNegative(mean) && mean > 0 && isNonNegative(sd))) {
        result.problem = 'mean or standard deviation is not a usable number';
        return result;
    }
    if (mean > peak) {
        result.problem = 'mean above the member peak';
        return result;
    }
    result.moments = { meanBytes: mean, sdBytes: sd };
    const workers = observation.aliveAtPeak;
    const total = observation.peakTotalBytes;
    if (!(Number.isInteger(workers) && workers >= 2)) {
        result.problem = 'fewer than 2 workers alive at the peak';
    }
    else if (!(sd > 0 && peak > mean)) {
        result.problem = 'member RSS did not vary (σ = 0)';
    }
    else if (!Number.isFinite(total)) {
        result.problem = 'peak total is not a number';
    }
    else if (total <= workers * mean) {
        result.problem = 'peak total not above workers × mean';
    }
    else if (total > workers * peak * MAX_PEAK_TOTAL_OVER_LOCKSTEP) {
        result.problem = `peak total above ${MAX_PEAK_TOTAL_OVER_LOCKSTEP} × workers × member peak`;
    }
    else {
        // Share of the way from the mean (N·μ) to all-at-peak (N·peak): ≈ 1/√n independent, 1 lockstep.
        const share = (total - workers * mean) / (workers * (peak - mean));
        result.coupling = { workers, share, peakTotalBytes: total };
    }
    return result;
}
/**
 * Weighted median: the value where the cumulative weight reaches half the total; the mean of the
 * two neighbours when it lands exactly on a boundary (so two equal weights give their mean).
 */
function weightedMedian(values, weights) {
    const pairs = values.map((value, index) => [value, weights[index] ?? 0]);
    pairs.sort((a, b) => a[0] - b[0]);
    const half = pairs.reduce((sum, [, weight]) => sum + weight, 0) / 2;
    let cumulative = 0;
    for (let index = 0; index < pairs.length; index++) {
        const [value, weight] = pairs[index];
        cumulative += weight;
        if (Math.abs(cumulative - half) <= half * 1e-12 && index + 1 < pairs.length) {
            return (value + pairs[index + 1][0]) / 2;
        }
        if (cumulative > half)
            return value;
    }
    return pairs[pairs.length - 1][0];
}
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** `300 MiB`, `1.1 GiB` (local so the module depends on nothing in the project). */
function formatBytes(bytes) {
    if (bytes >= GiB)
        return `${(bytes / GiB).toFixed(1).replace(/\.0$/, '')} GiB`;
    return `${Math.round(bytes / MiB)} MiB`;
}
function kindFor(exponent) {
    if (exponent >= LOCKSTEP_EXPONENT)
        return 'lockstep';
    if (exponent <= INDEPENDENT_EXPONENT)
        return 'independent';
    return 'partly-correlated';
}
const KIND_LABEL = {
    independent: 'independent-like',
    'partly-correlated': 'partly correlated',
    lockstep: 'lockstep-like',
};
/**
 * Fits the concurrency model of one worker group from one or more runs' observations.
 *
 * Method: μ, σ and the member peak are weighted medians over the usable observations. Each
 * observation with n ≥ 2 members alive at the peak gives the share s = (peakTotal − n·μ) /
 * (n·(peak − μ)) of the way from the mean to all-at-peak, hence β = 1 + ln s / ln n. Several
 * observations are combined by weighted least squares through the origin in log-log space
 * (ln(excess / (peak − μ)) = β·ln n; the line passes through N = 1, where the excess is peak − μ),
 * i.e. the mean of the per-observation β weighted by weight·(ln n)²; the result is clamped to
 * [0.5, 1], and β ≥ 0.9 is rounded up to lockstep. Observations with broken figures are no evidence; without coupling evidence (no
 * observation at n ≥ 2, σ = 0, peak total below the mean or far above all-at-peak) the model is
 * lockstep, and the reason says why.
 *
 * Throws when the list is empty or no observation has a usable member peak: there is nothing to
 * size a worker by; callers then use {@link lockstepModel} with their own per-worker estimate.
 * @example
 * // 3 independent-like members (μ 300 MiB, peak 500 MiB) peaking together at 1,246 MiB:
 * // share (1246 − 900) / (3 × 200) ≈ 1/√3 → β = 0.5, kind 'independent'.
 * fitConcurrencyModel([{ aliveAtPeak: 3, peakTotalBytes: 1246 * MiB, meanMemberBytes: 300 * MiB,
 *   sdMemberBytes: 60 * MiB, memberPeakBytes: 500 * MiB }]).kind === 'independent'
 */
function fitConcurrencyModel(observations) {
    if (observations.length === 0)
        throw new RangeError('fitConcurrencyModel: no observations');
    const screened = [];
    const problems = [];
    for (const observation of observations) {
        const result = screen(observation);
        if (typeof result === 'string')
            problems.push(result);
        else {
            screened.push(result);
            if (result.problem !== null)
                problems.push(result.problem);
        }
    }
    if (screened.length === 0) {
        throw new RangeError(`fitConcurrencyModel: no observation has a usable member peak (${problems[0] ?? 'none'})`);
    }
    const ignored = problems.length === 0
        ? ''
        : `; ${problems.length} of ${observations.length} observation(s) not used as evidence (${problems[0]})`;
    const withMoments = screened.filter((item) => item.moments !== null);
    if (withMoments.length === 0) {
        const peak = weightedMedian(screened.map((item) => item.memberPeakBytes), screened.map((item) => item.weight));
        return lockstepModel(peak, `no usable mean and spread of member RSS: assuming lockstep, N × ${formatBytes(peak)}${ignored}`);
    }
    const weights = withMoments.map((item) => item.weight);
    const peak = weightedMedian(withMoments.map((item) => item.memberPeakBytes), weights);
    // Each observation has mean ≤ peak, so the medians keep that order; min() guards rounding.
    const mean = Math.min(peak, weightedMedian(withMoments.map((item) => item.moments?.meanBytes ?? peak), weights));
    const sd = weightedMedian(withMoments.map((item) => item.moments?.sdBytes ?? 0), weights);
    const evidence = withMoments.filter((item) => item.coupling !== null);
    if (evidence.length === 0) {
        return {
            kind: 'lockstep',
            meanMemberBytes: mean,
            memberPeakBytes: peak,
            sdMemberBytes: sd,
            exponent: 1,
            observedWorkers: [],
            reason: `no evidence of how the members' peaks overlap: assuming lockstep, N × ${formatBytes(peak)}${ignored}`,
        };
    }
    let numerator = 0;
    let denominator = 0;
    for (const item of evidence) {
        const { workers, share } = item.coupling;
        const logWorkers = Math.log(workers);
        // Clamped wide, not to [0.5, 1]: one run's β scatters about ±0.2 at n = 2 (the peak of a sum is
        // noisy), and clamping each at 0.5 before averaging would bias independent groups upwards.
        const beta = Math.min(1.5, Math.max(0, 1 + Math.log(share) / logWorkers));
        numerator += item.weight * logWorkers * logWorkers * beta;
        denominator += item.weight * logWorkers * logWorkers;
    }
    const fitted = Math.min(1, Math.max(0.5, numerator / denominator));
    const kind = kindFor(fitted);
    const exponent = kind === 'lockstep' ? 1 : fitted;
    const observedWorkers = [
        ...new Set(evidence.map((item) => item.coupling.workers)),
    ].sort((a, b) => a - b);
    // Quote the observation at the largest count (the heaviest of those): it says most about N.
    const quoted = evidence.reduce((best, item) => {
        const a = item.coupling;
        const b = best.coupling;
        return a.workers > b.workers || (a.workers === b.workers && item.weight > best.weight)
            ? item
            : best;
    });
    const coupling = quoted.coupling;
    const percent = Math.round(coupling.share * 100);
    const range = observedWorkers.length === 1
        ? `${observedWorkers[0]}`
        : `${observedWorkers[0]}–${observedWorkers[observedWorkers.length - 1]}`;
    const reason = `at ${coupling.workers} workers the group peaked at ${formatBytes(coupling.peakTotalBytes)}, ` +
        `${percent}% of the way from the mean to all-at-peak: ${KIND_LABEL[kind]} ` +
        `(exponent ${fitted.toFixed(2)} from ${evidence.length} observation(s) at ${range} workers)${ignored}`;
    return {
        kind,
        meanMemberBytes: mean,
        memberPeakBytes: peak,
        sdMemberBytes: sd,
        exponent,
        observedWorkers,
        reason,
    };
}
/** N·(1 + (N − 1)·ρ): the variance of a sum of N members with pairwise correlation ρ, over σ². */
function sumVariance(workers, correlation) {
    return workers * (1 + (workers - 1) * correlation);
}
function assertUsableModel(model) {
    const { meanMemberBytes: mean, memberPeakBytes: peak, exponent } = model;
    if (!(isNonNegative(mean) && Number.isFinite(peak) && peak >= mean)) {
        throw new RangeError(`concurrency model needs 0 ≤ meanMemberBytes ≤ memberPeakBytes, got ${mean} and ${peak}`);
    }
    if (!(exponent >= 0.5 && exponent <= 1)) {
        throw new RangeError(`concurrency model exponent must be in [0.5, 1], got ${exponent}`);
    }
    if (!model.observedWorkers.every((count) => Number.isFinite(count) && count >= 1)) {
        throw new RangeError('concurrency model observedWorkers must be counts ≥ 1');
    }
}
/**
 * Predicted peak of the summed RSS of `workers` concurrent members (bytes, base memory excluded).
 *
 * Method: N·μ + (peak − μ)·m(N). Up to the largest observed count n, m(N) = N^β, the fitted power
 * law. Beyond n the prediction continues from m(n) as the excess of members with pairwise
 * correlation ρ does, √(N·(1 + (N − 1)·ρ)), where ρ = (n^(2β−1) − 1)/(n − 1) is the correlation that
 * reproduces the fit at n, raised to at least {@link EXTRAPOLATION_MIN_CORRELATION}. That curve's
 * log-log slope rises with N (towards 1), so the implied exponent beyond n is never below β and
 * grows with N/n: a power law fitted at 2–3 workers would under-predict correlated members at 16.
 * Lockstep gives N × peak exactly. Always between N·μ and N·peak, and non-decreasing in N.
 *
 * Throws on a worker count that is not a whole number ≥ 0, or a model with broken figures.
 * @example
 * // μ 300 MiB, peak 500 MiB, independent (β 0.5) observed at 4: 4 workers → 1200 + 200·2 = 1600 MiB.
 * const model = { ...lockstepModel(500 * MiB, 'example'), kind: 'independent' as const,
 *   meanMemberBytes: 300 * MiB, exponent: 0.5, observedWorkers: [4] };
 * predictConcurrentPeakBytes(model, 4) === 1600 * MiB
 */
function predictConcurrentPeakBytes(model, workers) {
    if (!(Number.isInteger(workers) && workers >= 0)) {
        throw new RangeError(`workers must be a whole number ≥ 0, got ${workers}`);
    }
    assertUsableModel(model);
    const { meanMemberBytes: mean, memberPeakBytes: peak } = model;
    const lockstepBytes = workers * peak;
    if (workers === 0)
        return 0;
    // The kind wins over a hand-edited exponent: lockstep is the safe reading of a mismatch.
    const exponent = model.kind === 'lockstep' ? 1 : model.exponent;
    if (exponent >= 1)
        return lockstepBytes;
    const largestObserved = Math.max(1, ...model.observedWorkers);
    let multiple = workers ** exponent;
    if (workers > largestObserved) {
        const fittedCorrelation = largestObserved >= 2
            ? (largestObserved ** (2 * exponent - 1) - 1) / (largestObserved - 1)
            : 0;
        const correlation = Math.min(1, Math.max(EXTRAPOLATION_MIN_CORRELATION, fittedCorrelation));
        const growth = Math.sqrt(sumVariance(workers, correlation) / sumVariance(largestObserved, correlation));
        multiple = Math.max(multiple, largestObserved ** exponent * growth);
    }
    const predicted = workers * mean + (peak - mean) * Math.min(workers, multiple);
    return Math.min(lockstepBytes, Math.max(workers * mean, predicted));
}
/**
 * The largest worker count N ≤ cap whose predicted peak fits in `availableBytes`; 0 when not even
 * one worker fits (including when the available memory is negative: base memory over the limit).
 *
 * Method: binary search, valid because the prediction is non-decreasing in N.
 * @example maxWorkersWithin(lockstepModel(512 * MiB, 'x'), 2 * 1024 * MiB, 8) === 4
 */
function maxWorkersWithin(model, availableBytes, cap) {
    if (Number.isNaN(availableBytes))
        throw new RangeError('availableBytes is NaN');
    if (!(Number.isInteger(cap) && cap >= 0)) {
        throw new RangeError(`cap must be a whole number ≥ 0, got ${cap}`);
    }
    assertUsableModel(model);
    if (availableBytes < 0)
        return 0;
    let fits = 0;
    let tooMany = cap + 1;
    while (tooMany - fits > 1) {
        const middle = Math.floor((fits + tooMany) / 2);
        if (predictConcurrentPeakBytes(model, middle) <= availableBytes)
            fits = middle;
        else
            tooMany = middle;
    }
    return fits;
}


/***/ }),

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ estimateFromHistory),
/* harmony export */   QZ: () => (/* binding */ confidenceFor),
/* harmony export */   iN: () => (/* binding */ SAFETY_MARGIN),
/* harmony export */   p$: () => (/* binding */ ELASTIC_MIN_SHARE)
/* harmony export */ });
/* unused harmony exports MIN_RUNS_FOR_QUANTILE, TARGET_QUANTILE, DEFAULT_HALF_LIFE_DAYS, OOM_BUMP_BYTES, OOM_BUMP_FACTOR, ELASTIC_RUNTIMES, isElasticRuntime, confidenceMultiplier */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5521);
/* harmony import */ var _profile_worker_group_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3537);
/* harmony import */ var _shared_inert_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1961);
/* harmony import */ var _shared_stats_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3570);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4886);
/* harmony import */ var _speedup_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(96);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4669);
/**
 * Memory per worker from earlier runs' profiles. Pure. The method, its constants and their
 * sources are explained in docs/algorithm.md §3.
 */







/** +15% safety margin on the target, as the Kubernetes VPA recommender. */
const SAFETY_MARGIN = 0.15;
/** Below this many runs the maximum, not the p90, is the target (VPA keeps bounds wide early). */
const MIN_RUNS_FOR_QUANTILE = 5;
const TARGET_QUANTILE = 0.9;
/**
 * Half-life of a run's weight. VPA decays pod samples with a 24 h half-life because pods run
 * continuously; CI runs are sparse (a few a day on a busy branch) and a change to the code moves
 * memory for good, so a week lets ~20 recent runs count while old behaviour fades.
 */
const DEFAULT_HALF_LIFE_DAYS = 7;
/** VPA's bump after an OOM kill: max(used + 100 MiB, used × 1.2). */
const OOM_BUMP_BYTES = 100 * _shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
const OOM_BUMP_FACTOR = 1.2;
const DAY_MS = 86_400_000;
/** The smallest weight a run can have (it still counts, if every other run is as old). */
const MIN_WEIGHT = 1e-300;
/**
 * Runtimes that size their heap from the memory they can see, a cgroup limit included: Node (V8's
 * default heap limit follows the constrained memory) and the JVM (container support since JDK 10,
 * heap = MaxRAMPercentage of it). Matched against the worker group's executable name.
 */
const ELASTIC_RUNTIMES = new Set(['node', 'java']);
/**
 * The smallest share of a per-worker figure learned with more memory that such workers are
 * assumed to need when they run with less. docs/measurements.md M2: Jest workers that peaked at 652 MiB on a
 * 24 GiB host passed at 333 MiB (51%) inside an 800 MiB limit, and four of them were OOM-killed at
 * ~307 MiB each (47%) inside 1.2 GiB: the need sat at about half the unconstrained peak.
 */
const ELASTIC_MIN_SHARE = 0.5;
/** True for an executable name (any case, `.exe` or not) of a runtime in ELASTIC_RUNTIMES. */
function isElasticRuntime(name) {
    return name !== null && ELASTIC_RUNTIMES.has(name.toLowerCase().replace(/\.exe$/, ''));
}
/** Confidence multiplier √(1 + 1/n): 1.41 after one run, 1.10 after five, 1.02 after twenty. */
function confidenceMultiplier(runs) {
    return runs <= 0 ? Number.POSITIVE_INFINITY : Math.sqrt(1 + 1 / runs);
}
function confidenceFor(runs) {
    if (runs <= 0)
        return 'none';
    if (runs < MIN_RUNS_FOR_QUANTILE)
        return 'low';
    if (runs < 15)
        return 'medium';
    return 'high';
}
/**
 * The figures of every phase of a profile that ran `phaseName`. One phase per run in the action;
 * `resource-planner exec` records each attempt as a phase of its own (an OOM-killed one and the
 * run after it), and each is evidence of the count it ran.
 */
function figuresOf(entry, phaseName, nowMs, halfLifeDays) {
    return entry.profile.phases
        .filter((phase) => phase.name === phaseName)
        .map((phase) => figuresFor(entry, phase, nowMs, halfLifeDays))
        .filter((figures) => figures !== null);
}
/** The moment a phase started, from the profile's start: orders the attempts of one run. */
function phaseStartedAt(startedAt, phase) {
    const moved = new Date(Date.parse(startedAt) + phase.startMs);
    // An unreadable start (untrusted text) or one moved out of the Date range stays as it was.
    return phase.startMs > 0 && Number.isFinite(moved.getTime()) ? moved.toISOString() : startedAt;
}
function figuresFor(entry, phase, nowMs, halfLifeDays) {
    const group = (0,_profile_worker_group_js__WEBPACK_IMPORTED_MODULE_5__/* .mainWorkerGroup */ .Z)(phase);
    if (!group || group.peakRss.p90Bytes <= 0)
        return null;
    const oom = phase.oomKills > 0;
    // Summed RSS counts shared pages (libraries, copy-on-write) once per process; the cgroup charges
    // them once. Where the cgroup charged less than the summed peak, scale down to its charge.
    const treePeak = phase.treeRss.peakBytes;
    const charged = phase.peakCgroupUsageBytes;
    const sharedPageScale = charged !== null && charged > 0 && charged < treePeak ? charged / treePeak : 1;
    const measuredPerWorker = group.peakRss.p90Bytes * sharedPageScale;
    let perWorker = measuredPerWorker;
    if (oom)
        perWorker = Math.max(perWorker + OOM_BUMP_BYTES, perWorker * OOM_BUMP_FACTOR);
    const workers = Math.max(1, (0,_profile_worker_group_js__WEBPACK_IMPORTED_MODULE_5__/* .workersRan */ .B)(group));
    const peak = treePeak * sharedPageScale;
    const startedMs = Date.parse(entry.profile.run.startedAt);
    const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
    // Never exactly 0: 0.5 ** age underflows past ~1075 half-lives (20 years at 7 days), and a
    // history whose weights are all 0 would make every weighted quantile 0 B.
    const weight = Math.max(MIN_WEIGHT, 0.5 ** (ageDays / halfLifeDays));
    const host = entry.profile.host;
    const constrained = host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes
        ? host.cgroupMemoryLimitBytes
        : null;
    const concurrency = group.concurrency;
    const observation = concurrency && concurrency.aliveAtPeak >= 2
        ? {
            aliveAtPeak: concurrency.aliveAtPeak,
            peakTotalBytes: group.peakTotalBytes * sharedPageScale,
            meanMemberBytes: concurrency.memberMeanBytes * sharedPageScale,
            sdMemberBytes: concurrency.memberSdBytes * sharedPageScale,
            memberPeakBytes: measuredPerWorker,
            weight,
        }
        : null;
    return {
        ref: {
            runId: entry.profile.run.runId,
            runAttempt: entry.profile.run.runAttempt,
            sha: entry.profile.run.sha,
            startedAt: entry.profile.run.startedAt,
            url: entry.url,
            perWorkerBytes: perWorker,
            workers,
            oomKills: phase.oomKills,
        },
        perWorkerBytes: perWorker,
        measuredPerWorkerBytes: measuredPerWorker,
        baseBytes: Math.max(0, peak - group.peakTotalBytes * sharedPageScale),
        workers,
        peakBytes: peak,
        durationMs: phase.durationMs,
        weight,
        oom,
        heapLimitKills: phase.heapLimitKills ?? 0,
        // The action's profiles have no exit status; GitHub's conclusion stands in for it.
        succeeded: entry.failed !== true &&
            (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0),
        phaseStartedAt: phaseStartedAt(entry.profile.run.startedAt, phase),
        constrainedLimitBytes: constrained,
        memoryLimitBytes: host.memoryLimitBytes,
        workerName: group.name,
        observation,
    };
}
/** Runs recorded on another OS count memory differently (e.g. `ps` RSS on macOS): left out. */
function sameOs(profiles, os) {
    if (os === undefined)
        return { kept: profiles, note: null };
    const kept = profiles.filter((entry) => entry.profile.host.os === os);
    const others = [
        ...new Set(profiles
            .filter((entry) => entry.profile.host.os !== os)
            .map((entry) => entry.profile.host.os)),
    ];
    return {
        kept,
        note: kept.length === profiles.length
            ? null
            : `${profiles.length - kept.length} profile(s) from another OS (${others.slice(0, 3).join(', ')}) ignored: memory is counted differently there.`,
    };
}
function estimateFromHistory(input) {
    const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
    const { kept, note: osNote } = sameOs(input.profiles, input.capacityOs);
    const perProfile = kept.map((entry) => figuresOf(entry, input.phase, input.nowMs, halfLife));
    const runs = perProfile.flat();
    const missing = perProfile.filter((figures) => figures.length === 0).length;
    const notes = osNote ? [osNote] : [];
    if (runs.length === 0) {
        if (input.profiles.length === 0)
            return { ...input.fallback, notes: input.fallback.notes };
        // History there is, just not for this phase: name the phases it has, not "no history yet".
        const phases = kept.flatMap((entry) => entry.profile.phases.map((phase) => phase.name));
        notes.push(`${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'` +
            (phases.length > 0 ? `; they have phase(s) ${(0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quotedNames */ .l9)(phases)}.` : '.') +
            ` Assuming ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(input.fallback.perWorkerBytes)} per worker (the fallback).`);
        return { ...input.fallback, notes };
    }
    const n = runs.length;
    if (missing > 0)
        notes.push(`${missing} of ${kept.length} earlier profile(s) had no workers in phase '${input.phase}'.`);
    const target = perWorkerTarget(runs, halfLife, notes);
    const ooms = runs.filter((run) => run.oom);
    if (ooms.length > 0) {
        // An OOM kill is hard evidence the workers needed more: the target never falls below the
        // bumped figure of such a run, whatever the quantile says.
        const bumped = Math.max(...ooms.map((run) => run.perWorkerBytes));
        target.perWorkerBytes = Math.max(target.perWorkerBytes, bumped);
        notes.push(`${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used × 1.2) = ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(bumped)} per worker at least.`);
    }
    const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
    let perWorkerBytes = Math.round(target.perWorkerBytes * multiplier);
    notes.push(`+15% margin and ×${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(perWorkerBytes)} per worker.`);
    const latestName = runs.reduce((latest, run) => Date.parse(run.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run : latest).workerName;
    const elastic = isElasticRuntime(latestName) && ooms.length === 0 && input.elasticMemory !== false;
    const elasticShare = elastic ? elasticPriorShare(runs, input.capacityMemoryLimitBytes) : 1;
    if (elasticShare < 1) {
        const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
        perWorkerBytes = Math.round(perWorkerBytes * elasticShare);
        notes.push(`Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(leastSeenBytes)}, this runner ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(input.capacityMemoryLimitBytes)}: ×${elasticShare.toFixed(2)} = ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith('node') ? ' Pass node-heap-mb to the workers as --max-old-space-size.' : ''} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`);
    }
    perWorkerBytes = provenUnderTighterLimit(runs, input.capacityMemoryLimitBytes, perWorkerBytes, notes);
    const concurrency = concurrencyModelFor(runs, notes);
    // A failed run's duration says how long it took to fail, not how long the work takes; so does
    // an attempt that ran out of memory in a run that succeeded later (exec's retry).
    const speedup = (0,_speedup_js__WEBPACK_IMPORTED_MODULE_3__/* .fitSpeedup */ .AI)(runs
        .filter((run) => run.succeeded && !run.oom && run.heapLimitKills === 0)
        .map((run) => ({ workers: run.workers, durationMs: run.durationMs })), input.minSpeedupGain ?? _speedup_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MIN_SPEEDUP_GAIN */ .an);
    if (speedup)
        notes.push((0,_speedup_js__WEBPACK_IMPORTED_MODULE_3__/* .speedupNote */ .$N)(speedup));
    const perWorkerValues = runs.map((run) => run.perWorkerBytes);
    return {
        source: 'history',
        perWorkerBytes,
        memberPeakBytes: Math.round(target.perWorkerBytes),
        baseBytes: Math.round(target.baseBytes),
        confidence: confidenceFor(n),
        historyRuns: n,
        spread: {
            p50Bytes: Math.round((0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_6__/* .quantile */ .YV)(perWorkerValues, 0.5)),
            p90Bytes: Math.round((0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_6__/* .quantile */ .YV)(perWorkerValues, 0.9)),
            maxBytes: Math.max(...perWorkerValues),
        },
        workerName: latestName,
        oomInHistory: ooms.length > 0,
        speedup,
        concurrency,
        elasticShare,
        elastic,
        baseMeasured: true,
        countEvidence: runs.map(countEvidenceOf),
        runs: runs.map((run) => run.ref),
        notes,
    };
}
/**
 * The per-worker target before margins and the base memory: the largest of few runs or the
 * time-weighted p90 of more, and where runs at 3+ worker counts allow, the slope of peak memory
 * on workers (regression) to separate per-worker from base memory.
 */
function perWorkerTarget(runs, halfLife, notes) {
    const n = runs.length;
    const perWorkerValues = runs.map((run) => run.perWorkerBytes);
    const weights = runs.map((run) => run.weight);
    let target;
    let baseBytes = (0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_6__/* .weightedQuantile */ .RO)(runs.map((run) => run.baseBytes), weights, 0.5);
    if (n < MIN_RUNS_FOR_QUANTILE) {
        target = Math.max(...perWorkerValues);
        notes.push(`Per worker: the largest of ${n} run(s) (${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`);
    }
    else {
        target = (0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_6__/* .weightedQuantile */ .RO)(perWorkerValues, weights, TARGET_QUANTILE);
        notes.push(`Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(target)}.`);
    }
    const counts = new Set(runs.map((run) => run.workers));
    if (counts.size >= 3) {
        const { m: slope, b: intercept } = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .linearRegression */ .Ro)(runs.map((run) => [run.workers, run.peakBytes]));
        if (slope > 0 && intercept >= 0) {
            notes.push(`Peak memory rises by ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(slope)} per worker across ${counts.size} worker counts (regression); base ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(intercept)}.`);
            target = Math.max(target, slope);
            baseBytes = intercept;
        }
    }
    return { perWorkerBytes: target, baseBytes };
}
/**
 * Elastic memory, the prior: Node and JVM workers size their heaps from the memory they see, so
 * figures learned where every run saw more memory than this runner has overstate the need here.
 * The ratio of memories, never below half (docs/measurements.md M2); 1 when no run saw more.
 */
function elasticPriorShare(runs, capacityMemoryLimitBytes) {
    const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
    return capacityMemoryLimitBytes < leastSeenBytes
        ? Math.max(ELASTIC_MIN_SHARE, capacityMemoryLimitBytes / leastSeenBytes)
        : 1;
}
/**
 * Elastic memory, the evidence: garbage-collected workers grow into what they see, so a run that
 * finished inside a tighter cgroup limit without an OOM kill proves its workers fit in
 * (limit − base) ÷ workers.
 */
function provenUnderTighterLimit(runs, capacityMemoryLimitBytes, perWorkerBytes, notes) {
    const feasible = runs
        .filter((run) => !run.oom &&
        run.succeeded &&
        run.constrainedLimitBytes !== null &&
        run.constrainedLimitBytes < capacityMemoryLimitBytes)
        .map((run) => Math.max(1, (run.constrainedLimitBytes - run.baseBytes) / run.workers));
    if (feasible.length === 0)
        return perWorkerBytes;
    const proven = Math.round(Math.min(...feasible));
    if (proven >= perWorkerBytes)
        return perWorkerBytes;
    notes.push(`${feasible.length} run(s) under a tighter memory limit finished without OOM at ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(proven)} per worker: using that (garbage-collected workers use less when they see less).`);
    return proven;
}
/** The concurrency model from the runs that recorded 2+ workers alive at once (v2 profiles). */
function concurrencyModelFor(runs, notes) {
    const observations = runs
        .map((run) => run.observation)
        .filter((observation) => observation !== null);
    if (observations.length === 0) {
        notes.push('Concurrency: no run recorded 2+ workers at once with per-sample figures (v1 profiles or one worker): workers are planned as if they peak together.');
        return null;
    }
    try {
        const model = (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .fitConcurrencyModel */ .y8)(observations);
        notes.push(`Concurrency (${model.kind}): ${model.reason}.`);
        return model;
    }
    catch (error) {
        notes.push(`Concurrency: no usable evidence (${error instanceof Error ? error.message : String(error)}).`);
        return null;
    }
}
function countEvidenceOf(run) {
    return {
        runId: run.ref.runId,
        workers: run.workers,
        memoryLimitBytes: run.memoryLimitBytes,
        clean: !run.oom && run.heapLimitKills === 0 && run.succeeded,
        oomKills: run.ref.oomKills,
        heapLimitKills: run.heapLimitKills,
        perWorkerBytes: run.measuredPerWorkerBytes,
        startedAt: run.phaseStartedAt,
        weight: run.weight,
    };
}


/***/ }),

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ speedupNote),
/* harmony export */   AI: () => (/* binding */ fitSpeedup),
/* harmony export */   an: () => (/* binding */ DEFAULT_MIN_SPEEDUP_GAIN),
/* harmony export */   yh: () => (/* binding */ predictDurationMs)
/* harmony export */ });
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5521);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4886);
/**
 * How a phase's duration falls with more workers, fitted to Amdahl's law
 * T(n) = T1 · (s + (1 − s) / n). T is linear in 1/n, so ordinary least squares of T on 1/n
 * gives intercept a = T1·s and slope b = T1·(1 − s): T1 = a + b, s = a / (a + b). Pure.
 */


/**
 * Default `min-speedup-gain`: stop adding workers when one more would cut the duration by less
 * than 5%. Beyond that point each worker costs memory and CPU contention for little benefit.
 */
const DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
/** Never extrapolate the curve further than this many times the largest count observed. */
const MAX_EXTRAPOLATION = 4;
/** Nor past this many workers (the planner's MAX_WORKERS_CONSIDERED). */
const MAX_WORKERS_FITTED = 4096;
/** Amdahl: T(n) = T1 · (s + (1 − s) / n). */
function predictDurationMs(model, workers) {
    return (model.singleWorkerMs *
        (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers)));
}
/**
 * Fits the model; null without at least 3 points at 2 or more distinct worker counts, or when the
 * data neither speed up with workers nor clearly slow down.
 *
 * Durations that do not fall at all (the least-squares slope on 1/n is not positive) are a
 * measurement too: when the median at the fastest count beats the median at every larger count
 * by at least `minGain`, the model is `no-gain` and that count is the most worth running (Jest at
 * one worker runs in its own process and skips starting workers, which can beat two workers on a
 * small runner). Between the two (mixed, within noise) nothing is claimed.
 * @example fitSpeedup([{workers:1,durationMs:100},{workers:2,durationMs:60},{workers:4,durationMs:40}])
 */
function fitSpeedup(points, minGain = DEFAULT_MIN_SPEEDUP_GAIN) {
    const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
    const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
    if (usable.length < 3 || distinct.length < 2)
        return null;
    const medianDurationsMs = distinct.map((workers) => (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(usable.filter((point) => point.workers === workers).map((point) => point.durationMs)));
    const { m: slope, b: intercept } = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .linearRegression */ .Ro)(usable.map((point) => [1 / point.workers, point.durationMs]));
    if (!(slope > 0))
        return noGain(distinct, medianDurationsMs, minGain);
    const singleWorkerMs = Math.max(1, intercept + slope);
    const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
    const model = { serialFraction, singleWorkerMs };
    const largest = distinct[distinct.length - 1];
    let maxUsefulWorkers = 1;
    // Bounded twice: by how far the data reach, and by the most workers any plan considers, so a
    // min-speedup-gain of 0 (which never stops the loop by itself) cannot make it run for seconds.
    const last = Math.min(largest * MAX_EXTRAPOLATION, MAX_WORKERS_FITTED);
    for (let workers = 2; workers <= last; workers++) {
        const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
        if (gain < minGain)
            break;
        maxUsefulWorkers = workers;
    }
    return {
        kind: 'amdahl',
        serialFraction,
        singleWorkerMs,
        maxUsefulWorkers,
        observedWorkers: distinct,
        medianDurationsMs,
    };
}
/**
 * The `no-gain` model, or null when the medians do not show it beyond `minGain`: the fastest
 * count's median must beat every larger count's median by that share.
 */
function noGain(distinct, medianDurationsMs, minGain) {
    let fastest = 0;
    medianDurationsMs.forEach((ms, index) => {
        if (ms < medianDurationsMs[fastest])
            fastest = index;
    });
    const fastestMs = medianDurationsMs[fastest];
    const larger = medianDurationsMs.slice(fastest + 1);
    if (larger.length === 0 || larger.some((ms) => ms < fastestMs * (1 + minGain)))
        return null;
    return {
        kind: 'no-gain',
        // A flat curve at the fastest count's median: more workers are predicted no faster.
        serialFraction: 1,
        singleWorkerMs: fastestMs,
        maxUsefulWorkers: distinct[fastest],
        observedWorkers: distinct,
        medianDurationsMs,
    };
}
/** One line for the estimate's notes: what the durations showed. */
function speedupNote(model) {
    if (model.kind === 'amdahl')
        return `Durations at ${model.observedWorkers.join(', ')} workers fit Amdahl's law with ${Math.round(model.serialFraction * 100)}% serial work: more than ${model.maxUsefulWorkers} workers gain too little.`;
    const medians = model.observedWorkers
        .map((workers, index) => `${workers}: ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(model.medianDurationsMs[index])}`)
        .join(', ');
    return `Durations did not fall with more workers (median per count, ${medians}): ${model.maxUsefulWorkers} is the fastest count measured.`;
}


/***/ }),

/***/ 5963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   cr: () => (/* binding */ profileHost),
/* harmony export */   xn: () => (/* binding */ profileRun),
/* harmony export */   zr: () => (/* binding */ sameShard)
/* harmony export */ });
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
/**
 * Whether two runs ran the same part of the work: the same shard of a split of the same size, or
 * both the whole (no shard, or shard 1 of 1). A shard measures part of the suite: compared with
 * the whole, or with another split's shard, it would read as a large change that is not one.
 */
function sameShard(a, b) {
    const whole = (shard) => shard === null || shard.total === 1;
    if (whole(a) || whole(b))
        return whole(a) && whole(b);
    return a?.index === b?.index && a?.total === b?.total;
}
/** `shard 2/3`, or null for the whole. */
function shardLabel(shard) {
    return shard === null || shard.total === 1 ? null : `shard ${shard.index}/${shard.total}`;
}
/** `matrixKey`: the matrix combination as canonical JSON, or null outside a matrix. */
function profileRun(context, matrixKey, startedAt, exitCode = null, shard = null) {
    return {
        repositoryId: context.repositoryId,
        repository: context.repository,
        workflow: context.workflow,
        job: context.job,
        matrixKey,
        runId: context.runId,
        runAttempt: context.runAttempt,
        sha: context.sha,
        ref: context.ref,
        event: context.eventName,
        headRepositoryId: context.headRepositoryId,
        startedAt,
        exitCode,
        shard,
    };
}


/***/ }),

/***/ 6808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ PROFILE_KIND),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   i1: () => (/* binding */ MAX_PROFILE_TASKS),
/* harmony export */   x3: () => (/* binding */ TIMELINE_MAX_POINTS)
/* harmony export */ });
/**
 * Run profile v4: the compact record of one run that later runs learn from.
 * Written and read only through ./profile.ts; documented in docs/profile-format.md and
 * validated against ./schema.ts. Sizes in bytes, times in milliseconds.
 * Untrusted when read back: every string may be hostile (escape before rendering).
 */
const PROFILE_KIND = 'resource-planner/run-profile';
/** Written by this version; readers also accept (and upgrade) v1–v3. See docs/profile-format.md. */
const PROFILE_VERSION = 4;
/** The most shards a split may have (the `shard` input and the `shards` output). */
const MAX_SHARDS = 256;
const TIMELINE_MAX_POINTS = 600;
/** Tasks a profile holds at most (the task list's own cap). */
const MAX_PROFILE_TASKS = 10_000;


/***/ }),

/***/ 3537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ workersRan),
/* harmony export */   Z: () => (/* binding */ mainWorkerGroup)
/* harmony export */ });
/** The group that best stands for "the workers": the largest total among groups running 2+ at once. */
function mainWorkerGroup(phase) {
    const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
    const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
    let best = null;
    for (const group of candidates)
        if (!best || group.peakTotalBytes > best.peakTotalBytes)
            best = group;
    return best;
}
/**
 * How many of the group ran at once: the sustained count where the profile has it (v3), else the
 * most alive in one sample (a tool's brief helper or replacement worker inflates that one).
 */
function workersRan(group) {
    return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   bn: () => (/* binding */ BAR_MAX_SLOTS)
/* harmony export */ });
/* unused harmony exports CHART_MAX_POINTS, CHART_MAX_LABELS, COLOURS, resampleMax, timeAxisFor, chartNumber, sizeUnitFor, timeChart, axisTickCount, niceAxisMax */
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4886);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/**
 * Charts as Mermaid `xychart-beta` blocks, drawn by GitHub itself (no external image service).
 * Pure. What the layout relies on, checked with mermaid-cli 11 in Chromium:
 *  - the default theme draws the first series almost white and shows no legend, so colours come
 *    from an init directive (readable on light and dark backgrounds) and a caption under the chart
 *    names each series by its colour;
 *  - a categorical x axis draws every label (past ~12 they overlap, repeated labels draw false
 *    jumps), while a numeric axis, `x-axis "minutes" 0 --> 60`, spreads the points evenly over the
 *    range and draws ~10 ticks by itself: time charts resample onto an even grid for it;
 *  - a `line` with one point draws nothing: comparisons are `bar` series over at most 12 labels;
 *  - Mermaid has no gaps in a series and no vertical marks: phase boundaries go in the caption.
 */


/** Points per time series: enough for the eye, small enough for GitHub to draw quickly. */
const CHART_MAX_POINTS = 240;
/** Categorical labels beyond this overlap. */
const CHART_MAX_LABELS = 12;
/** Bar slots drawn: each label is `<phase, 10 characters> <short>`, which 8 slots fit (see initDirective). */
const BAR_MAX_SLOTS = 8;
/** Named colours, each readable on white and on GitHub's dark background. */
const COLOURS = {
    red: '#d62728',
    blue: '#1f77b4',
    green: '#2ca02c',
    orange: '#ff7f0e',
    grey: '#8c8c8c',
};
/**
 * Resamples points onto `buckets` even time slots from 0 to `endMs`, each slot holding the
 * highest value that fell in it (peaks survive), an empty slot repeating the one before (Mermaid
 * has no gaps). Null when no point has a value.
 */
function resampleMax(points, endMs, buckets = CHART_MAX_POINTS) {
    if (buckets < 2 || endMs <= 0)
        return null;
    const slots = Array.from({ length: buckets }, () => null);
    for (const point of points) {
        if (point.value === null || !Number.isFinite(point.value))
            continue;
        const slot = Math.min(buckets - 1, Math.max(0, Math.round((point.tMs / endMs) * (buckets - 1))));
        const held = slots[slot];
        slots[slot] = held === null || held === undefined ? point.value : Math.max(held, point.value);
    }
    const first = slots.find((value) => value !== null);
    if (first === undefined || first === null)
        return null;
    let last = first;
    return slots.map((value) => (value === null ? last : (last = value)));
}
const TIME_UNITS = [
    { name: 'seconds', ms: 1000 },
    { name: 'minutes', ms: 60_000 },
    { name: 'hours', ms: 3_600_000 },
];
/**
 * The time axis: its unit and its end. Mermaid's ticks are round only for some ends (see
 * axisTickCount), so the axis may run on past the recording; of the units in which the job
 * lasts at least 1, the one that needs the least of that wins, the natural one on a tie (a
 * six-hour job is drawn over 0–360 minutes rather than 0–7.08 hours).
 */
function timeAxisFor(durationMs) {
    const natural = naturalTimeUnit(durationMs);
    let best = {
        time: natural,
        axisEndUnits: niceAxisMax(durationMs / natural.ms, CHART_MAX_LABELS),
    };
    const padding = (choice) => (choice.axisEndUnits * choice.time.ms) / durationMs;
    for (const time of TIME_UNITS) {
        const units = durationMs / time.ms;
        if (units < 1 || units > 1000)
            continue;
        const choice = { time, axisEndUnits: niceAxisMax(units, CHART_MAX_LABELS) };
        if (padding(choice) < padding(best) - 0.01)
            best = choice;
    }
    return best;
}
/** Seconds up to 2 minutes, minutes up to 2 hours, hours beyond: ticks stay readable numbers. */
function naturalTimeUnit(durationMs) {
    if (durationMs <= 120_000)
        return { name: 'seconds', ms: 1000 };
    if (durationMs <= 7_200_000)
        return { name: 'minutes', ms: 60_000 };
    return { name: 'hours', ms: 3_600_000 };
}
/** `12.5` style numbers for a chart (no grouping, at most `digits` decimals). */
function chartNumber(value, digits = 1) {
    const factor = 10 ** digits;
    return String(Math.round(value * factor) / factor);
}
function sizeUnitFor(maxBytes) {
    return maxBytes >= 2 * _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .GiB */ .T3 ? { name: 'GiB', bytes: _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .GiB */ .T3 } : { name: 'MiB', bytes: _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv };
}
/**
 * Colours, and for bar charts a wider drawing with smaller axis labels: at Mermaid's default
 * 700 px and 14 px labels, eight labels such as `package now` touch (checked with mermaid-cli 11
 * in Chromium); at 900 px and 12 px they have room.
 */
function initDirective(colours, wide = false) {
    const palette = colours.map((name) => COLOURS[name]).join(', ');
    const layout = wide ? '"xyChart": {"width": 900, "xAxis": {"labelFontSize": 12}}, ' : '';
    return `%%{init: {${layout}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}
/** A caption naming each series by its colour: `red: job processes · grey: limit (7 GiB)`. */
function caption(entries) {
    return `<sub>${entries.map((entry) => `${entry.colour}: ${entry.name}`).join(' · ')}</sub>`;
}
/**
 * Memory over time: a numeric time axis in seconds, minutes or hours, each series resampled to
 * at most CHART_MAX_POINTS points keeping peaks, the limit as a constant line, and a caption.
 * Empty when nothing can be drawn.
 */
function timeChart(input) {
    const { time, axisEndUnits } = timeAxisFor(input.endMs);
    const endUnits = input.endMs / time.ms;
    const axisEndMs = axisEndUnits * time.ms;
    // No more slots than samples: an even grid finer than the data only repeats points.
    const samples = Math.max(2, ...input.series.map((series) => series.points.length));
    const buckets = Math.min(CHART_MAX_POINTS, Math.ceil((samples * axisEndMs) / input.endMs));
    const drawn = input.series
        .map((series) => ({ series, values: resampleMax(series.points, axisEndMs, buckets) }))
        .filter((entry) => entry.values !== null);
    if (drawn.length === 0)
        return '';
    const max = Math.max(input.limit?.bytes ?? 0, ...drawn.flatMap((entry) => entry.values), 1);
    const size = sizeUnitFor(max);
    const scaled = (bytes) => chartNumber(bytes / size.bytes, 2);
    const length = drawn[0].values.length;
    const lines = drawn.map((entry) => `  line [${entry.values.map(scaled).join(', ')}]`);
    const colours = drawn.map((entry) => entry.series.colour);
    const legend = drawn.map((entry) => ({ colour: entry.series.colour, name: entry.series.name }));
    if (input.limit) {
        lines.push(`  line [${Array.from({ length }, () => scaled(input.limit?.bytes ?? 0)).join(', ')}]`);
        colours.push('grey');
        legend.push({ colour: 'grey', name: input.limit.name });
    }
    // Sub-second recordings (a CLI run of a quick command) need more digits than a job's minutes.
    const timeDigits = axisEndUnits < 1 ? 3 : axisEndUnits < 10 ? 2 : 1;
    const endText = chartNumber(endUnits, timeDigits);
    const axisEndText = chartNumber(axisEndUnits, timeDigits);
    const padded = axisEndUnits > endUnits * 1.005 && endText !== axisEndText
        ? [
            `<sub>The recording ended at ${endText} ${time.name}; the axis runs on to ${axisEndText} for round ticks, and the lines hold their last value there.</sub>`,
        ]
        : [];
    return [
        '```mermaid',
        initDirective(colours),
        'xychart-beta',
        `  title "${escapeMermaidLabel(input.title, 60)}"`,
        `  x-axis "${time.name}" 0 --> ${chartNumber(axisEndUnits, 3)}`,
        `  y-axis "${size.name}" 0 --> ${chartNumber(niceAxisMax((max * 1.05) / size.bytes, 10), 3)}`,
        ...lines,
        '```',
        '',
        caption(legend),
        ...[...padded, ...(input.notes ?? [])].map((note) => `\n${note}`),
    ].join('\n');
}
/**
 * How many ticks Mermaid draws on a numeric axis from 0 to `max`: it asks d3's linear scale for
 * `ticks()` (10 by default). d3-array's tickSpec picks a step of 1, 2, 5 or 10 × 10^k by how far
 * max ÷ 10 is from a power of ten (thresholds √50, √10, √2) and counts the multiples of the step
 * within the range, rounding as below. That gives up to 16 ticks (0 to 30 in steps of 2).
 */
function axisTickCount(max) {
    if (!(max > 0))
        return 1;
    const rough = max / 10;
    const power = Math.floor(Math.log10(rough));
    const error = rough / 10 ** power;
    const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
    let last;
    if (power < 0) {
        const inverse = 10 ** -power / factor;
        last = Math.round(max * inverse);
        if (last / inverse > max)
            last--;
    }
    else {
        const step = 10 ** power * factor;
        last = Math.round(max / step);
        if (last * step > max)
            last--;
    }
    return last + 1;
}
/**
 * The smallest axis end at or above `value` (within +40%) for which Mermaid draws at most
 * `maxTicks` ticks; `value` itself when none is found.
 */
function niceAxisMax(value, maxTicks) {
    if (!(value > 0))
        return 1;
    for (let step = 0; step <= 400; step++) {
        const candidate = Number((value * (1 + step / 1000)).toPrecision(3));
        if (candidate >= value && axisTickCount(candidate) <= maxTicks)
            return candidate;
    }
    return value;
}
/**
 * The value of a slot that belongs to another series. A zero still draws a sliver of colour on the
 * axis; a value below the axis's minimum gives the bar a negative height, which SVG does not draw
 * (checked with mermaid-cli 11 in Chromium).
 */
const EMPTY_BAR = '-1';
/**
 * Bars side by side per group (baseline vs this run, per phase). Mermaid draws the bars of
 * several series on top of each other, so each group gets one slot per series, labelled
 * `<group> <short>` (the series' names when there is one group), and each series is empty
 * outside its own slots; at most BAR_MAX_SLOTS slots, so groups beyond `floor(8 / series)` are
 * left out (the caller says so).
 */
function barChart(input) {
    const perGroup = input.series.length;
    const groups = input.groups.slice(0, Math.floor(BAR_MAX_SLOTS / Math.max(1, perGroup)));
    if (groups.length === 0 || perGroup === 0)
        return '';
    const max = Math.max(1, ...groups.flatMap((group) => group.values));
    const size = sizeUnitFor(max);
    const labels = groups.flatMap((group) => input.series.map((series) => {
        if (groups.length === 1)
            return `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(series.name, 30)}"`;
        return `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(group.label, 10)} ${series.short}"`;
    }));
    const bars = input.series.map((_, seriesIndex) => groups.flatMap((group) => input.series.map((__, slot) => slot === seriesIndex
        ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2)
        : EMPTY_BAR)));
    return [
        '```mermaid',
        initDirective(input.series.map((series) => series.colour), true),
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(input.title, 60)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${size.name}" 0 --> ${chartNumber((max * 1.1) / size.bytes, 2)}`,
        ...bars.map((values) => `  bar [${values.join(', ')}]`),
        '```',
        '',
        caption(input.series.map((series) => ({ colour: series.colour, name: series.name }))),
    ].join('\n');
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
/* harmony import */ var _shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1961);
/**
 * Escaping for untrusted text (process, branch, job and matrix names; anything read from an
 * earlier run's artifact) before it enters Markdown, HTML comments, Mermaid or the log.
 * GitHub's GFM (cmark-gfm): `|` must be escaped in table cells even inside code spans, CR/LF end a table
 * row, `< > &` open HTML, `@name` pings people and `#123` links issues. Invisible and reordering
 * characters (controls, bidi overrides, zero-width characters) are shown as escapes, so a name
 * cannot pass for another in a pull-request comment.
 */

/** Untrusted strings are cut to this many characters (an ellipsis marks the cut). */
const UNTRUSTED_MAX_LENGTH = 100;
const ZERO_WIDTH_JOINER = '\u200d';
/** Cuts untrusted text to `maxLength` code points; an ellipsis marks the cut. */
function truncate(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(text, maxLength);
}
/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans,
 * mentions or issue references; one line; bounded length; controls, bidi controls and
 * zero-width characters shown as `\uXXXX` text (the backslash is escaped below, so GitHub shows
 * `\u202E` where a right-to-left override was).
 */
function escapeMarkdownText(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (truncate((0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(oneLine(text)), maxLength)
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
        .replace(/:/g, '&#58;')
        // GFM autolinks `www.example.com` even without a scheme; an entity for the dot stops it.
        .replace(/(www)\./gi, '$1&#46;'));
}
/**
 * Line breaks and tabs (CR, LF, TAB) become single spaces, a run of them one space: the text
 * stays on one line (a table row, a list item) and reads as it was written. Other controls are
 * left for `showInvisible`, which shows them.
 */
function oneLine(text) {
    return text.replace(/[\r\n\t]+/g, ' ');
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
/**
 * A Mermaid label: quotes, brackets, semicolons, `%%`, backticks and line breaks removed;
 * invisible and reordering characters shown as ` U+XXXX ` (a label cannot carry a backslash).
 */
function escapeMermaidLabel(text, maxLength = 40) {
    return truncate((0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(oneLine(text), (character) => ` ${(0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointName */ .R8)(character)} `)
        .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), maxLength);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ COMMENT_LIMIT_CHARACTERS),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   Pj: () => (/* binding */ joinWithinLimit),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
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
/**
 * Whole sections joined by blank lines, in order, for as long as they fit in `limitBytes`
 * (UTF-8); those that do not are left out and a last line says how many. One step writes one
 * summary, and GitHub drops a step's summary whole past 1 MiB: every section a step writes goes
 * through one budget.
 */
function joinWithinLimit(sections, limitBytes) {
    const note = (left) => `\n_${left} section(s) left out to stay within GitHub\u2019s 1 MiB job-summary limit._\n`;
    const reserve = Buffer.byteLength(note(sections.length), 'utf8');
    let text = '';
    let kept = 0;
    for (const section of sections) {
        const next = kept === 0 ? section : `${text}\n${section}`;
        if (Buffer.byteLength(next, 'utf8') > limitBytes - reserve)
            break;
        text = next;
        kept++;
    }
    return kept === sections.length ? text : `${text}${note(sections.length - kept)}`;
}


/***/ }),

/***/ 1953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   FY: () => (/* binding */ baselineBranchFor)
/* harmony export */ });
/* unused harmony export workflowFileFromRef */
/* harmony import */ var _shared_record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3060);

function positiveInteger(value) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
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
    const payload = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(eventPayload);
    const pullRequest = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(payload.pull_request);
    const repositoryPayload = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(payload.repository);
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
        baseBranch: text(env.GITHUB_BASE_REF) ?? text((0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(pullRequest.base).ref),
        defaultBranch: text(repositoryPayload.default_branch),
        eventName,
        pullRequestNumber: positiveInteger(pullRequest.number),
        headRepositoryId: positiveInteger((0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)((0,_shared_record_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .q)(pullRequest.head).repo).id) ??
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

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   Wh: () => (/* binding */ ensureWritableDirectory),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony exports FileError, namedByOption, listFolder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4886);
/**
 * Files named by users (a profile to report, a history folder) or found under RUNNER_TEMP, read
 * and created with limits that hold whatever the path turns out to be.
 *
 * Reading (`readBoundedText`): only regular files are read. Symbolic links are followed unless
 * the caller says not to, but the target must be a regular file too; FIFOs, devices (/dev/zero),
 * sockets and folders are refused before they are opened, so nothing blocks or streams forever.
 * A file larger than the cap is refused from its size before a byte is read, and the cap also
 * holds while reading (at most cap + 1 bytes are read): a file that grows meanwhile, or a
 * /proc-like file that reports size 0, is cut there and refused.
 *
 * Creating (`ensureWritableDirectory`): one non-recursive mkdir per level for a bounded number
 * of levels. Node's recursive mkdir loops forever (at 100% CPU) on a parent that exists but
 * refuses new entries with ENOENT, such as anything under /proc.
 */



/** A file or folder refused with one line that names it: `PATH: reason`. */
class FileError extends Error {
    name = 'FileError';
    path;
    problem;
    /** What is wrong, without the path: `no such file`, `a FIFO, not a regular file`. */
    reason;
    /** `label`: how the message names the path (default: the path itself, quoted when it has control characters). */
    constructor(path, problem, reason, label = shownPath(path)) {
        super(`${label}: ${reason}`);
        this.path = path;
        this.problem = problem;
        this.reason = reason;
    }
    /** The same refusal, naming the path as the user gave it (`--history DIR`). */
    relabel(label) {
        return new FileError(this.path, this.problem, this.reason, label);
    }
}
/**
 * An error about `path` named as the user gave it, by its option (`--history DIR: no such
 * folder`); any other error unchanged. For rethrowing.
 */
function namedByOption(error, option, path) {
    return error instanceof FileError && error.path === path
        ? error.relabel(`${option} ${shownPath(path)}`)
        : error;
}
/** A path for a one-line message: quoted when it holds control characters (a newline would split the line). */
function shownPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
const CHUNK_BYTES = 64 * 1024;
/**
 * The text (UTF-8) of the regular file at `path`, at most `maxBytes` bytes. Throws `FileError`,
 * whose message is one line naming the path, for anything else; never blocks on a FIFO and never
 * holds more than `maxBytes` + 1 bytes of the file.
 */
function readBoundedText(path, maxBytes, options = {}) {
    const what = options.what ?? 'this file';
    const followLinks = options.followLinks ?? true;
    let stat;
    try {
        stat = followLinks ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'file');
    }
    checkReadable(path, stat, maxBytes, what);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY |
        // Should the path become a FIFO after the check, opening it must not wait for a writer.
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) |
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0) |
        (followLinks ? 0 : (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, flags);
    }
    catch (error) {
        throw systemFileError(path, error, 'file');
    }
    try {
        // What was opened, which may not be what was checked a moment ago.
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkReadable(path, opened, maxBytes, what);
        const chunks = [];
        let total = 0;
        while (total <= maxBytes) {
            const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
            const chunk = Buffer.allocUnsafe(want);
            let read;
            try {
                read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, want, null);
            }
            catch (error) {
                throw systemFileError(path, error, 'file');
            }
            if (read === 0)
                break;
            chunks.push(read === want ? chunk : chunk.subarray(0, read));
            total += read;
        }
        if (total > maxBytes)
            throw new FileError(path, 'too-large', `more than the ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(maxBytes)} ${what} may have (read past its stated size of ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(opened.size)})`);
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function checkReadable(path, stat, maxBytes, what) {
    if (!stat.isFile())
        throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a regular file`);
    if (stat.size > maxBytes)
        throw new FileError(path, 'too-large', `${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(stat.size)}, more than the ${(0,_shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(maxBytes)} ${what} may have`);
}
/** Throws `FileError` unless `path` is a folder (links to folders are followed). */
function requireFolder(path) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'folder');
    }
    if (!stat.isDirectory())
        throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a folder`);
}
/** The names in the folder at `path` (links to folders are followed). Throws `FileError`. */
function listFolder(path) {
    requireFolder(path);
    try {
        return readdirSync(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'folder');
    }
}
/**
 * Makes sure `path` is a folder this process can write into, creating it and at most
 * `maxMissingParents` missing parents with one plain mkdir each (at most two tries per level),
 * so it ends quickly on any file system. Throws `FileError` when the folder cannot be had.
 */
function ensureWritableDirectory(path, maxMissingParents = 2) {
    createLevel(path, maxMissingParents);
    requireFolder(path);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw new FileError(path, 'unusable', `not writable (${errorCode(error) ?? 'refused'})`);
    }
}
function createLevel(path, parentsLeft) {
    const code = tryMkdir(path);
    if (code === null || code === 'EEXIST')
        return;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    if (code === 'ENOENT' && parentsLeft > 0 && parent !== path) {
        createLevel(parent, parentsLeft - 1);
        // Once more only: ENOENT again means the parent exists but takes no new entries (/proc).
        const again = tryMkdir(path);
        if (again === null || again === 'EEXIST')
            return;
        throw cannotCreate(path, again);
    }
    throw cannotCreate(path, code);
}
function tryMkdir(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path);
        return null;
    }
    catch (error) {
        return errorCode(error) ?? 'EUNKNOWN';
    }
}
function cannotCreate(path, code) {
    return new FileError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unusable', `cannot be created (${code})`);
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** A file system error as a one-line `FileError`. */
function systemFileError(path, error, expected) {
    const code = errorCode(error);
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new FileError(path, 'missing', `no such ${expected}`);
        case 'ELOOP':
            return new FileError(path, 'wrong-type', `a symbolic link, not a regular ${expected}`);
        case 'EISDIR':
            return new FileError(path, 'wrong-type', `a folder, not a regular ${expected}`);
        case 'EAGAIN':
        case 'EWOULDBLOCK':
            return new FileError(path, 'wrong-type', `not a regular ${expected}`);
        case 'EACCES':
        case 'EPERM':
            return new FileError(path, 'unusable', 'permission denied');
        default:
            return new FileError(path, 'unusable', `cannot be read (${code ?? String(error)})`);
    }
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    if (stat.isFile())
        return 'a regular file';
    return 'an unknown kind of file';
}


/***/ }),

/***/ 9001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ SAMPLER_MAX_LIFETIME_MS),
/* harmony export */   g: () => (/* binding */ samplerFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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
const SAMPLER_MAX_LIFETIME_MS = (6 * 60 + 10) * 60_000;
/** Where a sampler started in `directory` writes its samples and its own log. */
function samplerFiles(directory) {
    return { samplesFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(directory, 'samples.jsonl'), logFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(directory, 'sampler.log') };
}


/***/ }),

/***/ 8382:
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

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   X0: () => (/* binding */ quoteUntrusted),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   l9: () => (/* binding */ quotedNames)
/* harmony export */ });
/* unused harmony exports SGR, codePointEscape, inertStream */
/**
 * Text made inert for a CI log: the one path every line the action and the CLI write goes through.
 *
 * The GitHub Actions runner reads a step's stdout line by line (a line ends at CR, LF or CRLF) and
 * obeys two kinds of commands in it:
 * - `::name props::data` when the line, trimmed (.NET `Trim`: any Unicode white space), starts
 *   with `::`; `::stop-commands::TOKEN` suspends this until a line that is exactly `::TOKEN::`;
 * - the older `##[name props]data` found anywhere in a line (`ActionCommand.TryParse` looks for
 *   the prefix with `IndexOf`); Azure Pipelines reads `##vso[` the same way.
 *
 * The rule chosen here, for every line:
 * 1. C0/C1 controls (except TAB), DEL, bidirectional controls and the Unicode line and paragraph
 *    separators are shown as `\uXXXX` text: no terminal escape, no reordering, no hidden break;
 * 2. after the line's leading run of white space and invisible format characters, a `::` gets a
 *    zero-width space between its colons (`:\u200b:`), so no trimming of any kind can bring a
 *    `::` to the start of the line, and no line can read `::TOKEN::` to end a stop-commands block;
 * 3. `##[` and `##vso[` anywhere get a zero-width space before their `[`.
 * The zero-width space keeps the text readable and, removed, gives the original back. Every
 * insertion sits just before the character that triggers it, so the rule can be applied to a
 * stream chunk by chunk (see `inertStream`) with the same result as on the whole text.
 */
/** Zero-width space: invisible in the log, and not white space to .NET's `Trim` or JavaScript's. */
const BREAK = '\u200b';
/** Line endings as the runner's line reader splits: CRLF, CR or LF. */
const LINE_BREAK = /\r\n|\r|\n/;
/**
 * What a reader cannot see or what reorders text: every control (C0, DEL, C1), every format
 * character (bidi controls, zero-width characters, soft hyphen, BOM, tags), the line and paragraph
 * separators and the other default-ignorable code points (Hangul fillers, variation selectors).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * What the log shows as escapes: controls (TAB kept), bidi controls and the line and paragraph
 * separators. Zero-width characters stay: they cannot reorder or break a line, and the Markdown
 * the CLI prints uses a zero-width joiner to keep `@name` and `#123` inert.
 */
const LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
/** A line's leading characters that some trimming could remove. */
const LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
/** The same run with controls too: a superset, for deciding on raw text (see inertStream). */
const RAW_LEADING_RUN = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]*/u;
/**
 * The only terminal control sequences the CLI writes itself: SGR (Select Graphic Rendition, ECMA-48
 * §8.3.117) codes for bold, dim, three colours and reset, as its terminal report uses them. An
 * `inertStream` made with `keepSgr` lets exactly these through; every other escape, and these
 * from untrusted text (renderers show untrusted text with `showInvisible` first), is shown.
 */
const SGR = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m',
};
/** Exactly the sequences of `SGR`, or one character to show (see LOG_HIDDEN). */
// eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
const SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
/** A line's leading run when SGR sequences are kept: they hide no `::` either. */
const LEADING_RUN_SGR = 
// eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
/^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u;
/** A character as `\uXXXX` (`\u{XXXXX}` beyond the BMP): visible and unambiguous. */
function codePointEscape(character) {
    const code = character.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** A character as `U+XXXX`, for places that cannot carry a backslash (Mermaid labels). */
function codePointName(character) {
    const code = character.codePointAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Shows every invisible or reordering character (controls, bidi controls, zero-width and other
 * format characters, line separators) with `show` (default `\uXXXX`), so untrusted text cannot
 * spoof what a reader sees.
 */
function showInvisible(text, show = codePointEscape) {
    return text.replace(INVISIBLE, show);
}
/** Cuts to `maxLength` code points, an ellipsis marking the cut. */
function cut(text, maxLength) {
    const characters = [...text];
    return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
}
/** One line of the log made inert (rules 1–3 above); `line` holds no line break. */
function inertLine(line, keepSgr = false) {
    const shown = line.replace(keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN, (character) => character === '\t' || character.length > 1 ? character : codePointEscape(character));
    const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
    const rest = shown.slice(lead);
    const start = rest.startsWith('::') ? `:${BREAK}${rest.slice(1)}` : rest;
    return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}
/**
 * Makes text inert for the runner: no line of the result starts, after any white space, with
 * `::`, none contains `##[` or `##vso[`, and no control or bidi character survives. Line breaks
 * become LF (a lone CR would overwrite a terminal line; the runner reads it as a break anyway).
 * With `fold`, the result is one line, as an annotation must be.
 */
function inertText(text, options = {}) {
    let lines = text.split(LINE_BREAK);
    if (options.fold) {
        const parts = lines.map((line) => line.trim()).filter((line) => line !== '');
        lines = [parts.join(' ')];
    }
    if (options.maxLength !== undefined)
        lines = cut(lines.join('\n'), options.maxLength).split('\n');
    return lines.map((line) => inertLine(line, options.keepSgr)).join('\n');
}
/**
 * Untrusted text quoted for a one-line message: cut, in double quotes, with quotes, backslashes,
 * controls and invisible characters as escapes (JSON string syntax), so it reads as data and
 * cannot break the line it is quoted in.
 */
function quoteUntrusted(text, maxLength = 100) {
    return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}
/** Names shown by `quotedNames`, at most. */
const NAMES_SHOWN = 5;
/**
 * Names from untrusted data (jobs, phases) for a one-line note: distinct, each quoted as
 * `quoteUntrusted` does, the first five then `…`; a null name reads `(no name)`.
 */
function quotedNames(names) {
    const unique = [...new Set(names)];
    const shown = unique
        .slice(0, NAMES_SHOWN)
        .map((name) => (name === null ? '(no name)' : quoteUntrusted(name, 60)));
    return unique.length > NAMES_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}
/**
 * `inertText` for a stream written in chunks that need not end at line breaks (the CLI's stdout
 * and stderr): each chunk is made inert knowing the unfinished line before it, so a `::` or `##[`
 * split across two writes is caught as in one. Returns the function that turns a chunk into what
 * to write.
 */
function inertStream(options = {}) {
    const inert = (text) => inertText(text, options);
    let carry = '';
    let afterCarriageReturn = false;
    return (chunk) => {
        if (chunk === '')
            return '';
        // A CRLF split across two chunks: the CR was already written as a line break.
        const text = afterCarriageReturn && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
        afterCarriageReturn = chunk.endsWith('\r');
        const whole = carry + text;
        const before = inert(carry);
        const all = inert(whole);
        // An SGR sequence split across writes is shown, not kept: the carry's form may then differ.
        const output = all.startsWith(before) ? all.slice(before.length) : inert(text);
        const lastBreak = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r'));
        carry = lastBreak >= 0 ? whole.slice(lastBreak + 1) : whole;
        // Keep long unfinished lines cheap: once two characters follow the leading run, the line's
        // start is decided, and only the last few characters matter (`##vso` before a `[`).
        const lead = RAW_LEADING_RUN.exec(carry)?.[0].length ?? 0;
        if (carry.length > 256 && carry.length - lead >= 2)
            carry = `x${carry.slice(-8)}`;
        return output;
    };
}


/***/ }),

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ asRecord)
/* harmony export */ });
/** Untrusted JSON (event payloads, API responses) as a record to probe field by field. */
function asRecord(value) {
    return typeof value === 'object' && value !== null ? value : {};
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   RO: () => (/* binding */ weightedQuantile),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   hK: () => (/* binding */ medianAbsoluteDeviation)
/* harmony export */ });
/* unused harmony exports quantileSorted, theilSen */
/**
 * Small statistics helpers shared by the profile builder, the estimator and the drift test.
 * Pure; inputs are not modified.
 */
/**
 * Quantile of an ascending-sorted array by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and numpy). 0 for an empty array.
 * @example quantileSorted([1, 2, 3, 4], 0.5) === 2.5
 */
function quantileSorted(sorted, p) {
    if (sorted.length === 0)
        return 0;
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
    const position = (sorted.length - 1) * p;
    const below = Math.floor(position);
    const lower = sorted[below];
    const upper = sorted[Math.min(below + 1, sorted.length - 1)];
    return lower + (upper - lower) * (position - below);
}
/** Quantile (type 7) of an unsorted array. */
function quantile(values, p) {
    return quantileSorted([...values].sort((a, b) => a - b), p);
}
/** The median (type 7: the mean of the two middle values for an even count). */
function median(values) {
    return quantile(values, 0.5);
}
/** Median absolute deviation from the median (unscaled). */
function medianAbsoluteDeviation(values) {
    const center = median(values);
    return median(values.map((value) => Math.abs(value - center)));
}
/**
 * Weighted quantile: the smallest value whose cumulative weight reaches p of the total
 * (the inverse of the weighted empirical CDF). Weights must be non-negative.
 * @example weightedQuantile([10, 20, 30], [1, 1, 2], 0.5) === 20
 */
function weightedQuantile(values, weights, p) {
    if (values.length !== weights.length)
        throw new RangeError('values and weights differ in length');
    const pairs = values
        .map((value, index) => [value, weights[index]])
        .sort((a, b) => a[0] - b[0]);
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    if (pairs.length === 0 || total <= 0)
        return 0;
    let cumulative = 0;
    for (const [value, weight] of pairs) {
        cumulative += weight;
        if (cumulative >= p * total - 1e-12)
            return value;
    }
    return pairs[pairs.length - 1][0];
}
/**
 * Theil–Sen slope: the median of the slopes between all pairs of points (robust to outliers).
 * Also returns the share of pairwise slopes that are positive.
 */
function theilSen(points) {
    const slopes = [];
    for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
            const a = points[i];
            const b = points[j];
            if (b.x !== a.x)
                slopes.push((b.y - a.y) / (b.x - a.x));
        }
    }
    if (slopes.length === 0)
        return { slope: 0, positiveShare: 0 };
    return {
        slope: median(slopes),
        positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length,
    };
}


/***/ }),

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   Wg: () => (/* binding */ toMiB),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cy: () => (/* binding */ SIZE_FORMAT),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   nZ: () => (/* binding */ DURATION_FORMAT),
/* harmony export */   ty: () => (/* binding */ KiB),
/* harmony export */   yi: () => (/* binding */ parseDurationMs),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export TiB */
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

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

/***/ }),

/***/ 5521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Ro: () => (/* binding */ linearRegression)
/* harmony export */ });
/* unused harmony exports BayesianClassifier, PerceptronModel, addToMean, approxEqual, average, averageSimple, bayesian, bernoulliDistribution, binomialDistribution, bisect, chiSquaredDistributionTable, chiSquaredGoodnessOfFit, chunk, ckmeans, coefficientOfVariation, combinations, combinationsReplacement, combineMeans, combineVariances, cumulativeStdLogisticProbability, cumulativeStdNormalProbability, epsilon, equalIntervalBreaks, erf, errorFunction, extent, extentSorted, factorial, gamma, gammaln, geometricMean, harmonicMean, interquartileRange, inverseErrorFunction, iqr, jenks, kMeansCluster, kde, kernelDensityEstimation, linearRegressionLine, logAverage, logit, mad, max, maxSorted, mean, meanSimple, medianAbsoluteDeviation, medianSorted, min, minSorted, mode, modeFast, modeSorted, normalDistribution, numericSort, perceptron, permutationTest, permutationsHeap, poissonDistribution, probit, product, quantile, quantileRank, quantileRankSorted, quantileSorted, quickselect, rSquared, relativeError, rms, rootMeanSquare, sample, sampleCorrelation, sampleCovariance, sampleKurtosis, sampleRankCorrelation, sampleSkewness, sampleStandardDeviation, sampleVariance, sampleWithReplacement, scaledRootMeanSquare, shuffle, shuffleInPlace, sign, silhouette, silhouetteMetric, standardDeviation, standardNormalTable, subtractFromMean, sum, sumNthPowerDeviations, sumSimple, tTest, tTestTwoSample, uniqueCountSorted, variance, weightedLinearRegression, weightedMean, weightedQuantile, weightedStandardDeviation, weightedVariance, wilcoxonRankSum, zScore */
/**
 * When adding a new value to a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the new
 * value to add.
 *
 * @since 2.5.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} newValue the added value
 * @returns {number} the new mean
 *
 * @example
 * addToMean(14, 5, 53); // => 20.5
 */
function addToMean(mean, n, newValue) {
    return mean + (newValue - mean) / (n + 1);
}

/**
 * Split an array into chunks of a specified size. This function
 * has the same behavior as [PHP's array_chunk](http://php.net/manual/en/function.array-chunk.php)
 * function, and thus will insert smaller-sized chunks at the end if
 * the input size is not divisible by the chunk size.
 *
 * `x` is expected to be an array, and `chunkSize` a number.
 * The `x` array can contain any kind of data.
 *
 * @param {Array} x a sample
 * @param {number} chunkSize size of each output array. must be a positive integer
 * @returns {Array<Array>} a chunked array
 * @throws {Error} if chunk size is less than 1 or not an integer
 * @example
 * chunk([1, 2, 3, 4, 5, 6], 2);
 * // => [[1, 2], [3, 4], [5, 6]]
 */
function chunk(x, chunkSize) {
    // a list of result chunks, as arrays in an array
    var output = [];

    // `chunkSize` must be zero or higher - otherwise the loop below,
    // in which we call `start += chunkSize`, will loop infinitely.
    // So, we'll detect and throw in that case to indicate
    // invalid input.
    if (chunkSize < 1) {
        throw new Error("chunk size must be a positive number");
    }

    if (Math.floor(chunkSize) !== chunkSize) {
        throw new Error("chunk size must be an integer");
    }

    // `start` is the index at which `.slice` will start selecting
    // new array elements
    for (var start = 0; start < x.length; start += chunkSize) {
        // for each chunk, slice that part of the array and add it
        // to the output. The `.slice` function does not change
        // the original array.
        output.push(x.slice(start, start + chunkSize));
    }
    return output;
}

/**
 * Create a new column x row matrix.
 *
 * @private
 * @param {number} columns
 * @param {number} rows
 * @return {Array<Array<number>>} matrix
 * @example
 * makeMatrix(10, 10);
 */
function makeMatrix(columns, rows) {
    var matrix = [];
    for (var i = 0; i < columns; i++) {
        var column = [];
        for (var j = 0; j < rows; j++) {
            column.push(0);
        }
        matrix.push(column);
    }
    return matrix;
}

/**
 * Sort an array of numbers by their numeric value, ensuring that the
 * array is not changed in place.
 *
 * This is necessary because the default behavior of .sort
 * in JavaScript is to sort arrays as string values
 *
 *     [1, 10, 12, 102, 20].sort()
 *     // output
 *     [1, 10, 102, 12, 20]
 *
 * @param {Array<number>} x input array
 * @return {Array<number>} sorted array
 * @private
 * @example
 * numericSort([3, 2, 1]) // => [1, 2, 3]
 */
function numericSort(x) {
    return (
        x
            // ensure the array is not changed in-place
            .slice()
            // comparator function that treats input as numeric
            .sort(function (a, b) {
                return a - b;
            })
    );
}

/**
 * For a sorted input, counting the number of unique values
 * is possible in constant time and constant memory. This is
 * a simple implementation of the algorithm.
 *
 * Values are compared with `===`, so objects and non-primitive objects
 * are not handled in any special way.
 *
 * @param {Array<*>} x an array of any kind of value
 * @returns {number} count of unique values
 * @example
 * uniqueCountSorted([1, 2, 3]); // => 3
 * uniqueCountSorted([1, 1, 1]); // => 1
 */
function uniqueCountSorted(x) {
    var uniqueValueCount = 0;
    var lastSeenValue;
    for (var i = 0; i < x.length; i++) {
        if (i === 0 || x[i] !== lastSeenValue) {
            lastSeenValue = x[i];
            uniqueValueCount++;
        }
    }
    return uniqueValueCount;
}

/**
 * Generates incrementally computed values based on the sums and sums of
 * squares for the data array
 *
 * @private
 * @param {number} j
 * @param {number} i
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 * @return {number}
 * @example
 * ssq(0, 1, [-1, 0, 2], [1, 1, 5]);
 */
function ssq(j, i, sums, sumsOfSquares) {
    var sji; // s(j, i)
    if (j > 0) {
        var muji = (sums[i] - sums[j - 1]) / (i - j + 1); // mu(j, i)
        sji =
            sumsOfSquares[i] - sumsOfSquares[j - 1] - (i - j + 1) * muji * muji;
    } else {
        sji = sumsOfSquares[i] - (sums[i] * sums[i]) / (i + 1);
    }
    if (sji < 0) {
        return 0;
    }
    return sji;
}

/**
 * Function that recursively divides and conquers computations
 * for cluster j
 *
 * @private
 * @param {number} iMin Minimum index in cluster to be computed
 * @param {number} iMax Maximum index in cluster to be computed
 * @param {number} cluster Index of the cluster currently being computed
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 */
function fillMatrixColumn(
    iMin,
    iMax,
    cluster,
    matrix,
    backtrackMatrix,
    sums,
    sumsOfSquares
) {
    if (iMin > iMax) {
        return;
    }

    // Start at midpoint between iMin and iMax
    var i = Math.floor((iMin + iMax) / 2);

    matrix[cluster][i] = matrix[cluster - 1][i - 1];
    backtrackMatrix[cluster][i] = i;

    var jlow = cluster; // the lower end for j

    if (iMin > cluster) {
        jlow = Math.max(jlow, backtrackMatrix[cluster][iMin - 1] || 0);
    }
    jlow = Math.max(jlow, backtrackMatrix[cluster - 1][i] || 0);

    var jhigh = i - 1; // the upper end for j
    if (iMax < matrix[0].length - 1) {
        /* c8 ignore start */
        jhigh = Math.min(jhigh, backtrackMatrix[cluster][iMax + 1] || 0);
        /* c8 ignore end */
    }

    var sji;
    var sjlowi;
    var ssqjlow;
    var ssqj;
    for (var j = jhigh; j >= jlow; --j) {
        sji = ssq(j, i, sums, sumsOfSquares);

        if (sji + matrix[cluster - 1][jlow - 1] >= matrix[cluster][i]) {
            break;
        }

        // Examine the lower bound of the cluster border
        sjlowi = ssq(jlow, i, sums, sumsOfSquares);

        ssqjlow = sjlowi + matrix[cluster - 1][jlow - 1];

        if (ssqjlow < matrix[cluster][i]) {
            // Shrink the lower bound
            matrix[cluster][i] = ssqjlow;
            backtrackMatrix[cluster][i] = jlow;
        }
        jlow++;

        ssqj = sji + matrix[cluster - 1][j - 1];
        if (ssqj < matrix[cluster][i]) {
            matrix[cluster][i] = ssqj;
            backtrackMatrix[cluster][i] = j;
        }
    }

    fillMatrixColumn(
        iMin,
        i - 1,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
    fillMatrixColumn(
        i + 1,
        iMax,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
}

/**
 * Initializes the main matrices used in Ckmeans and kicks
 * off the divide and conquer cluster computation strategy
 *
 * @private
 * @param {Array<number>} data sorted array of values
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 */
function fillMatrices(data, matrix, backtrackMatrix) {
    var nValues = matrix[0].length;

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(nValues / 2)];

    // Cumulative sum and cumulative sum of squares for all values in data array
    var sums = [];
    var sumsOfSquares = [];

    // Initialize first column in matrix & backtrackMatrix
    for (var i = 0, shiftedValue = (void 0); i < nValues; ++i) {
        shiftedValue = data[i] - shift;
        if (i === 0) {
            sums.push(shiftedValue);
            sumsOfSquares.push(shiftedValue * shiftedValue);
        } else {
            sums.push(sums[i - 1] + shiftedValue);
            sumsOfSquares.push(
                sumsOfSquares[i - 1] + shiftedValue * shiftedValue
            );
        }

        // Initialize for cluster = 0
        matrix[0][i] = ssq(0, i, sums, sumsOfSquares);
        backtrackMatrix[0][i] = 0;
    }

    // Initialize the rest of the columns
    var iMin;
    for (var cluster = 1; cluster < matrix.length; ++cluster) {
        if (cluster < matrix.length - 1) {
            iMin = cluster;
        } else {
            // No need to compute matrix[K-1][0] ... matrix[K-1][N-2]
            iMin = nValues - 1;
        }

        fillMatrixColumn(
            iMin,
            nValues - 1,
            cluster,
            matrix,
            backtrackMatrix,
            sums,
            sumsOfSquares
        );
    }
}

/**
 * Ckmeans clustering is an improvement on heuristic-based clustering
 * approaches like Jenks. The algorithm was developed in
 * [Haizhou Wang and Mingzhou Song](http://journal.r-project.org/archive/2011-2/RJournal_2011-2_Wang+Song.pdf)
 * as a [dynamic programming](https://en.wikipedia.org/wiki/Dynamic_programming) approach
 * to the problem of clustering numeric data into groups with the least
 * within-group sum-of-squared-deviations.
 *
 * Minimizing the difference within groups - what Wang & Song refer to as
 * `withinss`, or within sum-of-squares, means that groups are optimally
 * homogenous within and the data is split into representative groups.
 * This is very useful for visualization, where you may want to represent
 * a continuous variable in discrete color or style groups. This function
 * can provide groups that emphasize differences between data.
 *
 * Being a dynamic approach, this algorithm is based on two matrices that
 * store incrementally-computed values for squared deviations and backtracking
 * indexes.
 *
 * This implementation is based on Ckmeans 3.4.6, which introduced a new divide
 * and conquer approach that improved runtime from O(kn^2) to O(kn log(n)).
 *
 * Unlike the [original implementation](https://cran.r-project.org/web/packages/Ckmeans.1d.dp/index.html),
 * this implementation does not include any code to automatically determine
 * the optimal number of clusters: this information needs to be explicitly
 * provided.
 *
 * ### References
 * _Ckmeans.1d.dp: Optimal k-means Clustering in One Dimension by Dynamic
 * Programming_ Haizhou Wang and Mingzhou Song ISSN 2073-4859
 *
 * from The R Journal Vol. 3/2, December 2011
 * @param {Array<number>} x input data, as an array of number values
 * @param {number} nClusters number of desired classes. This cannot be
 * greater than the number of values in the data array.
 * @returns {Array<Array<number>>} clustered input
 * @throws {Error} if the number of requested clusters is higher than the size of the data
 * @example
 * ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3);
 * // The input, clustered into groups of similar numbers.
 * //= [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]);
 */
function ckmeans(x, nClusters) {
    if (nClusters > x.length) {
        throw new Error(
            "cannot generate more classes than there are data values"
        );
    }

    var sorted = numericSort(x);
    // we'll use this as the maximum number of clusters
    var uniqueCount = uniqueCountSorted(sorted);

    // if all of the input values are identical, there's one cluster
    // with all of the input in it.
    if (uniqueCount === 1) {
        return [sorted];
    }

    // named 'S' originally
    var matrix = makeMatrix(nClusters, sorted.length);
    // named 'J' originally
    var backtrackMatrix = makeMatrix(nClusters, sorted.length);

    // This is a dynamic programming way to solve the problem of minimizing
    // within-cluster sum of squares. It's similar to linear regression
    // in this way, and this calculation incrementally computes the
    // sum of squares that are later read.
    fillMatrices(sorted, matrix, backtrackMatrix);

    // The real work of Ckmeans clustering happens in the matrix generation:
    // the generated matrices encode all possible clustering combinations, and
    // once they're generated we can solve for the best clustering groups
    // very quickly.
    var clusters = [];
    var clusterRight = backtrackMatrix[0].length - 1;

    // Backtrack the clusters from the dynamic programming matrix. This
    // starts at the bottom-right corner of the matrix (if the top-left is 0, 0),
    // and moves the cluster target with the loop.
    for (var cluster = backtrackMatrix.length - 1; cluster >= 0; cluster--) {
        var clusterLeft = backtrackMatrix[cluster][clusterRight];

        // fill the cluster from the sorted input by taking a slice of the
        // array. the backtrack matrix makes this easy - it stores the
        // indexes where the cluster should start and end.
        clusters[cluster] = sorted.slice(clusterLeft, clusterRight + 1);

        if (cluster > 0) {
            clusterRight = clusterLeft - 1;
        }
    }

    return clusters;
}

/**
 * Our default sum is the [Kahan-Babuska algorithm](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf).
 * This method is an improvement over the classical
 * [Kahan summation algorithm](https://en.wikipedia.org/wiki/Kahan_summation_algorithm).
 * It aims at computing the sum of a list of numbers while correcting for
 * floating-point errors. Traditionally, sums are calculated as many
 * successive additions, each one with its own floating-point roundoff. These
 * losses in precision add up as the number of numbers increases. This alternative
 * algorithm is more accurate than the simple way of calculating sums by simple
 * addition.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sum([1, 2, 3]); // => 6
 */
function sum(x) {
    // If the array is empty, we needn't bother computing its sum
    if (x.length === 0) {
        return 0;
    }

    // Initializing the sum as the first number in the array
    var sum = x[0];

    // Keeping track of the floating-point error correction
    var correction = 0;

    var transition;

    if (typeof sum !== "number") {
        return Number.NaN;
    }

    for (var i = 1; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        transition = sum + x[i];

        // Here we need to update the correction in a different fashion
        // if the new absolute value is greater than the absolute sum
        if (Math.abs(sum) >= Math.abs(x[i])) {
            correction += sum - transition + x[i];
        } else {
            correction += x[i] - transition + sum;
        }

        sum = transition;
    }

    // Returning the corrected sum
    return sum + correction;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function mean(x) {
    if (x.length === 0) {
        throw new Error("mean requires at least one data point");
    }

    return sum(x) / x.length;
}

/**
 * The sum of deviations to the Nth power.
 * When n=2 it's the sum of squared deviations.
 * When n=3 it's the sum of cubed deviations.
 *
 * @param {Array<number>} x
 * @param {number} n power
 * @returns {number} sum of nth power deviations
 *
 * @example
 * var input = [1, 2, 3];
 * // since the variance of a set is the mean squared
 * // deviations, we can calculate that with sumNthPowerDeviations:
 * sumNthPowerDeviations(input, 2) / input.length;
 */
function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum = 0;
    var tempValue;
    var i;

    // This is an optimization: when n is 2 (we're computing a number squared),
    // multiplying the number by itself is significantly faster than using
    // the Math.pow method.
    if (n === 2) {
        for (i = 0; i < x.length; i++) {
            tempValue = x[i] - meanValue;
            sum += tempValue * tempValue;
        }
    } else {
        for (i = 0; i < x.length; i++) {
            sum += Math.pow(x[i] - meanValue, n);
        }
    }

    return sum;
}

/**
 * The [sample variance](https://en.wikipedia.org/wiki/Variance#Sample_variance)
 * is the sum of squared deviations from the mean. The sample variance
 * is distinguished from the variance by the usage of [Bessel's Correction](https://en.wikipedia.org/wiki/Bessel's_correction):
 * instead of dividing the sum of squared deviations by the length of the input,
 * it is divided by the length minus one. This corrects the bias in estimating
 * a value from a set that you don't know if full.
 *
 * References:
 * * [Wolfram MathWorld on Sample Variance](http://mathworld.wolfram.com/SampleVariance.html)
 *
 * @param {Array<number>} x a sample of two or more data points
 * @throws {Error} if the length of x is less than 2
 * @return {number} sample variance
 * @example
 * sampleVariance([1, 2, 3, 4, 5]); // => 2.5
 */
function sampleVariance(x) {
    if (x.length < 2) {
        throw new Error("sampleVariance requires at least two data points");
    }

    var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    return sumSquaredDeviationsValue / besselsCorrection;
}

/**
 * The [sample standard deviation](http://en.wikipedia.org/wiki/Standard_deviation#Sample_standard_deviation)
 * is the square root of the sample variance.
 *
 * @param {Array<number>} x input array
 * @returns {number} sample standard deviation
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]).toFixed(2);
 * // => '2.14'
 */
function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
}

/**
 * The`coefficient of variation`_ is the ratio of the standard deviation to the mean.
 * .._`coefficient of variation`: https://en.wikipedia.org/wiki/Coefficient_of_variation
 *
 *
 * @param {Array} x input
 * @returns {number} coefficient of variation
 * @example
 * coefficientOfVariation([1, 2, 3, 4]).toFixed(3); // => 0.516
 * coefficientOfVariation([1, 2, 3, 4, 5]).toFixed(3); // => 0.527
 * coefficientOfVariation([-1, 0, 1, 2, 3, 4]).toFixed(3); // => 1.247
 */
function coefficientOfVariation(x) {
    return sampleStandardDeviation(x) / mean(x);
}

/**
 * Implementation of Combinations
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * https://en.wikipedia.org/wiki/Combination
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinations([1, 2, 3], 2); // => [[1,2], [1,3], [2,3]]
 */

function combinations(x, k) {
    if (k === 0) {
        return [[]];
    }

    var i;
    var subI;
    var combinationList = [];
    var subsetCombinations;
    var next;

    for (i = 0; i < x.length; i++) {
        if (k === 1) {
            combinationList.push([x[i]]);
        } else {
            subsetCombinations = combinations(x.slice(i + 1, x.length), k - 1);
            for (subI = 0; subI < subsetCombinations.length; subI++) {
                next = subsetCombinations[subI];
                next.unshift(x[i]);
                combinationList.push(next);
            }
        }
    }
    return combinationList;
}

/**
 * Implementation of [Combinations](https://en.wikipedia.org/wiki/Combination) with replacement
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * 'With replacement' means that a given element can be chosen multiple times.
 * Unlike permutation, order doesn't matter for combinations.
 *
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinationsReplacement([1, 2], 2); // => [[1, 1], [1, 2], [2, 2]]
 */
function combinationsReplacement(x, k) {
    if (k === 0) {
        return [[]];
    }

    var combinationList = [];

    for (var i = 0; i < x.length; i++) {
        if (k === 1) {
            // If we're requested to find only one element, we don't need
            // to recurse: just push `x[i]` onto the list of combinations.
            combinationList.push([x[i]]);
        } else {
            // Otherwise, recursively find combinations, given `k - 1`. Note that
            // we request `k - 1`, so if you were looking for k=3 combinations, we're
            // requesting k=2. This -1 gets reversed in the for loop right after this
            // code, since we concatenate `x[i]` onto the selected combinations,
            // bringing `k` back up to your requested level.
            // This recursion may go many levels deep, since it only stops once
            // k=1.
            var subsetCombinations = combinationsReplacement(
                x.slice(i, x.length),
                k - 1
            );

            for (var j = 0; j < subsetCombinations.length; j++) {
                combinationList.push([x[i]].concat(subsetCombinations[j]));
            }
        }
    }

    return combinationList;
}

/**
 * When combining two lists of values for which one already knows the means,
 * one does not have to necessary recompute the mean of the combined lists in
 * linear time. They can instead use this function to compute the combined
 * mean by providing the mean & number of values of the first list and the mean
 * & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineMeans(5, 3, 4, 3); // => 4.5
 */
function combineMeans(mean1, n1, mean2, n2) {
    return (mean1 * n1 + mean2 * n2) / (n1 + n2);
}

/**
 * When combining two lists of values for which one already knows the variances,
 * one does not have to necessary recompute the variance of the combined lists
 * in linear time. They can instead use this function to compute the combined
 * variance by providing the variance, mean & number of values of the first list
 * and the variance, mean & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} variance1 variance of the first list
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} variance2 variance of the second list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineVariances(14 / 3, 5, 3, 8 / 3, 4, 3); // => 47 / 12
 */
function combineVariances(variance1, mean1, n1, variance2, mean2, n2) {
    var newMean = combineMeans(mean1, n1, mean2, n2);

    return (
        (n1 * (variance1 + Math.pow(mean1 - newMean, 2)) +
            n2 * (variance2 + Math.pow(mean2 - newMean, 2))) /
        (n1 + n2)
    );
}

/**
 * This computes the maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * max([1, 2, 3, 4]);
 * // => 4
 */
function max(x) {
    if (x.length === 0) {
        throw new Error("max requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * The min is the lowest number in the array.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} minimum value
 * @example
 * min([1, 5, -10, 100, 2]); // => -10
 */
function min(x) {
    if (x.length === 0) {
        throw new Error("min requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] < value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * Given an array of x, this will find the extent of the
 * x and return an array of breaks that can be used
 * to categorize the x into a number of classes. The
 * returned array will always be 1 longer than the number of
 * classes because it includes the minimum value.
 *
 * @param {Array<number>} x an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number>} array of class break positions
 * @example
 * equalIntervalBreaks([1, 2, 3, 4, 5, 6], 4); // => [1, 2.25, 3.5, 4.75, 6]
 */
function equalIntervalBreaks(x, nClasses) {
    if (x.length < 2) {
        return x;
    }

    var theMin = min(x);
    var theMax = max(x);

    // the first break will always be the minimum value
    // in the xset
    var breaks = [theMin];

    // The size of each break is the full range of the x
    // divided by the number of classes requested
    var breakSize = (theMax - theMin) / nClasses;

    // In the case of nClasses = 1, this loop won't run
    // and the returned breaks will be [min, max]
    for (var i = 1; i < nClasses; i++) {
        breaks.push(breaks[0] + breakSize * i);
    }

    // the last break will always be the
    // maximum.
    breaks.push(theMax);

    return breaks;
}

/**
 * This computes the minimum & maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {Array<number>} minimum & maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * extent([1, 2, 3, 4]);
 * // => [1, 4]
 */
function extent(x) {
    if (x.length === 0) {
        throw new Error("extent requires at least one data point");
    }

    var min = x[0];
    var max = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > max) {
            max = x[i];
        }
        if (x[i] < min) {
            min = x[i];
        }
    }
    return [min, max];
}

/**
 * The extent is the lowest & highest number in the array. With a sorted array,
 * the first element in the array is always the lowest while the last element is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {Array<number>} minimum & maximum value
 * @example
 * extentSorted([-100, -10, 1, 2, 5]); // => [-100, 5]
 */
function extentSorted(x) {
    return [x[0], x[x.length - 1]];
}

/**
 * The [Geometric Mean](https://en.wikipedia.org/wiki/Geometric_mean) is
 * a mean function that is more useful for numbers in different
 * ranges.
 *
 * This is the nth root of the input numbers multiplied by each other.
 *
 * The geometric mean is often useful for
 * **[proportional growth](https://en.wikipedia.org/wiki/Geometric_mean#Proportional_growth)**: given
 * growth rates for multiple years, like _80%, 16.66% and 42.85%_, a simple
 * mean will incorrectly estimate an average growth rate, whereas a geometric
 * mean will correctly estimate a growth rate that, over those years,
 * will yield the same end value.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * var growthRates = [1.80, 1.166666, 1.428571];
 * var averageGrowth = ss.geometricMean(growthRates);
 * var averageGrowthRates = [averageGrowth, averageGrowth, averageGrowth];
 * var startingValue = 10;
 * var startingValueMean = 10;
 * growthRates.forEach(function(rate) {
 *   startingValue *= rate;
 * });
 * averageGrowthRates.forEach(function(rate) {
 *   startingValueMean *= rate;
 * });
 * startingValueMean === startingValue;
 */
function geometricMean(x) {
    if (x.length === 0) {
        throw new Error("geometricMean requires at least one data point");
    }

    // the starting value.
    var value = 1;

    for (var i = 0; i < x.length; i++) {
        // the geometric mean is only valid for positive numbers
        if (x[i] < 0) {
            throw new Error(
                "geometricMean requires only non-negative numbers as input"
            );
        }

        // repeatedly multiply the value by each number
        value *= x[i];
    }

    return Math.pow(value, 1 / x.length);
}

/**
 * The [Harmonic Mean](https://en.wikipedia.org/wiki/Harmonic_mean) is
 * a mean function typically used to find the average of rates.
 * This mean is calculated by taking the reciprocal of the arithmetic mean
 * of the reciprocals of the input numbers.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} harmonic mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * harmonicMean([2, 3]).toFixed(2) // => '2.40'
 */
function harmonicMean(x) {
    if (x.length === 0) {
        throw new Error("harmonicMean requires at least one data point");
    }

    var reciprocalSum = 0;

    for (var i = 0; i < x.length; i++) {
        // the harmonic mean is only valid for positive numbers
        if (x[i] <= 0) {
            throw new Error(
                "harmonicMean requires only positive numbers as input"
            );
        }

        reciprocalSum += 1 / x[i];
    }

    // divide n by the reciprocal sum
    return x.length / reciprocalSum;
}

/**
 * This is the internal implementation of quantiles: when you know
 * that the order is sorted, you don't need to re-sort it, and the computations
 * are faster.
 *
 * This implements the linear interpolation method (type=7 in R/numpy),
 * which is the default in numpy.percentile and R's quantile.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {number} p desired quantile: a number between 0 to 1, inclusive
 * @returns {number} quantile value
 * @throws {Error} if p ix outside of the range from 0 to 1
 * @throws {Error} if x is empty
 * @example
 * quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantileSorted(x, p) {
    // Use (n-1) * p for index, matching numpy's linear method (type=7)
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
        throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
        // If p is 1, directly return the last element
        return x[x.length - 1];
    } else if (p === 0) {
        // If p is 0, directly return the first element
        return x[0];
    } else if (idx % 1 !== 0) {
        // If idx is not integer, interpolate linearly between floor and ceil
        var lower = Math.floor(idx);
        var upper = Math.ceil(idx);
        var fraction = idx - lower;
        return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
        // If idx is integer, type=7 returns the value at that index
        return x[idx];
    }
}

/**
 * Rearrange items in `arr` so that all items in `[left, k]` range are the smallest.
 * The `k`-th element will have the `(k - left + 1)`-th smallest value in `[left, right]`.
 *
 * Implements Floyd-Rivest selection algorithm https://en.wikipedia.org/wiki/Floyd-Rivest_algorithm
 *
 * @param {Array<number>} arr input array
 * @param {number} k pivot index
 * @param {number} [left] left index
 * @param {number} [right] right index
 * @returns {void} mutates input array
 * @example
 * var arr = [65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39];
 * quickselect(arr, 8);
 * // = [39, 28, 28, 33, 21, 12, 22, 50, 53, 56, 59, 65, 90, 77, 95]
 */
function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;

    while (right > left) {
        // 600 and 0.5 are arbitrary constants chosen in the original paper to minimize execution time
        if (right - left > 600) {
            var n = right - left + 1;
            var m = k - left + 1;
            var z = Math.log(n);
            var s = 0.5 * Math.exp((2 * z) / 3);
            var sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
            if (m - n / 2 < 0) { sd *= -1; }
            var newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
            var newRight = Math.min(
                right,
                Math.floor(k + ((n - m) * s) / n + sd)
            );
            quickselect(arr, k, newLeft, newRight);
        }

        var t = arr[k];
        var i = left;
        var j = right;

        swap(arr, left, k);
        if (arr[right] > t) { swap(arr, left, right); }

        while (i < j) {
            swap(arr, i, j);
            i++;
            j--;
            while (arr[i] < t) { i++; }
            while (arr[j] > t) { j--; }
        }

        if (arr[left] === t) { swap(arr, left, j); }
        else {
            j++;
            swap(arr, j, right);
        }

        if (j <= k) { left = j + 1; }
        if (k <= j) { right = j - 1; }
    }
}

function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
}

/**
 * The [quantile](https://en.wikipedia.org/wiki/Quantile):
 * this is a population quantile, since we assume to know the entire
 * dataset in this library. This implementation uses linear interpolation,
 * equivalent to R's type=7 and numpy's default percentile method.
 *
 * Sample is a one-dimensional array of numbers,
 * and p is either a decimal number from 0 to 1 or an array of decimal
 * numbers from 0 to 1.
 * In terms of a k/q quantile, p = k/q - it's just dealing with fractions or dealing
 * with decimal values.
 * When p is an array, the result of the function is also an array containing the appropriate
 * quantiles in input order
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @returns {number} quantile
 * @example
 * quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantile(x, p) {
    var copy = x.slice();

    if (Array.isArray(p)) {
        // rearrange elements so that each element corresponding to a requested
        // quantile is on a place it would be if the array was fully sorted
        multiQuantileSelect(copy, p);
        // Initialize the result array
        var results = [];
        // For each requested quantile
        for (var i = 0; i < p.length; i++) {
            results[i] = quantileSorted(copy, p[i]);
        }
        return results;
    } else {
        var idx = quantileIndex(copy.length, p);
        quantileSelect(copy, idx, 0, copy.length - 1);
        return quantileSorted(copy, p);
    }
}

function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
        quickselect(arr, k, left, right);
    } else {
        k = Math.floor(k);
        quickselect(arr, k, left, right);
        quickselect(arr, k + 1, k + 1, right);
    }
}

function multiQuantileSelect(arr, p) {
    // Collect every integer order statistic that the requested quantiles need.
    // Linear interpolation (type=7) reads x[floor(idx)] and x[ceil(idx)], so both
    // surrounding positions must be placed. Deduplicate to integer positions
    // so each is selected with an unambiguous index.
    var positions = new Set();
    for (var i = 0; i < p.length; i++) {
        var idx = quantileIndex(arr.length, p[i]);
        positions.add(Math.floor(idx));
        positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);

    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}

// Place every order statistic in `indices` by partitioning around the median
// requested position, then recursing into the two halves. The just-placed pivot
// is excluded from the child ranges (indices[mid] ± 1) so that a later, narrower
// quickselect cannot disturb an already-finalized position.
function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) { return; }
    var mid = (lo + hi) >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}

function compare(a, b) {
    return a - b;
}

function quantileIndex(len, p) {
    // Use (n-1) * p to match numpy's linear method (type=7)
    var idx = (len - 1) * p;
    if (p === 1) {
        // If p is 1, directly return the last index
        return len - 1;
    } else if (p === 0) {
        // If p is 0, directly return the first index
        return 0;
    } else if (idx % 1 !== 0) {
        // If index is not integer, keep the fractional position so we can
        // select both surrounding order statistics for interpolation.
        return idx;
    } else {
        // If index is integer, return that exact position.
        return idx;
    }
}

/**
 * The [Interquartile range](http://en.wikipedia.org/wiki/Interquartile_range) is
 * a measure of statistical dispersion, or how scattered, spread, or
 * concentrated a distribution is. It's computed as the difference between
 * the third quartile and first quartile.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @returns {number} interquartile range: the span between lower and upper quartile,
 * 0.25 and 0.75
 * @example
 * interquartileRange([0, 1, 2, 3]); // => 1.5
 */
function interquartileRange(x) {
    // Interquartile range is the span between the upper quartile,
    // at `0.75`, and lower quartile, `0.25`
    var q1 = quantile(x, 0.75);
    var q2 = quantile(x, 0.25);

    if (typeof q1 === "number" && typeof q2 === "number") {
        return q1 - q2;
    }
}

/*
 * Pull Breaks Values for Jenks
 *
 * the second part of the jenks recipe: take the calculated matrices
 * and derive an array of n breaks.
 *
 * @private
 */
function jenksBreaks(data, lowerClassLimits, nClasses) {
    var k = data.length;
    var kclass = [];
    var countNum = nClasses;

    // the calculation of classes will never include the upper
    // bound, so we need to explicitly set it
    kclass[nClasses] = data[data.length - 1];

    // the lowerClassLimits matrix is used as indices into itself
    // here: the `k` variable is reused in each iteration.
    while (countNum > 0) {
        kclass[countNum - 1] = data[lowerClassLimits[k][countNum] - 1];
        k = lowerClassLimits[k][countNum] - 1;
        countNum--;
    }

    return kclass;
}

/*
 * Compute Matrices for Jenks
 *
 * Compute the matrices required for Jenks breaks. These matrices
 * can be used for any classing of data with `classes <= nClasses`
 *
 * @private
 */
function jenksMatrices(data, nClasses) {
    // in the original implementation, these matrices are referred to
    // as `LC` and `OP`
    //
    // * lowerClassLimits (LC): optimal lower class limits
    // * varianceCombinations (OP): optimal variance combinations for all classes
    var lowerClassLimits = [];
    var varianceCombinations = [];
    // loop counters
    var i;
    var j;
    // the variance, as computed at each step in the calculation
    var variance = 0;

    // Initialize and fill each matrix with zeroes
    for (i = 0; i < data.length + 1; i++) {
        var tmp1 = [];
        var tmp2 = [];
        // despite these arrays having the same values, we need
        // to keep them separate so that changing one does not change
        // the other
        for (j = 0; j < nClasses + 1; j++) {
            tmp1.push(0);
            tmp2.push(0);
        }
        lowerClassLimits.push(tmp1);
        varianceCombinations.push(tmp2);
    }

    for (i = 1; i < nClasses + 1; i++) {
        lowerClassLimits[1][i] = 1;
        varianceCombinations[1][i] = 0;
        // in the original implementation, 9999999 is used but
        // since Javascript has `Infinity`, we use that.
        for (j = 2; j < data.length + 1; j++) {
            varianceCombinations[j][i] = Number.POSITIVE_INFINITY;
        }
    }

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(data.length / 2)];

    for (var l = 2; l < data.length + 1; l++) {
        // `SZ` originally. this is the sum of the values seen thus
        // far when calculating variance.
        var sum = 0;
        // `ZSQ` originally. the sum of squares of values seen
        // thus far
        var sumSquares = 0;
        // `WT` originally. This is the number of
        var w = 0;
        // `IV` originally
        var i4 = 0;

        // in several instances, you could say `Math.pow(x, 2)`
        // instead of `x * x`, but this is slower in some browsers
        // introduces an unnecessary concept.
        for (var m = 1; m < l + 1; m++) {
            // `III` originally
            var lowerClassLimit = l - m + 1;
            var val = data[lowerClassLimit - 1] - shift;

            // here we're estimating variance for each potential classing
            // of the data, for each potential number of classes. `w`
            // is the number of data points considered so far.
            w++;

            // increase the current sum and sum-of-squares
            sum += val;
            sumSquares += val * val;

            // the variance at this point in the sequence is the difference
            // between the sum of squares and the total x 2, over the number
            // of samples.
            variance = sumSquares - (sum * sum) / w;

            i4 = lowerClassLimit - 1;

            if (i4 !== 0) {
                for (j = 2; j < nClasses + 1; j++) {
                    // if adding this element to an existing class
                    // will increase its variance beyond the limit, break
                    // the class at this point, setting the `lowerClassLimit`
                    // at this point.
                    if (
                        varianceCombinations[l][j] >=
                        variance + varianceCombinations[i4][j - 1]
                    ) {
                        lowerClassLimits[l][j] = lowerClassLimit;
                        varianceCombinations[l][j] =
                            variance + varianceCombinations[i4][j - 1];
                    }
                }
            }
        }

        lowerClassLimits[l][1] = 1;
        varianceCombinations[l][1] = variance;
    }

    // return the two matrices. for just providing breaks, only
    // `lowerClassLimits` is needed, but variances can be useful to
    // evaluate goodness of fit.
    return {
        lowerClassLimits: lowerClassLimits,
        varianceCombinations: varianceCombinations
    };
}

/**
 * The **[jenks natural breaks optimization](http://en.wikipedia.org/wiki/Jenks_natural_breaks_optimization)**
 * is an algorithm commonly used in cartography and visualization to decide
 * upon groupings of data values that minimize variance within themselves
 * and maximize variation between themselves.
 *
 * For instance, cartographers often use jenks in order to choose which
 * values are assigned to which colors in a [choropleth](https://en.wikipedia.org/wiki/Choropleth_map)
 * map.
 *
 * @param {Array<number>} data input data, as an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number> | null} array of class break positions, or null
 * when nClasses is greater than the number of data points
 * @example
 * // split data into 3 break points
 * jenks([1, 2, 4, 5, 7, 9, 10, 20], 3) // = [1, 7, 20, 20]
 */
function jenks(data, nClasses) {
    if (nClasses > data.length) {
        return null;
    }

    // sort data in numerical order, since this is expected
    // by the matrices function
    data = data.slice().sort(function (a, b) {
        return a - b;
    });

    // get our basic matrices
    var matrices = jenksMatrices(data, nClasses);
    // we only need lower class limits here
    var lowerClassLimits = matrices.lowerClassLimits;

    // extract nClasses out of the computed matrices
    return jenksBreaks(data, lowerClassLimits, nClasses);
}

/**
 * [Simple linear regression](http://en.wikipedia.org/wiki/Simple_linear_regression)
 * is a simple way to find a fitted line
 * between a set of coordinates. This algorithm finds the slope and y-intercept of a regression line
 * using the least sum of squares.
 *
 * @param {Array<Array<number>>} data an array of two-element of arrays,
 * like `[[0, 1], [2, 3]]`
 * @returns {Object} object containing slope and intersect of regression line
 * @example
 * linearRegression([[0, 0], [1, 1]]); // => { m: 1, b: 0 }
 */
function linearRegression(data) {
    var m;
    var b;

    // Store data length in a local variable to reduce
    // repeated object property lookups
    var dataLength = data.length;

    //if there's only one point, arbitrarily choose a slope of 0
    //and a y-intercept of whatever the y of the initial point is
    if (dataLength === 1) {
        m = 0;
        b = data[0][1];
    } else {
        // The means of x and y. Centering on them before accumulating the
        // cross products keeps the sums small when the coordinates are not,
        // which is what `weightedLinearRegression` already does.
        var sumX = 0;
        var sumY = 0;
        for (var i = 0; i < dataLength; i++) {
            sumX += data[i][0];
            sumY += data[i][1];
        }
        var meanX = sumX / dataLength;
        var meanY = sumY / dataLength;

        var sumXY = 0;
        var sumXX = 0;
        for (var i$1 = 0; i$1 < dataLength; i$1++) {
            var deviationX = data[i$1][0] - meanX;
            sumXY += deviationX * (data[i$1][1] - meanY);
            sumXX += deviationX * deviationX;
        }

        // `m` is the slope of the regression line, `b` its y-intercept.
        m = sumXY / sumXX;
        b = meanY - m * meanX;
    }

    // Return both values as an object.
    return {
        m: m,
        b: b
    };
}

/**
 * Given the output of `linearRegression`: an object
 * with `m` and `b` values indicating slope and intercept,
 * respectively, generate a line function that translates
 * x values into y values.
 *
 * @param {Object} mb object with `m` and `b` members, representing
 * slope and intersect of desired line
 * @returns {Function} method that computes y-value at any given
 * x-value on the line.
 * @example
 * var l = linearRegressionLine(linearRegression([[0, 0], [1, 1]]));
 * l(0) // = 0
 * l(2) // = 2
 * linearRegressionLine({ b: 0, m: 1 })(1); // => 1
 * linearRegressionLine({ b: 1, m: 1 })(1); // => 2
 */
function linearRegressionLine(mb /*: { b: number, m: number }*/) {
    // Return a function that computes a `y` value for each
    // x value it is given, based on the values of `b` and `a`
    // that we just computed.
    return function (x) {
        return mb.b + mb.m * x;
    };
}

/**
 * The [log average](https://en.wikipedia.org/wiki/https://en.wikipedia.org/wiki/Geometric_mean#Relationship_with_logarithms)
 * is an equivalent way of computing the geometric mean of an array suitable for large or small products.
 *
 * It's found by calculating the average logarithm of the elements and exponentiating.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 */
function logAverage(x) {
    if (x.length === 0) {
        throw new Error("logAverage requires at least one data point");
    }

    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (x[i] < 0) {
            throw new Error(
                "logAverage requires only non-negative numbers as input"
            );
        }
        value += Math.log(x[i]);
    }

    return Math.exp(value / x.length);
}

/**
 * The maximum is the highest number in the array. With a sorted array,
 * the last element in the array is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} maximum value
 * @example
 * maxSorted([-100, -10, 1, 2, 5]); // => 5
 */
function maxSorted(x) {
    return x[x.length - 1];
}

/**
 * The simple [sum](https://en.wikipedia.org/wiki/Summation) of an array
 * is the result of adding all numbers together, starting from zero.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sumSimple([1, 2, 3]); // => 6
 */
function sumSimple(x) {
    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        value += x[i];
    }
    return value;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The simple mean uses the successive addition method internally
 * to calculate it's result. Errors in floating-point addition are
 * not accounted for, so if precision is required, the standard {@link mean}
 * method should be used instead.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function meanSimple(x) {
    if (x.length === 0) {
        throw new Error("meanSimple requires at least one data point");
    }

    return sumSimple(x) / x.length;
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} x input
 * @returns {number} median value
 * @example
 * median([10, 2, 5, 100, 2, 1]); // => 3.5
 */
function median(x) {
    return +quantile(x, 0.5);
}

/**
 * The [Median Absolute Deviation](http://en.wikipedia.org/wiki/Median_absolute_deviation) is
 * a robust measure of statistical
 * dispersion. It is more resilient to outliers than the standard deviation.
 *
 * @param {Array<number>} x input array
 * @returns {number} median absolute deviation
 * @example
 * medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]); // => 1
 */
function medianAbsoluteDeviation(x) {
    var medianValue = median(x);
    var medianAbsoluteDeviations = [];

    // Make a list of absolute deviations from the median
    for (var i = 0; i < x.length; i++) {
        medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
    }

    // Find the median value of that list
    return median(medianAbsoluteDeviations);
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} sorted input
 * @returns {number} median value
 * @example
 * medianSorted([10, 2, 5, 100, 2, 1]); // => 52.5
 */
function medianSorted(sorted) {
    return quantileSorted(sorted, 0.5);
}

/**
 * The minimum is the lowest number in the array. With a sorted array,
 * the first element in the array is always the smallest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} minimum value
 * @example
 * minSorted([-100, -10, 1, 2, 5]); // => -100
 */
function minSorted(x) {
    return x[0];
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm expects sorted input,
 * so equal values are adjacent and a tie resolves to the smallest of the tied
 * values. `modeFast` breaks ties differently, returning whichever tied value
 * reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)` because the input is sorted.
 *
 * @param {Array<number>} sorted a sample of one or more data points
 * @returns {number} mode
 * @throws {Error} if sorted is empty
 * @example
 * modeSorted([0, 0, 1]); // => 0
 */
function modeSorted(sorted) {
    // Handle edge cases:
    // The mode of an empty list is undefined
    if (sorted.length === 0) {
        throw new Error("mode requires at least one data point");
    }
    if (sorted.length === 1) {
        return sorted[0];
    }

    // This assumes it is dealing with an array of size > 1, since size
    // 0 and 1 are handled immediately. Hence it starts at index 1 in the
    // array.
    var last = sorted[0];
    // store the mode as we find new modes
    var value = Number.NaN;
    // store how many times we've seen the mode
    var maxSeen = 0;
    // how many times the current candidate for the mode
    // has been seen
    var seenThis = 1;

    // end at sorted.length + 1 to fix the case in which the mode is
    // the highest number that occurs in the sequence. the last iteration
    // compares sorted[i], which is undefined, to the highest number
    // in the series
    for (var i = 1; i < sorted.length + 1; i++) {
        // we're seeing a new number pass by
        if (sorted[i] !== last) {
            // the last number is the new mode since we saw it more
            // often than the old one
            if (seenThis > maxSeen) {
                maxSeen = seenThis;
                value = last;
            }
            seenThis = 1;
            last = sorted[i];
            // if this isn't a new number, it's one more occurrence of
            // the potential mode
        } else {
            seenThis++;
        }
    }
    return value;
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm sorts its input, so a
 * tie resolves to the smallest of the tied values regardless of the order they
 * appeared in. `modeFast` breaks ties differently, returning whichever tied
 * value reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n log(n))` because it needs to sort the array internally
 * before running an `O(n)` search to find the mode.
 *
 * @param {Array<number>} x input
 * @returns {number} mode
 * @example
 * mode([0, 0, 1]); // => 0
 */
function mode(x) {
    // Sorting the array lets us iterate through it below and be sure
    // that every time we see a new number it's new and we'll never
    // see the same number twice
    return modeSorted(numericSort(x));
}

/* globals Map: false */

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm walks the input in
 * order, so a tie resolves to whichever tied value reaches the highest count
 * first. `mode` and `modeSorted` break ties differently, returning the
 * smallest of the tied values.
 *
 * modeFast uses a Map object to keep track of the mode, instead of the approach
 * used with `mode`, a sorted array. As a result, it is faster
 * than `mode` and supports any data type that can be compared with `==`.
 * It also requires a
 * [JavaScript environment with support for Map](https://kangax.github.io/compat-table/es6/#test-Map),
 * and will throw an error if Map is not available.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * @param {Array<*>} x a sample of one or more data points
 * @returns {?*} mode
 * @throws {ReferenceError} if the JavaScript environment doesn't support Map
 * @throws {Error} if x is empty
 * @example
 * modeFast(['rabbits', 'rabbits', 'squirrels']); // => 'rabbits'
 */
function modeFast(x) {
    // This index will reflect the incidence of different values, indexing
    // them like
    // { value: count }
    var index = new Map();

    // A running `mode` and the number of times it has been encountered.
    var mode;
    var modeCount = 0;

    for (var i = 0; i < x.length; i++) {
        var newCount = index.get(x[i]);
        if (newCount === undefined) {
            newCount = 1;
        } else {
            newCount++;
        }
        if (newCount > modeCount) {
            mode = x[i];
            modeCount = newCount;
        }
        index.set(x[i], newCount);
    }

    if (modeCount === 0) {
        throw new Error("mode requires at last one data point");
    }

    return mode;
}

/**
 * Implementation of [Heap's Algorithm](https://en.wikipedia.org/wiki/Heap%27s_algorithm)
 * for generating permutations.
 *
 * @param {Array} elements any type of data
 * @returns {Array<Array>} array of permutations
 */
function permutationsHeap(elements) {
    var indexes = new Array(elements.length);
    var permutations = [elements.slice()];

    for (var i = 0; i < elements.length; i++) {
        indexes[i] = 0;
    }

    for (var i$1 = 0; i$1 < elements.length; ) {
        if (indexes[i$1] < i$1) {
            // At odd indexes, swap from indexes[i] instead
            // of from the beginning of the array
            var swapFrom = 0;
            if (i$1 % 2 !== 0) {
                swapFrom = indexes[i$1];
            }

            // swap between swapFrom and i, using
            // a temporary variable as storage.
            var temp = elements[swapFrom];
            elements[swapFrom] = elements[i$1];
            elements[i$1] = temp;

            permutations.push(elements.slice());
            indexes[i$1]++;
            i$1 = 0;
        } else {
            indexes[i$1] = 0;
            i$1++;
        }
    }

    return permutations;
}

/**
 * The [product](https://en.wikipedia.org/wiki/Product_(mathematics)) of an array
 * is the result of multiplying all numbers together, starting using one as the multiplicative identity.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} product of all input numbers
 * @example
 * product([1, 2, 3, 4]); // => 24
 */
function product(x) {
    var value = 1;
    for (var i = 0; i < x.length; i++) {
        value *= x[i];
    }
    return value;
}

/* eslint no-bitwise: 0 */

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. With a sorted array, leveraging binary search, we can find
 * this information in logarithmic time.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRankSorted([1, 2, 3, 4], 3); // => 0.75
 * quantileRankSorted([1, 2, 3, 3, 4], 3); // => 0.7
 * quantileRankSorted([1, 2, 3, 4], 6); // => 1
 * quantileRankSorted([1, 2, 3, 3, 5], 4); // => 0.8
 */
function quantileRankSorted(x, value) {
    // Value is lesser than any value in the array
    if (value < x[0]) {
        return 0;
    }

    // Value is greater than any value in the array
    if (value > x[x.length - 1]) {
        return 1;
    }

    var l = lowerBound(x, value);

    // Value is not in the array
    if (x[l] !== value) {
        return l / x.length;
    }

    l++;

    var u = upperBound(x, value);

    // The value exists only once in the array
    if (u === l) {
        return l / x.length;
    }

    // Here, we are basically computing the mean of the range of indices
    // containing our searched value. But, instead, of initializing an
    // array and looping over it, there is a dedicated math formula that
    // we apply below to get the result.
    var r = u - l + 1;
    var sum = (r * (u + l)) / 2;
    var mean = sum / r;

    return mean / x.length;
}

function lowerBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value <= x[mid]) {
            hi = mid;
        } else {
            lo = -~mid;
        }
    }

    return lo;
}

function upperBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value >= x[mid]) {
            lo = -~mid;
        } else {
            hi = mid;
        }
    }

    return lo;
}

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. It will copy and sort your array before each run, so
 * if you know your array is already sorted, you should use `quantileRankSorted`
 * instead.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRank([4, 3, 1, 2], 3); // => 0.75
 * quantileRank([4, 3, 2, 3, 1], 3); // => 0.7
 * quantileRank([2, 4, 1, 3], 6); // => 1
 * quantileRank([5, 3, 1, 2, 3], 4); // => 0.8
 */
function quantileRank(x, value) {
    // Cloning and sorting the array
    var sortedCopy = numericSort(x);

    return quantileRankSorted(sortedCopy, value);
}

/**
 * The [R Squared](http://en.wikipedia.org/wiki/Coefficient_of_determination)
 * value of data compared with a function `f`
 * is the sum of the squared differences between the prediction
 * and the actual value.
 *
 * @param {Array<Array<number>>} x input data: this should be doubly-nested
 * @param {Function} func function called on `[i][0]` values within the dataset
 * @returns {number} r-squared value
 * @example
 * var samples = [[0, 0], [1, 1]];
 * var regressionLine = linearRegressionLine(linearRegression(samples));
 * rSquared(samples, regressionLine); // = 1 this line is a perfect fit
 */
function rSquared(x, func) {
    if (x.length < 2) {
        return 1;
    }

    // Compute the average y value for the actual
    // data set in order to compute the
    // _total sum of squares_
    var sum = 0;
    for (var i = 0; i < x.length; i++) {
        sum += x[i][1];
    }
    var average = sum / x.length;

    // Compute the total sum of squares - the
    // squared difference between each point
    // and the average of all points.
    var sumOfSquares = 0;
    for (var j = 0; j < x.length; j++) {
        sumOfSquares += Math.pow(average - x[j][1], 2);
    }

    // Finally estimate the error: the squared
    // difference between the estimate and the actual data
    // value at each point.
    var err = 0;
    for (var k = 0; k < x.length; k++) {
        err += Math.pow(x[k][1] - func(x[k][0]), 2);
    }

    // As the error grows larger, its ratio to the
    // sum of squares increases and the r squared
    // value grows lower.
    return 1 - err / sumOfSquares;
}

/**
 * The Root Mean Square (RMS) is
 * a mean function used as a measure of the magnitude of a set
 * of numbers, regardless of their sign.
 * This is the square root of the mean of the squares of the
 * input numbers.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * rootMeanSquare([-1, 1, -1, 1]); // => 1
 */
function rootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error("rootMeanSquare requires at least one data point");
    }

    var sumOfSquares = 0;
    for (var i = 0; i < x.length; i++) {
        sumOfSquares += Math.pow(x[i], 2);
    }

    return Math.sqrt(sumOfSquares / x.length);
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * in-place - which means that it **will change the order of the original
 * array by reference**.
 *
 * This is an algorithm that generates a random [permutation](https://en.wikipedia.org/wiki/Permutation)
 * of a set.
 *
 * @param {Array} x sample of one or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @returns {Array} x
 * @example
 * var x = [1, 2, 3, 4];
 * shuffleInPlace(x);
 * // x is shuffled to a value like [2, 1, 4, 3]
 */
function shuffleInPlace(x, randomSource) {
    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    // store the current length of the x to determine
    // when no elements remain to shuffle.
    var length = x.length;

    // temporary is used to hold an item when it is being
    // swapped between indices.
    var temporary;

    // The index to swap at each stage.
    var index;

    // While there are still items to shuffle
    while (length > 0) {
        // choose a random index within the subset of the array
        // that is not yet shuffled
        index = Math.floor(randomSource() * length--);

        // store the value that we'll move temporarily
        temporary = x[length];

        // swap the value at `x[length]` with `x[index]`
        x[length] = x[index];
        x[index] = temporary;
    }

    return x;
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * is a fast way to create a random permutation of a finite set. This is
 * a function around `shuffle_in_place` that adds the guarantee that
 * it will not modify its input.
 *
 * @param {Array} x sample of 0 or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} shuffled version of input
 * @example
 * var shuffled = shuffle([1, 2, 3, 4]);
 * shuffled; // = [2, 3, 1, 4] or any other random permutation
 */
function shuffle(x, randomSource) {
    // slice the original array so that it is not modified
    var sample = x.slice();

    // and then shuffle that shallow-copied array, in place
    return shuffleInPlace(sample, randomSource);
}

/**
 * Create a [simple random sample](http://en.wikipedia.org/wiki/Simple_random_sample)
 * from a given array of `n` elements.
 *
 * The sampled values will be in any order, not necessarily the order
 * they appear in the input.
 *
 * @param {Array<any>} x input array. can contain any type
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} subset of n elements in original array
 *
 * @example
 * var values = [1, 2, 4, 5, 6, 7, 8, 9];
 * sample(values, 3); // returns 3 random values, like [2, 5, 8];
 */
function sample(x, n, randomSource) {
    // shuffle the original array using a fisher-yates shuffle
    var shuffled = shuffle(x, randomSource);

    // and then return a subset of it - the first `n` elements.
    return shuffled.slice(0, n);
}

/**
 * [Sample covariance](https://en.wikipedia.org/wiki/Sample_mean_and_covariance) of two datasets:
 * how much do the two datasets move together?
 * x and y are two datasets, represented as arrays of numbers.
 *
 * @param {Array<number>} x a sample of two or more data points
 * @param {Array<number>} y a sample of two or more data points
 * @throws {Error} if x and y do not have equal lengths
 * @throws {Error} if x or y have length of one or less
 * @returns {number} sample covariance
 * @example
 * sampleCovariance([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]); // => -3.5
 */
function sampleCovariance(x, y) {
    // The two datasets must have the same length which must be more than 1
    if (x.length !== y.length) {
        throw new Error("sampleCovariance requires samples with equal lengths");
    }

    if (x.length < 2) {
        throw new Error(
            "sampleCovariance requires at least two data points in each sample"
        );
    }

    // determine the mean of each dataset so that we can judge each
    // value of the dataset fairly as the difference from the mean. this
    // way, if one dataset is [1, 2, 3] and [2, 3, 4], their covariance
    // does not suffer because of the difference in absolute values
    var xmean = mean(x);
    var ymean = mean(y);
    var sum = 0;

    // for each pair of values, the covariance increases when their
    // difference from the mean is associated - if both are well above
    // or if both are well below
    // the mean, the covariance increases significantly.
    for (var i = 0; i < x.length; i++) {
        sum += (x[i] - xmean) * (y[i] - ymean);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // the covariance is weighted by the length of the datasets.
    return sum / besselsCorrection;
}

/**
 * The [correlation](http://en.wikipedia.org/wiki/Correlation_and_dependence) is
 * a measure of how correlated two datasets are, between -1 and 1
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample correlation
 * @example
 * sampleCorrelation([1, 2, 3, 4, 5, 6], [2, 2, 3, 4, 5, 60]).toFixed(2);
 * // => '0.69'
 */
function sampleCorrelation(x, y) {
    var cov = sampleCovariance(x, y);
    var xstd = sampleStandardDeviation(x);
    var ystd = sampleStandardDeviation(y);

    return cov / xstd / ystd;
}

/**
 * [Kurtosis](http://en.wikipedia.org/wiki/Kurtosis) is
 * a measure of the heaviness of a distribution's tails relative to its
 * variance. The kurtosis value can be positive or negative, or even undefined.
 *
 * Implementation is based on Fisher's excess kurtosis definition and uses
 * unbiased moment estimators. This is the version found in Excel and available
 * in several statistical packages, including SAS and SciPy.
 *
 * @param {Array<number>} x a sample of 4 or more data points
 * @returns {number} sample kurtosis
 * @throws {Error} if x has length less than 4
 * @example
 * sampleKurtosis([1, 2, 2, 3, 5]); // => 1.4555765595463122
 */
function sampleKurtosis(x) {
    var n = x.length;

    if (n < 4) {
        throw new Error("sampleKurtosis requires at least four data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var secondCentralMoment = 0;
    var fourthCentralMoment = 0;

    for (var i = 0; i < n; i++) {
        tempValue = x[i] - meanValue;
        secondCentralMoment += tempValue * tempValue;
        fourthCentralMoment += tempValue * tempValue * tempValue * tempValue;
    }

    return (
        ((n - 1) / ((n - 2) * (n - 3))) *
        ((n * (n + 1) * fourthCentralMoment) /
            (secondCentralMoment * secondCentralMoment) -
            3 * (n - 1))
    );
}

/**
 * Rank values, giving tied values the average of the ranks they span.
 *
 * Spearman's rho is defined on these midranks. Assigning tied values
 * distinct consecutive ranks instead would make the rank of a value depend
 * on where it happens to sit in the input array, and therefore make the
 * correlation depend on the order the pairs are listed in.
 *
 * @private
 * @param {Array<number>} values input
 * @returns {Array<number>} ranks, in the order of the input
 */
function midranks(values) {
    var order = values
        .map(function (value, index) { return [value, index]; })
        .sort(function (a, b) { return a[0] - b[0]; });

    var ranks = Array(values.length);
    var i = 0;
    while (i < order.length) {
        // Extend j across every value tied with the one at i.
        var j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0]) {
            j++;
        }
        var rank = (i + j) / 2;
        for (var k = i; k <= j; k++) {
            ranks[order[k][1]] = rank;
        }
        i = j + 1;
    }
    return ranks;
}

/**
 * The [rank correlation](https://en.wikipedia.org/wiki/Rank_correlation) is
 * a measure of the strength of monotonic relationship between two arrays
 *
 * Tied values share the average of the ranks they span, so the result
 * depends only on the paired data and not on the order the pairs are given
 * in. When either input has no rank variance the correlation is undefined
 * and the result is `NaN`.
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample rank correlation
 * @example
 * sampleRankCorrelation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25]);
 * // => 1
 */
function sampleRankCorrelation(x, y) {
    return sampleCorrelation(midranks(x), midranks(y));
}

/**
 * [Skewness](http://en.wikipedia.org/wiki/Skewness) is
 * a measure of the extent to which a probability distribution of a
 * real-valued random variable "leans" to one side of the mean.
 * The skewness value can be positive or negative, or even undefined.
 *
 * Implementation is based on the adjusted Fisher-Pearson standardized
 * moment coefficient, which is the version found in Excel and several
 * statistical packages including Minitab, SAS and SPSS.
 *
 * Pass `biased` to opt into the biased coefficient instead, which is the
 * population moment ratio `m3 / m2^(3/2)`. That is what R reports and what
 * scipy returns by default; the adjusted coefficient above is scipy's
 * `bias=False`. The two differ by a factor of `sqrt(n * (n - 1)) / (n - 2)`.
 *
 * @since 4.1.0
 * @param {Array<number>} x a sample of 3 or more data points
 * @param {boolean} [biased=false] if true, return the biased coefficient
 * @returns {number} sample skewness
 * @throws {Error} if x has length less than 3
 * @example
 * sampleSkewness([2, 4, 6, 3, 1]); // => 0.590128656384365
 * sampleSkewness([2, 4, 6, 3, 1], true); // => 0.3958703373438167
 */
function sampleSkewness(x, biased) {
    if ( biased === void 0 ) biased = false;

    if (x.length < 3) {
        throw new Error("sampleSkewness requires at least three data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var sumSquaredDeviations = 0;
    var sumCubedDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        tempValue = x[i] - meanValue;
        sumSquaredDeviations += tempValue * tempValue;
        sumCubedDeviations += tempValue * tempValue * tempValue;
    }

    var n = x.length;

    if (biased) {
        // The population moments, without Bessel's correction: the biased
        // coefficient is the third central moment over the second raised
        // to three halves.
        var secondCentralMoment = sumSquaredDeviations / n;
        var thirdCentralMoment = sumCubedDeviations / n;

        return thirdCentralMoment / Math.pow(secondCentralMoment, 3 / 2);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    var theSampleStandardDeviation = Math.sqrt(
        sumSquaredDeviations / besselsCorrection
    );

    var cubedS = Math.pow(theSampleStandardDeviation, 3);

    return (n * sumCubedDeviations) / ((n - 1) * (n - 2) * cubedS);
}

/**
 * Sampling with replacement is a type of sampling that allows the same
 * item to be picked out of a population more than once.
 *
 * @param {Array<*>} x an array of any kind of value
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} n sampled items from the population
 * @example
 * var values = [1, 2, 3, 4];
 * sampleWithReplacement(values, 2); // returns 2 random values, like [2, 4];
 */
function sampleWithReplacement(x, n, randomSource) {
    if (x.length === 0) {
        return [];
    }

    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    var length = x.length;
    var sample = [];

    for (var i = 0; i < n; i++) {
        var index = Math.floor(randomSource() * length);

        sample.push(x[index]);
    }

    return sample;
}

/**
 * The [root mean square](https://en.wikipedia.org/wiki/Root_mean_square)
 * computed by scaling, which is an equivalent way of computing
 * `rootMeanSquare` suitable for values whose squares leave floating point
 * range.
 *
 * `rootMeanSquare` sums the squares directly, so it returns `Infinity` once
 * a value exceeds about 1e154 and `0` once every value falls below about
 * 1e-162. This function divides through by the largest magnitude first, so
 * the squares it sums are all at most one.
 *
 * It runs in `O(n)`, linear time, with respect to the length of the array,
 * in two passes rather than one.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * scaledRootMeanSquare([-1, 1, -1, 1]); // => 1
 * scaledRootMeanSquare([1e200, 2e200, 3e200]); // => 2.1602468994692866e+200
 */
function scaledRootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error(
            "scaledRootMeanSquare requires at least one data point"
        );
    }

    var max = 0;
    for (var i = 0; i < x.length; i++) {
        var magnitude = Math.abs(x[i]);
        max = Math.max(max, magnitude);
    }

    // Every value is zero, and the division below would be 0 / 0.
    if (max === 0) {
        return 0;
    }

    // An infinite or missing largest value cannot be scaled away, and
    // dividing by it would turn the result into NaN. Report it as
    // `rootMeanSquare` does.
    if (!Number.isFinite(max)) {
        return max;
    }

    var sumOfSquares = 0;
    for (var i$1 = 0; i$1 < x.length; i$1++) {
        var scaled = x[i$1] / max;
        sumOfSquares += scaled * scaled;
    }

    return max * Math.sqrt(sumOfSquares / x.length);
}

/**
 * The [variance](http://en.wikipedia.org/wiki/Variance)
 * is the sum of squared deviations from the mean.
 *
 * This is an implementation of variance, not sample variance:
 * see the `sampleVariance` method if you want a sample measure.
 *
 * @param {Array<number>} x a population of one or more data points
 * @returns {number} variance: a value greater than or equal to zero.
 * zero indicates that all values are identical.
 * @throws {Error} if x's length is 0
 * @example
 * variance([1, 2, 3, 4, 5, 6]); // => 2.9166666666666665
 */
function variance(x) {
    if (x.length === 0) {
        throw new Error("variance requires at least one data point");
    }

    // Find the mean of squared deviations between the
    // mean value and each value.
    return sumNthPowerDeviations(x, 2) / x.length;
}

/**
 * The [standard deviation](http://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the variance. This is also known as the population
 * standard deviation. It's useful for measuring the amount
 * of variation or dispersion in a set of values.
 *
 * Standard deviation is only appropriate for full-population knowledge: for
 * samples of a population, {@link sampleStandardDeviation} is
 * more appropriate.
 *
 * @param {Array<number>} x input
 * @returns {number} standard deviation
 * @example
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // => 4
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // => 2
 */
function standardDeviation(x) {
    if (x.length === 1) {
        return 0;
    }
    var v = variance(x);
    return Math.sqrt(v);
}

/**
 * When removing a value from a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the value to remove.
 *
 * @since 3.0.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} value the value to remove
 * @returns {number} the new mean
 *
 * @example
 * subtractFromMean(20.5, 6, 53); // => 14
 */
function subtractFromMean(mean, n, value) {
    return (mean * n - value) / (n - 1);
}

/**
 * This is to compute [a one-sample t-test](https://en.wikipedia.org/wiki/Student%27s_t-test#One-sample_t-test), comparing the mean
 * of a sample to a known value, x.
 *
 * in this case, we're trying to determine whether the
 * population mean is equal to the value that we know, which is `x`
 * here. Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {number} expectedValue expected value of the population mean
 * @returns {number} value
 * @example
 * tTest([1, 2, 3, 4, 5, 6], 3.385).toFixed(2); // => '0.16'
 */
function tTest(x, expectedValue) {
    // The mean of the sample
    var sampleMean = mean(x);

    // The standard deviation of the sample
    var sd = standardDeviation(x);

    // Square root the length of the sample
    var rootN = Math.sqrt(x.length);

    // returning the t value
    return (sampleMean - expectedValue) / (sd / rootN);
}

/**
 * This is to compute [two sample t-test](http://en.wikipedia.org/wiki/Student's_t-test).
 * Tests whether "mean(X)-mean(Y) = difference", (
 * in the most common case, we often have `difference == 0` to test if two samples
 * are likely to be taken from populations with the same mean value) with
 * no prior knowledge on standard deviations of both samples
 * other than the fact that they have the same standard deviation.
 *
 * Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * `diff` can be omitted if it equals 0.
 *
 * [This is used to reject](https://en.wikipedia.org/wiki/Exclusion_of_the_null_hypothesis)
 * a null hypothesis that the two populations that have been sampled into
 * `sampleX` and `sampleY` are equal to each other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @param {number} [difference=0]
 * @returns {number|null} test result
 *
 * @example
 * tTestTwoSample([1, 2, 3, 4], [3, 4, 5, 6], 0); // => -2.1908902300206643
 */
function tTestTwoSample(sampleX, sampleY, difference) {
    var n = sampleX.length;
    var m = sampleY.length;

    // If either sample doesn't actually have any values, we can't
    // compute this at all, so we return `null`.
    if (!n || !m) {
        return null;
    }

    // default difference (mu) is zero
    if (!difference) {
        difference = 0;
    }

    var meanX = mean(sampleX);
    var meanY = mean(sampleY);
    var sampleVarianceX = sampleVariance(sampleX);
    var sampleVarianceY = sampleVariance(sampleY);

    if (
        typeof meanX === "number" &&
        typeof meanY === "number" &&
        typeof sampleVarianceX === "number" &&
        typeof sampleVarianceY === "number"
    ) {
        var weightedVariance =
            ((n - 1) * sampleVarianceX + (m - 1) * sampleVarianceY) /
            (n + m - 2);

        return (
            (meanX - meanY - difference) /
            Math.sqrt(weightedVariance * (1 / n + 1 / m))
        );
    }
}

/**
 * Validate values and weights for weighted statistics and return the total
 * weight.
 *
 * @param {Array<number>} x input values
 * @param {Array<number>} weights weights for each input value
 * @param {string} name function name for error messages
 * @returns {number} total weight
 * @private
 */
function validateWeightedInput(x, weights, name) {
    if (x.length === 0) {
        throw new Error((name + " requires at least one data point"));
    }

    if (x.length !== weights.length) {
        throw new Error(
            (name + " requires values and weights to be the same length")
        );
    }

    var totalWeight = 0;

    for (var i = 0; i < weights.length; i++) {
        if (weights[i] < 0) {
            throw new Error((name + " requires weights to be non-negative"));
        }

        totalWeight += weights[i];
    }

    if (totalWeight === 0) {
        throw new Error((name + " requires at least one positive weight"));
    }

    return totalWeight;
}

/**
 * [Weighted least squares](https://en.wikipedia.org/wiki/Weighted_least_squares)
 * fits a line through a set of coordinates in which some observations count
 * for more than others, which is what R's `lm()` does when given a `weights`
 * argument. `linearRegression` is the special case where every weight is
 * equal.
 *
 * A weight of zero drops its observation from the fit. Weights are relative,
 * so scaling all of them by the same factor leaves the line unchanged.
 *
 * @param {Array<Array<number>>} data an array of two-element arrays,
 * like `[[0, 1], [2, 3]]`
 * @param {Array<number>} weights weight for each coordinate
 * @returns {Object} object containing slope and intersect of regression line
 * @throws {Error} if data is empty, weights is a different length than data,
 * all weights are zero, or a weight is negative
 * @example
 * weightedLinearRegression([[0, 0], [1, 1], [2, 2]], [1, 1, 1]); // => { m: 1, b: 0 }
 */
function weightedLinearRegression(data, weights) {
    var totalWeight = validateWeightedInput(
        data,
        weights,
        "weightedLinearRegression"
    );

    // With one point the slope is unconstrained, so match `linearRegression`
    // and take the horizontal line through it.
    if (data.length === 1) {
        return { m: 0, b: data[0][1] };
    }

    // The weighted means of x and y. Centering on them before accumulating
    // the cross products keeps the sums small when the coordinates are not.
    var sumWeightedX = 0;
    var sumWeightedY = 0;
    for (var i = 0; i < data.length; i++) {
        sumWeightedX += weights[i] * data[i][0];
        sumWeightedY += weights[i] * data[i][1];
    }
    var meanX = sumWeightedX / totalWeight;
    var meanY = sumWeightedY / totalWeight;

    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < data.length; i$1++) {
        var deviationX = data[i$1][0] - meanX;
        sumXY += weights[i$1] * deviationX * (data[i$1][1] - meanY);
        sumXX += weights[i$1] * deviationX * deviationX;
    }

    var m = sumXY / sumXX;

    return { m: m, b: meanY - m * meanX };
}

/**
 * The [weighted mean](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean),
 * _also known as weighted average_, is the sum of each value multiplied by its
 * weight, divided by the total weight.
 *
 * The weighted values are accumulated with the same
 * [Kahan-Babuska](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf)
 * correction that {@link sum} uses, so that terms which cancel do not lose
 * precision. The correction is applied in a single pass, without building an
 * intermediate array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted mean
 * @example
 * weightedMean([80, 90, 100], [1, 1, 2]); // => 92.5
 */
function weightedMean(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedMean");

    var weightedSum = x[0] * weights[0];
    var correction = 0;
    var transition;
    var value;

    for (var i = 1; i < x.length; i++) {
        value = x[i] * weights[i];
        transition = weightedSum + value;

        if (Math.abs(weightedSum) >= Math.abs(value)) {
            correction += weightedSum - transition + value;
        } else {
            correction += value - transition + weightedSum;
        }

        weightedSum = transition;
    }

    return (weightedSum + correction) / totalWeight;
}

/**
 * The weighted quantile is the value whose cumulative weight reaches the
 * requested probability.
 *
 * This implementation sorts value/weight pairs by value, then returns the
 * first value where cumulative weight is greater than or equal to `p` times the
 * total weight. When p is an array, the result is also an array containing the
 * appropriate weighted quantiles in input order.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, a weight is negative, or p is outside of the range from 0 to 1
 * @returns {number} weighted quantile
 * @example
 * weightedQuantile([1, 2, 3], [1, 1, 2], 0.5); // => 2
 */
function weightedQuantile(x, weights, p) {
    var totalWeight = validateWeightedInput(x, weights, "weightedQuantile");
    var sorted = [];

    for (var i = 0; i < x.length; i++) {
        sorted.push([x[i], weights[i]]);
    }

    sorted.sort(compareValue);

    if (Array.isArray(p)) {
        var results = [];

        for (var i$1 = 0; i$1 < p.length; i$1++) {
            results[i$1] = weightedQuantileSorted(sorted, totalWeight, p[i$1]);
        }

        return results;
    }

    return weightedQuantileSorted(sorted, totalWeight, p);
}

function weightedQuantileSorted(sorted, totalWeight, p) {
    if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    }

    if (p === 0) {
        return sorted[0][0];
    }

    var threshold = p * totalWeight;
    var cumulativeWeight = 0;

    for (var i = 0; i < sorted.length; i++) {
        cumulativeWeight += sorted[i][1];

        if (cumulativeWeight >= threshold) {
            return sorted[i][0];
        }
    }

    return sorted[sorted.length - 1][0];
}

function compareValue(a, b) {
    return a[0] - b[0];
}

/**
 * The [weighted variance](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean#Weighted_sample_variance)
 * is the average weighted squared deviation from the weighted mean.
 *
 * This is a population weighted variance: see the `variance` method for the
 * unweighted population variance.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted variance
 * @example
 * weightedVariance([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 4
 */
function weightedVariance(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedVariance");
    var mean = weightedMean(x, weights);
    var weightedSumSquaredDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        var deviation = x[i] - mean;
        weightedSumSquaredDeviations += weights[i] * deviation * deviation;
    }

    return weightedSumSquaredDeviations / totalWeight;
}

/**
 * The [weighted standard deviation](https://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the weighted variance.
 *
 * This is a population weighted standard deviation.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted standard deviation
 * @example
 * weightedStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 2
 */
function weightedStandardDeviation(x, weights) {
    return Math.sqrt(weightedVariance(x, weights));
}

/**
 * This function calculates the Wilcoxon rank sum statistic for the first sample
 * with respect to the second. The Wilcoxon rank sum test is a non-parametric
 * alternative to the t-test which is equivalent to the
 * [Mann-Whitney U test](https://en.wikipedia.org/wiki/Mann%E2%80%93Whitney_U_test).
 * The statistic is calculated by pooling all the observations together, ranking them,
 * and then summing the ranks associated with one of the samples. If this rank sum is
 * sufficiently large or small we reject the hypothesis that the two samples come
 * from the same distribution in favor of the alternative that one is shifted with
 * respect to the other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @returns {number} rank sum for sampleX
 *
 * @example
 * wilcoxonRankSum([1, 4, 8], [9, 12, 15]); // => 6
 */
function wilcoxonRankSum(sampleX, sampleY) {
    if (!sampleX.length || !sampleY.length) {
        throw new Error("Neither sample can be empty");
    }

    var pooledSamples = sampleX
        .map(function (x) { return ({ label: "x", value: x }); })
        .concat(sampleY.map(function (y) { return ({ label: "y", value: y }); }))
        .sort(function (a, b) { return a.value - b.value; });

    for (var rank = 0; rank < pooledSamples.length; rank++) {
        pooledSamples[rank].rank = rank;
    }

    var tiedRanks = [pooledSamples[0].rank];
    for (var i = 1; i < pooledSamples.length; i++) {
        if (pooledSamples[i].value === pooledSamples[i - 1].value) {
            tiedRanks.push(pooledSamples[i].rank);
            if (i === pooledSamples.length - 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
        } else {
            if (tiedRanks.length > 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
            tiedRanks = [pooledSamples[i].rank];
        }
    }

    function replaceRanksInPlace(pooledSamples, tiedRanks) {
        var average = (tiedRanks[0] + tiedRanks[tiedRanks.length - 1]) / 2;
        for (var i = 0; i < tiedRanks.length; i++) {
            pooledSamples[tiedRanks[i]].rank = average;
        }
    }

    var rankSum = 0;

    for (var i$1 = 0; i$1 < pooledSamples.length; i$1++) {
        var sample = pooledSamples[i$1];
        if (sample.label === "x") {
            rankSum += sample.rank + 1;
        }
    }

    return rankSum;
}

/**
 * We use `ε`, epsilon, as a stopping criterion when we want to iterate
 * until we're "close enough". Epsilon is a very small number: for
 * simple statistics, that number is **0.0001**
 *
 * This is used in calculations like the binomialDistribution, in which
 * the process of finding a value is [iterative](https://en.wikipedia.org/wiki/Iterative_method):
 * it progresses until it is close enough.
 *
 * Below is an example of using epsilon in [gradient descent](https://en.wikipedia.org/wiki/Gradient_descent),
 * where we're trying to find a local minimum of a function's derivative,
 * given by the `fDerivative` method.
 *
 * @example
 * // From calculation, we expect that the local minimum occurs at x=9/4
 * var x_old = 0;
 * // The algorithm starts at x=6
 * var x_new = 6;
 * var stepSize = 0.01;
 *
 * function fDerivative(x) {
 *   return 4 * Math.pow(x, 3) - 9 * Math.pow(x, 2);
 * }
 *
 * // The loop runs until the difference between the previous
 * // value and the current value is smaller than epsilon - a rough
 * // meaure of 'close enough'
 * while (Math.abs(x_new - x_old) > ss.epsilon) {
 *   x_old = x_new;
 *   x_new = x_old - stepSize * fDerivative(x_old);
 * }
 *
 * console.log('Local minimum occurs at', x_new);
 */
var epsilon = 0.0001;

/**
 * Relative error.
 *
 * This is more difficult to calculate than it first appears [1,2].  The usual
 * formula for the relative error between an actual value A and an expected
 * value E is `|(A-E)/E|`, but:
 *
 * 1. If the expected value is 0, any other value has infinite relative error,
 *    which is counter-intuitive: if the expected voltage is 0, getting 1/10th
 *    of a volt doesn't feel like an infinitely large error.
 *
 * 2. This formula does not satisfy the mathematical definition of a metric [3].
 *    [4] solved this problem by defining the relative error as `|ln(|A/E|)|`,
 *    but that formula only works if all values are positive: for example, it
 *    reports the relative error of -10 and 10 as 0.
 *
 * Our implementation sticks with convention and returns:
 *
 * - 0 if the actual and expected values are both zero
 * - Infinity if the actual value is non-zero and the expected value is zero
 * - `|(A-E)/E|` in all other cases
 *
 * [1] https://math.stackexchange.com/questions/677852/how-to-calculate-relative-error-when-true-value-is-zero
 * [2] https://en.wikipedia.org/wiki/Relative_change_and_difference
 * [3] https://en.wikipedia.org/wiki/Metric_(mathematics)#Definition
 * [4] F.W.J. Olver: "A New Approach to Error Arithmetic." SIAM Journal on
 *     Numerical Analysis, 15(2), 1978, 10.1137/0715024.
 *
 * @param {number} actual The actual value.
 * @param {number} expected The expected value.
 * @return {number} The relative error.
 */
function relativeError(actual, expected) {
    // These lines are actually covered by tests, but it seems
    // like c8 has a bug that marks them as not covered.
    /* c8 ignore start */
    if (actual === 0 && expected === 0) {
        return 0;
    }
    /* c8 ignore end */
    return Math.abs((actual - expected) / expected);
}

/**
 * Approximate equality.
 *
 * @param {number} actual The value to be tested.
 * @param {number} expected The reference value.
 * @param {number} [tolerance=epsilon] The acceptable relative difference.
 * @return {boolean} Whether numbers are within tolerance.
 */
function approxEqual(actual, expected, tolerance) {
    if ( tolerance === void 0 ) tolerance = epsilon;

    return relativeError(actual, expected) <= tolerance;
}

/**
 * [Bayesian Classifier](http://en.wikipedia.org/wiki/Naive_Bayes_classifier)
 *
 * This is a naïve bayesian classifier that takes
 * singly-nested objects.
 *
 * @class
 * @example
 * var bayes = new BayesianClassifier();
 * bayes.train({
 *   species: 'Cat'
 * }, 'animal');
 * var result = bayes.score({
 *   species: 'Cat'
 * })
 * // result
 * // {
 * //   animal: 1
 * // }
 */
var BayesianClassifier = function BayesianClassifier() {
    // The number of items that are currently
    // classified in the model
    this.totalCount = 0;
    // Every item classified in the model
    this.data = {};
};

/**
 * Train the classifier with a new item, which has a single
 * dimension of Javascript literal keys and values.
 *
 * @param {Object} item an object with singly-deep properties
 * @param {string} category the category this item belongs to
 * @return {undefined} adds the item to the classifier
 */
BayesianClassifier.prototype.train = function train (item, category) {
    // If the data object doesn't have any values
    // for this category, create a new object for it.
    if (!this.data[category]) {
        this.data[category] = {};
    }

    // Iterate through each key in the item.
    for (var k in item) {
        var v = item[k];
        // Initialize the nested object `data[category][k][item[k]]`
        // with an object of keys that equal 0.
        if (this.data[category][k] === undefined) {
            this.data[category][k] = {};
        }
        if (this.data[category][k][v] === undefined) {
            this.data[category][k][v] = 0;
        }

        // And increment the key for this key/value combination.
        this.data[category][k][v]++;
    }

    // Increment the number of items classified
    this.totalCount++;
};

/**
 * Generate a score of how well this item matches all
 * possible categories based on its attributes
 *
 * @param {Object} item an item in the same format as with train
 * @returns {Object} of probabilities that this item belongs to a
 * given category.
 */
BayesianClassifier.prototype.score = function score (item) {
    // Initialize an empty array of odds per category.
    var odds = {};
    var category;
    // Iterate through each key in the item,
    // then iterate through each category that has been used
    // in previous calls to `.train()`
    for (var k in item) {
        var v = item[k];
        for (category in this.data) {
            // Create an empty object for storing key - value combinations
            // for this category, keeping combinations already collected
            // from earlier properties of the same item.
            if (odds[category] === undefined) {
                odds[category] = {};
            }

            // If this item doesn't even have a property, it counts for nothing,
            // but if it does have the property that we're looking for from
            // the item to categorize, it counts based on how popular it is
            // versus the whole population.
            if (this.data[category][k]) {
                odds[category][k + "_" + v] =
                    (this.data[category][k][v] || 0) / this.totalCount;
            } else {
                odds[category][k + "_" + v] = 0;
            }
        }
    }

    // Set up a new object that will contain sums of these odds by category
    var oddsSums = {};

    for (category in odds) {
        // Tally all of the odds for each category-combination pair -
        // the non-existence of a category does not add anything to the
        // score.
        oddsSums[category] = 0;
        for (var combination in odds[category]) {
            oddsSums[category] += odds[category][combination];
        }
    }

    return oddsSums;
};

/**
 * The [Bernoulli distribution](http://en.wikipedia.org/wiki/Bernoulli_distribution)
 * is the probability discrete
 * distribution of a random variable which takes value 1 with success
 * probability `p` and value 0 with failure
 * probability `q` = 1 - `p`. It can be used, for example, to represent the
 * toss of a coin, where "1" is defined to mean "heads" and "0" is defined
 * to mean "tails" (or vice versa). It is
 * a special case of a Binomial Distribution
 * where `n` = 1.
 *
 * @param {number} p input value, between 0 and 1 inclusive
 * @returns {number[]} values of bernoulli distribution at this point
 * @throws {Error} if p is outside 0 and 1
 * @example
 * bernoulliDistribution(0.3); // => [0.7, 0.3]
 */
function bernoulliDistribution(p) /*: number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1)
    if (p < 0 || p > 1) {
        throw new Error(
            "bernoulliDistribution requires probability to be between 0 and 1 inclusive"
        );
    }

    return [1 - p, p];
}

// Define series coefficients
var COEFFICIENTS = (/* unused pure expression or super */ null && ([
    0.99999999999999709182, 57.156235665862923517, -59.59796035547549,
    14.136097974741747174, -0.4919138160976202, 0.33994649984811888699e-4,
    0.46523628927048575665e-4, -9837447530487956e-20,
    0.15808870322491248884e-3, -21026444172410488e-20,
    0.2174396181152126432e-3, -1643181065367639e-19,
    0.84418223983852743293e-4, -26190838401581408e-21,
    0.36899182659531622704e-5
]));

var g = (/* unused pure expression or super */ null && (607 / 128));
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));

/**
 * Compute the logarithm of the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Lanczos' approximation.
 * This function takes as input any real-value n greater than 0.
 * This function is useful for values of n too large for the normal gamma function (n > 165).
 * The code is based on Lanczo's Gamma approximation, defined [here](http://my.fit.edu/~gabdo/gamma.txt).
 *
 * @param {number} n Any real number greater than zero.
 * @returns {number} The logarithm of gamma of the input value.
 *
 * @example
 * gammaln(500); // 2605.1158503617335
 * gammaln(2.4); // 0.21685932244884043
 */
function gammaln(n) {
    // Return infinity if value not in domain
    if (n <= 0) {
        return Number.POSITIVE_INFINITY;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    // Create series approximation
    var a = COEFFICIENTS[0];

    for (var i = 1; i < 15; i++) {
        a += COEFFICIENTS[i] / (n + i);
    }

    var tmp = g + 0.5 + n;

    // Return natural logarithm of gamma(n)
    return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}

/**
 * Discrete distributions are tabulated cell by cell, and the Poisson
 * distribution has no upper bound at all, so their tables need a length we can
 * still allocate. Past this, `binomialDistribution` and `poissonDistribution`
 * report a distribution they cannot produce rather than a partial one.
 */
var maxDistributionCells = 1e6;

/**
 * The [Binomial Distribution](http://en.wikipedia.org/wiki/Binomial_distribution) is the discrete probability
 * distribution of the number of successes in a sequence of n independent yes/no experiments, each of which yields
 * success with probability `probability`. Such a success/failure experiment is also called a Bernoulli experiment or
 * Bernoulli trial; when trials = 1, the Binomial Distribution is a Bernoulli Distribution.
 *
 * Returns `undefined` when the distribution cannot be calculated: either
 * argument is outside its domain or is not a number, or when `trials` is large
 * enough that the table would run past a million cells.
 *
 * @param {number} trials number of trials to simulate
 * @param {number} probability
 * @returns {number[] | undefined} output
 */
function binomialDistribution(trials, probability) /*: ?number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1),
    // that `n` is an integer, strictly positive.
    if (probability < 0 || probability > 1 || trials <= 0 || trials % 1 !== 0) {
        return undefined;
    }

    // More successes than trials are impossible, and the table cannot outgrow
    // what we can allocate.
    var lastCell = Math.min(trials, maxDistributionCells - 1);

    // The logarithms below are undefined at the ends of the probability range,
    // where the outcome is certain anyway.
    if (probability === 0) {
        return [1];
    }
    if (probability === 1) {
        if (trials > lastCell) {
            return undefined;
        }
        var certain = new Array(trials + 1).fill(0);
        certain[trials] = 1;
        return certain;
    }

    // `x` is the random variable: the number of successes. We iterate until
    // the cumulative probability is within `epsilon` of 1.0, at which point we
    // have the useful range of the distribution.
    var x = 0;
    var cumulativeProbability = 0;
    var cells = [];

    // The terms of the mass function below that do not vary with `x`
    var logTrialsFactorial = gammaln(trials + 1);
    var logProbability = Math.log(probability);
    // `log1p` rather than `Math.log(1 - probability)`, which cancels away the
    // low digits of the complement as `probability` approaches 1.
    var log1mProbability = Math.log1p(-probability);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // A [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: the binomial coefficient and the two
        // powers each leave floating-point range long before the product they
        // form does, so computing them separately loses cells the distribution
        // needs.
        cells[x] = Math.exp(
            logTrialsFactorial -
                gammaln(x + 1) -
                gammaln(trials - x + 1) +
                x * logProbability +
                (trials - x) * log1mProbability
        );
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x <= lastCell);

    // Stopping for any other reason - a probability that is not a number, or
    // more trials than the table can hold - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * [Sign](https://en.wikipedia.org/wiki/Sign_function) is a function
 * that extracts the sign of a real number
 *
 * @param {number} x input value
 * @returns {number} sign value either 1, 0 or -1
 * @throws {TypeError} if the input argument x is not a number
 * @private
 *
 * @example
 * sign(2); // => 1
 */
function sign(x) {
    if (typeof x === "number") {
        if (x < 0) {
            return -1;
        } else if (x === 0) {
            return 0;
        } else {
            return 1;
        }
    } else {
        throw new TypeError("not a number");
    }
}

/**
 * [Bisection method](https://en.wikipedia.org/wiki/Bisection_method) is a root-finding
 * method that repeatedly bisects an interval to find the root.
 *
 * This function returns a numerical approximation to the exact value.
 *
 * @param {Function} func input function
 * @param {number} start - start of interval
 * @param {number} end - end of interval
 * @param {number} maxIterations - the maximum number of iterations
 * @param {number} errorTolerance - the error tolerance
 * @returns {number} estimated root value
 * @throws {TypeError} Argument func must be a function
 *
 * @example
 * bisect(Math.cos,0,4,100,0.003); // => 1.572265625
 */
function bisect(func, start, end, maxIterations, errorTolerance) {
    if (typeof func !== "function")
        { throw new TypeError("func must be a function"); }

    for (var i = 0; i < maxIterations; i++) {
        var output = (start + end) / 2;

        if (
            func(output) === 0 ||
            Math.abs((end - start) / 2) < errorTolerance
        ) {
            return output;
        }

        if (sign(func(output)) === sign(func(start))) {
            start = output;
        } else {
            end = output;
        }
    }

    throw new Error("maximum number of iterations exceeded");
}

/**
 * **Percentage Points of the χ2 (Chi-Squared) Distribution**
 *
 * The [χ2 (Chi-Squared) Distribution](http://en.wikipedia.org/wiki/Chi-squared_distribution) is used in the common
 * chi-squared tests for goodness of fit of an observed distribution to a theoretical one, the independence of two
 * criteria of classification of qualitative data, and in confidence interval estimation for a population standard
 * deviation of a normal distribution from a sample standard deviation.
 *
 * Values from Appendix 1, Table III of William W. Hines & Douglas C. Montgomery, "Probability and Statistics in
 * Engineering and Management Science", Wiley (1980).
 */
var chiSquaredDistributionTable = {
    1: {
        0.995: 0,
        0.99: 0,
        0.975: 0,
        0.95: 0,
        0.9: 0.02,
        0.5: 0.45,
        0.1: 2.71,
        0.05: 3.84,
        0.025: 5.02,
        0.01: 6.63,
        0.005: 7.88
    },
    2: {
        0.995: 0.01,
        0.99: 0.02,
        0.975: 0.05,
        0.95: 0.1,
        0.9: 0.21,
        0.5: 1.39,
        0.1: 4.61,
        0.05: 5.99,
        0.025: 7.38,
        0.01: 9.21,
        0.005: 10.6
    },
    3: {
        0.995: 0.07,
        0.99: 0.11,
        0.975: 0.22,
        0.95: 0.35,
        0.9: 0.58,
        0.5: 2.37,
        0.1: 6.25,
        0.05: 7.81,
        0.025: 9.35,
        0.01: 11.34,
        0.005: 12.84
    },
    4: {
        0.995: 0.21,
        0.99: 0.3,
        0.975: 0.48,
        0.95: 0.71,
        0.9: 1.06,
        0.5: 3.36,
        0.1: 7.78,
        0.05: 9.49,
        0.025: 11.14,
        0.01: 13.28,
        0.005: 14.86
    },
    5: {
        0.995: 0.41,
        0.99: 0.55,
        0.975: 0.83,
        0.95: 1.15,
        0.9: 1.61,
        0.5: 4.35,
        0.1: 9.24,
        0.05: 11.07,
        0.025: 12.83,
        0.01: 15.09,
        0.005: 16.75
    },
    6: {
        0.995: 0.68,
        0.99: 0.87,
        0.975: 1.24,
        0.95: 1.64,
        0.9: 2.2,
        0.5: 5.35,
        0.1: 10.65,
        0.05: 12.59,
        0.025: 14.45,
        0.01: 16.81,
        0.005: 18.55
    },
    7: {
        0.995: 0.99,
        0.99: 1.24,
        0.975: 1.69,
        0.95: 2.17,
        0.9: 2.83,
        0.5: 6.35,
        0.1: 12.02,
        0.05: 14.07,
        0.025: 16.01,
        0.01: 18.48,
        0.005: 20.28
    },
    8: {
        0.995: 1.34,
        0.99: 1.65,
        0.975: 2.18,
        0.95: 2.73,
        0.9: 3.49,
        0.5: 7.34,
        0.1: 13.36,
        0.05: 15.51,
        0.025: 17.53,
        0.01: 20.09,
        0.005: 21.96
    },
    9: {
        0.995: 1.73,
        0.99: 2.09,
        0.975: 2.7,
        0.95: 3.33,
        0.9: 4.17,
        0.5: 8.34,
        0.1: 14.68,
        0.05: 16.92,
        0.025: 19.02,
        0.01: 21.67,
        0.005: 23.59
    },
    10: {
        0.995: 2.16,
        0.99: 2.56,
        0.975: 3.25,
        0.95: 3.94,
        0.9: 4.87,
        0.5: 9.34,
        0.1: 15.99,
        0.05: 18.31,
        0.025: 20.48,
        0.01: 23.21,
        0.005: 25.19
    },
    11: {
        0.995: 2.6,
        0.99: 3.05,
        0.975: 3.82,
        0.95: 4.57,
        0.9: 5.58,
        0.5: 10.34,
        0.1: 17.28,
        0.05: 19.68,
        0.025: 21.92,
        0.01: 24.72,
        0.005: 26.76
    },
    12: {
        0.995: 3.07,
        0.99: 3.57,
        0.975: 4.4,
        0.95: 5.23,
        0.9: 6.3,
        0.5: 11.34,
        0.1: 18.55,
        0.05: 21.03,
        0.025: 23.34,
        0.01: 26.22,
        0.005: 28.3
    },
    13: {
        0.995: 3.57,
        0.99: 4.11,
        0.975: 5.01,
        0.95: 5.89,
        0.9: 7.04,
        0.5: 12.34,
        0.1: 19.81,
        0.05: 22.36,
        0.025: 24.74,
        0.01: 27.69,
        0.005: 29.82
    },
    14: {
        0.995: 4.07,
        0.99: 4.66,
        0.975: 5.63,
        0.95: 6.57,
        0.9: 7.79,
        0.5: 13.34,
        0.1: 21.06,
        0.05: 23.68,
        0.025: 26.12,
        0.01: 29.14,
        0.005: 31.32
    },
    15: {
        0.995: 4.6,
        0.99: 5.23,
        0.975: 6.27,
        0.95: 7.26,
        0.9: 8.55,
        0.5: 14.34,
        0.1: 22.31,
        0.05: 25,
        0.025: 27.49,
        0.01: 30.58,
        0.005: 32.8
    },
    16: {
        0.995: 5.14,
        0.99: 5.81,
        0.975: 6.91,
        0.95: 7.96,
        0.9: 9.31,
        0.5: 15.34,
        0.1: 23.54,
        0.05: 26.3,
        0.025: 28.85,
        0.01: 32,
        0.005: 34.27
    },
    17: {
        0.995: 5.7,
        0.99: 6.41,
        0.975: 7.56,
        0.95: 8.67,
        0.9: 10.09,
        0.5: 16.34,
        0.1: 24.77,
        0.05: 27.59,
        0.025: 30.19,
        0.01: 33.41,
        0.005: 35.72
    },
    18: {
        0.995: 6.26,
        0.99: 7.01,
        0.975: 8.23,
        0.95: 9.39,
        0.9: 10.87,
        0.5: 17.34,
        0.1: 25.99,
        0.05: 28.87,
        0.025: 31.53,
        0.01: 34.81,
        0.005: 37.16
    },
    19: {
        0.995: 6.84,
        0.99: 7.63,
        0.975: 8.91,
        0.95: 10.12,
        0.9: 11.65,
        0.5: 18.34,
        0.1: 27.2,
        0.05: 30.14,
        0.025: 32.85,
        0.01: 36.19,
        0.005: 38.58
    },
    20: {
        0.995: 7.43,
        0.99: 8.26,
        0.975: 9.59,
        0.95: 10.85,
        0.9: 12.44,
        0.5: 19.34,
        0.1: 28.41,
        0.05: 31.41,
        0.025: 34.17,
        0.01: 37.57,
        0.005: 40
    },
    21: {
        0.995: 8.03,
        0.99: 8.9,
        0.975: 10.28,
        0.95: 11.59,
        0.9: 13.24,
        0.5: 20.34,
        0.1: 29.62,
        0.05: 32.67,
        0.025: 35.48,
        0.01: 38.93,
        0.005: 41.4
    },
    22: {
        0.995: 8.64,
        0.99: 9.54,
        0.975: 10.98,
        0.95: 12.34,
        0.9: 14.04,
        0.5: 21.34,
        0.1: 30.81,
        0.05: 33.92,
        0.025: 36.78,
        0.01: 40.29,
        0.005: 42.8
    },
    23: {
        0.995: 9.26,
        0.99: 10.2,
        0.975: 11.69,
        0.95: 13.09,
        0.9: 14.85,
        0.5: 22.34,
        0.1: 32.01,
        0.05: 35.17,
        0.025: 38.08,
        0.01: 41.64,
        0.005: 44.18
    },
    24: {
        0.995: 9.89,
        0.99: 10.86,
        0.975: 12.4,
        0.95: 13.85,
        0.9: 15.66,
        0.5: 23.34,
        0.1: 33.2,
        0.05: 36.42,
        0.025: 39.36,
        0.01: 42.98,
        0.005: 45.56
    },
    25: {
        0.995: 10.52,
        0.99: 11.52,
        0.975: 13.12,
        0.95: 14.61,
        0.9: 16.47,
        0.5: 24.34,
        0.1: 34.38,
        0.05: 37.65,
        0.025: 40.65,
        0.01: 44.31,
        0.005: 46.93
    },
    26: {
        0.995: 11.16,
        0.99: 12.2,
        0.975: 13.84,
        0.95: 15.38,
        0.9: 17.29,
        0.5: 25.34,
        0.1: 35.56,
        0.05: 38.89,
        0.025: 41.92,
        0.01: 45.64,
        0.005: 48.29
    },
    27: {
        0.995: 11.81,
        0.99: 12.88,
        0.975: 14.57,
        0.95: 16.15,
        0.9: 18.11,
        0.5: 26.34,
        0.1: 36.74,
        0.05: 40.11,
        0.025: 43.19,
        0.01: 46.96,
        0.005: 49.65
    },
    28: {
        0.995: 12.46,
        0.99: 13.57,
        0.975: 15.31,
        0.95: 16.93,
        0.9: 18.94,
        0.5: 27.34,
        0.1: 37.92,
        0.05: 41.34,
        0.025: 44.46,
        0.01: 48.28,
        0.005: 50.99
    },
    29: {
        0.995: 13.12,
        0.99: 14.26,
        0.975: 16.05,
        0.95: 17.71,
        0.9: 19.77,
        0.5: 28.34,
        0.1: 39.09,
        0.05: 42.56,
        0.025: 45.72,
        0.01: 49.59,
        0.005: 52.34
    },
    30: {
        0.995: 13.79,
        0.99: 14.95,
        0.975: 16.79,
        0.95: 18.49,
        0.9: 20.6,
        0.5: 29.34,
        0.1: 40.26,
        0.05: 43.77,
        0.025: 46.98,
        0.01: 50.89,
        0.005: 53.67
    },
    40: {
        0.995: 20.71,
        0.99: 22.16,
        0.975: 24.43,
        0.95: 26.51,
        0.9: 29.05,
        0.5: 39.34,
        0.1: 51.81,
        0.05: 55.76,
        0.025: 59.34,
        0.01: 63.69,
        0.005: 66.77
    },
    50: {
        0.995: 27.99,
        0.99: 29.71,
        0.975: 32.36,
        0.95: 34.76,
        0.9: 37.69,
        0.5: 49.33,
        0.1: 63.17,
        0.05: 67.5,
        0.025: 71.42,
        0.01: 76.15,
        0.005: 79.49
    },
    60: {
        0.995: 35.53,
        0.99: 37.48,
        0.975: 40.48,
        0.95: 43.19,
        0.9: 46.46,
        0.5: 59.33,
        0.1: 74.4,
        0.05: 79.08,
        0.025: 83.3,
        0.01: 88.38,
        0.005: 91.95
    },
    70: {
        0.995: 43.28,
        0.99: 45.44,
        0.975: 48.76,
        0.95: 51.74,
        0.9: 55.33,
        0.5: 69.33,
        0.1: 85.53,
        0.05: 90.53,
        0.025: 95.02,
        0.01: 100.42,
        0.005: 104.22
    },
    80: {
        0.995: 51.17,
        0.99: 53.54,
        0.975: 57.15,
        0.95: 60.39,
        0.9: 64.28,
        0.5: 79.33,
        0.1: 96.58,
        0.05: 101.88,
        0.025: 106.63,
        0.01: 112.33,
        0.005: 116.32
    },
    90: {
        0.995: 59.2,
        0.99: 61.75,
        0.975: 65.65,
        0.95: 69.13,
        0.9: 73.29,
        0.5: 89.33,
        0.1: 107.57,
        0.05: 113.14,
        0.025: 118.14,
        0.01: 124.12,
        0.005: 128.3
    },
    100: {
        0.995: 67.33,
        0.99: 70.06,
        0.975: 74.22,
        0.95: 77.93,
        0.9: 82.36,
        0.5: 99.33,
        0.1: 118.5,
        0.05: 124.34,
        0.025: 129.56,
        0.01: 135.81,
        0.005: 140.17
    }
};

/**
 * The [χ2 (Chi-Squared) Goodness-of-Fit Test](http://en.wikipedia.org/wiki/Goodness_of_fit#Pearson.27s_chi-squared_test)
 * uses a measure of goodness of fit which is the sum of differences between observed and expected outcome frequencies
 * (that is, counts of observations), each squared and divided by the number of observations expected given the
 * hypothesized distribution. The resulting χ2 statistic, `chiSquared`, can be compared to the chi-squared distribution
 * to determine the goodness of fit. In order to determine the degrees of freedom of the chi-squared distribution, one
 * takes the total number of observed frequencies and subtracts the number of estimated parameters. The test statistic
 * follows, approximately, a chi-square distribution with (k − c) degrees of freedom where `k` is the number of non-empty
 * cells and `c` is the number of estimated parameters for the distribution.
 *
 * @param {Array<number>} data
 * @param {Function} distributionType a function that returns a point in a distribution:
 * for instance, binomial, bernoulli, or poisson
 * @param {number} significance
 * @returns {number} chi squared goodness of fit
 * @example
 * // Data from Poisson goodness-of-fit example 10-19 in William W. Hines & Douglas C. Montgomery,
 * // "Probability and Statistics in Engineering and Management Science", Wiley (1980).
 * var data1019 = [
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
 *     2, 2, 2, 2, 2, 2, 2, 2, 2,
 *     3, 3, 3, 3
 * ];
 * ss.chiSquaredGoodnessOfFit(data1019, ss.poissonDistribution, 0.05); //= false
 */
function chiSquaredGoodnessOfFit(data, distributionType, significance) {
    // Estimate from the sample data, a weighted mean.
    var inputMean = mean(data);
    // Calculated value of the χ2 statistic.
    var chiSquared = 0;
    // Number of hypothesized distribution parameters estimated, expected to be supplied in the distribution test.
    // Lose one degree of freedom for estimating `lambda` from the sample data.
    var c = 1;
    // The hypothesized distribution.
    // Generate the hypothesized distribution.
    var hypothesizedDistribution = distributionType(inputMean);
    var observedFrequencies = [];
    var expectedFrequencies = [];

    // Create an array holding a histogram from the sample data, of
    // the form `{ value: numberOfOcurrences }`
    for (var i = 0; i < data.length; i++) {
        if (observedFrequencies[data[i]] === undefined) {
            observedFrequencies[data[i]] = 0;
        }
        observedFrequencies[data[i]]++;
    }

    // The histogram we created might be sparse - there might be gaps
    // between values. So we iterate through the histogram, making
    // sure that instead of undefined, gaps have 0 values.
    for (var i$1 = 0; i$1 < observedFrequencies.length; i$1++) {
        if (observedFrequencies[i$1] === undefined) {
            observedFrequencies[i$1] = 0;
        }
    }

    // Create an array holding a histogram of expected data given the
    // sample size and hypothesized distribution.
    for (var k in hypothesizedDistribution) {
        if (k in observedFrequencies) {
            expectedFrequencies[+k] = hypothesizedDistribution[k] * data.length;
        }
    }

    if (expectedFrequencies.length === 0) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires distributionType to return a distribution for the mean of the data"
        );
    }

    // The hypothesized distribution can stop short of the largest observation,
    // leaving those observations with no expected frequency to be compared
    // against. Fold them into the last class the distribution does cover, the
    // same treatment the collapse below gives to sparse classes, so that the
    // two histograms describe the same classes.
    var lastClass = expectedFrequencies.length - 1;
    for (var k$1 = observedFrequencies.length - 1; k$1 > lastClass; k$1--) {
        observedFrequencies[lastClass] += observedFrequencies[k$1];
        observedFrequencies.pop();
    }

    // Working backward through the expected frequencies, collapse classes
    // if less than three observations are expected for a class.
    // This transformation is applied to the observed frequencies as well.
    // The class that was merged is the one that has to go: popping instead
    // drops the last class, which is only the same thing until a class is
    // large enough to keep. The first class is left alone, since there is no
    // class before it to collapse it into.
    for (var k$2 = expectedFrequencies.length - 1; k$2 >= 1; k$2--) {
        if (expectedFrequencies[k$2] < 3) {
            expectedFrequencies[k$2 - 1] += expectedFrequencies[k$2];
            expectedFrequencies.splice(k$2, 1);

            observedFrequencies[k$2 - 1] += observedFrequencies[k$2];
            observedFrequencies.splice(k$2, 1);
        }
    }

    // Iterate through the squared differences between observed & expected
    // frequencies, accumulating the `chiSquared` statistic.
    for (var k$3 = 0; k$3 < observedFrequencies.length; k$3++) {
        chiSquared +=
            Math.pow(observedFrequencies[k$3] - expectedFrequencies[k$3], 2) /
            expectedFrequencies[k$3];
    }

    if (!Number.isFinite(chiSquared)) {
        throw new Error(
            "chiSquaredGoodnessOfFit could not compute a test statistic for this data and distribution"
        );
    }

    // Calculate degrees of freedom for this test and look it up in the
    // `chiSquaredDistributionTable` in order to
    // accept or reject the goodness-of-fit of the hypothesized distribution.
    // Degrees of freedom, calculated as (number of class intervals -
    // number of hypothesized distribution parameters estimated - 1)
    var degreesOfFreedom = observedFrequencies.length - c - 1;
    if (degreesOfFreedom < 1) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires more data: the classes that survive collapsing leave no degrees of freedom"
        );
    }

    var criticalValues = chiSquaredDistributionTable[degreesOfFreedom];
    if (criticalValues === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical values tabulated for " + degreesOfFreedom + " degrees of freedom")
        );
    }
    if (criticalValues[significance] === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical value tabulated for a significance of " + significance)
        );
    }

    return criticalValues[significance] < chiSquared;
}

/**
 * **[Logistic Cumulative Distribution Function](https://en.wikipedia.org/wiki/Logistic_distribution)**
 *
 * @param {number} x
 * @returns {number} cumulative standard logistic probability
 */
function cumulativeStdLogisticProbability(x) {
    return 1 / (Math.exp(-x) + 1);
}

var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);

function cumulativeDistribution(z) {
    var sum = z;
    var tmp = z;

    // The series converges more slowly as z grows: 15 terms fall short of
    // 4-digit precision above z = 2.9. 30 terms converge across the whole
    // domain of the table below, which ends at z = 3.09.
    for (var i = 1; i < 30; i++) {
        tmp *= (z * z) / (2 * i + 1);
        sum += tmp;
    }
    return (
        Math.round((0.5 + (sum / SQRT_2PI$1) * Math.exp((-z * z) / 2)) * 1e4) /
        1e4
    );
}

/**
 * A standard normal table, also called the unit normal table or Z table,
 * is a mathematical table for the values of Φ (phi), which are the values of
 * the [cumulative distribution function](https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function)
 * of the normal distribution. It is used to find the probability that a
 * statistic is observed below, above, or between values on the standard
 * normal distribution, and by extension, any normal distribution.
 */
var standardNormalTable = [];

for (var z = 0; z <= 3.09; z += 0.01) {
    standardNormalTable.push(cumulativeDistribution(z));
}

/**
 * **[Cumulative Standard Normal Probability](http://en.wikipedia.org/wiki/Standard_normal_table)**
 *
 * Since probability tables cannot be
 * printed for every normal distribution, as there are an infinite variety
 * of normal distributions, it is common practice to convert a normal to a
 * standard normal and then use the standard normal table to find probabilities.
 *
 * You can use `.5 + .5 * errorFunction(x / Math.sqrt(2))` to calculate the probability
 * instead of looking it up in a table.
 *
 * @param {number} z
 * @returns {number} cumulative standard normal probability
 */
function cumulativeStdNormalProbability(z) {
    // Calculate the position of this value.
    var absZ = Math.abs(z);
    // Each row begins with a different
    // significant digit: 0.5, 0.6, 0.7, and so on. Each value in the table
    // corresponds to a range of 0.01 in the input values, so the value is
    // multiplied by 100.
    var index = Math.min(
        Math.round(absZ * 100),
        standardNormalTable.length - 1
    );

    // The index we calculate must be in the table as a positive value,
    // but we still pay attention to whether the input is positive
    // or negative, and flip the output value as a last step.
    if (z >= 0) {
        return standardNormalTable[index];
    } else {
        // due to floating-point arithmetic, values in the table with
        // 4 significant figures can nevertheless end up as repeating
        // fractions when they're computed here.
        return Math.round((1 - standardNormalTable[index]) * 1e4) / 1e4;
    }
}

/**
 * **[Gaussian error function](http://en.wikipedia.org/wiki/Error_function)**
 *
 * The `errorFunction(x/(sd * Math.sqrt(2)))` is the probability that a value in a
 * normal distribution with standard deviation sd is within x of the mean.
 *
 * This function returns a numerical approximation to the exact value.
 * It uses Horner's method to evaluate the polynomial of τ (tau).
 *
 * @param {number} x input
 * @return {number} error estimation
 * @example
 * errorFunction(1).toFixed(2); // => '0.84'
 */
function errorFunction(x) {
    var t = 1 / (1 + 0.5 * Math.abs(x));
    var tau =
        t *
        Math.exp(
            -x * x +
                ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t -
                    1.13520398) *
                    t +
                    0.27886807) *
                    t -
                    0.18628806) *
                    t +
                    0.09678418) *
                    t +
                    0.37409196) *
                    t +
                    1.00002368) *
                    t -
                1.26551223
        );
    if (x >= 0) {
        return 1 - tau;
    } else {
        return tau - 1;
    }
}

/**
 * A [Factorial](https://en.wikipedia.org/wiki/Factorial), usually written n!, is the product of all positive
 * integers less than or equal to n. Often factorial is implemented
 * recursively, but this iterative approach is significantly faster
 * and simpler.
 *
 * @param {number} n input, must be an integer number 1 or greater
 * @returns {number} factorial: n!
 * @throws {Error} if n is less than 0 or not an integer
 * @example
 * factorial(5); // => 120
 */
function factorial(n) {
    // factorial is mathematically undefined for negative numbers
    if (n < 0) {
        throw new Error("factorial requires a non-negative value");
    }

    if (Math.floor(n) !== n) {
        throw new Error("factorial requires an integer input");
    }

    // typically you'll expand the factorial function going down, like
    // 5! = 5 * 4 * 3 * 2 * 1. This is going in the opposite direction,
    // counting from 2 up to the number in question, and since anything
    // multiplied by 1 is itself, the loop only needs to start at 2.
    var accumulator = 1;
    for (var i = 2; i <= n; i++) {
        // for each number up to and including the number `n`, multiply
        // the accumulator my that number.
        accumulator *= i;
    }
    return accumulator;
}

/**
 * Compute the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Nemes' approximation.
 * The gamma of n is equivalent to (n-1)!, but unlike the factorial function, gamma is defined for all real n except zero
 * and negative integers (where NaN is returned). Note, the gamma function is also well-defined for complex numbers,
 * though this implementation currently does not handle complex numbers as input values.
 * Nemes' approximation is defined [here](https://arxiv.org/abs/1003.6020) as Theorem 2.2.
 * Negative values use [Euler's reflection formula](https://en.wikipedia.org/wiki/Gamma_function#Properties) for computation.
 *
 * @param {number} n Any real number except for zero and negative integers.
 * @returns {number} The gamma of the input value.
 *
 * @example
 * gamma(11.5); // 11899423.083964102
 * gamma(-11.5); // 2.2957581048237436e-8
 * gamma(5); // 24
 */
// The Nemes expansion is asymptotic, so it is only accurate for large
// arguments. Below this the recurrence lifts the argument first. At 20
// the worst relative error over (0, 30] is 1.9e-13, against 1.8 for the
// expansion applied directly.
var NEMES_MIN = 20;

function gamma(n) {
    if (Number.isInteger(n)) {
        if (n <= 0) {
            // gamma not defined for zero or negative integers
            return Number.NaN;
        } else {
            // use factorial for integer inputs
            return factorial(n - 1);
        }
    }

    if (n > 0 && n < NEMES_MIN) {
        // The Nemes expansion below divides its terms by powers of
        // `n - 3/4`, so they stop shrinking once the argument is small
        // and the series is worthless there: gamma(1.01) came back as
        // 1.8 times its true value. Arguments in (0, 1) additionally
        // recursed forever through the reflection branch, because the
        // reflected argument stayed in (0, 1) and never reached the
        // expansion at all.
        //
        // Lift into the range where the expansion converges, using the
        // recurrence gamma(n) = gamma(n + 1) / n.
        return gamma(n + 1) / n;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    if (n < 0) {
        // Use Euler's reflection formula for negative inputs
        // see:  https://en.wikipedia.org/wiki/Gamma_function#Properties
        return Math.PI / (Math.sin(Math.PI * -n) * gamma(-n));
    } else {
        // Nemes' expansion approximation
        var seriesCoefficient =
            Math.pow(n / Math.E, n) * Math.sqrt(2 * Math.PI * (n + 1 / 6));

        var seriesDenom = n + 1 / 4;

        var seriesExpansion =
            1 +
            1 / 144 / Math.pow(seriesDenom, 2) -
            1 / 12960 / Math.pow(seriesDenom, 3) -
            257 / 207360 / Math.pow(seriesDenom, 4) -
            52 / 2612736 / Math.pow(seriesDenom, 5) +
            5741173 / 9405849600 / Math.pow(seriesDenom, 6) +
            37529 / 18811699200 / Math.pow(seriesDenom, 7);

        return seriesCoefficient * seriesExpansion;
    }
}

/**
 * The Inverse [Gaussian error function](http://en.wikipedia.org/wiki/Error_function)
 * returns a numerical approximation to the value that would have caused
 * `errorFunction()` to return x.
 *
 * @param {number} x value of error function
 * @returns {number} estimated inverted value
 */
function inverseErrorFunction(x) {
    var a = (8 * (Math.PI - 3)) / (3 * Math.PI * (4 - Math.PI));

    var inv = Math.sqrt(
        Math.sqrt(
            Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) -
                Math.log(1 - x * x) / a
        ) -
            (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
    );

    if (x >= 0) {
        return inv;
    } else {
        return -inv;
    }
}

/**
 * Calculate Euclidean distance between two points.
 * @param {Array<number>} left First N-dimensional point.
 * @param {Array<number>} right Second N-dimensional point.
 * @returns {number} Distance.
 */
function euclideanDistance(left, right) {
    var sum = 0;
    for (var i = 0; i < left.length; i++) {
        var diff = left[i] - right[i];
        sum += diff * diff;
    }
    return Math.sqrt(sum);
}

/**
 * @typedef {Object} kMeansReturn
 * @property {Array<number>} labels The labels.
 * @property {Array<Array<number>>} centroids The cluster centroids.
 */

/**
 * Perform k-means clustering.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points to be clustered.
 * @param {number} numCluster How many clusters to create.
 * @param {Function} randomSource An optional entropy source that generates uniform values in [0, 1).
 * @return {kMeansReturn} Labels (same length as data) and centroids (same length as numCluster).
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 *
 * @example
 * kMeansCluster([[0.0, 0.5], [1.0, 0.5]], 2); // => {labels: [0, 1], centroids: [[0.0, 0.5], [1.0, 0.5]]}
 */
function kMeansCluster(points, numCluster, randomSource) {
    if ( randomSource === void 0 ) randomSource = Math.random;

    var oldCentroids = null;
    var newCentroids = sample(points, numCluster, randomSource);
    var labels = null;
    var change = Number.MAX_VALUE;
    while (change !== 0) {
        labels = labelPoints(points, newCentroids);
        oldCentroids = newCentroids;
        newCentroids = calculateCentroids(points, labels, numCluster);
        change = calculateChange(newCentroids, oldCentroids);
    }
    return {
        labels: labels,
        centroids: newCentroids
    };
}

/**
 * Label each point according to which centroid it is closest to.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<Array<number>>} centroids Current centroids.
 * @return {Array<number>} Group labels.
 */
function labelPoints(points, centroids) {
    return points.map(function (p) {
        var minDist = Number.MAX_VALUE;
        var label = -1;
        for (var i = 0; i < centroids.length; i++) {
            var dist = euclideanDistance(p, centroids[i]);
            if (dist < minDist) {
                minDist = dist;
                label = i;
            }
        }
        return label;
    });
}

/**
 * Calculate centroids for points given labels.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<number>} labels Which groups points belong to.
 * @param {number} numCluster Number of clusters being created.
 * @return {Array<Array<number>>} Centroid for each group.
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 */
function calculateCentroids(points, labels, numCluster) {
    // Initialize accumulators.
    var dimension = points[0].length;
    var centroids = makeMatrix(numCluster, dimension);
    var counts = Array(numCluster).fill(0);

    // Add points to centroids' accumulators and count points per centroid.
    var numPoints = points.length;
    for (var i = 0; i < numPoints; i++) {
        var point = points[i];
        var label = labels[i];
        var current = centroids[label];
        for (var j = 0; j < dimension; j++) {
            current[j] += point[j];
        }
        counts[label] += 1;
    }

    // Rescale centroids, checking for any that have no points.
    for (var i$1 = 0; i$1 < numCluster; i$1++) {
        if (counts[i$1] === 0) {
            throw new Error(("Centroid " + i$1 + " has no friends"));
        }
        var centroid = centroids[i$1];
        for (var j$1 = 0; j$1 < dimension; j$1++) {
            centroid[j$1] /= counts[i$1];
        }
    }

    return centroids;
}

/**
 * Calculate the difference between old centroids and new centroids.
 *
 * @private
 * @param {Array<Array<number>>} left One list of centroids.
 * @param {Array<Array<number>>} right Another list of centroids.
 * @return {number} Distance between centroids.
 */
function calculateChange(left, right) {
    var total = 0;
    for (var i = 0; i < left.length; i++) {
        total += euclideanDistance(left[i], right[i]);
    }
    return total;
}

var SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * [Well-known kernels](https://en.wikipedia.org/wiki/Kernel_(statistics)#Kernel_functions_in_common_use)
 * @private
 */
var kernels = {
    /**
     * The gaussian kernel.
     * @private
     */
    gaussian: function (u) {
        return Math.exp(-0.5 * u * u) / SQRT_2PI;
    }
};

/**
 * Well known bandwidth selection methods
 * @private
 */
var bandwidthMethods = {
    /**
     * The ["normal reference distribution"
     * rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html),
     * a commonly used version of [Silverman's
     * rule-of-thumb](https://en.wikipedia.org/wiki/Kernel_density_estimation#A_rule-of-thumb_bandwidth_estimator).
     * @private
     */
    nrd: function (x) {
        var s = sampleStandardDeviation(x);
        var iqr = interquartileRange(x);
        if (typeof iqr === "number") {
            s = Math.min(s, iqr / 1.34);
        }
        return 1.06 * s * Math.pow(x.length, -0.2);
    }
};

/**
 * [Kernel density estimation](https://en.wikipedia.org/wiki/Kernel_density_estimation)
 * is a useful tool for, among other things, estimating the shape of the
 * underlying probability distribution from a sample.
 *
 * @name kernelDensityEstimation
 * @param X sample values
 * @param kernel The kernel function to use. If a function is provided, it should return non-negative values and integrate to 1. Defaults to 'gaussian'.
 * @param bandwidthMethod The "bandwidth selection" method to use, or a fixed bandwidth value. Defaults to "nrd", the commonly-used ["normal reference distribution" rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html).
 * @returns {Function} An estimated [probability density function](https://en.wikipedia.org/wiki/Probability_density_function) for the given sample. The returned function runs in `O(X.length)`.
 */
function kernelDensityEstimation(X, kernel, bandwidthMethod) {
    var kernelFn;
    if (kernel === undefined) {
        kernelFn = kernels.gaussian;
    } else if (typeof kernel === "string") {
        if (!kernels[kernel]) {
            throw new Error('Unknown kernel "' + kernel + '"');
        }
        kernelFn = kernels[kernel];
    } else {
        kernelFn = kernel;
    }

    var bandwidth;
    if (typeof bandwidthMethod === "undefined") {
        bandwidth = bandwidthMethods.nrd(X);
    } else if (typeof bandwidthMethod === "string") {
        if (!bandwidthMethods[bandwidthMethod]) {
            throw new Error(
                'Unknown bandwidth method "' + bandwidthMethod + '"'
            );
        }
        bandwidth = bandwidthMethods[bandwidthMethod](X);
    } else {
        bandwidth = bandwidthMethod;
    }

    return function (x) {
        var i = 0;
        var sum = 0;
        for (i = 0; i < X.length; i++) {
            sum += kernelFn((x - X[i]) / bandwidth);
        }
        return sum / bandwidth / X.length;
    };
}

/**
 * The [Logit](https://en.wikipedia.org/wiki/Logit)
 * is the inverse of cumulativeStdLogisticProbability,
 * and is also known as the logistic quantile function.
 *
 * @param {number} p
 * @returns {number} logit
 */
function logit(p) {
    if (p <= 0 || p >= 1) {
        throw new Error("p must be strictly between zero and one");
    }
    return Math.log(p / (1 - p));
}

/**
 * **[Normal distribution](https://en.wikipedia.org/wiki/Normal_distribution)**
 *
 * Returns either the probability density or the cumulative probability of a
 * normal distribution with the given mean and standard deviation, evaluated
 * at x. It is the equivalent of the NORM.DIST function found in spreadsheet
 * software.
 *
 * The cumulative form is computed with `errorFunction`, so it is more precise
 * than converting x to a z-score and looking it up in the four-decimal
 * `standardNormalTable` used by `cumulativeStdNormalProbability`.
 *
 * @param {number} x the value for which you want the distribution
 * @param {number} mean the mean of the distribution
 * @param {number} standardDeviation the standard deviation of the distribution
 * @param {boolean} [cumulative=false] if true, return the cumulative
 * distribution function; if false, return the probability density function
 * @returns {number} the probability density at x, or the probability of a
 * value at most x
 * @throws {Error} if standardDeviation is not greater than zero
 * @example
 * normalDistribution(42, 40, 1.5, true).toFixed(4); // => '0.9088'
 * normalDistribution(42, 40, 1.5, false).toFixed(4); // => '0.1093'
 */
function normalDistribution(x, mean, standardDeviation, cumulative) {
    if ( cumulative === void 0 ) cumulative = false;

    if (standardDeviation <= 0) {
        throw new Error(
            "normalDistribution requires a standard deviation greater than zero"
        );
    }

    var standardizedX = (x - mean) / standardDeviation;

    if (cumulative) {
        return 0.5 * (1 + errorFunction(standardizedX / Math.SQRT2));
    }
    return (
        Math.exp(-0.5 * standardizedX * standardizedX) /
        (standardDeviation * Math.sqrt(2 * Math.PI))
    );
}

/**
 * This is a single-layer [Perceptron Classifier](http://en.wikipedia.org/wiki/Perceptron) that takes
 * arrays of numbers and predicts whether they should be classified
 * as either 0 or 1 (negative or positive examples).
 * @class
 * @example
 * // Create the model
 * var p = new PerceptronModel();
 * // Train the model with input with a diagonal boundary.
 * for (var i = 0; i < 5; i++) {
 *     p.train([1, 1], 1);
 *     p.train([0, 1], 0);
 *     p.train([1, 0], 0);
 *     p.train([0, 0], 0);
 * }
 * p.predict([0, 0]); // 0
 * p.predict([0, 1]); // 0
 * p.predict([1, 0]); // 0
 * p.predict([1, 1]); // 1
 */
var PerceptronModel = function PerceptronModel() {
    // The weights, or coefficients of the model;
    // weights are only populated when training with data.
    this.weights = [];
    // The bias term, or intercept; it is also a weight but
    // it's stored separately for convenience as it is always
    // multiplied by one.
    this.bias = 0;
};
/**
 * **Predict**: Use an array of features with the weight array and bias
 * to predict whether an example is labeled 0 or 1.
 *
 * @param {Array<number>} features an array of features as numbers
 * @returns {number|null} 1 if the score is over 0, otherwise 0; null if
 * the model has not been trained on feature arrays of this length
 */
PerceptronModel.prototype.predict = function predict (features) {
    // Only predict if previously trained
    // on the same size feature array(s).
    if (features.length !== this.weights.length) {
        return null;
    }

    // Calculate the sum of features times weights,
    // with the bias added (implicitly times one).
    var score = 0;
    for (var i = 0; i < this.weights.length; i++) {
        score += this.weights[i] * features[i];
    }
    score += this.bias;

    // Classify as 1 if the score is over 0, otherwise 0.
    if (score > 0) {
        return 1;
    } else {
        return 0;
    }
};

/**
 * **Train** the classifier with a new example, which is
 * a numeric array of features and a 0 or 1 label.
 *
 * @param {Array<number>} features an array of features as numbers
 * @param {number} label either 0 or 1
 * @returns {PerceptronModel|null} this, or null if the label is not 0 or 1
 */
PerceptronModel.prototype.train = function train (features, label) {
    // Require that only labels of 0 or 1 are considered.
    if (label !== 0 && label !== 1) {
        return null;
    }
    // The length of the feature array determines
    // the length of the weight array.
    // The perceptron will continue learning as long as
    // it keeps seeing feature arrays of the same length.
    // When it sees a new data shape, it initializes.
    if (features.length !== this.weights.length) {
        this.weights = features.slice();
        this.bias = 1;
    }
    // Make a prediction based on current weights.
    var prediction = this.predict(features);
    // Update the weights if the prediction is wrong.
    if (typeof prediction === "number" && prediction !== label) {
        var gradient = label - prediction;
        for (var i = 0; i < this.weights.length; i++) {
            this.weights[i] += gradient * features[i];
        }
        this.bias += gradient;
    }
    return this;
};

/**
 * Conducts a [permutation test](https://en.wikipedia.org/wiki/Resampling_(statistics)#Permutation_tests)
 * to determine if two data sets are *significantly* different from each other, using
 * the difference of means between the groups as the test statistic.
 * The function allows for the following hypotheses:
 * - two_side = Null hypothesis: the two distributions are equal.
 * - greater = Null hypothesis: observations from sampleX tend to be smaller than those from sampleY.
 * - less = Null hypothesis: observations from sampleX tend to be greater than those from sampleY.
 * [Learn more about one-tail vs two-tail tests.](https://en.wikipedia.org/wiki/One-_and_two-tailed_tests)
 *
 * @param {Array<number>} sampleX first dataset (e.g. treatment data)
 * @param {Array<number>} sampleY second dataset (e.g. control data)
 * @param {'two_side'|'greater'|'less'} [alternative='two_side'] alternative hypothesis
 * @param {number} k number of values in permutation distribution.
 * @param {Function} [randomSource=Math.random] an optional entropy source
 * @returns {number} p-value The probability of observing the difference between groups (as or more extreme than what we did), assuming the null hypothesis.
 *
 * @example
 * var control = [2, 5, 3, 6, 7, 2, 5];
 * var treatment = [20, 5, 13, 12, 7, 2, 2];
 * permutationTest(control, treatment); // ~0.1324
 */
function permutationTest(sampleX, sampleY, alternative, k, randomSource) {
    // Set default arguments
    if (k === undefined) {
        k = 10000;
    }
    if (alternative === undefined) {
        alternative = "two_side";
    }
    if (
        alternative !== "two_side" &&
        alternative !== "greater" &&
        alternative !== "less"
    ) {
        throw new Error(
            "`alternative` must be either 'two_side', 'greater', or 'less'."
        );
    }

    // get means for each sample
    var meanX = mean(sampleX);
    var meanY = mean(sampleY);

    // calculate initial test statistic. This will be our point of comparison with
    // the generated test statistics.
    var testStatistic = meanX - meanY;

    // create test-statistic distribution
    var testStatDsn = new Array(k);

    // combine datsets so we can easily shuffle later
    var allData = sampleX.concat(sampleY);
    // Each permutation reassigns the pooled values into two groups that keep
    // the original sample sizes. Splitting at the midpoint only matches when
    // both samples are the same length; for unequal samples it built the
    // permutation distribution from the wrong group sizes.
    var splitIndex = sampleX.length;

    for (var i = 0; i < k; i++) {
        // 1. shuffle data assignments
        shuffleInPlace(allData, randomSource);
        var permLeft = allData.slice(0, splitIndex);
        var permRight = allData.slice(splitIndex, allData.length);

        // 2.re-calculate test statistic
        var permTestStatistic = mean(permLeft) - mean(permRight);

        // 3. store test statistic to build test statistic distribution
        testStatDsn[i] = permTestStatistic;
    }

    // Calculate p-value depending on alternative
    // For this test, we calculate the percentage of 'extreme' test statistics (subject to our hypothesis)
    // more info on permutation test p-value calculations: https://onlinecourses.science.psu.edu/stat464/node/35
    var numExtremeTStats = 0;
    if (alternative === "two_side") {
        for (var i$1 = 0; i$1 <= k; i$1++) {
            if (Math.abs(testStatDsn[i$1]) >= Math.abs(testStatistic)) {
                numExtremeTStats += 1;
            }
        }
    } else if (alternative === "greater") {
        for (var i$2 = 0; i$2 <= k; i$2++) {
            if (testStatDsn[i$2] >= testStatistic) {
                numExtremeTStats += 1;
            }
        }
    } else {
        // alternative === 'less'
        for (var i$3 = 0; i$3 <= k; i$3++) {
            /* c8 ignore start */
            if (testStatDsn[i$3] <= testStatistic) {
                numExtremeTStats += 1;
            }
            /* c8 ignore end */
        }
    }

    return numExtremeTStats / k;
}

/**
 * The [Poisson Distribution](http://en.wikipedia.org/wiki/Poisson_distribution)
 * is a discrete probability distribution that expresses the probability
 * of a given number of events occurring in a fixed interval of time
 * and/or space if these events occur with a known average rate and
 * independently of the time since the last event.
 *
 * The Poisson Distribution is characterized by the strictly positive
 * mean arrival or occurrence rate, `λ`.
 *
 * Returns `undefined` when the distribution cannot be calculated: when `lambda`
 * is not a strictly positive number, or when it is large enough that the table
 * would run past a million cells.
 *
 * @param {number} lambda location poisson distribution
 * @returns {number[] | undefined} values of poisson distribution at that point
 */
function poissonDistribution(lambda) /*: ?number[] */ {
    // Check that lambda is strictly positive
    if (lambda <= 0) {
        return undefined;
    }

    // The distribution peaks at `lambda`, so past the length of the table
    // there is nothing to tabulate and no reason to start.
    if (lambda >= maxDistributionCells) {
        return undefined;
    }

    // Our current place in the distribution
    var x = 0;
    // And we keep track of the current cumulative probability, in
    // order to know when to stop calculating chances.
    var cumulativeProbability = 0;
    // The calculated cells to be returned
    var cells = [];

    // The only term of the mass function below that does not vary with `x`
    var logLambda = Math.log(lambda);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // a [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: `lambda` raised to `x` and the factorial
        // of `x` each leave floating-point range long before their ratio does,
        // so computing them separately loses cells the distribution needs.
        cells[x] = Math.exp(x * logLambda - lambda - gammaln(x + 1));
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x < maxDistributionCells);

    // Stopping for any other reason - a lambda that is not a number, or a
    // distribution too wide for the table - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * The [Probit](http://en.wikipedia.org/wiki/Probit)
 * is the inverse of cumulativeStdNormalProbability(),
 * and is also known as the normal quantile function.
 *
 * It returns the number of standard deviations from the mean
 * where the p'th quantile of values can be found in a normal distribution.
 * So, for example, probit(0.5 + 0.6827/2) ≈ 1 because 68.27% of values are
 * normally found within 1 standard deviation above or below the mean.
 *
 * @param {number} p
 * @returns {number} probit
 */
function probit(p) {
    if (p === 0) {
        p = epsilon;
    } else if (p >= 1) {
        p = 1 - epsilon;
    }
    return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}

/**
 * Calculate the [silhouette values](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for clustered data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<number>} The silhouette value for each point.
 *
 * @example
 * silhouette([[0.25], [0.75]], [0, 0]); // => [1.0, 1.0]
 */
function silhouette(points, labels) {
    if (points.length !== labels.length) {
        throw new Error("must have exactly as many labels as points");
    }
    var groupings = createGroups(labels);
    var distances = calculateAllDistances(points);
    var result = [];
    for (var i = 0; i < points.length; i++) {
        var s = 0;
        if (groupings[labels[i]].length > 1) {
            var a = meanDistanceFromPointToGroup(
                i,
                groupings[labels[i]],
                distances
            );
            var b = meanDistanceToNearestGroup(
                i,
                labels,
                groupings,
                distances
            );
            s = (b - a) / Math.max(a, b);
        }
        result.push(s);
    }
    return result;
}

/**
 * Create a lookup table mapping group IDs to point IDs.
 *
 * @private
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<Array<number>>} An array of length G, each of whose entries is an array
 * containing the indices of the points in that group.
 */
function createGroups(labels) {
    var numGroups = 1 + max(labels);
    var result = Array(numGroups);
    for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (result[label] === undefined) {
            result[label] = [];
        }
        result[label].push(i);
    }
    return result;
}

/**
 * Create a lookup table of all inter-point distances.
 *
 * @private
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @return {Array<Array<number>>} A symmetric square array of inter-point distances
 * (zero on the diagonal).
 */
function calculateAllDistances(points) {
    var numPoints = points.length;
    var result = makeMatrix(numPoints, numPoints);
    for (var i = 0; i < numPoints; i++) {
        for (var j = 0; j < i; j++) {
            result[i][j] = euclideanDistance(points[i], points[j]);
            result[j][i] = result[i][j];
        }
    }
    return result;
}

/**
 * Calculate the mean distance between this point and all the points in the
 * nearest group (as determined by which point in another group is closest).
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} labels Labels of points.
 * @param {Array<Array<number>>} groupings An array whose entries are arrays
 * containing the indices of the points in that group.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the nearest
 * group.
 */
function meanDistanceToNearestGroup(which, labels, groupings, distances) {
    var label = labels[which];
    var result = Number.MAX_VALUE;
    for (var i = 0; i < groupings.length; i++) {
        if (i !== label) {
            var d = meanDistanceFromPointToGroup(
                which,
                groupings[i],
                distances
            );
            if (d < result) {
                result = d;
            }
        }
    }
    return result;
}

/**
 * Calculate the mean distance from a point to the other members of a group,
 * which may be the point's own group.
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} group The indices of all the points in the group in
 * question.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the
 * specified group.
 */
function meanDistanceFromPointToGroup(which, group, distances) {
    var total = 0;
    var count = 0;
    for (var i = 0; i < group.length; i++) {
        if (group[i] === which) {
            continue;
        }
        total += distances[which][group[i]];
        count++;
    }
    return total / count;
}

/**
 * Calculate the [silhouette metric](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for a set of N-dimensional points arranged in groups. The metric is the largest
 * individual silhouette value for the data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {number} The silhouette metric for the groupings.
 *
 * @example
 * silhouetteMetric([[0.25], [0.75]], [0, 0]); // => 1.0
 */
function silhouetteMetric(points, labels) {
    var values = silhouette(points, labels);
    return max(values);
}

/**
 * The [Z-Score, or Standard Score](http://en.wikipedia.org/wiki/Standard_score).
 *
 * The standard score is the number of standard deviations an observation
 * or datum is above or below the mean. Thus, a positive standard score
 * represents a datum above the mean, while a negative standard score
 * represents a datum below the mean. It is a dimensionless quantity
 * obtained by subtracting the population mean from an individual raw
 * score and then dividing the difference by the population standard
 * deviation.
 *
 * The z-score is only defined if one knows the population parameters;
 * if one only has a sample set, then the analogous computation with
 * sample mean and sample standard deviation yields the
 * Student's t-statistic.
 *
 * @param {number} x
 * @param {number} mean
 * @param {number} standardDeviation
 * @return {number} z score
 * @example
 * zScore(78, 80, 5); // => -0.4
 */
function zScore(x, mean, standardDeviation) {
    return (x - mean) / standardDeviation;
}


//# sourceMappingURL=simple-statistics.mjs.map


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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
