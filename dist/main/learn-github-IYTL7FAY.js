import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  estimateFromHistory
} from "./chunk-3L3K4GXL.js";
import {
  loadHistory,
  requestFor,
  serializeProfile
} from "./chunk-ZI462GAG.js";
import {
  ensureWritableDirectory,
  sameShard,
  shardLabel
} from "./chunk-GHVA7SXN.js";
import "./chunk-4JN6GR4P.js";

// src/history/learn-github.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";

// src/history/learn.ts
function estimateFromLoaded(history, settings, capacity, fallback, nowMs) {
  history = sameSplit(history, settings.shard ?? null);
  const estimate = estimateFromHistory({
    profiles: history.profiles.map((entry) => ({
      profile: entry.profile,
      url: entry.url,
      failed: entry.failed
    })),
    phase: settings.profile,
    capacityMemoryLimitBytes: capacity.memoryLimitBytes,
    capacityOs: capacity.os,
    nowMs,
    minSpeedupGain: settings.minSpeedupGain,
    elasticMemory: settings.elasticMemory,
    fallback
  });
  return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}
function sameSplit(history, shard) {
  if (shard === null) return history;
  const kept = history.profiles.filter((entry) => sameShard(entry.profile.run.shard, shard));
  if (kept.length === history.profiles.length) return history;
  const others = history.profiles.filter((entry) => !sameShard(entry.profile.run.shard, shard)).map((entry) => shardLabel(entry.profile.run.shard) ?? "the whole");
  return {
    ...history,
    profiles: kept,
    notes: [
      ...history.notes,
      `${others.length} run(s) of another split left out (${[...new Set(others)].join(", ")}): this is ${shardLabel(shard) ?? "the whole"}, and a shard learns from the same shard of the same split${kept.length === 0 ? "; none is left, so this run plans without history. If the matrix was split differently on purpose, the next runs will learn" : ""}.`
    ]
  };
}

// src/history/learn-github.ts
async function learnFromGitHub(request) {
  const { context, inputs, log } = request;
  if (!context.owner || !context.repo || !context.repositoryId || !context.workflowFile || !context.job || !request.baselineBranch) {
    return {
      ...request.fallback,
      notes: [
        "Not enough run context (repository, workflow, job, branch) to find history.",
        ...request.fallback.notes
      ]
    };
  }
  const history = await loadHistory({
    request: requestFor(inputs.githubToken, context.apiUrl),
    owner: context.owner,
    repo: context.repo,
    repositoryId: context.repositoryId,
    workflowFile: context.workflowFile,
    branch: request.baselineBranch,
    // A planning job learns from the job it plans for (`history-job`), else from itself.
    job: inputs.historyJob || context.job,
    matrixKey: inputs.matrixKey,
    maxRuns: inputs.historyRuns,
    serverUrl: context.serverUrl,
    timeoutMs: inputs.historyTimeoutMs,
    // The documented recipe's fan-out job runs as matrix {"shard":i}: its runs are under those
    // keys, not the planning job's own (docs/algorithm.md §7).
    fanOutShards: inputs.historyJob !== "",
    fanOutMatrix: inputs.historyMatrix
  });
  for (const note of history.notes) log.info(`History: ${note}`);
  const shardRuns = history.shardRuns ?? [];
  request.keepProfiles?.([...history.profiles, ...shardRuns]);
  log.info(
    `History: ${history.profiles.length} profile(s)${history.shardRuns ? ` and ${shardRuns.length} shard run(s)` : ""} from ${request.baselineBranch} in ${history.apiCalls} API call(s).`
  );
  if (request.historyDir === "")
    return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
  try {
    ensureWritableDirectory(request.historyDir, 0);
    for (const entry of history.profiles.filter((loaded) => !loaded.failed)) {
      writeFileSync(
        join(request.historyDir, `${entry.runId ?? "unknown"}.json`),
        serializeProfile(entry.profile)
      );
    }
  } catch (error) {
    log.debug(`Could not keep the history for the drift comparison: ${String(error)}`);
  }
  return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
}
export {
  learnFromGitHub
};
