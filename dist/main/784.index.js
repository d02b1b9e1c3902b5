export const id = 784;
export const ids = [784];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ requestFor)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/**
 * The one place an Octokit client is made. Loaded lazily by the action's steps: it brings Octokit,
 * which the main step does not need when history is off.
 */

/** A request function over Octokit, without its retries (our callers bound their own time). */
function requestFor(token, apiUrl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl, request: { retries: 0 } });
    return (route, parameters) => octokit.request(route, parameters);
}


/***/ }),

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ downloadArtifactZip),
/* harmony export */   O0: () => (/* binding */ findBaselineArtifacts)
/* harmony export */ });
/* unused harmony export MAX_ZIP_BYTES */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _profile_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4886);
/* harmony import */ var _shared_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3060);
/**
 * Finding and fetching earlier runs' profiles through the REST API. Thin adapter over
 * `octokit.request`; every response's shape is checked before use (a truncated body arrives as
 * status 200 with `data === ""`).
 *
 * Trust: only completed runs of this workflow on the baseline branch whose head repository is
 * this repository (never a fork), only artifacts whose run and repositories match. A run that
 * failed (or timed out) is as trusted as one that succeeded (same workflow, same branch, same
 * repository) and is the only place an OOM kill that failed the job shows up; callers learn from
 * it what a failure can prove (see `failedRunIds`). At most 3 listing calls: the runs, and the
 * artifact name for attempts 1 and 2.
 */




/** Conclusions of runs that count as history: what GitHub reports for a run that ran to its end. */
const SUCCEEDED = new Set(['success']);
const FAILED = new Set(['failure', 'timed_out']);
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
        status: 'completed',
    });
    const runs = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(runsResponse.data).workflow_runs;
    if (!Array.isArray(runs)) {
        notes.push('The workflow runs listing had an unexpected shape; planning without history.');
        return { candidates: [], trustedRunIds: new Set(), failedRunIds: new Set(), notes, apiCalls };
    }
    const trustedRuns = new Set();
    const failedRuns = new Set();
    let forks = 0;
    for (const item of runs) {
        const run = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(item);
        if (typeof run.id !== 'number')
            continue;
        if ((0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(run.head_repository).id !== query.repositoryId ||
            (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(run.repository).id !== query.repositoryId) {
            forks++;
            continue;
        }
        // A listing without conclusions (older servers) is read as it was asked for: completed runs.
        const conclusion = typeof run.conclusion === 'string' ? run.conclusion : 'success';
        if (FAILED.has(conclusion))
            failedRuns.add(run.id);
        else if (!SUCCEEDED.has(conclusion))
            continue; // cancelled, skipped, neutral, ...
        trustedRuns.add(run.id);
    }
    if (forks > 0)
        notes.push(`${forks} run(s) from other repositories (forks) were not used.`);
    if (trustedRuns.size === 0) {
        notes.push(`No completed runs of ${query.workflowFile} on ${query.branch} yet.`);
        return {
            candidates: [],
            trustedRunIds: trustedRuns,
            failedRunIds: failedRuns,
            notes,
            apiCalls,
        };
    }
    const byRun = new Map();
    for (const attempt of ATTEMPTS_LOOKED_UP) {
        const name = (0,_profile_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .profileArtifactName */ .Ho)(query.job, query.matrixKey, attempt);
        apiCalls++;
        const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts', {
            ...common,
            name,
        });
        const artifacts = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(response.data).artifacts;
        if (!Array.isArray(artifacts)) {
            notes.push('The artifacts listing had an unexpected shape.');
            continue;
        }
        for (const item of artifacts) {
            const artifact = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(item);
            const run = (0,_shared_record_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .q)(artifact.workflow_run);
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
    return { candidates, trustedRunIds: trustedRuns, failedRunIds: failedRuns, notes, apiCalls };
}
/** Profiles zip to a few KiB; 8 MiB bounds what a hostile artifact can cost. */
const MAX_ZIP_BYTES = 8 * _shared_units_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
/**
 * Downloads an artifact's zip. The API answers 302 to a signed blob URL; fetch follows it and, per
 * the Fetch standard, drops the Authorization header when the redirect changes origin. The size is
 * checked against `size_in_bytes` before and counted while streaming.
 */
async function downloadArtifactZip(query) {
    const cap = query.maxZipBytes ?? MAX_ZIP_BYTES;
    if (query.sizeInBytes > cap)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`artifact is ${query.sizeInBytes} bytes (at most ${cap})`);
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        return Buffer.from(body);
    }
    if (Buffer.isBuffer(body)) {
        if (body.length > cap)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        return body;
    }
    const stream = body;
    if (!stream || typeof stream.getReader !== 'function')
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf('the download had an unexpected shape');
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArtifactError */ .Pf(`download exceeds ${cap} bytes`);
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
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
/* harmony export */   Mc: () => (/* binding */ extractProfileFromZip),
/* harmony export */   Wy: () => (/* binding */ extractFilesFromZip)
/* harmony export */ });
/* unused harmony export isSafeEntryName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(663);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/* harmony import */ var _profile_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6549);
/**
 * Reads the run profile (and the history digest beside it) out of an artifact zip, in memory,
 * refusing anything unusual. The zip
 * comes from an earlier run and is untrusted (zip-slip, as CVE-2024-42471 in @actions/artifact 2.0.0–2.1.1): entry counts and
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
                reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`not a readable zip: ${error?.message ?? 'unknown error'}`));
            else
                resolve(file);
        });
    });
}
/** The text of the profile file inside the zip. */
async function extractProfileFromZip(zip, limits = {}) {
    const expected = limits.expectedFile ?? _profile_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_FILE_NAME */ .N8;
    const files = await extractFilesFromZip(zip, { ...limits, required: expected, optional: [] });
    return files.get(expected);
}
/**
 * The named files inside the zip, by name. Each is capped at `maxUncompressedBytes` while it
 * inflates; a file named twice, an unsafe name or a link anywhere refuses the whole artifact. An
 * optional file over the cap is left out (its name goes to `refused`): the required one stands.
 */
async function extractFilesFromZip(zip, request) {
    const maxEntries = request.maxEntries ?? 16;
    const maxBytes = request.maxUncompressedBytes ?? 4 * _shared_units_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
    const wanted = new Set([request.required, ...request.optional]);
    const file = await openZip(zip);
    if (file.entryCount > maxEntries) {
        file.close();
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`artifact has ${file.entryCount} entries (at most ${maxEntries} allowed)`);
    }
    return new Promise((resolve, reject) => {
        const found = new Map();
        let entries = 0;
        let failed = false;
        const fail = (message) => {
            if (failed)
                return;
            failed = true;
            file.close();
            reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(message));
        };
        file.on('error', (error) => fail(`zip error: ${error.message}`));
        file.on('end', () => {
            if (failed)
                return;
            if (!found.has(request.required))
                reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArtifactError */ .Pf(`artifact has no ${request.required}`));
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
            const name = entry.fileName;
            if (name.endsWith('/') || !wanted.has(name))
                return file.readEntry();
            if (found.has(name))
                return fail(`artifact holds ${name} twice`);
            const optional = name !== request.required;
            if (entry.uncompressedSize > maxBytes) {
                if (!optional)
                    return fail(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
                request.refused?.push(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
                return file.readEntry();
            }
            file.openReadStream(entry, (error, stream) => {
                if (error || !stream)
                    return fail(`cannot read ${name}: ${error?.message ?? 'unknown error'}`);
                const chunks = [];
                let size = 0;
                stream.on('data', (chunk) => {
                    size += chunk.length;
                    // Counted as it inflates: a header that lies about the size cannot get past the cap.
                    if (size > maxBytes) {
                        stream.destroy();
                        if (!optional)
                            fail(`${name} inflates past ${maxBytes} bytes`);
                        else {
                            request.refused?.push(`${name} inflates past ${maxBytes} bytes`);
                            file.readEntry();
                        }
                        return;
                    }
                    chunks.push(chunk);
                });
                stream.on('error', (streamError) => fail(`cannot inflate ${name}: ${streamError.message}`));
                stream.on('end', () => {
                    found.set(name, Buffer.concat(chunks).toString('utf8'));
                    file.readEntry();
                });
            });
        });
        file.readEntry();
    });
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ loadHistory)
});

// UNUSED EXPORTS: loadHistoryFromDirectory

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
// EXTERNAL MODULE: ./src/profile/profile.ts + 1 modules
var profile_profile = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/history/extract.ts
var extract = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(4886);
;// CONCATENATED MODULE: ./src/profile/digest.ts
/**
 * The history digest: what later plans and drift tests need from the history a run learned
 * from, carried forward in the run's own artifact so that the next run fetches one artifact
 * instead of one per earlier run. Pure. docs/profile-format.md describes it; docs/security.md
 * says why it is no weaker than fetching each profile.
 *
 * Each entry is a run profile without its timeline and events (the estimator, the ladder, the
 * speed-up fit and the drift test read only host, run and phases), so entries are validated by
 * the same schema as profiles and flow through the same code.
 */



const DIGEST_KIND = 'resource-planner/history-digest';
const DIGEST_VERSION = 1;
/** The file inside the artifact, beside run-profile.json. */
const digest_DIGEST_FILE_NAME = 'history-digest.json';
/** No digest holds more entries than this, whatever history-runs says (its input maximum). */
const MAX_DIGEST_ENTRIES = 100;
/** A digest larger than this is refused whole (an entry is a few KiB; 100 fit in well under it). */
const digest_MAX_DIGEST_BYTES = 4 * units/* MiB */.lv;
/** One entry larger than this is refused. */
const MAX_ENTRY_BYTES = 256 * 1024;
/** A profile as a digest entry: no timeline, no events. */
function compactProfile(profile) {
    return {
        ...profile,
        timeline: { tMs: [], treeRssBytes: [], systemUsedBytes: [], cgroupUsageBytes: [], phase: [] },
        events: [],
    };
}
function startedMs(profile) {
    const ms = Date.parse(profile.run.startedAt);
    return Number.isFinite(ms) ? ms : 0;
}
/**
 * This run's digest: its own profile and the history it learned from (profiles or earlier
 * digests' entries), one entry per run id (the newest attempt wins), newest first, capped at
 * `maxEntries`. Entries without a run id (local recordings) are kept only for this run itself.
 */
function buildDigest(own, history, maxEntries) {
    const cap = Math.max(1, Math.min(MAX_DIGEST_ENTRIES, Math.floor(maxEntries)));
    const byRun = new Map();
    for (const profile of history) {
        const runId = profile.run.runId;
        if (runId === null || runId === own.run.runId)
            continue;
        const existing = byRun.get(runId);
        if (!existing || (profile.run.runAttempt ?? 0) > (existing.run.runAttempt ?? 0))
            byRun.set(runId, profile);
    }
    const earlier = [...byRun.values()].sort((a, b) => startedMs(b) - startedMs(a));
    return {
        kind: DIGEST_KIND,
        version: DIGEST_VERSION,
        entries: [own, ...earlier].slice(0, cap).map(compactProfile),
    };
}
function serializeDigest(digest) {
    return JSON.stringify(digest);
}
/**
 * Parses an untrusted digest: capped in size, plain JSON, each entry validated as a run profile
 * (a bad entry is dropped and counted, the rest stand). Throws ProfileError when the digest as a
 * whole is unusable (too large, not JSON, another kind, a newer version).
 */
function digest_parseDigest(text) {
    if (Buffer.byteLength(text, 'utf8') > digest_MAX_DIGEST_BYTES)
        throw new errors/* ProfileError */.eo(`history digest is larger than ${digest_MAX_DIGEST_BYTES} bytes`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* ProfileError */.eo('history digest is not JSON');
    }
    const digest = (typeof value === 'object' && value !== null ? value : {});
    if (digest.kind !== DIGEST_KIND)
        throw new errors/* ProfileError */.eo('not a resource-planner history digest');
    if (digest.version !== DIGEST_VERSION)
        throw new errors/* ProfileError */.eo(`unsupported history digest version ${String(digest.version).slice(0, 16)}`);
    if (!Array.isArray(digest.entries))
        throw new errors/* ProfileError */.eo('history digest has no entries');
    const problems = [];
    const entries = [];
    const raw = digest.entries;
    if (raw.length > MAX_DIGEST_ENTRIES)
        problems.push(`${raw.length - MAX_DIGEST_ENTRIES} entries past the first ${MAX_DIGEST_ENTRIES} ignored`);
    for (const [index, entry] of raw.slice(0, MAX_DIGEST_ENTRIES).entries()) {
        try {
            entries.push((0,profile_profile/* parseProfile */.jZ)(JSON.stringify(entry), MAX_ENTRY_BYTES));
        }
        catch (error) {
            problems.push(`entry ${index + 1}: ${error instanceof errors/* ProfileError */.eo ? error.message : 'unreadable'}`);
        }
    }
    return { entries, problems };
}
/**
 * The entries a trusted run's digest may contribute: only runs that would themselves count as
 * history (the same rules as fetching their profiles), one per run id; the rest are dropped with
 * a reason each.
 */
function trustedEntries(entries, rules) {
    const kept = [];
    const dropped = [];
    const seen = new Set();
    for (const entry of entries) {
        const runId = entry.run.runId;
        if (runId === null)
            dropped.push('an entry without a run id');
        else if (entry.run.repositoryId !== rules.repositoryId)
            dropped.push(`run ${runId}: another repository`);
        else if (entry.run.headRepositoryId !== null &&
            entry.run.headRepositoryId !== rules.repositoryId)
            dropped.push(`run ${runId}: from a fork`);
        else if (!rules.trustedRunIds.has(runId))
            dropped.push(`run ${runId}: not a successful run of this workflow on the baseline branch`);
        else if (seen.has(runId))
            dropped.push(`run ${runId}: listed twice`);
        else {
            seen.add(runId);
            kept.push(entry);
        }
    }
    return { kept, dropped };
}

// EXTERNAL MODULE: ./src/profile/naming.ts
var naming = __webpack_require__(6549);
// EXTERNAL MODULE: ./src/runner/files.ts
var files = __webpack_require__(869);
// EXTERNAL MODULE: ./src/github/runs.ts
var runs = __webpack_require__(1281);
;// CONCATENATED MODULE: ./src/history/load.ts
/**
 * Earlier runs' profiles, from GitHub (the action) or from a folder (the CLI). Never throws for
 * GitHub trouble: problems become notes, and a bad profile is skipped and counted.
 */










function describeFailure(error) {
    const status = (0,types/* httpStatus */.n)(error);
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
    return (0,errors/* errorMessage */.gJ)(error);
}
function summariseSkips(skipped, total) {
    if (skipped.length === 0)
        return null;
    const reasons = [...new Set(skipped.map((skip) => skip.reason))].slice(0, 3).join('; ');
    return `${skipped.length} of ${total} profiles skipped: ${reasons}.`;
}
/** Downloads at once for runs the digest did not cover: quick on a warm API, gentle on the rate limit. */
const PARALLEL_DOWNLOADS = 4;
/**
 * The baseline's profiles in as few round trips as the history allows: list the trusted runs
 * and their artifacts (3 calls), download the newest run's artifact, and take the digest it
 * carries of the history it learned from; only runs the digest does not cover (older versions,
 * expired digests) are downloaded one by one, a few at a time.
 */
async function loadHistory(options) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    let discovery;
    try {
        discovery = await (0,runs/* findBaselineArtifacts */.O0)({ ...options, signal });
        result.apiCalls += discovery.apiCalls;
        result.notes.push(...discovery.notes);
    }
    catch (error) {
        result.notes.push(`Could not list earlier runs: ${describeFailure(error)}.`);
        return result;
    }
    const { candidates, trustedRunIds, failedRunIds } = discovery;
    if (candidates.length === 0)
        return result;
    const runUrl = (runId) => `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${runId}`;
    const covered = new Set();
    const take = (profile, runId) => {
        covered.add(runId);
        result.profiles.push({ profile, runId, url: runUrl(runId), failed: failedRunIds.has(runId) });
    };
    const fetchOne = async (candidate) => {
        result.apiCalls++;
        const zip = await (0,runs/* downloadArtifactZip */.EU)({
            request: options.request,
            owner: options.owner,
            repo: options.repo,
            artifactId: candidate.artifactId,
            sizeInBytes: candidate.sizeInBytes,
            signal,
        });
        const refused = [];
        const files = await (0,extract/* extractFilesFromZip */.Wy)(zip, {
            required: naming/* PROFILE_FILE_NAME */.N8,
            optional: [digest_DIGEST_FILE_NAME],
            refused,
        });
        for (const problem of refused)
            result.notes.push(`The digest of run ${candidate.runId} was not used: ${problem}.`);
        const profile = (0,profile_profile/* parseProfile */.jZ)(files.get(naming/* PROFILE_FILE_NAME */.N8));
        if (profile.run.repositoryId !== null && profile.run.repositoryId !== options.repositoryId)
            throw new Error('the profile names another repository');
        take(profile, candidate.runId);
        return files.get(digest_DIGEST_FILE_NAME) ?? null;
    };
    // 1. The newest trusted run: its profile and the digest of the history it learned from.
    const newest = candidates[0];
    let fromDigest = 0;
    try {
        const digestText = await fetchOne(newest);
        if (digestText !== null) {
            fromDigest = takeDigest(digestText, newest.runId, trustedRunIds, options, result, take);
        }
    }
    catch (error) {
        result.skipped.push({ runId: newest.runId, reason: describeFailure(error) });
    }
    // 2. Runs the digest did not cover, up to history-runs in all, a few at a time.
    const rest = candidates
        .slice(1)
        .filter((candidate) => !covered.has(candidate.runId))
        .slice(0, Math.max(0, options.maxRuns - Math.max(1, result.profiles.length)));
    let next = 0;
    const worker = async () => {
        while (next < rest.length && !signal.aborted) {
            const candidate = rest[next++];
            try {
                await fetchOne(candidate);
            }
            catch (error) {
                result.skipped.push({ runId: candidate.runId, reason: describeFailure(error) });
            }
        }
    };
    await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
    result.profiles.sort((a, b) => (b.runId ?? 0) - (a.runId ?? 0));
    result.profiles.splice(options.maxRuns);
    // The newest run's own profile came with its digest: both count as "from the digest".
    const viaDigest = fromDigest > 0 && covered.has(newest.runId) ? fromDigest + 1 : 0;
    const separately = result.profiles.length - viaDigest;
    result.notes.push(viaDigest > 0
        ? `${viaDigest} run(s) from the digest of run ${newest.runId}, ${separately} fetched separately.`
        : `No usable digest in run ${newest.runId}'s artifact (an older version of the action?): ${separately} run(s) fetched one by one, ${PARALLEL_DOWNLOADS} at a time.`);
    const skips = summariseSkips(result.skipped, rest.length + 1);
    if (skips)
        result.notes.push(skips);
    const failed = result.profiles.filter((entry) => entry.failed).length;
    if (failed > 0)
        result.notes.push(`${failed} of them from run(s) that failed: their OOM kills and memory count, the worker counts they ran prove nothing.`);
    return result;
}
/**
 * Takes the digest's entries that the baseline rules allow (each validated like a profile and
 * kept with its own run id); says what was dropped. Returns how many were taken.
 */
function takeDigest(text, digestRunId, trustedRunIds, options, result, take) {
    let parsed;
    try {
        parsed = digest_parseDigest(text);
    }
    catch (error) {
        result.notes.push(`The digest of run ${digestRunId} was not used: ${(0,errors/* errorMessage */.gJ)(error)}.`);
        return 0;
    }
    const { kept, dropped } = trustedEntries(parsed.entries.filter((entry) => entry.run.runId !== digestRunId), { repositoryId: options.repositoryId, trustedRunIds });
    const newestFirst = kept.slice(0, Math.max(0, options.maxRuns - 1));
    for (const entry of newestFirst)
        take(entry, entry.run.runId);
    const problems = [...parsed.problems, ...dropped];
    if (problems.length > 0)
        result.notes.push(`The digest of run ${digestRunId}: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} left out (${problems.slice(0, 3).join('; ')}).`);
    return newestFirst.length;
}
/**
 * Profiles from a folder: `*.json` files and `run-profile.json` one level down (as
 * `gh run download` lays artifacts out). Each is read with the profile cap applied while reading;
 * links are not followed, and FIFOs, devices, sockets and links named `*.json` are skipped with a
 * note (never opened). Throws `FileError` (one line: `DIR: no such folder`) when `directory`
 * itself cannot be listed.
 */
function loadHistoryFromDirectory(directory, maxProfiles = 100) {
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    const files = [];
    for (const entry of listFolder(directory)) {
        const path = join(directory, entry);
        if (isFolder(path))
            files.push(...innerProfiles(path, result));
        else if (entry.endsWith('.json'))
            files.push(path);
    }
    const digests = [];
    for (const file of files.sort().slice(0, maxProfiles)) {
        try {
            if (basename(file) === DIGEST_FILE_NAME) {
                // A downloaded artifact's digest: its entries count for runs no profile here covers.
                const parsed = parseDigest(readBoundedText(file, MAX_DIGEST_BYTES, { what: 'a history digest', followLinks: false }));
                digests.push(...parsed.entries);
                if (parsed.problems.length > 0)
                    result.notes.push(`${shownPath(file)}: ${parsed.problems.length} digest entries left out.`);
                continue;
            }
            const text = readBoundedText(file, MAX_PROFILE_BYTES, {
                what: 'a run profile',
                followLinks: false,
            });
            const profile = parseProfile(text);
            result.profiles.push({ profile, runId: profile.run.runId, url: null, failed: false });
        }
        catch (error) {
            result.skipped.push({
                runId: null,
                reason: error instanceof FileError ? error.message : `${shownPath(file)}: ${errorMessage(error)}`,
            });
        }
    }
    const covered = new Set(result.profiles.map((entry) => entry.runId));
    let fromDigests = 0;
    for (const entry of digests) {
        if (entry.run.runId !== null && covered.has(entry.run.runId))
            continue;
        covered.add(entry.run.runId);
        result.profiles.push({ profile: entry, runId: entry.run.runId, url: null, failed: false });
        fromDigests++;
    }
    if (fromDigests > 0)
        result.notes.push(`${fromDigests} run(s) from history digests in ${directory}.`);
    result.profiles.splice(maxProfiles);
    if (files.length > maxProfiles)
        result.notes.push(`Only the first ${maxProfiles} of ${files.length} files were read.`);
    const skips = summariseSkips(result.skipped, files.length);
    if (skips)
        result.notes.push(skips);
    return result;
}
/** A real folder (not a link to one). */
function isFolder(path) {
    try {
        return lstatSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The `*.json` entries of a folder one level down; a folder that cannot be listed is a note. */
function innerProfiles(folder, result) {
    let entries;
    try {
        entries = listFolder(folder);
    }
    catch (error) {
        result.notes.push(`Skipped ${errorMessage(error)}.`);
        return [];
    }
    return entries
        .filter((inner) => inner.endsWith('.json') && !isFolder(join(folder, inner)))
        .map((inner) => join(folder, inner));
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

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ parseProfile),
  Kt: () => (/* binding */ serializeProfile)
});

// UNUSED EXPORTS: MAX_PROFILE_BYTES

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/profile/types.ts
var types = __webpack_require__(6808);
;// CONCATENATED MODULE: ./src/profile/schema.ts
/**
 * JSON Schema (draft-07) of run profiles v1 and v2. Profiles from earlier runs are untrusted:
 * every field is typed, every string and array bounded, and unknown properties refused.
 * v2 adds `run.exitCode` and each worker group's `concurrency`.
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
    return { type: 'array', maxItems: types/* TIMELINE_MAX_POINTS */.x3, items };
}
const workerGroupV1 = {
    name: schema_name,
    parentName: nullableName,
    maxConcurrency: count,
    processes: count,
    peakRss: object({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
    meanEndRssBytes: bytes,
    peakTotalBytes: bytes,
};
const concurrencyV2 = {
    memberMeanBytes: bytes,
    memberSdBytes: bytes,
    aliveAtPeak: count,
    meanAlive: { type: 'number', minimum: 0, maximum: 1_000_000_000 },
};
const concurrencyFor = (version) => ({
    anyOf: [
        { type: 'null' },
        object(version === 2
            ? concurrencyV2
            : // null: upgraded from v2, which did not record it (the action saves what it read).
                { ...concurrencyV2, sustainedAlive: { ...count, type: ['integer', 'null'] } }),
    ],
});
const phaseFor = (workerGroup, version) => object({
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
    ...(version >= 4 ? { heapLimitKills: { ...count, type: ['integer', 'null'] } } : {}),
    pressureMaxAvg10: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    workerGroups: { type: 'array', maxItems: 50, items: workerGroup },
});
/** v4: which shard of how many, or null outside a split. */
const shard = {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['index', 'total'],
    properties: {
        index: { type: 'integer', minimum: 1, maximum: types/* MAX_SHARDS */.hH },
        total: { type: 'integer', minimum: 1, maximum: types/* MAX_SHARDS */.hH },
    },
};
const runV1 = {
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
};
/** The schema of one format version (1 to 4). */
function schemaFor(version) {
    const workerGroup = object(version === 1 ? workerGroupV1 : { ...workerGroupV1, concurrency: concurrencyFor(version) });
    const exitCode = { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 };
    const run = version === 1
        ? object(runV1)
        : version <= 3
            ? object({ ...runV1, exitCode })
            : object({ ...runV1, exitCode, shard });
    const schema = {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `https://github.com/resource-planner/resource-planner/docs/run-profile-v${version}.schema.json`,
        title: `resource-planner run profile v${version}`,
        ...object({
            kind: { const: 'resource-planner/run-profile' },
            version: { const: version },
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
            run,
            sampler: object({
                intervalMs: ms,
                source: { type: 'string', maxLength: 16 },
                samples: count,
                died: { type: 'boolean' },
            }),
            phases: { type: 'array', maxItems: 500, items: phaseFor(workerGroup, version) },
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
                    kind: {
                        enum: [
                            'oom-kill',
                            'pressure-peak',
                            'sigkill',
                            'sampler-died',
                            ...(version >= 4 ? ['heap-limit'] : []),
                        ],
                    },
                    phase: nullableName,
                    detail: nullableName,
                    value: { type: ['number', 'null'] },
                }),
            },
        }),
    };
    if (version < 4)
        return schema;
    // v4, optional: only task lists of `exec --tasks` / `--each` write it.
    const properties = schema.properties;
    return {
        ...schema,
        properties: {
            ...properties,
            tasks: {
                type: 'array',
                maxItems: types/* MAX_PROFILE_TASKS */.i1,
                items: object({
                    name: schema_name,
                    status: { enum: ['ok', 'failed', 'oom-killed', 'not-started', 'not-run', 'stopped'] },
                    exitStatus: { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 },
                    runs: count,
                    durationMs: ms,
                    peakBytes: bytes,
                }),
            },
        },
    };
}
const RUN_PROFILE_SCHEMA_V1 = schemaFor(1);
const RUN_PROFILE_SCHEMA_V2 = schemaFor(2);
const RUN_PROFILE_SCHEMA_V3 = schemaFor(3);
const RUN_PROFILE_SCHEMA = schemaFor(4);

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
const SCHEMAS = {
    1: RUN_PROFILE_SCHEMA_V1,
    2: RUN_PROFILE_SCHEMA_V2,
    3: RUN_PROFILE_SCHEMA_V3,
    4: RUN_PROFILE_SCHEMA,
};
const validators = new Map();
function validate(value, version) {
    let validator = validators.get(version);
    if (!validator) {
        validator = new ajv.Ajv({ allErrors: false, strict: true }).compile(SCHEMAS[version]);
        validators.set(version, validator);
    }
    return validator(value) ? null : (validator.errors ?? []);
}
/**
 * An older profile as the current version: what the older writer did not record reads as unknown
 * (v1: no concurrency figures, no exit status; v2: no sustained count; v3: nobody counted deaths at
 * the V8 heap limit), so the estimator uses it
 * for what it can prove and no more.
 */
function upgrade(profile) {
    const concurrency = (figures) => figures
        ? { ...figures, sustainedAlive: figures.sustainedAlive ?? null }
        : null;
    return {
        ...profile,
        version: types/* PROFILE_VERSION */.PL,
        run: { ...profile.run, exitCode: profile.run.exitCode ?? null, shard: null },
        phases: profile.phases.map((phase) => ({
            ...phase,
            heapLimitKills: phase.heapLimitKills ?? null,
            workerGroups: phase.workerGroups.map((group) => ({
                ...group,
                concurrency: concurrency(group.concurrency),
            })),
        })),
    };
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
/** Parses and validates a run profile (v1–v3 are upgraded to v4); throws ProfileError saying what is wrong. */
function parseProfile(text, maxBytes = MAX_PROFILE_BYTES) {
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        throw new shared_errors/* ProfileError */.eo(`profile is larger than ${maxBytes} bytes`);
    }
    if (nestingDepth(text) > MAX_NESTING)
        throw new shared_errors/* ProfileError */.eo('profile nests deeper than the format allows');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // The parser's message quotes the file, which is untrusted: quoted, cut and on one line.
        throw new shared_errors/* ProfileError */.eo(`profile is not JSON: ${(0,inert_text/* quoteUntrusted */.X0)(error instanceof Error ? error.message : String(error), 120)}`);
    }
    const header = (typeof value === 'object' && value !== null ? value : {});
    if (header.kind !== types/* PROFILE_KIND */.Lr)
        throw new shared_errors/* ProfileError */.eo('not a resource-planner run profile');
    if (typeof header.version === 'number' && header.version > types/* PROFILE_VERSION */.PL) {
        throw new shared_errors/* ProfileError */.eo(`unsupported version ${header.version} (this is version ${types/* PROFILE_VERSION */.PL}; update the action)`);
    }
    const version = header.version === 1 || header.version === 2 || header.version === 3 ? header.version : 4;
    const errors = validate(value, version);
    if (errors) {
        const first = errors[0];
        throw new shared_errors/* ProfileError */.eo(`profile does not match the schema: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
    }
    const profile = version < types/* PROFILE_VERSION */.PL ? upgrade(value) : value;
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
            throw new shared_errors/* ProfileError */.eo('profile timeline columns differ in length');
    }
    if (profile.timeline.phase.some((index) => index >= profile.phases.length)) {
        throw new shared_errors/* ProfileError */.eo('profile timeline points at a phase that does not exist');
    }
    const shard = profile.run.shard;
    if (shard && shard.index > shard.total)
        throw new shared_errors/* ProfileError */.eo('profile run.shard has an index above its total');
}


/***/ })

};
