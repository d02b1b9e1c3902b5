/**
 * The whole phase from complete shard sets: reference values worked out by hand from the model
 * D_i = S + W_i / m (docs/algorithm.md §7, "The whole from its shards").
 */
import { describe, expect, it } from 'vitest';
import {
  perShardSerialMs,
  wholeDurationMs,
  wholeFromShardSets,
  type ShardSet,
} from '../../src/advise/shard-sets.js';
import type { HistoryProfile } from '../../src/estimate/estimate.js';
import { profile } from '../support/profiles.js';

const MiB = 1024 * 1024;

interface ShardSpec {
  runId: number;
  index: number;
  total: number;
  workers: number;
  durationMs: number;
  cpus?: number;
  attempt?: number;
  failed?: boolean;
  oomKills?: number;
}

function shardRun(spec: ShardSpec): HistoryProfile {
  const built = profile(
    [
      {
        workers: spec.workers,
        perWorkerBytes: 200 * MiB,
        peakBytes: spec.workers * 200 * MiB + 100 * MiB,
        durationMs: spec.durationMs,
        oomKills: spec.oomKills ?? 0,
      },
    ],
    { runId: spec.runId, shard: { index: spec.index, total: spec.total } },
  );
  built.run.runAttempt = spec.attempt ?? 1;
  built.host = { ...built.host, cpus: spec.cpus ?? 4, logicalCpus: spec.cpus ?? 4 };
  return { profile: built, url: null, failed: spec.failed ?? false };
}

/**
 * A 2-way split with S = 20 s of set-up per shard: shard 1 holds 240 s of one-worker work, shard
 * 2 160 s. D1 = 20 + 240/m, D2 = 20 + 160/m (s).
 */
function twoWaySet(runId: number, workers: number): HistoryProfile[] {
  return [
    shardRun({ runId, index: 1, total: 2, workers, durationMs: 20_000 + 240_000 / workers }),
    shardRun({ runId, index: 2, total: 2, workers, durationMs: 20_000 + 160_000 / workers }),
  ];
}

describe('wholeFromShardSets', () => {
  it('subtracts the per-shard set-up fitted to the sets’ sums (reference values)', () => {
    // ΣD at m = 1, 2, 4: 440, 240, 140 s, exactly 40 s + 400 s / m: T·S = 40 s, so S = 20 s, and
    // the whole took ΣD − (2 − 1) × 20 s = 420, 220, 120 s = 20 s + 400 s / m.
    const result = wholeFromShardSets(
      [...twoWaySet(11, 1), ...twoWaySet(12, 2), ...twoWaySet(13, 4)],
      'test',
    );
    expect(result.splits).toHaveLength(1);
    expect(result.splits[0]?.total).toBe(2);
    expect(result.splits[0]?.sets).toBe(3);
    expect(result.splits[0]?.workerCounts).toEqual([1, 2, 4]);
    expect(result.splits[0]?.serialMs).toBeCloseTo(20_000, 6);
    expect(result.wholes.map((whole) => [whole.set.runId, whole.durationMs])).toEqual([
      [13, 120_000],
      [12, 220_000],
      [11, 420_000],
    ]);
    expect(result.wholes[0]?.set.shardDurationsMs).toEqual([80_000, 60_000]);
    expect(result.incomplete).toEqual([]);
  });

  it('at one worker count the set-up cannot be told apart: the plain sum, which errs long', () => {
    // Two sets at 2 workers: ΣD = 140 + 100 = 240 s each; the true whole is 220 s.
    const result = wholeFromShardSets([...twoWaySet(21, 2), ...twoWaySet(22, 2)], 'test');
    expect(result.splits).toEqual([{ total: 2, sets: 2, workerCounts: [2], serialMs: null }]);
    expect(result.wholes.map((whole) => whole.durationMs)).toEqual([240_000, 240_000]);
  });

  it('keeps only complete, uniform sets, and says why the others are not', () => {
    const result = wholeFromShardSets(
      [
        // Shard 2 never recorded.
        shardRun({ runId: 31, index: 1, total: 2, workers: 2, durationMs: 140_000 }),
        // Shards at 2 and 4 workers: no one count for their sum.
        shardRun({ runId: 32, index: 1, total: 2, workers: 2, durationMs: 140_000 }),
        shardRun({ runId: 32, index: 2, total: 2, workers: 4, durationMs: 60_000 }),
        // Shards on a 4-CPU and an 8-CPU runner.
        shardRun({ runId: 33, index: 1, total: 2, workers: 2, durationMs: 140_000 }),
        shardRun({ runId: 33, index: 2, total: 2, workers: 2, durationMs: 100_000, cpus: 8 }),
        // A whole run (1 of 1) is not a set: it is the whole already.
        shardRun({ runId: 34, index: 1, total: 1, workers: 2, durationMs: 220_000 }),
      ],
      'test',
    );
    expect(result.sets).toEqual([]);
    expect(result.incomplete).toEqual([
      'run 31: shard(s) 2 of 2 not recorded',
      'run 32: its shards ran different worker counts (2, 4), so their sum has no one count',
      'run 33: its shards ran on runners of different sizes',
    ]);
  });

  it('takes the later attempt of a shard run twice', () => {
    const result = wholeFromShardSets(
      [
        shardRun({ runId: 41, index: 1, total: 2, workers: 2, durationMs: 999_000 }),
        shardRun({ runId: 41, index: 1, total: 2, workers: 2, durationMs: 140_000, attempt: 2 }),
        shardRun({ runId: 41, index: 2, total: 2, workers: 2, durationMs: 100_000 }),
      ],
      'test',
    );
    expect(result.wholes.map((whole) => whole.durationMs)).toEqual([240_000]);
  });

  it('a set with a failed or OOM-killed shard is a set (its memory counts) but no duration', () => {
    const failed = wholeFromShardSets(
      [
        shardRun({ runId: 51, index: 1, total: 2, workers: 2, durationMs: 140_000, failed: true }),
        shardRun({ runId: 51, index: 2, total: 2, workers: 2, durationMs: 100_000 }),
        shardRun({ runId: 52, index: 1, total: 2, workers: 2, durationMs: 140_000 }),
        shardRun({ runId: 52, index: 2, total: 2, workers: 2, durationMs: 90_000, oomKills: 1 }),
      ],
      'test',
    );
    expect(failed.sets.map((set) => [set.runId, set.succeeded])).toEqual([
      [52, false],
      [51, false],
    ]);
    expect(failed.wholes).toEqual([]);
    expect(failed.splits).toEqual([]);
  });

  it('runs of another phase, or without a run id, make no set', () => {
    const other = twoWaySet(61, 2);
    expect(wholeFromShardSets(other, 'build').sets).toEqual([]);
    const anonymous = twoWaySet(62, 2).map((entry) => ({
      ...entry,
      profile: { ...entry.profile, run: { ...entry.profile.run, runId: null } },
    }));
    expect(wholeFromShardSets(anonymous, 'test').sets).toEqual([]);
  });
});

describe('perShardSerialMs', () => {
  const set = (workers: number, shardDurationsMs: number[]): ShardSet => ({
    runId: workers,
    total: shardDurationsMs.length,
    os: 'linux',
    arch: 'x64',
    cpus: 4,
    memoryBytes: 16 * 1024 * MiB,
    effectiveWorkers: workers,
    shardDurationsMs,
    succeeded: true,
    profiles: [],
  });

  it('a negative intercept is noise around no set-up: 0, so the plain sum', () => {
    // ΣD = 390 s at 1 worker, 190 s at 2: −10 s + 400 s / m.
    expect(perShardSerialMs([set(1, [200_000, 190_000]), set(2, [100_000, 90_000])])).toBe(0);
  });

  it('no set-up longer than the shortest shard', () => {
    // ΣD = 110 s at 1 worker, 105 s at 2: 100 s + 10 s / m, so T·S = 100 s and S would be 50 s,
    // but shard 2 took 10 s in all.
    expect(perShardSerialMs([set(1, [100_000, 10_000]), set(2, [95_000, 10_000])])).toBe(10_000);
  });

  it('sums that do not fall with more workers, or one count: no estimate', () => {
    expect(perShardSerialMs([set(1, [100_000, 100_000]), set(2, [110_000, 100_000])])).toBeNull();
    expect(perShardSerialMs([set(2, [100_000, 100_000]), set(2, [110_000, 100_000])])).toBeNull();
  });

  it('wholeDurationMs: ΣD − (T − 1)·S, in whole ms', () => {
    expect(wholeDurationMs([80_000, 60_000], 20_000)).toBe(120_000);
    expect(wholeDurationMs([50_000, 50_000, 50_000, 50_000], 10_000.4)).toBe(169_999);
  });
});
