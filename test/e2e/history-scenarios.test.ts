import { describe, expect, it } from 'vitest';
import { serializeProfile } from '../../src/profile/profile.js';
import { zipFiles, type FakeGitHub } from '../harness/fake-github.js';
import { events, runJob, type JobResult } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const MiB = 1024 * 1024;
const NAME = 'resource-planner-test-none-1';
/** One time for every seeded run: equal ages, equal weights, so the p90 is the 9th of 10 values. */
const RECORDED_AT = new Date(Date.now() - 3_600_000).toISOString();

/** The main step alone (no sampling, no upload): what history makes of the plan. */
/**
 * The runs were recorded on a 2 GiB runner: no test machine has less, so the elastic-memory prior
 * (only for runners with less memory than history saw) stays out of the hand computations.
 */
const RECORDED_ON_BYTES = 2 * 1024 * MiB;

async function plan(
  github: FakeGitHub,
  runId: number,
  extra: Record<string, string> = {},
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

function planJson(result: JobResult): {
  workers: number;
  perWorkerBytes: number;
  memoryBudgetBytes: number;
  baseBytes: number;
  estimate: { source: string; historyRuns: number; perWorkerBytes: number };
} {
  return JSON.parse(result.steps[0]?.outputs['plan-json'] ?? '{}');
}

describe.skipIf(process.platform !== 'linux')('history through the built action', () => {
  const github = useFakeGitHub();

  async function seedRuns(perWorkerMiB: number[], oomRun?: number): Promise<void> {
    for (const [index, value] of perWorkerMiB.entries()) {
      const runId = index + 1;
      github.addRun({ id: runId });
      const text = serializeProfile(
        profile(
          [
            {
              peakBytes: Math.round(value * MiB) * 4 + 100 * MiB,
              workers: 4,
              perWorkerBytes: Math.round(value * MiB),
              oomKills: runId === oomRun ? 1 : 0,
            },
          ],
          { runId, startedAt: RECORDED_AT, memoryTotalBytes: RECORDED_ON_BYTES },
        ),
      );
      await github.addArtifact({ runId, name: NAME, files: { 'run-profile.json': text } });
    }
  }

  it('10 base-branch runs at known sizes: the plan equals the hand-computed one and fits the budget; an OOM run raises it', async () => {
    const values = [400, 420, 380, 410, 390, 405, 415, 395, 440, 385];
    await seedRuns(values);
    const result = await plan(github, 100);
    expect(result.violations).toEqual([]);
    const computed = planJson(result);
    expect(computed.estimate).toMatchObject({ source: 'history', historyRuns: 10 });
    // Equal weights (all recorded now): p90 = 9th of 10 sorted values; × 1.15 × √1.1.
    const sorted = values.map((value) => Math.round(value * MiB)).sort((a, b) => a - b);
    const perWorker = Math.round((sorted[8] as number) * 1.15 * Math.sqrt(1.1));
    expect(computed.perWorkerBytes).toBe(perWorker);
    expect(computed.baseBytes).toBe(100 * MiB);
    expect(computed.workers * computed.perWorkerBytes + computed.baseBytes).toBeLessThanOrEqual(
      computed.memoryBudgetBytes,
    );

    github.addRun({ id: 11 });
    await github.addArtifact({
      runId: 11,
      name: NAME,
      files: {
        'run-profile.json': serializeProfile(
          profile(
            [
              {
                peakBytes: 450 * MiB * 4 + 100 * MiB,
                workers: 4,
                perWorkerBytes: 450 * MiB,
                oomKills: 1,
              },
            ],
            { runId: 11, startedAt: RECORDED_AT, memoryTotalBytes: RECORDED_ON_BYTES },
          ),
        ),
      },
    });
    const raised = planJson(await plan(github, 101));
    const bumped = Math.max(450 * MiB + 100 * MiB, 450 * MiB * 1.2);
    expect(raised.estimate.perWorkerBytes).toBe(Math.round(bumped * 1.15 * Math.sqrt(1 + 1 / 11)));
    expect(raised.estimate.perWorkerBytes).toBeGreaterThan(computed.estimate.perWorkerBytes);
  });

  it('a base-branch run that failed is learned from: its OOM kill counts, its count proves nothing', async () => {
    await seedRuns([400, 400, 400]);
    github.addRun({ id: 4, conclusion: 'failure' });
    await github.addArtifact({
      runId: 4,
      name: NAME,
      files: {
        'run-profile.json': serializeProfile(
          profile(
            [{ peakBytes: 6 * 400 * MiB, workers: 5, perWorkerBytes: 400 * MiB, oomKills: 2 }],
            {
              runId: 4,
              startedAt: RECORDED_AT,
              memoryTotalBytes: RECORDED_ON_BYTES,
            },
          ),
        ),
      },
    });
    github.addRun({ id: 5, conclusion: 'cancelled' });
    const result = await plan(github, 100);
    expect(result.violations).toEqual([]);
    const computed = JSON.parse(result.steps[0]?.outputs['plan-json'] ?? '{}') as {
      estimate: {
        historyRuns: number;
        oomInHistory: boolean;
        notes: string[];
        countEvidence: { runId: number; workers: number; clean: boolean; oomKills: number }[];
      };
    };
    expect(computed.estimate.historyRuns).toBe(4);
    expect(computed.estimate.oomInHistory).toBe(true);
    expect(
      computed.estimate.countEvidence.map((run) => [
        run.runId,
        run.workers,
        run.clean,
        run.oomKills,
      ]),
    ).toEqual([
      [4, 5, false, 2],
      [3, 4, true, 0],
      [2, 4, true, 0],
      [1, 4, true, 0],
    ]);
    expect(computed.estimate.notes.join(' ')).toMatch(/1 of them from run\(s\) that failed/);
  });

  it('hostile artifacts are refused, and the plan still completes with a note', async () => {
    await seedRuns([400]);
    const hostile: [number, Buffer][] = [
      [2, await zipFiles({ 'run-profile.json': '['.repeat(200_000) })],
      [
        3,
        await zipFiles({
          'run-profile.json': '{"kind":"resource-planner/run-profile","version":1,"phases":"x"}',
        }),
      ],
      [
        4,
        await zipFiles(
          Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`f${index}`, 'x'])),
        ),
      ],
      [
        5,
        await zipFiles({
          'run-profile.json': serializeProfile(profile([{ peakBytes: 1 }], { runId: 5 })).replace(
            /"version":\d+/,
            '"version":9',
          ),
        }),
      ],
    ];
    for (const [runId, zip] of hostile) {
      github.addRun({ id: runId });
      await github.addArtifact({ runId, name: NAME, zip });
    }
    // A fork's artifact with the same name is never even downloaded.
    github.addRun({ id: 6, headRepositoryId: 9999 });
    await github.addArtifact({
      runId: 6,
      name: NAME,
      files: { 'run-profile.json': serializeProfile(profile([{ peakBytes: 1 }], { runId: 6 })) },
    });
    const result = await plan(github, 200);
    expect(result.violations).toEqual([]);
    expect(result.steps[0]?.exitCode).toBe(0);
    expect(planJson(result).estimate).toMatchObject({ source: 'history', historyRuns: 1 });
    expect(result.steps[0]?.stdout).toMatch(/4 of 5 profiles skipped/);
    expect(
      github.state.requests.some((request) =>
        request.path.endsWith(`/artifacts/${github.state.artifacts.at(-1)?.artifact.id}/zip`),
      ),
    ).toBe(false);
  });

  it.each([
    ['an API error', { kind: 'status', status: 500 } as const],
    ['rate limiting', { kind: 'rate-limit', retryAfterSeconds: 30 } as const],
    ['a read-only token without actions: read', { kind: 'status', status: 403 } as const],
  ])(
    '%s: the job still succeeds, planning without history, in bounded time',
    async (_name, fault) => {
      await seedRuns([400]);
      github.injectFault({ method: 'GET', path: /\/actions\/workflows\/ci\.yml\/runs$/, fault });
      const started = Date.now();
      const result = await plan(github, 300);
      expect(result.steps.every((step) => step.exitCode === 0)).toBe(true);
      expect(planJson(result).estimate.source).toBe('fallback');
      expect(result.steps[0]?.stdout).toMatch(/History: Could not list earlier runs/);
      expect(Date.now() - started).toBeLessThan(15_000);
    },
  );

  it('an expired artifact is skipped', async () => {
    await seedRuns([400]);
    github.addRun({ id: 2 });
    await github.addArtifact({
      runId: 2,
      name: NAME,
      files: { 'run-profile.json': '{}' },
      expired: true,
    });
    const result = await plan(github, 400);
    expect(planJson(result).estimate.historyRuns).toBe(1);
  });
});
