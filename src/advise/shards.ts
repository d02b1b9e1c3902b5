/**
 * Shards: the fewest parts a phase can be split into, each run as a job of a matrix on the
 * advised runner, so that each part meets the target duration. Pure. docs/algorithm.md §7.
 */
import type { SpeedupModel } from '../estimate/types.js';
import { MAX_SHARDS, type ShardRef } from '../profile/types.js';
import { formatBytes, formatDuration } from '../shared/units.js';
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
  /**
   * Predicted peak of a shard: the highest of `perShard`. With no count, the runner's whole-phase
   * prediction.
   */
  peakBytes: number;
  /** Each shard's predicted peak and where it comes from; empty with no count. */
  perShard: ShardPeak[];
  /** One line: which evidence the peaks rest on. */
  memoryEvidence: string;
  reason: string;
}

/** One shard's predicted peak. */
export interface ShardPeak {
  index: number;
  peakBytes: number;
  /**
   * `shard`: learned from earlier runs of this shard of a split of the same size; `whole`: no
   * such run, so the whole phase's peak (a shard is not assumed to need less).
   */
  from: 'shard' | 'whole';
  /** Runs of this shard learned from (0 for `whole`). */
  runs: number;
}

/** What history learned of one shard at the runner's worker count; null with no run of it. */
export type ShardPeakLearner = (shard: ShardRef) => { peakBytes: number; runs: number } | null;

/**
 * Each shard's peak: from its own runs where history has some (recorded with `shard: I/T` of the
 * same T: a split of another size runs other tests together), else the whole phase's. Pure.
 */
export function shardPeaks(
  count: number,
  wholePeakBytes: number,
  learn: ShardPeakLearner,
): { perShard: ShardPeak[]; peakBytes: number; memoryEvidence: string } {
  const perShard: ShardPeak[] = [];
  for (let index = 1; index <= count; index++) {
    const learned = count === 1 ? null : learn({ index, total: count });
    perShard.push(
      learned
        ? { index, peakBytes: learned.peakBytes, from: 'shard', runs: learned.runs }
        : { index, peakBytes: wholePeakBytes, from: 'whole', runs: 0 },
    );
  }
  const peakBytes = Math.max(...perShard.map((shard) => shard.peakBytes));
  const learned = perShard.filter((shard) => shard.from === 'shard');
  const wholeText = `the whole phase's ${formatBytes(wholePeakBytes)}`;
  let memoryEvidence: string;
  if (count === 1) memoryEvidence = `Peak: ${wholeText}.`;
  else if (learned.length === 0)
    memoryEvidence = `Peak per shard: ${wholeText}, not assumed to shrink (no earlier run recorded as a shard of ${count}).`;
  else {
    const highest = perShard.reduce((top, shard) =>
      shard.peakBytes > top.peakBytes ? shard : top,
    );
    const runs = learned.reduce((sum, shard) => sum + shard.runs, 0);
    const unrecorded = perShard.filter((shard) => shard.from === 'whole');
    memoryEvidence =
      learned.length === count
        ? `Peak per shard from each shard's own runs of a ${count}-way split (${runs} run(s)): highest ${formatBytes(peakBytes)}, shard ${highest.index}/${count}.`
        : `Peak per shard from their own runs for shard(s) ${indexList(learned)} of ${count} (${runs} run(s)); for ${indexList(unrecorded)}, which no run recorded, ${wholeText}, not assumed to shrink: highest ${formatBytes(peakBytes)}.`;
  }
  return { perShard, peakBytes, memoryEvidence };
}

/** `1, 3, 4`, or `1, 2, 3 … (9 in all)` past eight. */
function indexList(shards: readonly ShardPeak[]): string {
  const indices = shards.map((shard) => shard.index);
  return indices.length <= 8
    ? indices.join(', ')
    : `${indices.slice(0, 3).join(', ')} … (${indices.length} in all)`;
}

/**
 * The fewest shards k whose predicted duration on `runner` meets the target. Each shard repeats
 * the serial part (set-up, collection: the fit cannot tell it from work that would split) and
 * runs 1/k of the rest with the runner's workers:
 *   D(k) = T1·s + T1·(1 − s) / (k · m),   m = min(workers, CPUs),
 * so k = ceil(T1·(1 − s) / (m · (target − T1·s))), and no k when the target is at or below T1·s.
 * Each shard's peak from `learn` (its own runs in a split of k) where history has it, else the
 * runner's whole-phase peak.
 */
export function adviseShards(
  runner: RunnerPrediction,
  fit: Pick<SpeedupModel, 'serialFraction' | 'singleWorkerMs'>,
  targetMs: number,
  learn: ShardPeakLearner = () => null,
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
    perShard: [],
    memoryEvidence: `Peak: the whole phase's ${formatBytes(runner.peakBytes)}.`,
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
    ...shardPeaks(count, runner.peakBytes, learn),
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
