import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBaselineArtifacts } from '../../src/github/runs.js';
import { loadHistory, type LoadHistoryOptions } from '../../src/history/load.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { historyOptions } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';

const NAME = 'resource-planner-test-none-1';

describe('history from a loopback GitHub through Octokit', () => {
  let github: FakeGitHub;
  let options: LoadHistoryOptions;
  beforeEach(async () => {
    github = await startFakeGitHub();
    options = historyOptions(github);
  });
  afterEach(async () => {
    github.assertNoUnknownRoutes();
    await github.stop();
  });

  async function seed(
    runId: number,
    extra: { fork?: boolean; expired?: boolean; conclusion?: string; branch?: string } = {},
  ): Promise<void> {
    github.addRun({
      id: runId,
      headRepositoryId: extra.fork ? 9999 : github.repositoryId,
      conclusion: extra.conclusion ?? 'success',
      headBranch: extra.branch ?? 'main',
    });
    await github.addArtifact({
      runId,
      name: NAME,
      files: {
        'run-profile.json': serializeProfile(
          profile([{ peakBytes: runId * 1_000_000 }], { runId }),
        ),
      },
      expired: extra.expired ?? false,
    });
  }

  it('takes trusted runs only, newest first, in ≤ 3 listing calls plus one per download', async () => {
    for (let runId = 1; runId <= 5; runId++) await seed(runId);
    await seed(6, { fork: true });
    await seed(7, { expired: true });
    await seed(8, { conclusion: 'failure' });
    await seed(9, { branch: 'feature' });
    await seed(10, { conclusion: 'cancelled' });
    const history = await loadHistory(options);
    expect(history.profiles.map((entry) => [entry.runId, entry.failed])).toEqual([
      [8, true],
      [5, false],
      [4, false],
      [3, false],
      [2, false],
      [1, false],
    ]);
    expect(history.profiles[1]?.url).toBe('https://github.com/octo/app/actions/runs/5');
    expect(history.apiCalls).toBe(3 + 6);
    expect(
      github.state.requests.filter((request) => request.path.startsWith('/repos/')).length,
    ).toBe(3 + 6);
    expect(history.notes.join(' ')).toMatch(/forks/);
    expect(history.notes.join(' ')).toMatch(
      /1 of them from run\(s\) that failed: their OOM kills and memory count, the worker counts they ran prove nothing/,
    );
    for (const request of github.state.requests)
      if (request.query.per_page) expect(Number(request.query.per_page)).toBeLessThanOrEqual(100);
  });

  it('keeps the newest maxRuns', async () => {
    for (let runId = 1; runId <= 4; runId++) await seed(runId);
    const history = await loadHistory({ ...options, maxRuns: 2 });
    expect(history.profiles.map((entry) => entry.runId)).toEqual([4, 3]);
  });

  it('skips and counts bad profiles and oversized artifacts', async () => {
    await seed(1);
    github.addRun({ id: 2 });
    await github.addArtifact({
      runId: 2,
      name: NAME,
      files: { 'run-profile.json': '{"kind":"resource-planner/run-profile","version":1}' },
    });
    github.addRun({ id: 3 });
    await github.addArtifact({
      runId: 3,
      name: NAME,
      files: { 'run-profile.json': 'x' },
      sizeInBytes: 64 * 1024 * 1024,
    });
    const history = await loadHistory(options);
    expect(history.profiles.map((entry) => entry.runId)).toEqual([1]);
    expect(history.skipped).toHaveLength(2);
    expect(history.notes.join(' ')).toMatch(/2 of 3 profiles skipped/);
    // The oversized one was refused before downloading.
    expect(
      github.state.requests.some((request) =>
        request.path.endsWith('/artifacts/' + github.state.artifacts[2]?.artifact.id + '/zip'),
      ),
    ).toBe(false);
  });

  it.each([
    ['403', { kind: 'status', status: 403 } as const, /403/],
    ['500', { kind: 'status', status: 500 } as const, /500|Internal|status/],
    ['rate limit', { kind: 'rate-limit', retryAfterSeconds: 60 } as const, /429|rate/],
    [
      'a truncated body',
      { kind: 'truncated' } as const,
      /unexpected shape|JSON|Unexpected|truncated|body/i,
    ],
  ])('turns %s on the runs listing into a note, never an error', async (_name, fault, note) => {
    await seed(1);
    github.injectFault({ method: 'GET', path: /\/runs$/, fault });
    const history = await loadHistory(options);
    expect(history.profiles).toEqual([]);
    expect(history.notes.join(' ')).toMatch(note);
  });

  it('gives up within the timeout when the API hangs', async () => {
    await seed(1);
    github.injectFault({ method: 'GET', path: /\/runs$/, fault: { kind: 'hang' } });
    const started = Date.now();
    const history = await loadHistory({ ...options, timeoutMs: 1500 });
    expect(history.profiles).toEqual([]);
    expect(history.notes.join(' ')).toMatch(/timed out|abort/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a 410 on download skips that run', async () => {
    await seed(1);
    await seed(2);
    github.injectFault({
      method: 'GET',
      path: new RegExp(`/artifacts/${github.state.artifacts[1]?.artifact.id}/zip$`),
      fault: { kind: 'status', status: 410 },
    });
    const history = await loadHistory(options);
    expect(history.profiles.map((entry) => entry.runId)).toEqual([1]);
    expect(history.skipped[0]?.reason).toMatch(/410/);
  });

  it('excludes a fork artifact even when its run id is listed', async () => {
    await seed(1);
    github.addRun({ id: 2, headRepositoryId: 9999 });
    await github.addArtifact({
      runId: 2,
      name: NAME,
      files: { 'run-profile.json': serializeProfile(profile([{ peakBytes: 1 }], { runId: 2 })) },
    });
    const discovery = await findBaselineArtifacts(options);
    expect(discovery.candidates.map((candidate) => candidate.runId)).toEqual([1]);
  });
});
