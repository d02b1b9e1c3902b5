/**
 * From history to a plan with the concurrency model and the evidence ladder, with numbers worked
 * by hand. Workers whose peaks come at different moments fit more per budget than workers that
 * peak together; each kind of odd history is used for what it can prove and no more.
 */
import { describe, expect, it } from 'vitest';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromHistory, type HistoryProfile } from '../../src/estimate/estimate.js';
import { planWorkers } from '../../src/plan/planner.js';
import type { RunProfile } from '../../src/profile/types.js';
import { GiB, MiB } from '../../src/shared/units.js';
import { profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

const now = Date.parse('2026-11-24T00:00:00Z');
const fallback = staticEstimate(768 * MiB, 'fallback');
const LIMIT = 1.5 * GiB;
const BASE = 50 * MiB;
const settings = { ...DEFAULT_SETTINGS, cpusPerWorker: 0.25 };
const capacity = { cpus: 8, memoryLimitBytes: LIMIT, memoryAvailableBytes: LIMIT - 51.2 * MiB };

/**
 * A run at `workers` whose members have mean 200 MiB, SD 30 MiB and peak 260 MiB, with the
 * group's summed peak `peakTotalMiB`, recorded inside the same 1.5 GiB limit.
 */
function recorded(
  runId: number,
  workers: number,
  peakTotalMiB: number,
  edit: (profile: RunProfile) => void = () => undefined,
): HistoryProfile {
  // `python` workers: their memory is held, not garbage (no elastic-memory step).
  const built = profile(
    [
      {
        peakBytes: BASE + peakTotalMiB * MiB,
        workers,
        perWorkerBytes: 260 * MiB,
        workerName: 'python',
      },
    ],
    {
      runId,
      cgroupLimitBytes: LIMIT,
      startedAt: new Date(now - runId * 3_600_000).toISOString(),
    },
  );
  const group = built.phases[0]?.workerGroups[0];
  if (group) {
    group.peakTotalBytes = peakTotalMiB * MiB;
    group.concurrency = {
      memberMeanBytes: 200 * MiB,
      memberSdBytes: 30 * MiB,
      aliveAtPeak: workers,
      meanAlive: workers,
      sustainedAlive: workers,
    };
  }
  edit(built);
  return { profile: built, url: null };
}

function plan(profiles: HistoryProfile[]) {
  const estimate = estimateFromHistory({
    profiles,
    phase: 'test',
    capacityMemoryLimitBytes: LIMIT,
    capacityOs: 'linux',
    nowMs: now,
    fallback,
  });
  return planWorkers({ capacity, settings, estimate });
}

// 3 members peaking independently: 3 × 200 + (260 − 200) × √3 = 703.9 MiB together.
const independentTotal = 600 + 60 * Math.sqrt(3);

describe('planning from concurrent memory', () => {
  // Budget: (1.5 GiB − 51.2 MiB available less the 100 MiB auto reserve, base measured) × 0.9
  // = 1246.3 MiB; less 50 MiB base = 1196.3 MiB for the workers.
  it('workers that peak out of step: one step past the proven 3, predicted below lockstep', () => {
    const result = plan([1, 2, 3].map((id) => recorded(id, 3, independentTotal)));
    expect(result.estimate.concurrency?.kind).toBe('independent');
    expect(result.memoryModel.kind).toBe('independent');
    expect(result.memoryBudgetBytes).toBe(Math.floor((LIMIT - 51.2 * MiB - 100 * MiB) * 0.9));
    expect(result.ladder).toMatchObject({ proven: 3, ceiling: 4 });
    expect(result.workers).toBe(4);
    // The prediction at 4 (with +15%) fits the room the budget leaves: that is why it steps.
    expect(result.predictedPeakBytes).toBeLessThanOrEqual(result.memoryBudgetBytes);
    expect(result.ladderLine).toMatch(/proven 3 \(run \d\).*memory allows 4/);

    // The same history without per-sample figures (as v1 recorded it): each worker at its peak
    // +15% (with a proof on this memory the confidence factor is not stacked on top): 299 MiB
    // a worker, 4 × 299 = 1,196 MiB fits the 1,196.3 MiB room too, but predicted higher.
    const lockstep = plan(
      [1, 2, 3].map((id) =>
        recorded(id, 3, independentTotal, (p) => {
          const group = p.phases[0]?.workerGroups[0];
          if (group) group.concurrency = null;
        }),
      ),
    );
    expect(lockstep.memoryModel.kind).toBe('lockstep');
    expect(lockstep.workers).toBe(4);
    expect(lockstep.predictedPeakBytes).toBe(Math.round(BASE + 4 * 260 * MiB * 1.15));
    expect(lockstep.predictedPeakBytes).toBeGreaterThan(result.predictedPeakBytes);
    expect(lockstep.estimate.notes.join(' ')).toMatch(/v1 profiles or one worker/);
  });

  it('workers that peak together are planned at N × their peak, never less', () => {
    const result = plan([1, 2, 3].map((id) => recorded(id, 3, 3 * 260)));
    expect(result.memoryModel.kind).toBe('lockstep');
    // 4 × 260 MiB × 1.15 + base: the model is the lockstep bound itself.
    expect(result.predictedPeakBytes).toBe(Math.round(BASE + result.workers * 260 * MiB * 1.15));
    expect(result.workers * 260 * MiB * 1.15 + BASE).toBeLessThanOrEqual(result.memoryBudgetBytes);
  });

  it('an OOM kill at 4 in this limit keeps the plan at the proven 3', () => {
    const result = plan([
      ...[2, 3, 4].map((id) => recorded(id, 3, independentTotal)),
      recorded(1, 4, 4 * 260, (p) => {
        const phase = p.phases[0];
        if (phase) phase.oomKills = 1;
      }),
    ]);
    expect(result.ladder).toMatchObject({ proven: 3, unsafe: 4 });
    expect(result.workers).toBe(3);
    expect(result.limitedBy).toBe('ladder');
  });
});

describe('elastic workers (Node, JVM)', () => {
  const node = (p: RunProfile): void => {
    const group = p.phases[0]?.workerGroups[0];
    if (group) group.name = 'node';
  };

  it('step past the proof on the elastic boundary (half the peak), never more than one step', () => {
    // One Node worker proven at a peak of 700 MiB: lockstep (700 × 1.15 × 1.41 per worker) fits
    // one; the elastic boundary (350 MiB each) fits 3, and the ladder allows one step: 2.
    const history = [1, 2].map((id) =>
      recorded(id, 1, 700, (p) => {
        node(p);
        const group = p.phases[0]?.workerGroups[0];
        if (group)
          group.peakRss = {
            p50Bytes: 700 * MiB,
            p90Bytes: 700 * MiB,
            maxBytes: 700 * MiB,
            meanBytes: 700 * MiB,
          };
      }),
    );
    const result = plan(history);
    expect(result.estimate.elastic).toBe(true);
    expect(result.memoryModel.kind).toBe('elastic-boundary');
    expect(result.predictedMemoryBound).toBe(
      Math.floor((result.memoryBudgetBytes - BASE) / (350 * MiB)),
    );
    expect(result.ladder).toMatchObject({ proven: 1, ceiling: 2 });
    expect(result.workers).toBe(2);
    // The plan bounds the memory it predicts: the heap cap of each of the 2 workers.
    expect(result.nodeHeapMb).toBe(
      Math.floor((((result.memoryBudgetBytes - BASE) / 2) * 0.75) / MiB),
    );
  });

  it('the first OOM kill stops the elastic step', () => {
    const history = [
      recorded(3, 1, 700, node),
      recorded(1, 2, 1400, (p) => {
        node(p);
        const phase = p.phases[0];
        if (phase) phase.oomKills = 1;
      }),
    ];
    const result = plan(history);
    expect(result.estimate.elastic).toBe(false);
    expect(result.ladder).toMatchObject({ proven: 1, unsafe: 2 });
    expect(result.workers).toBe(1);
  });
});

describe('odd history is used for what it can prove', () => {
  it('leaves out profiles from another OS, saying so', () => {
    const darwin = recorded(9, 6, 6 * 200, (p) => {
      p.host.os = 'darwin';
    });
    const result = plan([darwin, ...[1, 2, 3].map((id) => recorded(id, 3, independentTotal))]);
    expect(result.estimate.historyRuns).toBe(3);
    expect(result.estimate.notes[0]).toMatch(/1 profile\(s\) from another OS \(darwin\) ignored/);
    expect(result.ladder?.proven).toBe(3);
  });

  it('a phase recorded with one worker gives no concurrency evidence but proves one worker', () => {
    const result = plan([1, 2].map((id) => recorded(id, 1, 260)));
    expect(result.estimate.concurrency).toBeNull();
    expect(result.ladder).toMatchObject({ proven: 1, ceiling: 2 });
    expect(result.workers).toBeGreaterThanOrEqual(1);
    expect(result.workers).toBeLessThanOrEqual(2);
  });

  it('runs under a looser limit prove nothing here, and the plan says so', () => {
    const big = [1, 2, 3].map((id) =>
      recorded(id, 3, independentTotal, (p) => {
        p.host.memoryLimitBytes = 16 * GiB;
        p.host.cgroupMemoryLimitBytes = null;
      }),
    );
    const result = plan(big);
    expect(result.ladder?.proven).toBeNull();
    expect(result.ladderLine).toMatch(
      /3 clean run\(s\) under a looser memory limit prove nothing here/,
    );
  });
});

describe('the speed-up fit and the ladder', () => {
  it('stops the climb, but never takes the plan below a proven count', () => {
    // Proven 3; durations that barely improve with workers: the fit says 1 worker is enough.
    const history = [
      recorded(1, 3, independentTotal, (p) => {
        const phase = p.phases[0];
        if (phase) phase.durationMs = 60_000;
      }),
      recorded(2, 2, 2 * 200 + 60 * Math.SQRT2, (p) => {
        const phase = p.phases[0];
        if (phase) phase.durationMs = 60_500;
      }),
      recorded(3, 1, 260, (p) => {
        const phase = p.phases[0];
        if (phase) phase.durationMs = 61_000;
      }),
    ];
    const result = plan(history);
    expect(result.estimate.speedup?.maxUsefulWorkers).toBe(1);
    expect(result.ladder?.proven).toBe(3);
    expect(result.speedupBound).toBe(3);
    expect(result.workers).toBe(3);
    expect(result.limitedBy).toBe('speedup');
  });
});

describe('measured durations below the proof', () => {
  it('goes below a proven count when runs at it took measurably longer (no-gain)', () => {
    // Proven 3 and 2 on this memory, but both took longer than the run at 1: fewer workers are
    // both faster and lighter, so the plan follows the measurement, not the proof.
    const durations: Array<[number, number, number]> = [
      [1, 3, 90_000],
      [2, 2, 80_000],
      [3, 1, 60_000],
      [4, 1, 61_000],
    ];
    const history = durations.map(([runId, workers, durationMs]) =>
      recorded(runId, workers, workers === 3 ? independentTotal : workers * 230, (p) => {
        const phase = p.phases[0];
        if (phase) phase.durationMs = durationMs;
      }),
    );
    const result = plan(history);
    expect(result.estimate.speedup?.kind).toBe('no-gain');
    expect(result.ladder?.proven).toBe(3);
    expect(result.speedupBound).toBe(1);
    expect(result.workers).toBe(1);
    expect(result.limitedBy).toBe('speedup');
    expect(result.reason).toContain('took longer, not less');
  });
});

describe('the measured step: the peak measured at the proof plus the step', () => {
  // Four workers that peak together at 260 MiB each: lockstep, 299 MiB a worker with +15%. The
  // budget's room for workers is 1,196.3 MiB (see above): the model fits 4 and refuses 5.
  const atFour = (runId: number, chargedMiB: number | null, limit = LIMIT): HistoryProfile =>
    recorded(runId, 4, 4 * 260, (p) => {
      const phase = p.phases[0];
      if (phase) phase.peakCgroupUsageBytes = chargedMiB === null ? null : chargedMiB * MiB;
      p.host.cgroupMemoryLimitBytes = limit;
      p.host.memoryLimitBytes = limit;
    });
  const perWorker = 260 * MiB * 1.15;

  it('steps to 5 where the charge measured at 4 plus one more worker fits the limit less the reserve', () => {
    // 1,100 MiB measured at 4 (the most of the two runs) + 299 MiB = 1,399 MiB ≤ 1,536 − 100.
    const result = plan([atFour(1, 1100), atFour(2, 1060)]);
    expect(result.ladder).toMatchObject({ proven: 4, ceiling: 5 });
    expect(result.workers).toBe(5);
    expect(result.memoryModel.kind).toBe('measured-step');
    // The reason names the limit it compared with, not the budget the model uses.
    expect(result.reason).toBe(
      'Memory: the peak measured at 4 workers (1.1 GiB) plus 299 MiB predicted for 1 more fits the 1.5 GiB limit less the 100 MiB reserve: 5 workers (CPUs allow 32).',
    );
    expect(result.memoryModel.why).toContain(
      'at 4 workers this memory peaked at 1.1 GiB (measured, the most of 2 clean run(s)); 1 more predicted to add 299 MiB (lockstep model, +15%): 1.4 GiB fits the 1.5 GiB limit less the 100 MiB reserve',
    );
    expect(result.ladderLine).toMatch(
      /memory allows 5: one step past the proof, where the peak measured at 4 plus the step's predicted share fits/,
    );
    expect(1100 * MiB + perWorker).toBeLessThanOrEqual(LIMIT - 100 * MiB);
  });

  it('holds at 4 where it does not fit, or where nothing was measured on this limit', () => {
    // 1,150 MiB + 299 MiB = 1,449 MiB > 1,436 MiB.
    expect(plan([atFour(1, 1060), atFour(2, 1150)]).workers).toBe(4);
    // No charge recorded (not in a cgroup, or an older profile): the model alone.
    expect(plan([atFour(1, null), atFour(2, null)]).workers).toBe(4);
    // The newest run at 5 was OOM-killed: back to the proof, no step, whatever was measured.
    const killed = recorded(0, 5, 5 * 260, (p) => {
      const phase = p.phases[0];
      if (phase) phase.oomKills = 1;
    });
    expect(plan([killed, atFour(1, 900), atFour(2, 900)]).workers).toBe(4);
  });
});
