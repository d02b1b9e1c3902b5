export const id = 44;
export const ids = [44];
export const modules = {

/***/ 6044:
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
// EXTERNAL MODULE: ./src/profile/identity.ts
var profile_identity = __webpack_require__(5963);
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
    const all = baseline;
    baseline = all.filter((profile) => (0,profile_identity/* sameShard */.zr)(profile.run.shard, current.run.shard));
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
        otherShardRuns: all.length - baseline.length,
        baselineWorkers: baselineWorkers.length > 0 ? Math.round((0,shared_stats/* median */.JZ)(baselineWorkers)) : null,
    };
}
/** The drift test as the action's inputs configure it: one call for the post step and report mode. */
function driftReportFor(current, baseline, settings) {
    return detectDrift({
        current,
        baseline,
        thresholdFraction: settings.driftThresholdFraction,
        method: settings.driftMethod,
    });
}

// EXTERNAL MODULE: ./src/shared/units.ts
var units = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/report/chart.ts
var report_chart = __webpack_require__(194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
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
        parts.push(`With ${ROBUST_MIN_RUNS} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${MODIFIED_Z_LIMIT} (0.6745 × distance from the median ÷ the median absolute deviation, Iglewicz & Hoaglin).`);
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
            const status = (0,types/* httpStatus */.n)(error);
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

// EXTERNAL MODULE: ./src/history/extract.ts
var extract = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/github/runs.ts
var runs = __webpack_require__(1281);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/history/load.ts + 1 modules
var load = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/profile/profile.ts + 1 modules
var profile = __webpack_require__(1306);
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
            report: driftReportFor(profile, baseline?.profiles.map((entry) => entry.profile) ?? [], inputs),
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
