import { describe, expect, it } from 'vitest';
import { events, runJob, type JobEvent, type JobResult } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const WORKLOAD = new URL('../fixtures/workloads/four-workers.sh', import.meta.url).pathname;

/**
 * Pull-request scenarios through the built action: real jobs record the base branch, a pull
 * request raises each worker's memory, and the sticky comment follows.
 */
describe.skipIf(process.platform !== 'linux')('pull-request drift comments', () => {
  const github = useFakeGitHub();
  let nextRun = 1000;

  async function job(
    event: JobEvent,
    mbEach: number,
    extra: { ref?: string; headRef?: string; baseRef?: string; with?: Record<string, string> } = {},
  ): Promise<JobResult> {
    const runId = ++nextRun;
    const pullRequest = event.name === 'pull_request';
    const headRepositoryId =
      ((event.payload.pull_request as { head?: { repo?: { id?: number } } } | undefined)?.head?.repo
        ?.id as number | undefined) ?? github.repositoryId;
    github.addRun({
      id: runId,
      headBranch: pullRequest ? (extra.headRef ?? 'feature') : 'main',
      event: event.name,
      headRepositoryId,
    });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event,
      runId,
      ref: extra.ref ?? 'refs/heads/main',
      headRef: extra.headRef ?? '',
      baseRef: extra.baseRef ?? '',
      env: { MB_EACH: String(mbEach) },
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms', ...extra.with } },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    expect(result.violations).toEqual([]);
    for (const step of result.steps)
      expect(step.exitCode, `${step.id}: ${step.stdout}\n${step.stderr}`).toBe(0);
    return result;
  }

  async function recordBaseline(): Promise<void> {
    for (let index = 0; index < 3; index++) await job(events.push(github), 60);
  }

  const pr = (fork = false): JobEvent =>
    events.pullRequest(github, { number: 7, head: 'feature', fork });
  const prOptions = { ref: 'refs/pull/7/merge', headRef: 'feature', baseRef: 'main' };

  it('comments once on drift, updates in place on the next push, and says when it is resolved', async () => {
    await recordBaseline();
    const first = await job(pr(), 160, prOptions);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]?.body).toMatch(/🔺 .*\*\*peak \+\d/);
    expect(
      first.steps
        .at(-1)
        ?.annotations.some(
          (annotation) =>
            annotation.level === 'warning' && annotation.message.includes('drifted up'),
        ),
    ).toBe(true);
    expect(first.steps.at(-1)?.summary).toContain('memory against the base branch');

    await job(pr(), 170, prOptions);
    expect(github.commentsOn(7)).toHaveLength(1);
    const id = github.commentsOn(7)[0]?.id;

    await job(pr(), 60, prOptions);
    const comments = github.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(id);
    expect(comments[0]?.body).toContain('Memory drift resolved');
  }, 120_000);

  it('fail-on-drift fails the post step after writing the summary and the comment', async () => {
    await recordBaseline();
    github.addRun({ id: ++nextRun, headBranch: 'feature', event: 'pull_request' });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: pr(),
      runId: nextRun,
      ...prOptions,
      env: { MB_EACH: '160' },
      steps: [
        {
          kind: 'action',
          with: { profile: 'test', 'sample-interval': '100ms', 'fail-on-drift': 'true' },
        },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    const post = result.steps.at(-1);
    expect(post?.exitCode).toBe(1);
    expect(post?.annotations).toContainEqual({
      level: 'error',
      message: 'Peak memory drifted against the baseline (fail-on-drift is true).',
    });
    expect(post?.summary).toMatch(/🔺 .*\*\*peak \+\d/);
    expect(github.commentsOn(7)).toHaveLength(1);
  }, 90_000);

  it('never comments without drift under on-drift', async () => {
    await recordBaseline();
    await job(pr(), 60, prOptions);
    expect(github.commentsOn(7)).toHaveLength(0);
  }, 90_000);

  it('a fork pull request gets one warning and no comment; the workflow_run report then posts it', async () => {
    await recordBaseline();
    // Pull requests from forks get a read-only token.
    github.injectFault({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      times: 1,
      fault: { kind: 'status', status: 403 },
    });
    const forkRun = await job(pr(true), 160, prOptions);
    const post = forkRun.steps.at(-1);
    const warnings =
      post?.annotations.filter(
        (annotation) =>
          annotation.level === 'warning' && annotation.message.includes('pull-requests: write'),
      ) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('forks');
    expect(github.commentsOn(7)).toHaveLength(0);

    // The trusted workflow_run workflow: finds the PR by head SHA and head repository.
    const headSha = 'b'.repeat(40);
    github.addPullRequest({
      number: 7,
      state: 'open',
      head: { ref: 'feature', sha: headSha, repo: { id: 9999, full_name: 'forker/app' } },
      base: { ref: 'main', sha: 'c'.repeat(40) },
    });
    const forkRunId = nextRun;
    const report = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.workflowRun(github, {
        id: forkRunId,
        headSha,
        headBranch: 'feature',
        fork: true,
      }),
      runId: ++nextRun,
      job: 'report',
      steps: [{ kind: 'action', with: { mode: 'report' } }],
    });
    expect(report.violations).toEqual([]);
    expect(report.steps[0]?.exitCode, report.steps[0]?.stdout).toBe(0);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]?.body).toMatch(/🔺 .*\*\*peak \+\d/);
  }, 120_000);
});
