/**
 * Run profiles shaped like real jobs, for the rendered examples: memory over time from a seeded
 * generator, phases, worker groups with concurrency figures. Deterministic.
 */
import type { PhaseProfile, RunProfile, WorkerGroup } from '../../src/profile/types.js';
import { TIMELINE_MAX_POINTS } from '../../src/profile/types.js';
import { profile as baseProfile, seededRandom } from '../support/profiles.js';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

export interface PhaseShape {
  name: string;
  durationMs: number;
  /** Memory of the job's processes at a fraction (0–1) of the phase, bytes, before noise. */
  memoryAt: (fraction: number) => number;
  worker: { name: string; atOnce: number; peakP90Bytes: number; meanAliveBytes: number };
  workersRecommended?: number | null;
  oomKills?: number;
  heapLimitKills?: number | null;
  pressureMaxAvg10?: number | null;
}

export interface JobShape {
  phases: PhaseShape[];
  intervalMs: number;
  limitBytes: number;
  cpus: number;
  cgroup?: boolean;
  seed?: number;
  runId?: number;
}

function workerGroup(worker: PhaseShape['worker']): WorkerGroup {
  return {
    name: worker.name,
    parentName: 'node',
    maxConcurrency: worker.atOnce,
    processes: worker.atOnce * 3,
    peakRss: {
      p50Bytes: Math.round(worker.peakP90Bytes * 0.85),
      p90Bytes: worker.peakP90Bytes,
      maxBytes: Math.round(worker.peakP90Bytes * 1.05),
      meanBytes: Math.round(worker.peakP90Bytes * 0.85),
    },
    // Workers that hold their memory until they exit are sampled mid-exit: end RSS reads low.
    meanEndRssBytes: Math.round(worker.peakP90Bytes * 0.3),
    peakTotalBytes: worker.peakP90Bytes * worker.atOnce,
    concurrency: {
      memberMeanBytes: worker.meanAliveBytes,
      memberSdBytes: Math.round(worker.meanAliveBytes * 0.1),
      aliveAtPeak: worker.atOnce,
      meanAlive: worker.atOnce * 0.9,
      sustainedAlive: worker.atOnce,
    },
  };
}

/** A profile whose timeline, phase statistics and worker groups follow `shape`. */
export function jobProfile(shape: JobShape): RunProfile {
  const random = seededRandom(shape.seed ?? 7);
  const totalMs = shape.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
  const samples = Math.floor(totalMs / shape.intervalMs);
  const stride = Math.max(1, Math.ceil(samples / TIMELINE_MAX_POINTS));
  const tMs: number[] = [];
  const tree: number[] = [];
  const cgroup: (number | null)[] = [];
  const system: (number | null)[] = [];
  const phaseOf: number[] = [];
  const phases: PhaseProfile[] = [];
  let startMs = 0;
  shape.phases.forEach((phase, index) => {
    const values: number[] = [];
    const endMs = startMs + phase.durationMs;
    for (let t = startMs; t < endMs; t += shape.intervalMs * stride) {
      const fraction = (t - startMs) / phase.durationMs;
      const value = Math.max(0, Math.round(phase.memoryAt(fraction) * (0.97 + random() * 0.06)));
      values.push(value);
      tMs.push(t);
      tree.push(value);
      // The cgroup charge adds page cache, and the kernel keeps it within the limit.
      cgroup.push(
        shape.cgroup ? Math.min(shape.limitBytes, Math.round(value * 1.08 + 120 * MiB)) : null,
      );
      system.push(shape.cgroup ? null : Math.round(value + 900 * MiB));
      phaseOf.push(index);
    }
    const sorted = [...values].sort((a, b) => a - b);
    phases.push({
      name: phase.name,
      startMs,
      endMs,
      durationMs: phase.durationMs,
      workersRecommended:
        phase.workersRecommended === undefined ? phase.worker.atOnce : phase.workersRecommended,
      nodeHeapMb: null,
      samples: Math.floor(phase.durationMs / shape.intervalMs),
      treeRss: {
        peakBytes: sorted.at(-1) ?? 0,
        p95Bytes: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        meanBytes: Math.round(values.reduce((sum, value) => sum + value, 0) / values.length),
        endBytes: values.at(-1) ?? 0,
      },
      peakSystemUsedBytes: shape.cgroup ? null : (sorted.at(-1) ?? 0) + 900 * MiB,
      peakCgroupUsageBytes: shape.cgroup
        ? Math.min(shape.limitBytes, Math.round((sorted.at(-1) ?? 0) * 1.08 + 120 * MiB))
        : null,
      oomKills: phase.oomKills ?? 0,
      heapLimitKills: phase.heapLimitKills ?? null,
      pressureMaxAvg10: phase.pressureMaxAvg10 ?? null,
      workerGroups: [workerGroup(phase.worker)],
    });
    startMs = endMs;
  });
  const profile = baseProfile([{ peakBytes: 1 }], { runId: shape.runId ?? 101 });
  return {
    ...profile,
    host: {
      ...profile.host,
      logicalCpus: shape.cpus,
      cpus: shape.cpus,
      memoryTotalBytes: shape.limitBytes,
      memoryLimitBytes: shape.limitBytes,
      cgroupMemoryLimitBytes: shape.cgroup ? shape.limitBytes : null,
    },
    sampler: { intervalMs: shape.intervalMs, source: 'proc', samples, died: false },
    phases,
    timeline: {
      tMs,
      treeRssBytes: tree,
      systemUsedBytes: system,
      cgroupUsageBytes: cgroup,
      phase: phaseOf,
    },
    events: [],
  };
}

/** Workers starting over the first `rampShare` of a phase, a plateau, and exits in the last 5%. */
export function rampPlateau(baseBytes: number, plateauBytes: number, rampShare = 0.15) {
  return (fraction: number): number => {
    if (fraction < rampShare)
      return baseBytes + (plateauBytes - baseBytes) * (fraction / rampShare);
    if (fraction > 0.95) return baseBytes + (plateauBytes - baseBytes) * ((1 - fraction) / 0.05);
    return plateauBytes * (0.92 + 0.08 * Math.sin(fraction * 40));
  };
}

/** A 30-second unit-test job: three vitest workers on a 2-CPU, 7 GiB runner. */
export function thirtySecondJob(): RunProfile {
  return jobProfile({
    intervalMs: 250,
    limitBytes: 7 * GiB,
    cpus: 2,
    seed: 3,
    phases: [
      {
        name: 'test',
        durationMs: 30_000,
        memoryAt: rampPlateau(180 * MiB, 1100 * MiB, 0.2),
        worker: { name: 'node', atOnce: 3, peakP90Bytes: 310 * MiB, meanAliveBytes: 260 * MiB },
        workersRecommended: 2,
      },
    ],
  });
}

/** A six-hour job: build, a long test phase whose memory keeps growing, and a package step. */
export function sixHourJob(): RunProfile {
  return jobProfile({
    intervalMs: 1000,
    limitBytes: 16 * GiB,
    cpus: 4,
    cgroup: true,
    seed: 11,
    phases: [
      {
        name: 'build',
        durationMs: 40 * 60_000,
        memoryAt: rampPlateau(400 * MiB, 5.5 * GiB, 0.05),
        worker: { name: 'cc1plus', atOnce: 4, peakP90Bytes: 1.2 * GiB, meanAliveBytes: 1.0 * GiB },
      },
      {
        name: 'test',
        durationMs: 5 * 3_600_000,
        memoryAt: (fraction) =>
          fraction < 0.05
            ? 600 * MiB + (5 * GiB - 600 * MiB) * (fraction / 0.05)
            : 5 * GiB + 4.5 * GiB * ((fraction - 0.05) / 0.95),
        worker: { name: 'node', atOnce: 4, peakP90Bytes: 2.3 * GiB, meanAliveBytes: 1.7 * GiB },
      },
      {
        name: 'package',
        durationMs: 20 * 60_000,
        memoryAt: rampPlateau(300 * MiB, 900 * MiB, 0.1),
        worker: { name: 'gzip', atOnce: 1, peakP90Bytes: 20 * MiB, meanAliveBytes: 15 * MiB },
        workersRecommended: null,
      },
    ],
  });
}

/** A job OOM-killed at four workers on a 2-CPU, 7 GiB runner. */
export function oomKilledJob(): RunProfile {
  const profile = jobProfile({
    intervalMs: 500,
    limitBytes: 7 * GiB,
    cpus: 2,
    cgroup: true,
    seed: 5,
    phases: [
      {
        name: 'test',
        durationMs: 4 * 60_000,
        memoryAt: (fraction) =>
          fraction < 0.8
            ? 300 * MiB + 6.6 * GiB * (fraction / 0.8)
            : 6.85 * GiB - fraction * 500 * MiB,
        worker: { name: 'node', atOnce: 4, peakP90Bytes: 1.65 * GiB, meanAliveBytes: 1.3 * GiB },
        workersRecommended: 4,
        oomKills: 1,
        pressureMaxAvg10: 37.5,
      },
    ],
  });
  profile.events.push({
    tMs: 192_000,
    kind: 'oom-kill',
    phase: 'test',
    detail: 'node',
    value: null,
  });
  return profile;
}

/** One-phase or multi-phase runs with given peaks (for drift baselines). */
export function peaksRun(
  peaks: Record<string, number>,
  runId: number,
  limitBytes = 15.6 * GiB,
): RunProfile {
  const names = Object.keys(peaks);
  return jobProfile({
    intervalMs: 1000,
    limitBytes,
    cpus: 4,
    seed: runId,
    runId,
    phases: names.map((name) => ({
      name,
      durationMs: 120_000,
      memoryAt: () => (peaks[name] ?? 0) / 1.03,
      worker: {
        name: 'node',
        atOnce: 3,
        peakP90Bytes: Math.round(((peaks[name] ?? 0) - 200 * MiB) / 3),
        meanAliveBytes: Math.round(((peaks[name] ?? 0) - 200 * MiB) / 3.5),
      },
    })),
  });
}
