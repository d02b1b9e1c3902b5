import { describe, expect, it } from 'vitest';
import { adviseRunners, type AdviceRequest } from '../../src/advise/advise.js';
import { adviseShards, shardPeaks } from '../../src/advise/shards.js';
import { BUILTIN_CATALOG, type RunnerEntry } from '../../src/advise/catalog.js';
import type { HistoryProfile } from '../../src/estimate/estimate.js';
import type { RunProfile } from '../../src/profile/types.js';
import { profile } from '../support/profiles.js';
import { smallAndBig } from '../support/catalog.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const MiB = 1024 * 1024;
const NOW = Date.parse('2026-11-21T10:00:00.000Z');

/**
 * Amdahl with T1 = 500 s and a serial share of 0.2: T(n) = 100 s + 400 s / n, so T(1) = 500 s,
 * T(2) = 300 s, T(4) = 200 s, T(7) = 157.14 s; one more worker gains ≥ 5% up to 7 (T(7)/T(8) =
 * 1.048 < 1.05). Serial floor 100 s.
 */
const T = (workers: number): number => 100_000 + 400_000 / workers;

interface RunSpec {
  workers: number;
  shard?: { index: number; total: number };
  durationMs: number;
  cpus?: number;
  os?: string;
  arch?: string;
  perWorkerMiB?: number;
  failed?: boolean;
  oomKills?: number;
}

function history(runs: RunSpec[]): HistoryProfile[] {
  return runs.map((run, index) => {
    const perWorker = (run.perWorkerMiB ?? 500) * MiB;
    const built: RunProfile = profile(
      [
        {
          workers: run.workers,
          perWorkerBytes: perWorker,
          peakBytes: run.workers * perWorker + 100 * MiB,
          durationMs: run.durationMs,
          oomKills: run.oomKills ?? 0,
        },
      ],
      { runId: index + 1, startedAt: '2026-11-20T10:00:00.000Z' },
    );
    built.host = {
      ...built.host,
      os: run.os ?? 'linux',
      arch: run.arch ?? 'x64',
      cpus: run.cpus ?? 4,
      logicalCpus: run.cpus ?? 4,
    };
    if (run.shard) built.run.shard = run.shard;
    return { profile: built, url: null, failed: run.failed ?? false };
  });
}

/** Three clean runs on a 4-CPU Linux x64 runner at 1, 2 and 4 workers. */
const FITTED = history([
  { workers: 1, durationMs: T(1) },
  { workers: 2, durationMs: T(2) },
  { workers: 4, durationMs: T(4) },
]);

function request(overrides: Partial<AdviceRequest> = {}): AdviceRequest {
  return {
    profiles: FITTED,
    phase: 'test',
    catalog: BUILTIN_CATALOG,
    targetMs: null,
    visibility: 'private',
    settings: DEFAULT_SETTINGS,
    nowMs: NOW,
    minSpeedupGain: 0.05,
    elasticMemory: false,
    shard: null,
    ...overrides,
  };
}

function runner(advice: ReturnType<typeof adviseRunners>, name: string) {
  const found = advice.runners.find((item) => item.name === name);
  if (!found) throw new Error(`no prediction for ${name}`);
  return found;
}

describe('adviseRunners: predictions per catalogue runner', () => {
  const advice = adviseRunners(request());

  // Expected by hand from T(n) above: workers = min(CPUs, 7 where the speed-up stops paying);
  // billed minutes = ceil(T / 60 s); cost = minutes × the catalogue's rate.
  it.each([
    // name, workers, duration ms, billed minutes, cost USD, extrapolated
    ['ubuntu-slim (private repo)', 1, 500_000, 9, 9 * 0.002, false],
    ['ubuntu-latest (private repo)', 2, 300_000, 5, 5 * 0.006, false],
    ['linux-x64-2-core', 2, 300_000, 5, 5 * 0.006, false],
    ['linux-x64-4-core', 4, 200_000, 4, 4 * 0.012, false],
    // History ran with 16 GiB: on 32 GB and more its 4 workers are proven, and the plan climbs one
    // step past the proof (5), not straight to the speed-up bound (7).
    ['linux-x64-8-core', 5, 180_000, 3, 3 * 0.022, true],
    ['linux-x64-16-core', 5, 180_000, 3, 3 * 0.042, true],
  ] as const)('%s: %i workers', (name, workers, durationMs, minutes, cost, extrapolated) => {
    const predicted = runner(advice, name);
    expect(predicted.workers).toBe(workers);
    expect(predicted.durationMs).toBeCloseTo(durationMs, 0);
    expect(predicted.billedMinutes).toBe(minutes);
    expect(predicted.costUsd).toBeCloseTo(cost, 6);
    expect(predicted.extrapolated).toBe(extrapolated);
    // Three timed runs are 'low' confidence anyway (fewer than 5).
    expect(predicted.confidence).toBe('low');
    expect(predicted.safe).toBe(true);
  });

  it('predicts the peak from the memory model: lockstep 500 MiB with the margins, plus the 100 MiB base', () => {
    // Three runs: the largest per-worker figure (500 MiB) × 1.15 × √(1 + 1/3); no proof on the
    // smaller memory of these runners (history ran with 16 GiB), so the factor stays.
    const perWorker = Math.round(500 * MiB * 1.15 * Math.sqrt(4 / 3));
    const predicted = runner(advice, 'linux-x64-4-core');
    expect(predicted.peakBytes).toBe(Math.round(100 * MiB + 4 * perWorker));
  });

  it('states the evidence: runs, worker counts, CPU counts and the fit', () => {
    expect(advice.evidence).toMatchObject({
      runs: 3,
      timedRuns: 3,
      workerCounts: [1, 2, 4],
      cpuCounts: [4],
      os: 'linux',
      arch: 'x64',
    });
    expect(advice.evidence?.serialFraction).toBeCloseTo(0.2, 9);
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(500_000, 3);
    expect(advice.evidence?.serialFloorMs).toBeCloseTo(100_000, 3);
  });

  it('leaves out runners of other systems and architectures, and public-repository runners', () => {
    const names = advice.runners.map((item) => item.name);
    expect(names.some((name) => name.includes('windows') || name.includes('macos'))).toBe(false);
    expect(names.some((name) => name.includes('arm64'))).toBe(false);
    expect(names).not.toContain('ubuntu-latest (public repo)');
    expect(advice.skipped.map((item) => item.name)).toContain('linux-arm64-4-core');
    expect(advice.limits.join('\n')).toMatch(/left out: history has runs on Linux x64 only/);
  });
});

describe('adviseRunners: the recommendation', () => {
  it.each([
    // target, recommended, why
    [null, 'ubuntu-slim (private repo)', /the cheapest without an OOM risk \(no target-duration/],
    // 300 s is met by the 2-CPU runners at $0.03 and the 4-core at $0.048: the cheapest, and of
    // two at the same price and duration, the first in the catalogue.
    [300_000, 'ubuntu-latest (private repo)', /the cheapest that meets 5 min/],
    [200_000, 'linux-x64-4-core', /the cheapest that meets 3 min 20 s/],
    // 3 min: only the 5-worker runners (180 s) meet it; the 8-core is the cheapest of them.
    [
      180_000,
      'linux-x64-8-core',
      /the cheapest that meets 3 min without an OOM risk\. Its 5 workers are beyond the 4 history ran: extrapolated, confidence low\./,
    ],
    [170_000, 'linux-x64-8-core', /^None meets 2 min 50 s; the fastest is linux-x64-8-core\./],
    // Below the serial floor (100 s): nothing meets it; the fastest (180 s), cheapest of equals.
    [
      60_000,
      'linux-x64-8-core',
      /None meets 1 min: it is below the 1 min 40 s .* shards would help only if that part is tests/,
    ],
  ] as const)('target %s → %s', (targetMs, name, why) => {
    const advice = adviseRunners(request({ targetMs }));
    expect(advice.advised).toBe(true);
    expect(advice.recommended).toBe(name);
    expect(advice.reason).toMatch(why);
    expect(advice.runners[0]?.name).toBe(name);
  });

  it('a public repository runs the standard runners free: the free 4-CPU runner wins', () => {
    const advice = adviseRunners(request({ visibility: 'public', targetMs: 300_000 }));
    expect(advice.recommended).toBe('ubuntu-latest (public repo)');
    expect(runner(advice, 'ubuntu-latest (public repo)')).toMatchObject({ workers: 4, costUsd: 0 });
    expect(advice.runners.map((item) => item.name)).not.toContain('ubuntu-slim (private repo)');
  });

  it('never recommends a runner where not even one worker fits; says so when none fits', () => {
    const heavy = history([
      { workers: 1, durationMs: T(1), perWorkerMiB: 3072 },
      { workers: 2, durationMs: T(2), perWorkerMiB: 3072 },
      { workers: 4, durationMs: T(4), perWorkerMiB: 3072 },
    ]);
    const advice = adviseRunners(request({ profiles: heavy }));
    // 3 GiB × 1.15 × √(4/3) = 4.28e9 B a worker. 5 GB: (5e9 − 512 MiB) × 0.9 − 100 MiB base =
    // 3.91e9 B, no worker fits. 7 GB: 5.71e9 B, one. 16 GB: 13.81e9 B, three.
    expect(runner(advice, 'ubuntu-slim (private repo)')).toMatchObject({
      safe: false,
      memoryBound: 0,
    });
    expect(runner(advice, 'ubuntu-latest (private repo)')).toMatchObject({
      safe: true,
      workers: 1,
      limitedBy: 'memory',
      costUsd: 9 * 0.006,
    });
    // 3 workers on 4 CPUs: T(3) = 233 s, 4 minutes × $0.012 = $0.048, cheaper than 9 × $0.006.
    expect(runner(advice, 'linux-x64-4-core')).toMatchObject({ workers: 3, costUsd: 0.048 });
    expect(advice.recommended).toBe('linux-x64-4-core');

    const small: RunnerEntry[] = BUILTIN_CATALOG.filter((entry) => entry.memoryBytes <= 5e9);
    const none = adviseRunners(request({ profiles: heavy, catalog: small }));
    expect(none.recommended).toBeNull();
    expect(none.reason).toMatch(/No runner in the catalogue fits even one worker/);
  });
});

describe('adviseRunners: no advice where history cannot support it', () => {
  it.each([
    ['no history', [], /no earlier run recorded workers in phase 'test'/],
    [
      'durations at one count only',
      history([
        { workers: 4, durationMs: 200_000 },
        { workers: 4, durationMs: 210_000 },
        { workers: 4, durationMs: 190_000 },
      ]),
      /one worker count only \(4 worker\(s\) with a CPU each, 3 run\(s\)\).*workers: 2/,
    ],
    [
      // 8 workers on 2 CPUs and 2 workers on 2 CPUs: both ran 2 at a time on a CPU each.
      'history from a smaller runner: more workers than CPUs',
      history([
        { workers: 8, durationMs: 300_000, cpus: 2 },
        { workers: 2, durationMs: 300_000, cpus: 2 },
        { workers: 2, durationMs: 310_000, cpus: 2 },
      ]),
      /one worker count only \(2 worker/,
    ],
    [
      'only failed or OOM-killed runs',
      history([
        { workers: 1, durationMs: T(1), failed: true },
        { workers: 2, durationMs: T(2), oomKills: 1 },
      ]),
      /no successful run of the phase recorded a duration/,
    ],
    [
      'two timed runs',
      history([
        { workers: 1, durationMs: T(1) },
        { workers: 2, durationMs: T(2) },
      ]),
      /2 timed run\(s\) at 1 and 2 workers: the speed-up fit needs 3 or more/,
    ],
    [
      'durations that do not fall',
      history([
        { workers: 1, durationMs: 200_000 },
        { workers: 2, durationMs: 210_000 },
        { workers: 4, durationMs: 220_000 },
      ]),
      /do not fall with more workers/,
    ],
  ] as const)('%s', (_, profiles, reason) => {
    const advice = adviseRunners(request({ profiles: [...profiles] }));
    expect(advice.advised).toBe(false);
    expect(advice.recommended).toBeNull();
    expect(advice.runners).toEqual([]);
    expect(advice.reason).toMatch(/^No advice: /);
    expect(advice.reason).toMatch(reason);
  });

  it("a catalogue without a runner for history's platform: no advice, and the runners left out", () => {
    const macs = BUILTIN_CATALOG.filter((entry) => entry.os === 'macos');
    const advice = adviseRunners(request({ catalog: macs }));
    expect(advice).toMatchObject({ advised: false, recommended: null, runners: [] });
    expect(advice.reason).toBe(
      'No advice: the catalogue has no runner for Linux x64, where history ran, that a private repository can use.',
    );
    expect(advice.skipped.map((item) => item.name)).toEqual(macs.map((entry) => entry.name));
  });

  it('history on arm64 advises arm64 runners only, and says why the others are left out', () => {
    const arm = history([
      { workers: 1, durationMs: T(1), arch: 'arm64' },
      { workers: 2, durationMs: T(2), arch: 'arm64' },
      { workers: 4, durationMs: T(4), arch: 'arm64' },
    ]);
    const advice = adviseRunners(request({ profiles: arm }));
    expect(advice.runners.every((item) => item.name.includes('arm64'))).toBe(true);
    // 4 cores at $0.008: 4 min × 0.008 is cheaper than 2 cores' 5 min × 0.005.
    expect(runner(advice, 'linux-arm64-4-core').costUsd).toBeCloseTo(0.032, 6);
    expect(runner(advice, 'linux-arm64-2-core').costUsd).toBeCloseTo(0.025, 6);
    expect(advice.recommended).toBe('linux-arm64-2-core');
    expect(advice.skipped.find((item) => item.name === 'linux-x64-4-core')?.why).toMatch(
      /history is from Linux arm64/,
    );
  });

  it('mixed runner sizes: durations are fitted against min(workers, CPUs), and it says so', () => {
    // The same work on a 2-CPU runner at 4 workers runs 2 at a time: T(2).
    const mixed = history([
      { workers: 4, durationMs: T(2), cpus: 2 },
      { workers: 1, durationMs: T(1), cpus: 4 },
      { workers: 4, durationMs: T(4), cpus: 4 },
    ]);
    const advice = adviseRunners(request({ profiles: mixed }));
    expect(advice.evidence?.workerCounts).toEqual([1, 2, 4]);
    expect(advice.evidence?.serialFraction).toBeCloseTo(0.2, 9);
    expect(advice.limits.join('\n')).toMatch(/runners of 2 and 4 CPUs: .*min\(workers, CPUs\)/);
  });
});

describe('adviseShards: the fewest shards that meet the target', () => {
  // T1 = 500 s, 20% serial: each shard repeats 100 s and runs 400 s / (k × m) of the rest.
  const fit = { singleWorkerMs: 500_000, serialFraction: 0.2 };
  const runner = (workers: number, cpus: number, safe = true) =>
    ({
      name: 'r',
      label: null,
      cpus,
      memoryBytes: 8e9,
      pricePerMinuteUsd: 0.006,
      workers,
      limitedBy: 'cpu',
      durationMs: 0,
      peakBytes: 1e9,
      elasticPeakBytes: null,
      memoryBound: safe ? workers : 0,
      safe,
      billedMinutes: 1,
      costUsd: 0,
      meetsTarget: null,
      extrapolated: false,
      reliesOnElasticMemory: false,
      sizeInHistory: true,
      confidence: 'low',
      source: 'test',
    }) as const;

  it.each([
    // workers, cpus, target ms, shards, duration of each (ms), cost of all (USD)
    [2, 2, 301_000, 1, 300_000, 5 * 0.006],
    [2, 2, 200_000, 2, 200_000, 2 * 4 * 0.006],
    // 400 s ÷ (2 × 50 s) = 4 exactly: 100 + 400 / 8 = 150 s meets 150 s.
    [2, 2, 150_000, 4, 150_000, 4 * 3 * 0.006],
    // Workers beyond the CPUs share them: 4 workers on 2 CPUs split like 2.
    [4, 2, 150_000, 4, 150_000, 4 * 3 * 0.006],
    [4, 4, 150_000, 2, 150_000, 2 * 3 * 0.006],
  ])(
    '%i workers on %i CPUs, target %i ms → %i shard(s)',
    (workers, cpus, target, count, duration, cost) => {
      const advice = adviseShards(runner(workers, cpus), fit, target);
      expect(advice.count).toBe(count);
      expect(advice.matrix).toEqual({ shard: Array.from({ length: count }, (_, i) => i + 1) });
      expect(advice.durationMs).toBe(duration);
      expect(advice.durationMs as number).toBeLessThanOrEqual(target);
      expect(advice.costUsd).toBeCloseTo(cost, 6);
    },
  );

  it.each([
    [
      runner(2, 2),
      100_000,
      /No number of shards meets 1 min 40 s: each shard repeats the 1 min 40 s/,
    ],
    // 400 s ÷ (2 × 0.5 s) = 400 shards.
    [runner(2, 2), 100_500, /would take 400 shards, more than 256/],
    [runner(2, 2, false), 300_000, /cannot run even one worker safely/],
  ])('no count: %#', (predicted, target, reason) => {
    const advice = adviseShards(predicted, fit, target);
    expect(advice).toMatchObject({ count: null, matrix: null, durationMs: null });
    expect(advice.reason).toMatch(reason);
  });

  it('comes with the advice when a target is set and the phase runs whole', () => {
    // No runner meets 2 min 50 s; the fastest (the 8-core, 5 workers) split in two: 100 + 400/10.
    const advice = adviseRunners(request({ targetMs: 170_000 }));
    expect(advice.shards).toMatchObject({
      count: 2,
      matrix: { shard: [1, 2] },
      runner: 'linux-x64-8-core',
      workers: 5,
      durationMs: 140_000,
    });
    expect(adviseRunners(request({ targetMs: 300_000 })).shards?.count).toBe(1);
    expect(adviseRunners(request()).shards).toBeNull();
  });
});

describe('adviseRunners: shards compare like with like', () => {
  const shard = (index: number, total: number) => ({ index, total });
  /** Shard 2 of 2 ran half the work: T(n) = 100 s + 200 s / n. */
  const mixed: HistoryProfile[] = [
    ...FITTED,
    ...history([
      { workers: 1, durationMs: 300_000 },
      { workers: 2, durationMs: 200_000 },
      { workers: 4, durationMs: 150_000 },
    ]).map((entry) => ({
      ...entry,
      profile: { ...entry.profile, run: { ...entry.profile.run, shard: shard(2, 2) } },
    })),
  ];

  it('the whole phase learns from whole runs only, and says what it left out', () => {
    const advice = adviseRunners(request({ profiles: mixed }));
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(500_000, 3);
    expect(advice.limits.join('\n')).toMatch(/3 run\(s\) of another shard or split left out/);
  });

  it('a shard whose split differs from history’s: no advice, and it names the splits it left out', () => {
    // The matrix now splits in 3; history ran 2/2: shard 2/3 has no run of its own.
    const advice = adviseRunners(request({ profiles: mixed, shard: shard(2, 3), targetMs: 1 }));
    expect(advice).toMatchObject({ advised: false, recommended: null, shards: null });
    expect(advice.reason).toBe(
      "No advice: no earlier run of shard 2/3 recorded workers in phase 'test'.",
    );
    expect(advice.limits).toEqual([
      '6 run(s) of another shard or split left out (the whole, shard 2/2): shard 2/3 is compared with the same.',
    ]);
  });

  it('a shard learns from the same shard of the same split, and is not split further', () => {
    const advice = adviseRunners(request({ profiles: mixed, shard: shard(2, 2), targetMs: 1 }));
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(300_000, 3);
    expect(advice.evidence?.serialFloorMs).toBeCloseTo(100_000, 3);
    expect(advice.shards).toBeNull();
    const other = adviseRunners(request({ profiles: mixed, shard: shard(1, 2) }));
    expect(other.advised).toBe(false);
    expect(other.reason).toMatch(/no earlier run of shard 1\/2 recorded workers/);
  });
});

describe('adviseRunners: counts that fit only if memory is elastic', () => {
  // Node workers measured at 500 MiB each on a 16 GiB runner. On a 1.5 GiB runner the
  // elastic-memory prior plans them at half that (250 MiB, +15%), so several fit; as measured
  // (575 MiB with the margin) only one does. Held memory (Buffers, caches) does not shrink, so
  // that count must not be recommended before a runner where it fits either way.
  const catalog = smallAndBig;

  it('flags the small runner, lowers its confidence, and recommends the one that fits anyway', () => {
    const advice = adviseRunners(request({ catalog, elasticMemory: true }));
    const small = runner(advice, 'small');
    expect(small.workers).toBeGreaterThan(1);
    expect(small.reliesOnElasticMemory).toBe(true);
    expect(small.confidence).toBe('low');
    expect(runner(advice, 'big').reliesOnElasticMemory).toBe(false);
    expect(advice.recommended).toBe('big');
  });

  it('with elastic-memory off nothing relies on it, and the small runner plans one worker', () => {
    const advice = adviseRunners(request({ catalog, elasticMemory: false }));
    expect(runner(advice, 'small')).toMatchObject({
      workers: 1,
      reliesOnElasticMemory: false,
      elasticPeakBytes: null,
    });
  });

  // Three runs: 500 MiB a worker × 1.15 × √(4/3) as measured; the elastic prior halves it first
  // (1.5 GiB and 8 GiB against the 16 GiB history saw, at least ELASTIC_MIN_SHARE = 0.5).
  const perWorker = (mib: number) => Math.round(mib * MiB * 1.15 * Math.sqrt(4 / 3));
  it("shows the peak as measured at the advised count, the scaled one beside it, never as 'the' peak", () => {
    const advice = adviseRunners(request({ catalog, elasticMemory: true }));
    const small = runner(advice, 'small');
    expect(small.workers).toBe(2);
    // 100 MiB + 2 × 766 MiB = 1.39 GiB of a 1.5 GiB runner (above its budget: one fits as
    // measured), and 100 MiB + 2 × 383 MiB = 764 MiB if the heaps shrink.
    expect(small.peakBytes).toBeCloseTo(100 * MiB + 2 * perWorker(500), -1);
    expect(small.elasticPeakBytes).toBeCloseTo(100 * MiB + 2 * perWorker(250), -1);
    // The big runner is scaled too (8 GiB < 16 GiB) but its 4 workers fit either way.
    const big = runner(advice, 'big');
    expect(big).toMatchObject({ workers: 4, reliesOnElasticMemory: false });
    expect(big.peakBytes).toBeCloseTo(100 * MiB + 4 * perWorker(500), -1);
    expect(big.elasticPeakBytes).toBeCloseTo(100 * MiB + 4 * perWorker(250), -1);
    // The same count with elastic-memory off predicts the same peak: the shown figure does not
    // depend on the assumption.
    const off = adviseRunners(request({ catalog, elasticMemory: false }));
    expect(runner(off, 'big').peakBytes).toBe(big.peakBytes);
  });
});

describe('shardPeaks: memory per shard from per-shard history', () => {
  const GiB = 1024 * MiB;
  const learned =
    (peaks: Record<number, number>) =>
    ({ index }: { index: number }): { peakBytes: number; runs: number } | null =>
      peaks[index] === undefined ? null : { peakBytes: peaks[index] as number, runs: 2 };

  it('every shard has history: each its own peak, the highest for the job, and says so', () => {
    const result = shardPeaks(3, 4 * GiB, learned({ 1: 1 * GiB, 2: 1.5 * GiB, 3: 1.25 * GiB }));
    expect(result.perShard).toEqual([
      { index: 1, peakBytes: 1 * GiB, from: 'shard', runs: 2 },
      { index: 2, peakBytes: 1.5 * GiB, from: 'shard', runs: 2 },
      { index: 3, peakBytes: 1.25 * GiB, from: 'shard', runs: 2 },
    ]);
    expect(result.peakBytes).toBe(1.5 * GiB);
    expect(result.memoryEvidence).toBe(
      "Peak per shard from each shard's own runs of a 3-way split (6 run(s)): highest 1.5 GiB, shard 2/3.",
    );
  });

  it('some shards without history take the whole phase’s peak, and it says which', () => {
    const result = shardPeaks(3, 4 * GiB, learned({ 1: 1 * GiB, 3: 1.25 * GiB }));
    expect(result.perShard.map((shard) => [shard.from, shard.peakBytes])).toEqual([
      ['shard', 1 * GiB],
      ['whole', 4 * GiB],
      ['shard', 1.25 * GiB],
    ]);
    expect(result.peakBytes).toBe(4 * GiB);
    expect(result.memoryEvidence).toBe(
      "Peak per shard from their own runs for shard(s) 1, 3 of 3 (4 run(s)); for 2, which no run recorded, the whole phase's 4 GiB, not assumed to shrink: highest 4 GiB.",
    );
  });

  it('a long list of shards without history is cut short', () => {
    const result = shardPeaks(10, 4 * GiB, learned({ 1: 1 * GiB }));
    expect(result.memoryEvidence).toMatch(/; for 2, 3, 4 … \(9 in all\), which no run recorded/);
  });

  it('no shard history: the whole phase’s peak for every shard, and it says so', () => {
    const result = shardPeaks(2, 4 * GiB, learned({}));
    expect(result.perShard.every((shard) => shard.from === 'whole')).toBe(true);
    expect(result.peakBytes).toBe(4 * GiB);
    expect(result.memoryEvidence).toBe(
      "Peak per shard: the whole phase's 4 GiB, not assumed to shrink (no earlier run recorded as a shard of 2).",
    );
  });

  it('one job is the whole phase: no shard history is asked for', () => {
    const asked: number[] = [];
    const result = shardPeaks(1, 4 * GiB, ({ total }) => {
      asked.push(total);
      return { peakBytes: 1, runs: 1 };
    });
    expect(asked).toEqual([]);
    expect(result.perShard).toEqual([{ index: 1, peakBytes: 4 * GiB, from: 'whole', runs: 0 }]);
    expect(result.memoryEvidence).toBe("Peak: the whole phase's 4 GiB.");
  });
});

describe('adviseRunners: each shard’s peak from the runs of that shard', () => {
  // Whole runs at 500 MiB a worker; a 2-way split's shard 1 at 200 MiB and shard 2 at 300 MiB,
  // three runs each at 1, 2 and 4 workers, each shard half the work: 100 s + 200 s / n. Target
  // 170 s: 2 shards on the 8-core with 5 workers (see 'comes with the advice' above). On its 32 GB
  // the counts history ran on 16 GiB are proven, so the model is 1.15 × the per-worker figure (no
  // √(1 + 1/n)): 100 MiB + 5 × 1.15 × figure.
  const split = (index: number, perWorkerMiB: number) =>
    history(
      [1, 2, 4].map((workers) => ({
        workers,
        durationMs: 100_000 + 200_000 / workers,
        perWorkerMiB,
        shard: { index, total: 2 },
      })),
    );
  const peak = (perWorkerMiB: number) => 100 * MiB + 5 * 1.15 * perWorkerMiB * MiB;

  it('learns each shard from its own runs and predicts the higher for the matrix', () => {
    const advice = adviseRunners(
      request({ profiles: [...FITTED, ...split(1, 200), ...split(2, 300)], targetMs: 170_000 }),
    );
    const shards = advice.shards;
    expect(shards).toMatchObject({ count: 2, runner: 'linux-x64-8-core', workers: 5 });
    expect(shards?.perShard.map((shard) => shard.from)).toEqual(['shard', 'shard']);
    expect(shards?.perShard[0]?.peakBytes).toBeCloseTo(peak(200), -1);
    expect(shards?.perShard[1]?.peakBytes).toBeCloseTo(peak(300), -1);
    expect(shards?.peakBytes).toBeCloseTo(peak(300), -1);
    // The whole phase's peak on that runner: 500 MiB a worker.
    expect(runner(advice, 'linux-x64-8-core').peakBytes).toBeCloseTo(peak(500), -1);
    // Runs 1, 2 and 3 recorded both shards: three more runs of the whole, 100 s + 400 s / n once
    // the per-shard 100 s of set-up is counted once, so the fit stands.
    expect(advice.evidence).toMatchObject({ runs: 6, timedRuns: 6, shardSets: 3 });
    expect(advice.evidence?.serialFraction).toBeCloseTo(0.2, 9);
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(500_000, 3);
    // The whole's memory is from the whole runs: they measured it.
    expect(advice.evidence?.memoryFromShards).toBe(false);
  });

  it('a split of another size is not used: the whole phase’s peak, and it says so', () => {
    const threeWay = history(
      [1, 2, 4].map((workers) => ({
        workers,
        durationMs: T(workers),
        perWorkerMiB: 100,
        shard: { index: 1, total: 3 },
      })),
    );
    const advice = adviseRunners(
      request({ profiles: [...FITTED, ...threeWay], targetMs: 170_000 }),
    );
    expect(advice.shards?.count).toBe(2);
    expect(advice.shards?.peakBytes).toBeCloseTo(peak(500), -1);
    expect(advice.shards?.memoryEvidence).toMatch(/no earlier run recorded as a shard of 2/);
  });

  it('shard runs of another platform are not used', () => {
    const arm = split(1, 200).map((entry) => ({
      ...entry,
      profile: { ...entry.profile, host: { ...entry.profile.host, arch: 'arm64' } },
    }));
    const advice = adviseRunners(
      request({ profiles: [...FITTED, ...arm, ...split(2, 300)], targetMs: 170_000 }),
    );
    expect(advice.shards?.perShard.map((shard) => shard.from)).toEqual(['whole', 'shard']);
    expect(advice.shards?.peakBytes).toBeCloseTo(peak(500), -1);
  });
});

describe('adviseRunners: history from other runner sizes', () => {
  /** 15 timed runs (high confidence) on a 4-CPU, 16 GiB runner at 1, 2 and 4 workers. */
  const many = history(
    Array.from({ length: 15 }, (_, index) => {
      const workers = [1, 2, 4][index % 3] as number;
      return { workers, durationMs: T(workers) };
    }),
  );

  it('a size history ran on keeps its confidence; another size is medium at most, and it says so', () => {
    const advice = adviseRunners(request({ profiles: many, targetMs: 300_000 }));
    // linux-x64-4-core: 4 CPUs, 16 GB (14.9 GiB, within 10% of the 16 GiB history saw).
    expect(runner(advice, 'linux-x64-4-core')).toMatchObject({
      sizeInHistory: true,
      confidence: 'high',
    });
    expect(runner(advice, 'ubuntu-latest (private repo)')).toMatchObject({
      sizeInHistory: false,
      confidence: 'medium',
    });
    // Beyond the counts history ran: low whatever the size.
    expect(runner(advice, 'linux-x64-8-core').confidence).toBe('low');
    expect(advice.recommended).toBe('ubuntu-latest (private repo)');
    expect(advice.reason).toMatch(
      /History never ran on its size \(2 CPUs, 6\.5 GiB\), only on 4 CPUs, 16 GiB: confidence medium\.$/,
    );
    expect(advice.limits.join('\n')).toMatch(
      /runner\(s\) of sizes history never ran on \(it ran on 4 CPUs, 16 GiB\).*confidence medium at most/,
    );
  });

  it('history from a bigger runner: the smaller one’s peak is as measured, not shrunk to fit', () => {
    // 500 MiB workers on 16 GiB; the 1-CPU ubuntu-slim (5 GB) runs one: 100 MiB + 766 MiB as
    // measured, whatever elastic-memory assumes.
    const advice = adviseRunners(request({ profiles: many, elasticMemory: true }));
    const slim = runner(advice, 'ubuntu-slim (private repo)');
    expect(slim.workers).toBe(1);
    expect(slim.peakBytes).toBeCloseTo(100 * MiB + 500 * MiB * 1.15 * Math.sqrt(1 + 1 / 15), -3);
    expect(slim.elasticPeakBytes).toBeLessThan(slim.peakBytes);
  });
});

describe('adviseRunners: a target no split can meet', () => {
  it('below the serial floor: no shard count, no matrix, and the limit stated', () => {
    const advice = adviseRunners(request({ targetMs: 60_000 }));
    expect(advice.shards).toMatchObject({ count: null, matrix: null, durationMs: null });
    expect(advice.shards?.reason).toMatch(/No number of shards meets 1 min: each shard repeats/);
    expect(advice.limits.join('\n')).toMatch(
      /below the fit's serial floor of 1 min 40 s.*A single test longer than the target cannot be split either/,
    );
    // Every prediction is low confidence (3 runs): nothing is presented as sure.
    expect(advice.runners.every((item) => item.confidence === 'low')).toBe(true);
  });
});

describe('adviseRunners: a phase that ran split, every shard recorded', () => {
  // A 2-way split run at 1, 2 and 4 workers (workflow runs 101, 102, 104), each shard half the
  // work: 100 s + 200 s / n (shard 1 at 200 MiB a worker, shard 2 at 300 MiB). The sum is 200 s +
  // 400 s / n: 2 × 100 s of set-up, so each set ran the whole in 100 s + 400 s / n = T(n).
  const sets = (counts: number[]): HistoryProfile[] =>
    counts.flatMap((workers) =>
      [1, 2].map((index) => {
        const [entry] = history([
          {
            workers,
            durationMs: 100_000 + 200_000 / workers,
            perWorkerMiB: index === 1 ? 200 : 300,
            shard: { index, total: 2 },
          },
        ]) as [HistoryProfile];
        entry.profile.run.runId = 100 + workers;
        return entry;
      }),
    );

  it('with no run of the whole, advises from the sets: the fit of the whole, memory from the shards', () => {
    const advice = adviseRunners(request({ profiles: sets([1, 2, 4]), targetMs: 130_000 }));
    expect(advice.advised).toBe(true);
    expect(advice.evidence).toMatchObject({
      runs: 3,
      timedRuns: 3,
      shardSets: 3,
      workerCounts: [1, 2, 4],
      memoryFromShards: true,
      splits: [{ total: 2, sets: 3, workerCounts: [1, 2, 4] }],
    });
    expect(advice.evidence?.splits[0]?.serialMs).toBeCloseTo(100_000, 6);
    expect(advice.evidence?.serialFraction).toBeCloseTo(0.2, 9);
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(500_000, 3);
    const limits = advice.limits.join('\n');
    expect(limits).toContain(
      "3 run(s) of the phase split 2 ways, every shard recorded, count as runs of the whole: the sum of the shards' durations less 1 × 1 min 40 s, the set-up each shard repeats (the per-shard serial part, fitted to the sets' sums at 1, 2, 4 workers).",
    );
    expect(limits).toMatch(
      /No run of the whole phase recorded its memory: each runner's peak is predicted from the workers of 6 shard run\(s\).*may err low: confidence low/,
    );
    // The shard runs are used, not left out as another split.
    expect(limits).not.toMatch(/another shard or split left out/);
    // The whole's peak rests on the shards' workers: nothing is presented as sure.
    expect(advice.runners.every((item) => item.confidence === 'low')).toBe(true);
    // The split's own peaks come from each shard's runs.
    expect(advice.shards?.count).toBe(2);
    expect(advice.shards?.perShard.map((shard) => [shard.from, shard.runs])).toEqual([
      ['shard', 3],
      ['shard', 3],
    ]);
    expect(advice.shards?.perShard[0]?.peakBytes).toBeLessThan(
      advice.shards?.perShard[1]?.peakBytes ?? 0,
    );
  });

  it('sets at one worker count beside whole runs: the plain sum, and the fit errs long (reference values)', () => {
    // Whole runs at 1 and 2 workers (500 s, 300 s); one set at 4 workers: 150 s + 150 s = 300 s
    // where the whole would take T(4) = 200 s. Least squares of (1, 500), (0.5, 300), (0.25, 300)
    // on 1/n: slope 285.714 s, intercept 200 s, so T1 = 485.714 s and a serial floor of 200 s
    // instead of 100 s: the prediction errs long.
    const whole = history([
      { workers: 1, durationMs: T(1) },
      { workers: 2, durationMs: T(2) },
    ]);
    const advice = adviseRunners(request({ profiles: [...whole, ...sets([4])] }));
    expect(advice.evidence).toMatchObject({ runs: 3, shardSets: 1, memoryFromShards: false });
    expect(advice.evidence?.splits).toEqual([
      { total: 2, sets: 1, workerCounts: [4], serialMs: null },
    ]);
    expect(advice.evidence?.serialFloorMs).toBeCloseTo(200_000, 3);
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(485_714.286, 2);
    expect(advice.limits.join('\n')).toMatch(
      /1 run\(s\) of the phase split 2 ways.*the plain sum of the shards' durations, which errs long .*at 4 workers only.*errs towards a faster runner or more shards/,
    );
  });

  it('a shard’s own advice stays with its shard: sets are not made for it', () => {
    const advice = adviseRunners(
      request({ profiles: sets([1, 2, 4]), shard: { index: 1, total: 2 } }),
    );
    expect(advice.evidence).toMatchObject({ runs: 3, shardSets: 0, memoryFromShards: false });
    // Shard 1's own fit: 100 s + 200 s / n.
    expect(advice.evidence?.singleWorkerMs).toBeCloseTo(300_000, 3);
  });
});
