/**
 * Facts about the workflow run, from the runner's environment and the event payload.
 * Pure: takes the environment and the parsed payload; the entry points read them.
 */
import type { Environment } from './types.js';
import { asRecord } from '../shared/record.js';

export interface RunContext {
  serverUrl: string;
  apiUrl: string;
  /** `owner/repo`. */
  repository: string | null;
  owner: string | null;
  repo: string | null;
  repositoryId: number | null;
  workflow: string | null;
  /** The workflow file name (`ci.yml`), from GITHUB_WORKFLOW_REF. */
  workflowFile: string | null;
  job: string | null;
  runId: number | null;
  runAttempt: number | null;
  sha: string | null;
  ref: string | null;
  /** Branch of this run: the PR head branch on pull requests, else the pushed branch. */
  branch: string | null;
  /** The PR's base branch on pull_request events. */
  baseBranch: string | null;
  defaultBranch: string | null;
  eventName: string | null;
  pullRequestNumber: number | null;
  /** Repository id of the PR's head (differs from repositoryId for forks). */
  headRepositoryId: number | null;
  runnerTemp: string | null;
  runnerOs: string | null;
}

function positiveInteger(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFileFromRef(workflowRef: string | undefined): string | null {
  if (!workflowRef) return null;
  const path = workflowRef.split('@')[0] ?? '';
  const match = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
  return match?.[1] ?? null;
}

export function readRunContext(env: Environment, eventPayload: unknown): RunContext {
  const payload = asRecord(eventPayload);
  const pullRequest = asRecord(payload.pull_request);
  const repositoryPayload = asRecord(payload.repository);
  const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = text(env.GITHUB_EVENT_NAME);
  const ref = text(env.GITHUB_REF);
  const headRef = text(env.GITHUB_HEAD_REF);
  const pushedBranch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
  return {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: text(env.GITHUB_REPOSITORY),
    owner: owner || null,
    repo: repo || null,
    repositoryId:
      positiveInteger(env.GITHUB_REPOSITORY_ID) ?? positiveInteger(repositoryPayload.id),
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
    headRepositoryId:
      positiveInteger(asRecord(asRecord(pullRequest.head).repo).id) ??
      positiveInteger(env.GITHUB_REPOSITORY_ID),
    runnerTemp: text(env.RUNNER_TEMP),
    runnerOs: text(env.RUNNER_OS),
  };
}

/**
 * The branch whose runs form the history: the input, else the PR's base branch, else this run's
 * branch, else the repository's default branch.
 */
export function baselineBranchFor(context: RunContext, input: string): string | null {
  return input || context.baseBranch || context.branch || context.defaultBranch;
}
