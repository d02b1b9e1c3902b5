/** `resource-planner plan`: recommend workers for this machine, from history in a folder or not. */
import { parseArgs } from 'node:util';
import {
  OVERRIDE_VARIABLE,
  parseInputs,
  parseOverrideWorkers,
  type ActionInputs,
} from '../config/inputs.js';
import { chooseEstimate } from '../estimate/choose.js';
import type { MemoryEstimate } from '../estimate/types.js';
import { planWorkers } from '../plan/planner.js';
import type { Plan } from '../plan/types.js';
import type { Capacity } from '../probe/types.js';
import { namedByOption } from '../runner/files.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import type { CliIo } from './io.js';

export interface PlanCommandDeps {
  probe(options: { root?: string }): Promise<Capacity>;
  /** Loads profiles from a folder and estimates (`plan --history DIR`). */
  learnFromDirectory(request: {
    directory: string;
    inputs: ActionInputs;
    capacity: Capacity;
    fallback: MemoryEstimate;
  }): Promise<MemoryEstimate>;
}

/** Flags of `plan` that map one-to-one onto action inputs. */
const PLAN_INPUT_FLAGS = [
  'profile',
  'memory-per-worker',
  'fallback-memory-per-worker',
  'min-workers',
  'max-workers',
  'workers',
  'cpus-per-worker',
  'memory-reserve',
  'memory-fraction',
  'min-speedup-gain',
  'elastic-memory',
] as const;

/** The `parseArgs` options of the plan's own flags: `plan` and `exec` both take them. */
export const PLAN_OPTIONS = {
  ...Object.fromEntries(PLAN_INPUT_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
  history: { type: 'string' },
  root: { type: 'string' },
} as const satisfies Record<string, { type: 'string' }>;

/** Parsed flags of a command that plans: PLAN_OPTIONS' values (and the command's own). */
export type PlanFlags = Record<string, string | boolean | undefined>;

export interface Planned {
  inputs: ActionInputs;
  capacity: Capacity;
  plan: Plan;
}

export async function planCommand(
  args: string[],
  io: CliIo,
  deps: PlanCommandDeps,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...PLAN_OPTIONS, json: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const { inputs, capacity, plan } = await planFromFlags(values, io, deps);
  io.stdout(
    values.json
      ? `${JSON.stringify({ capacity, plan }, null, 2)}\n`
      : formatPlanText(inputs.profile, capacity, plan),
  );
  return 0;
}

/**
 * The plan from parsed PLAN_OPTIONS flags: the inputs they set, the machine as probed (under
 * `--root`), history from `--history DIR`, and RESOURCE_PLANNER_WORKERS from the environment.
 */
export async function planFromFlags(
  flags: PlanFlags,
  io: CliIo,
  deps: PlanCommandDeps,
): Promise<Planned> {
  // Only the flags that are inputs: `--history DIR` is a folder here, not the `history` switch.
  const inputFlags = new Set<string>(PLAN_INPUT_FLAGS);
  const inputs = parseInputs((name) => {
    const value = inputFlags.has(name) ? flags[name] : undefined;
    return typeof value === 'string' ? value : '';
  });
  const overrideWorkers = parseOverrideWorkers(io.env[OVERRIDE_VARIABLE]);
  const root = typeof flags.root === 'string' ? flags.root : undefined;
  const capacity = await deps.probe(root === undefined ? {} : { root });

  const directory = typeof flags.history === 'string' ? flags.history : null;
  const estimate = await chooseEstimate({
    memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
    fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
    // The CLI reads history only when asked, and not with a fixed memory-per-worker (no drift here).
    history:
      directory === null || inputs.memoryPerWorkerBytes !== null
        ? { unavailable: null }
        : {
            // A folder that cannot be read is named as given: `--history DIR: no such folder`.
            learn: (fallback) =>
              deps
                .learnFromDirectory({ directory, inputs, capacity, fallback })
                .catch((error: unknown) => {
                  throw namedByOption(error, '--history', directory);
                }),
          },
    onLearnError: 'throw',
    warn: (message) => io.stderr(`warning: ${message}\n`),
  });

  const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
  return { inputs, capacity, plan };
}

/** The human-readable plan. */
export function formatPlanText(profile: string, capacity: Capacity, plan: Plan): string {
  const cgroup = capacity.cgroup;
  const lines = [
    `resource-planner plan (profile: ${profile})`,
    ``,
    `Machine   ${capacity.os}/${capacity.arch}, ${capacity.logicalCpus} logical CPU(s)${capacity.physicalCpus ? ` (${capacity.physicalCpus} physical)` : ''}, ${formatBytes(capacity.hostMemoryTotalBytes)} RAM`,
    `Container ${cgroup ? `cgroup v${cgroup.version}: memory ${cgroup.memoryLimitBytes === null ? 'no limit' : formatBytes(cgroup.memoryLimitBytes)}, CPU quota ${cgroup.cpuQuota === null ? 'none' : cgroup.cpuQuota}` : 'no cgroup limits found'}`,
    `Memory    limit ${formatBytes(plan.memoryLimitBytes)} (${capacity.memoryBinding}), available ${formatBytes(plan.memoryAvailableBytes)}`,
    `Budget    (${formatBytes(plan.memoryAvailableBytes)} − ${formatBytes(plan.memoryReserveBytes)} reserve, ${plan.reserveSource}) × ${plan.memoryFraction} = ${formatBytes(plan.memoryBudgetBytes)}`,
    `Per worker ${formatBytes(plan.perWorkerBytes)} (${plan.estimate.source}, confidence ${plan.estimate.confidence}${plan.estimate.historyRuns ? `, ${plan.estimate.historyRuns} run(s)` : ''})${plan.baseBytes ? ` + base ${formatBytes(plan.baseBytes)}` : ''}`,
    `CPUs      ${plan.cpus} (${capacity.cpuBinding}) ÷ ${plan.cpusPerWorker} per worker = ${plan.cpuBound}`,
    ``,
    `Model     ${plan.memoryModel.kind}: ${plan.memoryModel.why}`,
    ...(plan.ladderLine === null ? [] : [`Ladder    ${plan.ladderLine}`]),
    `Peak      predicted ${formatBytes(plan.predictedPeakBytes)} at ${plan.workers} worker(s), of ${formatBytes(plan.memoryLimitBytes)}`,
    ``,
    `Workers   ${plan.workers}  (limited by ${plan.limitedBy})`,
    `          ${plan.reason}`,
    `Node heap --max-old-space-size=${plan.nodeHeapMb} per worker`,
  ];
  if (plan.predictedDurationMs !== null)
    lines.push(`Predicted ${formatDuration(plan.predictedDurationMs)}`);
  for (const note of plan.estimate.notes) lines.push(`note: ${note}`);
  for (const warning of [...capacity.warnings, ...plan.warnings]) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}
