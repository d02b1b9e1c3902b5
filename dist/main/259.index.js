export const id = 259;
export const ids = [259];
export const modules = {

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  learnFromGitHub: () => (/* binding */ learnFromGitHub)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/profile/profile.ts + 1 modules
var profile = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/runner/files.ts
var files = __webpack_require__(869);
// EXTERNAL MODULE: ./src/estimate/estimate.ts
var estimate_estimate = __webpack_require__(1578);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/history/learn.ts


/** The estimate for `settings.profile` from loaded history; the loader's notes come first. */
function estimateFromLoaded(history, settings, capacity, fallback, nowMs) {
    const estimate = (0,estimate_estimate/* estimateFromHistory */.Bw)({
        profiles: history.profiles.map((entry) => ({
            profile: entry.profile,
            url: entry.url,
            failed: entry.failed,
        })),
        phase: settings.profile,
        capacityMemoryLimitBytes: capacity.memoryLimitBytes,
        capacityOs: capacity.os,
        nowMs,
        minSpeedupGain: settings.minSpeedupGain,
        elasticMemory: settings.elasticMemory,
        fallback,
    });
    return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}
/**
 * The profiles of one job (`run.job`, which the CLI's `run --name` sets), so that recordings of
 * different commands do not mix into one estimate. With no name, every profile is kept, and a
 * folder that holds several jobs gets a note saying so.
 */
function onlyJob(history, job) {
    const jobs = history.profiles.map((entry) => entry.profile.run.job);
    if (job === null) {
        const distinct = new Set(jobs);
        if (distinct.size < 2)
            return history;
        return {
            ...history,
            notes: [
                ...history.notes,
                `The profiles are of ${distinct.size} jobs (${quotedNames(distinct)}): --name NAME learns from one.`,
            ],
        };
    }
    const kept = history.profiles.filter((entry) => entry.profile.run.job === job);
    if (kept.length === history.profiles.length)
        return history;
    const others = jobs.filter((name) => name !== job);
    return {
        ...history,
        profiles: kept,
        notes: [
            ...history.notes,
            `${others.length} of ${jobs.length} profiles left out: of other jobs (${quotedNames(others)}), not ${quoteUntrusted(job, 60)}.`,
        ],
    };
}

// EXTERNAL MODULE: ./src/history/load.ts + 1 modules
var load = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/history/learn-github.ts
/**
 * The main step's history path: list and fetch earlier profiles, keep the validated ones for the
 * post step's drift comparison, and estimate. Loaded lazily by the main step (it brings Octokit).
 */







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
        request: (0,client/* requestFor */.p)(inputs.githubToken, context.apiUrl),
        owner: context.owner,
        repo: context.repo,
        repositoryId: context.repositoryId,
        workflowFile: context.workflowFile,
        branch: request.baselineBranch,
        // A planning job learns from the job it plans for (`history-job`), else from itself.
        job: inputs.historyJob || context.job,
        matrixKey: inputs.matrixKey,
        maxRuns: inputs.historyRuns,
        serverUrl: context.serverUrl,
        timeoutMs: inputs.historyTimeoutMs,
    });
    for (const note of history.notes)
        log.info(`History: ${note}`);
    request.keepProfiles?.(history.profiles);
    log.info(`History: ${history.profiles.length} profile(s) from ${request.baselineBranch} in ${history.apiCalls} API call(s).`);
    // No folder (RUNNER_TEMP could not hold the job state): the drift comparison goes without.
    if (request.historyDir === '')
        return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
    try {
        (0,files/* ensureWritableDirectory */.Wh)(request.historyDir, 0);
        // Drift compares like with like: a failed run (cut short, or killed) is no baseline.
        for (const entry of history.profiles.filter((loaded) => !loaded.failed)) {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(request.historyDir, `${entry.runId ?? 'unknown'}.json`), (0,profile/* serializeProfile */.Kt)(entry.profile));
        }
    }
    catch (error) {
        log.debug(`Could not keep the history for the drift comparison: ${String(error)}`);
    }
    return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
}


/***/ })

};
