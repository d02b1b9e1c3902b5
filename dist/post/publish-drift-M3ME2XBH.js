import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  BAR_MAX_SLOTS,
  COMMENT_LIMIT_CHARACTERS,
  GiB,
  MODIFIED_Z_LIMIT,
  MiB,
  ROBUST_MIN_RUNS,
  asRecord,
  barChart,
  details,
  errorMessage,
  escapeMarkdownText,
  escapeTableCell,
  fitToLimit,
  formatBytes,
  httpStatus,
  quoteUntrusted,
  shardLabel,
  table
} from "./chunk-65MVUUXH.js";
import "./chunk-NV5WPINZ.js";

// src/runner/context.ts
function positiveInteger(value) {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) && number > 0 ? number : null;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function workflowFileFromRef(workflowRef) {
  if (!workflowRef) return null;
  const path = workflowRef.split("@")[0] ?? "";
  const match = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
  return match?.[1] ?? null;
}
function readRunContext(env, eventPayload) {
  const payload = asRecord(eventPayload);
  const pullRequest = asRecord(payload.pull_request);
  const repositoryPayload = asRecord(payload.repository);
  const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const eventName = text(env.GITHUB_EVENT_NAME);
  const ref = text(env.GITHUB_REF);
  const headRef = text(env.GITHUB_HEAD_REF);
  const pushedBranch = ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : null;
  return {
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
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
    baseBranch: text(env.GITHUB_BASE_REF) ?? text(asRecord(pullRequest.base).ref),
    defaultBranch: text(repositoryPayload.default_branch),
    eventName,
    pullRequestNumber: positiveInteger(pullRequest.number),
    headRepositoryId: positiveInteger(asRecord(asRecord(pullRequest.head).repo).id) ?? positiveInteger(env.GITHUB_REPOSITORY_ID),
    runnerTemp: text(env.RUNNER_TEMP),
    runnerOs: text(env.RUNNER_OS)
  };
}

// src/github/comments.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var PER_PAGE = 100;
var MAX_PAGES = 100;
async function tokenLogin(request) {
  try {
    const response = await request("GET /user");
    const login = response.data?.login;
    if (typeof login === "string" && login) return login;
  } catch {
  }
  return ACTIONS_BOT_LOGIN;
}
async function listIssueComments(request, owner, repo, issueNumber) {
  const comments = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: PER_PAGE,
      page
    });
    if (!Array.isArray(response.data))
      throw new Error("the comments listing had an unexpected shape");
    for (const item of response.data) {
      const comment = item;
      if (typeof comment.id !== "number") continue;
      comments.push({
        id: comment.id,
        body: typeof comment.body === "string" ? comment.body : "",
        authorLogin: typeof comment.user?.login === "string" ? comment.user.login : null,
        minimized: typeof comment.minimized === "object" && comment.minimized !== null
      });
    }
    if (response.data.length < PER_PAGE) break;
  }
  return comments;
}
function ours(comments, marker, login) {
  return comments.filter(
    (comment) => !comment.minimized && comment.authorLogin === login && comment.body.startsWith(marker)
  );
}
async function upsertStickyComment(options) {
  const { request, owner, repo, issueNumber, marker, body } = options;
  if (!body.startsWith(marker)) throw new Error("the comment body must start with its marker");
  const login = await tokenLogin(request);
  const existing = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);
  let commentId;
  let action;
  const first = existing[0];
  if (first) {
    await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      owner,
      repo,
      comment_id: first.id,
      body
    });
    commentId = first.id;
    action = "updated";
  } else if (options.updateOnly) {
    return { action: "skipped", reason: "no earlier comment to update" };
  } else {
    const response = await request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: issueNumber,
      body
    });
    const id = response.data?.id;
    if (typeof id !== "number") throw new Error("the created comment had an unexpected shape");
    commentId = id;
    action = "created";
  }
  let duplicatesRemoved = 0;
  const after = ours(await listIssueComments(request, owner, repo, issueNumber), marker, login);
  for (const extra of after.slice(1)) {
    try {
      await request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: extra.id
      });
      duplicatesRemoved++;
    } catch (error) {
      if (httpStatus(error) !== 404)
        throw new Error(`could not remove a duplicate comment: ${errorMessage(error)}`);
    }
  }
  const kept = after[0];
  if (kept && kept.id !== commentId) {
    await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      owner,
      repo,
      comment_id: kept.id,
      body
    });
  }
  return { action, commentId: kept ? kept.id : commentId, duplicatesRemoved };
}

// src/report/comment.ts
import { createHash } from "node:crypto";
function markerFor(identity) {
  const key = createHash("sha256").update(JSON.stringify([identity.workflow ?? "", identity.job ?? "", identity.matrixKey ?? ""])).digest("hex");
  return `<!-- resource-planner:v1 key=${key} -->`;
}
function percent(fraction) {
  if (fraction === null) return "\u2014";
  const value = Math.round(fraction * 1e3) / 10;
  return `${value > 0 ? "+" : ""}${value}%`;
}
function name(phase) {
  return `**${escapeMarkdownText(phase.name, 64)}**`;
}
function headlinePhase(report) {
  const change2 = (phase) => phase.peak.changeFraction ?? 0;
  const pick = (phases, score) => phases.reduce(
    (best, phase) => best === null || score(phase) > score(best) ? phase : best,
    null
  );
  const drifted = report.phases.filter((phase) => phase.verdict === "drift");
  if (drifted.length > 0) return pick(drifted, (phase) => phase.oomKills * 1e3 + change2(phase));
  const improved = report.phases.filter((phase) => phase.verdict === "improvement");
  if (improved.length > 0) return pick(improved, (phase) => -change2(phase));
  return pick(
    report.phases.filter((phase) => phase.peak.baseline),
    (phase) => Math.abs(change2(phase))
  ) ?? report.phases[0] ?? null;
}
function limitText(limitBytes, currentBytes) {
  if (limitBytes === null || limitBytes <= 0) return "";
  return ` (limit ${formatBytes(limitBytes)}: this run used ${Math.round(currentBytes / limitBytes * 100)}% of it)`;
}
function change(metric) {
  if (!metric.baseline) return formatBytes(metric.currentBytes);
  const before = formatBytes(metric.baseline.medianBytes);
  const after = formatBytes(metric.currentBytes);
  if (before !== after || metric.baseline.medianBytes === metric.currentBytes)
    return `${before} \u2192 ${after}`;
  return `${precise(metric.baseline.medianBytes)} \u2192 ${precise(metric.currentBytes)}`;
}
function precise(bytes) {
  return bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / MiB).toFixed(1)} MiB`;
}
function driftHeadline(report, limitBytes, resolved = false) {
  const phase = headlinePhase(report);
  if (report.verdict === "no-baseline" || phase === null || !phase.peak.baseline) {
    const peak = phase ? `: peak ${formatBytes(phase.peak.currentBytes)}${limitText(limitBytes, phase.peak.currentBytes)}` : "";
    return `\u2139\uFE0F **No baseline yet**${peak}. The base branch has no recorded runs to compare with.`;
  }
  const figures = `${change(phase.peak)} against the base branch${limitText(limitBytes, phase.peak.currentBytes)}`;
  const multi = report.phases.length > 1;
  switch (report.verdict) {
    case "drift":
      return phase.oomKills > 0 ? `\u26D4 **${phase.oomKills} OOM kill(s)** in ${name(phase)}: peak ${figures}.` : `\u{1F53A} ${name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    case "improvement":
      return `\u2705 ${name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    default:
      return resolved ? `\u2705 **Memory drift resolved**: ${multi ? `${name(phase)} ` : ""}peak ${percent(phase.peak.changeFraction)}, ${figures}, within the baseline's range.` : `\u2705 **No memory drift**: ${multi ? `${name(phase)} ` : ""}peak ${percent(phase.peak.changeFraction)}, ${figures}.`;
  }
}
function nextStep(report, resolved = false) {
  const phase = headlinePhase(report);
  switch (report.verdict) {
    case "drift": {
      if (!phase) return "";
      if (phase.oomKills > 0)
        return `**What to do:** processes of ${name(phase)} ran out of memory. Lower its parallelism (\`max-workers\`) or find what grew; merging would make the base branch fail the same way.`;
      const worker = phase.perWorker?.baseline && phase.workerName ? ` The ${escapeMarkdownText(phase.workerName, 40)} workers went ${change(phase.perWorker)} each (p90 of their peaks, ${percent(phase.perWorker.changeFraction)}).` : "";
      return `**What to do:** if the rise is expected (more tests, a bigger input, a new dependency), merge: the baseline follows the base branch. If not, look at what this pull request changed in ${name(phase)}.${worker}`;
    }
    case "improvement":
      return "**What to do:** nothing; after the merge the baseline follows and the plan may allow more workers.";
    case "no-baseline":
      return "**What to do:** nothing yet. Comparisons start once runs on the base branch have recorded a profile (the action with `history: true` on pushes to it).";
    default:
      return resolved ? "**What to do:** nothing; the drift reported earlier on this pull request is gone." : "**What to do:** nothing.";
  }
}
function rangeText(minBytes, maxBytes) {
  const low = formatBytes(minBytes);
  const high = formatBytes(maxBytes);
  if (low !== high) return `${low}\u2013${high}`;
  if (minBytes === maxBytes) return `all ${low}`;
  return `${precise(minBytes)}\u2013${precise(maxBytes)}`;
}
function baselineLine(report) {
  const phase = headlinePhase(report);
  const stats = phase?.peak.baseline;
  if (!phase || !stats) return null;
  const spread = stats.medianBytes > 0 ? Math.round(stats.madBytes / stats.medianBytes * 100) : 0;
  const where = report.phases.length > 1 ? ` of ${name(phase)}` : "";
  return `Baseline${where}: ${stats.n} run(s) of the base branch, peaks ${rangeText(stats.minBytes, stats.maxBytes)} (median ${formatBytes(stats.medianBytes)}, a typical run within \xB1${spread}% of it).`;
}
function methodText(report) {
  const threshold = Math.round(report.thresholdFraction * 100);
  const methods = new Set(report.phases.map((phase) => phase.peak.method));
  const parts = [];
  if (methods.has("robust"))
    parts.push(
      `With ${ROBUST_MIN_RUNS} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${MODIFIED_Z_LIMIT} (0.6745 \xD7 distance from the median \xF7 the median absolute deviation, Iglewicz & Hoaglin).`
    );
  if (methods.has("max"))
    parts.push(
      `With fewer baseline runs, a peak is drift when it is more than ${threshold}% above the highest baseline peak.`
    );
  parts.push(
    "A fall past the same tests is an improvement; an OOM kill is always drift. Peak: the highest sum of the job\u2019s processes\u2019 RSS in one sample."
  );
  if (report.otherShardRuns > 0)
    parts.push(
      `${report.otherShardRuns} baseline run(s) of another shard or split were left out: a shard is compared with the same shard of the same split.`
    );
  return parts.join(" ");
}
var MARK = {
  drift: "\u{1F53A}",
  improvement: "\u{1F7E2}",
  ok: "",
  "no-baseline": ""
};
function phaseTable(report) {
  const rows = report.phases.map((phase) => [
    `${MARK[phase.verdict]} ${escapeTableCell(phase.name, 64)}`.trim(),
    phase.peak.baseline ? formatBytes(phase.peak.baseline.medianBytes) : "none",
    formatBytes(phase.peak.currentBytes),
    percent(phase.peak.changeFraction),
    phase.perWorker && phase.workerName ? `${escapeTableCell(phase.workerName, 40)}: ${change(phase.perWorker)}${phase.perWorker.baseline ? ` (${percent(phase.perWorker.changeFraction)})` : ""}` : "\u2014",
    phase.oomKills > 0 ? `**${phase.oomKills}**` : "0"
  ]);
  return table(
    [
      "Phase",
      "Baseline median peak",
      "This run",
      "Change",
      "Per worker (p90 of peaks)",
      "OOM kills"
    ],
    rows,
    ["left", "right", "right", "right", "left", "right"]
  );
}
function workersLine(report) {
  if (report.currentWorkers === null || report.baselineWorkers === null || report.currentWorkers === report.baselineWorkers)
    return null;
  return `Recommended workers: ${report.baselineWorkers} on the base branch \u2192 ${report.currentWorkers} here.`;
}
function comparisonChart(report) {
  const compared = report.phases.filter((phase) => phase.peak.baseline);
  if (compared.length === 0) return "";
  const room = Math.floor(BAR_MAX_SLOTS / 2);
  const shown = compared.length <= room ? compared : [...compared].sort(
    (a, b) => Math.abs(b.peak.changeFraction ?? 0) - Math.abs(a.peak.changeFraction ?? 0)
  ).slice(0, room);
  const chart = barChart({
    title: "Peak memory, baseline median vs this run",
    series: [
      { name: "baseline median", colour: "blue", short: "base" },
      { name: "this run", colour: "red", short: "now" }
    ],
    groups: shown.map((phase) => ({
      label: phase.name,
      values: [phase.peak.baseline?.medianBytes ?? 0, phase.peak.currentBytes]
    }))
  });
  const more = shown.length < compared.length ? `

<sub>The ${shown.length} phases that changed most, of ${compared.length}.</sub>` : "";
  return `${chart}${more}`;
}
function groupsTable(current) {
  const rows = current.phases.flatMap(
    (phase) => phase.workerGroups.slice(0, 10).map((group) => [
      escapeTableCell(phase.name, 64),
      escapeTableCell(group.name, 64),
      String(group.maxConcurrency),
      formatBytes(group.peakRss.p90Bytes),
      formatBytes(group.peakRss.maxBytes)
    ])
  );
  return rows.length > 0 ? table(["Phase", "Process", "At once", "Peak p90", "Peak max"], rows) : "";
}
function leadLines(report, limitBytes, resolved) {
  const lines = [driftHeadline(report, limitBytes, resolved), "", nextStep(report, resolved)];
  const baseline = report.verdict === "no-baseline" ? null : baselineLine(report);
  if (baseline) lines.push("", baseline);
  const workers = workersLine(report);
  if (workers) lines.push("", workers);
  return lines;
}
function renderDriftSummary(report, current) {
  const limit = current ? current.host.memoryLimitBytes : null;
  const shard = current ? shardLabel(current.run.shard) : null;
  const lines = [
    `### resource-planner: memory against the base branch${shard ? ` (${shard})` : ""}`,
    "",
    ...leadLines(report, limit, false)
  ];
  if (report.phases.length > 0 && report.verdict !== "no-baseline") {
    lines.push("", phaseTable(report));
    const chart = comparisonChart(report);
    lines.push(
      "",
      details("Chart and method", [chart, methodText(report)].filter(Boolean).join("\n\n"))
    );
  }
  return `${lines.join("\n")}
`;
}
function renderDriftComment({
  report,
  current,
  identity,
  runUrl,
  resolved = false
}) {
  const marker = markerFor(identity);
  const shard = shardLabel(current.run.shard);
  const title = [
    [identity.workflow, identity.job].filter((part) => !!part).map((part) => escapeMarkdownText(part, 60)).join(" / "),
    ...shard ? [shard] : []
  ].filter((part) => part !== "").join(" \xB7 ");
  const isResolved = resolved && report.verdict !== "drift";
  const head = [
    marker,
    `#### resource-planner${title ? ` \xB7 ${title}` : ""}`,
    "",
    ...leadLines(report, current.host.memoryLimitBytes, isResolved)
  ];
  const sections = [{ markdown: head.join("\n"), priority: 100 }];
  if (report.phases.length > 0 && report.verdict !== "no-baseline")
    sections.push({ markdown: phaseTable(report), priority: 80 });
  const parts = [
    { name: "chart", markdown: comparisonChart(report) },
    { name: "worker groups", markdown: groupsTable(current) },
    { name: "method", markdown: report.verdict === "no-baseline" ? "" : methodText(report) }
  ].filter((part) => part.markdown !== "");
  if (parts.length > 0) {
    const names = parts.map((part) => part.name);
    const title2 = `${names.slice(0, -1).join(", ")}${names.length > 1 ? " and " : ""}${names.at(-1) ?? ""}`;
    sections.push({
      markdown: details(
        title2.charAt(0).toUpperCase() + title2.slice(1),
        parts.map((part) => part.markdown).join("\n\n")
      ),
      priority: 30
    });
  }
  if (runUrl) sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
  return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text2) => text2.length);
}

// src/action/publish-drift.ts
var FORK_RECIPE_URL = "https://github.com/resource-planner/resource-planner#pull-requests-from-forks";
function driftAnnotations(report) {
  const warnings = [];
  const notices = [];
  for (const phase of report.phases) {
    const change2 = phase.peak.changeFraction === null ? "" : ` (${phase.peak.changeFraction > 0 ? "+" : ""}${Math.round(phase.peak.changeFraction * 100)}% against the baseline median)`;
    const name2 = quoteUntrusted(phase.name, 60);
    if (phase.verdict === "drift") {
      warnings.push(
        phase.oomKills > 0 ? `Phase ${name2}: ${phase.oomKills} OOM kill(s) in this run.` : `Phase ${name2}: peak memory drifted up${change2}.`
      );
    } else if (phase.verdict === "improvement")
      notices.push(`Phase ${name2}: peak memory went down${change2}.`);
  }
  return { warnings, notices };
}
async function publishComment(target, mode, report, current, runUrl) {
  if (mode === "never") return { action: "skipped", reason: "comment: never" };
  const identity = {
    workflow: current.run.workflow,
    job: current.run.job,
    matrixKey: current.run.matrixKey
  };
  const drifting = report.verdict === "drift";
  const body = renderDriftComment({
    report,
    current,
    identity,
    runUrl,
    resolved: mode === "on-drift" && !drifting
  });
  return upsertStickyComment({
    ...target,
    marker: markerFor(identity),
    body,
    // on-drift: a new comment only for drift; an existing one is still updated (e.g. "resolved").
    updateOnly: mode === "on-drift" && !drifting
  });
}
function runUrlOf(context) {
  return context.repository && context.runId ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` : null;
}
async function compareAndPublishFor(request, log) {
  const { inputs, profile, report } = request;
  if (report.baselineRuns === 0 && inputs.comment !== "always") return null;
  const { warnings, notices } = driftAnnotations(report);
  let summary = renderDriftSummary(report, profile);
  if (request.target && inputs.comment !== "never") {
    try {
      const result = await publishComment(
        request.target,
        inputs.comment,
        report,
        profile,
        request.runUrl
      );
      if (result.action !== "skipped")
        log.info(`Pull-request comment ${result.action} (id ${result.commentId}).`);
    } catch (error) {
      const status = httpStatus(error);
      const lacksPermission = status === 403 || status === 404;
      const why = lacksPermission ? `the token lacks "pull-requests: write"${request.fork ? " (pull requests from forks always get a read-only token)" : ""}. For forks, use the two-workflow recipe: ${FORK_RECIPE_URL}` : errorMessage(error);
      log.warning(`Could not comment on the pull request: ${why}`);
      summary += `
> Could not comment on the pull request: ${lacksPermission ? why : escapeMarkdownText(why, 300)}
`;
    }
  }
  return { report, summary, warnings, notices, pullRequest: request.target !== null };
}
async function compareAndPublish(request, deps) {
  const context = readRunContext(deps.env, request.eventPayload);
  const { inputs } = request;
  const target = context.pullRequestNumber !== null && context.owner && context.repo && inputs.githubToken && inputs.comment !== "never" ? {
    request: await deps.request(inputs.githubToken, context.apiUrl),
    owner: context.owner,
    repo: context.repo,
    issueNumber: context.pullRequestNumber
  } : null;
  return compareAndPublishFor(
    {
      inputs,
      profile: request.profile,
      report: request.report,
      target,
      runUrl: runUrlOf(context),
      fork: context.headRepositoryId !== null && context.repositoryId !== null && context.headRepositoryId !== context.repositoryId
    },
    deps.log
  );
}
export {
  FORK_RECIPE_URL,
  compareAndPublish,
  compareAndPublishFor,
  driftAnnotations,
  publishComment
};
