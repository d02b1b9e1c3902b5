import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ELASTIC_MIN_SHARE,
  SAFETY_MARGIN,
  confidenceFor,
  estimateFromHistory,
  fitSpeedup,
  linearRegression,
  maxWorkersWithin,
  predictConcurrentPeakBytes,
  predictDurationMs
} from "./chunk-3L3K4GXL.js";
import {
  baselineBranchFor,
  details,
  escapeMarkdownText,
  escapeTableCell,
  readRunContext,
  table
} from "./chunk-YAUEZXFF.js";
import {
  DURATION_FORMAT,
  InputError,
  KiB,
  MAX_SHARDS,
  MiB,
  SIZE_FORMAT,
  canonicalMatrixKey,
  ensureWritableDirectory,
  errorMessage,
  formatBytes,
  formatDuration,
  inertText,
  mainWorkerGroup,
  parseDurationMs,
  parseSize,
  profileHost,
  profileRun,
  readBoundedText,
  sameShard,
  shardLabel,
  shownPath,
  toMiB,
  workersRan
} from "./chunk-GHVA7SXN.js";
import "./chunk-4JN6GR4P.js";

// src/action/main.ts
import { delimiter, join as join3 } from "node:path";

// src/estimate/choose.ts
async function chooseEstimate(choice) {
  const fixed = choice.memoryPerWorkerBytes === null ? null : staticEstimate(choice.memoryPerWorkerBytes, "input");
  const fallback = staticEstimate(choice.fallbackMemoryPerWorkerBytes, "fallback");
  if ("unavailable" in choice.history) {
    const reason = choice.history.unavailable;
    return fixed ?? (reason === null ? fallback : staticEstimate(choice.fallbackMemoryPerWorkerBytes, "fallback", [reason]));
  }
  try {
    const learned = await choice.history.learn(fallback);
    return fixed ?? learned;
  } catch (error2) {
    if (choice.onLearnError === "throw") throw error2;
    choice.warn(
      `Could not learn from earlier runs, planning without history: ${errorMessage(error2)}`
    );
    return fixed ?? fallback;
  }
}
function staticEstimate(perWorkerBytes, source, notes = []) {
  return {
    source,
    perWorkerBytes,
    memberPeakBytes: null,
    baseBytes: 0,
    confidence: "none",
    historyRuns: 0,
    spread: null,
    workerName: null,
    oomInHistory: false,
    speedup: null,
    concurrency: null,
    elasticShare: 1,
    elastic: false,
    baseMeasured: false,
    countEvidence: [],
    runs: [],
    notes: notes.length > 0 ? notes : [
      source === "input" ? `memory-per-worker sets ${formatBytes(perWorkerBytes)} per worker.` : `No history yet: assuming fallback-memory-per-worker, ${formatBytes(perWorkerBytes)} per worker, until this run's measurement replaces it; if you know your workers' size, set fallback-memory-per-worker to it.`
    ]
  };
}

// src/config/inputs.ts
var INPUT_DEFAULTS = {
  mode: "plan",
  profile: "default",
  "memory-per-worker": "auto",
  "fallback-memory-per-worker": "768M",
  "min-workers": "1",
  "max-workers": "",
  workers: "",
  "cpus-per-worker": "1",
  "memory-reserve": "auto",
  "memory-fraction": "0.9",
  "export-env": "false",
  summary: "true",
  sample: "true",
  "sample-interval": "500ms",
  upload: "true",
  "retention-days": "30",
  history: "true",
  "history-runs": "20",
  "history-timeout": "20s",
  "post-timeout": "60s",
  "baseline-branch": "",
  "min-speedup-gain": "5%",
  "elastic-memory": "auto",
  "drift-threshold": "10%",
  "drift-method": "auto",
  comment: "on-drift",
  "fail-on-drift": "false",
  "metrics-file": "",
  "pushgateway-url": "",
  "target-duration": "",
  "runner-catalog": "",
  shard: "",
  "history-job": "",
  "history-matrix": ""
};
var OVERRIDE_VARIABLE = "RESOURCE_PLANNER_WORKERS";
var PROFILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var TRUE_VALUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE_VALUES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var MIN_SAMPLE_INTERVAL_MS = 100;
function parseInputs(getInput2) {
  const read = (name) => {
    const value = getInput2(name).trim();
    if (value !== "") return value;
    return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name] : "";
  };
  const minWorkers = parseInteger(read, "min-workers", 1);
  const maxWorkers = read("max-workers") === "" ? null : parseInteger(read, "max-workers", 1);
  if (maxWorkers !== null && maxWorkers < minWorkers) {
    throw new InputError(
      "max-workers",
      String(maxWorkers),
      `a whole number no smaller than min-workers (${minWorkers})`
    );
  }
  const memoryPerWorker = read("memory-per-worker");
  const matrixKey = read("matrix-key");
  return {
    mode: parseChoice(read, "mode", ["plan", "report"]),
    profile: parseProfileName(read("profile")),
    memoryPerWorkerBytes: isAuto(memoryPerWorker) ? null : parseSizeInput("memory-per-worker", memoryPerWorker, 1, "auto or "),
    fallbackMemoryPerWorkerBytes: parseSizeInput(
      "fallback-memory-per-worker",
      read("fallback-memory-per-worker"),
      1
    ),
    plan: {
      memoryReserveBytes: isAuto(read("memory-reserve")) ? null : parseSizeInput("memory-reserve", read("memory-reserve"), 0, "auto or "),
      memoryFraction: parseFraction(read, "memory-fraction", { allowZero: false }),
      cpusPerWorker: parsePositiveNumber(read, "cpus-per-worker"),
      minWorkers,
      maxWorkers,
      forcedWorkers: read("workers") === "" ? null : parseInteger(read, "workers", 1)
    },
    exportEnv: parseBoolean(read, "export-env"),
    summary: parseBoolean(read, "summary"),
    githubToken: read("github-token"),
    sample: parseBoolean(read, "sample"),
    sampleIntervalMs: parseDurationInput(read, "sample-interval", MIN_SAMPLE_INTERVAL_MS),
    upload: parseBoolean(read, "upload"),
    retentionDays: parseInteger(read, "retention-days", 1, 90),
    history: parseBoolean(read, "history"),
    historyRuns: parseInteger(read, "history-runs", 1, 100),
    historyTimeoutMs: parseDurationInput(read, "history-timeout", 1e3),
    postTimeoutMs: parseDurationInput(read, "post-timeout", 1e3),
    baselineBranch: parseBranch(read("baseline-branch")),
    minSpeedupGain: parseFraction(read, "min-speedup-gain", { allowZero: true }),
    elasticMemory: parseChoice(read, "elastic-memory", ["auto", "off"]) === "auto",
    driftThresholdFraction: parseFraction(read, "drift-threshold", { allowZero: true }),
    driftMethod: parseChoice(read, "drift-method", ["auto", "robust", "max"]),
    comment: parseChoice(read, "comment", ["on-drift", "always", "never"]),
    failOnDrift: parseBoolean(read, "fail-on-drift"),
    // Canonical, so a planning job can name its fan-out job's artifacts (docs/algorithm.md §7).
    matrixKey: canonicalMatrixKey(matrixKey)?.slice(0, 4096) ?? null,
    metricsFile: parseFilePath("metrics-file", read("metrics-file")),
    pushgatewayUrl: parsePushgatewayUrl(read("pushgateway-url")),
    targetDurationMs: read("target-duration") === "" ? null : parseDurationInput(read, "target-duration", 1e3, ", or empty for none"),
    runnerCatalog: parseFilePath("runner-catalog", read("runner-catalog")),
    shard: parseShard(read("shard"), matrixKey),
    historyJob: parseJobId(read("history-job")),
    historyMatrix: parseHistoryMatrix(read("history-matrix"), read("history-job"))
  };
}
function parseOverrideWorkers(value) {
  if (value === void 0 || value.trim() === "") return null;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new InputError(OVERRIDE_VARIABLE, text, "a whole number of workers, 1 or more");
  }
  return Number(text);
}
function parseBooleanText(name, value) {
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw new InputError(name, value, "true or false");
}
function parseBoolean(read, name) {
  return parseBooleanText(name, read(name));
}
function parseInteger(read, name, min, max = Number.MAX_SAFE_INTEGER) {
  const text = read(name);
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  if (!/^\d+$/.test(text)) throw new InputError(name, text, `a whole number ${range}`);
  const value = Number(text);
  if (value < min || value > max) throw new InputError(name, text, `a whole number ${range}`);
  return value;
}
function parsePositiveNumber(read, name) {
  const text = read(name);
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value > 0)) throw new InputError(name, text, "a number greater than 0, such as 1 or 0.5");
  return value;
}
function parseFraction(read, name, options) {
  const text = read(name);
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = percent ? Number(percent[1]) / 100 : /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  const low = options.allowZero ? value >= 0 : value > 0;
  if (!(low && value <= 1)) {
    const range = options.allowZero ? "from 0 to 1" : "greater than 0 and at most 1";
    throw new InputError(name, text, `a fraction ${range}, such as 0.9 or 90%`);
  }
  return value;
}
function isAuto(text) {
  return text.toLowerCase() === "auto";
}
function parseSizeInput(name, text, minBytes, alternatives = "") {
  const bytes = parseSize(text);
  if (bytes === null) throw new InputError(name, text, `${alternatives}${SIZE_FORMAT}`);
  if (bytes < minBytes || minBytes > 0 && bytes < MiB)
    throw new InputError(name, text, `${alternatives}${SIZE_FORMAT}, at least 1M`);
  return bytes;
}
function parseDurationInput(read, name, minMs, alternatives = "") {
  const text = read(name);
  const ms = parseDurationMs(text);
  if (ms === null || ms < minMs)
    throw new InputError(name, text, `${DURATION_FORMAT}, at least ${minMs} ms${alternatives}`);
  return ms;
}
function parseChoice(read, name, choices) {
  const text = read(name);
  if (!choices.includes(text)) throw new InputError(name, text, `one of ${choices.join(", ")}`);
  return text;
}
function parseProfileName(text) {
  if (!PROFILE_PATTERN.test(text)) {
    throw new InputError(
      "profile",
      text,
      'a name of letters, digits, ".", "_" or "-", at most 64 characters'
    );
  }
  return text;
}
var SHARD_FORMAT = `INDEX/TOTAL such as 2/3 (1 \u2264 INDEX \u2264 TOTAL \u2264 ${MAX_SHARDS}), or empty for none`;
function parseShard(text, matrixKey) {
  if (text === "") return null;
  const shard = parseShardText(text);
  if (shard === null) throw new InputError("shard", text, SHARD_FORMAT);
  const { index, total } = shard;
  const fromMatrix = matrixShard(matrixKey);
  if (fromMatrix !== null && fromMatrix !== index)
    throw new InputError(
      "shard",
      text,
      `${SHARD_FORMAT}, whose index agrees with the matrix's shard (${fromMatrix}): use shard: \${{ matrix.shard }}/TOTAL`
    );
  return { index, total };
}
function parseShardText(text) {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  return match && index >= 1 && index <= total && total <= MAX_SHARDS ? { index, total } : null;
}
function matrixShard(matrixKey) {
  let matrix;
  try {
    matrix = JSON.parse(matrixKey);
  } catch {
    return null;
  }
  if (typeof matrix !== "object" || matrix === null) return null;
  const value = matrix.shard;
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : null;
}
function parseJobId(text) {
  if (text !== "" && !/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(text))
    throw new InputError(
      "history-job",
      text,
      'the id of a job in this workflow (a letter or "_", then letters, digits, "-" or "_"), or empty for this job'
    );
  return text;
}
var MAX_HISTORY_MATRIX_CHARACTERS = 1024;
var MAX_HISTORY_MATRIX_KEYS = 16;
function parseHistoryMatrix(text, historyJob) {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const expected = `a JSON object of the history job's matrix values beside shard, such as {"node": 22} (at most 16 string, number or boolean values, no "shard"), with history-job set`;
  const refuse = () => {
    throw new InputError("history-matrix", trimmed.slice(0, 120), expected);
  };
  if (historyJob.trim() === "" || trimmed.length > MAX_HISTORY_MATRIX_CHARACTERS) refuse();
  let value;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return refuse();
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return refuse();
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > MAX_HISTORY_MATRIX_KEYS || entries.some(
    ([key, item]) => key === "shard" || !(typeof item === "string" || typeof item === "boolean" || typeof item === "number" && Number.isFinite(item))
  ))
    refuse();
  return Object.fromEntries(entries);
}
function parseFilePath(name, text) {
  const hasControl = [...text].some((character) => character.charCodeAt(0) < 32);
  if (text.length > 4096 || hasControl)
    throw new InputError(name, text, "a file path, or empty for none");
  return text;
}
function parsePushgatewayUrl(text) {
  if (text === "") return null;
  const format = "an http:// or https:// URL without credentials, query or fragment, such as http://pushgateway:9091, or empty for none";
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError("pushgateway-url", text, format);
  }
  if (url.username !== "" || url.password !== "")
    throw new InputError("pushgateway-url", `${url.protocol}//***@${url.host}`, format);
  if (url.protocol !== "http:" && url.protocol !== "https:" || url.search !== "" || url.hash !== "")
    throw new InputError("pushgateway-url", text, format);
  return url;
}
function parseBranch(text) {
  const hasControl = [...text].some((character) => character.charCodeAt(0) < 32);
  if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes("..")) {
    throw new InputError(
      "baseline-branch",
      text,
      "a branch name such as main, or empty for automatic"
    );
  }
  return text;
}

// src/action/job-state.ts
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var StateKey = {
  /** JSON of `StepState`. */
  Step: "resource-planner"
};
var JOB_DIR_NAME = "resource-planner";
function jobDirFor(runnerTemp) {
  return join(runnerTemp, JOB_DIR_NAME);
}
function jobStatePath(jobDir) {
  return join(jobDir, "job.json");
}
function readJobState(jobDir) {
  try {
    const parsed = JSON.parse(readFileSync(jobStatePath(jobDir), "utf8"));
    return parsed.version === 1 ? parsed : null;
  } catch {
    return null;
  }
}
function writeJobState(jobDir, state) {
  mkdirSync(jobDir, { recursive: true });
  writeFileSync(jobStatePath(jobDir), JSON.stringify(state), "utf8");
}
function samplerIdentityPath(jobDir) {
  return join(jobDir, "sampler-identity.json");
}
function writeSamplerIdentity(jobDir, identity) {
  mkdirSync(jobDir, { recursive: true });
  writeFileSync(samplerIdentityPath(jobDir), JSON.stringify(identity), "utf8");
}
function appendPhaseMark(phasesFile, mark) {
  appendFileSync(phasesFile, JSON.stringify(mark) + "\n", "utf8");
}
function readPhaseMarks(phasesFile) {
  let text;
  try {
    text = readFileSync(phasesFile, "utf8");
  } catch {
    return [];
  }
  const marks = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const mark = JSON.parse(line);
      if (typeof mark.name === "string" && typeof mark.t === "number") {
        marks.push({
          name: mark.name,
          t: mark.t,
          workersRecommended: typeof mark.workersRecommended === "number" ? mark.workersRecommended : null
        });
      }
    } catch {
    }
  }
  return marks;
}
var fileJobStore = {
  read: readJobState,
  write: writeJobState,
  appendPhaseMark,
  readPhaseMarks
};

// src/plan/budget.ts
var UNMEASURED_RESERVE_BYTES = 512 * MiB;
var UNMEASURED_RESERVE_SHARE = 0.25;
var MEASURED_RESERVE_BYTES = 100 * MiB;
function resolveReserve(setting, baseMeasured, memoryLimitBytes = Number.POSITIVE_INFINITY) {
  if (setting !== null) return { bytes: setting, source: "input" };
  if (baseMeasured) return { bytes: MEASURED_RESERVE_BYTES, source: "auto, base measured" };
  const share2 = Math.floor(memoryLimitBytes * UNMEASURED_RESERVE_SHARE);
  return share2 < UNMEASURED_RESERVE_BYTES ? {
    bytes: Math.max(MEASURED_RESERVE_BYTES, share2),
    source: "auto, base unknown, a quarter of the limit"
  } : { bytes: UNMEASURED_RESERVE_BYTES, source: "auto, base unknown" };
}
function memoryBudgetBytes(memoryBytes, settings) {
  return Math.max(
    0,
    Math.floor((memoryBytes - settings.memoryReserveBytes) * settings.memoryFraction)
  );
}

// src/plan/ladder.ts
var SAME_LIMIT_TOLERANCE = 0.02;
var EVIDENCE_MAX_AGE_HALF_LIVES = 2;
var STEP_SHARE = 0.25;
var RISEN_SHARE = 0.1;
var FAILED_STEP_HOLD_RUNS = 3;
function stepAbove(count) {
  return count + Math.max(1, Math.floor(count * STEP_SHARE));
}
function isRecent(run) {
  return run.weight >= 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
}
function provesOn(run, memoryLimitBytes) {
  return run.clean && run.memoryLimitBytes <= memoryLimitBytes * (1 + SAME_LIMIT_TOLERANCE);
}
function timeOf(run) {
  return Date.parse(run.startedAt) || 0;
}
function buildLadder(input) {
  const ignored = [];
  const tolerance = input.memoryLimitBytes * SAME_LIMIT_TOLERANCE;
  const recent = input.evidence.filter(isRecent);
  if (recent.length < input.evidence.length)
    ignored.push(
      `${input.evidence.length - recent.length} run(s) older than ${EVIDENCE_MAX_AGE_HALF_LIVES} half-lives`
    );
  const proofs = recent.filter((run) => provesOn(run, input.memoryLimitBytes));
  const looser = recent.filter(
    (run) => run.clean && run.memoryLimitBytes > input.memoryLimitBytes + tolerance
  ).length;
  if (looser > 0)
    ignored.push(`${looser} clean run(s) under a looser memory limit prove nothing here`);
  const best = proofs.reduce(
    (top, run) => top === null || run.workers > top.workers ? run : top,
    null
  );
  const kills = recent.filter(
    (run) => run.oomKills + run.heapLimitKills > 0 && run.memoryLimitBytes >= input.memoryLimitBytes - tolerance && // A later clean run at this count or more, on this memory, overrules the kill.
    !proofs.some((proof) => proof.workers >= run.workers && timeOf(proof) > timeOf(run))
  );
  const failedSteps = heldFailedSteps(recent, proofs, best, input.memoryLimitBytes - tolerance);
  const worst = [...kills, ...failedSteps].reduce(
    (low, run) => low === null || run.workers < low.workers ? run : low,
    null
  );
  const provenNeed = Math.max(0, ...proofs.map((run) => run.perWorkerBytes));
  const risen = best !== null && input.latestPerWorkerBytes !== null && input.latestPerWorkerBytes > provenNeed * (1 + RISEN_SHARE);
  let ceiling = best === null ? null : stepAbove(best.workers);
  if (ceiling !== null && worst !== null) ceiling = Math.min(ceiling, worst.workers - 1);
  const newest = recent.reduce(
    (latest, run) => latest === null || timeOf(run) > timeOf(latest) ? run : latest,
    null
  );
  if (ceiling !== null && best !== null && newest !== null && kills.includes(newest))
    ceiling = Math.min(ceiling, best.workers);
  return {
    proven: best?.workers ?? null,
    provenRunId: best?.runId ?? null,
    unsafe: worst?.workers ?? null,
    unsafeRunId: worst?.runId ?? null,
    unsafeCause: worst === null ? null : worst.oomKills > 0 ? "oom-kill" : worst.heapLimitKills > 0 ? "heap-limit" : "failed",
    ceiling: ceiling === null ? null : Math.max(0, ceiling),
    risen,
    ignored
  };
}
function heldFailedSteps(recent, proofs, proof, leastLimitBytes) {
  const failed = recent.filter(
    (run) => !run.clean && run.oomKills + run.heapLimitKills === 0 && run.workers > (proof?.workers ?? 0) && run.memoryLimitBytes >= leastLimitBytes
  );
  return failed.filter((run) => {
    const again = failed.filter((other) => other.workers === run.workers).length;
    const cleanSince = proofs.filter((other) => timeOf(other) > timeOf(run)).length;
    return again >= 2 || cleanSince < FAILED_STEP_HOLD_RUNS;
  });
}
function laddered(predicted, ladder) {
  let bound = predicted;
  if (ladder.unsafe !== null) bound = Math.min(bound, ladder.unsafe - 1);
  if (ladder.ceiling !== null) bound = Math.min(bound, ladder.ceiling);
  if (ladder.proven !== null && !ladder.risen && (ladder.unsafe === null || ladder.proven < ladder.unsafe))
    bound = Math.max(bound, ladder.proven);
  return Math.max(0, bound);
}
function provenHeapCapMb(evidence, memoryLimitBytes, workers) {
  let best = null;
  for (const run of evidence) {
    if (run.workers === workers && run.nodeHeapMb !== null && isRecent(run) && provesOn(run, memoryLimitBytes) && (best === null || run.nodeHeapMb > best.mb))
      best = { mb: run.nodeHeapMb, runId: run.runId };
  }
  return best;
}

// src/plan/memory-bound.ts
var MAX_WORKERS_CONSIDERED = 4096;
function memoryBoundFor(estimate, budgetBytes, ladder, limits) {
  const room = budgetBytes - Math.max(0, estimate.baseBytes);
  const model = estimate.concurrency ? concurrentBound(estimate.concurrency, estimate, room) : lockstepBound(estimate, room, ladder);
  const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
  if (model.bound >= step) return model;
  const candidates = [
    elasticBound(estimate, room, ladder),
    measuredStepBound(estimate, ladder, model, limits)
  ].filter((bound) => bound !== null && bound.bound > model.bound);
  return candidates.reduce((best, bound) => bound.bound > best.bound ? bound : best, model);
}
function measuredStepBound(estimate, ladder, model, limits) {
  if (ladder === null || ladder.proven === null || ladder.risen || ladder.ceiling === null)
    return null;
  const proven = ladder.proven;
  const step = ladder.ceiling;
  if (step <= proven) return null;
  const tolerance = limits.limitBytes * SAME_LIMIT_TOLERANCE;
  const minWeight = 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
  const measured = estimate.countEvidence.filter(
    (run) => run.clean && run.workers === proven && run.weight >= minWeight && Math.abs(run.memoryLimitBytes - limits.limitBytes) <= tolerance && run.peakUsedBytes !== null && run.peakUsedBytes > 0
  ).map((run) => run.peakUsedBytes);
  if (measured.length === 0) return null;
  const peakAtProof = Math.max(...measured);
  const added = Math.max(0, model.needOf(step) - model.needOf(proven));
  const room = limits.limitBytes - limits.reserveBytes;
  if (peakAtProof + added > room) return null;
  return {
    bound: step,
    kind: "measured-step",
    why: `at ${proven} workers this memory peaked at ${formatBytes(peakAtProof)} (measured, the most of ${measured.length} clean run(s)); ${step - proven} more predicted to add ${formatBytes(added)} (${model.kind} model, +15%): ${formatBytes(peakAtProof + added)} fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve`,
    text: `the peak measured at ${proven} workers (${formatBytes(peakAtProof)}) plus ${formatBytes(added)} predicted for ${step - proven} more fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve: ${step} workers`,
    needOf: model.needOf
  };
}
function lockstepBound(estimate, room, ladder) {
  const proven = ladder !== null && ladder.proven !== null && !ladder.risen;
  const perWorker = proven && estimate.memberPeakBytes !== null ? Math.max(1, estimate.memberPeakBytes * (1 + SAFETY_MARGIN) * estimate.elasticShare) : Math.max(1, estimate.perWorkerBytes);
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: "lockstep",
    why: estimate.source === "history" ? "no run recorded 2+ workers at once with per-sample figures: each worker is counted at its peak" : `no history: ${estimate.source === "input" ? "memory-per-worker" : "fallback-memory-per-worker"} per worker`,
    text: `${bound} \xD7 ${formatBytes(perWorker)}`,
    needOf: (workers) => workers * perWorker
  };
}
function concurrentBound(model, estimate, room) {
  const scale = (1 + SAFETY_MARGIN) * estimate.elasticShare;
  const needOf = (workers) => predictConcurrentPeakBytes(model, workers) * scale;
  const bound = room <= 0 ? 0 : maxWorkersWithin(model, room / scale, MAX_WORKERS_CONSIDERED);
  const share2 = estimate.elasticShare < 1 ? ` \xD7 ${estimate.elasticShare.toFixed(2)} elastic prior` : "";
  return {
    bound,
    kind: model.kind,
    why: `${model.reason}; +15% margin${share2}`,
    text: `${bound} workers, predicted together at ${formatBytes(needOf(bound))} (${model.kind} model, +15%${share2})`,
    needOf
  };
}
function elasticBound(estimate, room, ladder) {
  if (!estimate.elastic || ladder === null || ladder.proven === null || ladder.risen) return null;
  const memberPeak = estimate.spread?.maxBytes ?? estimate.memberPeakBytes;
  if (memberPeak === null || memberPeak <= 0) return null;
  const perWorker = memberPeak * ELASTIC_MIN_SHARE;
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: "elastic-boundary",
    why: `'${estimate.workerName ?? "node"}' workers size their heap from the memory they see: stepping on the measured pass/OOM boundary, half their peak (${formatBytes(perWorker)}), with node-heap-mb as the cap; an OOM kill stops it`,
    text: `${bound} \xD7 ${formatBytes(perWorker)} (half the workers' peak, the elastic boundary)`,
    needOf: (workers) => workers * perWorker
  };
}

// src/plan/planner.ts
var NODE_HEAP_SHARE = 0.75;
var MIN_NODE_HEAP_MB = 128;
function planWorkers({ capacity, settings, estimate }) {
  const warnings = [];
  const reserve = resolveReserve(
    settings.memoryReserveBytes,
    estimate.baseMeasured,
    capacity.memoryLimitBytes
  );
  const budget = memoryBudgetBytes(capacity.memoryAvailableBytes, {
    memoryReserveBytes: reserve.bytes,
    memoryFraction: settings.memoryFraction
  });
  const perWorker = Math.max(1, estimate.perWorkerBytes);
  const base = Math.max(0, estimate.baseBytes);
  const ladder = estimate.countEvidence.length > 0 ? buildLadder({
    evidence: estimate.countEvidence,
    memoryLimitBytes: capacity.memoryLimitBytes,
    latestPerWorkerBytes: latestPerWorker(estimate)
  }) : null;
  const model = memoryBoundFor(estimate, budget, ladder, {
    limitBytes: capacity.memoryLimitBytes,
    reserveBytes: reserve.bytes
  });
  const memoryBound = ladder ? laddered(model.bound, ladder) : model.bound;
  const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
  const speedupBound = speedupBoundFor(estimate, memoryBound, ladder);
  if (capacity.memoryAvailableBytes <= reserve.bytes) {
    warnings.push(
      `Available memory (${formatBytes(capacity.memoryAvailableBytes)}) is no more than the reserve (${formatBytes(reserve.bytes)}): planning the minimum of ${settings.minWorkers} worker(s). Lower memory-reserve or give the job more memory.`
    );
  } else if (memoryBound === 0 && estimate.source !== "fallback") {
    warnings.push(
      `Not even one worker fits: the budget is ${formatBytes(budget)} but one worker needs ${formatBytes(perWorker)} on top of ${formatBytes(base)} of base memory. Planning ${settings.minWorkers}.`
    );
  }
  let workers;
  let limitedBy;
  let reason;
  const override = settings.overrideWorkers ?? settings.forcedWorkers;
  if (override !== null) {
    workers = override;
    limitedBy = "override";
    reason = settings.overrideWorkers !== null ? `RESOURCE_PLANNER_WORKERS=${override} overrides the plan.` : `The workers input (--workers in the CLI) fixes the count at ${override}.`;
    if (override > memoryBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${memoryBound} that fit in the memory budget: expect swapping or OOM kills.`
      );
    }
    if (override > cpuBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${cpuBound} that ${capacity.cpus} CPU(s) allow at ${settings.cpusPerWorker} per worker: they will wait for CPU time.`
      );
    }
  } else {
    ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
      budget,
      base,
      perWorker,
      cpus: capacity.cpus,
      modelText: model.text,
      modelKind: model.kind,
      ladderBinds: ladder !== null && memoryBound !== model.bound,
      ladder,
      speedupKind: estimate.speedup?.kind ?? null
    }));
  }
  const provenHeap = provenHeapCapMb(estimate.countEvidence, capacity.memoryLimitBytes, workers);
  const budgetHeapMb = nodeHeapFor(budget, base, workers);
  const nodeHeapHeld = provenHeap !== null && provenHeap.mb > budgetHeapMb ? provenHeap : null;
  const nodeHeapMb = nodeHeapHeld?.mb ?? budgetHeapMb;
  if (nodeHeapMb <= MIN_NODE_HEAP_MB) {
    warnings.push(
      `Each of ${workers} Node worker(s) gets a heap cap of only ${nodeHeapMb} MiB: tests may fail with "JavaScript heap out of memory".`
    );
  }
  return {
    workers,
    limitedBy,
    reason,
    cpuBound,
    memoryBound,
    predictedMemoryBound: model.bound,
    memoryModel: { kind: model.kind, why: model.why },
    predictedPeakBytes: Math.round(base + model.needOf(workers)),
    ladder,
    ladderLine: ladder ? ladderLine(ladder, model.bound, memoryBound, model.kind) : null,
    speedupBound,
    cpus: capacity.cpus,
    cpusPerWorker: settings.cpusPerWorker,
    memoryLimitBytes: capacity.memoryLimitBytes,
    memoryAvailableBytes: capacity.memoryAvailableBytes,
    memoryReserveBytes: reserve.bytes,
    reserveSource: reserve.source,
    memoryFraction: settings.memoryFraction,
    memoryBudgetBytes: budget,
    perWorkerBytes: perWorker,
    baseBytes: base,
    nodeHeapMb,
    nodeHeapHeld,
    predictedDurationMs: estimate.speedup ? predictDurationMs(estimate.speedup, workers) : null,
    estimate,
    warnings
  };
}
function latestPerWorker(estimate) {
  let latest = null;
  for (const run of estimate.countEvidence) {
    const t = Date.parse(run.startedAt) || 0;
    if (latest === null || t > latest.t) latest = { t, bytes: run.perWorkerBytes };
  }
  return latest?.bytes ?? null;
}
var UNSAFE_TEXT = {
  "oom-kill": "OOM-killed",
  "heap-limit": "stopped at the V8 heap limit",
  failed: "failed past the proof"
};
var UNSAFE_WHY = {
  "oom-kill": "was OOM-killed",
  "heap-limit": "ran out of heap",
  failed: `failed (held for ${FAILED_STEP_HOLD_RUNS} clean runs, or until forgotten after a second failure)`
};
function ladderLine(ladder, predictedBound, bound, kind = null) {
  const parts = [];
  parts.push(
    ladder.proven === null ? "proven: none on this memory yet" : `proven ${ladder.proven}${ladder.provenRunId !== null ? ` (run ${ladder.provenRunId})` : ""}`
  );
  if (ladder.unsafe !== null)
    parts.push(
      `${UNSAFE_TEXT[ladder.unsafeCause ?? "oom-kill"]} at ${ladder.unsafe}${ladder.unsafeRunId !== null ? ` (run ${ladder.unsafeRunId})` : ""}`
    );
  let why;
  if (ladder.proven === null) why = "nothing proven here yet: the model alone decides";
  else if (ladder.risen)
    why = "memory per worker has risen since that proof: the model alone decides";
  else if (bound > ladder.proven && predictedBound > bound)
    why = `one step past the proof (the model allows ${predictedBound}; the plan climbs one step at a time)`;
  else if (bound > ladder.proven && kind === "measured-step")
    why = `one step past the proof, where the peak measured at ${ladder.proven} plus the step's predicted share fits`;
  else if (bound > ladder.proven) why = `one step past the proof, where the model predicts it fits`;
  else if (ladder.unsafe !== null && bound === ladder.unsafe - 1)
    why = `below the count that ${UNSAFE_WHY[ladder.unsafeCause ?? "oom-kill"]}`;
  else if (predictedBound > bound)
    why = `the model allows ${predictedBound}, but the plan climbs one step at a time`;
  else if (predictedBound < bound)
    why = `held at the proof (the model alone would say ${predictedBound})`;
  else why = `the model predicts the next step does not fit`;
  parts.push(`memory allows ${bound}: ${why}`);
  if (ladder.ignored.length > 0) parts.push(`ignored: ${ladder.ignored.join("; ")}`);
  return parts.join(" \xB7 ");
}
function speedupBoundFor(estimate, memoryBound, ladder) {
  const speedup = estimate.speedup;
  if (!speedup) return null;
  if (speedup.kind === "no-gain") return Math.max(1, speedup.maxUsefulWorkers);
  const provenFloor = ladder && !ladder.risen ? ladder.proven ?? 1 : 1;
  return Math.max(1, Math.min(memoryBound, provenFloor), speedup.maxUsefulWorkers);
}
function boundedChoice(memoryBound, cpuBound, speedupBound, settings, terms) {
  const memoryText = terms.ladderBinds ? `${memoryBound} on the evidence ladder (${terms.modelText})` : terms.modelKind === "measured-step" ? terms.modelText : `${formatBytes(terms.budget)} budget${terms.base > 0 ? ` \u2212 ${formatBytes(terms.base)} base` : ""} fits ${terms.modelText}`;
  const cpuText = `${terms.cpus} CPU(s) \xF7 ${settings.cpusPerWorker} per worker = ${cpuBound}`;
  let workers = Math.min(memoryBound, cpuBound);
  let limitedBy = memoryBound < cpuBound ? terms.ladderBinds ? "ladder" : "memory" : "cpu";
  let reason = limitedBy === "cpu" ? `CPU: ${cpuText} (memory allows ${memoryBound}).` : `Memory: ${memoryText} (CPUs allow ${cpuBound}).`;
  if (speedupBound !== null && speedupBound < workers) {
    workers = speedupBound;
    limitedBy = "speedup";
    reason = terms.speedupKind === "no-gain" ? `Speed-up: earlier runs at more than ${speedupBound} worker(s) took longer, not less (memory allows ${memoryBound}, CPUs ${cpuBound}).` : `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
  }
  if (settings.maxWorkers !== null && workers > settings.maxWorkers) {
    reason = `max-workers caps the count at ${settings.maxWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.maxWorkers, limitedBy: "max-workers", reason };
  }
  if (workers < settings.minWorkers) {
    reason = `min-workers raises the count to ${settings.minWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.minWorkers, limitedBy: "min-workers", reason };
  }
  return { workers, limitedBy, reason };
}
function nodeHeapFor(budgetBytes, baseBytes, workers) {
  const slotBytes = Math.max(0, budgetBytes - baseBytes) / Math.max(1, workers);
  return Math.max(MIN_NODE_HEAP_MB, Math.floor(slotBytes * NODE_HEAP_SHARE / MiB));
}

// src/plan/outputs.ts
var OUTPUT_JSON_UNSAFE = /[^A-Za-z0-9 _.,:+\-/=%@#{}[\]"\\]/g;
function outputJson(value) {
  return JSON.stringify(value).replace(
    OUTPUT_JSON_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function planOutputs(plan) {
  return {
    workers: String(plan.workers),
    "limited-by": plan.limitedBy,
    reason: plan.reason,
    "memory-per-worker-mb": String(toMiB(plan.perWorkerBytes)),
    "memory-budget-mb": String(toMiB(plan.memoryBudgetBytes)),
    "memory-limit-mb": String(toMiB(plan.memoryLimitBytes)),
    "memory-available-mb": String(toMiB(plan.memoryAvailableBytes)),
    cpus: String(plan.cpus),
    "node-heap-mb": String(plan.nodeHeapMb),
    "history-runs": String(plan.estimate.historyRuns),
    confidence: plan.estimate.confidence,
    "plan-json": outputJson(plan)
  };
}
function fallbackOutputs(fallback) {
  const forced = fallback.forcedWorkers !== null;
  const workers = fallback.forcedWorkers ?? fallback.minWorkers;
  const heapMb = nodeHeapFor(fallback.perWorkerBytes * workers, 0, workers);
  return {
    workers: String(workers),
    "limited-by": forced ? "override" : "min-workers",
    // The error's message is in the step's warning, not here: it may quote what the step read
    // (a path, a profile's text), and a plain output is pasted into scripts as it is.
    reason: `No plan (the step's warning says why): ${forced ? "the forced count" : "min-workers"}, ${workers}.`,
    "memory-per-worker-mb": String(toMiB(fallback.perWorkerBytes)),
    "node-heap-mb": String(heapMb),
    "history-runs": "0",
    confidence: "none",
    "plan-json": "null"
  };
}
function mergeMakeflags(existing, workers) {
  const kept = (existing ?? "").replace(/(^|\s)(-j\s*\d*|--jobs(=|\s+)\d+|--jobs)(?=\s|$)/g, " ").trim().replace(/\s+/g, " ");
  return kept ? `${kept} -j${workers}` : `-j${workers}`;
}
function mergeGradleOpts(existing, workers) {
  const kept = (existing ?? "").replace(/(^|\s)-Dorg\.gradle\.workers\.max=\S*/g, " ").trim().replace(/\s+/g, " ");
  const setting = `-Dorg.gradle.workers.max=${workers}`;
  return kept ? `${kept} ${setting}` : setting;
}
function exportedEnvironment(plan, current) {
  const workers = plan.workers;
  return {
    PYTEST_XDIST_AUTO_NUM_WORKERS: String(workers),
    CARGO_BUILD_JOBS: String(workers),
    CMAKE_BUILD_PARALLEL_LEVEL: String(workers),
    MAKEFLAGS: mergeMakeflags(current.MAKEFLAGS, workers),
    GRADLE_OPTS: mergeGradleOpts(current.GRADLE_OPTS, workers)
  };
}

// src/report/pre-run.ts
function limitText(bytes) {
  return bytes === null ? "none" : formatBytes(bytes);
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function planWhy(plan) {
  const memory = `${formatBytes(plan.perWorkerBytes)} each in a budget of ${formatBytes(plan.memoryBudgetBytes)}`;
  switch (plan.limitedBy) {
    case "memory":
      return `memory-bound: ${memory}`;
    case "cpu":
      return `CPU-bound: ${plan.cpus} CPUs \xF7 ${plan.cpusPerWorker} per worker (memory allows ${plan.memoryBound})`;
    case "ladder":
      return `held by the evidence ladder: the model allows ${plan.predictedMemoryBound}, history has proven fewer on this memory`;
    case "speedup":
      return `more would not run faster (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
    case "max-workers":
      return `capped by max-workers (memory allows ${plan.memoryBound}, CPUs ${plan.cpuBound})`;
    case "min-workers":
      return `raised to min-workers (memory allows ${plan.memoryBound}: ${memory})`;
    default:
      return "set by an override";
  }
}
function capacityChange(capacity, plan, earlier) {
  const changes = [];
  if (earlier.memoryLimitBytes !== plan.memoryLimitBytes)
    changes.push(
      `memory limit ${formatBytes(earlier.memoryLimitBytes)} \u2192 ${formatBytes(plan.memoryLimitBytes)}`
    );
  if (earlier.cpus !== plan.cpus) changes.push(`CPUs ${earlier.cpus} \u2192 ${plan.cpus}`);
  if (earlier.cgroupMemoryLimitBytes !== (capacity.cgroup?.memoryLimitBytes ?? null))
    changes.push(
      `cgroup limit ${limitText(earlier.cgroupMemoryLimitBytes)} \u2192 ${limitText(capacity.cgroup?.memoryLimitBytes ?? null)}`
    );
  return changes.length === 0 ? `Capacity as in the job's first phase; ${formatBytes(plan.memoryAvailableBytes)} available now.` : `Capacity changed since the job's first phase: ${changes.join(", ")}; ${formatBytes(plan.memoryAvailableBytes)} available now.`;
}
function renderPreRunSummary({
  capacity,
  plan,
  profileName,
  earlierHost = null
}) {
  const cgroup = capacity.cgroup;
  const estimate = plan.estimate;
  const lines = [];
  lines.push(
    `### resource-planner: ${plural(plan.workers, "worker")} for ${escapeMarkdownText(profileName, 64)} \u2014 ${planWhy(plan)}`
  );
  lines.push("");
  lines.push(
    `Predicted peak at ${plan.workers}: **${formatBytes(plan.predictedPeakBytes)} of the ${formatBytes(plan.memoryLimitBytes)} limit** (${plan.memoryLimitBytes > 0 ? Math.round(plan.predictedPeakBytes / plan.memoryLimitBytes * 100) : 0}%), on ${plural(plan.cpus, "CPU")}.`
  );
  lines.push("");
  if (earlierHost) {
    lines.push(capacityChange(capacity, plan, earlierHost), "");
  }
  const notes = [
    ...capacity.warnings.map((text) => `\u26A0\uFE0F ${text}`),
    ...plan.warnings.map((text) => `\u26A0\uFE0F ${text}`),
    ...estimate.notes
  ];
  if (notes.length > 0) {
    lines.push(notes.map((note) => `- ${escapeMarkdownText(note, 500)}`).join("\n"));
    lines.push("");
  }
  const capacityRows = [
    [
      "Memory limit",
      formatBytes(capacity.hostMemoryTotalBytes),
      cgroup ? limitText(cgroup.memoryLimitBytes) : "no cgroup",
      `**${formatBytes(plan.memoryLimitBytes)}** (${capacity.memoryBinding})`
    ],
    [
      "Memory available",
      formatBytes(capacity.hostMemoryAvailableBytes),
      cgroup && cgroup.memoryUsageBytes !== null ? `${formatBytes(cgroup.memoryUsageBytes)} charged` : "",
      `**${formatBytes(plan.memoryAvailableBytes)}**`
    ],
    [
      "CPUs",
      `${capacity.logicalCpus} logical${capacity.physicalCpus ? `, ${capacity.physicalCpus} physical` : ""}${capacity.affinityCpus !== null && capacity.affinityCpus !== capacity.logicalCpus ? `, affinity ${capacity.affinityCpus}` : ""}`,
      cgroup ? `quota ${cgroup.cpuQuota === null ? "none" : cgroup.cpuQuota}${cgroup.cpusetCpus !== null ? `, cpuset ${cgroup.cpusetCpus}` : ""}` : "",
      `**${plan.cpus}** (${capacity.cpuBinding})`
    ]
  ];
  if (capacity.swapTotalBytes)
    capacityRows.push(["Swap (not counted)", formatBytes(capacity.swapTotalBytes), "", ""]);
  const capacityTable = table(
    ["", "Host", `Container${cgroup ? ` (cgroup v${cgroup.version})` : ""}`, "Effective"],
    capacityRows
  );
  const source = estimate.source === "history" ? `learned from ${estimate.historyRuns} earlier run${estimate.historyRuns === 1 ? "" : "s"}${estimate.workerName ? ` (worker ${escapeMarkdownText(estimate.workerName, 64)})` : ""}, confidence ${estimate.confidence}` : estimate.source === "input" ? "from the memory-per-worker input" : "fallback-memory-per-worker (no history yet)";
  const planRows = [
    [
      "Budget",
      `(${formatBytes(plan.memoryAvailableBytes)} available \u2212 ${formatBytes(plan.memoryReserveBytes)} reserve, ${plan.reserveSource}) \xD7 ${plan.memoryFraction} = **${formatBytes(plan.memoryBudgetBytes)}**`
    ],
    [
      "Per worker",
      estimate.concurrency && plan.memoryModel.kind !== "lockstep" ? `**${formatBytes(estimate.concurrency.meanMemberBytes)}** on average, ${formatBytes(estimate.concurrency.memberPeakBytes)} at peak (not all at once: see the model), ${source}` : `**${formatBytes(plan.perWorkerBytes)}**, ${source}`
    ]
  ];
  if (plan.baseBytes > 0) planRows.push(["Base (non-worker) memory", formatBytes(plan.baseBytes)]);
  if (estimate.spread) {
    planRows.push([
      "Spread in history",
      `p50 ${formatBytes(estimate.spread.p50Bytes)}, p90 ${formatBytes(estimate.spread.p90Bytes)}, max ${formatBytes(estimate.spread.maxBytes)}`
    ]);
  }
  planRows.push(["Why", escapeMarkdownText(plan.reason, 400)]);
  planRows.push([
    "Memory model",
    `${plan.memoryModel.kind}: ${escapeMarkdownText(plan.memoryModel.why, 300)}`
  ]);
  if (plan.ladderLine !== null)
    planRows.push(["Evidence ladder", escapeMarkdownText(plan.ladderLine, 400)]);
  planRows.push([
    "Memory allows",
    `${plan.memoryBound} worker${plan.memoryBound === 1 ? "" : "s"} (predicted peak at ${plan.workers}: ${formatBytes(plan.predictedPeakBytes)} of ${formatBytes(plan.memoryLimitBytes)})`
  ]);
  planRows.push([
    "CPUs allow",
    `${plan.cpuBound} (${plan.cpus} \xF7 ${plan.cpusPerWorker} per worker)`
  ]);
  if (plan.speedupBound !== null) planRows.push(["Speed-up allows", String(plan.speedupBound)]);
  if (plan.predictedDurationMs !== null)
    planRows.push(["Predicted duration", formatDuration(plan.predictedDurationMs)]);
  planRows.push([
    "Node heap cap",
    `\`--max-old-space-size=${plan.nodeHeapMb}\` per worker${plan.nodeHeapHeld ? ` (${heapHeldText(plan)})` : ""}`
  ]);
  const planDetails = earlierHost ? table(["Plan", ""], planRows) : `${capacityTable}

${table(["Plan", ""], planRows)}`;
  lines.push(
    details(
      earlierHost ? "How the plan was made" : "Capacity and how the plan was made",
      planDetails
    )
  );
  lines.push("");
  if (estimate.runs.length > 0) {
    const runRows = estimate.runs.slice(0, 30).map((run) => [
      run.url && run.runId !== null ? `[${run.runId}${run.runAttempt && run.runAttempt > 1 ? ` (attempt ${run.runAttempt})` : ""}](${run.url})` : String(run.runId ?? "?"),
      escapeMarkdownText(run.startedAt.slice(0, 16).replace("T", " "), 20),
      run.workers === null ? "" : String(run.workers),
      run.perWorkerBytes === null ? "" : formatBytes(run.perWorkerBytes),
      run.oomKills > 0 ? `${run.oomKills} OOM kill(s)` : ""
    ]);
    lines.push(
      details(
        `Runs learned from (${estimate.runs.length})`,
        table(["Run", "Started", "Workers", "Per worker", ""], runRows)
      )
    );
    lines.push("");
  }
  const n = plan.workers;
  lines.push(
    details(
      "Flags to paste",
      table(
        ["Tool", "Flag"],
        [
          ["Jest / Vitest", `\`--maxWorkers=${n}\``],
          ["pytest-xdist", `\`-n ${n}\``],
          ["make", `\`-j${n}\``],
          ["cargo", `\`--jobs ${n}\` or \`CARGO_BUILD_JOBS=${n}\``],
          ["Gradle", `\`--max-workers=${n}\``],
          ["ctest", `\`--parallel ${n}\``],
          ["Node workers", `\`NODE_OPTIONS=--max-old-space-size=${plan.nodeHeapMb}\``]
        ]
      )
    )
  );
  return `${lines.join("\n")}
`;
}
function heapHeldText(plan) {
  const runId = plan.nodeHeapHeld?.runId;
  return `the cap ${plan.workers} worker(s) ran clean with here${runId != null ? ` (run ${runId})` : ""}`;
}

// src/advise/catalog.ts
var CATALOG_DATE = "2026-11-28";
var CATALOG_SOURCES = {
  standard: "https://docs.github.com/en/actions/reference/runners/github-hosted-runners",
  larger: "https://docs.github.com/en/actions/reference/runners/larger-runners",
  pricing: "https://docs.github.com/en/billing/reference/actions-runner-pricing"
};
var gb = (amount) => amount * 1e9;
var STANDARD_PUBLIC = "GitHub docs, standard runners for public repositories";
var STANDARD_PRIVATE = "GitHub docs, standard runners for private repositories";
var LARGER = "GitHub docs, larger runners (label chosen by the organisation)";
function standard(name, label, os6, arch2, cpus, memoryGb, visibility, pricePerMinuteUsd) {
  return {
    name: `${name} (${visibility} repo)`,
    label,
    os: os6,
    arch: arch2,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility,
    source: visibility === "public" ? STANDARD_PUBLIC : STANDARD_PRIVATE
  };
}
function larger(os6, arch2, cpus, memoryGb, pricePerMinuteUsd) {
  return {
    name: `${os6}-${arch2}-${cpus}-core`,
    label: null,
    os: os6,
    arch: arch2,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility: "any",
    source: LARGER
  };
}
var LARGER_X64 = [
  [2, 8, 6e-3, null],
  [4, 16, 0.012, 0.022],
  [8, 32, 0.022, 0.042],
  [16, 64, 0.042, 0.082],
  [32, 128, 0.082, 0.162],
  [64, 256, 0.162, 0.322],
  [96, 384, 0.252, 0.552]
];
var LARGER_ARM64 = [
  [2, 8, 5e-3, null],
  [4, 16, 8e-3, 0.014],
  [8, 32, 0.014, 0.026],
  [16, 64, 0.026, 0.05],
  [32, 128, 0.05, 0.098],
  [64, 208, 0.098, 0.194]
];
var BUILTIN_CATALOG = Object.freeze([
  standard("ubuntu-latest", "ubuntu-latest", "linux", "x64", 4, 16, "public", 0),
  standard("ubuntu-24.04-arm", "ubuntu-24.04-arm", "linux", "arm64", 4, 16, "public", 0),
  standard("windows-latest", "windows-latest", "windows", "x64", 4, 16, "public", 0),
  standard("ubuntu-slim", "ubuntu-slim", "linux", "x64", 1, 5, "private", 2e-3),
  standard("ubuntu-latest", "ubuntu-latest", "linux", "x64", 2, 7, "private", 6e-3),
  standard("windows-latest", "windows-latest", "windows", "x64", 2, 7, "private", 0.01),
  standard("macos-latest", "macos-latest", "macos", "arm64", 3, 7, "private", 0.062),
  standard("macos-13", "macos-13", "macos", "x64", 4, 14, "private", 0.062),
  ...LARGER_X64.flatMap(([cpus, memory, linux, windows]) => [
    larger("linux", "x64", cpus, memory, linux),
    ...windows === null ? [] : [larger("windows", "x64", cpus, memory, windows)]
  ]),
  ...LARGER_ARM64.flatMap(([cpus, memory, linux, windows]) => [
    larger("linux", "arm64", cpus, memory, linux),
    ...windows === null ? [] : [larger("windows", "arm64", cpus, memory, windows)]
  ]),
  larger("macos", "arm64", 5, 14, 0.102),
  larger("macos", "x64", 12, 30, 0.077)
]);
function profileOsOf(os6) {
  return os6 === "macos" ? "darwin" : os6 === "windows" ? "win32" : "linux";
}
var CATALOG_MAX_BYTES = 256 * 1024;
var MAX_ENTRIES = 500;
var NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._()/:+-]{0,63}$/;
var LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var MAX_CPUS = 1024;
var MAX_PRICE_PER_MINUTE = 100;
var CATALOG_FORMAT = 'JSON {"replace": false, "runners": [{"name": "linux-x64-8-core", "label": "my-8-core", "os": "linux", "arch": "x64", "cpus": 8, "memory": "32G", "pricePerMinute": 0.022}]} (os linux, windows or macos; arch x64 or arm64; label and visibility ("public", "private", "any") optional; "replace": true drops the built-in runners)';
var CatalogError = class extends InputError {
  constructor(input, file, where, problem) {
    super(input, file, CATALOG_FORMAT);
    this.message = `${input} ${file}: ${where}${problem}. Expected ${CATALOG_FORMAT}.`;
  }
};
function describe(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
function parseCatalog(text, input, file) {
  const fail = (where, problem) => {
    throw new CatalogError(input, file, where, problem);
  };
  let data;
  try {
    data = JSON.parse(text);
  } catch (error2) {
    return fail("", `is not JSON (${error2 instanceof Error ? error2.message : String(error2)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail("", "the top level is not an object");
  const top = data;
  for (const key of Object.keys(top))
    if (key !== "replace" && key !== "runners") fail(`field ${describe(key)}`, " is not known");
  if (top.replace !== void 0 && typeof top.replace !== "boolean")
    fail('field "replace"', ` is ${describe(top.replace)}, not true or false`);
  const list = top.runners;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ENTRIES)
    return fail('field "runners"', ` must be a list of 1 to ${MAX_ENTRIES} runners`);
  const names = /* @__PURE__ */ new Set();
  const runners = list.map((item, index) => {
    const entry = parseEntry(item, index, input, file);
    if (names.has(entry.name)) fail(`runners[${index}]`, ` repeats the name "${entry.name}"`);
    names.add(entry.name);
    return entry;
  });
  return { replace: top.replace === true, runners };
}
var ENTRY_FIELDS = /* @__PURE__ */ new Set([
  "name",
  "label",
  "os",
  "arch",
  "cpus",
  "memory",
  "pricePerMinute",
  "visibility"
]);
function parseEntry(item, index, input, file) {
  let where = `runners[${index}]`;
  const fail = (field, problem) => {
    throw new CatalogError(input, file, `${where} field "${field}"`, `: ${problem}`);
  };
  if (typeof item !== "object" || item === null || Array.isArray(item))
    throw new CatalogError(input, file, where, " is not an object");
  const raw = item;
  const name = raw.name;
  if (typeof name !== "string" || !NAME_PATTERN.test(name))
    fail("name", `${describe(name)} is not 1 to 64 letters, digits, spaces or . _ ( ) / : + -`);
  where = `${where} (${name})`;
  for (const key of Object.keys(raw)) if (!ENTRY_FIELDS.has(key)) fail(key, "is not a known field");
  const label = raw.label ?? null;
  if (label !== null && (typeof label !== "string" || !LABEL_PATTERN.test(label)))
    fail("label", `${describe(label)} is not a runner label (letters, digits, . _ -)`);
  const os6 = raw.os;
  if (os6 !== "linux" && os6 !== "windows" && os6 !== "macos")
    fail("os", `${describe(os6)} is not linux, windows or macos`);
  const arch2 = raw.arch;
  if (arch2 !== "x64" && arch2 !== "arm64") fail("arch", `${describe(arch2)} is not x64 or arm64`);
  const cpus = raw.cpus;
  if (typeof cpus !== "number" || !Number.isInteger(cpus) || cpus < 1 || cpus > MAX_CPUS)
    fail("cpus", `${describe(cpus)} is not a whole number from 1 to ${MAX_CPUS}`);
  const memoryBytes = typeof raw.memory === "string" ? parseSize(raw.memory) : null;
  if (memoryBytes === null || memoryBytes < 64 * 1024 * 1024)
    fail("memory", `${describe(raw.memory)} is not ${SIZE_FORMAT}, at least 64M`);
  const price = raw.pricePerMinute;
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0 || price > MAX_PRICE_PER_MINUTE)
    fail(
      "pricePerMinute",
      `${describe(price)} is not a number of USD from 0 to ${MAX_PRICE_PER_MINUTE}`
    );
  const visibility = raw.visibility ?? "any";
  if (visibility !== "public" && visibility !== "private" && visibility !== "any")
    fail("visibility", `${describe(visibility)} is not public, private or any`);
  return {
    name,
    label,
    os: os6,
    arch: arch2,
    cpus,
    memoryBytes,
    pricePerMinuteUsd: price,
    visibility,
    source: `${input} ${file}`
  };
}
function mergeCatalog(builtin, user) {
  if (user === null) return [...builtin];
  if (user.replace) return [...user.runners];
  const names = new Set(user.runners.map((entry) => entry.name));
  return [...builtin.filter((entry) => !names.has(entry.name)), ...user.runners];
}

// src/advise/shard-sets.ts
function wholeFromShardSets(profiles, phase) {
  const { sets, incomplete } = completeSets(profiles, phase);
  const wholes = [];
  const splits = [];
  for (const total of [...new Set(sets.map((set) => set.total))].sort((a, b) => a - b)) {
    const ofSplit = sets.filter((set) => set.total === total && set.succeeded);
    if (ofSplit.length === 0) continue;
    const serialMs = perShardSerialMs(ofSplit);
    splits.push({
      total,
      sets: ofSplit.length,
      workerCounts: [...new Set(ofSplit.map((set) => set.effectiveWorkers))].sort((a, b) => a - b),
      serialMs
    });
    for (const set of ofSplit)
      wholes.push({ set, durationMs: wholeDurationMs(set.shardDurationsMs, serialMs ?? 0) });
  }
  return { wholes, sets, splits, incomplete };
}
function wholeDurationMs(shardDurationsMs, serialMs) {
  const sum = shardDurationsMs.reduce((total, duration) => total + duration, 0);
  return Math.round(sum - (shardDurationsMs.length - 1) * serialMs);
}
function perShardSerialMs(sets) {
  const counts = new Set(sets.map((set) => set.effectiveWorkers));
  if (sets.length < 2 || counts.size < 2) return null;
  const total = sets[0].total;
  const { m: slope, b: intercept } = linearRegression(
    sets.map((set) => [
      1 / set.effectiveWorkers,
      set.shardDurationsMs.reduce((sum, duration) => sum + duration, 0)
    ])
  );
  if (!(slope > 0)) return null;
  const shortest = Math.min(...sets.flatMap((set) => set.shardDurationsMs));
  return Math.min(shortest, Math.max(0, intercept / total));
}
function completeSets(profiles, phase) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of profiles) {
    const { shard, runId } = entry.profile.run;
    if (shard === null || shard.total < 2 || runId === null) continue;
    const recorded = entry.profile.phases.find((candidate) => candidate.name === phase);
    const group = recorded ? mainWorkerGroup(recorded) : null;
    if (!recorded || !group) continue;
    const key = `${runId}/${shard.total}`;
    const runs = groups.get(key) ?? [];
    groups.set(key, runs);
    const same = runs.findIndex((run) => run.index === shard.index);
    if (same >= 0) {
      const earlier = runs[same];
      if ((earlier.entry.profile.run.runAttempt ?? 0) >= (entry.profile.run.runAttempt ?? 0))
        continue;
      runs.splice(same, 1);
    }
    runs.push({
      entry,
      index: shard.index,
      durationMs: recorded.durationMs,
      effectiveWorkers: Math.max(
        1,
        Math.min(Math.max(1, workersRan(group)), entry.profile.host.cpus)
      ),
      succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) && recorded.oomKills === 0 && recorded.durationMs > 0
    });
  }
  const sets = [];
  const incomplete = [];
  for (const [key, runs] of groups) {
    const [runId, total] = key.split("/").map(Number);
    runs.sort((a, b) => a.index - b.index);
    const hosts = new Set(runs.map(({ entry }) => hostKey(entry)));
    const counts = new Set(runs.map((run) => run.effectiveWorkers));
    if (runs.length < total) {
      const missing = Array.from({ length: total }, (_, i) => i + 1).filter(
        (index) => !runs.some((run) => run.index === index)
      );
      incomplete.push(
        `run ${runId}: shard(s) ${missing.slice(0, 4).join(", ")}${missing.length > 4 ? ", \u2026" : ""} of ${total} not recorded`
      );
    } else if (hosts.size > 1)
      incomplete.push(`run ${runId}: its shards ran on runners of different sizes`);
    else if (counts.size > 1)
      incomplete.push(
        `run ${runId}: its shards ran different worker counts (${[...counts].sort((a, b) => a - b).join(", ")}), so their sum has no one count`
      );
    else {
      const host = runs[0].entry.profile.host;
      sets.push({
        runId,
        total,
        os: host.os,
        arch: host.arch,
        cpus: host.cpus,
        memoryBytes: Math.min(...runs.map(({ entry }) => entry.profile.host.memoryLimitBytes)),
        effectiveWorkers: runs[0].effectiveWorkers,
        shardDurationsMs: runs.map((run) => run.durationMs),
        succeeded: runs.every((run) => run.succeeded),
        profiles: runs.map((run) => run.entry)
      });
    }
  }
  sets.sort((a, b) => b.runId - a.runId);
  return { sets, incomplete };
}
function hostKey(entry) {
  const host = entry.profile.host;
  return `${host.os}/${host.arch}/${host.cpus}`;
}

// src/advise/shards.ts
function shardPeaks(count, wholePeakBytes, learn) {
  const perShard = [];
  for (let index = 1; index <= count; index++) {
    const learned2 = count === 1 ? null : learn({ index, total: count });
    perShard.push(
      learned2 ? { index, peakBytes: learned2.peakBytes, from: "shard", runs: learned2.runs } : { index, peakBytes: wholePeakBytes, from: "whole", runs: 0 }
    );
  }
  const peakBytes = Math.max(...perShard.map((shard) => shard.peakBytes));
  const learned = perShard.filter((shard) => shard.from === "shard");
  const wholeText = `the whole phase's ${formatBytes(wholePeakBytes)}`;
  let memoryEvidence;
  if (count === 1) memoryEvidence = `Peak: ${wholeText}.`;
  else if (learned.length === 0)
    memoryEvidence = `Peak per shard: ${wholeText}, not assumed to shrink (no earlier run recorded as a shard of ${count}).`;
  else {
    const highest = perShard.reduce(
      (top, shard) => shard.peakBytes > top.peakBytes ? shard : top
    );
    const runs = learned.reduce((sum, shard) => sum + shard.runs, 0);
    const unrecorded = perShard.filter((shard) => shard.from === "whole");
    memoryEvidence = learned.length === count ? `Peak per shard from each shard's own runs of a ${count}-way split (${runs} run(s)): highest ${formatBytes(peakBytes)}, shard ${highest.index}/${count}.` : `Peak per shard from their own runs for shard(s) ${indexList(learned)} of ${count} (${runs} run(s)); for ${indexList(unrecorded)}, which no run recorded, ${wholeText}, not assumed to shrink: highest ${formatBytes(peakBytes)}.`;
  }
  return { perShard, peakBytes, memoryEvidence };
}
function indexList(shards) {
  const indices = shards.map((shard) => shard.index);
  return indices.length <= 8 ? indices.join(", ") : `${indices.slice(0, 3).join(", ")} \u2026 (${indices.length} in all)`;
}
function adviseShards(runner, fit, targetMs, learn = () => null) {
  const serialMs = fit.singleWorkerMs * fit.serialFraction;
  const parallelMs = fit.singleWorkerMs - serialMs;
  const active = Math.max(1, Math.min(runner.workers, runner.cpus));
  const base = { runner: runner.name, workers: runner.workers, peakBytes: runner.peakBytes };
  const none = (reason) => ({
    ...base,
    count: null,
    matrix: null,
    durationMs: null,
    costUsd: null,
    perShard: [],
    memoryEvidence: `Peak: the whole phase's ${formatBytes(runner.peakBytes)}.`,
    reason
  });
  if (!runner.safe) return none(`${runner.name} cannot run even one worker safely.`);
  if (targetMs <= serialMs)
    return none(
      `No number of shards meets ${formatDuration(targetMs)}: each shard repeats the ${formatDuration(serialMs)} that does not parallelise.`
    );
  const count = Math.max(1, Math.ceil(parallelMs / (active * (targetMs - serialMs)) - 1e-9));
  if (count > MAX_SHARDS)
    return none(
      `Meeting ${formatDuration(targetMs)} would take ${count} shards, more than ${MAX_SHARDS}.`
    );
  const durationMs = Math.round(serialMs + parallelMs / (count * active));
  const minutes = Math.max(1, Math.ceil(durationMs / 6e4));
  return {
    ...base,
    ...shardPeaks(count, runner.peakBytes, learn),
    count,
    matrix: { shard: Array.from({ length: count }, (_, index) => index + 1) },
    durationMs,
    costUsd: Math.round(count * minutes * runner.pricePerMinuteUsd * 1e6) / 1e6,
    reason: count === 1 ? `${runner.name} meets ${formatDuration(targetMs)} in one job.` : `${count} shards on ${runner.name} with ${runner.workers} worker(s) each: ${formatDuration(durationMs)} each, against ${formatDuration(targetMs)}.`
  };
}

// src/advise/advise.ts
function catalogOrigin(catalog) {
  const builtin = catalog.some((entry) => entry.source.startsWith("GitHub docs"));
  return {
    builtinDate: builtin ? CATALOG_DATE : null,
    builtinSources: builtin ? Object.values(CATALOG_SOURCES) : [],
    files: distinctText(
      catalog.filter((entry) => !entry.source.startsWith("GitHub docs")).map((e) => e.source)
    )
  };
}
function distinctText(values) {
  return [...new Set(values)];
}
var OS_NAMES = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function platformsOf(profiles, phase, fromShards = []) {
  const platforms = /* @__PURE__ */ new Map();
  for (const { set, durationMs } of fromShards) {
    const key = `${set.os}/${set.arch}`;
    const platform2 = platforms.get(key) ?? { os: set.os, arch: set.arch, runs: [] };
    platforms.set(key, platform2);
    platform2.runs.push({
      effectiveWorkers: set.effectiveWorkers,
      cpus: set.cpus,
      memoryBytes: set.memoryBytes,
      durationMs,
      succeeded: true
    });
  }
  for (const entry of profiles) {
    const host = entry.profile.host;
    for (const recorded of entry.profile.phases) {
      if (recorded.name !== phase) continue;
      const group = mainWorkerGroup(recorded);
      if (!group) continue;
      const key = `${host.os}/${host.arch}`;
      const platform2 = platforms.get(key) ?? { os: host.os, arch: host.arch, runs: [] };
      platforms.set(key, platform2);
      const workers = Math.max(1, workersRan(group));
      platform2.runs.push({
        // More workers than CPUs share them: the durations measure min(workers, CPUs) at work.
        effectiveWorkers: Math.max(1, Math.min(workers, host.cpus)),
        cpus: host.cpus,
        memoryBytes: host.memoryLimitBytes,
        durationMs: recorded.durationMs,
        succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) && recorded.oomKills === 0
      });
    }
  }
  return [...platforms.values()].sort((a, b) => b.runs.length - a.runs.length);
}
function catalogEntry(catalog, name) {
  const entry = catalog.find((item) => item.name === name);
  if (!entry) throw new Error(`no catalogue entry named ${name}`);
  return entry;
}
function sizesOf(platform2) {
  const sizes = new Set(
    platform2.runs.map((run) => `${run.cpus} CPUs, ${formatBytes(run.memoryBytes)}`)
  );
  return [...sizes].join(" and ");
}
function distinct(values) {
  return [...new Set(values)].sort((a, b) => a - b);
}
function noAdvice(request, reason, limits = []) {
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: null,
    reason,
    advised: false,
    evidence: null,
    runners: [],
    skipped: [],
    limits,
    catalog: catalogOrigin(request.catalog),
    shards: null
  };
}
function fitPlatform(platform2, minGain) {
  const timed = platform2.runs.filter((run) => run.succeeded && run.durationMs > 0);
  const counts = distinct(timed.map((run) => run.effectiveWorkers));
  if (timed.length === 0)
    return `no successful run of the phase recorded a duration (${platform2.runs.length} run(s), all failed or OOM-killed)`;
  if (counts.length < 2) {
    const seen = counts[0] ?? 1;
    const other = seen === 1 ? 2 : Math.floor(seen / 2);
    return `durations at one worker count only (${seen} worker(s) with a CPU each, ${timed.length} run(s)): the speed-up with more CPUs cannot be measured. Run once at another count (workers: ${other}) to get advice`;
  }
  if (timed.length < 3)
    return `${timed.length} timed run(s) at ${counts.join(" and ")} workers: the speed-up fit needs 3 or more`;
  const points = timed.map((run) => ({
    workers: run.effectiveWorkers,
    durationMs: run.durationMs
  }));
  const fit = fitSpeedup(points, minGain);
  if (fit?.kind === "amdahl") return fit;
  return `durations at ${counts.join(", ")} workers do not fall with more workers${fit ? ` (the fastest measured: ${fit.maxUsefulWorkers})` : ""}: more CPUs would not help, and the advice cannot tell runners apart`;
}
function byCost(a, b) {
  return a.costUsd - b.costUsd || a.durationMs - b.durationMs || a.cpus - b.cpus;
}
function byDuration(a, b) {
  return a.durationMs - b.durationMs || a.costUsd - b.costUsd || a.cpus - b.cpus;
}
function adviseRunners(request) {
  const profiles = request.profiles.filter(
    (entry) => sameShard(entry.profile.run.shard, request.shard)
  );
  const allProfiles = request.profiles;
  const fromShards = sameShard(request.shard, null) ? wholeFromShardSets(allProfiles, request.phase) : null;
  const inSets = new Set(fromShards?.sets.flatMap((set) => set.profiles));
  const left = allProfiles.filter((entry) => !sameShard(entry.profile.run.shard, request.shard) && !inSets.has(entry)).map((entry) => shardLabel(entry.profile.run.shard) ?? "the whole");
  const shardNote = left.length > 0 ? `${left.length} run(s) of another shard or split left out (${[...new Set(left)].slice(0, 6).join(", ")}${new Set(left).size > 6 ? ", \u2026" : ""}): ${shardLabel(request.shard) ?? "the whole phase"} is compared with the same.` : null;
  const wholeMeasured = platformsOf(profiles, request.phase).length > 0;
  const memoryFromShards = !wholeMeasured && (fromShards?.sets.length ?? 0) > 0;
  request = {
    ...request,
    profiles: memoryFromShards ? fromShards.sets.flatMap(
      (set) => set.profiles.map((entry) => ({ ...entry, failed: true }))
    ) : profiles
  };
  const platforms = platformsOf(profiles, request.phase, fromShards?.wholes);
  if (platforms.length === 0)
    return noAdvice(
      request,
      `No advice: no earlier run${request.shard ? ` of ${shardLabel(request.shard)}` : ""} recorded workers in phase '${request.phase}'.`,
      shardNote ? [shardNote] : []
    );
  const fits = platforms.map((platform3) => ({
    platform: platform3,
    fit: fitPlatform(platform3, request.minSpeedupGain)
  }));
  const usable = fits.find(
    (item) => typeof item.fit !== "string"
  );
  if (!usable) {
    const first = fits[0];
    return noAdvice(request, `No advice: ${first.fit}.`, shardNote ? [shardNote] : []);
  }
  const { platform: platform2, fit } = usable;
  const timed = platform2.runs.filter((run) => run.succeeded && run.durationMs > 0);
  const workerCounts = distinct(timed.map((run) => run.effectiveWorkers));
  const cpuCounts = distinct(platform2.runs.map((run) => run.cpus));
  const largestSeen = Math.max(...workerCounts);
  const evidence = {
    runs: platform2.runs.length,
    timedRuns: timed.length,
    workerCounts,
    cpuCounts,
    os: platform2.os,
    arch: platform2.arch,
    serialFraction: fit.serialFraction,
    singleWorkerMs: fit.singleWorkerMs,
    serialFloorMs: fit.singleWorkerMs * fit.serialFraction,
    shardSets: fromShards?.wholes.filter(({ set }) => set.os === platform2.os && set.arch === platform2.arch).length ?? 0,
    splits: fromShards?.splits ?? [],
    memoryFromShards
  };
  const skipped = [];
  const runners = [];
  const platformName = `${OS_NAMES[platform2.os] ?? platform2.os} ${platform2.arch}`;
  for (const entry of request.catalog) {
    if (entry.visibility !== "any" && entry.visibility !== request.visibility) continue;
    if (profileOsOf(entry.os) !== platform2.os || entry.arch !== platform2.arch) {
      skipped.push({
        name: entry.name,
        why: `history is from ${platformName}: durations and memory there are unknown`
      });
      continue;
    }
    runners.push(predictFor(request, entry, platform2, fit, largestSeen, memoryFromShards));
  }
  const others = fits.filter((item) => item.platform !== platform2);
  const limits = limitsOf(request, evidence, others, platformName, skipped.length);
  const capped = runners.filter(
    (runner) => !runner.sizeInHistory && runner.confidence === "medium"
  ).length;
  if (capped > 0 && confidenceFor(evidence.timedRuns) === "high")
    limits.push(
      `${capped} runner(s) of sizes history never ran on (it ran on ${sizesOf(platform2)}): their predictions carry its per-CPU speed and memory over, so confidence medium at most.`
    );
  limits.push(...shardSetLimits(evidence, fromShards));
  if (shardNote) limits.push(shardNote);
  const safeAnyway = runners.filter((runner) => runner.safe && !runner.reliesOnElasticMemory);
  const safe = safeAnyway.length > 0 ? safeAnyway : runners.filter((runner) => runner.safe);
  let recommended = null;
  let reason;
  if (runners.length === 0) {
    return {
      ...noAdvice(
        request,
        `No advice: the catalogue has no runner for ${platformName}, where history ran, that a ${request.visibility} repository can use.`,
        limits
      ),
      evidence,
      skipped
    };
  }
  if (safe.length === 0) {
    reason = `No runner in the catalogue fits even one worker of phase '${request.phase}' without an OOM risk.`;
  } else if (request.targetMs !== null) {
    const meeting = safe.filter((runner) => runner.meetsTarget === true).sort(byCost);
    const target = formatDuration(request.targetMs);
    if (meeting.length > 0) {
      recommended = meeting[0];
      reason = `${recommended.name}: the cheapest that meets ${target} without an OOM risk.`;
    } else {
      recommended = [...safe].sort(byDuration)[0];
      reason = request.targetMs < evidence.serialFloorMs ? `None meets ${target}: it is below the ${formatDuration(evidence.serialFloorMs)} that does not parallelise (the fit's serial part), so no runner size reaches it, and shards would help only if that part is tests rather than set-up, which profiles cannot tell. The fastest is ${recommended.name}.` : `None meets ${target}; the fastest is ${recommended.name}.`;
    }
  } else {
    recommended = [...safe].sort(byCost)[0];
    reason = `${recommended.name}: the cheapest without an OOM risk (no target-duration given).`;
  }
  if (recommended?.extrapolated)
    reason += ` Its ${recommended.workers} workers are beyond the ${largestSeen} history ran: extrapolated, confidence low.`;
  if (recommended && !recommended.sizeInHistory && confidenceFor(evidence.timedRuns) === "high")
    reason += ` History never ran on its size (${recommended.cpus} CPUs, ${formatBytes(recommended.memoryBytes)}), only on ${sizesOf(platform2)}: confidence medium.`;
  if (recommended?.reliesOnElasticMemory)
    reason += ` Its ${recommended.workers} workers fit there only if their memory shrinks with the runner's, as Node and JVM heaps do (pass node-heap-mb); memory they hold (buffers, caches) does not: with elastic-memory off, fewer fit. Confidence low.`;
  const chosen = recommended;
  const ordered = [...runners].sort(byCost);
  if (chosen) {
    ordered.splice(ordered.indexOf(chosen), 1);
    ordered.unshift(chosen);
  }
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: chosen?.name ?? null,
    reason,
    advised: true,
    evidence,
    runners: ordered,
    skipped,
    limits,
    catalog: catalogOrigin(request.catalog),
    shards: chosen && request.targetMs !== null && request.shard === null ? adviseShards(
      chosen,
      fit,
      request.targetMs,
      shardPeakLearner(
        request,
        allProfiles,
        catalogEntry(request.catalog, chosen.name),
        platform2,
        fit,
        chosen.workers
      )
    ) : null
  };
}
function planOn(request, profiles, entry, os6, fit, elasticMemory, forcedWorkers) {
  const fallback = staticEstimate(entry.memoryBytes, "fallback");
  const estimate = {
    ...estimateFromHistory({
      profiles: [...profiles],
      phase: request.phase,
      capacityMemoryLimitBytes: entry.memoryBytes,
      capacityOs: os6,
      nowMs: request.nowMs,
      minSpeedupGain: request.minSpeedupGain,
      elasticMemory,
      fallback
    }),
    // Durations fitted against the workers that had a CPU each, so runs on runners of other
    // sizes in history compare like with like.
    speedup: fit
  };
  const reserve = request.settings.memoryReserveBytes ?? resolveReserve(null, false, entry.memoryBytes).bytes;
  return planWorkers({
    capacity: {
      cpus: entry.cpus,
      memoryLimitBytes: entry.memoryBytes,
      memoryAvailableBytes: entry.memoryBytes
    },
    settings: {
      ...request.settings,
      memoryReserveBytes: reserve,
      forcedWorkers,
      overrideWorkers: null
    },
    estimate
  });
}
function shardPeakLearner(request, allProfiles, entry, platform2, fit, workers) {
  return (shard) => {
    const runs = allProfiles.filter(
      (item) => sameShard(item.profile.run.shard, shard) && item.profile.host.os === platform2.os && item.profile.host.arch === platform2.arch && item.profile.phases.some(
        (phase) => phase.name === request.phase && mainWorkerGroup(phase) !== null
      )
    );
    if (runs.length === 0) return null;
    const plan = planOn(request, runs, entry, platform2.os, fit, false, workers);
    return { peakBytes: plan.predictedPeakBytes, runs: runs.length };
  };
}
function predictFor(request, entry, platform2, fit, largestSeen, memoryFromShards) {
  const planThere = (elasticMemory, forcedWorkers = null) => planOn(request, request.profiles, entry, platform2.os, fit, elasticMemory, forcedWorkers);
  const plan = planThere(request.elasticMemory);
  const workers = plan.workers;
  const scaled = plan.estimate.elastic && plan.estimate.elasticShare < 1;
  const heldPlan = scaled ? planThere(false, workers) : null;
  const peakBytes = heldPlan?.predictedPeakBytes ?? plan.predictedPeakBytes;
  const reliesOnElasticMemory = heldPlan !== null && workers > heldPlan.memoryBound;
  const durationMs = Math.round(predictDurationMs(fit, Math.min(workers, entry.cpus)));
  const billedMinutes = Math.max(1, Math.ceil(durationMs / 6e4));
  const extrapolated = Math.min(workers, entry.cpus) > largestSeen;
  const timedRuns = platform2.runs.filter((run) => run.succeeded && run.durationMs > 0).length;
  const sizeInHistory = platform2.runs.some((run) => sameSize(run, entry));
  return {
    name: entry.name,
    label: entry.label,
    cpus: entry.cpus,
    memoryBytes: entry.memoryBytes,
    pricePerMinuteUsd: entry.pricePerMinuteUsd,
    workers,
    limitedBy: plan.limitedBy,
    durationMs,
    peakBytes,
    elasticPeakBytes: heldPlan !== null && plan.predictedPeakBytes < peakBytes ? plan.predictedPeakBytes : null,
    memoryBound: plan.memoryBound,
    safe: plan.memoryBound >= 1 && workers <= plan.memoryBound,
    billedMinutes,
    costUsd: Math.round(billedMinutes * entry.pricePerMinuteUsd * 1e6) / 1e6,
    meetsTarget: request.targetMs === null ? null : durationMs <= request.targetMs,
    extrapolated,
    reliesOnElasticMemory,
    sizeInHistory,
    confidence: extrapolated || reliesOnElasticMemory || memoryFromShards ? "low" : sizeInHistory ? confidenceFor(timedRuns) : atMostMedium(confidenceFor(timedRuns)),
    source: entry.source
  };
}
function sameSize(run, entry) {
  return run.cpus === entry.cpus && Math.abs(run.memoryBytes - entry.memoryBytes) <= SAME_MEMORY_SHARE * entry.memoryBytes;
}
var SAME_MEMORY_SHARE = 0.1;
function atMostMedium(confidence) {
  return confidence === "high" ? "medium" : confidence;
}
function shardSetLimits(evidence, fromShards) {
  if (!fromShards) return [];
  const limits = [];
  for (const split of evidence.shardSets > 0 ? evidence.splits : []) {
    const counts = split.workerCounts.join(", ");
    limits.push(
      split.serialMs !== null ? `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the sum of the shards' durations less ${split.total - 1} \xD7 ${formatDuration(split.serialMs)}, the set-up each shard repeats (the per-shard serial part, fitted to the sets' sums at ${counts} workers).` : `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the plain sum of the shards' durations, which errs long by the set-up each shard repeats ((${split.total} \u2212 1) \xD7 the per-shard serial part; the sets ran at ${split.workerCounts.length === 1 ? `${counts} workers only` : `${counts} workers without falling`}, so that part cannot be told apart). The advice errs towards a faster runner or more shards.`
    );
  }
  if (fromShards.incomplete.length > 0)
    limits.push(
      `${fromShards.incomplete.length} split run(s) not counted as runs of the whole: ${fromShards.incomplete.slice(0, 3).join("; ")}${fromShards.incomplete.length > 3 ? "; \u2026" : ""}.`
    );
  if (evidence.memoryFromShards)
    limits.push(
      `No run of the whole phase recorded its memory: each runner's peak is predicted from the workers of ${fromShards.sets.reduce((sum, set) => sum + set.profiles.length, 0)} shard run(s), whose counts prove nothing for the whole. The whole runs every shard's tests in one job; its workers and the rest of the job may hold more than a shard's did, so the peaks may err low: confidence low. The shards' own peaks (shards.perShard) are measured.`
    );
  return limits;
}
function limitsOf(request, evidence, others, platformName, skipped) {
  const limits = [
    `Durations are of phase '${request.phase}' alone: the job's other steps and the runner's start-up add to the time and the bill.`,
    `Other sizes are assumed to have the per-CPU speed of the ${evidence.cpuCounts.join(", ")}-CPU runner(s) history ran on.`
  ];
  if (evidence.cpuCounts.length > 1)
    limits.push(
      `History ran on runners of ${evidence.cpuCounts.join(" and ")} CPUs: durations are fitted against the workers that had a CPU each, min(workers, CPUs).`
    );
  if (skipped > 0)
    limits.push(
      `${skipped} catalogue runner(s) of other systems or architectures left out: history has runs on ${platformName} only.`
    );
  for (const other of others)
    limits.push(
      `${other.platform.runs.length} run(s) on ${OS_NAMES[other.platform.os] ?? other.platform.os} ${other.platform.arch} not used: the advice is from the platform with the most usable runs${typeof other.fit === "string" ? ` (there: ${other.fit})` : ""}.`
    );
  if (request.targetMs !== null && request.targetMs < evidence.serialFloorMs)
    limits.push(
      `target-duration ${formatDuration(request.targetMs)} is below the fit's serial floor of ${formatDuration(evidence.serialFloorMs)} (${Math.round(evidence.serialFraction * 100)}% of ${formatDuration(evidence.singleWorkerMs)} does not parallelise): one runner cannot reach it. A single test longer than the target cannot be split either; profiles do not record test durations.`
    );
  return limits;
}
function adviceRequestFor(inputs, history) {
  const { forcedWorkers: _forced, ...settings } = inputs.plan;
  return {
    profiles: history.profiles,
    phase: inputs.profile,
    catalog: history.catalog,
    targetMs: inputs.targetDurationMs,
    visibility: history.visibility,
    settings,
    nowMs: history.nowMs,
    minSpeedupGain: inputs.minSpeedupGain,
    elasticMemory: inputs.elasticMemory,
    shard: inputs.shard
  };
}
function visibilityFromPayload(payload) {
  const repository = typeof payload === "object" && payload !== null ? payload.repository : void 0;
  const isPrivate = typeof repository === "object" && repository !== null ? repository.private : void 0;
  return isPrivate === false ? "public" : "private";
}

// src/report/advice.ts
var SUMMARY_MAX_ROWS = 8;
var REASON_MAX_LENGTH = 600;
var OS_NAMES2 = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function formatUsd(amount) {
  if (amount === 0) return "free";
  return `$${amount < 0.01 ? amount.toFixed(4) : amount.toFixed(3).replace(/0$/, "")}`;
}
function evidenceLine(advice) {
  const evidence = advice.evidence;
  if (!evidence) return null;
  const platform2 = `${OS_NAMES2[evidence.os] ?? evidence.os} ${evidence.arch}`;
  return `${evidence.timedRuns} timed run(s) of ${evidence.runs} on ${platform2} (${evidence.cpuCounts.join(", ")} CPUs) at ${evidence.workerCounts.join(", ")} workers with a CPU each; Amdahl fit: ${Math.round(evidence.serialFraction * 100)}% serial, ${formatDuration(evidence.singleWorkerMs)} with one worker, never below ${formatDuration(evidence.serialFloorMs)}`;
}
function targetCell(runner) {
  if (runner.meetsTarget === null) return "";
  return runner.meetsTarget ? "yes" : "no";
}
function memoryCell(runner) {
  if (!runner.safe) return `\u26D4 ${runner.memoryBound === 0 ? "not one worker fits" : "OOM risk"}`;
  return markedPeak(
    runner,
    `${formatBytes(runner.peakBytes)} of ${formatBytes(runner.memoryBytes)}`,
    "\u26A0"
  );
}
function markedPeak(runner, peak, mark) {
  return runner.reliesOnElasticMemory && runner.elasticPeakBytes !== null ? `${mark} ${peak} (${formatBytes(runner.elasticPeakBytes)} if elastic)` : peak;
}
var ELASTIC_NOTE = "The count fits there only if the workers' memory shrinks with the runner's (elastic-memory auto: Node and JVM heaps size themselves from the memory they see; pass node-heap-mb). The peak shown is as history measured it; the lower one assumes that scaling, which memory the workers hold (Buffers, caches) does not follow. Set elastic-memory: off if they hold it.";
function catalogLine(advice) {
  const parts = [];
  const { builtinDate, builtinSources, files } = advice.catalog;
  if (builtinDate !== null)
    parts.push(
      `GitHub's docs as of ${builtinDate} (${builtinSources.map((url, index) => `[${["runners", "larger runners", "prices"][index] ?? "source"}](${url})`).join(", ")}; larger-runner labels are chosen by the organisation, so they are named by size)`
    );
  for (const file of files) parts.push(escapeMarkdownText(file, 200));
  return `Catalogue: ${parts.join("; ")}.`;
}
function shardsLine(advice, text = (reason) => reason, code = (matrix) => matrix) {
  const shards = advice.shards;
  if (!shards) return null;
  if (shards.count === null || shards.matrix === null || shards.count === 1)
    return text(shards.reason);
  const cost = shards.costUsd === null ? "" : `, ${formatUsd(shards.costUsd)} a run in all`;
  return `${text(shards.reason)} Matrix: ${code(JSON.stringify(shards.matrix))}${cost}. ${text(shards.memoryEvidence)}`;
}
function withoutName(reason, name) {
  return reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason;
}
function renderAdviceSummary(advice) {
  const lines = [`### Runner advice for phase \`${escapeMarkdownText(advice.phase, 64)}\``, ""];
  if (!advice.advised) {
    lines.push(escapeMarkdownText(advice.reason, REASON_MAX_LENGTH), "", catalogLine(advice));
    return `${lines.join("\n")}
`;
  }
  const chosen = advice.runners.find((runner) => runner.name === advice.recommended) ?? null;
  const reason = escapeMarkdownText(
    chosen ? withoutName(advice.reason, chosen.name) : advice.reason,
    REASON_MAX_LENGTH
  );
  lines.push(
    chosen ? `**${escapeMarkdownText(chosen.name, 64)}**: ${reason} Predicted there: ${chosen.workers} worker(s), ${formatDuration(chosen.durationMs)}, ${formatUsd(chosen.costUsd)} a run, confidence ${chosen.confidence}.` : `\u26D4 ${reason}`,
    ""
  );
  const shown = advice.runners.slice(0, SUMMARY_MAX_ROWS);
  const withTarget = advice.targetMs !== null;
  const header = [
    "Runner",
    "CPUs",
    "Workers",
    "Duration",
    "Peak of memory",
    "Cost a run",
    ...withTarget ? [`Meets ${formatDuration(advice.targetMs)}`] : [],
    "Confidence"
  ];
  const rows = shown.map((runner) => [
    `${runner.name === advice.recommended ? "\u{1F449} " : ""}${escapeTableCell(runner.name, 64)}`,
    String(runner.cpus),
    String(runner.workers),
    formatDuration(runner.durationMs),
    memoryCell(runner),
    `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
    ...withTarget ? [targetCell(runner)] : [],
    `${runner.confidence}${runner.extrapolated ? ", extrapolated" : ""}`
  ]);
  lines.push(
    table(header, rows, [
      "left",
      "right",
      "right",
      "right",
      "right",
      "right",
      ...withTarget ? ["left"] : [],
      "left"
    ])
  );
  if (shown.some((runner) => runner.safe && runner.reliesOnElasticMemory))
    lines.push("", `\u26A0 ${escapeMarkdownText(ELASTIC_NOTE, REASON_MAX_LENGTH)}`);
  if (advice.runners.length > shown.length)
    lines.push("", `${advice.runners.length - shown.length} more in the \`runner-advice\` output.`);
  const shards = shardsLine(
    advice,
    (reason2) => escapeMarkdownText(reason2, REASON_MAX_LENGTH),
    (matrix) => `\`${matrix}\``
  );
  if (shards) lines.push("", `Shards: ${shards}`);
  lines.push("", `Evidence: ${evidenceLine(advice) ?? "none"}.`);
  lines.push(
    "",
    details(
      "What the advice cannot see",
      advice.limits.map((limit) => `- ${escapeMarkdownText(limit, REASON_MAX_LENGTH)}`).join("\n")
    )
  );
  lines.push("", catalogLine(advice));
  return `${lines.join("\n")}
`;
}

// src/sampler/types.ts
import { join as join2 } from "node:path";
var SAMPLER_MAX_LIFETIME_MS = (6 * 60 + 10) * 6e4;
function samplerFiles(directory) {
  return { samplesFile: join2(directory, "samples.jsonl"), logFile: join2(directory, "sampler.log") };
}

// src/action/main.ts
async function runMain(deps) {
  const { runner } = deps;
  const published = { outputs: false };
  let planning = null;
  try {
    runner.setSecret(runner.getInput("github-token"));
    const inputs = parseInputs((name) => runner.getInput(name));
    const overrideWorkers = parseOverrideWorkers(deps.env[OVERRIDE_VARIABLE]);
    if (inputs.mode === "report") {
      await deps.report(inputs, deps.readEventPayload());
      return;
    }
    planning = { inputs, overrideWorkers };
    await planStep(deps, inputs, overrideWorkers, published);
  } catch (error2) {
    if (error2 instanceof InputError) {
      runner.setFailed(error2.message);
      return;
    }
    runner.warning(`resource-planner could not finish its plan: ${errorMessage(error2)}`);
    if (planning && !published.outputs) {
      const { inputs, overrideWorkers } = planning;
      const outputs = fallbackOutputs({
        forcedWorkers: overrideWorkers ?? inputs.plan.forcedWorkers,
        minWorkers: inputs.plan.minWorkers,
        perWorkerBytes: inputs.memoryPerWorkerBytes ?? inputs.fallbackMemoryPerWorkerBytes
      });
      for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
    }
  }
}
async function planStep(deps, inputs, overrideWorkers, published) {
  const { runner } = deps;
  const catalog = runnerCatalog(deps, inputs);
  const context = readRunContext(deps.env, deps.readEventPayload());
  const capacity = await deps.probe();
  for (const warning2 of capacity.warnings) runner.warning(`Probe: ${warning2}`);
  const jobDir = context.runnerTemp ? usableJobDir(deps, inputs, context.runnerTemp) : null;
  const existing = jobDir ? deps.jobStore.read(jobDir) : null;
  const historyDir = jobDir ? join3(jobDir, "history") : "";
  const history = { profiles: null };
  const estimate = await estimateFor(deps, inputs, context, capacity, historyDir, (loaded) => {
    history.profiles = loaded;
  });
  if (overrideWorkers !== null)
    runner.info(`${OVERRIDE_VARIABLE}=${overrideWorkers} overrides the recommendation.`);
  const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
  for (const [name, value] of Object.entries(planOutputs(plan))) runner.setOutput(name, value);
  published.outputs = true;
  if (inputs.exportEnv) {
    for (const [name, value] of Object.entries(exportedEnvironment(plan, deps.env)))
      runner.exportVariable(name, value);
  }
  logPlan(runner, inputs, plan);
  const advice = history.profiles === null ? null : adviseFromHistory(deps, inputs, catalog, history.profiles);
  if (advice) runner.setOutput("runner-advice", outputJson(advice));
  if (advice?.shards?.matrix) {
    runner.setOutput("shards", String(advice.shards.count));
    runner.setOutput("matrix", outputJson(advice.shards.matrix));
  }
  if (jobDir) putCliOnPath(deps, jobDir, inputs.history ? historyDir : "");
  if (jobDir && inputs.sample)
    recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing);
  else if (!context.runnerTemp)
    runner.info(
      "RUNNER_TEMP is not set: not recording memory (not running on an Actions runner?)."
    );
  if (inputs.summary) {
    await runner.appendSummary(
      renderPreRunSummary({
        capacity,
        plan,
        profileName: inputs.profile,
        earlierHost: existing?.host ?? null
      })
    );
    const asked = inputs.targetDurationMs !== null || inputs.runnerCatalog !== "";
    if (advice && (advice.advised || asked))
      await runner.appendSummary(renderAdviceSummary(advice));
    else if (!advice && asked)
      runner.info(
        "No runner advice: no history was loaded (history: false, or no token or run context)."
      );
  }
}
function runnerCatalog(deps, inputs) {
  if (inputs.runnerCatalog === "") return mergeCatalog(BUILTIN_CATALOG, null);
  const file = shownPath(inputs.runnerCatalog);
  let text;
  try {
    text = (deps.readCatalogFile ?? defaultReadCatalog)(inputs.runnerCatalog, CATALOG_MAX_BYTES);
  } catch (error2) {
    throw new CatalogError("runner-catalog", file, "", `cannot be read (${errorMessage(error2)})`);
  }
  return mergeCatalog(BUILTIN_CATALOG, parseCatalog(text, "runner-catalog", file));
}
function defaultReadCatalog(path2, maxBytes) {
  return readBoundedText(path2, maxBytes, { what: "a runner catalogue" });
}
function adviseFromHistory(deps, inputs, catalog, profiles) {
  try {
    const advice = adviseRunners(
      adviceRequestFor(inputs, {
        profiles,
        catalog,
        visibility: visibilityFromPayload(deps.readEventPayload()),
        nowMs: Date.parse(deps.nowIso())
      })
    );
    deps.runner.info(`Runner advice: ${advice.reason}`);
    return advice;
  } catch (error2) {
    deps.runner.warning(`resource-planner could not advise a runner size: ${errorMessage(error2)}`);
    return null;
  }
}
function usableJobDir(deps, inputs, runnerTemp) {
  const jobDir = jobDirFor(runnerTemp);
  try {
    (deps.prepareJobDir ?? ensureWritableDirectory)(jobDir);
    return jobDir;
  } catch (error2) {
    const message = `RUNNER_TEMP ${runnerTemp} cannot hold the job state (${errorMessage(error2)}): planning without recording.`;
    if (inputs.sample) deps.runner.warning(message);
    else deps.runner.info(message);
    return null;
  }
}
function estimateFor(deps, inputs, context, capacity, historyDir, keepProfiles) {
  const unavailable = !inputs.history ? "history: false: using fallback-memory-per-worker." : !inputs.githubToken || !context.owner || !context.repo || !context.runnerTemp ? "No token or repository to read history from: using fallback-memory-per-worker." : null;
  return chooseEstimate({
    memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
    fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
    history: unavailable !== null ? { unavailable } : {
      learn: (fallback) => deps.learn({
        inputs,
        context,
        capacity,
        baselineBranch: baselineBranchFor(context, inputs.baselineBranch),
        historyDir,
        fallback,
        log: deps.runner,
        keepProfiles
      })
    },
    onLearnError: "warn-and-fall-back",
    warn: (message) => deps.runner.warning(message)
  });
}
function putCliOnPath(deps, jobDir, historyDir) {
  const folder = join3(jobDir, "bin");
  try {
    deps.installCli(folder, historyDir);
    if (!(deps.env.PATH ?? "").split(delimiter).includes(folder)) {
      deps.runner.addPath(folder);
      deps.runner.info(`The resource-planner CLI is on PATH for later steps of this job.`);
    }
  } catch (error2) {
    deps.runner.warning(
      `Could not put the resource-planner CLI on PATH for later steps: ${errorMessage(error2)}`
    );
  }
}
function recordPhase(deps, inputs, context, capacity, plan, jobDir, historyDir, existing) {
  const { runner } = deps;
  const mark = { name: inputs.profile, t: deps.monotonicMs(), workersRecommended: plan.workers };
  try {
    if (existing) {
      deps.jobStore.appendPhaseMark(existing.phasesFile, mark);
      const alive2 = existing.samplerPid !== null && deps.isProcessAlive(existing.samplerPid);
      runner.info(
        `Phase '${inputs.profile}' started; ${alive2 ? `the sampler (PID ${existing.samplerPid}) is already recording this job` : "the sampler is not running, so this phase has no samples"}.`
      );
      saveStep(runner, { role: "phase", jobDir, profile: inputs.profile });
      return;
    }
    const state = {
      version: 1,
      samplerPid: null,
      samplesFile: samplerFiles(jobDir).samplesFile,
      samplerLogFile: samplerFiles(jobDir).logFile,
      phasesFile: join3(jobDir, "phases.jsonl"),
      intervalMs: inputs.sampleIntervalMs,
      source: "none",
      host: profileHost(capacity),
      run: profileRun(context, inputs.matrixKey, deps.nowIso(), null, inputs.shard),
      historyDir,
      samplerProblem: null
    };
    try {
      const handle = deps.startSampler({
        rootPid: deps.jobRootPid,
        intervalMs: inputs.sampleIntervalMs,
        jobDir,
        capacity
      });
      Object.assign(state, {
        samplerPid: handle.pid,
        // Post signals only a process that still matches this identity (a PID may be reused).
        samplerIdentity: handle.identity ?? null,
        samplesFile: handle.samplesFile,
        samplerLogFile: handle.logFile,
        source: handle.source,
        intervalMs: handle.intervalMs
      });
      runner.info(
        `Recording memory every ${handle.intervalMs} ms (sampler PID ${handle.pid}, ${handle.source}).`
      );
    } catch (error2) {
      state.samplerProblem = errorMessage(error2);
      runner.warning(
        `Could not start the memory sampler; the plan stands but this run records nothing: ${state.samplerProblem}`
      );
    }
    deps.jobStore.write(jobDir, state);
    deps.jobStore.appendPhaseMark(state.phasesFile, mark);
    saveStep(runner, { role: "owner", jobDir, profile: inputs.profile });
  } catch (error2) {
    runner.warning(`Could not record phase '${inputs.profile}': ${errorMessage(error2)}`);
  }
}
function saveStep(runner, state) {
  runner.saveState(StateKey.Step, JSON.stringify(state));
}
function logPlan(runner, inputs, plan) {
  runner.info(
    `resource-planner [${inputs.profile}]: ${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`
  );
  for (const note of plan.estimate.notes) runner.info(`  ${note}`);
  for (const warning2 of plan.warnings) runner.warning(warning2);
}

// src/action/main-deps.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { fileURLToPath } from "node:url";

// src/probe/probe.ts
import { readFileSync as readFileSync2 } from "node:fs";
import os from "node:os";
import { posix as posix2 } from "node:path";

// src/probe/cgroup.ts
import { posix } from "node:path";
function parseProcCgroup(text) {
  const memberships = [];
  for (const line of text.split("\n")) {
    const first = line.indexOf(":");
    const second = line.indexOf(":", first + 1);
    if (first < 0 || second < 0) continue;
    const hierarchyId = Number(line.slice(0, first));
    if (!Number.isInteger(hierarchyId)) continue;
    const controllerList = line.slice(first + 1, second);
    memberships.push({
      hierarchyId,
      controllers: controllerList === "" ? [] : controllerList.split(","),
      path: line.slice(second + 1) || "/"
    });
  }
  return memberships;
}
function unescapeMountField(field) {
  return field.replace(
    /\\([0-7]{3})/g,
    (_, octal) => String.fromCharCode(parseInt(octal, 8))
  );
}
var V1_NON_CONTROLLER_OPTIONS = /* @__PURE__ */ new Set([
  "rw",
  "ro",
  "relatime",
  "noatime",
  "nosuid",
  "nodev",
  "noexec"
]);
function parseCgroupMounts(text) {
  const mounts = [];
  for (const line of text.split("\n")) {
    const separator = line.indexOf(" - ");
    if (separator < 0) continue;
    const left = line.slice(0, separator).split(" ");
    const right = line.slice(separator + 3).split(" ");
    const [fsType, , superOptions = ""] = right;
    const root = left[3];
    const mountPoint = left[4];
    if (root === void 0 || mountPoint === void 0) continue;
    if (fsType === "cgroup2") {
      mounts.push({
        version: 2,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: []
      });
    } else if (fsType === "cgroup") {
      const controllers = superOptions.split(",").filter(
        (option) => option !== "" && !V1_NON_CONTROLLER_OPTIONS.has(option) && !option.includes("=")
      );
      const named = superOptions.split(",").filter((option) => option.startsWith("name="));
      mounts.push({
        version: 1,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: [...controllers, ...named]
      });
    }
  }
  return mounts;
}
function cgroupDirectory(mount, cgroupPath) {
  const root = mount.root === "/" ? "" : mount.root.replace(/\/+$/, "");
  let relative;
  if (root === "") relative = cgroupPath;
  else if (cgroupPath === root) relative = "/";
  else if (cgroupPath.startsWith(`${root}/`)) relative = cgroupPath.slice(root.length);
  else return mount.mountPoint;
  return posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, "$1");
}
function directoriesUpToMount(leafDirectory, mountPoint) {
  const clean = (path2) => posix.normalize(path2).replace(/(.)\/+$/, "$1");
  const directories = [];
  let current = clean(leafDirectory);
  const top = clean(mountPoint);
  if (current !== top && !current.startsWith(`${top}/`)) return [top];
  while (current !== top && current !== posix.dirname(current)) {
    directories.push(current);
    current = posix.dirname(current);
  }
  directories.push(top);
  return directories;
}
var V1_UNLIMITED_THRESHOLD = 2 ** 62;
function parseMemoryLimit(text) {
  const value = text.trim();
  if (value === "max") return { kind: "none" };
  if (!/^\d+$/.test(value)) return { kind: "invalid", text: value };
  const bytes = Number(value);
  if (bytes >= V1_UNLIMITED_THRESHOLD) return { kind: "none" };
  return { kind: "limit", bytes };
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseKeyValues(text) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) values.set(key, Number(value));
  }
  return values;
}
function parseCpuMax(text) {
  const [quota, period = "100000"] = text.trim().split(/\s+/);
  if (quota === "max") return null;
  if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
    return "invalid";
  return Number(quota) / Number(period);
}
function parseCfsQuota(quotaText, periodText) {
  const quota = quotaText.trim();
  const period = periodText.trim();
  if (quota === "-1") return null;
  if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) return "invalid";
  return Number(quota) / Number(period);
}
function countCpuList(text) {
  const list = text.trim();
  if (list === "") return null;
  let count = 0;
  for (const part of list.split(",")) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) return null;
    const start = Number(match[1]);
    const end = match[2] === void 0 ? start : Number(match[2]);
    if (end < start) return null;
    count += end - start + 1;
  }
  return count;
}

// src/probe/host.ts
function hostFactsFromSystemInformation(platform2, memory, cpu) {
  const notes = [];
  const total = bytesOrNull(memory.total);
  if (total === null || total === 0)
    throw new Error(`systeminformation reported no total memory (${String(memory.total)})`);
  const free = bytesOrNull(memory.free) ?? 0;
  let available;
  if (platform2 === "darwin") {
    const inactive = bytesOrNull(memory.reclaimable) ?? 0;
    if (inactive === 0)
      notes.push(
        "vm_stat gave no inactive pages: available memory counts free pages only and is likely too low."
      );
    available = free + inactive;
  } else {
    available = bytesOrNull(memory.available) ?? free;
  }
  const swapTotal = bytesOrNull(memory.swaptotal);
  return {
    totalMemoryBytes: total,
    availableMemoryBytes: Math.min(available, total),
    physicalCpus: positiveIntegerOrNull(cpu.physicalCores),
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapTotal === null ? null : bytesOrNull(memory.swapfree),
    notes
  };
}
function fallbackHostFacts(platform2, osFacts, reason) {
  const caveat = platform2 === "darwin" ? " (on macOS that counts free pages only, so available memory is likely too low)" : "";
  return {
    totalMemoryBytes: osFacts.totalMemoryBytes,
    availableMemoryBytes: Math.min(osFacts.freeMemoryBytes, osFacts.totalMemoryBytes),
    physicalCpus: null,
    swapTotalBytes: null,
    swapFreeBytes: null,
    notes: [
      `systeminformation could not read memory and cores (${reason}): using os.totalmem(), os.freemem() and os.availableParallelism()${caveat}.`
    ]
  };
}
function bytesOrNull(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}
function positiveIntegerOrNull(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
}

// src/probe/systeminformation.ts
var HOST_PROBE_TIMEOUT_MS = 5e3;
var loadSystemInformation = async () => {
  const { default: si } = await import("./lib-HOKBNPAX.js");
  return { mem: () => si.mem(), cpu: () => si.cpu() };
};
async function readHostWithSystemInformation(options) {
  const timeoutMs = options.timeoutMs ?? HOST_PROBE_TIMEOUT_MS;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    const read = (async () => {
      const si = await (options.load ?? loadSystemInformation)();
      const [memory, cpu] = await Promise.all([si.mem(), si.cpu()]);
      return hostFactsFromSystemInformation(options.platform, memory, cpu);
    })();
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/probe/probe.ts
function readFileOrNull(path2) {
  try {
    return readFileSync2(path2, "utf8");
  } catch {
    return null;
  }
}
function currentOsFacts() {
  const cpus = os.cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    totalMemoryBytes: os.totalmem(),
    freeMemoryBytes: os.freemem(),
    logicalCpus: cpus.length || os.availableParallelism(),
    availableParallelism: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() || null
  };
}
async function probeMachine(options = {}) {
  const { readHost, ...probeOptions } = options;
  const platform2 = options.platform ?? options.os?.platform ?? process.platform;
  if (platform2 === "linux") return probeCapacity(probeOptions);
  const read = readHost ?? ((name) => readHostWithSystemInformation({ platform: name }));
  let host;
  try {
    host = await read(platform2);
  } catch (error2) {
    const facts = {
      totalMemoryBytes: options.os?.totalMemoryBytes ?? os.totalmem(),
      freeMemoryBytes: options.os?.freeMemoryBytes ?? os.freemem()
    };
    host = fallbackHostFacts(platform2, facts, errorMessage(error2));
  }
  return probeCapacity({ ...probeOptions, host });
}
function probeCapacity(options = {}) {
  const facts = { ...currentOsFacts(), ...options.os };
  const platform2 = options.platform ?? facts.platform;
  const root = options.root ?? "";
  const read = options.readFile ?? readFileOrNull;
  const readAt = (path2) => read(root + path2);
  const warnings = new Warnings();
  const logicalCpus = Math.max(1, facts.logicalCpus);
  let hostTotal = facts.totalMemoryBytes;
  let hostAvailable = facts.freeMemoryBytes;
  let swapTotal = null;
  let swapFree = null;
  let affinityCpus = null;
  let physicalCpus = null;
  let cgroup = null;
  if (platform2 === "linux") {
    const procDir = `/proc/${options.pid ?? "self"}`;
    const meminfo = readAt("/proc/meminfo");
    if (meminfo === null) {
      warnings.add("Could not read /proc/meminfo: using what Node reports for memory.");
    } else {
      const memory = parseMeminfo(meminfo);
      if (memory.totalBytes !== null) hostTotal = memory.totalBytes;
      if (memory.availableBytes !== null) hostAvailable = memory.availableBytes;
      else
        warnings.add(
          "/proc/meminfo has no MemAvailable: estimating it from MemFree, Buffers and Cached."
        );
      swapTotal = memory.swapTotalBytes;
      swapFree = memory.swapFreeBytes;
      if (memory.availableBytes === null && memory.fallbackAvailableBytes !== null) {
        hostAvailable = memory.fallbackAvailableBytes;
      }
    }
    const status = readAt(`${procDir}/status`);
    const allowed = status ? /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1] : void 0;
    affinityCpus = allowed ? countCpuList(allowed) : null;
    const cpuinfo = readAt("/proc/cpuinfo");
    physicalCpus = cpuinfo ? countPhysicalCores(cpuinfo) : null;
    cgroup = probeCgroup(readAt, procDir, warnings);
  } else if (options.host) {
    hostTotal = options.host.totalMemoryBytes;
    hostAvailable = options.host.availableMemoryBytes;
    physicalCpus = options.host.physicalCpus;
    swapTotal = options.host.swapTotalBytes;
    swapFree = options.host.swapFreeBytes;
    for (const note of options.host.notes) warnings.add(note);
  }
  const ceiling = cgroup?.memoryLimitBytes ?? null;
  const memoryLimitBytes = ceiling === null ? hostTotal : Math.min(hostTotal, ceiling);
  let memoryAvailableBytes = Math.min(hostAvailable, memoryLimitBytes);
  if (ceiling !== null && cgroup) {
    const workingSet = cgroup.memoryUsageBytes === null ? 0 : Math.max(0, cgroup.memoryUsageBytes - (cgroup.memoryInactiveFileBytes ?? 0));
    memoryAvailableBytes = Math.min(memoryAvailableBytes, Math.max(0, ceiling - workingSet));
  }
  const cpuCandidates = [
    ["host", platform2 === "linux" ? logicalCpus : Math.max(1, facts.availableParallelism)],
    ["affinity", affinityCpus],
    ["cpuset", cgroup?.cpusetCpus ?? null],
    [
      "cgroup-quota",
      cgroup?.cpuQuota === null || cgroup?.cpuQuota === void 0 ? null : Math.floor(cgroup.cpuQuota)
    ]
  ];
  let cpus = Number.POSITIVE_INFINITY;
  let cpuBinding = "host";
  for (const [binding, count] of cpuCandidates) {
    if (count !== null && count < cpus) {
      cpus = count;
      cpuBinding = binding;
    }
  }
  return {
    os: platform2,
    arch: facts.arch,
    cpuModel: facts.cpuModel,
    hostMemoryTotalBytes: hostTotal,
    hostMemoryAvailableBytes: hostAvailable,
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapFree,
    logicalCpus,
    physicalCpus,
    affinityCpus,
    cgroup,
    memoryLimitBytes,
    memoryAvailableBytes,
    cpus: Math.max(1, cpus),
    memoryBinding: ceiling !== null && ceiling < hostTotal ? "cgroup" : "host",
    cpuBinding,
    warnings: warnings.list()
  };
}
var Warnings = class {
  seen = /* @__PURE__ */ new Set();
  add(message) {
    this.seen.add(message);
  }
  list() {
    return [...this.seen];
  }
};
function parseMeminfo(text) {
  const values = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB$/gm)) {
    const [, key, value] = match;
    if (key && value) values.set(key, Number(value) * KiB);
  }
  const get = (key) => values.get(key) ?? null;
  const free = get("MemFree");
  return {
    totalBytes: get("MemTotal"),
    availableBytes: get("MemAvailable"),
    // Kernels before 3.14 lack MemAvailable; free + buffers + page cache is the usual stand-in.
    fallbackAvailableBytes: free === null ? null : free + (get("Buffers") ?? 0) + (get("Cached") ?? 0),
    swapTotalBytes: get("SwapTotal"),
    swapFreeBytes: get("SwapFree")
  };
}
function countPhysicalCores(cpuinfo) {
  const cores = /* @__PURE__ */ new Set();
  for (const block of cpuinfo.split(/\n\s*\n/)) {
    const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
    const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
    if (physical !== void 0 && core !== void 0) cores.add(`${physical}:${core}`);
  }
  return cores.size > 0 ? cores.size : null;
}
function hierarchyFor(controller, memberships, mounts, readAt) {
  const unified = memberships.find(
    (membership) => membership.hierarchyId === 0 && membership.controllers.length === 0
  );
  for (const mount of mounts.filter((candidate) => candidate.version === 2)) {
    if (!unified) break;
    const leaf = cgroupDirectory(mount, unified.path);
    const available = readAt(posix2.join(mount.mountPoint, "cgroup.controllers")) ?? readAt(posix2.join(leaf, "cgroup.controllers"));
    if (available?.split(/\s+/).includes(controller))
      return { version: 2, mount, membership: unified, leaf };
  }
  for (const mount of mounts.filter((candidate) => candidate.version === 1)) {
    if (!mount.controllers.includes(controller)) continue;
    const membership = memberships.find((candidate) => candidate.controllers.includes(controller));
    if (membership)
      return { version: 1, mount, membership, leaf: cgroupDirectory(mount, membership.path) };
  }
  return null;
}
function probeCgroup(readAt, procDir, warnings) {
  const cgroupText = readAt(`${procDir}/cgroup`);
  const mountText = readAt(`${procDir}/mountinfo`);
  if (cgroupText === null || mountText === null) {
    warnings.add(
      `Could not read ${procDir}/cgroup or mountinfo: container limits are unknown, planning on the host's.`
    );
    return null;
  }
  const memberships = parseProcCgroup(cgroupText);
  const mounts = parseCgroupMounts(mountText);
  const memory = hierarchyFor("memory", memberships, mounts, readAt);
  const cpu = hierarchyFor("cpu", memberships, mounts, readAt);
  const cpuset = hierarchyFor("cpuset", memberships, mounts, readAt);
  if (!memory && !cpu && !cpuset) return null;
  const odd = (path2, text) => warnings.add(`Ignoring ${path2}: unexpected value ${JSON.stringify(text.trim().slice(0, 40))}.`);
  const memoryFacts = memory ? readMemoryFacts(memory, readAt, odd) : NO_MEMORY_FACTS;
  return {
    version: memory?.version ?? cpu?.version ?? cpuset?.version ?? 2,
    memoryCgroupPath: memory?.membership.path ?? null,
    ...memoryFacts,
    cpuQuota: cpu ? readCpuQuota(cpu, readAt, odd) : null,
    cpusetCpus: cpuset ? readCpusetCpus(cpuset, readAt, odd) : null,
    memoryCgroupDir: memory?.leaf ?? null,
    layout: layoutOf(mounts)
  };
}
var NO_MEMORY_FACTS = {
  memoryLimitBytes: null,
  memoryLimitSource: null,
  memoryUsageBytes: null,
  memoryInactiveFileBytes: null,
  memoryPeakBytes: null,
  oomKills: null
};
function readMemoryFacts(memory, readAt, odd) {
  const v2 = memory.version === 2;
  let memoryLimitBytes = null;
  let memoryLimitSource = null;
  const considerLimit = (path2, text) => {
    if (text === null) return;
    const value = parseMemoryLimit(text);
    if (value.kind === "invalid") odd(path2, value.text);
    else if (value.kind === "limit" && (memoryLimitBytes === null || value.bytes < memoryLimitBytes)) {
      memoryLimitBytes = value.bytes;
      memoryLimitSource = path2;
    }
  };
  const limitFiles = v2 ? ["memory.max", "memory.high"] : ["memory.limit_in_bytes"];
  for (const directory of directoriesUpToMount(memory.leaf, memory.mount.mountPoint)) {
    for (const file of limitFiles)
      considerLimit(posix2.join(directory, file), readAt(posix2.join(directory, file)));
  }
  const stat = readAt(posix2.join(memory.leaf, "memory.stat"));
  const statValues = stat === null ? /* @__PURE__ */ new Map() : parseKeyValues(stat);
  const hierarchical = statValues.get("hierarchical_memory_limit");
  if (!v2 && hierarchical !== void 0) {
    considerLimit(
      `${posix2.join(memory.leaf, "memory.stat")} (hierarchical_memory_limit)`,
      String(hierarchical)
    );
  }
  const usagePath = posix2.join(memory.leaf, v2 ? "memory.current" : "memory.usage_in_bytes");
  const usageText = readAt(usagePath);
  const usage = usageText === null ? null : parseCounter(usageText);
  if (usageText !== null && usage === null) odd(usagePath, usageText);
  const peakText = readAt(
    posix2.join(memory.leaf, v2 ? "memory.peak" : "memory.max_usage_in_bytes")
  );
  const oomText = readAt(posix2.join(memory.leaf, v2 ? "memory.events" : "memory.oom_control"));
  return {
    memoryLimitBytes,
    memoryLimitSource,
    memoryUsageBytes: usage,
    memoryInactiveFileBytes: statValues.get(v2 ? "inactive_file" : "total_inactive_file") ?? null,
    memoryPeakBytes: peakText === null ? null : parseCounter(peakText),
    oomKills: oomText === null ? null : parseKeyValues(oomText).get("oom_kill") ?? null
  };
}
function readCpuQuota(cpu, readAt, odd) {
  let cpuQuota = null;
  for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
    let quota;
    if (cpu.version === 2) {
      const path2 = posix2.join(directory, "cpu.max");
      const text = readAt(path2);
      if (text === null) continue;
      quota = parseCpuMax(text);
      if (quota === "invalid") odd(path2, text);
    } else {
      const path2 = posix2.join(directory, "cpu.cfs_quota_us");
      const quotaText = readAt(path2);
      const periodText = readAt(posix2.join(directory, "cpu.cfs_period_us"));
      if (quotaText === null || periodText === null) continue;
      quota = parseCfsQuota(quotaText, periodText);
      if (quota === "invalid") odd(path2, quotaText);
    }
    if (typeof quota === "number" && quota > 0 && (cpuQuota === null || quota < cpuQuota))
      cpuQuota = quota;
  }
  return cpuQuota;
}
function readCpusetCpus(cpuset, readAt, odd) {
  const files = cpuset.version === 2 ? ["cpuset.cpus.effective"] : ["cpuset.effective_cpus", "cpuset.cpus"];
  for (const file of files) {
    const text = readAt(posix2.join(cpuset.leaf, file));
    if (text === null) continue;
    const count = countCpuList(text);
    if (count !== null) return count;
    if (text.trim() !== "") odd(posix2.join(cpuset.leaf, file), text);
  }
  return null;
}
function layoutOf(mounts) {
  const v1 = mounts.some((mount) => mount.version === 1);
  const v2 = mounts.some((mount) => mount.version === 2);
  return v1 && v2 ? "hybrid" : v2 ? "v2" : "v1";
}

// node_modules/@actions/core/lib/command.js
import * as os2 from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os2.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os3 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os3.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os3.EOL}${convertedValue}${os3.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path from "path";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os4 from "os";
var platform = os4.platform();
var arch = os4.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/runner/actions-runner.ts
var ANNOTATION_MAX_LENGTH = 1e3;
var TITLE_MAX_LENGTH = 200;
function checkedName(name) {
  if (name === "" || /[\r\n=]/.test(name) || name.includes("<<")) {
    throw new Error(
      `Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`
    );
  }
  return name;
}
function annotationProps(properties = {}) {
  const props = {};
  if (properties.title !== void 0)
    props.title = inertText(properties.title, { fold: true, maxLength: TITLE_MAX_LENGTH });
  if (properties.file !== void 0) props.file = properties.file;
  if (properties.startLine !== void 0) props.startLine = properties.startLine;
  return props;
}
function annotationText(message) {
  return inertText(message, { fold: true, maxLength: ANNOTATION_MAX_LENGTH });
}
function hasFile(variable) {
  return Boolean(process.env[variable]);
}
function createActionsRunner() {
  const line = (text) => info(inertText(text));
  return {
    getInput: (name) => getInput(name),
    getState: (name) => getState(name),
    setOutput(name, value) {
      if (hasFile("GITHUB_OUTPUT")) setOutput(checkedName(name), value);
      else line(`output ${name}=${value}`);
    },
    saveState(name, value) {
      if (hasFile("GITHUB_STATE")) saveState(checkedName(name), value);
    },
    exportVariable(name, value) {
      if (hasFile("GITHUB_ENV")) exportVariable(checkedName(name), value);
      else line(`env ${name}=${value}`);
    },
    addPath(folder) {
      if (/[\r\n]/.test(folder))
        throw new Error(
          `Refusing to add ${JSON.stringify(folder)} to PATH: it holds a line break.`
        );
      if (hasFile("GITHUB_PATH")) addPath(folder);
      else line(`path ${folder}`);
    },
    setSecret(value) {
      if (value !== "") setSecret(value);
    },
    async appendSummary(markdown) {
      if (!hasFile("GITHUB_STEP_SUMMARY")) return;
      const text = markdown.endsWith("\n") ? markdown : `${markdown}
`;
      await summary.emptyBuffer().addRaw(text).write();
    },
    info: (message) => line(message),
    // The runner prints each line of a debug message (%0A) after `##[debug]`: lines kept, inert.
    debug: (message) => debug(inertText(message)),
    notice: (message, properties) => notice(annotationText(message), annotationProps(properties)),
    warning: (message, properties) => warning(annotationText(message), annotationProps(properties)),
    error: (message, properties) => error(annotationText(message), annotationProps(properties)),
    setFailed: (message) => setFailed(annotationText(message))
  };
}

// src/runner/cli-shim.ts
import { chmodSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join4 } from "node:path";
var CLI_COMMAND = "resource-planner";
var HISTORY_DIR_VARIABLE = "RESOURCE_PLANNER_HISTORY_DIR";
function shQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function shimFiles(options) {
  const { nodePath, cliScript: cliScript2, historyDir } = options;
  if (/[\r\n\0]/.test(nodePath + cliScript2 + historyDir))
    throw new Error("the path of Node, of the CLI or of the history holds a line break");
  const history = historyDir === "" ? "" : `if [ -z "\${${HISTORY_DIR_VARIABLE}:-}" ]; then
  ${HISTORY_DIR_VARIABLE}=${shQuote(historyDir)}
  export ${HISTORY_DIR_VARIABLE}
fi
`;
  const files = [
    {
      name: CLI_COMMAND,
      content: `#!/bin/sh
# Written by the resource-planner action: its CLI, run by the action's own Node.
${history}exec ${shQuote(nodePath)} ${shQuote(cliScript2)} "$@"
`
    }
  ];
  if (options.platform === "win32" && !/["%]/.test(nodePath + cliScript2 + historyDir)) {
    const cmdHistory = historyDir === "" ? "" : `@if not defined ${HISTORY_DIR_VARIABLE} set "${HISTORY_DIR_VARIABLE}=${historyDir}"\r
`;
    files.push({
      name: `${CLI_COMMAND}.cmd`,
      content: `@setlocal\r
${cmdHistory}@"${nodePath}" "${cliScript2}" %*\r
`
    });
  }
  return files;
}
function installCliShim(folder, options) {
  const files = shimFiles(options);
  ensureWritableDirectory(folder, 1);
  for (const file of files) {
    const path2 = join4(folder, file.name);
    writeFileSync2(path2, file.content, { mode: 493 });
    chmodSync(path2, 493);
  }
}

// src/sampler/spawn.ts
import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync as existsSync2, mkdirSync as mkdirSync2, openSync, readFileSync as readFileSync3, readlinkSync } from "node:fs";

// src/sampler/fallback.ts
var FALLBACK_MIN_INTERVAL_MS = 2e3;

// src/sampler/proc-reader.ts
import { basename } from "node:path";
function nameFromExe(target) {
  return basename(target.replace(/ \(deleted\)$/, ""));
}
function nameFromCmdline(cmdline) {
  const argv0 = cmdline.split("\0", 1)[0] ?? "";
  return basename(argv0.split(" ", 1)[0] ?? "");
}

// src/sampler/spawn.ts
var SAMPLER_NODE_FLAGS = ["--max-semi-space-size=1", "--max-old-space-size=64"];
function spawnSampler(options) {
  mkdirSync2(options.directory, { recursive: true });
  const { samplesFile, logFile } = samplerFiles(options.directory);
  const platform2 = options.platform ?? process.platform;
  const args = [
    options.script,
    "--out",
    samplesFile,
    "--root-pid",
    String(options.rootPid),
    "--interval-ms",
    String(options.intervalMs),
    "--max-lifetime-ms",
    String(options.maxLifetimeMs ?? SAMPLER_MAX_LIFETIME_MS)
  ];
  const owner = platform2 === "win32" ? null : readProcessIdentity(options.rootPid, { platform: platform2 });
  if (owner?.startTime) args.push("--root-start-time", owner.startTime);
  if (options.cgroup?.memoryCgroupDir) {
    args.push(
      "--cgroup-dir",
      options.cgroup.memoryCgroupDir,
      "--cgroup-version",
      String(options.cgroup.version)
    );
  }
  const log = openSync(logFile, "a");
  try {
    const child = spawn(options.nodePath ?? process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
      detached: true,
      stdio: ["ignore", log, log],
      env: process.env,
      windowsHide: true
    });
    child.on("error", () => void 0);
    child.unref();
    if (child.pid === void 0) throw new Error("the sampler process did not start");
    const identity = readProcessIdentity(child.pid, { platform: platform2 }) ?? {
      pid: child.pid,
      startTime: null,
      exe: null
    };
    return {
      pid: child.pid,
      samplesFile,
      logFile,
      source: platform2 === "linux" ? "proc" : platform2 === "win32" ? "tasklist" : "ps",
      intervalMs: platform2 === "linux" ? options.intervalMs : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
      identity
    };
  } finally {
    closeSync(log);
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error2) {
    return error2.code === "EPERM";
  }
  try {
    const stat = readFileSync3(`/proc/${pid}/stat`, "latin1");
    return stat.charAt(stat.lastIndexOf(")") + 2) !== "Z";
  } catch (error2) {
    return error2.code !== "ENOENT" || !existsSync2("/proc/self/stat");
  }
}
var runCommand = (file, args) => execFileSync(file, args, {
  encoding: "utf8",
  timeout: 1e4,
  maxBuffer: 1024 * 1024,
  windowsHide: true,
  stdio: ["ignore", "pipe", "ignore"],
  env: { ...process.env, LC_ALL: "C" }
});
function readProcessStatus(pid, options = {}) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const platform2 = options.platform ?? process.platform;
  const procRoot = options.procRoot ?? "/proc";
  if (platform2 === "linux" && (options.procRoot !== void 0 || existsSync2("/proc/self/stat")))
    return linuxStatus(pid, procRoot);
  const run = options.run ?? runCommand;
  if (platform2 === "darwin") {
    try {
      return parseMacIdentity(
        pid,
        run("ps", ["-o", "stat=", "-o", "lstart=", "-o", "comm=", "-p", String(pid)])
      );
    } catch {
      return existsByPid(pid);
    }
  }
  if (platform2 === "win32") {
    try {
      return parseWindowsIdentity(
        pid,
        run("powershell.exe", [
          "-NoProfile",
          "-NonInteractive",
          "-Command",
          `$p = Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}'; if ($p) { '{0},{1}' -f $p.CreationDate.ToFileTimeUtc(), $p.Name }`
        ])
      );
    } catch {
      return existsByPid(pid);
    }
  }
  return existsByPid(pid);
}
function readProcessIdentity(pid, options = {}) {
  const status = readProcessStatus(pid, options);
  return status && !status.zombie ? status.identity : null;
}
function linuxStatus(pid, procRoot) {
  let stat;
  try {
    stat = readFileSync3(`${procRoot}/${pid}/stat`, "latin1");
  } catch {
    return null;
  }
  const close = stat.lastIndexOf(")");
  const fields = close < 0 ? [] : stat.slice(close + 2).split(" ");
  const state = fields[0] ?? "";
  const startTime = /^\d+$/.test(fields[19] ?? "") ? fields[19] : null;
  return {
    identity: { pid, startTime, exe: linuxExe(pid, procRoot) },
    zombie: state === "Z" || state === "X"
  };
}
function linuxExe(pid, procRoot) {
  try {
    const name = nameFromExe(readlinkSync(`${procRoot}/${pid}/exe`));
    if (name) return name;
  } catch {
  }
  try {
    const name = nameFromCmdline(readFileSync3(`${procRoot}/${pid}/cmdline`, "latin1"));
    if (name) return name;
  } catch {
  }
  return null;
}
function parseMacIdentity(pid, text) {
  const match = /^\s*(\S+)\s+([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\s+(.+?)\s*$/m.exec(
    text
  );
  if (!match) return null;
  const [, state = "", start = "", command = ""] = match;
  return {
    identity: { pid, startTime: start.replace(/ +/g, " "), exe: nameFromExe(command) || null },
    zombie: state.startsWith("Z")
  };
}
function parseWindowsIdentity(pid, text) {
  const match = /^(\d+),(.+)$/m.exec(text.trim());
  if (!match) return null;
  return {
    identity: { pid, startTime: match[1], exe: match[2].trim() || null },
    zombie: false
  };
}
function existsByPid(pid) {
  try {
    process.kill(pid, 0);
  } catch (error2) {
    if (error2.code !== "EPERM") return null;
  }
  return { identity: { pid, startTime: null, exe: null }, zombie: false };
}

// src/shared/version.ts
var TOOL_VERSION = "0.1.0";

// src/runner/process.ts
function monotonicMs() {
  return Number(process.hrtime.bigint() / 1000000n);
}
var MAX_EVENT_PAYLOAD_BYTES = 8 * 1024 * 1024;
function readEventPayload(path2, _unboundedReader) {
  if (!path2) return {};
  try {
    return JSON.parse(
      readBoundedText(path2, MAX_EVENT_PAYLOAD_BYTES, { what: "an event payload" })
    );
  } catch {
    return {};
  }
}

// src/action/main-deps.ts
function samplerScript() {
  const relative = ["..", "sampler", "index.js"].join("/");
  return fileURLToPath(new URL(relative, import.meta.url));
}
function cliScript() {
  const relative = ["..", "cli", "index.js"].join("/");
  return fileURLToPath(new URL(relative, import.meta.url));
}
function realMainDeps() {
  const env = process.env;
  const runner = createActionsRunner();
  return {
    runner,
    env,
    readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, readFileSync4),
    jobStore: fileJobStore,
    probe: () => probeMachine(),
    monotonicMs,
    nowIso: () => (/* @__PURE__ */ new Date()).toISOString(),
    // The runner worker starts each step's process directly, so the parent of this step is the
    // worker, and its descendants are the job's processes.
    jobRootPid: process.ppid,
    startSampler: (request) => {
      const handle = spawnSampler({
        script: samplerScript(),
        rootPid: request.rootPid,
        intervalMs: request.intervalMs,
        directory: request.jobDir,
        cgroup: request.capacity.cgroup
      });
      const started = handle.identity;
      if (started) {
        try {
          writeSamplerIdentity(request.jobDir, started);
        } catch {
        }
      }
      return handle;
    },
    isProcessAlive: alive,
    installCli: (folder, historyDir) => installCliShim(folder, {
      nodePath: process.execPath,
      cliScript: cliScript(),
      historyDir,
      platform: process.platform
    }),
    learn: async (request) => {
      const { learnFromGitHub } = await import("./learn-github-IYTL7FAY.js");
      return learnFromGitHub(request);
    },
    report: async (inputs, payload) => {
      const { runReportMode } = await import("./report-mode-RELHEKCT.js");
      await runReportMode(runner, env, inputs, payload);
    },
    toolVersion: TOOL_VERSION
  };
}

// src/entry/main.ts
await runMain(realMainDeps());
