import type { MemoryEstimate } from '../estimate/types.js';

/** The knobs of the planner, already parsed and validated (see src/inputs.ts). */
export interface PlanSettings {
  /** Memory kept back for the runner and the OS, taken off the available memory first. */
  memoryReserveBytes: number;
  /** Share of what remains that workers may use (0 < f ≤ 1). */
  memoryFraction: number;
  /** CPUs one worker should have (> 0; may be fractional). */
  cpusPerWorker: number;
  minWorkers: number;
  maxWorkers: number | null;
  /** The `workers` input: a fixed count that skips the bounds. */
  forcedWorkers: number | null;
  /** RESOURCE_PLANNER_WORKERS: overrides everything. */
  overrideWorkers: number | null;
}

export type LimitedBy = 'memory' | 'cpu' | 'speedup' | 'max-workers' | 'min-workers' | 'override';

export interface Plan {
  workers: number;
  limitedBy: LimitedBy;
  /** One line a person can read: why this many. */
  reason: string;
  /** floor(cpus ÷ cpus-per-worker), at least 1. */
  cpuBound: number;
  /** floor((budget − base) ÷ per-worker), at least 0. */
  memoryBound: number;
  /** Where the speed-up curve says more workers stop paying; null without such history. */
  speedupBound: number | null;
  cpus: number;
  cpusPerWorker: number;
  memoryLimitBytes: number;
  memoryAvailableBytes: number;
  memoryReserveBytes: number;
  memoryFraction: number;
  /** (available − reserve) × fraction, at least 0. */
  memoryBudgetBytes: number;
  perWorkerBytes: number;
  baseBytes: number;
  /** Per-worker `--max-old-space-size` (MiB) that keeps `workers` Node workers inside the budget. */
  nodeHeapMb: number;
  /** Predicted phase duration at `workers`, when a speed-up model exists (ms). */
  predictedDurationMs: number | null;
  estimate: MemoryEstimate;
  warnings: string[];
}
