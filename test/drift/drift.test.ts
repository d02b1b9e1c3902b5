import { describe, expect, it } from 'vitest';
import { compareMetric, detectDrift } from '../../src/drift/drift.js';
import { median } from '../../src/shared/stats.js';
import { profile, seededRandom } from '../support/profiles.js';

const MiB = 1024 * 1024;
const base = 800 * MiB;

describe('compareMetric', () => {
  it.each([
    // current, baseline, verdict, method
    [base * 1.3, [base, base * 1.02, base * 0.98], 'drift', 'max'],
    [base * 1.05, [base, base * 1.02, base * 0.98], 'ok', 'max'],
    [base * 0.7, [base, base * 1.02, base * 0.98], 'improvement', 'max'],
    [base * 1.3, [base, base * 1.01, base * 0.99, base * 1.02, base * 0.98], 'drift', 'robust'],
    [base * 1.05, [base, base * 1.01, base * 0.99, base * 1.02, base * 0.98], 'ok', 'robust'],
    // MAD = 0: the 1% floor stands in, and the relative threshold decides.
    [base * 1.15, [base, base, base, base, base], 'drift', 'robust'],
    [base * 1.08, [base, base, base, base, base], 'ok', 'robust'],
  ] as const)('%d against %j → %s (%s)', (current, baseline, verdict, method) => {
    const result = compareMetric(current, [...baseline], 0.1, 'auto');
    expect(result.verdict).toBe(verdict);
    expect(result.method).toBe(method);
    expect(result.changeFraction).toBeCloseTo((current - median(baseline)) / median(baseline), 10);
  });

  it('computes the modified z-score of log peaks (Iglewicz & Hoaglin)', () => {
    const baseline = [100, 110, 120, 130, 140].map((value) => value * MiB);
    const logs = baseline.map(Math.log);
    const center = median(logs);
    const mad = median(logs.map((value) => Math.abs(value - center)));
    const result = compareMetric(200 * MiB, baseline, 0.1, 'robust');
    expect(result.zScore).toBeCloseTo((0.6745 * (Math.log(200 * MiB) - center)) / mad, 10);
  });

  it('has no baseline without earlier values', () => {
    expect(compareMetric(base, [], 0.1, 'auto').verdict).toBe('no-baseline');
  });
});

describe('detectDrift', () => {
  it('an OOM kill in this run is always drift', () => {
    const baseline = [1, 2, 3].map((runId) => profile([{ peakBytes: base }], { runId }));
    const current = profile([{ peakBytes: base * 0.9, oomKills: 1 }]);
    const report = detectDrift({ current, baseline });
    expect(report.verdict).toBe('drift');
    expect(report.phases[0]?.oomKills).toBe(1);
  });

  it('matches phases by name and reports the change in recommended workers', () => {
    const baseline = [1, 2, 3].map((runId) =>
      profile(
        [
          { name: 'build', peakBytes: base },
          { name: 'test', peakBytes: base, workers: 4 },
        ],
        { runId },
      ),
    );
    const current = profile([
      { name: 'test', peakBytes: base * 1.5, workers: 2 },
      { name: 'new', peakBytes: base },
    ]);
    const report = detectDrift({ current, baseline });
    expect(report.phases.map((phase) => [phase.name, phase.verdict])).toEqual([
      ['test', 'drift'],
      ['new', 'no-baseline'],
    ]);
    expect(report.currentWorkers).toBe(2);
    expect(report.baselineWorkers).toBe(4);
  });

  // The acceptance: noise-only runs never drift at the default threshold; a +20% shift is
  // caught in ≥ 95% of trials with ≥ 5 baseline runs.
  it('raises no false alarm on ±5% noise and catches a +20% shift', () => {
    const random = seededRandom(20261124);
    const noisy = (center: number): number => center * (1 + (random() * 2 - 1) * 0.05);
    let falseAlarms = 0;
    let caught = 0;
    const trials = 50;
    for (let trial = 0; trial < trials; trial++) {
      const baseline = Array.from({ length: 10 }, (_, index) =>
        profile([{ peakBytes: Math.round(noisy(base)) }], { runId: index + 1 }),
      );
      if (
        detectDrift({ current: profile([{ peakBytes: Math.round(noisy(base)) }]), baseline })
          .verdict === 'drift'
      )
        falseAlarms++;
      if (
        detectDrift({ current: profile([{ peakBytes: Math.round(noisy(base * 1.2)) }]), baseline })
          .verdict === 'drift'
      )
        caught++;
    }
    expect(falseAlarms).toBe(0);
    expect(caught / trials).toBeGreaterThanOrEqual(0.95);
  });
});

describe('detectDrift compares a shard with the same shard of the same split', () => {
  const run = (peakMiB: number, shard: { index: number; total: number } | null) =>
    profile([{ peakBytes: peakMiB * MiB, workers: 2, perWorkerBytes: (peakMiB / 3) * MiB }], {
      shard,
    });
  const shard = (index: number, total: number) => ({ index, total });

  it.each([
    // current, baseline, verdict, baseline runs compared, left out
    [run(400, shard(2, 3)), [run(400, shard(2, 3)), run(1200, null)], 'ok', 1, 1],
    // Shard 2 of 3 doubled against its own history: drift, whatever the whole suite did.
    [run(800, shard(2, 3)), [run(400, shard(2, 3)), run(1200, null)], 'drift', 1, 1],
    // Against shards of another split (2 of 4), nothing is compared.
    [run(800, shard(2, 3)), [run(400, shard(2, 4)), run(400, shard(1, 3))], 'no-baseline', 0, 2],
    // The whole suite is not compared with its shards; shard 1 of 1 is the whole.
    [run(1200, null), [run(400, shard(1, 3)), run(1200, shard(1, 1))], 'ok', 1, 1],
  ] as const)('%#', (current, baseline, verdict, compared, leftOut) => {
    const report = detectDrift({ current, baseline: [...baseline], thresholdFraction: 0.1 });
    expect(report.verdict).toBe(verdict);
    expect(report.baselineRuns).toBe(compared);
    expect(report.otherShardRuns).toBe(leftOut);
  });
});
