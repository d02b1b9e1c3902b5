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
 * ...but never more than this share of the memory limit: a flat 512 MiB took 64% of an 800 MiB
 * container. The non-worker memory measured in the convergence benchmark (bench/RESULTS.md §5:
 * a Python pool's parent, Jest's own process, a Node pool's parent) was 16–142 MiB in limits of
 * 768–2048 MiB; a quarter of the limit covers that 1.3× or more in every one of them.
 */
export const UNMEASURED_RESERVE_SHARE = 0.25;
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

export type ReserveSource =
  | 'input'
  | 'auto, base measured'
  | 'auto, base unknown'
  | 'auto, base unknown, a quarter of the limit';

/**
 * The reserve in bytes: the `memory-reserve` input, or `auto` (null) by what history measured:
 * 100 MiB once it measured the base; before that 512 MiB, or a quarter of a smaller memory limit
 * (`memoryLimitBytes`, the runner's or the container's ceiling).
 */
export function resolveReserve(
  setting: number | null,
  baseMeasured: boolean,
  memoryLimitBytes = Number.POSITIVE_INFINITY,
): { bytes: number; source: ReserveSource } {
  if (setting !== null) return { bytes: setting, source: 'input' };
  if (baseMeasured) return { bytes: MEASURED_RESERVE_BYTES, source: 'auto, base measured' };
  const share = Math.floor(memoryLimitBytes * UNMEASURED_RESERVE_SHARE);
  return share < UNMEASURED_RESERVE_BYTES
    ? {
        bytes: Math.max(MEASURED_RESERVE_BYTES, share),
        source: 'auto, base unknown, a quarter of the limit',
      }
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
