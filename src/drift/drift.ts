/**
 * Peak-memory drift of this run against the baseline branch's runs. Pure.
 *
 * With 5 or more baseline runs (`auto`, `robust`): drift when the modified z-score of log(peak),
 * 0.6745·(x − median)/MAD, exceeds 3.5 (Iglewicz & Hoaglin) AND the change against the baseline
 * median is at least the threshold. The log scale makes the test relative; the threshold keeps a
 * statistically clear but tiny change from raising an alarm. With fewer runs (or `max`): drift
 * when the peak exceeds the baseline maximum by more than the threshold. Decreases past the same
 * tests are improvements. An OOM kill in this run is always drift.
 */
import { sameShard } from '../profile/identity.js';
import { mainWorkerGroup } from '../profile/worker-group.js';
import type { PhaseProfile, RunProfile } from '../profile/types.js';
import { median, medianAbsoluteDeviation } from '../shared/stats.js';

export type DriftMethod = 'auto' | 'robust' | 'max';
export type PhaseVerdict = 'drift' | 'improvement' | 'ok' | 'no-baseline';

export const MODIFIED_Z_LIMIT = 3.5;
export const ROBUST_MIN_RUNS = 5;
/**
 * When the baseline's MAD is 0 (identical peaks), the spread is taken as 1% of the median
 * (0.01 in log space), so the relative threshold alone decides.
 */
export const MAD_FLOOR_LOG = 0.01;

export interface BaselineStats {
  n: number;
  medianBytes: number;
  minBytes: number;
  maxBytes: number;
  /** MAD of the baseline peaks (bytes). */
  madBytes: number;
}

export interface MetricDrift {
  verdict: PhaseVerdict;
  currentBytes: number;
  baseline: BaselineStats | null;
  /** (current − baseline median) ÷ baseline median. */
  changeFraction: number | null;
  zScore: number | null;
  method: 'robust' | 'max' | null;
}

export interface PhaseDrift {
  name: string;
  peak: MetricDrift;
  /** The main worker group's p90 per-process peak. */
  perWorker: MetricDrift | null;
  workerName: string | null;
  oomKills: number;
  verdict: PhaseVerdict;
}

export interface DriftReport {
  verdict: 'drift' | 'improvement' | 'ok' | 'no-baseline';
  phases: PhaseDrift[];
  baselineRuns: number;
  thresholdFraction: number;
  currentWorkers: number | null;
  baselineWorkers: number | null;
  /** Baseline runs left out because they ran another shard or split (like is compared with like). */
  otherShardRuns: number;
}

export interface DriftInput {
  current: RunProfile;
  baseline: RunProfile[];
  thresholdFraction?: number;
  method?: DriftMethod;
}

/** The peak a phase is judged on: the cgroup's charge where recorded (no double-counted shared pages), else the tree RSS. */
export function phasePeak(phase: PhaseProfile): number {
  return phase.treeRss.peakBytes;
}

export function compareMetric(
  current: number,
  baseline: number[],
  thresholdFraction: number,
  method: DriftMethod,
): MetricDrift {
  const values = baseline.filter((value) => value > 0);
  if (values.length === 0)
    return {
      verdict: 'no-baseline',
      currentBytes: current,
      baseline: null,
      changeFraction: null,
      zScore: null,
      method: null,
    };
  const stats: BaselineStats = {
    n: values.length,
    medianBytes: median(values),
    minBytes: Math.min(...values),
    maxBytes: Math.max(...values),
    madBytes: medianAbsoluteDeviation(values),
  };
  const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
  const robust = method === 'robust' || (method === 'auto' && values.length >= ROBUST_MIN_RUNS);
  if (robust) {
    const logs = values.map(Math.log);
    const mad = Math.max(medianAbsoluteDeviation(logs), MAD_FLOOR_LOG);
    const zScore = (0.6745 * (Math.log(Math.max(1, current)) - median(logs))) / mad;
    let verdict: PhaseVerdict = 'ok';
    if (zScore > MODIFIED_Z_LIMIT && changeFraction >= thresholdFraction) verdict = 'drift';
    else if (zScore < -MODIFIED_Z_LIMIT && changeFraction <= -thresholdFraction)
      verdict = 'improvement';
    return {
      verdict,
      currentBytes: current,
      baseline: stats,
      changeFraction,
      zScore,
      method: 'robust',
    };
  }
  let verdict: PhaseVerdict = 'ok';
  if (current > stats.maxBytes * (1 + thresholdFraction)) verdict = 'drift';
  else if (current < stats.minBytes * (1 - thresholdFraction)) verdict = 'improvement';
  return {
    verdict,
    currentBytes: current,
    baseline: stats,
    changeFraction,
    zScore: null,
    method: 'max',
  };
}

function combine(verdicts: PhaseVerdict[]): PhaseVerdict {
  if (verdicts.includes('drift')) return 'drift';
  if (verdicts.includes('improvement')) return 'improvement';
  if (verdicts.every((verdict) => verdict === 'no-baseline')) return 'no-baseline';
  return 'ok';
}

export function detectDrift({
  current,
  baseline,
  thresholdFraction = 0.1,
  method = 'auto',
}: DriftInput): DriftReport {
  const all = baseline;
  baseline = all.filter((profile) => sameShard(profile.run.shard, current.run.shard));
  const phases: PhaseDrift[] = current.phases.map((phase) => {
    const matching = baseline
      .map((profile) => profile.phases.find((candidate) => candidate.name === phase.name))
      .filter((candidate): candidate is PhaseProfile => candidate !== undefined);
    const peak = compareMetric(
      phasePeak(phase),
      matching.map(phasePeak),
      thresholdFraction,
      method,
    );
    const group = mainWorkerGroup(phase);
    let perWorker: MetricDrift | null = null;
    if (group) {
      const baselineWorkers = matching
        .map(
          (candidate) =>
            candidate.workerGroups.find((other) => other.name === group.name)?.peakRss.p90Bytes,
        )
        .filter((value): value is number => value !== undefined);
      perWorker = compareMetric(group.peakRss.p90Bytes, baselineWorkers, thresholdFraction, method);
    }
    const verdicts = [peak.verdict, ...(perWorker ? [perWorker.verdict] : [])];
    const verdict: PhaseVerdict = phase.oomKills > 0 ? 'drift' : combine(verdicts);
    return {
      name: phase.name,
      peak,
      perWorker,
      workerName: group?.name ?? null,
      oomKills: phase.oomKills,
      verdict,
    };
  });
  const workersOf = (profile: RunProfile): number | null =>
    profile.phases.find((phase) => phase.workersRecommended !== null)?.workersRecommended ?? null;
  const baselineWorkers = baseline
    .map(workersOf)
    .filter((value): value is number => value !== null);
  return {
    verdict: phases.length === 0 ? 'no-baseline' : combine(phases.map((phase) => phase.verdict)),
    phases,
    baselineRuns: baseline.length,
    thresholdFraction,
    currentWorkers: workersOf(current),
    otherShardRuns: all.length - baseline.length,
    baselineWorkers: baselineWorkers.length > 0 ? Math.round(median(baselineWorkers)) : null,
  };
}

/** The drift test as the action's inputs configure it: one call for the post step and report mode. */
export function driftReportFor(
  current: RunProfile,
  baseline: RunProfile[],
  settings: { driftThresholdFraction: number; driftMethod: DriftMethod },
): DriftReport {
  return detectDrift({
    current,
    baseline,
    thresholdFraction: settings.driftThresholdFraction,
    method: settings.driftMethod,
  });
}
