/**
 * How a phase's duration falls with more workers, fitted to Amdahl's law
 * T(n) = T1 · (s + (1 − s) / n). T is linear in 1/n, so ordinary least squares of T on 1/n
 * gives intercept a = T1·s and slope b = T1·(1 − s): T1 = a + b, s = a / (a + b). Pure.
 */
import { linearRegression, median } from 'simple-statistics';
import { formatDuration } from '../shared/units.js';
import type { SpeedupModel } from './types.js';

/**
 * Default `min-speedup-gain`: stop adding workers when one more would cut the duration by less
 * than 5%. Beyond that point each worker costs memory and CPU contention for little benefit.
 */
export const DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
/** Never extrapolate the curve further than this many times the largest count observed. */
const MAX_EXTRAPOLATION = 4;
/** Nor past this many workers (the planner's MAX_WORKERS_CONSIDERED). */
const MAX_WORKERS_FITTED = 4096;

export interface DurationPoint {
  workers: number;
  durationMs: number;
}

/** Amdahl: T(n) = T1 · (s + (1 − s) / n). */
export function predictDurationMs(
  model: Pick<SpeedupModel, 'serialFraction' | 'singleWorkerMs'>,
  workers: number,
): number {
  return (
    model.singleWorkerMs *
    (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers))
  );
}

/**
 * Fits the model; null without at least 3 points at 2 or more distinct worker counts, or when the
 * data neither speed up with workers nor clearly slow down.
 *
 * Durations that do not fall at all (the least-squares slope on 1/n is not positive) are a
 * measurement too: when the median at the fastest count beats the median at every larger count
 * by at least `minGain`, the model is `no-gain` and that count is the most worth running (Jest at
 * one worker runs in its own process and skips starting workers, which can beat two workers on a
 * small runner). Between the two (mixed, within noise) nothing is claimed.
 * @example fitSpeedup([{workers:1,durationMs:100},{workers:2,durationMs:60},{workers:4,durationMs:40}])
 */
export function fitSpeedup(
  points: DurationPoint[],
  minGain = DEFAULT_MIN_SPEEDUP_GAIN,
): SpeedupModel | null {
  const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
  const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
  if (usable.length < 3 || distinct.length < 2) return null;
  const medianDurationsMs = distinct.map((workers) =>
    median(usable.filter((point) => point.workers === workers).map((point) => point.durationMs)),
  );
  const { m: slope, b: intercept } = linearRegression(
    usable.map((point) => [1 / point.workers, point.durationMs]),
  );
  if (!(slope > 0)) return noGain(distinct, medianDurationsMs, minGain);
  const singleWorkerMs = Math.max(1, intercept + slope);
  const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
  const model = { serialFraction, singleWorkerMs };
  const largest = distinct[distinct.length - 1] as number;
  let maxUsefulWorkers = 1;
  // Bounded twice: by how far the data reach, and by the most workers any plan considers, so a
  // min-speedup-gain of 0 (which never stops the loop by itself) cannot make it run for seconds.
  const last = Math.min(largest * MAX_EXTRAPOLATION, MAX_WORKERS_FITTED);
  for (let workers = 2; workers <= last; workers++) {
    const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
    if (gain < minGain) break;
    maxUsefulWorkers = workers;
  }
  return {
    kind: 'amdahl',
    serialFraction,
    singleWorkerMs,
    maxUsefulWorkers,
    observedWorkers: distinct,
    medianDurationsMs,
  };
}

/**
 * The `no-gain` model, or null when the medians do not show it beyond `minGain`: the fastest
 * count's median must beat every larger count's median by that share.
 */
function noGain(
  distinct: number[],
  medianDurationsMs: number[],
  minGain: number,
): SpeedupModel | null {
  let fastest = 0;
  medianDurationsMs.forEach((ms, index) => {
    if (ms < (medianDurationsMs[fastest] as number)) fastest = index;
  });
  const fastestMs = medianDurationsMs[fastest] as number;
  const larger = medianDurationsMs.slice(fastest + 1);
  if (larger.length === 0 || larger.some((ms) => ms < fastestMs * (1 + minGain))) return null;
  return {
    kind: 'no-gain',
    // A flat curve at the fastest count's median: more workers are predicted no faster.
    serialFraction: 1,
    singleWorkerMs: fastestMs,
    maxUsefulWorkers: distinct[fastest] as number,
    observedWorkers: distinct,
    medianDurationsMs,
  };
}

/** One line for the estimate's notes: what the durations showed. */
export function speedupNote(model: SpeedupModel): string {
  if (model.kind === 'amdahl')
    return `Durations at ${model.observedWorkers.join(', ')} workers fit Amdahl's law with ${Math.round(model.serialFraction * 100)}% serial work: more than ${model.maxUsefulWorkers} workers gain too little.`;
  const medians = model.observedWorkers
    .map(
      (workers, index) => `${workers}: ${formatDuration(model.medianDurationsMs[index] as number)}`,
    )
    .join(', ');
  return `Durations did not fall with more workers (median per count, ${medians}): ${model.maxUsefulWorkers} is the fastest count measured.`;
}
