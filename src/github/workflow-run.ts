/**
 * `mode: report`, for pull requests from forks. The `pull_request` workflow (read-only token)
 * records and uploads; a `workflow_run` workflow (trusted context, write token) runs this: it
 * finds the triggering run's profile, identifies the pull request by head SHA and head
 * repository (never from anything inside the artifact, which the fork controls), compares with
 * the base branch's baseline and comments.
 */
import { errorMessage } from '../shared/errors.js';
import type { GitHubRequest } from './types.js';
import { ARTIFACT_PREFIX } from '../profile/naming.js';
import { asRecord } from '../shared/record.js';

export interface TriggeringRun {
  runId: number;
  headSha: string;
  headBranch: string;
  headRepositoryId: number;
  headOwner: string;
  event: string;
  conclusion: string | null;
}

/** The triggering run from a `workflow_run` event payload, or null when it is not one. */
export function triggeringRunFrom(payload: unknown): TriggeringRun | null {
  const run = asRecord(asRecord(payload).workflow_run);
  const headRepository = asRecord(run.head_repository);
  const owner = asRecord(headRepository.owner);
  const runId = run.id;
  const headRepositoryId = headRepository.id;
  if (
    typeof runId !== 'number' ||
    typeof run.head_sha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(run.head_sha) ||
    typeof run.head_branch !== 'string' ||
    typeof headRepositoryId !== 'number' ||
    typeof owner.login !== 'string'
  ) {
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

export interface PullRequestRef {
  number: number;
  baseBranch: string;
}

/**
 * The open pull request whose head is exactly this SHA in this head repository. Lists open PRs
 * by `head=<owner>:<branch>` and checks both the SHA and the repository id, so a fork cannot
 * point the comment at another pull request.
 */
export async function findPullRequest(
  request: GitHubRequest,
  owner: string,
  repo: string,
  run: TriggeringRun,
): Promise<PullRequestRef | null> {
  const response = await request('GET /repos/{owner}/{repo}/pulls', {
    owner,
    repo,
    state: 'open',
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  if (!Array.isArray(response.data))
    throw new Error('the pull request listing had an unexpected shape');
  for (const item of response.data as unknown[]) {
    const pull = asRecord(item);
    const head = asRecord(pull.head);
    const base = asRecord(pull.base);
    if (
      typeof pull.number === 'number' &&
      head.sha === run.headSha &&
      asRecord(head.repo).id === run.headRepositoryId &&
      typeof base.ref === 'string'
    ) {
      return { number: pull.number, baseBranch: base.ref };
    }
  }
  return null;
}

export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
}

/** The run's profile artifacts (name starts with the product's prefix), not expired. */
export async function listRunProfileArtifacts(
  request: GitHubRequest,
  owner: string,
  repo: string,
  runId: number,
): Promise<RunArtifact[]> {
  const response = await request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
    owner,
    repo,
    run_id: runId,
    per_page: 100,
  });
  const artifacts = asRecord(response.data).artifacts;
  if (!Array.isArray(artifacts))
    throw new Error('the run artifacts listing had an unexpected shape');
  const found: RunArtifact[] = [];
  for (const item of artifacts as unknown[]) {
    const artifact = asRecord(item);
    if (
      typeof artifact.id === 'number' &&
      typeof artifact.name === 'string' &&
      artifact.name.startsWith(`${ARTIFACT_PREFIX}-`) &&
      artifact.expired !== true &&
      typeof artifact.size_in_bytes === 'number'
    ) {
      found.push({ id: artifact.id, name: artifact.name, sizeInBytes: artifact.size_in_bytes });
    }
  }
  return found;
}

/** A readable line for a failed look-up, without leaking anything but the message. */
export function lookupProblem(what: string, error: unknown): string {
  return `Could not ${what}: ${errorMessage(error)}`;
}

/** `.github/workflows/ci.yml` → `ci.yml` (the triggering run's workflow file). */
export function workflowFileFromPath(path: unknown): string | null {
  if (typeof path !== 'string') return null;
  const match = /^\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path.split('@')[0] ?? '');
  return match?.[1] ?? null;
}
