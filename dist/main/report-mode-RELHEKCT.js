import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  BAR_MAX_SLOTS,
  COMMENT_LIMIT_CHARACTERS,
  SUMMARY_LIMIT_BYTES,
  barChart,
  details,
  escapeMarkdownText,
  escapeTableCell,
  fitToLimit,
  joinWithinLimit,
  readRunContext,
  table
} from "./chunk-YAUEZXFF.js";
import {
  ARTIFACT_PREFIX,
  downloadArtifactZip,
  extractProfileFromZip,
  httpStatus,
  loadHistory,
  parseProfile,
  requestFor,
  withSignal
} from "./chunk-ZI462GAG.js";
import {
  GiB,
  MiB,
  asRecord,
  errorMessage,
  formatBytes,
  mainWorkerGroup,
  median,
  medianAbsoluteDeviation,
  quoteUntrusted,
  sameShard,
  shardLabel
} from "./chunk-GHVA7SXN.js";
import "./chunk-4JN6GR4P.js";

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

// src/drift/drift.ts
var MODIFIED_Z_LIMIT = 3.5;
var ROBUST_MIN_RUNS = 5;
var MAD_FLOOR_LOG = 0.01;
function phasePeak(phase) {
  return phase.treeRss.peakBytes;
}
function compareMetric(current, baseline, thresholdFraction, method) {
  const values = baseline.filter((value) => value > 0);
  if (values.length === 0)
    return {
      verdict: "no-baseline",
      currentBytes: current,
      baseline: null,
      changeFraction: null,
      zScore: null,
      method: null
    };
  const stats = {
    n: values.length,
    medianBytes: median(values),
    minBytes: Math.min(...values),
    maxBytes: Math.max(...values),
    madBytes: medianAbsoluteDeviation(values)
  };
  const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
  const robust = method === "robust" || method === "auto" && values.length >= ROBUST_MIN_RUNS;
  if (robust) {
    const logs = values.map(Math.log);
    const mad = Math.max(medianAbsoluteDeviation(logs), MAD_FLOOR_LOG);
    const zScore = 0.6745 * (Math.log(Math.max(1, current)) - median(logs)) / mad;
    let verdict2 = "ok";
    if (zScore > MODIFIED_Z_LIMIT && changeFraction >= thresholdFraction) verdict2 = "drift";
    else if (zScore < -MODIFIED_Z_LIMIT && changeFraction <= -thresholdFraction)
      verdict2 = "improvement";
    return {
      verdict: verdict2,
      currentBytes: current,
      baseline: stats,
      changeFraction,
      zScore,
      method: "robust"
    };
  }
  let verdict = "ok";
  if (current > stats.maxBytes * (1 + thresholdFraction)) verdict = "drift";
  else if (current < stats.minBytes * (1 - thresholdFraction)) verdict = "improvement";
  return {
    verdict,
    currentBytes: current,
    baseline: stats,
    changeFraction,
    zScore: null,
    method: "max"
  };
}
function combine(verdicts) {
  if (verdicts.includes("drift")) return "drift";
  if (verdicts.includes("improvement")) return "improvement";
  if (verdicts.every((verdict) => verdict === "no-baseline")) return "no-baseline";
  return "ok";
}
function detectDrift({
  current,
  baseline,
  thresholdFraction = 0.1,
  method = "auto"
}) {
  const all = baseline;
  baseline = all.filter((profile) => sameShard(profile.run.shard, current.run.shard));
  const phases = current.phases.map((phase) => {
    const matching = baseline.map((profile) => profile.phases.find((candidate) => candidate.name === phase.name)).filter((candidate) => candidate !== void 0);
    const peak = compareMetric(
      phasePeak(phase),
      matching.map(phasePeak),
      thresholdFraction,
      method
    );
    const group = mainWorkerGroup(phase);
    let perWorker = null;
    if (group) {
      const baselineWorkers2 = matching.map(
        (candidate) => candidate.workerGroups.find((other) => other.name === group.name)?.peakRss.p90Bytes
      ).filter((value) => value !== void 0);
      perWorker = compareMetric(group.peakRss.p90Bytes, baselineWorkers2, thresholdFraction, method);
    }
    const verdicts = [peak.verdict, ...perWorker ? [perWorker.verdict] : []];
    const verdict = phase.oomKills > 0 ? "drift" : combine(verdicts);
    return {
      name: phase.name,
      peak,
      perWorker,
      workerName: group?.name ?? null,
      oomKills: phase.oomKills,
      verdict
    };
  });
  const workersOf = (profile) => profile.phases.find((phase) => phase.workersRecommended !== null)?.workersRecommended ?? null;
  const baselineWorkers = baseline.map(workersOf).filter((value) => value !== null);
  return {
    verdict: phases.length === 0 ? "no-baseline" : combine(phases.map((phase) => phase.verdict)),
    phases,
    baselineRuns: baseline.length,
    thresholdFraction,
    currentWorkers: workersOf(current),
    otherShardRuns: all.length - baseline.length,
    baselineWorkers: baselineWorkers.length > 0 ? Math.round(median(baselineWorkers)) : null
  };
}
function driftReportFor(current, baseline, settings) {
  return detectDrift({
    current,
    baseline,
    thresholdFraction: settings.driftThresholdFraction,
    method: settings.driftMethod
  });
}

// src/report/comment.ts
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
  return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text) => text.length);
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

// src/github/workflow-run.ts
function triggeringRunFrom(payload) {
  const run = asRecord(asRecord(payload).workflow_run);
  const headRepository = asRecord(run.head_repository);
  const owner = asRecord(headRepository.owner);
  const runId = run.id;
  const headRepositoryId = headRepository.id;
  if (typeof runId !== "number" || typeof run.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(run.head_sha) || typeof run.head_branch !== "string" || typeof headRepositoryId !== "number" || typeof owner.login !== "string") {
    return null;
  }
  return {
    runId,
    headSha: run.head_sha,
    headBranch: run.head_branch,
    headRepositoryId,
    headOwner: owner.login,
    event: typeof run.event === "string" ? run.event : "",
    conclusion: typeof run.conclusion === "string" ? run.conclusion : null
  };
}
async function findPullRequest(request, owner, repo, run) {
  const response = await request("GET /repos/{owner}/{repo}/pulls", {
    owner,
    repo,
    state: "open",
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 100
  });
  if (!Array.isArray(response.data))
    throw new Error("the pull request listing had an unexpected shape");
  for (const item of response.data) {
    const pull = asRecord(item);
    const head = asRecord(pull.head);
    const base = asRecord(pull.base);
    if (typeof pull.number === "number" && head.sha === run.headSha && asRecord(head.repo).id === run.headRepositoryId && typeof base.ref === "string") {
      return { number: pull.number, baseBranch: base.ref };
    }
  }
  return null;
}
async function listRunProfileArtifacts(request, owner, repo, runId) {
  const response = await request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
    owner,
    repo,
    run_id: runId,
    per_page: 100
  });
  const artifacts = asRecord(response.data).artifacts;
  if (!Array.isArray(artifacts))
    throw new Error("the run artifacts listing had an unexpected shape");
  const found = [];
  for (const item of artifacts) {
    const artifact = asRecord(item);
    if (typeof artifact.id === "number" && typeof artifact.name === "string" && artifact.name.startsWith(`${ARTIFACT_PREFIX}-`) && artifact.expired !== true && typeof artifact.size_in_bytes === "number") {
      found.push({ id: artifact.id, name: artifact.name, sizeInBytes: artifact.size_in_bytes });
    }
  }
  return found;
}
function workflowFileFromPath(path) {
  if (typeof path !== "string") return null;
  const match = /^\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path.split("@")[0] ?? "");
  return match?.[1] ?? null;
}

// src/action/report-mode.ts
var MAX_PROFILES = 20;
async function runReportMode(runner, env, inputs, payload) {
  const context = readRunContext(env, payload);
  const run = triggeringRunFrom(payload);
  const workflowFile = workflowFileFromPath(
    payload?.workflow_run?.path
  ) ?? context.workflowFile;
  if (!run || !context.owner || !context.repo || !context.repositoryId) {
    runner.warning(
      "mode: report needs a workflow_run event (see the fork recipe in the README); nothing to report."
    );
    return;
  }
  if (!inputs.githubToken) {
    runner.warning("mode: report needs a token (github-token) to read artifacts and comment.");
    return;
  }
  const request = requestFor(inputs.githubToken, context.apiUrl);
  const limit = `${Number((inputs.postTimeoutMs / 1e3).toFixed(1))} s (post-timeout)`;
  const readSignal = AbortSignal.timeout(inputs.postTimeoutMs);
  const read = withSignal(request, readSignal);
  const why = (error) => readSignal.aborted ? `no answer within ${limit}` : errorMessage(error);
  const owner = context.owner;
  const repo = context.repo;
  let pull;
  try {
    pull = await findPullRequest(read, owner, repo, run);
  } catch (error) {
    runner.warning(`Could not look up the pull request of run ${run.runId}: ${why(error)}`);
    return;
  }
  if (!pull) {
    runner.info(
      `No open pull request has head ${run.headSha} from this run's head repository: nothing to comment on.`
    );
    return;
  }
  const profiles = [];
  try {
    const artifacts = await listRunProfileArtifacts(read, owner, repo, run.runId);
    for (const artifact of artifacts.slice(0, MAX_PROFILES)) {
      try {
        const zip = await downloadArtifactZip({
          request: read,
          owner,
          repo,
          artifactId: artifact.id,
          sizeInBytes: artifact.sizeInBytes
        });
        profiles.push(parseProfile(await extractProfileFromZip(zip)));
      } catch (error) {
        runner.warning(`Skipped artifact ${artifact.id} of run ${run.runId}: ${why(error)}`);
      }
    }
  } catch (error) {
    runner.warning(`Could not list the artifacts of run ${run.runId}: ${why(error)}`);
    return;
  }
  if (profiles.length === 0) {
    runner.info(`Run ${run.runId} uploaded no run profiles: nothing to compare.`);
    return;
  }
  const summaries = [];
  for (const profile of profiles) {
    const job = profile.run.job ?? "job";
    const baseline = workflowFile ? await loadHistory({
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
      timeoutMs: inputs.historyTimeoutMs
    }) : null;
    for (const note of baseline?.notes ?? []) runner.info(`History: ${note}`);
    const outcome = await compareAndPublishFor(
      {
        inputs,
        profile,
        report: driftReportFor(
          profile,
          baseline?.profiles.map((entry) => entry.profile) ?? [],
          inputs
        ),
        target: {
          request: withSignal(request, AbortSignal.timeout(inputs.postTimeoutMs)),
          owner,
          repo,
          issueNumber: pull.number
        },
        runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${run.runId}`,
        fork: run.headRepositoryId !== context.repositoryId
      },
      runner
    );
    if (outcome) {
      summaries.push(outcome.summary);
      for (const warning of outcome.warnings) runner.warning(warning);
      for (const notice of outcome.notices) runner.notice(notice);
    }
  }
  if (inputs.summary && summaries.length > 0)
    await runner.appendSummary(joinWithinLimit(summaries, SUMMARY_LIMIT_BYTES));
}
export {
  runReportMode
};
