/**
 * The main step's history path: list and fetch earlier profiles, keep the validated ones for the
 * post step's drift comparison, and estimate. Loaded lazily by the main step (it brings Octokit).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionInputs } from '../config/inputs.js';
import type { HistoryProfile } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import { requestFor } from '../github/client.js';
import type { Capacity } from '../probe/types.js';
import { serializeProfile } from '../profile/profile.js';
import { ensureWritableDirectory } from '../runner/files.js';
import type { RunContext } from '../runner/context.js';
import type { Runner } from '../runner/types.js';
import { estimateFromLoaded } from './learn.js';
import { loadHistory } from './load.js';

export interface LearnRequest {
  inputs: ActionInputs;
  context: RunContext;
  capacity: Capacity;
  baselineBranch: string | null;
  /** Where validated profiles are saved for post's drift comparison. */
  historyDir: string;
  fallback: MemoryEstimate;
  log: Pick<Runner, 'info' | 'warning' | 'debug'>;
  /** Given the loaded profiles (failed runs included), for the runner-size advice. */
  keepProfiles?(profiles: HistoryProfile[]): void;
}

export async function learnFromGitHub(request: LearnRequest): Promise<MemoryEstimate> {
  const { context, inputs, log } = request;
  if (
    !context.owner ||
    !context.repo ||
    !context.repositoryId ||
    !context.workflowFile ||
    !context.job ||
    !request.baselineBranch
  ) {
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
    // A planning job learns from the job it plans for (`history-job`), else from itself.
    job: inputs.historyJob || context.job,
    matrixKey: inputs.matrixKey,
    maxRuns: inputs.historyRuns,
    serverUrl: context.serverUrl,
    timeoutMs: inputs.historyTimeoutMs,
    // The documented recipe's fan-out job runs as matrix {"shard":i}: its runs are under those
    // keys, not the planning job's own (docs/algorithm.md §7).
    fanOutShards: inputs.historyJob !== '',
    fanOutMatrix: inputs.historyMatrix,
  });
  for (const note of history.notes) log.info(`History: ${note}`);
  // The advice sees the fan-out shards too (whole-suite evidence from complete sets, per-shard
  // memory); this job's own estimate and drift baseline stay with the whole runs.
  const shardRuns = history.shardRuns ?? [];
  request.keepProfiles?.([...history.profiles, ...shardRuns]);
  log.info(
    `History: ${history.profiles.length} profile(s)${history.shardRuns ? ` and ${shardRuns.length} shard run(s)` : ''} from ${request.baselineBranch} in ${history.apiCalls} API call(s).`,
  );
  // No folder (RUNNER_TEMP could not hold the job state): the drift comparison goes without.
  if (request.historyDir === '')
    return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
  try {
    ensureWritableDirectory(request.historyDir, 0);
    // Drift compares like with like: a failed run (cut short, or killed) is no baseline.
    for (const entry of history.profiles.filter((loaded) => !loaded.failed)) {
      writeFileSync(
        join(request.historyDir, `${entry.runId ?? 'unknown'}.json`),
        serializeProfile(entry.profile),
      );
    }
  } catch (error) {
    log.debug(`Could not keep the history for the drift comparison: ${String(error)}`);
  }
  return estimateFromLoaded(history, inputs, request.capacity, request.fallback, Date.now());
}
