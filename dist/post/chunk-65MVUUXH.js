import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/shared/errors.ts
var InputError = class extends Error {
  name = "InputError";
  input;
  value;
  expected;
  /** `message` replaces the standard sentence (a driver that words it for its own users). */
  constructor(input, value, expected, message) {
    super(
      message ?? `${subject(input)} has an invalid value ${JSON.stringify(value)}: expected ${expected}.`
    );
    this.input = input;
    this.value = value;
    this.expected = expected;
  }
};
function subject(input) {
  if (/^[A-Z][A-Z0-9_]*$/.test(input)) return `Environment variable ${input}`;
  return /^[a-z][a-z0-9-]*$/.test(input) ? `Input '${input}'` : `'${input}'`;
}
var ProfileError = class extends Error {
  name = "ProfileError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/github/types.ts
function httpStatus(error) {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = error.status;
    return typeof status === "number" ? status : null;
  }
  return null;
}

// src/shared/inert-text.ts
var BREAK = "\u200B";
var LINE_BREAK = /\r\n|\r|\n/;
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
var LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
var SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN_SGR = (
  // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
  /^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u
);
function codePointEscape(character) {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 65535 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}
function codePointName(character) {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
function showInvisible(text, show = codePointEscape) {
  return text.replace(INVISIBLE, show);
}
function cut(text, maxLength) {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join("")}\u2026` : text;
}
function inertLine(line, keepSgr = false) {
  const shown = line.replace(
    keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN,
    (character) => character === "	" || character.length > 1 ? character : codePointEscape(character)
  );
  const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
  const rest = shown.slice(lead);
  const start = rest.startsWith("::") ? `:${BREAK}${rest.slice(1)}` : rest;
  return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}
function inertText(text, options = {}) {
  let lines = text.split(LINE_BREAK);
  if (options.fold) {
    const parts = lines.map((line) => line.trim()).filter((line) => line !== "");
    lines = [parts.join(" ")];
  }
  if (options.maxLength !== void 0) lines = cut(lines.join("\n"), options.maxLength).split("\n");
  return lines.map((line) => inertLine(line, options.keepSgr)).join("\n");
}
function quoteUntrusted(text, maxLength = 100) {
  return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}

// src/report/escape.ts
var UNTRUSTED_MAX_LENGTH = 100;
var ZERO_WIDTH_JOINER = "\u200D";
function truncate(text, maxLength = UNTRUSTED_MAX_LENGTH) {
  return cut(text, maxLength);
}
function escapeMarkdownText(text, maxLength = UNTRUSTED_MAX_LENGTH) {
  return truncate(showInvisible(oneLine(text)), maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_[\]()!~|+=$-]/g, (character) => `\\${character}`).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/#/g, `#${ZERO_WIDTH_JOINER}`).replace(/:/g, "&#58;").replace(/(www)\./gi, "$1&#46;");
}
function oneLine(text) {
  return text.replace(/[\r\n\t]+/g, " ");
}
function escapeTableCell(text, maxLength = UNTRUSTED_MAX_LENGTH) {
  return escapeMarkdownText(text, maxLength);
}
function escapeMermaidLabel(text, maxLength = 40) {
  return truncate(
    showInvisible(oneLine(text), (character) => ` ${codePointName(character)} `).replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, " ").replace(/\s+/g, " ").trim(),
    maxLength
  );
}

// src/shared/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
var UNIT_BYTES = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE_FORMAT = "a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024";
function parseSize(text) {
  const match = SIZE_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = "", suffix = ""] = match;
  if (unit === "" && suffix.toLowerCase().startsWith("i")) return null;
  const bytes = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
  if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) return null;
  return Math.floor(bytes);
}
var DURATION_FORMAT = "a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)";
var DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
var DURATION_MS = { "": 1, ms: 1, s: 1e3, m: 6e4, min: 6e4 };
function parseDurationMs(text) {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const [, amount, unit = ""] = match;
  const ms = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
  return Number.isFinite(ms) ? Math.round(ms) : null;
}
function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return String(bytes);
  const sign = bytes < 0 ? "-" : "";
  const abs = Math.abs(bytes);
  if (abs >= GiB) return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
  if (abs >= MiB) return `${sign}${Math.round(abs / MiB)} MiB`;
  if (abs >= KiB) return `${sign}${Math.round(abs / KiB)} KiB`;
  return `${sign}${abs} B`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 59950) return `${trimZeros((ms / 1e3).toFixed(1))} s`;
  const totalSeconds = Math.round(ms / 1e3);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function humanDuration(ms) {
  if (ms < 72e5) return formatDuration(ms);
  const minutes = Math.round(ms / 6e4);
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function trimZeros(fixed) {
  return fixed.replace(/\.0+$/, "");
}

// src/shared/record.ts
function asRecord(value) {
  return typeof value === "object" && value !== null ? value : {};
}

// src/profile/identity.ts
function sameShard(a, b) {
  const whole = (shard) => shard === null || shard.total === 1;
  if (whole(a) || whole(b)) return whole(a) && whole(b);
  return a?.index === b?.index && a?.total === b?.total;
}
function shardLabel(shard) {
  return shard === null || shard.total === 1 ? null : `shard ${shard.index}/${shard.total}`;
}
var MAX_CANONICAL_KEY_CHARACTERS = 4096;
function canonicalMatrixKey(text) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "null") return null;
  if (trimmed.length > MAX_CANONICAL_KEY_CHARACTERS) return text;
  try {
    return JSON.stringify(sortedKeys(JSON.parse(trimmed)));
  } catch {
    return text;
  }
}
function sortedKeys(value) {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  const record = value;
  return Object.fromEntries(
    Object.keys(record).sort().map((key) => [key, sortedKeys(record[key])])
  );
}

// src/report/chart.ts
var CHART_MAX_POINTS = 240;
var CHART_MAX_LABELS = 12;
var BAR_MAX_SLOTS = 8;
var COLOURS = {
  red: "#d62728",
  blue: "#1f77b4",
  green: "#2ca02c",
  orange: "#ff7f0e",
  grey: "#8c8c8c"
};
function resampleMax(points, endMs, buckets = CHART_MAX_POINTS) {
  if (buckets < 2 || endMs <= 0) return null;
  const slots = Array.from({ length: buckets }, () => null);
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) continue;
    const slot = Math.min(
      buckets - 1,
      Math.max(0, Math.round(point.tMs / endMs * (buckets - 1)))
    );
    const held = slots[slot];
    slots[slot] = held === null || held === void 0 ? point.value : Math.max(held, point.value);
  }
  const first = slots.find((value) => value !== null);
  if (first === void 0 || first === null) return null;
  let last = first;
  return slots.map((value) => value === null ? last : last = value);
}
var TIME_UNITS = [
  { name: "seconds", ms: 1e3 },
  { name: "minutes", ms: 6e4 },
  { name: "hours", ms: 36e5 }
];
function timeAxisFor(durationMs) {
  const natural = naturalTimeUnit(durationMs);
  let best = {
    time: natural,
    axisEndUnits: niceAxisMax(durationMs / natural.ms, CHART_MAX_LABELS)
  };
  const padding = (choice) => choice.axisEndUnits * choice.time.ms / durationMs;
  for (const time of TIME_UNITS) {
    const units = durationMs / time.ms;
    if (units < 1 || units > 1e3) continue;
    const choice = { time, axisEndUnits: niceAxisMax(units, CHART_MAX_LABELS) };
    if (padding(choice) < padding(best) - 0.01) best = choice;
  }
  return best;
}
function naturalTimeUnit(durationMs) {
  if (durationMs <= 12e4) return { name: "seconds", ms: 1e3 };
  if (durationMs <= 72e5) return { name: "minutes", ms: 6e4 };
  return { name: "hours", ms: 36e5 };
}
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
function timeChart(input) {
  const { time, axisEndUnits } = timeAxisFor(input.endMs);
  const endUnits = input.endMs / time.ms;
  const axisEndMs = axisEndUnits * time.ms;
  const samples = Math.max(2, ...input.series.map((series) => series.points.length));
  const buckets = Math.min(CHART_MAX_POINTS, Math.ceil(samples * axisEndMs / input.endMs));
  const drawn = input.series.map((series) => ({ series, values: resampleMax(series.points, axisEndMs, buckets) })).filter((entry) => entry.values !== null);
  if (drawn.length === 0) return "";
  const max = Math.max(input.limit?.bytes ?? 0, ...drawn.flatMap((entry) => entry.values), 1);
  const size = input.countAxis === void 0 ? sizeUnitFor(max) : { name: input.countAxis, bytes: 1 };
  const scaled = (bytes) => chartNumber(bytes / size.bytes, 2);
  const length = drawn[0].values.length;
  const lines = drawn.map((entry) => `  line [${entry.values.map(scaled).join(", ")}]`);
  const colours = drawn.map((entry) => entry.series.colour);
  const legend = drawn.map((entry) => ({ colour: entry.series.colour, name: entry.series.name }));
  if (input.limit) {
    lines.push(
      `  line [${Array.from({ length }, () => scaled(input.limit?.bytes ?? 0)).join(", ")}]`
    );
    colours.push("grey");
    legend.push({ colour: "grey", name: input.limit.name });
  }
  const timeDigits = axisEndUnits < 1 ? 3 : axisEndUnits < 10 ? 2 : 1;
  const endText = chartNumber(endUnits, timeDigits);
  const axisEndText = chartNumber(axisEndUnits, timeDigits);
  const padded = axisEndUnits > endUnits * 1.005 && endText !== axisEndText ? [
    `<sub>The recording ended at ${endText} ${time.name}; the axis runs on to ${axisEndText} for round ticks, and the lines hold their last value there.</sub>`
  ] : [];
  return [
    "```mermaid",
    initDirective(colours),
    "xychart-beta",
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis "${time.name}" 0 --> ${chartNumber(axisEndUnits, 3)}`,
    `  y-axis "${size.name}" 0 --> ${chartNumber(niceAxisMax(max * 1.05 / size.bytes, 10), 3)}`,
    ...lines,
    "```",
    "",
    caption(legend),
    ...[...padded, ...input.notes ?? []].map((note) => `
${note}`)
  ].join("\n");
}
function axisTickCount(max) {
  if (!(max > 0)) return 1;
  const rough = max / 10;
  const power = Math.floor(Math.log10(rough));
  const error = rough / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let last;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    last = Math.round(max * inverse);
    if (last / inverse > max) last--;
  } else {
    const step = 10 ** power * factor;
    last = Math.round(max / step);
    if (last * step > max) last--;
  }
  return last + 1;
}
function niceAxisMax(value, maxTicks) {
  if (!(value > 0)) return 1;
  for (let step = 0; step <= 400; step++) {
    const candidate = Number((value * (1 + step / 1e3)).toPrecision(3));
    if (candidate >= value && axisTickCount(candidate) <= maxTicks) return candidate;
  }
  return value;
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
function fitToLimit(sections, limit, size = (text) => Buffer.byteLength(text, "utf8")) {
  const kept = sections.map((section, index) => ({ ...section, index }));
  const note = "\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n";
  let text = kept.map((section) => section.markdown).join("\n\n");
  while (size(text) > limit && kept.length > 1) {
    let lowest = 0;
    for (let index = 1; index < kept.length; index++) {
      if (kept[index].priority < kept[lowest].priority) lowest = index;
    }
    kept.splice(lowest, 1);
    text = kept.map((section) => section.markdown).join("\n\n") + note;
  }
  if (size(text) > limit) {
    let cut2 = text.slice(0, Math.max(0, limit - note.length - 16));
    cut2 = cut2.slice(0, Math.max(0, cut2.lastIndexOf("\n")));
    while (size(cut2 + note) > limit) cut2 = cut2.slice(0, Math.floor(cut2.length * 0.9));
    text = cut2 + note;
  }
  return text;
}
function joinWithinLimit(sections, limitBytes) {
  const note = (left) => `
_${left} section(s) left out to stay within GitHub\u2019s 1 MiB job-summary limit._
`;
  const reserve = Buffer.byteLength(note(sections.length), "utf8");
  let text = "";
  let kept = 0;
  for (const section of sections) {
    const next = kept === 0 ? section : `${text}
${section}`;
    if (Buffer.byteLength(next, "utf8") > limitBytes - reserve) break;
    text = next;
    kept++;
  }
  return kept === sections.length ? text : `${text}${note(sections.length - kept)}`;
}

// src/profile/worker-group.ts
function mainWorkerGroup(phase) {
  const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
  const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
  let best = null;
  for (const group of candidates)
    if (!best || group.peakTotalBytes > best.peakTotalBytes) best = group;
  return best;
}
function workersRan(group) {
  return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}

// src/shared/stats.ts
function quantileSorted(sorted, p) {
  if (sorted.length === 0) return 0;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below];
  const upper = sorted[Math.min(below + 1, sorted.length - 1)];
  return lower + (upper - lower) * (position - below);
}
function quantile(values, p) {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p
  );
}
function median(values) {
  return quantile(values, 0.5);
}
function medianAbsoluteDeviation(values) {
  const center = median(values);
  return median(values.map((value) => Math.abs(value - center)));
}
function theilSen(points) {
  const slopes = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (b.x !== a.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return { slope: 0, positiveShare: 0 };
  return {
    slope: median(slopes),
    positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length
  };
}

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

export {
  InputError,
  ProfileError,
  errorMessage,
  httpStatus,
  inertText,
  quoteUntrusted,
  MiB,
  GiB,
  SIZE_FORMAT,
  parseSize,
  DURATION_FORMAT,
  parseDurationMs,
  formatBytes,
  humanDuration,
  asRecord,
  shardLabel,
  canonicalMatrixKey,
  quantileSorted,
  theilSen,
  mainWorkerGroup,
  workersRan,
  escapeMarkdownText,
  escapeTableCell,
  CHART_MAX_POINTS,
  BAR_MAX_SLOTS,
  timeAxisFor,
  chartNumber,
  timeChart,
  barChart,
  table,
  details,
  SUMMARY_LIMIT_BYTES,
  COMMENT_LIMIT_CHARACTERS,
  fitToLimit,
  joinWithinLimit,
  MODIFIED_Z_LIMIT,
  ROBUST_MIN_RUNS,
  driftReportFor
};
