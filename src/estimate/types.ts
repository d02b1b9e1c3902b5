/** What the estimator concludes about memory per worker. Sizes in bytes. */
import type { ConcurrencyModel } from './concurrency.js';

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
  /**
   * `amdahl`: durations fall with more workers as Amdahl's law says. `no-gain`: they did not fall
   * at all; runs at more workers took measurably longer than at `maxUsefulWorkers` (contention,
   * worker start-up, a runner that runs in-band at one worker), so that count is the fastest seen.
   */
  kind: 'amdahl' | 'no-gain';
  /** Fraction of the single-worker duration that does not parallelise (0..1). */
  serialFraction: number;
  /** Predicted duration with one worker (ms). */
  singleWorkerMs: number;
  /** Largest worker count whose marginal gain is still ≥ min-speedup-gain. */
  maxUsefulWorkers: number;
  /** Worker counts the fit was made from (distinct values). */
  observedWorkers: number[];
  /** Median duration (ms) at each count in `observedWorkers`, in the same order. */
  medianDurationsMs: number[];
}

/** What one earlier run proves about a worker count (the evidence ladder's rungs). */
export interface CountEvidence {
  runId: number | null;
  /** Workers that ran at once (the main worker group's most members alive in one sample). */
  workers: number;
  /** The memory the run's processes could see: min(host RAM, cgroup limit), bytes. */
  memoryLimitBytes: number;
  /**
   * The run finished without an OOM kill or a death at the V8 heap limit (and with exit status 0
   * where it is known).
   */
  clean: boolean;
  /** OOM kills in the phase. */
  oomKills: number;
  /**
   * Node processes that stopped at the V8 heap limit in the phase (0 where nobody watched): a
   * memory failure at this count as much as an OOM kill, the heap cap being memory's bound.
   */
  heapLimitKills: number;
  /**
   * The run's per-worker figure as measured (p90 of member peaks, bytes, no OOM bump): tells
   * whether memory has risen since a proof.
   */
  perWorkerBytes: number;
  /**
   * The most memory the run used at once, everything its limit counts: the cgroup's charge where
   * the run had a cgroup limit, else the machine's used memory (MemTotal − MemAvailable); bytes,
   * null where not recorded. A measurement at this count, not a prediction (the measured step,
   * src/plan/memory-bound.ts).
   */
  peakUsedBytes: number | null;
  /**
   * The V8 heap cap (MiB) the run's Node processes ran under, where the recorder set it itself
   * (profile v6 `nodeHeapMb`); null where not known. A clean run at a count proves the count with
   * this cap, not with a smaller one (src/plan/ladder.ts provenHeapCapMb).
   */
  nodeHeapMb: number | null;
  startedAt: string;
  /** Time-decay weight in (0, 1]: 0.5 after one half-life. */
  weight: number;
}

export interface MemoryEstimate {
  source: EstimateSource;
  /** Memory one more worker needs (the figure the plan divides by), margins included. */
  perWorkerBytes: number;
  /** One worker's peak as history measured it, before margins; null without history. */
  memberPeakBytes: number | null;
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
  /**
   * How N workers' memory adds up, fitted from v2 profiles that recorded 2+ workers at once;
   * null without such evidence (the plan then treats workers as peaking together).
   */
  concurrency: ConcurrencyModel | null;
  /**
   * Share of the history figures this runner is expected to need (the elastic-memory prior for
   * Node/JVM workers learned with more memory than this runner has); 1 otherwise.
   */
  elasticShare: number;
  /** True for Node/JVM workers with no OOM kill in history: they may step up on the elastic boundary. */
  elastic: boolean;
  /** True when `baseBytes` was measured by history (the reserve then covers only the unmeasured). */
  baseMeasured: boolean;
  /** Per run: the count it ran and how it ended (the ladder's evidence). */
  countEvidence: CountEvidence[];
  runs: HistoryRunRef[];
  /** One line each: how the figure was reached, what was skipped. */
  notes: string[];
}
