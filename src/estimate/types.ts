/** What the estimator concludes about memory per worker. Sizes in bytes. */

export type Confidence = 'none' | 'low' | 'medium' | 'high';
export type EstimateSource = 'input' | 'fallback' | 'history';

/** One earlier run the estimate learned from (for the summary's links). */
export interface HistoryRunRef {
  runId: number | null;
  runAttempt: number | null;
  sha: string | null;
  startedAt: string;
  /** Link to the run page, built from trusted parts only (server URL, repository, numeric id). */
  url: string | null;
  perWorkerBytes: number | null;
  workers: number | null;
  oomKills: number;
}

/** Phase duration against worker count, fitted to Amdahl's law. */
export interface SpeedupModel {
  /** Fraction of the single-worker duration that does not parallelise (0..1). */
  serialFraction: number;
  /** Predicted duration with one worker (ms). */
  singleWorkerMs: number;
  /** Largest worker count whose marginal gain is still ≥ min-speedup-gain. */
  maxUsefulWorkers: number;
  /** Worker counts the fit was made from (distinct values). */
  observedWorkers: number[];
}

export interface MemoryEstimate {
  source: EstimateSource;
  /** Memory one more worker needs (the figure the plan divides by). */
  perWorkerBytes: number;
  /** Memory of the phase that does not scale with workers (runner, parent process). */
  baseBytes: number;
  confidence: Confidence;
  historyRuns: number;
  /** Spread of the per-run per-worker figures, when learned from history. */
  spread: { p50Bytes: number; p90Bytes: number; maxBytes: number } | null;
  /** Name of the worker group the figure describes (untrusted text from history). */
  workerName: string | null;
  /** True when an OOM kill in history raised the estimate. */
  oomInHistory: boolean;
  speedup: SpeedupModel | null;
  runs: HistoryRunRef[];
  /** One line each: how the figure was reached, what was skipped. */
  notes: string[];
}
