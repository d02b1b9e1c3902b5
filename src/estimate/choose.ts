/**
 * Which per-worker estimate a plan uses: the `memory-per-worker` input, one learned from history,
 * or the fallback. One function for the action and the CLI so that they cannot diverge.
 */
import { errorMessage } from '../shared/errors.js';
import { formatBytes } from '../shared/units.js';
import type { MemoryEstimate } from './types.js';

export interface EstimateChoice {
  /** The `memory-per-worker` input; null for `auto`. */
  memoryPerWorkerBytes: number | null;
  fallbackMemoryPerWorkerBytes: number;
  /**
   * How to learn from history, or why history is not read (a note for the reader; null for the
   * plain "no history yet" note). History is read even with a fixed memory-per-worker: the
   * action's post step compares this run with it (drift).
   */
  history:
    { learn(fallback: MemoryEstimate): Promise<MemoryEstimate> } | { unavailable: string | null };
  /**
   * The action fails open (a history error becomes a warning and the fallback); the CLI lets the
   * error through, since a user who names a history folder wants to hear that it is wrong.
   */
  onLearnError: 'warn-and-fall-back' | 'throw';
  warn(message: string): void;
}

export async function chooseEstimate(choice: EstimateChoice): Promise<MemoryEstimate> {
  const fixed =
    choice.memoryPerWorkerBytes === null
      ? null
      : staticEstimate(choice.memoryPerWorkerBytes, 'input');
  const fallback = staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback');
  if ('unavailable' in choice.history) {
    const reason = choice.history.unavailable;
    return (
      fixed ??
      (reason === null
        ? fallback
        : staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback', [reason]))
    );
  }
  try {
    const learned = await choice.history.learn(fallback);
    return fixed ?? learned;
  } catch (error) {
    if (choice.onLearnError === 'throw') throw error;
    choice.warn(
      `Could not learn from earlier runs, planning without history: ${errorMessage(error)}`,
    );
    return fixed ?? fallback;
  }
}

/** The estimate used when nothing was learned: the input's figure or the fallback. */
export function staticEstimate(
  perWorkerBytes: number,
  source: 'input' | 'fallback',
  notes: string[] = [],
): MemoryEstimate {
  return {
    source,
    perWorkerBytes,
    memberPeakBytes: null,
    baseBytes: 0,
    confidence: 'none',
    historyRuns: 0,
    spread: null,
    workerName: null,
    oomInHistory: false,
    speedup: null,
    concurrency: null,
    elasticShare: 1,
    elastic: false,
    baseMeasured: false,
    countEvidence: [],
    runs: [],
    notes:
      notes.length > 0
        ? notes
        : [
            source === 'input'
              ? `memory-per-worker sets ${formatBytes(perWorkerBytes)} per worker.`
              : `No history yet: assuming fallback-memory-per-worker, ${formatBytes(perWorkerBytes)} per worker, until this run's measurement replaces it; if you know your workers' size, set fallback-memory-per-worker to it.`,
          ],
  };
}
