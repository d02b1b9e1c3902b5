import { describe, expect, it } from 'vitest';
import { confidenceFor, estimateFromHistory } from '../../src/estimate/estimate.js';
import { fitSpeedup, predictDurationMs, speedupNote } from '../../src/estimate/speedup.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { planWorkers } from '../../src/plan/planner.js';
import { profile, seededRandom } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const fallback = staticEstimate(768 * MiB, 'fallback');
const now = Date.parse('2026-11-24T00:00:00Z');

function runs(
  perWorkerMiB: number[],
  options: {
    workers?: readonly number[];
    durations?: readonly number[];
    oom?: readonly number[];
    cgroupLimitBytes?: number | null;
    ages?: readonly number[];
    workerName?: string;
    /** The cgroup's peak charge as a share of the summed tree RSS peak. */
    chargedShare?: number;
  } = {},
) {
  return perWorkerMiB.map((value, index) => {
    const workers = options.workers?.[index] ?? 4;
    const perWorkerBytes = Math.round(value * MiB);
    const startedAt = new Date(now - (options.ages?.[index] ?? 1) * 86_400_000).toISOString();
    return {
      profile: profile(
        [
          {
            peakBytes: perWorkerBytes * workers + 200 * MiB,
            workers,
            perWorkerBytes,
            durationMs: options.durations?.[index] ?? 60_000,
            oomKills: options.oom?.includes(index) ? 1 : 0,
            workerName: options.workerName ?? 'node',
            peakCgroupUsageBytes:
              options.chargedShare === undefined
                ? null
                : Math.round((perWorkerBytes * workers + 200 * MiB) * options.chargedShare),
          },
        ],
        { runId: index + 1, startedAt, cgroupLimitBytes: options.cgroupLimitBytes ?? null },
      ),
      url: `https://github.com/octo/app/actions/runs/${index + 1}`,
    };
  });
}

describe('estimateFromHistory', () => {
  it('learns from a run GitHub reports as failed what a failure proves: its OOM kills, not its count', () => {
    // Runs 1–2 clean at 2 workers; run 3 failed at 3 without an OOM kill (a test failure, or the
    // V8 heap limit); run 4 failed at 4 with an OOM kill.
    const history = runs([300, 300, 300, 300], { workers: [2, 2, 3, 4], oom: [3] }).map(
      (entry, index) => ({ ...entry, failed: index >= 2 }),
    );
    const estimate = estimateFromHistory({
      profiles: history,
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.countEvidence.map((run) => [run.workers, run.clean, run.oomKills])).toEqual([
      [2, true, 0],
      [2, true, 0],
      [3, false, 0],
      [4, false, 1],
    ]);
    expect(estimate.oomInHistory).toBe(true);
  });

  it('takes the count a run sustained, not a helper alive for a sample (Jest at --maxWorkers=2 showed 4)', () => {
    const history = runs([300, 300, 300], { workers: [2, 2, 2] });
    const [first, second] = history;
    // Run 1: v3 figures, 4 alive for a sample or two, 2 sustained. Run 2: the same read from v2
    // (the sustained count unknown), so its most-alive count of 4 stands in.
    for (const [entry, sustained] of [
      [first, 2],
      [second, null],
    ] as const) {
      const group = entry?.profile.phases[0]?.workerGroups[0];
      if (!group) throw new Error('fixture has no worker group');
      group.maxConcurrency = 4;
      group.concurrency = {
        memberMeanBytes: 250 * MiB,
        memberSdBytes: 20 * MiB,
        aliveAtPeak: 2,
        meanAlive: 2.02,
        sustainedAlive: sustained,
      };
    }
    const estimate = estimateFromHistory({
      profiles: history,
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.countEvidence.map((run) => [run.runId, run.workers])).toEqual([
      [1, 2],
      [2, 4],
      [3, 2],
    ]);
  });

  it('10 runs at known sizes (±10% noise): p90 × 1.15 × √(1 + 1/10), and the plan that follows', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 10 }, () => 500 * (1 + (random() * 2 - 1) * 0.1));
    const estimate = estimateFromHistory({
      profiles: runs(values),
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    // Equal ages, equal weights: the weighted p90 is the 9th of 10 sorted values.
    const sorted = [...values].map((value) => Math.round(value * MiB)).sort((a, b) => a - b);
    const expected = Math.round((sorted[8] as number) * 1.15 * Math.sqrt(1.1));
    expect(estimate.perWorkerBytes).toBe(expected);
    expect(estimate).toMatchObject({
      source: 'history',
      historyRuns: 10,
      confidence: 'medium',
      oomInHistory: false,
      workerName: 'node',
    });
    expect(estimate.baseBytes).toBe(200 * MiB);
    expect(estimate.runs).toHaveLength(10);

    // 16 GiB runner, 15 GiB available, 8 CPUs: history measured the base, so the auto reserve is
    // 100 MiB: (15 GiB − 100 MiB) × 0.9 budget. The runs proved 4 workers on this memory, so the
    // plan climbs one step past them, no further, however much the budget holds.
    const plan = planWorkers({
      capacity: { cpus: 8, memoryLimitBytes: 16 * GiB, memoryAvailableBytes: 15 * GiB },
      settings: DEFAULT_SETTINGS,
      estimate,
    });
    const budget = Math.floor((15 * GiB - 100 * MiB) * 0.9);
    const byHand = Math.min(8, Math.floor((budget - 200 * MiB) / expected), 4 + 1);
    expect(byHand).toBe(5);
    expect(plan.workers).toBe(byHand);
    expect(plan).toMatchObject({ limitedBy: 'ladder', memoryReserveBytes: 100 * MiB });
    expect(plan.ladder).toMatchObject({ proven: 4, ceiling: 5, unsafe: null });
    expect(plan.workers * plan.perWorkerBytes + plan.baseBytes).toBeLessThanOrEqual(
      plan.memoryBudgetBytes,
    );
  });

  it('uses the maximum with fewer than 5 runs, with a wider confidence factor', () => {
    const estimate = estimateFromHistory({
      profiles: runs([400, 600, 500]),
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.perWorkerBytes).toBe(Math.round(600 * MiB * 1.15 * Math.sqrt(1 + 1 / 3)));
    expect(estimate.confidence).toBe('low');
  });

  it('an OOM kill in history raises that run to max(used + 100 MiB, used × 1.2)', () => {
    const values = [500, 500, 500, 500, 500, 500, 500, 500, 500, 500];
    const plain = estimateFromHistory({
      profiles: runs(values),
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    const withOom = estimateFromHistory({
      profiles: runs([...values, 520], { oom: [10] }),
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(withOom.oomInHistory).toBe(true);
    expect(withOom.perWorkerBytes).toBeGreaterThan(plain.perWorkerBytes);
    const bumped = Math.round(Math.max(520 * MiB + 100 * MiB, 520 * MiB * 1.2));
    expect(withOom.perWorkerBytes).toBe(Math.round(bumped * 1.15 * Math.sqrt(1 + 1 / 11)));
    expect(withOom.spread?.maxBytes).toBe(
      Math.round(Math.max(520 * MiB + 100 * MiB, 520 * MiB * 1.2)),
    );
    expect(withOom.notes.join(' ')).toMatch(/OOM/);
  });

  it('weighs recent runs more (half-life 7 days)', () => {
    // Five old runs at 900 MiB (8 weeks ago) and five recent at 400 MiB: the recent ones dominate the p90.
    const estimate = estimateFromHistory({
      profiles: runs([900, 900, 900, 900, 900, 400, 400, 400, 400, 400], {
        ages: [56, 56, 56, 56, 56, 1, 1, 1, 1, 1],
      }),
      phase: 'test',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.perWorkerBytes).toBe(Math.round(400 * MiB * 1.15 * Math.sqrt(1.1)));
  });

  it('separates per-worker from base memory by regression across worker counts', () => {
    const estimate = estimateFromHistory({
      profiles: runs([300, 300, 300, 300, 300, 300], { workers: [1, 2, 4, 6, 8, 4] }),
      phase: 'test',
      capacityMemoryLimitBytes: 64 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.baseBytes).toBeCloseTo(200 * MiB, -3);
    expect(estimate.notes.join(' ')).toMatch(/regression/);
  });

  it('prefers evidence from a tighter limit that finished without OOM (elastic memory)', () => {
    // Unconstrained the workers peaked at 650 MiB; two workers fit inside a 1.2 GiB limit.
    const history = runs([650, 650, 650, 650, 650]);
    const constrained = runs([360, 360], { workers: [2, 2], cgroupLimitBytes: 1.2 * GiB });
    const estimate = estimateFromHistory({
      profiles: [...history, ...constrained],
      phase: 'test',
      capacityMemoryLimitBytes: 8 * GiB,
      nowMs: now,
      fallback,
    });
    const base = 200 * MiB;
    expect(estimate.perWorkerBytes).toBe(Math.round((1.2 * GiB - base) / 2));
    expect(estimate.notes.join(' ')).toMatch(/tighter memory limit/);
  });

  it('scales summed RSS down to the cgroup charge when shared pages made the sum larger', () => {
    const estimateCharged = (chargedShare?: number) =>
      estimateFromHistory({
        profiles: runs(
          [500, 500, 500, 500, 500],
          chargedShare === undefined ? {} : { chargedShare },
        ),
        phase: 'test',
        capacityMemoryLimitBytes: 16 * GiB,
        nowMs: now,
        fallback,
      });
    const summed = estimateCharged();
    const charged = estimateCharged(0.8);
    expect(charged.perWorkerBytes).toBe(Math.round(500 * MiB * 0.8 * 1.15 * Math.sqrt(1.2)));
    expect(charged.baseBytes).toBe(Math.round(200 * MiB * 0.8));
    expect(charged.perWorkerBytes).toBeLessThan(summed.perWorkerBytes);
    // A cgroup that charged more than the tree (other processes, page cache) changes nothing.
    expect(estimateCharged(1.5).perWorkerBytes).toBe(summed.perWorkerBytes);
  });

  describe('elastic memory prior', () => {
    const unconstrained = Math.round(600 * MiB * 1.15 * Math.sqrt(1.2));
    const estimateIn = (
      capacityMemoryLimitBytes: number,
      options: Parameters<typeof runs>[1] = {},
      elasticMemory?: boolean,
    ) =>
      estimateFromHistory({
        profiles: runs([600, 600, 600, 600, 600], options),
        phase: 'test',
        capacityMemoryLimitBytes,
        nowMs: now,
        fallback,
        elasticMemory,
      });

    it('Node workers learned on 16 GiB and planned in 2 GiB: × max(0.5, 2/16)', () => {
      const estimate = estimateIn(2 * GiB);
      expect(estimate.perWorkerBytes).toBe(Math.round(unconstrained * 0.5));
      expect(estimate.notes.join(' ')).toMatch(/Elastic memory: 'node' workers .* ×0\.50/);
    });

    it('scales by the ratio of memories when that is above one half', () => {
      expect(estimateIn(12 * GiB).perWorkerBytes).toBe(Math.round(unconstrained * 0.75));
      expect(estimateIn(12 * GiB, { workerName: 'java.exe' }).perWorkerBytes).toBe(
        Math.round(unconstrained * 0.75),
      );
    });

    it.each([
      ['not a garbage-collected runtime', 2 * GiB, { workerName: 'cc1plus' }, undefined],
      ['an OOM kill in history', 2 * GiB, { oom: [4] }, undefined],
      ['elastic-memory: off', 2 * GiB, {}, false],
      ['this runner has as much memory as history saw', 16 * GiB, {}, undefined],
    ] as const)('does not apply: %s', (_, capacity, options, elasticMemory) => {
      const estimate = estimateIn(capacity, options, elasticMemory);
      expect(estimate.notes.join(' ')).not.toMatch(/Elastic memory/);
      if (!('oom' in options)) expect(estimate.perWorkerBytes).toBe(unconstrained);
    });
  });

  it('falls back when no run recorded the phase', () => {
    const estimate = estimateFromHistory({
      profiles: runs([500]),
      phase: 'build',
      capacityMemoryLimitBytes: 16 * GiB,
      nowMs: now,
      fallback,
    });
    expect(estimate.source).toBe('fallback');
    expect(estimate.notes[0]).toMatch(/none recorded workers in phase 'build'/);
    // It names the phases the history has, and does not say there is none.
    expect(estimate.notes[0]).toMatch(
      /; they have phase\(s\) "test"\. Assuming 768 MiB per worker/,
    );
    expect(estimate.notes.join(' ')).not.toMatch(/No history yet/);
  });

  it.each([
    [0, 'none'],
    [1, 'low'],
    [5, 'medium'],
    [15, 'high'],
  ] as const)('%d runs → confidence %s', (count, confidence) => {
    expect(confidenceFor(count)).toBe(confidence);
  });
});

describe('fitSpeedup', () => {
  it('recovers Amdahl parameters from exact data', () => {
    const truth = { serialFraction: 0.2, singleWorkerMs: 100_000 };
    const points = [1, 2, 4, 8].map((workers) => ({
      workers,
      durationMs: predictDurationMs(truth, workers),
    }));
    const model = fitSpeedup(points, 0.05);
    expect(model?.serialFraction).toBeCloseTo(0.2, 6);
    expect(model?.singleWorkerMs).toBeCloseTo(100_000, 3);
    // Gain from n−1 to n: T(n−1)/T(n) − 1; the last n with a gain ≥ 5%, computed directly.
    let expected = 1;
    for (let n = 2; n <= 32; n++) {
      if (predictDurationMs(truth, n - 1) / predictDurationMs(truth, n) - 1 >= 0.05) expected = n;
      else break;
    }
    expect(model?.maxUsefulWorkers).toBe(expected);
  });

  it('names the fastest count when more workers took measurably longer (no-gain)', () => {
    // The shape of a Jest suite on a 2-CPU runner: in-band at 1 worker, slower at 2.
    const points = [
      { workers: 1, durationMs: 8_000 },
      { workers: 2, durationMs: 9_900 },
      { workers: 2, durationMs: 11_800 },
      { workers: 2, durationMs: 11_400 },
    ];
    const model = fitSpeedup(points, 0.05);
    expect(model?.kind).toBe('no-gain');
    expect(model?.maxUsefulWorkers).toBe(1);
    expect(model?.observedWorkers).toEqual([1, 2]);
    // Medians computed by hand: 8 000 at 1; (9 900, 11 400, 11 800) → 11 400 at 2.
    expect(model?.medianDurationsMs).toEqual([8_000, 11_400]);
    expect(predictDurationMs(model!, 2)).toBe(8_000);
    expect(speedupNote(model!)).toBe(
      'Durations did not fall with more workers (median per count, 1: 8 s, 2: 11.4 s): 1 is the fastest count measured.',
    );
  });

  it('claims nothing when durations are flat within the min-speedup-gain band', () => {
    // Slope ≤ 0, but 2 workers are only 3% slower than 1: noise, not a measurement.
    const points = [
      { workers: 1, durationMs: 10_000 },
      { workers: 2, durationMs: 10_300 },
      { workers: 2, durationMs: 10_300 },
    ];
    expect(fitSpeedup(points, 0.05)).toBeNull();
    // The same data with a 2% band do show 1 worker as the fastest.
    expect(fitSpeedup(points, 0.02)?.maxUsefulWorkers).toBe(1);
  });

  it('picks a middle count when both fewer and more were slower', () => {
    const points = [
      { workers: 1, durationMs: 10_000 },
      { workers: 2, durationMs: 7_000 },
      { workers: 4, durationMs: 12_000 },
      { workers: 4, durationMs: 13_000 },
    ];
    const model = fitSpeedup(points, 0.05);
    expect(model?.kind).toBe('no-gain');
    expect(model?.maxUsefulWorkers).toBe(2);
  });

  it('needs at least two worker counts and three points', () => {
    expect(
      fitSpeedup([
        { workers: 2, durationMs: 10 },
        { workers: 2, durationMs: 11 },
        { workers: 2, durationMs: 12 },
      ]),
    ).toBeNull();
    expect(
      fitSpeedup([
        { workers: 1, durationMs: 10 },
        { workers: 2, durationMs: 6 },
      ]),
    ).toBeNull();
  });
});
