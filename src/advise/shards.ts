/**
 * Shards: the fewest parts a phase can be split into, each run as a job of a matrix on the
 * advised runner, so that each part meets the target duration. Pure. docs/algorithm.md §7.
 */
import type { SpeedupModel } from '../estimate/types.js';
import { MAX_SHARDS } from '../profile/types.js';
import { formatDuration } from '../shared/units.js';
import type { RunnerPrediction } from './types.js';

/** A split of the phase into shards, each run on the runner named (docs/algorithm.md §7). */
export interface ShardAdvice {
  /** Fewest shards that meet the target; null when no count does. */
  count: number | null;
  /** `{"shard":[1,2,3]}` for a fan-out job's `strategy.matrix`; null with no count. */
  matrix: { shard: number[] } | null;
  runner: string;
  /** Workers per shard on that runner, and the predicted duration of each shard. */
  workers: number;
  durationMs: number | null;
  /** Whole minutes × price, for all shards together. */
  costUsd: number | null;
  /** Predicted peak of each shard: the runner's whole-phase prediction (not assumed to shrink). */
  peakBytes: number;
  reason: string;
}

/**
 * The fewest shards k whose predicted duration on `runner` meets the target. Each shard repeats
 * the serial part (set-up, collection: the fit cannot tell it from work that would split) and
 * runs 1/k of the rest with the runner's workers:
 *   D(k) = T1·s + T1·(1 − s) / (k · m),   m = min(workers, CPUs),
 * so k = ceil(T1·(1 − s) / (m · (target − T1·s))), and no k when the target is at or below T1·s.
 */
export function adviseShards(
  runner: RunnerPrediction,
  fit: Pick<SpeedupModel, 'serialFraction' | 'singleWorkerMs'>,
  targetMs: number,
): ShardAdvice {
  const serialMs = fit.singleWorkerMs * fit.serialFraction;
  const parallelMs = fit.singleWorkerMs - serialMs;
  const active = Math.max(1, Math.min(runner.workers, runner.cpus));
  const base = { runner: runner.name, workers: runner.workers, peakBytes: runner.peakBytes };
  const none = (reason: string): ShardAdvice => ({
    ...base,
    count: null,
    matrix: null,
    durationMs: null,
    costUsd: null,
    reason,
  });
  if (!runner.safe) return none(`${runner.name} cannot run even one worker safely.`);
  if (targetMs <= serialMs)
    return none(
      `No number of shards meets ${formatDuration(targetMs)}: each shard repeats the ${formatDuration(serialMs)} that does not parallelise.`,
    );
  const count = Math.max(1, Math.ceil(parallelMs / (active * (targetMs - serialMs)) - 1e-9));
  if (count > MAX_SHARDS)
    return none(
      `Meeting ${formatDuration(targetMs)} would take ${count} shards, more than ${MAX_SHARDS}.`,
    );
  const durationMs = Math.round(serialMs + parallelMs / (count * active));
  const minutes = Math.max(1, Math.ceil(durationMs / 60_000));
  return {
    ...base,
    count,
    matrix: { shard: Array.from({ length: count }, (_, index) => index + 1) },
    durationMs,
    costUsd: Math.round(count * minutes * runner.pricePerMinuteUsd * 1e6) / 1e6,
    reason:
      count === 1
        ? `${runner.name} meets ${formatDuration(targetMs)} in one job.`
        : `${count} shards on ${runner.name} with ${runner.workers} worker(s) each: ${formatDuration(durationMs)} each, against ${formatDuration(targetMs)}.`,
  };
}
