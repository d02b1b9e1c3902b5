/**
 * The memory budget workers may use, and the reserve taken off first: one formula for the plan
 * and the post-run advisory. Pure. docs/algorithm.md §2 explains the defaults.
 */
import { MiB } from '../shared/units.js';

/**
 * The reserve before history has measured the job's own non-worker memory: the runner worker,
 * the OS and the job's other processes, whose growth during the job is unknown. 512 MiB keeps a
 * 2 GiB container useful where the older in-house formula's 1,000 MB left nothing.
 */
export const UNMEASURED_RESERVE_BYTES = 512 * MiB;
/**
 * The reserve once history measures the job's base (its non-worker processes): only what history
 * cannot see is left, the runner's own growth and the kernel. 100 MiB is the kubelet's default
 * hard-eviction threshold (`memory.available<100Mi`): the floor Kubernetes keeps free on a node.
 */
export const MEASURED_RESERVE_BYTES = 100 * MiB;

export interface BudgetSettings {
  memoryReserveBytes: number;
  /** Share of what remains that workers may use (0 < f ≤ 1). */
  memoryFraction: number;
}

export type ReserveSource = 'input' | 'auto, base measured' | 'auto, base unknown';

/** The reserve in bytes: the `memory-reserve` input, or `auto` (null) by what history measured. */
export function resolveReserve(
  setting: number | null,
  baseMeasured: boolean,
): { bytes: number; source: ReserveSource } {
  if (setting !== null) return { bytes: setting, source: 'input' };
  return baseMeasured
    ? { bytes: MEASURED_RESERVE_BYTES, source: 'auto, base measured' }
    : { bytes: UNMEASURED_RESERVE_BYTES, source: 'auto, base unknown' };
}

/**
 * budget = max(0, (memory − reserve) × fraction), in bytes, rounded down.
 * @example memoryBudgetBytes(8 * GiB, { memoryReserveBytes: 512 * MiB, memoryFraction: 0.9 }) // 6.75 GiB
 */
export function memoryBudgetBytes(memoryBytes: number, settings: BudgetSettings): number {
  return Math.max(
    0,
    Math.floor((memoryBytes - settings.memoryReserveBytes) * settings.memoryFraction),
  );
}
