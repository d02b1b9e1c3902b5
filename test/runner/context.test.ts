import { describe, expect, it } from 'vitest';
import {
  baselineBranchFor,
  readRunContext,
  workflowFileFromRef,
} from '../../src/runner/context.js';

const pushEnv = {
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_REPOSITORY_ID: '123',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'test',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'abc',
  GITHUB_EVENT_NAME: 'push',
};

describe('readRunContext', () => {
  it('reads a push', () => {
    const context = readRunContext(pushEnv, { repository: { id: 123, default_branch: 'main' } });
    expect(context).toMatchObject({
      owner: 'octo',
      repo: 'app',
      repositoryId: 123,
      runId: 9001,
      runAttempt: 2,
      workflowFile: 'ci.yml',
      branch: 'main',
      baseBranch: null,
      defaultBranch: 'main',
      pullRequestNumber: null,
      headRepositoryId: 123,
    });
    expect(baselineBranchFor(context, '')).toBe('main');
  });

  it('reads a pull request from a fork', () => {
    const context = readRunContext(
      {
        ...pushEnv,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'develop',
      },
      { pull_request: { number: 7, head: { repo: { id: 999 } }, base: { ref: 'develop' } } },
    );
    expect(context).toMatchObject({
      branch: 'feature',
      baseBranch: 'develop',
      pullRequestNumber: 7,
      headRepositoryId: 999,
    });
    expect(baselineBranchFor(context, '')).toBe('develop');
    expect(baselineBranchFor(context, 'release')).toBe('release');
  });

  it('tolerates a missing or hostile payload', () => {
    const context = readRunContext({}, { pull_request: { number: '7; rm -rf /', head: 'x' } });
    expect(context.pullRequestNumber).toBeNull();
    expect(context.repositoryId).toBeNull();
    expect(context.serverUrl).toBe('https://github.com');
  });
});

describe('workflowFileFromRef', () => {
  it.each([
    ['octo/app/.github/workflows/ci.yml@refs/heads/main', 'ci.yml'],
    ['octo/app/.github/workflows/build.yaml@refs/pull/1/merge', 'build.yaml'],
    ['octo/app/.github/workflows/sub/ci.yml@x', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (ref, file) => {
    expect(workflowFileFromRef(ref)).toBe(file);
  });
});
