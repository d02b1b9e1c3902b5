/**
 * What one run alone says about parallelism (the post-run advisory). Pure.
 *  - aggressive: budget ÷ the workers' mean end RSS (what they settled at);
 *  - conservative: budget ÷ the p90 of the workers' peak RSS (the in-house advisory this product replaces paired
 *    these two);
 *  - divergence: the workers' peak > 1.2 × their mean end RSS: the two advices differ a lot;
 *  - steady growth: a robust (Theil–Sen) slope of tree RSS over the phase that adds more than
 *    20% of the phase's mean over its duration, with most pairwise slopes positive.
 */
import type { PhaseProfile, RunProfile, WorkerGroup } from '../profile/types.js';
import { theilSen } from '../shared/stats.js';
import { mainWorkerGroup } from '../profile/worker-group.js';

export const DIVERGENCE_RATIO = 1.2;
export const LEAK_GROWTH_SHARE = 0.2;
export const LEAK_POSITIVE_SHARE = 0.7;
const LEAK_MAX_POINTS = 200;

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

export function advisePhase(
  profile: RunProfile,
  phaseIndex: number,
  /** What workers may use (memoryBudgetBytes of the run's limit, with the user's settings). */
  budgetBytes: number,
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
