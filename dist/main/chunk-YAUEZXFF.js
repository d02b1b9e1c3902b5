import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GiB,
  MiB,
  asRecord,
  codePointName,
  cut,
  showInvisible
} from "./chunk-GHVA7SXN.js";

// src/report/markdown.ts
function table(header, rows, align) {
  const separator = header.map((_, index) => align?.[index] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(separator), ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
var SUMMARY_LIMIT_BYTES = 1048576;
var COMMENT_LIMIT_CHARACTERS = 65536;
function fitToLimit(sections, limit, size = (text2) => Buffer.byteLength(text2, "utf8")) {
  const kept = sections.map((section, index) => ({ ...section, index }));
  const note = "\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n";
  let text2 = kept.map((section) => section.markdown).join("\n\n");
  while (size(text2) > limit && kept.length > 1) {
    let lowest = 0;
    for (let index = 1; index < kept.length; index++) {
      if (kept[index].priority < kept[lowest].priority) lowest = index;
    }
    kept.splice(lowest, 1);
    text2 = kept.map((section) => section.markdown).join("\n\n") + note;
  }
  if (size(text2) > limit) {
    let cut2 = text2.slice(0, Math.max(0, limit - note.length - 16));
    cut2 = cut2.slice(0, Math.max(0, cut2.lastIndexOf("\n")));
    while (size(cut2 + note) > limit) cut2 = cut2.slice(0, Math.floor(cut2.length * 0.9));
    text2 = cut2 + note;
  }
  return text2;
}
function joinWithinLimit(sections, limitBytes) {
  const note = (left) => `
_${left} section(s) left out to stay within GitHub\u2019s 1 MiB job-summary limit._
`;
  const reserve = Buffer.byteLength(note(sections.length), "utf8");
  let text2 = "";
  let kept = 0;
  for (const section of sections) {
    const next = kept === 0 ? section : `${text2}
${section}`;
    if (Buffer.byteLength(next, "utf8") > limitBytes - reserve) break;
    text2 = next;
    kept++;
  }
  return kept === sections.length ? text2 : `${text2}${note(sections.length - kept)}`;
}

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
function baselineBranchFor(context, input) {
  return input || context.baseBranch || context.branch || context.defaultBranch;
}

// src/report/escape.ts
var UNTRUSTED_MAX_LENGTH = 100;
var ZERO_WIDTH_JOINER = "\u200D";
function truncate(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return cut(text2, maxLength);
}
function escapeMarkdownText(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return truncate(showInvisible(oneLine(text2)), maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_[\]()!~|+=$-]/g, (character) => `\\${character}`).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/#/g, `#${ZERO_WIDTH_JOINER}`).replace(/:/g, "&#58;").replace(/(www)\./gi, "$1&#46;");
}
function oneLine(text2) {
  return text2.replace(/[\r\n\t]+/g, " ");
}
function escapeTableCell(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return escapeMarkdownText(text2, maxLength);
}
function escapeMermaidLabel(text2, maxLength = 40) {
  return truncate(
    showInvisible(oneLine(text2), (character) => ` ${codePointName(character)} `).replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, " ").replace(/\s+/g, " ").trim(),
    maxLength
  );
}

// src/report/chart.ts
var BAR_MAX_SLOTS = 8;
var COLOURS = {
  red: "#d62728",
  blue: "#1f77b4",
  green: "#2ca02c",
  orange: "#ff7f0e",
  grey: "#8c8c8c"
};
function chartNumber(value, digits = 1) {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}
function sizeUnitFor(maxBytes) {
  return maxBytes >= 2 * GiB ? { name: "GiB", bytes: GiB } : { name: "MiB", bytes: MiB };
}
function initDirective(colours, wide = false) {
  const palette = colours.map((name) => COLOURS[name]).join(", ");
  const layout = wide ? '"xyChart": {"width": 900, "xAxis": {"labelFontSize": 12}}, ' : "";
  return `%%{init: {${layout}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}
function caption(entries) {
  return `<sub>${entries.map((entry) => `${entry.colour}: ${entry.name}`).join(" \xB7 ")}</sub>`;
}
var EMPTY_BAR = "-1";
function barChart(input) {
  const perGroup = input.series.length;
  const groups = input.groups.slice(0, Math.floor(BAR_MAX_SLOTS / Math.max(1, perGroup)));
  if (groups.length === 0 || perGroup === 0) return "";
  const max = Math.max(1, ...groups.flatMap((group) => group.values));
  const size = sizeUnitFor(max);
  const labels = groups.flatMap(
    (group) => input.series.map((series) => {
      if (groups.length === 1) return `"${escapeMermaidLabel(series.name, 30)}"`;
      return `"${escapeMermaidLabel(group.label, 10)} ${series.short}"`;
    })
  );
  const bars = input.series.map(
    (_, seriesIndex) => groups.flatMap(
      (group) => input.series.map(
        (__, slot) => slot === seriesIndex ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2) : EMPTY_BAR
      )
    )
  );
  return [
    "```mermaid",
    initDirective(
      input.series.map((series) => series.colour),
      true
    ),
    "xychart-beta",
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${size.name}" 0 --> ${chartNumber(max * 1.1 / size.bytes, 2)}`,
    ...bars.map((values) => `  bar [${values.join(", ")}]`),
    "```",
    "",
    caption(input.series.map((series) => ({ colour: series.colour, name: series.name })))
  ].join("\n");
}

export {
  escapeMarkdownText,
  escapeTableCell,
  table,
  details,
  SUMMARY_LIMIT_BYTES,
  COMMENT_LIMIT_CHARACTERS,
  fitToLimit,
  joinWithinLimit,
  BAR_MAX_SLOTS,
  barChart,
  readRunContext,
  baselineBranchFor
};
