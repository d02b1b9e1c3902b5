/**
 * estimateFromLoaded for a shard: a fan-out job's history holds every run of its matrix value
 * (`shard: 2`), whatever the split; shard 2 of 4 must not learn shard 2 of 2's memory.
 */
import { describe, expect, it } from 'vitest';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromLoaded, sameSplit } from '../../src/history/learn.js';
import type { LoadedHistory } from '../../src/history/load.js';
import type { ShardRef } from '../../src/profile/types.js';
import { profile } from '../support/profiles.js';

const MiB = 1024 * 1024;
const NOW = Date.parse('2026-11-21T10:00:00.000Z');

function loaded(runs: { perWorkerMiB: number; shard: ShardRef | null }[]): LoadedHistory {
  return {
    profiles: runs.map((run, index) => ({
      profile: profile(
        [
          {
            workers: 2,
            perWorkerBytes: run.perWorkerMiB * MiB,
            peakBytes: 2 * run.perWorkerMiB * MiB + 100 * MiB,
            durationMs: 60_000,
          },
        ],
        { runId: index + 1, startedAt: '2026-11-20T10:00:00.000Z', shard: run.shard },
      ),
      runId: index + 1,
      url: null,
      failed: false,
    })),
    skipped: [],
    notes: [],
    apiCalls: 0,
  };
}

/** Shard 2 of 2 (twice the tests of a quarter) at 400 MiB a worker; shard 2 of 4 at 200 MiB. */
const history = loaded([
  { perWorkerMiB: 400, shard: { index: 2, total: 2 } },
  { perWorkerMiB: 400, shard: { index: 2, total: 2 } },
  { perWorkerMiB: 200, shard: { index: 2, total: 4 } },
  { perWorkerMiB: 200, shard: { index: 2, total: 4 } },
]);

const settings = (shard: ShardRef | null) => ({
  profile: 'test',
  minSpeedupGain: 0.05,
  elasticMemory: false,
  historyRuns: 20,
  shard,
});

function estimate(from: LoadedHistory, shard: ShardRef | null) {
  return estimateFromLoaded(
    from,
    settings(shard),
    { memoryLimitBytes: 16 * 1024 * MiB, os: 'linux' },
    staticEstimate(768 * MiB, 'fallback'),
    NOW,
  );
}

describe('a shard learns from the same shard of the same split', () => {
  it('shard 2/4 learns from its two runs, and says what it left out', () => {
    const learned = estimate(history, { index: 2, total: 4 });
    expect(learned.historyRuns).toBe(2);
    // Two runs at 200 MiB: × 1.15 × √(1 + 1/2) at most, well under the 400 MiB runs.
    expect(learned.perWorkerBytes).toBeLessThanOrEqual(
      Math.ceil(200 * MiB * 1.15 * Math.sqrt(1.5)),
    );
    expect(learned.notes).toContain(
      '2 run(s) of another split left out (shard 2/2): this is shard 2/4, and a shard learns from the same shard of the same split.',
    );
  });

  it('a new split with no run of its own plans without history, and says why', () => {
    const learned = estimate(history, { index: 2, total: 3 });
    expect(learned.historyRuns).toBe(0);
    expect(learned.source).toBe('fallback');
    expect(learned.notes.join('\n')).toMatch(
      /4 run\(s\) of another split left out \(shard 2\/2, shard 2\/4\): this is shard 2\/3.*none is left, so this run plans without history/,
    );
  });

  it('no shard input: every run is kept, as before', () => {
    expect(sameSplit(history, null)).toBe(history);
    expect(estimate(history, null).historyRuns).toBe(4);
  });

  it('shard 1 of 1 is the whole: unsharded runs are its history', () => {
    const whole = loaded([
      { perWorkerMiB: 300, shard: null },
      { perWorkerMiB: 300, shard: { index: 1, total: 1 } },
      { perWorkerMiB: 100, shard: { index: 1, total: 2 } },
    ]);
    expect(sameSplit(whole, { index: 1, total: 1 }).profiles).toHaveLength(2);
  });
});
