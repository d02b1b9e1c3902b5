export const id = 701;
export const ids = [701];
export const modules = {

/***/ 2913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zu: () => (/* binding */ mainWorkerGroup)
/* harmony export */ });
/* unused harmony exports DIVERGENCE_RATIO, LEAK_GROWTH_SHARE, LEAK_POSITIVE_SHARE, DEFAULT_RESERVE_BYTES, DEFAULT_FRACTION, defaultBudget, advisePhase */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);


const DIVERGENCE_RATIO = 1.2;
const LEAK_GROWTH_SHARE = 0.2;
const LEAK_POSITIVE_SHARE = 0.7;
const LEAK_MAX_POINTS = 200;
/** The default budget when none is given: 90% of the limit less a 512 MiB reserve (the plan's defaults). */
const DEFAULT_RESERVE_BYTES = 512 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv;
const DEFAULT_FRACTION = 0.9;
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
function defaultBudget(profile) {
    return Math.max(0, (profile.host.memoryLimitBytes - DEFAULT_RESERVE_BYTES) * DEFAULT_FRACTION);
}
function advisePhase(profile, phaseIndex, budgetBytes = defaultBudget(profile)) {
    const phase = profile.phases[phaseIndex];
    const group = mainWorkerGroup(phase);
    const fits = (perWorker) => perWorker > 0 ? Math.max(0, Math.floor(budgetBytes / perWorker)) : null;
    const points = [];
    profile.timeline.tMs.forEach((t, index) => {
        if (profile.timeline.phase[index] === phaseIndex)
            points.push({ x: t, y: profile.timeline.treeRssBytes[index] });
    });
    const step = Math.max(1, Math.ceil(points.length / LEAK_MAX_POINTS));
    const thinned = points.filter((_, index) => index % step === 0);
    let leakGrowthBytes = null;
    if (thinned.length >= 10 && phase.durationMs > 0 && phase.treeRss.meanBytes > 0) {
        const { slope, positiveShare } = theilSen(thinned);
        const growth = slope * phase.durationMs;
        if (growth > LEAK_GROWTH_SHARE * phase.treeRss.meanBytes &&
            positiveShare >= LEAK_POSITIVE_SHARE)
            leakGrowthBytes = growth;
    }
    return {
        phase: phase.name,
        group,
        aggressiveWorkers: group ? fits(group.meanEndRssBytes) : null,
        conservativeWorkers: group ? fits(group.peakRss.p90Bytes) : null,
        divergent: group
            ? group.peakRss.maxBytes > DIVERGENCE_RATIO * Math.max(1, group.meanEndRssBytes)
            : phase.treeRss.peakBytes > DIVERGENCE_RATIO * Math.max(1, phase.treeRss.endBytes),
        leakGrowthBytes,
    };
}


/***/ }),

/***/ 1994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/** The HTTP status of an Octokit RequestError (or anything shaped like one), else null. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : null;
    }
    return null;
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ extractProfileFromZip)
/* harmony export */ });
/* unused harmony export isSafeEntryName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1996);
/* harmony import */ var _profile_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6549);
/**
 * Reads the run profile out of an artifact zip, in memory, refusing anything unusual. The zip
 * comes from an earlier run and is untrusted (REFERENCE §6, CVE-2024-42471): entry counts and
 * inflated bytes are capped while streaming (headers are not trusted), unsafe names and links are
 * refused, and nothing is ever written to disk.
 */





const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * An entry name is safe when it is relative, uses forward slashes only, has no drive letter and
 * no `..` or `.` segment: checked segment by segment after normalising.
 */
function isSafeEntryName(name) {
    if (name === '' || name.includes('\\') || name.includes('\0'))
        return false;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return false;
    const segments = name.split('/');
    if (segments.some((segment) => segment === '..' || segment === '.'))
        return false;
    const normalised = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(name);
    return !normalised.startsWith('../') && normalised !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(normalised);
}
function isSymlink(entry) {
    const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
    return (unixMode & S_IFMT) === S_IFLNK;
}
function openZip(zip) {
    return new Promise((resolve, reject) => {
        yauzl__WEBPACK_IMPORTED_MODULE_1__.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file) => {
            if (error || !file)
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`not a readable zip: ${error?.message ?? 'unknown error'}`));
            else
                resolve(file);
        });
    });
}
/** The text of the profile file inside the zip. */
async function extractProfileFromZip(zip, limits = {}) {
    const maxEntries = limits.maxEntries ?? 16;
    const maxBytes = limits.maxUncompressedBytes ?? 4 * _units_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
    const expected = limits.expectedFile ?? _profile_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_FILE_NAME */ .N8;
    const file = await openZip(zip);
    if (file.entryCount > maxEntries) {
        file.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`artifact has ${file.entryCount} entries (at most ${maxEntries} allowed)`);
    }
    return new Promise((resolve, reject) => {
        let found = null;
        let entries = 0;
        const fail = (message) => {
            file.close();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(message));
        };
        file.on('error', (error) => fail(`zip error: ${error.message}`));
        file.on('end', () => {
            if (found === null)
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`artifact has no ${expected}`));
            else
                resolve(found);
        });
        file.on('entry', (entry) => {
            entries++;
            if (entries > maxEntries)
                return fail(`artifact has more than ${maxEntries} entries`);
            if (!isSafeEntryName(entry.fileName))
                return fail(`unsafe entry name ${JSON.stringify(entry.fileName.slice(0, 100))}`);
            if (isSymlink(entry))
                return fail(`entry ${JSON.stringify(entry.fileName.slice(0, 100))} is a symbolic link`);
            if (entry.fileName.endsWith('/') || entry.fileName !== expected)
                return file.readEntry();
            if (found !== null)
                return fail(`artifact holds ${expected} twice`);
            if (entry.uncompressedSize > maxBytes)
                return fail(`${expected} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
            file.openReadStream(entry, (error, stream) => {
                if (error || !stream)
                    return fail(`cannot read ${expected}: ${error?.message ?? 'unknown error'}`);
                const chunks = [];
                let size = 0;
                stream.on('data', (chunk) => {
                    size += chunk.length;
                    // Counted as it inflates: a header that lies about the size cannot get past the cap.
                    if (size > maxBytes) {
                        stream.destroy();
                        fail(`${expected} inflates past ${maxBytes} bytes`);
                        return;
                    }
                    chunks.push(chunk);
                });
                stream.on('error', (streamError) => fail(`cannot inflate ${expected}: ${streamError.message}`));
                stream.on('end', () => {
                    found = Buffer.concat(chunks).toString('utf8');
                    file.readEntry();
                });
            });
        });
        file.readEntry();
    });
}


/***/ }),

/***/ 4149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ downloadArtifactZip),
/* harmony export */   O0: () => (/* binding */ findBaselineArtifacts)
/* harmony export */ });
/* unused harmony export MAX_ZIP_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _profile_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1996);
/**
 * Finding and fetching earlier runs' profiles through the REST API. Thin adapter over
 * `octokit.request`; every response's shape is checked before use (a truncated body arrives as
 * status 200 with `data === ""`).
 *
 * Trust: only successful runs of this workflow on the baseline branch whose head repository is
 * this repository (never a fork), only artifacts whose run and repositories match. At most
 * 3 listing calls: the runs, and the artifact name for attempts 1 and 2.
 */



function record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
/** Attempts whose artifact names are looked up: a run re-tried more than once is rare. */
const ATTEMPTS_LOOKED_UP = [1, 2];
async function findBaselineArtifacts(query) {
    const notes = [];
    let apiCalls = 0;
    const common = {
        owner: query.owner,
        repo: query.repo,
        per_page: 100,
        request: { signal: query.signal },
    };
    apiCalls++;
    const runsResponse = await query.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        ...common,
        workflow_id: query.workflowFile,
        branch: query.branch,
        status: 'success',
    });
    const runs = record(runsResponse.data).workflow_runs;
    if (!Array.isArray(runs)) {
        notes.push('The workflow runs listing had an unexpected shape; planning without history.');
        return { candidates: [], notes, apiCalls };
    }
    const trustedRuns = new Set();
    let forks = 0;
    for (const item of runs) {
        const run = record(item);
        if (typeof run.id !== 'number')
            continue;
        if (record(run.head_repository).id !== query.repositoryId ||
            record(run.repository).id !== query.repositoryId) {
            forks++;
            continue;
        }
        if (run.conclusion !== undefined && run.conclusion !== 'success')
            continue;
        trustedRuns.add(run.id);
    }
    if (forks > 0)
        notes.push(`${forks} run(s) from other repositories (forks) were not used.`);
    if (trustedRuns.size === 0) {
        notes.push(`No successful runs of ${query.workflowFile} on ${query.branch} yet.`);
        return { candidates: [], notes, apiCalls };
    }
    const byRun = new Map();
    for (const attempt of ATTEMPTS_LOOKED_UP) {
        const name = (0,_profile_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .profileArtifactName */ .Ho)(query.job, query.matrixKey, attempt);
        apiCalls++;
        const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts', {
            ...common,
            name,
        });
        const artifacts = record(response.data).artifacts;
        if (!Array.isArray(artifacts)) {
            notes.push('The artifacts listing had an unexpected shape.');
            continue;
        }
        for (const item of artifacts) {
            const artifact = record(item);
            const run = record(artifact.workflow_run);
            if (typeof artifact.id !== 'number' ||
                artifact.name !== name ||
                artifact.expired !== false ||
                typeof artifact.size_in_bytes !== 'number' ||
                typeof run.id !== 'number' ||
                !trustedRuns.has(run.id) ||
                run.repository_id !== query.repositoryId ||
                run.head_repository_id !== query.repositoryId) {
                continue;
            }
            const existing = byRun.get(run.id);
            if (existing && existing.runAttempt >= attempt)
                continue;
            byRun.set(run.id, {
                artifactId: artifact.id,
                name,
                sizeInBytes: artifact.size_in_bytes,
                runId: run.id,
                runAttempt: attempt,
                headSha: typeof run.head_sha === 'string' ? run.head_sha : null,
                createdAt: typeof artifact.created_at === 'string' ? artifact.created_at : null,
            });
        }
    }
    const candidates = [...byRun.values()].sort((a, b) => b.runId - a.runId).slice(0, query.maxRuns);
    return { candidates, notes, apiCalls };
}
/** Profiles zip to a few KiB; 8 MiB bounds what a hostile artifact can cost. */
const MAX_ZIP_BYTES = 8 * _units_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
/**
 * Downloads an artifact's zip. The API answers 302 to a signed blob URL; fetch follows it and, per
 * the Fetch standard, drops the Authorization header when the redirect changes origin. The size is
 * checked against `size_in_bytes` before and counted while streaming.
 */
async function downloadArtifactZip(query) {
    const cap = query.maxZipBytes ?? MAX_ZIP_BYTES;
    if (query.sizeInBytes > cap)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`artifact is ${query.sizeInBytes} bytes (at most ${cap})`);
    const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner: query.owner,
        repo: query.repo,
        artifact_id: query.artifactId,
        archive_format: 'zip',
        request: { signal: query.signal, parseSuccessResponseBody: false },
    });
    return readCapped(response.data, cap);
}
async function readCapped(body, cap) {
    if (body instanceof ArrayBuffer) {
        if (body.byteLength > cap)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        return Buffer.from(body);
    }
    if (Buffer.isBuffer(body)) {
        if (body.length > cap)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        return body;
    }
    const stream = body;
    if (!stream || typeof stream.getReader !== 'function')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf('the download had an unexpected shape');
    const reader = stream.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > cap) {
            await reader.cancel();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  learnFromGitHub: () => (/* binding */ learnFromGitHub),
  p: () => (/* binding */ requestFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
// EXTERNAL MODULE: ./src/advisory/post-run.ts
var post_run = __webpack_require__(2913);
// EXTERNAL MODULE: ./src/stats.ts
var stats = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/estimate/speedup.ts
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
/** Amdahl: T(n) = T1 · (s + (1 − s) / n). */
function predictDurationMs(model, workers) {
    return (model.singleWorkerMs *
        (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers)));
}
/**
 * Fits the model; null without at least 3 points at 2 or more distinct worker counts, or when the
 * data do not speed up with workers at all.
 * @example fitSpeedup([{workers:1,durationMs:100},{workers:2,durationMs:60},{workers:4,durationMs:40}])
 */
function fitSpeedup(points, minGain = DEFAULT_MIN_SPEEDUP_GAIN) {
    const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
    const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
    if (usable.length < 3 || distinct.length < 2)
        return null;
    const { m: slope, b: intercept } = (0,simple_statistics/* linearRegression */.Ro)(usable.map((point) => [1 / point.workers, point.durationMs]));
    if (!(slope > 0))
        return null;
    const singleWorkerMs = Math.max(1, intercept + slope);
    const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
    const model = { serialFraction, singleWorkerMs };
    const largest = distinct[distinct.length - 1];
    let maxUsefulWorkers = 1;
    for (let workers = 2; workers <= largest * MAX_EXTRAPOLATION; workers++) {
        const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
        if (gain < minGain)
            break;
        maxUsefulWorkers = workers;
    }
    return { serialFraction, singleWorkerMs, maxUsefulWorkers, observedWorkers: distinct };
}

;// CONCATENATED MODULE: ./src/estimate/estimate.ts
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
const OOM_BUMP_BYTES = 100 * units/* MiB */.lv;
const OOM_BUMP_FACTOR = 1.2;
const DAY_MS = 86_400_000;
/**
 * Runtimes that size their heap from the memory they can see, a cgroup limit included: Node (V8's
 * default heap limit follows the constrained memory) and the JVM (container support since JDK 10,
 * heap = MaxRAMPercentage of it). Matched against the worker group's executable name.
 */
const ELASTIC_RUNTIMES = new Set(['node', 'java']);
/**
 * The smallest share of a per-worker figure learned with more memory that such workers are
 * assumed to need when they run with less. REFERENCE §7: Jest workers that peaked at 652 MiB on a
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
function figuresFor(entry, phaseName, nowMs, halfLifeDays) {
    const phase = entry.profile.phases.find((candidate) => candidate.name === phaseName);
    if (!phase)
        return null;
    const group = (0,post_run/* mainWorkerGroup */.Zu)(phase);
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
    const workers = Math.max(1, group.maxConcurrency);
    const peak = treePeak * sharedPageScale;
    const startedMs = Date.parse(entry.profile.run.startedAt);
    const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
    const host = entry.profile.host;
    const constrained = host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes
        ? host.cgroupMemoryLimitBytes
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
        baseBytes: Math.max(0, peak - workers * measuredPerWorker),
        workers,
        peakBytes: peak,
        durationMs: phase.durationMs,
        weight: 0.5 ** (ageDays / halfLifeDays),
        oom,
        constrainedLimitBytes: constrained,
        memoryLimitBytes: host.memoryLimitBytes,
        workerName: group.name,
    };
}
function estimateFromHistory(input) {
    const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
    const runs = input.profiles
        .map((entry) => figuresFor(entry, input.phase, input.nowMs, halfLife))
        .filter((figures) => figures !== null);
    const missing = input.profiles.length - runs.length;
    if (runs.length === 0) {
        const notes = [...input.fallback.notes];
        if (input.profiles.length > 0)
            notes.unshift(`${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'.`);
        return { ...input.fallback, notes };
    }
    const notes = [];
    const n = runs.length;
    if (missing > 0)
        notes.push(`${missing} of ${input.profiles.length} earlier profile(s) had no workers in phase '${input.phase}'.`);
    const perWorkerValues = runs.map((run) => run.perWorkerBytes);
    const weights = runs.map((run) => run.weight);
    let target;
    let baseBytes = (0,stats/* weightedQuantile */.RO)(runs.map((run) => run.baseBytes), weights, 0.5);
    if (n < MIN_RUNS_FOR_QUANTILE) {
        target = Math.max(...perWorkerValues);
        notes.push(`Per worker: the largest of ${n} run(s) (${(0,units/* formatBytes */.z3)(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`);
    }
    else {
        target = (0,stats/* weightedQuantile */.RO)(perWorkerValues, weights, TARGET_QUANTILE);
        notes.push(`Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${(0,units/* formatBytes */.z3)(target)}.`);
    }
    // Runs at different worker counts: the slope of peak on workers separates per-worker from base memory.
    const counts = new Set(runs.map((run) => run.workers));
    if (counts.size >= 3) {
        const { m: slope, b: intercept } = (0,simple_statistics/* linearRegression */.Ro)(runs.map((run) => [run.workers, run.peakBytes]));
        if (slope > 0 && intercept >= 0) {
            notes.push(`Peak memory rises by ${(0,units/* formatBytes */.z3)(slope)} per worker across ${counts.size} worker counts (regression); base ${(0,units/* formatBytes */.z3)(intercept)}.`);
            target = Math.max(target, slope);
            baseBytes = intercept;
        }
    }
    const ooms = runs.filter((run) => run.oom);
    if (ooms.length > 0) {
        // An OOM kill is hard evidence the workers needed more: the target never falls below the
        // bumped figure of such a run, whatever the quantile says.
        const bumped = Math.max(...ooms.map((run) => run.perWorkerBytes));
        target = Math.max(target, bumped);
        notes.push(`${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used × 1.2) = ${(0,units/* formatBytes */.z3)(bumped)} per worker at least.`);
    }
    const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
    let perWorkerBytes = Math.round(target * multiplier);
    notes.push(`+15% margin and ×${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${(0,units/* formatBytes */.z3)(perWorkerBytes)} per worker.`);
    const latestName = runs.reduce((latest, run) => Date.parse(run.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run : latest).workerName;
    // Elastic memory, the prior: Node and JVM workers size their heaps from the memory they see, so
    // figures learned where every run saw more memory than this runner has overstate the need
    // here. Scale by the ratio of memories, never below half (REFERENCE §7). Not after an OOM kill:
    // that is evidence the workers did not shrink enough.
    const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
    if (input.elasticMemory !== false &&
        ooms.length === 0 &&
        isElasticRuntime(latestName) &&
        input.capacityMemoryLimitBytes < leastSeenBytes) {
        const share = Math.max(ELASTIC_MIN_SHARE, input.capacityMemoryLimitBytes / leastSeenBytes);
        perWorkerBytes = Math.round(perWorkerBytes * share);
        notes.push(`Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${(0,units/* formatBytes */.z3)(leastSeenBytes)}, this runner ${(0,units/* formatBytes */.z3)(input.capacityMemoryLimitBytes)}: ×${share.toFixed(2)} = ${(0,units/* formatBytes */.z3)(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith('node') ? ' Pass node-heap-mb to the workers as --max-old-space-size.' : ''} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`);
    }
    // Elastic memory, the evidence: garbage-collected workers grow into what they see, so a run that
    // finished inside a tighter cgroup limit without an OOM kill proves its workers fit in
    // (limit − base) ÷ workers.
    const feasible = runs
        .filter((run) => !run.oom &&
        run.constrainedLimitBytes !== null &&
        run.constrainedLimitBytes < input.capacityMemoryLimitBytes)
        .map((run) => Math.max(1, (run.constrainedLimitBytes - run.baseBytes) / run.workers));
    if (feasible.length > 0) {
        const proven = Math.round(Math.min(...feasible));
        if (proven < perWorkerBytes) {
            notes.push(`${feasible.length} run(s) under a tighter memory limit finished without OOM at ${(0,units/* formatBytes */.z3)(proven)} per worker: using that (garbage-collected workers use less when they see less).`);
            perWorkerBytes = proven;
        }
    }
    const speedup = fitSpeedup(runs.map((run) => ({ workers: run.workers, durationMs: run.durationMs })), input.minSpeedupGain ?? DEFAULT_MIN_SPEEDUP_GAIN);
    if (speedup) {
        notes.push(`Durations at ${speedup.observedWorkers.join(', ')} workers fit Amdahl's law with ${Math.round(speedup.serialFraction * 100)}% serial work: more than ${speedup.maxUsefulWorkers} workers gain too little.`);
    }
    return {
        source: 'history',
        perWorkerBytes,
        baseBytes: Math.round(baseBytes),
        confidence: confidenceFor(n),
        historyRuns: n,
        spread: {
            p50Bytes: Math.round((0,stats/* quantile */.YV)(perWorkerValues, 0.5)),
            p90Bytes: Math.round((0,stats/* quantile */.YV)(perWorkerValues, 0.9)),
            maxBytes: Math.max(...perWorkerValues),
        },
        workerName: latestName,
        oomInHistory: ooms.length > 0,
        speedup,
        runs: runs.map((run) => run.ref),
        notes,
    };
}

// EXTERNAL MODULE: ./src/profile/profile.ts + 2 modules
var profile = __webpack_require__(1275);
// EXTERNAL MODULE: ./src/history/load.ts
var load = __webpack_require__(1574);
;// CONCATENATED MODULE: ./src/history/learn.ts
/**
 * The main step's history path: list and fetch earlier profiles, keep the validated ones for the
 * post step's drift comparison, and estimate. Loaded lazily (it brings Octokit).
 */






function requestFor(token, apiUrl) {
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl, request: { retries: 0 } });
    return (route, parameters) => octokit.request(route, parameters);
}
async function learnFromGitHub(request) {
    const { context, inputs, log } = request;
    if (!context.owner ||
        !context.repo ||
        !context.repositoryId ||
        !context.workflowFile ||
        !context.job ||
        !request.baselineBranch) {
        return {
            ...request.fallback,
            notes: [
                'Not enough run context (repository, workflow, job, branch) to find history.',
                ...request.fallback.notes,
            ],
        };
    }
    const history = await (0,load/* loadHistory */.F)({
        request: requestFor(inputs.githubToken, context.apiUrl),
        owner: context.owner,
        repo: context.repo,
        repositoryId: context.repositoryId,
        workflowFile: context.workflowFile,
        branch: request.baselineBranch,
        job: context.job,
        matrixKey: inputs.matrixKey,
        maxRuns: inputs.historyRuns,
        serverUrl: context.serverUrl,
        timeoutMs: inputs.historyTimeoutMs,
    });
    for (const note of history.notes)
        log.info(`History: ${note}`);
    log.info(`History: ${history.profiles.length} profile(s) from ${request.baselineBranch} in ${history.apiCalls} API call(s).`);
    try {
        (0,external_node_fs_.mkdirSync)(request.historyDir, { recursive: true });
        for (const entry of history.profiles) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(request.historyDir, `${entry.runId ?? 'unknown'}.json`), (0,profile/* serializeProfile */.Kt)(entry.profile));
        }
    }
    catch (error) {
        log.debug(`Could not keep the history for the drift comparison: ${String(error)}`);
    }
    const estimate = estimateFromHistory({
        profiles: history.profiles.map((entry) => ({ profile: entry.profile, url: entry.url })),
        phase: inputs.profile,
        capacityMemoryLimitBytes: request.capacity.memoryLimitBytes,
        nowMs: Date.now(),
        minSpeedupGain: inputs.minSpeedupGain,
        elasticMemory: inputs.elasticMemory,
        fallback: request.fallback,
    });
    return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}


/***/ }),

/***/ 1574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ loadHistory)
/* harmony export */ });
/* unused harmony export loadHistoryFromDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1994);
/* harmony import */ var _profile_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1275);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7701);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4149);
/**
 * Earlier runs' profiles, from GitHub (the action) or from a folder (the CLI). Never throws for
 * GitHub trouble: problems become notes, and a bad profile is skipped and counted.
 */







function describeFailure(error) {
    const status = (0,_github_types_js__WEBPACK_IMPORTED_MODULE_6__/* .httpStatus */ .n)(error);
    if (status === 403)
        return 'access denied (403): the token needs "actions: read"';
    if (status === 404)
        return 'not found (404)';
    if (status === 410)
        return 'expired (410)';
    if (status === 429)
        return 'rate limited (429)';
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
        return 'timed out';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
}
function summariseSkips(skipped, total) {
    if (skipped.length === 0)
        return null;
    const reasons = [...new Set(skipped.map((skip) => skip.reason))].slice(0, 3).join('; ');
    return `${skipped.length} of ${total} profiles skipped: ${reasons}.`;
}
async function loadHistory(options) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    let candidates;
    try {
        const discovery = await (0,_github_js__WEBPACK_IMPORTED_MODULE_5__/* .findBaselineArtifacts */ .O0)({ ...options, signal });
        result.apiCalls += discovery.apiCalls;
        result.notes.push(...discovery.notes);
        candidates = discovery.candidates;
    }
    catch (error) {
        result.notes.push(`Could not list earlier runs: ${describeFailure(error)}.`);
        return result;
    }
    const runUrl = (runId) => `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${runId}`;
    // Two downloads at a time: quick on a warm API, gentle on the rate limit.
    let next = 0;
    const worker = async () => {
        while (next < candidates.length) {
            const candidate = candidates[next++];
            if (!candidate)
                break;
            try {
                result.apiCalls++;
                const zip = await (0,_github_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifactZip */ .EU)({
                    request: options.request,
                    owner: options.owner,
                    repo: options.repo,
                    artifactId: candidate.artifactId,
                    sizeInBytes: candidate.sizeInBytes,
                    signal,
                });
                const profile = (0,_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProfile */ .jZ)(await (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .extractProfileFromZip */ .M)(zip));
                if (profile.run.repositoryId !== null &&
                    profile.run.repositoryId !== options.repositoryId) {
                    throw new Error('the profile names another repository');
                }
                result.profiles.push({ profile, runId: candidate.runId, url: runUrl(candidate.runId) });
            }
            catch (error) {
                result.skipped.push({ runId: candidate.runId, reason: describeFailure(error) });
                if (signal.aborted)
                    break;
            }
        }
    };
    await Promise.all([worker(), worker()]);
    result.profiles.sort((a, b) => (b.runId ?? 0) - (a.runId ?? 0));
    const skips = summariseSkips(result.skipped, candidates.length);
    if (skips)
        result.notes.push(skips);
    return result;
}
/**
 * Profiles from a folder: `*.json` files and `run-profile.json` one level down (as
 * `gh run download` lays artifacts out). Links are not followed; sizes are capped.
 */
function loadHistoryFromDirectory(directory, maxProfiles = 100) {
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    const files = [];
    for (const entry of readdirSync(directory)) {
        const path = join(directory, entry);
        const stat = lstatSync(path);
        if (stat.isFile() && entry.endsWith('.json'))
            files.push(path);
        else if (stat.isDirectory()) {
            for (const inner of readdirSync(path)) {
                const innerPath = join(path, inner);
                if (inner.endsWith('.json') && lstatSync(innerPath).isFile())
                    files.push(innerPath);
            }
        }
    }
    for (const file of files.sort().slice(0, maxProfiles)) {
        try {
            if (lstatSync(file).size > MAX_PROFILE_BYTES)
                throw new Error(`larger than ${MAX_PROFILE_BYTES} bytes`);
            const profile = parseProfile(readFileSync(file, 'utf8'));
            result.profiles.push({ profile, runId: profile.run.runId, url: null });
        }
        catch (error) {
            result.skipped.push({ runId: null, reason: `${file}: ${errorMessage(error)}` });
        }
    }
    if (files.length > maxProfiles)
        result.notes.push(`Only the first ${maxProfiles} of ${files.length} files were read.`);
    const skips = summariseSkips(result.skipped, files.length);
    if (skips)
        result.notes.push(skips);
    return result;
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ ARTIFACT_PREFIX),
/* harmony export */   Ho: () => (/* binding */ profileArtifactName),
/* harmony export */   N8: () => (/* binding */ PROFILE_FILE_NAME)
/* harmony export */ });
/* unused harmony export matrixHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names of the run-profile artifact. One artifact per job, matrix combination and attempt:
 * the same name twice in one run is rejected (409), and a later run must find it by exact name
 * (`GET /repos/{o}/{r}/actions/artifacts?name=`), so the name is built from stable parts only.
 */

const ARTIFACT_PREFIX = 'resource-planner';
/** The file inside the artifact. */
const PROFILE_FILE_NAME = 'run-profile.json';
/** Characters GitHub refuses in artifact names, plus anything outside a conservative set. */
const UNSAFE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;
/** A short, stable hash of the matrix combination ('none' outside a matrix). */
function matrixHash(matrixKey) {
    if (matrixKey === null || matrixKey === '' || matrixKey === 'null')
        return 'none';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(matrixKey).digest('hex').slice(0, 8);
}
/** `resource-planner-<job>-<matrix hash>-<attempt>`, with the job id made safe and short. */
function profileArtifactName(job, matrixKey, attempt) {
    const safeJob = job.replace(UNSAFE_NAME_CHARACTERS, '_').slice(0, 64) || 'job';
    return `${ARTIFACT_PREFIX}-${safeJob}-${matrixHash(matrixKey)}-${attempt}`;
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ parseProfile),
  Kt: () => (/* binding */ serializeProfile)
});

// UNUSED EXPORTS: MAX_PROFILE_BYTES

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/profile/types.ts
/**
 * Run profile v1: the compact record of one run that later runs learn from.
 * Written and read only through ./profile.ts; documented in docs/profile-format.md and
 * validated against ./schema.ts. Sizes in bytes, times in milliseconds.
 * Untrusted when read back: every string may be hostile (escape before rendering).
 */
const PROFILE_KIND = 'resource-planner/run-profile';
const PROFILE_VERSION = 1;
const TIMELINE_MAX_POINTS = 600;

;// CONCATENATED MODULE: ./src/profile/schema.ts
/**
 * JSON Schema (draft-07) of run profile v1. Profiles from earlier runs are untrusted: every
 * field is typed, every string and array bounded, and unknown properties refused.
 */

const schema_name = { type: 'string', maxLength: 256 };
const nullableName = { type: ['string', 'null'], maxLength: 256 };
const bytes = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const nullableBytes = {
    type: ['integer', 'null'],
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
};
const count = { type: 'integer', minimum: 0, maximum: 1_000_000_000 };
const nullableId = {
    type: ['integer', 'null'],
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
};
const ms = { type: 'number', minimum: 0, maximum: 1e12 };
function object(properties) {
    return {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(properties),
        properties,
    };
}
function timelineColumn(items) {
    return { type: 'array', maxItems: TIMELINE_MAX_POINTS, items };
}
const workerGroup = object({
    name: schema_name,
    parentName: nullableName,
    maxConcurrency: count,
    processes: count,
    peakRss: object({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
    meanEndRssBytes: bytes,
    peakTotalBytes: bytes,
});
const phase = object({
    name: schema_name,
    startMs: ms,
    endMs: ms,
    durationMs: ms,
    workersRecommended: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
    samples: count,
    treeRss: object({ peakBytes: bytes, p95Bytes: bytes, meanBytes: bytes, endBytes: bytes }),
    peakSystemUsedBytes: nullableBytes,
    peakCgroupUsageBytes: nullableBytes,
    oomKills: count,
    pressureMaxAvg10: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    workerGroups: { type: 'array', maxItems: 50, items: workerGroup },
});
const RUN_PROFILE_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/resource-planner/resource-planner/docs/run-profile-v1.schema.json',
    title: 'resource-planner run profile v1',
    ...object({
        kind: { const: 'resource-planner/run-profile' },
        version: { const: 1 },
        tool: object({
            name: { const: 'resource-planner' },
            version: { type: 'string', maxLength: 64 },
        }),
        host: object({
            os: { type: 'string', maxLength: 32 },
            arch: { type: 'string', maxLength: 32 },
            logicalCpus: count,
            cpus: count,
            memoryTotalBytes: bytes,
            memoryLimitBytes: bytes,
            cgroupMemoryLimitBytes: nullableBytes,
            cgroupVersion: { enum: [1, 2, null] },
        }),
        run: object({
            repositoryId: nullableId,
            repository: nullableName,
            workflow: nullableName,
            job: nullableName,
            matrixKey: { type: ['string', 'null'], maxLength: 4096 },
            runId: nullableId,
            runAttempt: nullableId,
            sha: { type: ['string', 'null'], maxLength: 64 },
            ref: nullableName,
            event: { type: ['string', 'null'], maxLength: 64 },
            headRepositoryId: nullableId,
            startedAt: { type: 'string', maxLength: 40 },
        }),
        sampler: object({
            intervalMs: ms,
            source: { type: 'string', maxLength: 16 },
            samples: count,
            died: { type: 'boolean' },
        }),
        phases: { type: 'array', maxItems: 500, items: phase },
        timeline: object({
            tMs: timelineColumn(ms),
            treeRssBytes: timelineColumn(bytes),
            systemUsedBytes: timelineColumn(nullableBytes),
            cgroupUsageBytes: timelineColumn(nullableBytes),
            phase: timelineColumn({ type: 'integer', minimum: 0, maximum: 499 }),
        }),
        events: {
            type: 'array',
            maxItems: 1000,
            items: object({
                tMs: ms,
                kind: { enum: ['oom-kill', 'pressure-peak', 'sigkill', 'sampler-died'] },
                phase: nullableName,
                detail: nullableName,
                value: { type: ['number', 'null'] },
            }),
        },
    }),
};

;// CONCATENATED MODULE: ./src/profile/profile.ts
/**
 * Reading and writing run profiles: the only place that turns text into a RunProfile. Text from
 * earlier runs is untrusted: capped in size, parsed as plain JSON (never evaluated), then
 * validated against the schema before anything uses it.
 */





/** A one-hour profile is ~100 KiB; 4 MiB leaves room and bounds what one artifact can cost. */
const MAX_PROFILE_BYTES = 4 * units/* MiB */.lv;
/** The schema's deepest path is 5 levels; anything much deeper is refused before validation. */
const MAX_NESTING = 8;
let validator = null;
function validate(value) {
    validator ??= new ajv.Ajv({ allErrors: false, strict: true }).compile(RUN_PROFILE_SCHEMA);
    return validator(value) ? null : (validator.errors ?? []);
}
function serializeProfile(profile) {
    return JSON.stringify(profile);
}
/** Rejects text whose brackets nest deeper than the format allows, without building it. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const character = text.charCodeAt(index);
        if (inString) {
            if (character === 92)
                index++; // backslash: skip the escaped character
            else if (character === 34)
                inString = false;
        }
        else if (character === 34)
            inString = true;
        else if (character === 123 || character === 91)
            deepest = Math.max(deepest, ++depth);
        else if (character === 125 || character === 93)
            depth--;
    }
    return deepest;
}
/** Parses and validates a run profile; throws ProfileError saying what is wrong. */
function parseProfile(text, maxBytes = MAX_PROFILE_BYTES) {
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        throw new src_errors/* ProfileError */.eo(`profile is larger than ${maxBytes} bytes`);
    }
    if (nestingDepth(text) > MAX_NESTING)
        throw new src_errors/* ProfileError */.eo('profile nests deeper than the format allows');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* ProfileError */.eo(`profile is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const header = (typeof value === 'object' && value !== null ? value : {});
    if (header.kind !== PROFILE_KIND)
        throw new src_errors/* ProfileError */.eo('not a resource-planner run profile');
    if (typeof header.version === 'number' && header.version > PROFILE_VERSION) {
        throw new src_errors/* ProfileError */.eo(`unsupported version ${header.version} (this is version ${PROFILE_VERSION}; update the action)`);
    }
    const errors = validate(value);
    if (errors) {
        const first = errors[0];
        throw new src_errors/* ProfileError */.eo(`profile does not match the schema: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
    }
    const profile = value;
    checkConsistency(profile);
    return profile;
}
/** Cross-field rules a schema cannot say. */
function checkConsistency(profile) {
    const length = profile.timeline.tMs.length;
    for (const column of [
        profile.timeline.treeRssBytes,
        profile.timeline.systemUsedBytes,
        profile.timeline.cgroupUsageBytes,
        profile.timeline.phase,
    ]) {
        if (column.length !== length)
            throw new src_errors/* ProfileError */.eo('profile timeline columns differ in length');
    }
    if (profile.timeline.phase.some((index) => index >= profile.phases.length)) {
        throw new src_errors/* ProfileError */.eo('profile timeline points at a phase that does not exist');
    }
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
