export const id = 635;
export const ids = [635];
export const modules = {

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReportMode: () => (/* binding */ runReportMode)
});

// EXTERNAL MODULE: ./src/runner/context.ts
var runner_context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
;// CONCATENATED MODULE: ./src/github/comments.ts
/**
 * The sticky pull-request comment: one per workflow + job + matrix combination, found by its
 * hidden marker AND its author, updated in place. Thin adapter over the REST API.
 *
 * Duplicates: two jobs never share a marker, but a retried POST (or a re-run racing the first
 * attempt) can create a second comment; after writing we list again and delete our own extras,
 * keeping the oldest, so readers always see one.
 */


/** Comments created with GITHUB_TOKEN are authored by this bot. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const PER_PAGE = 100;
/** Upper bound on pages read (10,000 comments): a runaway pagination must end. */
const MAX_PAGES = 100;
/** The identity the token acts as: `GET /user` where allowed, else the Actions bot. */
async function tokenLogin(request) {
    try {
        const response = await request('GET /user');
        const login = response.data?.login;
        if (typeof login === 'string' && login)
            return login;
    }
    catch {
        // GITHUB_TOKEN is an installation token: `GET /user` answers 403. That token's comments are
        // authored by the Actions bot.
    }
    return ACTIONS_BOT_LOGIN;
}
/** All comments of an issue, oldest first, following pagination (100 per page). */
async function listIssueComments(request, owner, repo, issueNumber) {
    const comments = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const response = await request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: PER_PAGE,
            page,
        });
        if (!Array.isArray(response.data))
            throw new Error('the comments listing had an unexpected shape');
        for (const item of response.data) {
            const comment = item;
            if (typeof comment.id !== 'number')
                continue;
            comments.push({
                id: comment.id,
                body: typeof comment.body === 'string' ? comment.body : '',
                authorLogin: typeof comment.user?.login === 'string' ? comment.user.login : null,
                minimized: typeof comment.minimized === 'object' && comment.minimized !== null,
            });
        }
        if (response.data.length < PER_PAGE)
            break;
    }
    return comments;
}
function ours(comments, marker, login) {
    return comments.filter((comment) => !comment.minimized && comment.authorLogin === login && comment.body.startsWith(marker));
}
/** Creates or updates the sticky comment. Throws on API errors (the caller turns them into warnings). */
async function upsertStickyComment(options) {
    const { request, owner, repo, issueNumber, marker, body } = options;
    if (!body.startsWith(marker))
        throw new Error('the comment body must start with its marker');
    const login = await tokenLogin(request);
    const existing = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);
    let commentId;
    let action;
    const first = existing[0];
    if (first) {
        await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: first.id,
            body,
        });
        commentId = first.id;
        action = 'updated';
    }
    else if (options.updateOnly) {
        return { action: 'skipped', reason: 'no earlier comment to update' };
    }
    else {
        const response = await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            body,
        });
        const id = response.data?.id;
        if (typeof id !== 'number')
            throw new Error('the created comment had an unexpected shape');
        commentId = id;
        action = 'created';
    }
    let duplicatesRemoved = 0;
    const after = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);
    for (const extra of after.slice(1)) {
        try {
            await request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner,
                repo,
                comment_id: extra.id,
            });
            duplicatesRemoved++;
        }
        catch (error) {
            if ((0,types/* httpStatus */.n)(error) !== 404)
                throw new Error(`could not remove a duplicate comment: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const kept = after[0];
    if (kept && kept.id !== commentId) {
        // A concurrent writer's older comment survived the clean-up: give it this run's body.
        await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: kept.id,
            body,
        });
    }
    return { action, commentId: kept ? kept.id : commentId, duplicatesRemoved };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/chart.ts
/**
 * Memory over time as a Mermaid `xychart-beta` line chart, drawn by GitHub itself (no external
 * image service). Checked with mermaid-cli 11 in Chromium: the default theme draws the first line
 * almost white and shows no
 * legend, so colours are set explicitly (readable on light and dark) and the title names the
 * series in colour order.
 */

/** Red, blue, green, orange: distinct on light and dark backgrounds. */
const CHART_COLOURS = ['#d62728', '#1f77b4', '#2ca02c', '#ff7f0e'];
const COLOUR_NAMES = ['red', 'blue', 'green', 'orange'];
/** Mermaid renders slowly and GitHub truncates large diagrams: keep charts small. */
const CHART_MAX_POINTS = 150;
/** Evenly picks at most `maxPoints` indices, always keeping the highest value of each stride. */
function downsampleIndices(values, maxPoints = CHART_MAX_POINTS) {
    if (values.length <= maxPoints)
        return values.map((_, index) => index);
    const stride = values.length / maxPoints;
    const indices = [];
    for (let bucket = 0; bucket < maxPoints; bucket++) {
        const start = Math.floor(bucket * stride);
        const end = Math.min(values.length, Math.floor((bucket + 1) * stride));
        let best = start;
        for (let index = start + 1; index < end; index++)
            if (values[index] > values[best])
                best = index;
        indices.push(best);
    }
    return indices;
}
/** `1m05s` style labels for seconds (no `:`, which Mermaid labels cannot carry). */
function timeLabel(seconds) {
    const whole = Math.round(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}m${String(whole % 60).padStart(2, '0')}s`;
}
function lineChart(title, xLabels, series, yAxisTitle = 'MiB') {
    const shown = series
        .filter((line) => line.valuesMiB.some((value) => value !== null))
        .slice(0, CHART_COLOURS.length);
    if (shown.length === 0 || xLabels.length === 0)
        return '';
    const colours = CHART_COLOURS.slice(0, shown.length).join(', ');
    const legend = shown
        .map((line, index) => `${(0,report_escape/* escapeMermaidLabel */.x2)(line.name)} ${COLOUR_NAMES[index]}`)
        .join(', ');
    const max = Math.max(1, ...shown.flatMap((line) => line.valuesMiB.filter((value) => value !== null)));
    const lines = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours}"}}}}%%`,
        'xychart-beta',
        `  title "${(0,report_escape/* escapeMermaidLabel */.x2)(title, 60)} (${legend})"`,
        `  x-axis [${xLabels.map((label) => `"${(0,report_escape/* escapeMermaidLabel */.x2)(label, 12)}"`).join(', ')}]`,
        `  y-axis "${(0,report_escape/* escapeMermaidLabel */.x2)(yAxisTitle, 20)}" 0 --> ${Math.ceil(max * 1.1)}`,
        // Mermaid has no gaps: an unknown point repeats the previous one (or 0 at the start).
        ...shown.map((line) => {
            let last = 0;
            const values = line.valuesMiB.map((value) => value === null ? last : (last = Math.round(value)));
            return `  line [${values.join(', ')}]`;
        }),
        '```',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The drift report as Markdown: the job-summary section and the sticky pull-request comment.
 * Pure. The comment starts with a hidden marker built from a hash only (no untrusted text), so it
 * cannot be forged or closed by a name, and stays within GitHub's 65,536-character limit.
 */





/** `<!-- resource-planner:v1 key=<sha256> -->`: one comment per workflow + job + matrix combination. */
function markerFor(identity) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([identity.workflow ?? '', identity.job ?? '', identity.matrixKey ?? '']))
        .digest('hex');
    return `<!-- resource-planner:v1 key=${key} -->`;
}
const VERDICT_LINE = {
    drift: '🔺 **Peak memory drifted up** against the base branch.',
    improvement: '✅ **Peak memory went down** against the base branch.',
    ok: '✅ **No memory drift** against the base branch.',
    'no-baseline': 'ℹ️ **No baseline yet**: the base branch has no recorded runs to compare with.',
};
function percent(fraction) {
    if (fraction === null)
        return '—';
    const value = Math.round(fraction * 1000) / 10;
    return `${value > 0 ? '+' : ''}${value}%`;
}
function metricCell(metric) {
    if (!metric.baseline)
        return `${(0,units/* formatBytes */.z3)(metric.currentBytes)} (no baseline)`;
    return `${(0,units/* formatBytes */.z3)(metric.baseline.medianBytes)} → ${(0,units/* formatBytes */.z3)(metric.currentBytes)}`;
}
const MARK = {
    drift: '🔺',
    improvement: '🟢',
    ok: '',
    'no-baseline': '',
};
function phaseTable(report) {
    const rows = report.phases.map((phase) => [
        `${MARK[phase.verdict]} ${(0,report_escape/* escapeTableCell */.aL)(phase.name, 64)}`.trim(),
        metricCell(phase.peak),
        percent(phase.peak.changeFraction),
        phase.perWorker
            ? `${metricCell(phase.perWorker)} (${(0,report_escape/* escapeTableCell */.aL)(phase.workerName ?? '', 40)})`
            : '—',
        phase.perWorker ? percent(phase.perWorker.changeFraction) : '—',
        phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
    ]);
    return (0,markdown/* table */.tp)(['Phase', 'Peak (baseline median → this run)', 'Δ', 'Per worker p90', 'Δ', 'OOM kills'], rows);
}
function baselineLine(report) {
    const first = report.phases.find((phase) => phase.peak.baseline)?.peak;
    const method = first?.method === 'robust' ? 'modified z-score > 3.5 and' : 'above the baseline maximum by';
    const spread = first?.baseline
        ? `; peak median ${(0,units/* formatBytes */.z3)(first.baseline.medianBytes)}, range ${(0,units/* formatBytes */.z3)(first.baseline.minBytes)}–${(0,units/* formatBytes */.z3)(first.baseline.maxBytes)}, MAD ${(0,units/* formatBytes */.z3)(first.baseline.madBytes)}`
        : '';
    return `Baseline: ${report.baselineRuns} run(s) of the base branch${spread}. Drift means ${method} a change of at least ${Math.round(report.thresholdFraction * 100)}%.`;
}
function workersLine(report) {
    if (report.currentWorkers === null ||
        report.baselineWorkers === null ||
        report.currentWorkers === report.baselineWorkers)
        return null;
    return `Recommended workers: ${report.baselineWorkers} on the base branch → ${report.currentWorkers} here.`;
}
/** Baseline median vs this run, per phase, as a two-line chart (MiB). */
function comparisonChart(report) {
    const phases = report.phases.filter((phase) => phase.peak.baseline).slice(0, 30);
    if (phases.length === 0)
        return '';
    return lineChart('Peak per phase, baseline median vs this run', phases.map((phase) => phase.name), [
        {
            name: 'baseline',
            valuesMiB: phases.map((phase) => (phase.peak.baseline?.medianBytes ?? 0) / units/* MiB */.lv),
        },
        { name: 'this run', valuesMiB: phases.map((phase) => phase.peak.currentBytes / units/* MiB */.lv) },
    ]);
}
function groupsDetails(current) {
    const rows = current.phases.flatMap((phase) => phase.workerGroups
        .slice(0, 10)
        .map((group) => [
        (0,report_escape/* escapeTableCell */.aL)(phase.name, 64),
        (0,report_escape/* escapeTableCell */.aL)(group.name, 64),
        String(group.maxConcurrency),
        (0,units/* formatBytes */.z3)(group.peakRss.p90Bytes),
        (0,units/* formatBytes */.z3)(group.peakRss.maxBytes),
    ]));
    return rows.length > 0
        ? (0,markdown/* table */.tp)(['Phase', 'Process', 'At once', 'Peak p90', 'Peak max'], rows)
        : '';
}
/** The drift section of the job summary. */
function renderDriftSummary(report) {
    const lines = [
        '### resource-planner: memory against the base branch',
        '',
        VERDICT_LINE[report.verdict],
        '',
    ];
    if (report.phases.length > 0 && report.verdict !== 'no-baseline')
        lines.push(phaseTable(report), '', baselineLine(report));
    const workers = workersLine(report);
    if (workers)
        lines.push('', workers);
    return `${lines.join('\n')}\n`;
}
function renderDriftComment({ report, current, identity, runUrl, resolved = false, }) {
    const marker = markerFor(identity);
    const title = [identity.workflow, identity.job]
        .filter((part) => !!part)
        .map((part) => (0,report_escape/* escapeMarkdownText */.m4)(part, 60))
        .join(' / ');
    const verdict = resolved && report.verdict !== 'drift'
        ? '✅ **Memory drift resolved**: this run is back within the baseline.'
        : VERDICT_LINE[report.verdict];
    const head = [marker, `#### resource-planner${title ? ` · ${title}` : ''}`, '', verdict];
    const workers = workersLine(report);
    if (workers)
        head.push('', workers);
    const sections = [{ markdown: head.join('\n'), priority: 100 }];
    if (report.phases.length > 0)
        sections.push({ markdown: `${phaseTable(report)}\n\n${baselineLine(report)}`, priority: 80 });
    const chart = comparisonChart(report);
    const groups = groupsDetails(current);
    const extra = [groups, chart].filter((part) => part !== '').join('\n\n');
    if (extra)
        sections.push({ markdown: (0,markdown/* details */.zH)('Worker groups and chart', extra), priority: 30 });
    if (runUrl)
        sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
    // The marker section has the highest priority and comes first, so trimming never removes it.
    return (0,markdown/* fitToLimit */.Qt)(sections, markdown/* COMMENT_LIMIT_CHARACTERS */.F$, (text) => text.length);
}

// EXTERNAL MODULE: ./src/profile/worker-group.ts
var worker_group = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/shared/stats.ts
var shared_stats = __webpack_require__(3570);
;// CONCATENATED MODULE: ./src/drift/drift.ts
/**
 * Peak-memory drift of this run against the baseline branch's runs. Pure.
 *
 * With 5 or more baseline runs (`auto`, `robust`): drift when the modified z-score of log(peak),
 * 0.6745·(x − median)/MAD, exceeds 3.5 (Iglewicz & Hoaglin) AND the change against the baseline
 * median is at least the threshold. The log scale makes the test relative; the threshold keeps a
 * statistically clear but tiny change from raising an alarm. With fewer runs (or `max`): drift
 * when the peak exceeds the baseline maximum by more than the threshold. Decreases past the same
 * tests are improvements. An OOM kill in this run is always drift.
 */


const MODIFIED_Z_LIMIT = 3.5;
const ROBUST_MIN_RUNS = 5;
/**
 * When the baseline's MAD is 0 (identical peaks), the spread is taken as 1% of the median
 * (0.01 in log space), so the relative threshold alone decides.
 */
const MAD_FLOOR_LOG = 0.01;
/** The peak a phase is judged on: the cgroup's charge where recorded (no double-counted shared pages), else the tree RSS. */
function phasePeak(phase) {
    return phase.treeRss.peakBytes;
}
function compareMetric(current, baseline, thresholdFraction, method) {
    const values = baseline.filter((value) => value > 0);
    if (values.length === 0)
        return {
            verdict: 'no-baseline',
            currentBytes: current,
            baseline: null,
            changeFraction: null,
            zScore: null,
            method: null,
        };
    const stats = {
        n: values.length,
        medianBytes: (0,shared_stats/* median */.JZ)(values),
        minBytes: Math.min(...values),
        maxBytes: Math.max(...values),
        madBytes: (0,shared_stats/* medianAbsoluteDeviation */.hK)(values),
    };
    const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
    const robust = method === 'robust' || (method === 'auto' && values.length >= ROBUST_MIN_RUNS);
    if (robust) {
        const logs = values.map(Math.log);
        const mad = Math.max((0,shared_stats/* medianAbsoluteDeviation */.hK)(logs), MAD_FLOOR_LOG);
        const zScore = (0.6745 * (Math.log(Math.max(1, current)) - (0,shared_stats/* median */.JZ)(logs))) / mad;
        let verdict = 'ok';
        if (zScore > MODIFIED_Z_LIMIT && changeFraction >= thresholdFraction)
            verdict = 'drift';
        else if (zScore < -MODIFIED_Z_LIMIT && changeFraction <= -thresholdFraction)
            verdict = 'improvement';
        return {
            verdict,
            currentBytes: current,
            baseline: stats,
            changeFraction,
            zScore,
            method: 'robust',
        };
    }
    let verdict = 'ok';
    if (current > stats.maxBytes * (1 + thresholdFraction))
        verdict = 'drift';
    else if (current < stats.minBytes * (1 - thresholdFraction))
        verdict = 'improvement';
    return {
        verdict,
        currentBytes: current,
        baseline: stats,
        changeFraction,
        zScore: null,
        method: 'max',
    };
}
function combine(verdicts) {
    if (verdicts.includes('drift'))
        return 'drift';
    if (verdicts.includes('improvement'))
        return 'improvement';
    if (verdicts.every((verdict) => verdict === 'no-baseline'))
        return 'no-baseline';
    return 'ok';
}
function detectDrift({ current, baseline, thresholdFraction = 0.1, method = 'auto', }) {
    const phases = current.phases.map((phase) => {
        const matching = baseline
            .map((profile) => profile.phases.find((candidate) => candidate.name === phase.name))
            .filter((candidate) => candidate !== undefined);
        const peak = compareMetric(phasePeak(phase), matching.map(phasePeak), thresholdFraction, method);
        const group = (0,worker_group/* mainWorkerGroup */.Z)(phase);
        let perWorker = null;
        if (group) {
            const baselineWorkers = matching
                .map((candidate) => candidate.workerGroups.find((other) => other.name === group.name)?.peakRss.p90Bytes)
                .filter((value) => value !== undefined);
            perWorker = compareMetric(group.peakRss.p90Bytes, baselineWorkers, thresholdFraction, method);
        }
        const verdicts = [peak.verdict, ...(perWorker ? [perWorker.verdict] : [])];
        const verdict = phase.oomKills > 0 ? 'drift' : combine(verdicts);
        return {
            name: phase.name,
            peak,
            perWorker,
            workerName: group?.name ?? null,
            oomKills: phase.oomKills,
            verdict,
        };
    });
    const workersOf = (profile) => profile.phases.find((phase) => phase.workersRecommended !== null)?.workersRecommended ?? null;
    const baselineWorkers = baseline
        .map(workersOf)
        .filter((value) => value !== null);
    return {
        verdict: phases.length === 0 ? 'no-baseline' : combine(phases.map((phase) => phase.verdict)),
        phases,
        baselineRuns: baseline.length,
        thresholdFraction,
        currentWorkers: workersOf(current),
        baselineWorkers: baselineWorkers.length > 0 ? Math.round((0,shared_stats/* median */.JZ)(baselineWorkers)) : null,
    };
}

;// CONCATENATED MODULE: ./src/action/publish-drift.ts
/**
 * Post-step glue for drift: the test, the summary section, annotations and the sticky comment.
 * Comment failures (a fork's read-only token, missing permission) become one warning.
 */






const FORK_RECIPE_URL = 'https://github.com/resource-planner/resource-planner#pull-requests-from-forks';
function driftAnnotations(report) {
    const warnings = [];
    const notices = [];
    for (const phase of report.phases) {
        const change = phase.peak.changeFraction === null
            ? ''
            : ` (${phase.peak.changeFraction > 0 ? '+' : ''}${Math.round(phase.peak.changeFraction * 100)}% against the baseline median)`;
        if (phase.verdict === 'drift') {
            warnings.push(phase.oomKills > 0
                ? `Phase ${phase.name}: ${phase.oomKills} OOM kill(s) in this run.`
                : `Phase ${phase.name}: peak memory drifted up${change}.`);
        }
        else if (phase.verdict === 'improvement')
            notices.push(`Phase ${phase.name}: peak memory went down${change}.`);
    }
    return { warnings, notices };
}
async function publishComment(target, mode, report, current, runUrl) {
    if (mode === 'never')
        return { action: 'skipped', reason: 'comment: never' };
    const identity = {
        workflow: current.run.workflow,
        job: current.run.job,
        matrixKey: current.run.matrixKey,
    };
    const drifting = report.verdict === 'drift';
    const body = renderDriftComment({
        report,
        current,
        identity,
        runUrl,
        resolved: mode === 'on-drift' && !drifting,
    });
    return upsertStickyComment({
        ...target,
        marker: markerFor(identity),
        body,
        // on-drift: a new comment only for drift; an existing one is still updated (e.g. "resolved").
        updateOnly: mode === 'on-drift' && !drifting,
    });
}
function runUrlOf(context) {
    return context.repository && context.runId
        ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
        : null;
}
/** Drift test, summary, annotations and (when there is a pull request) the sticky comment. */
async function compareAndPublishFor(request, log) {
    const { inputs, profile, baseline } = request;
    if (baseline.length === 0 && inputs.comment !== 'always')
        return null;
    const report = detectDrift({
        current: profile,
        baseline,
        thresholdFraction: inputs.driftThresholdFraction,
        method: inputs.driftMethod,
    });
    const { warnings, notices } = driftAnnotations(report);
    let summary = renderDriftSummary(report);
    if (request.target && inputs.comment !== 'never') {
        try {
            const result = await publishComment(request.target, inputs.comment, report, profile, request.runUrl);
            if (result.action !== 'skipped')
                log.info(`Pull-request comment ${result.action} (id ${result.commentId}).`);
        }
        catch (error) {
            const status = (0,types/* httpStatus */.n)(error);
            const message = status === 403 || status === 404
                ? `Could not comment on the pull request: the token lacks "pull-requests: write"${request.fork ? ' (pull requests from forks always get a read-only token)' : ''}. For forks, use the two-workflow recipe: ${FORK_RECIPE_URL}`
                : `Could not comment on the pull request: ${(0,errors/* errorMessage */.gJ)(error)}`;
            log.warning(message);
            summary += `\n> ${message}\n`;
        }
    }
    return { report, summary, warnings, notices };
}
/** The post step's compare: this run's pull request, if any, from the event. */
async function compareAndPublish(request, deps) {
    const context = readRunContext(deps.env, request.eventPayload);
    const { inputs } = request;
    const target = context.pullRequestNumber !== null &&
        context.owner &&
        context.repo &&
        inputs.githubToken &&
        inputs.comment !== 'never'
        ? {
            request: await deps.request(inputs.githubToken, context.apiUrl),
            owner: context.owner,
            repo: context.repo,
            issueNumber: context.pullRequestNumber,
        }
        : null;
    return compareAndPublishFor({
        inputs,
        profile: request.profile,
        baseline: request.baseline,
        target,
        runUrl: runUrlOf(context),
        fork: context.headRepositoryId !== null &&
            context.repositoryId !== null &&
            context.headRepositoryId !== context.repositoryId,
    }, deps.log);
}

// EXTERNAL MODULE: ./src/history/extract.ts
var extract = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/github/runs.ts
var runs = __webpack_require__(1281);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/history/load.ts + 1 modules
var load = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/profile/profile.ts + 2 modules
var profile = __webpack_require__(1275);
// EXTERNAL MODULE: ./src/profile/naming.ts
var naming = __webpack_require__(6549);
// EXTERNAL MODULE: ./src/shared/record.ts
var record = __webpack_require__(3060);
;// CONCATENATED MODULE: ./src/github/workflow-run.ts
/**
 * `mode: report`, for pull requests from forks. The `pull_request` workflow (read-only token)
 * records and uploads; a `workflow_run` workflow (trusted context, write token) runs this: it
 * finds the triggering run's profile, identifies the pull request by head SHA and head
 * repository (never from anything inside the artifact, which the fork controls), compares with
 * the base branch's baseline and comments.
 */



/** The triggering run from a `workflow_run` event payload, or null when it is not one. */
function triggeringRunFrom(payload) {
    const run = (0,record/* asRecord */.q)((0,record/* asRecord */.q)(payload).workflow_run);
    const headRepository = (0,record/* asRecord */.q)(run.head_repository);
    const owner = (0,record/* asRecord */.q)(headRepository.owner);
    const runId = run.id;
    const headRepositoryId = headRepository.id;
    if (typeof runId !== 'number' ||
        typeof run.head_sha !== 'string' ||
        !/^[0-9a-f]{40}$/.test(run.head_sha) ||
        typeof run.head_branch !== 'string' ||
        typeof headRepositoryId !== 'number' ||
        typeof owner.login !== 'string') {
        return null;
    }
    return {
        runId,
        headSha: run.head_sha,
        headBranch: run.head_branch,
        headRepositoryId,
        headOwner: owner.login,
        event: typeof run.event === 'string' ? run.event : '',
        conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
    };
}
/**
 * The open pull request whose head is exactly this SHA in this head repository. Lists open PRs
 * by `head=<owner>:<branch>` and checks both the SHA and the repository id, so a fork cannot
 * point the comment at another pull request.
 */
async function findPullRequest(request, owner, repo, run) {
    const response = await request('GET /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        state: 'open',
        head: `${run.headOwner}:${run.headBranch}`,
        per_page: 100,
    });
    if (!Array.isArray(response.data))
        throw new Error('the pull request listing had an unexpected shape');
    for (const item of response.data) {
        const pull = (0,record/* asRecord */.q)(item);
        const head = (0,record/* asRecord */.q)(pull.head);
        const base = (0,record/* asRecord */.q)(pull.base);
        if (typeof pull.number === 'number' &&
            head.sha === run.headSha &&
            (0,record/* asRecord */.q)(head.repo).id === run.headRepositoryId &&
            typeof base.ref === 'string') {
            return { number: pull.number, baseBranch: base.ref };
        }
    }
    return null;
}
/** The run's profile artifacts (name starts with the product's prefix), not expired. */
async function listRunProfileArtifacts(request, owner, repo, runId) {
    const response = await request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner,
        repo,
        run_id: runId,
        per_page: 100,
    });
    const artifacts = (0,record/* asRecord */.q)(response.data).artifacts;
    if (!Array.isArray(artifacts))
        throw new Error('the run artifacts listing had an unexpected shape');
    const found = [];
    for (const item of artifacts) {
        const artifact = (0,record/* asRecord */.q)(item);
        if (typeof artifact.id === 'number' &&
            typeof artifact.name === 'string' &&
            artifact.name.startsWith(`${naming/* ARTIFACT_PREFIX */.Cw}-`) &&
            artifact.expired !== true &&
            typeof artifact.size_in_bytes === 'number') {
            found.push({ id: artifact.id, name: artifact.name, sizeInBytes: artifact.size_in_bytes });
        }
    }
    return found;
}
/** A readable line for a failed look-up, without leaking anything but the message. */
function lookupProblem(what, error) {
    return `Could not ${what}: ${errorMessage(error)}`;
}
/** `.github/workflows/ci.yml` → `ci.yml` (the triggering run's workflow file). */
function workflowFileFromPath(path) {
    if (typeof path !== 'string')
        return null;
    const match = /^\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path.split('@')[0] ?? '');
    return match?.[1] ?? null;
}

;// CONCATENATED MODULE: ./src/action/report-mode.ts
/**
 * `mode: report`: the trusted half of the fork recipe, run by a `workflow_run` workflow. Loaded
 * lazily by the main step. Everything read from the triggering run's artifact is untrusted (a
 * fork made it): it is validated like any profile and only ever compared and rendered, and the
 * pull request is found from the event's head SHA and head repository, never from the artifact.
 */










/** At most this many profiles of one triggering run are compared (one per job and matrix combination). */
const MAX_PROFILES = 20;
async function runReportMode(runner, env, inputs, payload) {
    const context = (0,runner_context/* readRunContext */.$p)(env, payload);
    const run = triggeringRunFrom(payload);
    const workflowFile = workflowFileFromPath(payload?.workflow_run?.path) ?? context.workflowFile;
    if (!run || !context.owner || !context.repo || !context.repositoryId) {
        runner.warning('mode: report needs a workflow_run event (see the fork recipe in the README); nothing to report.');
        return;
    }
    if (!inputs.githubToken) {
        runner.warning('mode: report needs a token (github-token) to read artifacts and comment.');
        return;
    }
    const request = (0,client/* requestFor */.p)(inputs.githubToken, context.apiUrl);
    const owner = context.owner;
    const repo = context.repo;
    let pull;
    try {
        pull = await findPullRequest(request, owner, repo, run);
    }
    catch (error) {
        runner.warning(`Could not look up the pull request of run ${run.runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    if (!pull) {
        runner.info(`No open pull request has head ${run.headSha} from this run's head repository: nothing to comment on.`);
        return;
    }
    const profiles = [];
    try {
        const artifacts = await listRunProfileArtifacts(request, owner, repo, run.runId);
        for (const artifact of artifacts.slice(0, MAX_PROFILES)) {
            try {
                const zip = await (0,runs/* downloadArtifactZip */.EU)({
                    request,
                    owner,
                    repo,
                    artifactId: artifact.id,
                    sizeInBytes: artifact.sizeInBytes,
                });
                profiles.push((0,profile/* parseProfile */.jZ)(await (0,extract/* extractProfileFromZip */.Mc)(zip)));
            }
            catch (error) {
                runner.warning(`Skipped artifact ${artifact.id} of run ${run.runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    catch (error) {
        runner.warning(`Could not list the artifacts of run ${run.runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    if (profiles.length === 0) {
        runner.info(`Run ${run.runId} uploaded no run profiles: nothing to compare.`);
        return;
    }
    const summaries = [];
    for (const profile of profiles) {
        const job = profile.run.job ?? 'job';
        const baseline = workflowFile
            ? await (0,load/* loadHistory */.F)({
                request,
                owner,
                repo,
                repositoryId: context.repositoryId,
                workflowFile,
                branch: pull.baseBranch,
                job,
                matrixKey: profile.run.matrixKey,
                maxRuns: inputs.historyRuns,
                serverUrl: context.serverUrl,
                timeoutMs: inputs.historyTimeoutMs,
            })
            : null;
        for (const note of baseline?.notes ?? [])
            runner.info(`History: ${note}`);
        const outcome = await compareAndPublishFor({
            inputs,
            profile,
            baseline: baseline?.profiles.map((entry) => entry.profile) ?? [],
            target: { request, owner, repo, issueNumber: pull.number },
            runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${run.runId}`,
            fork: run.headRepositoryId !== context.repositoryId,
        }, runner);
        if (outcome) {
            summaries.push(outcome.summary);
            for (const warning of outcome.warnings)
                runner.warning(warning);
            for (const notice of outcome.notices)
                runner.notice(notice);
        }
    }
    if (inputs.summary && summaries.length > 0)
        runner.appendSummary((0,markdown/* joinWithinLimit */.Pj)(summaries, markdown/* SUMMARY_LIMIT_BYTES */.Jz));
}


/***/ })

};
