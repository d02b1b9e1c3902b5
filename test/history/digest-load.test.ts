/**
 * History in one round trip: the newest trusted run's artifact carries a digest of the history
 * it learned from. Through a loopback GitHub and Octokit, as the main step loads it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staticEstimate } from '../../src/estimate/choose.js';
import { requestFor } from '../../src/github/client.js';
import { estimateFromLoaded } from '../../src/history/learn.js';
import { loadHistory, type LoadHistoryOptions } from '../../src/history/load.js';
import { planWorkers } from '../../src/plan/planner.js';
import { buildDigest, serializeDigest } from '../../src/profile/digest.js';
import { serializeProfile } from '../../src/profile/profile.js';
import type { RunProfile } from '../../src/profile/types.js';
import { MiB } from '../../src/shared/units.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { historyOptions } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const NAME = 'resource-planner-test-none-1';
const NOW = Date.parse('2026-11-24T00:00:00Z');

/** Run `runId`'s profile: sizes and dates that differ run by run, some OOM kills, two counts. */
function runProfile(runId: number): RunProfile {
  return profile(
    [
      {
        peakBytes: (900 + ((runId * 37) % 200)) * MiB,
        workers: runId % 2 === 0 ? 3 : 4,
        perWorkerBytes: (200 + ((runId * 53) % 60)) * MiB,
        durationMs: 60_000 + runId * 500,
        oomKills: runId % 9 === 0 ? 1 : 0,
      },
    ],
    { runId, startedAt: new Date(NOW - (40 - runId) * 3_600_000).toISOString() },
  );
}

describe('history from a digest', () => {
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

  /** Runs 1..count, each with its profile; the newest also with `digest` (or none). */
  async function seed(
    count: number,
    digest: (own: RunProfile, earlier: RunProfile[]) => string | null,
  ) {
    for (let runId = 1; runId <= count; runId++) {
      github.addRun({ id: runId });
      const own = runProfile(runId);
      const files: Record<string, string> = { 'run-profile.json': serializeProfile(own) };
      if (runId === count) {
        const text = digest(
          own,
          Array.from({ length: count - 1 }, (_, index) => runProfile(index + 1)),
        );
        if (text !== null) files['history-digest.json'] = text;
      }
      await github.addArtifact({ runId, name: NAME, files });
    }
  }
  const honest = (own: RunProfile, earlier: RunProfile[]) =>
    serializeDigest(buildDigest(own, earlier, 20));
  const apiRequests = () => github.state.requests.length;

  it('plans from 20 runs in 5 requests: 3 listings and one artifact (API + blob)', async () => {
    await seed(25, honest);
    const history = await loadHistory(options);
    expect(history.profiles.map((entry) => entry.runId)).toEqual(
      Array.from({ length: 20 }, (_, index) => 25 - index),
    );
    expect(apiRequests()).toBe(5);
    expect(history.notes).toContain('20 run(s) from the digest of run 25, 0 fetched separately.');
  });

  it('without a digest, fetches each run, 4 at a time, and says so', async () => {
    await seed(8, () => null);
    const history = await loadHistory(options);
    expect(history.profiles).toHaveLength(8);
    expect(apiRequests()).toBe(3 + 8 * 2);
    expect(history.notes.join(' ')).toMatch(
      /No usable digest in run 8's artifact.*8 run\(s\) fetched one by one/,
    );
  });

  it('fetches separately only the runs an older, shorter digest does not cover', async () => {
    await seed(12, (own, earlier) => serializeDigest(buildDigest(own, earlier.slice(-5), 20)));
    const history = await loadHistory(options);
    expect(history.profiles).toHaveLength(12);
    // Runs 7–11 came with the digest; 1–6 one by one.
    expect(apiRequests()).toBe(3 + 2 + 6 * 2);
    expect(history.notes).toContain('6 run(s) from the digest of run 12, 6 fetched separately.');
  });

  it('plans exactly as from the profiles themselves, field by field', async () => {
    await seed(20, honest);
    const viaDigest = await loadHistory(options);
    await github.stop();
    github = await startFakeGitHub();
    options = { ...options, request: requestFor('ghs_test', github.url) };
    await seed(20, () => null);
    const oneByOne = await loadHistory(options);
    const planOf = (history: typeof viaDigest) => {
      const estimate = estimateFromLoaded(
        history,
        { profile: 'test', minSpeedupGain: 0.05, elasticMemory: true, historyRuns: 20 },
        { memoryLimitBytes: 4096 * MiB, os: 'linux' },
        staticEstimate(768 * MiB, 'fallback'),
        NOW,
      );
      const plan = planWorkers({
        capacity: { cpus: 8, memoryLimitBytes: 4096 * MiB, memoryAvailableBytes: 3900 * MiB },
        settings: DEFAULT_SETTINGS,
        estimate: { ...estimate, notes: [] },
      });
      return plan;
    };
    const a = planOf(viaDigest);
    const b = planOf(oneByOne);
    expect(a.estimate.historyRuns).toBe(20);
    expect(a.estimate.oomInHistory).toBe(true);
    expect(a.estimate.speedup).not.toBeNull();
    expect(a).toEqual(b);
  });

  describe('a digest that lies is cut down to what the rules allow', () => {
    it.each([
      [
        'entries from another repository',
        (entry: RunProfile) => ({ ...entry, run: { ...entry.run, repositoryId: 1 } }),
        /another repository/,
      ],
      [
        'entries from a fork',
        (entry: RunProfile) => ({ ...entry, run: { ...entry.run, headRepositoryId: 1 } }),
        /from a fork/,
      ],
      [
        'entries for runs outside the baseline',
        (entry: RunProfile) => ({
          ...entry,
          run: { ...entry.run, runId: entry.run.runId === null ? null : entry.run.runId + 1000 },
        }),
        /not a successful run of this workflow on the baseline branch/,
      ],
    ])('%s', async (_name, lie, reason) => {
      await seed(10, (own, earlier) => {
        const digest = buildDigest(own, earlier, 20);
        // Every other earlier entry lies.
        digest.entries = digest.entries.map((entry, index) =>
          index % 2 === 1 ? lie(entry) : entry,
        );
        return serializeDigest(digest);
      });
      const history = await loadHistory(options);
      // The lying entries' runs were fetched on their own instead: nothing false was taken.
      expect(history.profiles.map((entry) => entry.runId)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      for (const entry of history.profiles)
        expect(entry.profile.run.repositoryId).toBe(github.repositoryId);
      expect(history.notes.join(' ')).toMatch(reason);
      expect(history.notes.join(' ')).toMatch(/The digest of run 10: 5 entries left out/);
    });

    it('a malformed entry is dropped, the rest stand', async () => {
      await seed(6, (own, earlier) => {
        const digest = JSON.parse(serializeDigest(buildDigest(own, earlier, 20))) as {
          entries: unknown[];
        };
        digest.entries[2] = {
          kind: 'resource-planner/run-profile',
          version: 2,
          phases: '::error::x',
        };
        return JSON.stringify(digest);
      });
      const history = await loadHistory(options);
      expect(history.profiles).toHaveLength(6);
      expect(history.notes.join(' ')).toMatch(
        /1 entry left out \(entry 3: profile does not match the schema/,
      );
    });

    it('an oversized or unreadable digest is not used, and history is fetched one by one', async () => {
      await seed(4, () =>
        `{"kind":"resource-planner/history-digest","version":1,"entries":[${'1,'.repeat(100)}1]}`.padEnd(
          5 * MiB,
          ' ',
        ),
      );
      const history = await loadHistory(options);
      expect(history.profiles).toHaveLength(4);
      expect(history.notes.join(' ')).toMatch(/digest/i);
    });
  });
});
