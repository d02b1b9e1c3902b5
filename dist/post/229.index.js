export const id = 229;
export const ids = [229];
export const modules = {

/***/ 76229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareAndPublish: () => (/* binding */ compareAndPublish)
});

// UNUSED EXPORTS: FORK_RECIPE_URL, compareAndPublishFor, driftAnnotations, publishComment

;// CONCATENATED MODULE: ./src/shared/record.ts
/** Untrusted JSON (event payloads, API responses) as a record to probe field by field. */
function asRecord(value) {
    return typeof value === 'object' && value !== null ? value : {};
}

;// CONCATENATED MODULE: ./src/runner/context.ts

function positiveInteger(value) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}
function context_text(value) {
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
    const payload = asRecord(eventPayload);
    const pullRequest = asRecord(payload.pull_request);
    const repositoryPayload = asRecord(payload.repository);
    const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = context_text(env.GITHUB_EVENT_NAME);
    const ref = context_text(env.GITHUB_REF);
    const headRef = context_text(env.GITHUB_HEAD_REF);
    const pushedBranch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
    return {
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: context_text(env.GITHUB_REPOSITORY),
        owner: owner || null,
        repo: repo || null,
        repositoryId: positiveInteger(env.GITHUB_REPOSITORY_ID) ?? positiveInteger(repositoryPayload.id),
        workflow: context_text(env.GITHUB_WORKFLOW),
        workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
        job: context_text(env.GITHUB_JOB),
        runId: positiveInteger(env.GITHUB_RUN_ID),
        runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
        sha: context_text(env.GITHUB_SHA),
        ref,
        branch: headRef ?? pushedBranch,
        baseBranch: context_text(env.GITHUB_BASE_REF) ?? context_text(asRecord(pullRequest.base).ref),
        defaultBranch: context_text(repositoryPayload.default_branch),
        eventName,
        pullRequestNumber: positiveInteger(pullRequest.number),
        headRepositoryId: positiveInteger(asRecord(asRecord(pullRequest.head).repo).id) ??
            positiveInteger(env.GITHUB_REPOSITORY_ID),
        runnerTemp: context_text(env.RUNNER_TEMP),
        runnerOs: context_text(env.RUNNER_OS),
    };
}
/**
 * The branch whose runs form the history: the input, else the PR's base branch, else this run's
 * branch, else the repository's default branch.
 */
function baselineBranchFor(context, input) {
    return input || context.baseBranch || context.branch || context.defaultBranch;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/github/types.ts
/** The HTTP status of an Octokit RequestError (or anything shaped like one), else null. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : null;
    }
    return null;
}

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
            if (httpStatus(error) !== 404)
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/drift/drift.ts
var drift = __webpack_require__(22320);
// EXTERNAL MODULE: ./src/profile/identity.ts
var profile_identity = __webpack_require__(75963);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(64886);
// EXTERNAL MODULE: ./src/report/chart.ts
var report_chart = __webpack_require__(70194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The drift report as Markdown: the job-summary section and the sticky pull-request comment.
 * Both open with one headline that names the phase and the number ("`test` peak +52%: 1.4 →
 * 2.2 GiB"), say what to do next, give the baseline of that phase, then one row per phase; the
 * chart and the method are collapsed. Pure. The comment starts with a hidden marker built from a
 * hash only (no untrusted text), so it cannot be forged or closed by a name, and stays within
 * GitHub's 65,536-character limit.
 */







/** `<!-- resource-planner:v1 key=<sha256> -->`: one comment per workflow + job + matrix combination. */
function markerFor(identity) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([identity.workflow ?? '', identity.job ?? '', identity.matrixKey ?? '']))
        .digest('hex');
    return `<!-- resource-planner:v1 key=${key} -->`;
}
function percent(fraction) {
    if (fraction === null)
        return '—';
    const value = Math.round(fraction * 1000) / 10;
    return `${value > 0 ? '+' : ''}${value}%`;
}
function comment_name(phase) {
    return `**${(0,report_escape/* escapeMarkdownText */.m4)(phase.name, 64)}**`;
}
/** The phase the headline is about: the largest rise among drifts, the largest fall among improvements, else the largest change. */
function headlinePhase(report) {
    const change = (phase) => phase.peak.changeFraction ?? 0;
    const pick = (phases, score) => phases.reduce((best, phase) => (best === null || score(phase) > score(best) ? phase : best), null);
    const drifted = report.phases.filter((phase) => phase.verdict === 'drift');
    if (drifted.length > 0)
        return pick(drifted, (phase) => phase.oomKills * 1000 + change(phase));
    const improved = report.phases.filter((phase) => phase.verdict === 'improvement');
    if (improved.length > 0)
        return pick(improved, (phase) => -change(phase));
    return (pick(report.phases.filter((phase) => phase.peak.baseline), (phase) => Math.abs(change(phase))) ??
        report.phases[0] ??
        null);
}
function limitText(limitBytes, currentBytes) {
    if (limitBytes === null || limitBytes <= 0)
        return '';
    return ` (limit ${(0,units/* formatBytes */.z3)(limitBytes)}: this run used ${Math.round((currentBytes / limitBytes) * 100)}% of it)`;
}
/** `1.4 GiB → 2.2 GiB`; two decimals when the short forms would read the same. */
function change(metric) {
    if (!metric.baseline)
        return (0,units/* formatBytes */.z3)(metric.currentBytes);
    const before = (0,units/* formatBytes */.z3)(metric.baseline.medianBytes);
    const after = (0,units/* formatBytes */.z3)(metric.currentBytes);
    if (before !== after || metric.baseline.medianBytes === metric.currentBytes)
        return `${before} → ${after}`;
    return `${precise(metric.baseline.medianBytes)} → ${precise(metric.currentBytes)}`;
}
function precise(bytes) {
    return bytes >= units/* GiB */.T3 ? `${(bytes / units/* GiB */.T3).toFixed(2)} GiB` : `${(bytes / units/* MiB */.lv).toFixed(1)} MiB`;
}
/** One line: the verdict, the phase, the number, and the limit. */
function driftHeadline(report, limitBytes, resolved = false) {
    const phase = headlinePhase(report);
    if (report.verdict === 'no-baseline' || phase === null || !phase.peak.baseline) {
        const peak = phase
            ? `: peak ${(0,units/* formatBytes */.z3)(phase.peak.currentBytes)}${limitText(limitBytes, phase.peak.currentBytes)}`
            : '';
        return `ℹ️ **No baseline yet**${peak}. The base branch has no recorded runs to compare with.`;
    }
    const figures = `${change(phase.peak)} against the base branch${limitText(limitBytes, phase.peak.currentBytes)}`;
    const multi = report.phases.length > 1;
    switch (report.verdict) {
        case 'drift':
            return phase.oomKills > 0
                ? `⛔ **${phase.oomKills} OOM kill(s)** in ${comment_name(phase)}: peak ${figures}.`
                : `🔺 ${comment_name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
        case 'improvement':
            return `✅ ${comment_name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
        default:
            return resolved
                ? `✅ **Memory drift resolved**: ${multi ? `${comment_name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}, within the baseline's range.`
                : `✅ **No memory drift**: ${multi ? `${comment_name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}.`;
    }
}
/** What the reader should do next. */
function nextStep(report, resolved = false) {
    const phase = headlinePhase(report);
    switch (report.verdict) {
        case 'drift': {
            if (!phase)
                return '';
            if (phase.oomKills > 0)
                return `**What to do:** processes of ${comment_name(phase)} ran out of memory. Lower its parallelism (\`max-workers\`) or find what grew; merging would make the base branch fail the same way.`;
            const worker = phase.perWorker?.baseline && phase.workerName
                ? ` The ${(0,report_escape/* escapeMarkdownText */.m4)(phase.workerName, 40)} workers went ${change(phase.perWorker)} each (p90 of their peaks, ${percent(phase.perWorker.changeFraction)}).`
                : '';
            return `**What to do:** if the rise is expected (more tests, a bigger input, a new dependency), merge: the baseline follows the base branch. If not, look at what this pull request changed in ${comment_name(phase)}.${worker}`;
        }
        case 'improvement':
            return '**What to do:** nothing; after the merge the baseline follows and the plan may allow more workers.';
        case 'no-baseline':
            return '**What to do:** nothing yet. Comparisons start once runs on the base branch have recorded a profile (the action with `history: true` on pushes to it).';
        default:
            return resolved
                ? '**What to do:** nothing; the drift reported earlier on this pull request is gone.'
                : '**What to do:** nothing.';
    }
}
/** `1.38–1.45 GiB`: two decimals when the short forms would read the same. */
function rangeText(minBytes, maxBytes) {
    const low = (0,units/* formatBytes */.z3)(minBytes);
    const high = (0,units/* formatBytes */.z3)(maxBytes);
    if (low !== high)
        return `${low}–${high}`;
    if (minBytes === maxBytes)
        return `all ${low}`;
    return `${precise(minBytes)}–${precise(maxBytes)}`;
}
/** The baseline of the headline's phase, in plain words. */
function baselineLine(report) {
    const phase = headlinePhase(report);
    const stats = phase?.peak.baseline;
    if (!phase || !stats)
        return null;
    const spread = stats.medianBytes > 0 ? Math.round((stats.madBytes / stats.medianBytes) * 100) : 0;
    const where = report.phases.length > 1 ? ` of ${comment_name(phase)}` : '';
    return `Baseline${where}: ${stats.n} run(s) of the base branch, peaks ${rangeText(stats.minBytes, stats.maxBytes)} (median ${(0,units/* formatBytes */.z3)(stats.medianBytes)}, a typical run within ±${spread}% of it).`;
}
/** Plain words for the test, with the statistics named for those who want them. */
function methodText(report) {
    const threshold = Math.round(report.thresholdFraction * 100);
    const methods = new Set(report.phases.map((phase) => phase.peak.method));
    const parts = [];
    if (methods.has('robust'))
        parts.push(`With ${drift/* ROBUST_MIN_RUNS */.ql} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${drift/* MODIFIED_Z_LIMIT */.Xy} (0.6745 × distance from the median ÷ the median absolute deviation, Iglewicz & Hoaglin).`);
    if (methods.has('max'))
        parts.push(`With fewer baseline runs, a peak is drift when it is more than ${threshold}% above the highest baseline peak.`);
    parts.push('A fall past the same tests is an improvement; an OOM kill is always drift. Peak: the highest sum of the job\u2019s processes\u2019 RSS in one sample.');
    if (report.otherShardRuns > 0)
        parts.push(`${report.otherShardRuns} baseline run(s) of another shard or split were left out: a shard is compared with the same shard of the same split.`);
    return parts.join(' ');
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
        phase.peak.baseline ? (0,units/* formatBytes */.z3)(phase.peak.baseline.medianBytes) : 'none',
        (0,units/* formatBytes */.z3)(phase.peak.currentBytes),
        percent(phase.peak.changeFraction),
        phase.perWorker && phase.workerName
            ? `${(0,report_escape/* escapeTableCell */.aL)(phase.workerName, 40)}: ${change(phase.perWorker)}${phase.perWorker.baseline ? ` (${percent(phase.perWorker.changeFraction)})` : ''}`
            : '—',
        phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
    ]);
    return (0,markdown/* table */.tp)([
        'Phase',
        'Baseline median peak',
        'This run',
        'Change',
        'Per worker (p90 of peaks)',
        'OOM kills',
    ], rows, ['left', 'right', 'right', 'right', 'left', 'right']);
}
function workersLine(report) {
    if (report.currentWorkers === null ||
        report.baselineWorkers === null ||
        report.currentWorkers === report.baselineWorkers)
        return null;
    return `Recommended workers: ${report.baselineWorkers} on the base branch → ${report.currentWorkers} here.`;
}
/**
 * Baseline median vs this run as bars, per phase (a one-point line would draw nothing, and a line
 * would join unrelated phases). At most BAR_MAX_SLOTS ÷ 2 phases: the ones that changed most.
 */
function comparisonChart(report) {
    const compared = report.phases.filter((phase) => phase.peak.baseline);
    if (compared.length === 0)
        return '';
    const room = Math.floor(report_chart/* BAR_MAX_SLOTS */.bn / 2);
    const shown = compared.length <= room
        ? compared
        : [...compared]
            .sort((a, b) => Math.abs(b.peak.changeFraction ?? 0) - Math.abs(a.peak.changeFraction ?? 0))
            .slice(0, room);
    const chart = (0,report_chart/* barChart */.S9)({
        title: 'Peak memory, baseline median vs this run',
        series: [
            { name: 'baseline median', colour: 'blue', short: 'base' },
            { name: 'this run', colour: 'red', short: 'now' },
        ],
        groups: shown.map((phase) => ({
            label: phase.name,
            values: [phase.peak.baseline?.medianBytes ?? 0, phase.peak.currentBytes],
        })),
    });
    const more = shown.length < compared.length
        ? `\n\n<sub>The ${shown.length} phases that changed most, of ${compared.length}.</sub>`
        : '';
    return `${chart}${more}`;
}
function groupsTable(current) {
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
/** Headline, what to do, the baseline of that phase, and the recommended-workers change. */
function leadLines(report, limitBytes, resolved) {
    const lines = [driftHeadline(report, limitBytes, resolved), '', nextStep(report, resolved)];
    const baseline = report.verdict === 'no-baseline' ? null : baselineLine(report);
    if (baseline)
        lines.push('', baseline);
    const workers = workersLine(report);
    if (workers)
        lines.push('', workers);
    return lines;
}
/** The drift section of the job summary (`current` gives the limit). */
function renderDriftSummary(report, current) {
    const limit = current ? current.host.memoryLimitBytes : null;
    const shard = current ? (0,profile_identity/* shardLabel */.$_)(current.run.shard) : null;
    const lines = [
        `### resource-planner: memory against the base branch${shard ? ` (${shard})` : ''}`,
        '',
        ...leadLines(report, limit, false),
    ];
    if (report.phases.length > 0 && report.verdict !== 'no-baseline') {
        lines.push('', phaseTable(report));
        const chart = comparisonChart(report);
        lines.push('', (0,markdown/* details */.zH)('Chart and method', [chart, methodText(report)].filter(Boolean).join('\n\n')));
    }
    return `${lines.join('\n')}\n`;
}
function renderDriftComment({ report, current, identity, runUrl, resolved = false, }) {
    const marker = markerFor(identity);
    const shard = (0,profile_identity/* shardLabel */.$_)(current.run.shard);
    const title = [
        [identity.workflow, identity.job]
            .filter((part) => !!part)
            .map((part) => (0,report_escape/* escapeMarkdownText */.m4)(part, 60))
            .join(' / '),
        ...(shard ? [shard] : []),
    ]
        .filter((part) => part !== '')
        .join(' · ');
    const isResolved = resolved && report.verdict !== 'drift';
    const head = [
        marker,
        `#### resource-planner${title ? ` · ${title}` : ''}`,
        '',
        ...leadLines(report, current.host.memoryLimitBytes, isResolved),
    ];
    const sections = [{ markdown: head.join('\n'), priority: 100 }];
    if (report.phases.length > 0 && report.verdict !== 'no-baseline')
        sections.push({ markdown: phaseTable(report), priority: 80 });
    const parts = [
        { name: 'chart', markdown: comparisonChart(report) },
        { name: 'worker groups', markdown: groupsTable(current) },
        { name: 'method', markdown: report.verdict === 'no-baseline' ? '' : methodText(report) },
    ].filter((part) => part.markdown !== '');
    if (parts.length > 0) {
        const names = parts.map((part) => part.name);
        const title = `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''}`;
        sections.push({
            markdown: (0,markdown/* details */.zH)(title.charAt(0).toUpperCase() + title.slice(1), parts.map((part) => part.markdown).join('\n\n')),
            priority: 30,
        });
    }
    if (runUrl)
        sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
    // The marker section has the highest priority and comes first, so trimming never removes it.
    return (0,markdown/* fitToLimit */.Qt)(sections, markdown/* COMMENT_LIMIT_CHARACTERS */.F$, (text) => text.length);
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
    const { inputs, profile, report } = request;
    if (report.baselineRuns === 0 && inputs.comment !== 'always')
        return null;
    const { warnings, notices } = driftAnnotations(report);
    let summary = renderDriftSummary(report, profile);
    if (request.target && inputs.comment !== 'never') {
        try {
            const result = await publishComment(request.target, inputs.comment, report, profile, request.runUrl);
            if (result.action !== 'skipped')
                log.info(`Pull-request comment ${result.action} (id ${result.commentId}).`);
        }
        catch (error) {
            const status = httpStatus(error);
            const message = status === 403 || status === 404
                ? `Could not comment on the pull request: the token lacks "pull-requests: write"${request.fork ? ' (pull requests from forks always get a read-only token)' : ''}. For forks, use the two-workflow recipe: ${FORK_RECIPE_URL}`
                : `Could not comment on the pull request: ${(0,errors/* errorMessage */.gJ)(error)}`;
            log.warning(message);
            summary += `\n> ${message}\n`;
        }
    }
    return { report, summary, warnings, notices, pullRequest: request.target !== null };
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
        report: request.report,
        target,
        runUrl: runUrlOf(context),
        fork: context.headRepositoryId !== null &&
            context.repositoryId !== null &&
            context.headRepositoryId !== context.repositoryId,
    }, deps.log);
}


/***/ })

};
