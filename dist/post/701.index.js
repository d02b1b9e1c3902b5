export const id = 701;
export const ids = [701];
export const modules = {

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requestFor: () => (/* binding */ requestFor)
});

// UNUSED EXPORTS: learnFromGitHub

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
// EXTERNAL MODULE: ./src/advisory/post-run.ts
var post_run = __webpack_require__(32913);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
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
const speedup_DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
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
function speedup_fitSpeedup(points, minGain = speedup_DEFAULT_MIN_SPEEDUP_GAIN) {
    const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
    const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
    if (usable.length < 3 || distinct.length < 2)
        return null;
    const { m: slope, b: intercept } = linearRegression(usable.map((point) => [1 / point.workers, point.durationMs]));
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
    const group = mainWorkerGroup(phase);
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
function estimate_estimateFromHistory(input) {
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
    let baseBytes = weightedQuantile(runs.map((run) => run.baseBytes), weights, 0.5);
    if (n < MIN_RUNS_FOR_QUANTILE) {
        target = Math.max(...perWorkerValues);
        notes.push(`Per worker: the largest of ${n} run(s) (${formatBytes(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`);
    }
    else {
        target = weightedQuantile(perWorkerValues, weights, TARGET_QUANTILE);
        notes.push(`Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${formatBytes(target)}.`);
    }
    // Runs at different worker counts: the slope of peak on workers separates per-worker from base memory.
    const counts = new Set(runs.map((run) => run.workers));
    if (counts.size >= 3) {
        const { m: slope, b: intercept } = linearRegression(runs.map((run) => [run.workers, run.peakBytes]));
        if (slope > 0 && intercept >= 0) {
            notes.push(`Peak memory rises by ${formatBytes(slope)} per worker across ${counts.size} worker counts (regression); base ${formatBytes(intercept)}.`);
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
        notes.push(`${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used × 1.2) = ${formatBytes(bumped)} per worker at least.`);
    }
    const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
    let perWorkerBytes = Math.round(target * multiplier);
    notes.push(`+15% margin and ×${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${formatBytes(perWorkerBytes)} per worker.`);
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
        notes.push(`Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${formatBytes(leastSeenBytes)}, this runner ${formatBytes(input.capacityMemoryLimitBytes)}: ×${share.toFixed(2)} = ${formatBytes(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith('node') ? ' Pass node-heap-mb to the workers as --max-old-space-size.' : ''} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`);
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
            notes.push(`${feasible.length} run(s) under a tighter memory limit finished without OOM at ${formatBytes(proven)} per worker: using that (garbage-collected workers use less when they see less).`);
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
            p50Bytes: Math.round(quantile(perWorkerValues, 0.5)),
            p90Bytes: Math.round(quantile(perWorkerValues, 0.9)),
            maxBytes: Math.max(...perWorkerValues),
        },
        workerName: latestName,
        oomInHistory: ooms.length > 0,
        speedup,
        runs: runs.map((run) => run.ref),
        notes,
    };
}

// EXTERNAL MODULE: ./src/profile/profile.ts + 1 modules
var profile = __webpack_require__(31306);
// EXTERNAL MODULE: ./src/history/load.ts + 2 modules
var load = __webpack_require__(77130);
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
    const history = await loadHistory({
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
        mkdirSync(request.historyDir, { recursive: true });
        for (const entry of history.profiles) {
            writeFileSync(join(request.historyDir, `${entry.runId ?? 'unknown'}.json`), serializeProfile(entry.profile));
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


/***/ })

};
