/**
 * How many workers the memory budget holds, by the best model the evidence supports. Pure.
 *  - concurrency model (v2 history with 2+ workers at once): need(N) = predicted group peak
 *    × (1 + 15% margin) × the elastic prior's share;
 *  - lockstep (no such evidence): need(N) = N × the per-worker estimate (margins included);
 *  - elastic boundary (Node/JVM workers with a proven count and no OOM kill): need(N) = N × half
 *    the workers' peak, the measured pass/OOM boundary, so the ladder may step up where a static
 *    prediction would not. The heap cap (node-heap-mb) bounds the memory; the first OOM kill ends it.
 *  - measured step (a proven count whose runs on this memory limit recorded their peak): the peak
 *    measured at the proven count plus what the model predicts one more step adds (+15%) must fit
 *    the limit less the reserve. Only the step is predicted, so only it carries the margin.
 * Base memory comes off the budget first in every case but the measured step, whose measurement
 * holds the base and everything else the limit counts.
 */
import {
  maxWorkersWithin,
  predictConcurrentPeakBytes,
  type ConcurrencyModel,
} from '../estimate/concurrency.js';
import { ELASTIC_MIN_SHARE, SAFETY_MARGIN } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import { formatBytes } from '../shared/units.js';
import { EVIDENCE_MAX_AGE_HALF_LIVES, SAME_LIMIT_TOLERANCE, type Ladder } from './ladder.js';
import type { MemoryModelKind } from './types.js';

/** No plan considers more workers than this. */
export const MAX_WORKERS_CONSIDERED = 4096;

export interface MemoryBound {
  /** Workers whose predicted need fits the budget, ≥ 0. */
  bound: number;
  kind: MemoryModelKind;
  /** Why this model: the evidence in one line. */
  why: string;
  /** "3 × 512 MiB" or "4 workers predicted at 1.1 GiB": for the plan's reason. */
  text: string;
  /** Predicted need of N workers, base excluded, bytes. */
  needOf(workers: number): number;
}

/** The memory the plan runs in, for the measured step: its limit and the reserve kept from it. */
export interface MemoryLimits {
  /** min(host RAM, cgroup limit), bytes: what a run's measured peak is compared with. */
  limitBytes: number;
  reserveBytes: number;
}

export function memoryBoundFor(
  estimate: MemoryEstimate,
  budgetBytes: number,
  ladder: Ladder | null,
  limits: MemoryLimits,
): MemoryBound {
  const room = budgetBytes - Math.max(0, estimate.baseBytes);
  const model = estimate.concurrency
    ? concurrentBound(estimate.concurrency, estimate, room)
    : lockstepBound(estimate, room, ladder);
  // The elastic boundary and the measured step only serve the ladder's next step, and only where
  // the model refuses it.
  const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
  if (model.bound >= step) return model;
  const candidates = [
    elasticBound(estimate, room, ladder),
    measuredStepBound(estimate, ladder, model, limits),
  ].filter((bound): bound is MemoryBound => bound !== null && bound.bound > model.bound);
  // The larger of the two where both allow more than the model: the ladder clamps either to its step.
  return candidates.reduce((best, bound) => (bound.bound > best.bound ? bound : best), model);
}

/**
 * One step past the proven count, where the memory measured at that count (the most any clean
 * run on this limit used at once, everything the limit counts) plus what the model predicts the
 * step adds (its need at the step less its need at the proof, margin included) fits the limit less
 * the reserve. The measured part needs no margin and no budget fraction: it is not predicted. A
 * model that over-predicts the whole (several safety factors over a fitted curve) then no longer
 * holds the ladder below a step that the measurement shows has room. Null where it does not apply
 * or the step does not fit.
 */
function measuredStepBound(
  estimate: MemoryEstimate,
  ladder: Ladder | null,
  model: MemoryBound,
  limits: MemoryLimits,
): MemoryBound | null {
  if (ladder === null || ladder.proven === null || ladder.risen || ladder.ceiling === null)
    return null;
  const proven = ladder.proven;
  const step = ladder.ceiling;
  if (step <= proven) return null;
  const tolerance = limits.limitBytes * SAME_LIMIT_TOLERANCE;
  const minWeight = 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
  const measured = estimate.countEvidence
    .filter(
      (run) =>
        run.clean &&
        run.workers === proven &&
        run.weight >= minWeight &&
        Math.abs(run.memoryLimitBytes - limits.limitBytes) <= tolerance &&
        run.peakUsedBytes !== null &&
        run.peakUsedBytes > 0,
    )
    .map((run) => run.peakUsedBytes as number);
  if (measured.length === 0) return null;
  const peakAtProof = Math.max(...measured);
  const added = Math.max(0, model.needOf(step) - model.needOf(proven));
  const room = limits.limitBytes - limits.reserveBytes;
  if (peakAtProof + added > room) return null;
  return {
    bound: step,
    kind: 'measured-step',
    why: `at ${proven} workers this memory peaked at ${formatBytes(peakAtProof)} (measured, the most of ${measured.length} clean run(s)); ${step - proven} more predicted to add ${formatBytes(added)} (${model.kind} model, +15%): ${formatBytes(peakAtProof + added)} fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve`,
    text: `the peak measured at ${proven} workers (${formatBytes(peakAtProof)}) plus ${formatBytes(added)} predicted for ${step - proven} more fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve: ${step} workers`,
    needOf: model.needOf,
  };
}

/**
 * Each worker at its peak. With a proof on this memory the confidence factor √(1 + 1/n) is not
 * stacked on the +15% margin: as with the concurrency model, the ladder's one step bounds how far
 * little evidence can carry the plan.
 */
function lockstepBound(estimate: MemoryEstimate, room: number, ladder: Ladder | null): MemoryBound {
  const proven = ladder !== null && ladder.proven !== null && !ladder.risen;
  const perWorker =
    proven && estimate.memberPeakBytes !== null
      ? Math.max(1, estimate.memberPeakBytes * (1 + SAFETY_MARGIN) * estimate.elasticShare)
      : Math.max(1, estimate.perWorkerBytes);
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: 'lockstep',
    why:
      estimate.source === 'history'
        ? 'no run recorded 2+ workers at once with per-sample figures: each worker is counted at its peak'
        : `no history: ${estimate.source === 'input' ? 'memory-per-worker' : 'fallback-memory-per-worker'} per worker`,
    text: `${bound} × ${formatBytes(perWorker)}`,
    needOf: (workers) => workers * perWorker,
  };
}

function concurrentBound(
  model: ConcurrencyModel,
  estimate: MemoryEstimate,
  room: number,
): MemoryBound {
  const scale = (1 + SAFETY_MARGIN) * estimate.elasticShare;
  const needOf = (workers: number): number => predictConcurrentPeakBytes(model, workers) * scale;
  const bound = room <= 0 ? 0 : maxWorkersWithin(model, room / scale, MAX_WORKERS_CONSIDERED);
  const share =
    estimate.elasticShare < 1 ? ` × ${estimate.elasticShare.toFixed(2)} elastic prior` : '';
  return {
    bound,
    kind: model.kind,
    why: `${model.reason}; +15% margin${share}`,
    text: `${bound} workers, predicted together at ${formatBytes(needOf(bound))} (${model.kind} model, +15%${share})`,
    needOf,
  };
}

function elasticBound(
  estimate: MemoryEstimate,
  room: number,
  ladder: Ladder | null,
): MemoryBound | null {
  if (!estimate.elastic || ladder === null || ladder.proven === null || ladder.risen) return null;
  // The largest per-worker peak history saw: the boundary is half the *unconstrained* peak, and
  // the largest seen is the nearest to it.
  const memberPeak = estimate.spread?.maxBytes ?? estimate.memberPeakBytes;
  if (memberPeak === null || memberPeak <= 0) return null;
  const perWorker = memberPeak * ELASTIC_MIN_SHARE;
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: 'elastic-boundary',
    why: `'${estimate.workerName ?? 'node'}' workers size their heap from the memory they see: stepping on the measured pass/OOM boundary, half their peak (${formatBytes(perWorker)}), with node-heap-mb as the cap; an OOM kill stops it`,
    text: `${bound} × ${formatBytes(perWorker)} (half the workers' peak, the elastic boundary)`,
    needOf: (workers) => workers * perWorker,
  };
}
