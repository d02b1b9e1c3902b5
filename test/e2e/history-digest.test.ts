/**
 * History in one round trip, through the built action: a job's post step uploads its profile
 * with the digest of the history it learned from, and the next job plans from that one artifact.
 */
import { describe, expect, it } from 'vitest';
import { extractFilesFromZip } from '../../src/history/extract.js';
import { parseDigest } from '../../src/profile/digest.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { events, runJob } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const NAME = 'resource-planner-test-none-1';
const MiB = 1024 * 1024;

describe.skipIf(process.platform !== 'linux')('history digests through the built action', () => {
  const github = useFakeGitHub();

  it('the next job plans from 20 runs with 5 requests, after a job that wrote a digest', async () => {
    // 24 runs of an older version: profiles only, no digest.
    const now = Date.now();
    for (let runId = 1; runId <= 24; runId++) {
      github.addRun({ id: runId });
      await github.addArtifact({
        runId,
        name: NAME,
        files: {
          'run-profile.json': serializeProfile(
            profile([{ peakBytes: (900 + runId) * MiB, workers: 3, perWorkerBytes: 250 * MiB }], {
              runId,
              startedAt: new Date(now - (30 - runId) * 3_600_000).toISOString(),
            }),
          ),
        },
      });
    }

    // Run 25: learns from 20 runs fetched one by one, records, uploads profile + digest.
    github.addRun({ id: 25 });
    const writer = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 25,
      steps: [
        { kind: 'action', with: { profile: 'test', 'sample-interval': '100ms' } },
        { kind: 'run', script: 'sleep 0.5' },
      ],
    });
    expect(writer.violations).toEqual([]);
    expect(writer.steps[0]?.stdout).toMatch(/No usable digest in run 24's artifact/);
    const uploaded = github.state.artifacts.find(
      (stored) => stored.artifact.workflow_run?.id === 25,
    );
    expect(uploaded).toBeDefined();
    const files = await extractFilesFromZip(uploaded?.zip as Buffer, {
      required: 'run-profile.json',
      optional: ['history-digest.json'],
    });
    const digest = parseDigest(files.get('history-digest.json') ?? '');
    expect(digest.problems).toEqual([]);
    // Its own run first, then the 19 newest it learned from: history-runs (20) in all.
    expect(digest.entries.map((entry) => entry.run.runId)).toEqual([
      25,
      ...Array.from({ length: 19 }, (_, index) => 24 - index),
    ]);

    // Run 26: three listings and one artifact (API + blob) give it the same 20 runs.
    github.addRun({ id: 26 });
    const before = github.state.requests.length;
    const reader = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: events.push(github),
      runId: 26,
      steps: [{ kind: 'action', with: { profile: 'test', sample: 'false', upload: 'false' } }],
    });
    expect(reader.violations).toEqual([]);
    expect(reader.steps[0]?.exitCode).toBe(0);
    expect(github.state.requests.length - before).toBeLessThanOrEqual(6);
    const plan = JSON.parse(reader.steps[0]?.outputs['plan-json'] ?? '{}') as {
      estimate: { historyRuns: number };
    };
    expect(plan.estimate.historyRuns).toBeGreaterThanOrEqual(20);
    expect(reader.steps[0]?.stdout).toMatch(
      /20 run\(s\) from the digest of run 25, 0 fetched separately/,
    );
    expect(reader.steps[0]?.summary ?? '').toBeDefined();
  });
});
