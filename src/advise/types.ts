/**
 * The prediction for one catalogue runner: made by the advice (./advise.ts), read by the shard
 * count (./shards.ts) and the reports. Its own module so that neither imports the other for it.
 */
import type { Confidence } from '../estimate/types.js';

/** What one catalogue runner would do. Sizes in bytes, times in ms. */
export interface RunnerPrediction {
  name: string;
  label: string | null;
  cpus: number;
  memoryBytes: number;
  pricePerMinuteUsd: number;
  /** The count the planner would choose there. */
  workers: number;
  limitedBy: string;
  durationMs: number;
  /**
   * Predicted peak of the phase (base + workers, margins included) at `workers`, with the
   * workers' memory as history measured it: never scaled down for a smaller runner.
   */
  peakBytes: number;
  /**
   * The peak at `workers` if the workers' memory shrinks with the runner's (`elastic-memory`
   * auto, Node/JVM workers learned with more memory than this runner has); null where no scaling
   * applied. Lower than `peakBytes`, and only as good as that assumption: memory that is held
   * (Buffers, caches) does not shrink.
   */
  elasticPeakBytes: number | null;
  /** Workers that fit the memory there; 0 when not even one does. */
  memoryBound: number;
  /** At least one worker fits and the chosen count is within the memory bound. */
  safe: boolean;
  /** Whole minutes billed for the phase (GitHub rounds each job up to a minute). */
  billedMinutes: number;
  costUsd: number;
  meetsTarget: boolean | null;
  /** The count is beyond the largest worker count history ran with a CPU each. */
  extrapolated: boolean;
  /**
   * The count fits this runner's memory only under the elastic-memory assumption (workers that
   * need less where they see less): with their memory as history measured it, fewer fit.
   */
  reliesOnElasticMemory: boolean;
  /**
   * History has runs on a runner of this size (its CPUs, its memory within 10%). Without, the
   * prediction carries history's per-CPU speed and memory to another size: confidence at most
   * medium.
   */
  sizeInHistory: boolean;
  confidence: Confidence;
  source: string;
}
