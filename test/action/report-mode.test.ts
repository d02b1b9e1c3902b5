/**
 * `mode: report` (the fork recipe's trusted half) against the loopback fake GitHub: a server that
 * stops answering costs at most post-timeout per network operation, never the job's whole time
 * limit (a job cancelled at its timeout fails, which fail-open forbids).
 */
import { describe, expect, it } from 'vitest';
import { runReportMode } from '../../src/action/report-mode.js';
import { parseInputs } from '../../src/config/inputs.js';
import { profileArtifactName, PROFILE_FILE_NAME } from '../../src/profile/naming.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { events } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';
import { recordingRunner } from '../support/recording-runner.js';

const HEAD_SHA = 'b'.repeat(40);

describe('mode: report against a server that stops answering', () => {
  const github = useFakeGitHub();

  const RUN_ID = 500;

  async function forkRun(): Promise<number> {
    github.addRun({
      id: RUN_ID,
      headBranch: 'feature',
      event: 'pull_request',
      headRepositoryId: 9999,
    });
    await github.addArtifact({
      runId: RUN_ID,
      name: profileArtifactName('test', null, 1),
      files: { [PROFILE_FILE_NAME]: serializeProfile(profile([{ name: 'test', peakBytes: 2e9 }])) },
    });
    github.addPullRequest({
      number: 7,
      state: 'open',
      head: { ref: 'feature', sha: HEAD_SHA, repo: { id: 9999, full_name: 'forker/app' } },
      base: { ref: 'main', sha: 'c'.repeat(40) },
    });
    return RUN_ID;
  }

  function report(runId: number, extra: Record<string, string> = {}) {
    const { runner, log } = recordingRunner();
    const given: Record<string, string> = {
      mode: 'report',
      'github-token': 't',
      'post-timeout': '1s',
      'history-timeout': '1s',
      ...extra,
    };
    const inputs = parseInputs((name) => given[name] ?? '');
    const env = {
      GITHUB_REPOSITORY: github.repository,
      GITHUB_REPOSITORY_ID: String(github.repositoryId),
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_WORKFLOW_REF: `${github.repository}/.github/workflows/report.yml@refs/heads/main`,
    };
    const payload = events.workflowRun(github, {
      id: runId,
      headSha: HEAD_SHA,
      headBranch: 'feature',
      fork: true,
    }).payload;
    return { done: runReportMode(runner, env, inputs, payload), log };
  }

  it.each([
    [
      'the artifact download',
      /\/actions\/artifacts\/\d+\/zip$/,
      /^Skipped artifact \d+ of run 500: no answer within 1 s \(post-timeout\)$/,
    ],
    [
      "the run's artifact listing",
      /\/actions\/runs\/500\/artifacts$/,
      /^Could not list the artifacts of run 500: no answer within 1 s \(post-timeout\)$/,
    ],
    [
      'the pull-request lookup',
      /\/pulls$/,
      /^Could not look up the pull request of run 500: no answer within 1 s \(post-timeout\)$/,
    ],
  ])(
    '%s hangs: a warning after post-timeout, and the step ends',
    async (_what, path, warning) => {
      const runId = await forkRun();
      github.injectFault({ method: 'GET', path, fault: { kind: 'hang' } });
      const started = Date.now();
      const { done, log } = report(runId);
      await done;
      expect(Date.now() - started).toBeLessThan(8000);
      expect(log.failures).toEqual([]);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(warning);
    },
    15_000,
  );

  it('the comment hangs: a warning after post-timeout, and the step ends', async () => {
    const runId = await forkRun();
    github.injectFault({ method: 'GET', path: /\/issues\/7\/comments$/, fault: { kind: 'hang' } });
    const started = Date.now();
    // Without a baseline only comment: always comments.
    const { done, log } = report(runId, { comment: 'always' });
    await done;
    expect(Date.now() - started).toBeLessThan(8000);
    expect(log.failures).toEqual([]);
    expect(log.warnings.join('\n')).toMatch(/Could not comment on the pull request: .*abort/i);
  }, 15_000);
});
