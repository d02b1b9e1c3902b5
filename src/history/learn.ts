/**
 * The main step's history path: list and fetch earlier profiles, keep the validated ones for the
 * post step's drift comparison, and estimate. Loaded lazily (it brings Octokit).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { estimateFromHistory } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import type { GitHubRequest } from '../github/types.js';
import type { LearnRequest } from '../main.js';
import { serializeProfile } from '../profile/profile.js';
import { loadHistory } from './load.js';

export function requestFor(token: string, apiUrl: string): GitHubRequest {
  const octokit = getOctokit(token, { baseUrl: apiUrl, request: { retries: 0 } });
  return (route, parameters) => octokit.request(route, parameters) as ReturnType<GitHubRequest>;
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
    job: context.job,
    matrixKey: inputs.matrixKey,
    maxRuns: inputs.historyRuns,
    serverUrl: context.serverUrl,
    timeoutMs: inputs.historyTimeoutMs,
  });
  for (const note of history.notes) log.info(`History: ${note}`);
  log.info(
    `History: ${history.profiles.length} profile(s) from ${request.baselineBranch} in ${history.apiCalls} API call(s).`,
  );
  try {
    mkdirSync(request.historyDir, { recursive: true });
    for (const entry of history.profiles) {
      writeFileSync(
        join(request.historyDir, `${entry.runId ?? 'unknown'}.json`),
        serializeProfile(entry.profile),
      );
    }
  } catch (error) {
    log.debug(`Could not keep the history for the drift comparison: ${String(error)}`);
  }
  const estimate = estimateFromHistory({
    profiles: history.profiles.map((entry) => ({ profile: entry.profile, url: entry.url })),
    phase: inputs.profile,
    capacityMemoryLimitBytes: request.capacity.memoryLimitBytes,
    nowMs: Date.now(),
    minSpeedupGain: inputs.minSpeedupGain,
    elasticMemory: inputs.elasticMemory,
    fallback: request.fallback,
  });
  return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}
