export const id = 389;
export const ids = [389];
export const modules = {

/***/ 9389:
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
// EXTERNAL MODULE: ./src/profile/profile.ts + 2 modules
var profile = __webpack_require__(1275);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
// EXTERNAL MODULE: ./src/profile/worker-group.ts
var worker_group = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/shared/stats.ts
var stats = __webpack_require__(3570);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/estimate/speedup.ts
var estimate_speedup = __webpack_require__(96);
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
function figuresFor(entry, phaseName, nowMs, halfLifeDays) {
    const phase = entry.profile.phases.find((candidate) => candidate.name === phaseName);
    if (!phase)
        return null;
    const group = (0,worker_group/* mainWorkerGroup */.Z)(phase);
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
    // here. Scale by the ratio of memories, never below half (docs/measurements.md M2). Not after an OOM kill:
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
    const speedup = (0,estimate_speedup/* fitSpeedup */.AI)(runs.map((run) => ({ workers: run.workers, durationMs: run.durationMs })), input.minSpeedupGain ?? estimate_speedup/* DEFAULT_MIN_SPEEDUP_GAIN */.an);
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

;// CONCATENATED MODULE: ./src/history/learn.ts

/** The estimate for `settings.profile` from loaded history; the loader's notes come first. */
function estimateFromLoaded(history, settings, capacity, fallback, nowMs) {
    const estimate = estimateFromHistory({
        profiles: history.profiles.map((entry) => ({ profile: entry.profile, url: entry.url })),
        phase: settings.profile,
        capacityMemoryLimitBytes: capacity.memoryLimitBytes,
        nowMs,
        minSpeedupGain: settings.minSpeedupGain,
        elasticMemory: settings.elasticMemory,
        fallback,
    });
    return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}

// EXTERNAL MODULE: ./src/history/load.ts
var load = __webpack_require__(1574);
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
    return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
}


/***/ })

};
