/**
 * How a phase's duration falls with more workers, fitted to Amdahl's law
 * T(n) = T1 · (s + (1 − s) / n). T is linear in 1/n, so ordinary least squares of T on 1/n
 * gives intercept a = T1·s and slope b = T1·(1 − s): T1 = a + b, s = a / (a + b). Pure.
 */
import { linearRegression } from 'simple-statistics';
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
 * data do not speed up with workers at all.
 * @example fitSpeedup([{workers:1,durationMs:100},{workers:2,durationMs:60},{workers:4,durationMs:40}])
 */
export function fitSpeedup(
  points: DurationPoint[],
  minGain = DEFAULT_MIN_SPEEDUP_GAIN,
): SpeedupModel | null {
  const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
  const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
  if (usable.length < 3 || distinct.length < 2) return null;
  const { m: slope, b: intercept } = linearRegression(
    usable.map((point) => [1 / point.workers, point.durationMs]),
  );
  if (!(slope > 0)) return null;
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
  return { serialFraction, singleWorkerMs, maxUsefulWorkers, observedWorkers: distinct };
}
