/**
 * What one run alone says about parallelism (the post-run advisory). Pure.
 *  - aggressive: budget ÷ the workers' mean end RSS (what they settled at);
 *  - conservative: budget ÷ the p90 of the workers' peak RSS (REFERENCE §4 pairs these two);
 *  - divergence: the workers' peak > 1.2 × their mean end RSS: the two advices differ a lot;
 *  - steady growth: a robust (Theil–Sen) slope of tree RSS over the phase that adds more than
 *    20% of the phase's mean over its duration, with most pairwise slopes positive.
 */
import type { PhaseProfile, RunProfile, WorkerGroup } from '../profile/types.js';
import { theilSen } from '../stats.js';
import { MiB } from '../units.js';

export const DIVERGENCE_RATIO = 1.2;
export const LEAK_GROWTH_SHARE = 0.2;
export const LEAK_POSITIVE_SHARE = 0.7;
const LEAK_MAX_POINTS = 200;
/** The default budget when none is given: 90% of the limit less a 512 MiB reserve (the plan's defaults). */
export const DEFAULT_RESERVE_BYTES = 512 * MiB;
export const DEFAULT_FRACTION = 0.9;

export interface PhaseAdvice {
  phase: string;
  /** The worker group the advice is about (largest concurrent group), or null. */
  group: WorkerGroup | null;
  aggressiveWorkers: number | null;
  conservativeWorkers: number | null;
  divergent: boolean;
  /** Growth over the phase (bytes) when it looks like a leak, else null. */
  leakGrowthBytes: number | null;
}

/** The group that best stands for "the workers": the largest total among groups running 2+ at once. */
export function mainWorkerGroup(phase: PhaseProfile): WorkerGroup | null {
  const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
  const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
  let best: WorkerGroup | null = null;
  for (const group of candidates)
    if (!best || group.peakTotalBytes > best.peakTotalBytes) best = group;
  return best;
}

export function defaultBudget(profile: RunProfile): number {
  return Math.max(0, (profile.host.memoryLimitBytes - DEFAULT_RESERVE_BYTES) * DEFAULT_FRACTION);
}

export function advisePhase(
  profile: RunProfile,
  phaseIndex: number,
  budgetBytes = defaultBudget(profile),
): PhaseAdvice {
  const phase = profile.phases[phaseIndex] as PhaseProfile;
  const group = mainWorkerGroup(phase);
  const fits = (perWorker: number): number | null =>
    perWorker > 0 ? Math.max(0, Math.floor(budgetBytes / perWorker)) : null;
  const points: { x: number; y: number }[] = [];
  profile.timeline.tMs.forEach((t, index) => {
    if (profile.timeline.phase[index] === phaseIndex)
      points.push({ x: t, y: profile.timeline.treeRssBytes[index] as number });
  });
  const step = Math.max(1, Math.ceil(points.length / LEAK_MAX_POINTS));
  const thinned = points.filter((_, index) => index % step === 0);
  let leakGrowthBytes: number | null = null;
  if (thinned.length >= 10 && phase.durationMs > 0 && phase.treeRss.meanBytes > 0) {
    const { slope, positiveShare } = theilSen(thinned);
    const growth = slope * phase.durationMs;
    if (
      growth > LEAK_GROWTH_SHARE * phase.treeRss.meanBytes &&
      positiveShare >= LEAK_POSITIVE_SHARE
    )
      leakGrowthBytes = growth;
  }
  return {
    phase: phase.name,
    group,
    aggressiveWorkers: group ? fits(group.meanEndRssBytes) : null,
    conservativeWorkers: group ? fits(group.peakRss.p90Bytes) : null,
    divergent: group
      ? group.peakRss.maxBytes > DIVERGENCE_RATIO * Math.max(1, group.meanEndRssBytes)
      : phase.treeRss.peakBytes > DIVERGENCE_RATIO * Math.max(1, phase.treeRss.endBytes),
    leakGrowthBytes,
  };
}
