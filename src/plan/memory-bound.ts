/**
 * How many workers the memory budget holds, by the best model the evidence supports. Pure.
 *  - concurrency model (v2 history with 2+ workers at once): need(N) = predicted group peak
 *    × (1 + 15% margin) × the elastic prior's share;
 *  - lockstep (no such evidence): need(N) = N × the per-worker estimate (margins included);
 *  - elastic boundary (Node/JVM workers with a proven count and no OOM kill): need(N) = N × half
 *    the workers' peak, the measured pass/OOM boundary, so the ladder may step up where a static
 *    prediction would not. The heap cap (node-heap-mb) bounds the memory; the first OOM kill ends it.
 * Base memory comes off the budget first in every case.
 */
import {
  maxWorkersWithin,
  predictConcurrentPeakBytes,
  type ConcurrencyModel,
} from '../estimate/concurrency.js';
import { ELASTIC_MIN_SHARE, SAFETY_MARGIN } from '../estimate/estimate.js';
import type { MemoryEstimate } from '../estimate/types.js';
import { formatBytes } from '../shared/units.js';
import type { Ladder } from './ladder.js';
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

export function memoryBoundFor(
  estimate: MemoryEstimate,
  budgetBytes: number,
  ladder: Ladder | null,
): MemoryBound {
  const room = budgetBytes - Math.max(0, estimate.baseBytes);
  const model = estimate.concurrency
    ? concurrentBound(estimate.concurrency, estimate, room)
    : lockstepBound(estimate, room, ladder);
  // The elastic boundary only serves the ladder's next step, and only where the model refuses it.
  const elastic = elasticBound(estimate, room, ladder);
  const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
  return elastic !== null && model.bound < step && elastic.bound > model.bound ? elastic : model;
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
