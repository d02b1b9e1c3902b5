/**
 * One budget for nested parallelism: `exec --tasks` gives each task its memory share and CPUs as
 * RESOURCE_PLANNER_BUDGET and RESOURCE_PLANNER_CPUS; a `resource-planner plan` (or `exec`) run
 * inside that task plans within them instead of the whole machine. Pure: the variables' values
 * in, the narrowed capacity out. The values are untrusted configuration: a bad one is an error
 * that names the variable.
 */
import type { Capacity } from '../probe/types.js';
import { InputError } from '../shared/errors.js';
import { formatBytes, parseSize } from '../shared/units.js';

export const BUDGET_VARIABLE = 'RESOURCE_PLANNER_BUDGET';
export const CPUS_VARIABLE = 'RESOURCE_PLANNER_CPUS';

/** What a parent `exec` granted this process: bytes and CPUs (either may be absent). */
export interface NestedBudget {
  memoryBytes: number | null;
  cpus: number | null;
}

/** The smallest share worth planning in: below it the value is surely a mistake (bytes). */
const MIN_BUDGET_BYTES = 1024 * 1024;
/** The most CPUs a share may name. */
const MAX_CPUS = 100_000;

/**
 * The budget from the two variables' values (undefined or '' when unset); null when neither is
 * set. RESOURCE_PLANNER_BUDGET is a size (bytes, as exec writes it, or `512M`, `1.5G`) of at
 * least 1 MiB; RESOURCE_PLANNER_CPUS a whole number from 1.
 */
export function parseNestedBudget(
  budget: string | undefined,
  cpus: string | undefined,
): NestedBudget | null {
  const budgetText = budget?.trim() ?? '';
  const cpusText = cpus?.trim() ?? '';
  if (budgetText === '' && cpusText === '') return null;
  let memoryBytes: number | null = null;
  if (budgetText !== '') {
    memoryBytes = parseSize(budgetText);
    if (memoryBytes === null || memoryBytes < MIN_BUDGET_BYTES)
      throw new InputError(
        BUDGET_VARIABLE,
        budgetText.slice(0, 40),
        'a memory size of at least 1 MiB, in bytes (1073741824) or with a unit (512M, 1.5G)',
      );
  }
  let cpuCount: number | null = null;
  if (cpusText !== '') {
    if (!/^\d{1,6}$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > MAX_CPUS)
      throw new InputError(
        CPUS_VARIABLE,
        cpusText.slice(0, 40),
        'a whole number of CPUs, 1 or more',
      );
    cpuCount = Number(cpusText);
  }
  return { memoryBytes, cpus: cpuCount };
}

/**
 * The machine as the share sees it: the memory limit and the available memory at most the
 * budget, the CPUs at most the share's; a warning says so, so the plan's reason reads true.
 */
export function applyNestedBudget(capacity: Capacity, budget: NestedBudget | null): Capacity {
  if (budget === null) return capacity;
  const memoryLimitBytes =
    budget.memoryBytes === null
      ? capacity.memoryLimitBytes
      : Math.min(capacity.memoryLimitBytes, budget.memoryBytes);
  const cpus =
    budget.cpus === null ? capacity.cpus : Math.max(1, Math.min(capacity.cpus, budget.cpus));
  const parts = [
    ...(budget.memoryBytes === null
      ? []
      : [`${formatBytes(budget.memoryBytes)} of memory (${BUDGET_VARIABLE})`]),
    ...(budget.cpus === null ? [] : [`${budget.cpus} CPU(s) (${CPUS_VARIABLE})`]),
  ];
  return {
    ...capacity,
    memoryLimitBytes,
    memoryAvailableBytes: Math.min(capacity.memoryAvailableBytes, memoryLimitBytes),
    cpus,
    warnings: [
      ...capacity.warnings,
      `Planning within the share a parent resource-planner exec gave this task: ${parts.join(' and ')}.`,
    ],
  };
}
