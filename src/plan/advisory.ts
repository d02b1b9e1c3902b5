/**
 * What one run alone says about parallelism (the post-run advisory), and which of its findings
 * are strong enough to act on. Pure.
 *
 * The count: workers of the phase's main group that fit the budget left after the phase's
 * non-worker memory, each at the p90 of the workers' own peaks, then capped by the CPUs
 * (`cpus ÷ cpus-per-worker`), `max-workers`, and, in a phase with an OOM kill, one fewer than ran
 * at once. It sizes every worker at its peak at once (the lockstep model); the main step's
 * planner, which learns from many runs, may allow more when peaks do not line up.
 *
 * Findings, each required to hold on this run's own evidence:
 *  - steady growth: over the second half of the phase (after workers have started), a robust
 *    (Theil–Sen) slope that adds at least 20% of the phase's peak, with at least 75% of the
 *    pairwise slopes positive, over at least 20 points and 60 s;
 *  - swinging workers: the p90 of the workers' peaks above 1.5 × their mean RSS while alive (v2
 *    concurrency figures). End RSS is not used: a worker that holds its memory until it exits is
 *    often sampled mid-exit, reading 0 or half its peak.
 */
import type { PlanSettings } from './types.js';
import type { PhaseProfile, RunProfile, WorkerGroup } from '../profile/types.js';
import { theilSen } from '../shared/stats.js';
import { mainWorkerGroup } from '../profile/worker-group.js';

export const LEAK_GROWTH_SHARE_OF_PEAK = 0.2;
export const LEAK_POSITIVE_SHARE = 0.75;
export const LEAK_MIN_POINTS = 20;
export const LEAK_MIN_DURATION_MS = 60_000;
export const SWING_RATIO = 1.5;
const LEAK_MAX_POINTS = 200;

export type AdviceLimit = 'memory' | 'cpu' | 'max-workers' | 'oom';

export interface PhaseAdvice {
  phase: string;
  /** The worker group the advice is about (largest concurrent group), or null. */
  group: WorkerGroup | null;
  /** Memory of the phase outside the group at its peak, bytes. */
  baseBytes: number;
  /** Workers that fit the budget at the p90 of their peaks (null without a group). */
  memoryFits: number | null;
  /** floor(cpus ÷ cpus-per-worker), at least 1. */
  cpuBound: number;
  /**
   * The count this run alone justifies: the smallest bound, at least 1; null without a group or
   * when the group never ran two members at once (no pool to size).
   */
  workers: number | null;
  limitedBy: AdviceLimit | null;
  /** Growth over the second half of the phase when it looks like a leak, else null. */
  leakGrowthBytes: number | null;
  /** Workers whose peak is far above their mean while alive: [mean, p90 peak] bytes, else null. */
  swing: { meanBytes: number; peakBytes: number } | null;
}

export interface AdviceSettings extends Pick<PlanSettings, 'cpusPerWorker' | 'maxWorkers'> {
  /** What workers may use: memoryBudgetBytes of the run's limit with the user's reserve/fraction. */
  budgetBytes: number;
}

/** Points of the phase's tree RSS from the timeline, in time order. */
function phasePoints(profile: RunProfile, phaseIndex: number): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  profile.timeline.tMs.forEach((t, index) => {
    if (profile.timeline.phase[index] === phaseIndex)
      points.push({ x: t, y: profile.timeline.treeRssBytes[index] as number });
  });
  return points;
}

/** Growth over the second half of the phase when it is steady and large against the peak. */
export function steadyGrowthBytes(
  phase: PhaseProfile,
  points: { x: number; y: number }[],
): number | null {
  if (phase.durationMs < LEAK_MIN_DURATION_MS || phase.treeRss.peakBytes <= 0) return null;
  const secondHalf = points.slice(Math.floor(points.length / 2));
  if (secondHalf.length < LEAK_MIN_POINTS / 2 || points.length < LEAK_MIN_POINTS) return null;
  const step = Math.max(1, Math.ceil(secondHalf.length / LEAK_MAX_POINTS));
  const thinned = secondHalf.filter((_, index) => index % step === 0);
  const span = (thinned.at(-1)?.x ?? 0) - (thinned[0]?.x ?? 0);
  if (span <= 0) return null;
  const { slope, positiveShare } = theilSen(thinned);
  const growth = slope * span;
  return growth >= LEAK_GROWTH_SHARE_OF_PEAK * phase.treeRss.peakBytes &&
    positiveShare >= LEAK_POSITIVE_SHARE
    ? growth
    : null;
}

export function advisePhase(
  profile: RunProfile,
  phaseIndex: number,
  settings: AdviceSettings,
): PhaseAdvice {
  const phase = profile.phases[phaseIndex] as PhaseProfile;
  const group = mainWorkerGroup(phase);
  const cpuBound = Math.max(1, Math.floor(profile.host.cpus / settings.cpusPerWorker + 1e-9));
  const baseBytes = group ? Math.max(0, phase.treeRss.peakBytes - group.peakTotalBytes) : 0;
  const perWorker = group?.peakRss.p90Bytes ?? 0;
  const memoryFits =
    group && perWorker > 0
      ? Math.max(0, Math.floor((settings.budgetBytes - baseBytes) / perWorker))
      : null;
  let workers: number | null = null;
  let limitedBy: AdviceLimit | null = null;
  // One process at a time is no pool: nothing to say about how many could run together.
  if (group && memoryFits !== null && group.maxConcurrency > 1) {
    const bounds: [AdviceLimit, number][] = [
      ['memory', memoryFits],
      ['cpu', cpuBound],
    ];
    if (settings.maxWorkers !== null) bounds.push(['max-workers', settings.maxWorkers]);
    if (phase.oomKills > 0) bounds.push(['oom', group.maxConcurrency - 1]);
    const [limit, count] = bounds.reduce((low, bound) => (bound[1] < low[1] ? bound : low));
    workers = Math.max(1, count);
    limitedBy = limit;
  }
  const concurrency = group?.concurrency ?? null;
  const swing =
    group &&
    concurrency &&
    concurrency.memberMeanBytes > 0 &&
    group.peakRss.p90Bytes > SWING_RATIO * concurrency.memberMeanBytes
      ? { meanBytes: concurrency.memberMeanBytes, peakBytes: group.peakRss.p90Bytes }
      : null;
  return {
    phase: phase.name,
    group,
    baseBytes,
    memoryFits,
    cpuBound,
    workers,
    limitedBy,
    // After an OOM kill the rise is the kill's story, told by its own note.
    leakGrowthBytes:
      phase.oomKills > 0 ? null : steadyGrowthBytes(phase, phasePoints(profile, phaseIndex)),
    swing,
  };
}
