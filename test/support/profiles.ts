/** Synthetic run profiles for tests: valid v3 profiles (without concurrency figures unless a test adds them) with the numbers a test controls. */
import type { PhaseProfile, RunProfile, ShardRef, WorkerGroup } from '../../src/profile/types.js';

export interface PhaseSpec {
  name?: string;
  /** The heap cap the recorder set (v6 `nodeHeapMb`); null by default. */
  nodeHeapMb?: number | null;
  peakBytes: number;
  workers?: number;
  perWorkerBytes?: number;
  workerName?: string;
  durationMs?: number;
  oomKills?: number;
  heapLimitKills?: number | null;
  workersRecommended?: number | null;
  peakCgroupUsageBytes?: number | null;
}

export function group(spec: {
  name?: string;
  parentName?: string | null;
  workers: number;
  perWorkerBytes: number;
}): WorkerGroup {
  return {
    name: spec.name ?? 'node',
    parentName: spec.parentName === undefined ? 'node' : spec.parentName,
    maxConcurrency: spec.workers,
    processes: spec.workers,
    peakRss: {
      p50Bytes: spec.perWorkerBytes,
      p90Bytes: spec.perWorkerBytes,
      maxBytes: spec.perWorkerBytes,
      meanBytes: spec.perWorkerBytes,
    },
    meanEndRssBytes: Math.round(spec.perWorkerBytes * 0.8),
    peakTotalBytes: spec.perWorkerBytes * spec.workers,
    concurrency: null,
  };
}

export function phase(spec: PhaseSpec): PhaseProfile {
  const workers = spec.workers ?? 4;
  const perWorker = spec.perWorkerBytes ?? Math.round(spec.peakBytes / (workers + 1));
  return {
    name: spec.name ?? 'test',
    startMs: 0,
    endMs: spec.durationMs ?? 60_000,
    durationMs: spec.durationMs ?? 60_000,
    workersRecommended: spec.workersRecommended === undefined ? workers : spec.workersRecommended,
    nodeHeapMb: spec.nodeHeapMb ?? null,
    samples: 120,
    treeRss: {
      peakBytes: spec.peakBytes,
      p95Bytes: Math.round(spec.peakBytes * 0.95),
      meanBytes: Math.round(spec.peakBytes * 0.7),
      endBytes: Math.round(spec.peakBytes * 0.5),
    },
    peakSystemUsedBytes: spec.peakBytes + 1_000_000_000,
    peakCgroupUsageBytes: spec.peakCgroupUsageBytes ?? null,
    oomKills: spec.oomKills ?? 0,
    heapLimitKills: spec.heapLimitKills ?? null,
    pressureMaxAvg10: null,
    workerGroups: [group({ name: spec.workerName ?? 'node', workers, perWorkerBytes: perWorker })],
  };
}

export function profile(
  phases: PhaseSpec[],
  overrides: {
    runId?: number;
    startedAt?: string;
    cgroupLimitBytes?: number | null;
    memoryTotalBytes?: number;
    shard?: ShardRef | null;
  } = {},
): RunProfile {
  const built = phases.map(phase);
  const points = 20;
  return {
    kind: 'resource-planner/run-profile',
    version: 6,
    tool: { name: 'resource-planner', version: '0.1.0' },
    host: {
      os: 'linux',
      arch: 'x64',
      logicalCpus: 4,
      cpus: 4,
      memoryTotalBytes: overrides.memoryTotalBytes ?? 16 * 1024 ** 3,
      memoryLimitBytes: overrides.cgroupLimitBytes ?? overrides.memoryTotalBytes ?? 16 * 1024 ** 3,
      cgroupMemoryLimitBytes: overrides.cgroupLimitBytes ?? null,
      cgroupVersion: 2,
    },
    run: {
      repositoryId: 4242,
      repository: 'octo/app',
      workflow: 'CI',
      job: 'test',
      matrixKey: null,
      runId: overrides.runId ?? 1,
      runAttempt: 1,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      event: 'push',
      headRepositoryId: 4242,
      startedAt: overrides.startedAt ?? '2026-11-20T10:00:00.000Z',
      exitCode: null,
      shard: overrides.shard ?? null,
    },
    sampler: { intervalMs: 500, source: 'proc', samples: 120 * built.length, died: false },
    phases: built,
    timeline: {
      tMs: Array.from({ length: points }, (_, index) => index * 3000),
      treeRssBytes: Array.from({ length: points }, (_, index) =>
        Math.round(((built[0]?.treeRss.peakBytes ?? 0) * (index + 1)) / points),
      ),
      systemUsedBytes: Array.from({ length: points }, () => null),
      cgroupUsageBytes: Array.from({ length: points }, () => null),
      phase: Array.from({ length: points }, () => 0),
    },
    events: [],
  };
}

/** A small seeded PRNG (mulberry32) so statistical tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The advice's worked example (docs/algorithm.md §6): one clean run at each count in `counts` on
 * a 4-CPU, 16 GiB Linux runner, 500 MiB a worker and 100 MiB base, taking
 * T(n) = 100 s + 400 s ÷ n (Amdahl with T1 = 500 s and 20% serial).
 */
export function timedRuns(
  counts: readonly number[],
  options: { startedAt?: string; firstRunId?: number } = {},
): RunProfile[] {
  const MiB = 1024 * 1024;
  return counts.map((workers, index) =>
    profile(
      [
        {
          workers,
          perWorkerBytes: 500 * MiB,
          peakBytes: workers * 500 * MiB + 100 * MiB,
          durationMs: 100_000 + 400_000 / workers,
        },
      ],
      {
        runId: (options.firstRunId ?? 1) + index,
        startedAt: options.startedAt ?? '2026-11-20T10:00:00.000Z',
      },
    ),
  );
}
