/** The memory budget workers may use: one formula for the plan and the post-run advisory. Pure. */
import type { PlanSettings } from './types.js';

export type BudgetSettings = Pick<PlanSettings, 'memoryReserveBytes' | 'memoryFraction'>;

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
