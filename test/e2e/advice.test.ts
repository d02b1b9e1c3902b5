/**
 * Runner-size advice through the built action in the mini-runner, with history from the loopback
 * GitHub: the `runner-advice` output and the job summary's table, and a malformed catalogue
 * failing the step in one line.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProfile } from '../../src/profile/profile.js';
import { events, runJob, type JobResult } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import type { FakeGitHub } from '../harness/fake-github.js';
import { profile } from '../support/profiles.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const MiB = 1024 * 1024;
const NAME = 'resource-planner-test-none-1';
const RECORDED_AT = new Date(Date.now() - 3_600_000).toISOString();

/** Runs at 1, 2 and 4 workers on a 4-CPU runner: T(n) = 100 s + 400 s / n. */
async function seedTimedRuns(github: FakeGitHub): Promise<void> {
  for (const [index, workers] of [1, 2, 4].entries()) {
    const runId = index + 1;
    github.addRun({ id: runId });
    const text = serializeProfile(
      profile(
        [
          {
            workers,
            perWorkerBytes: 500 * MiB,
            peakBytes: workers * 500 * MiB + 100 * MiB,
            durationMs: 100_000 + 400_000 / workers,
          },
        ],
        { runId, startedAt: RECORDED_AT },
      ),
    );
    await github.addArtifact({ runId, name: NAME, files: { 'run-profile.json': text } });
  }
}

async function plan(
  github: FakeGitHub,
  runId: number,
  extra: Record<string, string>,
): Promise<JobResult> {
  github.addRun({ id: runId });
  return runJob({
    actionDir: ACTION_DIR,
    github,
    event: events.push(github),
    runId,
    steps: [
      {
        kind: 'action',
        with: {
          profile: 'test',
          sample: 'false',
          upload: 'false',
          'history-timeout': '10s',
          ...extra,
        },
      },
    ],
  });
}

describe.skipIf(process.platform !== 'linux')('runner advice through the built action', () => {
  const github = useFakeGitHub();

  it('outputs runner-advice and a summary table from the history it fetched', async () => {
    await seedTimedRuns(github);
    const result = await plan(github, 100, { 'target-duration': '5m' });
    expect(result.violations).toEqual([]);
    const step = result.steps[0];
    expect(step?.exitCode, step?.stderr).toBe(0);
    const advice = JSON.parse(step?.outputs['runner-advice'] ?? 'null');
    // A push payload does not say the repository is public: priced as private.
    expect(advice).toMatchObject({
      advised: true,
      visibility: 'private',
      targetMs: 300_000,
      recommended: 'ubuntu-latest (private repo)',
      evidence: { runs: 3, timedRuns: 3, workerCounts: [1, 2, 4], cpuCounts: [4] },
      catalog: { builtinDate: '2026-11-28' },
    });
    expect(advice.runners[0]).toMatchObject({
      name: 'ubuntu-latest (private repo)',
      workers: 2,
      durationMs: 300_000,
      billedMinutes: 5,
      costUsd: 0.03,
      meetsTarget: true,
      safe: true,
    });
    expect(step?.summary).toContain('### Runner advice for phase `test`');
    expect(step?.summary).toMatch(
      /^\| Runner \| CPUs \| Workers \| Duration \| Peak of memory \| Cost a run \| Meets 5 min \| Confidence \|$/m,
    );
    expect(step?.summary).toMatch(
      /^\| 👉 ubuntu\\-latest \\\(private repo\\\) \| 2 \| 2 \| 5 min \| /m,
    );
    expect(step?.stdout).toMatch(/Runner advice: ubuntu-latest \(private repo\): the cheapest/);
  });

  it('a malformed runner-catalog fails the step in one line naming the file, entry and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-catalog-'));
    const file = join(dir, 'runners.json');
    writeFileSync(file, JSON.stringify({ runners: [{ name: 'big', os: 'linux' }] }));
    const result = await plan(github, 200, { 'runner-catalog': file });
    const step = result.steps[0];
    expect(step?.exitCode).toBe(1);
    const errors = (step?.stdout ?? '').split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/runner-catalog \S+runners\.json: runners\[0\] \(big\) field "arch"/);
  });
});
