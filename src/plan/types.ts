import type { MemoryEstimate } from '../estimate/types.js';
import type { ReserveSource } from './budget.js';
import type { Ladder } from './ladder.js';

/** The knobs of the planner, already parsed and validated (see src/inputs.ts). */
export interface PlanSettings {
  /**
   * Memory kept back for the runner and the OS, taken off the available memory first; null for
   * `auto` (512 MiB until history measures the job's base, then 100 MiB: see ./budget.ts).
   */
  memoryReserveBytes: number | null;
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

export type LimitedBy =
  'memory' | 'ladder' | 'cpu' | 'speedup' | 'max-workers' | 'min-workers' | 'override';

/** How the plan sized N workers' memory. */
export type MemoryModelKind =
  'lockstep' | 'independent' | 'partly-correlated' | 'elastic-boundary' | 'measured-step';

export interface Plan {
  workers: number;
  limitedBy: LimitedBy;
  /** One line a person can read: why this many. */
  reason: string;
  /** floor(cpus ÷ cpus-per-worker), at least 1. */
  cpuBound: number;
  /** Workers that fit the budget: the memory model's bound after the evidence ladder, ≥ 0. */
  memoryBound: number;
  /** The memory model's own bound, before the ladder. */
  predictedMemoryBound: number;
  /** Which model sized the workers' memory, and one line on why. */
  memoryModel: { kind: MemoryModelKind; why: string };
  /** Predicted peak of the job (base + workers) at the planned count, bytes. */
  predictedPeakBytes: number;
  /** What history proves about counts on this memory; null without history. */
  ladder: Ladder | null;
  /** The ladder in one line: proven, proposed, why. */
  ladderLine: string | null;
  /** Where the speed-up curve says more workers stop paying; null without such history. */
  speedupBound: number | null;
  cpus: number;
  cpusPerWorker: number;
  memoryLimitBytes: number;
  memoryAvailableBytes: number;
  memoryReserveBytes: number;
  reserveSource: ReserveSource;
  memoryFraction: number;
  /** (available − reserve) × fraction, at least 0. */
  memoryBudgetBytes: number;
  perWorkerBytes: number;
  baseBytes: number;
  /** Per-worker `--max-old-space-size` (MiB) that keeps `workers` Node workers inside the budget. */
  nodeHeapMb: number;
  /**
   * Set where `nodeHeapMb` is held at the cap a clean run at this count ran with on this memory,
   * above what the budget's share gives (src/plan/ladder.ts provenHeapCapMb); null otherwise.
   */
  nodeHeapHeld: { mb: number; runId: number | null } | null;
  /** Predicted phase duration at `workers`, when a speed-up model exists (ms). */
  predictedDurationMs: number | null;
  estimate: MemoryEstimate;
  warnings: string[];
}
