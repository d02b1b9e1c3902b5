/** `resource-planner plan`: recommend workers for this machine, from history in a folder or not. */
import type { Command } from 'commander';
import {
  OVERRIDE_VARIABLE,
  parseInputs,
  parseOverrideWorkers,
  type ActionInputs,
} from '../config/inputs.js';
import { chooseEstimate } from '../estimate/choose.js';
import type { MemoryEstimate } from '../estimate/types.js';
import {
  applyNestedBudget,
  BUDGET_VARIABLE,
  CPUS_VARIABLE,
  parseNestedBudget,
} from '../plan/nested.js';
import { planWorkers } from '../plan/planner.js';
import type { Plan } from '../plan/types.js';
import type { Capacity } from '../probe/types.js';
import { heapHeldText } from '../report/pre-run.js';
import { HISTORY_DIR_VARIABLE } from '../runner/cli-shim.js';
import { namedByOption } from '../runner/files.js';
import { errorMessage } from '../shared/errors.js';
import { formatBytes, formatDuration } from '../shared/units.js';
import type { CliCommand, CliIo } from './io.js';
import { parseJobName } from './options.js';

export interface PlanCommandDeps {
  probe(options: { root?: string }): Promise<Capacity>;
  /** Loads profiles from a folder and estimates (`plan --history DIR`). */
  learnFromDirectory(request: {
    directory: string;
    /** Only recordings of this job (`run --name`); null for every profile in the folder. */
    name: string | null;
    inputs: ActionInputs;
    capacity: Capacity;
    fallback: MemoryEstimate;
  }): Promise<MemoryEstimate>;
}

/**
 * Flags of `plan` that map one-to-one onto action inputs, with their help. Their values are
 * checked by `parseInputs`, the action's own parser, so an error names the input and its format.
 */
const PLAN_INPUT_FLAGS = [
  ['profile', 'NAME', 'phase to plan for (default: default)'],
  ['memory-per-worker', 'SIZE', 'auto (learn from --history; default) or a size: 512M, 1.5G'],
  ['fallback-memory-per-worker', 'SIZE', 'assumed without history (default: 768M)'],
  ['min-workers', 'N', 'lowest count to recommend (default: 1)'],
  ['max-workers', 'N', 'highest count to recommend (default: none)'],
  ['workers', 'N', 'force the count (warns if more than the memory or CPUs fit)'],
  ['cpus-per-worker', 'N', 'CPUs each worker should get (default: 1)'],
  ['memory-reserve', 'auto|SIZE', 'kept back for the OS and the runner (default: auto)'],
  ['memory-fraction', 'F', 'share of the rest that workers may use (default: 0.9)'],
  ['min-speedup-gain', 'F', 'least gain an extra worker must bring (default: 5%)'],
  ['elastic-memory', 'auto|off', 'Node/JVM workers need less with less memory (default: auto)'],
  [
    'shard',
    'I/T',
    "this job is shard I of a split into T (2/3): learn from that shard's runs only; exec " +
      'records it in the profile',
  ],
] as const;

/** The name of a plan flag (without `--`), as the action's input it sets. */
export type PlanInputFlag = (typeof PLAN_INPUT_FLAGS)[number][0];

/** What `plan` parses (commander's names: camelCase of the flags). */
interface PlanOptions {
  json?: boolean;
  history?: string;
  name?: string;
  root?: string;
}

/** Sizes and the override, for the help of every command that takes the plan's flags. */
export const PLAN_HELP_NOTE = `
Sizes: K/M/G/T are powers of 1024 (MB means MiB); fractions: 0.9 or 90%.
${OVERRIDE_VARIABLE}=N overrides the recommended count.`;

/**
 * Declares the flags that set the plan (--profile, --memory-per-worker, ..., --workers). Shared
 * by every command that plans: `planInputsFrom` reads them back as the action's inputs.
 */
export function addPlanOptions(
  command: Command,
  options: { without?: readonly PlanInputFlag[] } = {},
): Command {
  for (const [flag, value, description] of PLAN_INPUT_FLAGS)
    if (!options.without?.includes(flag)) command.option(`--${flag} <${value}>`, description);
  return command.addHelpText('after', PLAN_HELP_NOTE);
}

/**
 * The plan's flags as the action's inputs (validated; an error names the input). Only these
 * flags: a command's `--history DIR` is a folder, not the action's `history` switch.
 */
export function planInputsFrom(command: Command): ActionInputs {
  const inputFlags = new Set<string>(PLAN_INPUT_FLAGS.map(([flag]) => `--${flag}`));
  const given = new Map<string, unknown>(
    command.options
      .filter((option) => inputFlags.has(option.long ?? ''))
      .map((option) => [
        (option.long ?? '').slice(2),
        command.getOptionValue(option.attributeName()),
      ]),
  );
  return parseInputs((name) => {
    const value = given.get(name);
    return typeof value === 'string' ? value : '';
  });
}

/** `resource-planner plan`, with its adapters. */
export function planCommand(deps: PlanCommandDeps): CliCommand {
  return {
    name: 'plan',
    declare(command) {
      command
        .summary('recommend a worker count for this machine')
        .description(
          'Recommend a worker count for this machine: probe its memory and CPUs (cgroup limits\n' +
            "included) and, with --history, learn each worker's memory from earlier run profiles.",
        )
        .option('--json', 'print the capacity and the whole plan as JSON');
      addHistoryOptions(command);
      addPlanOptions(command).option('--root <DIR>', 'read /proc and /sys under DIR (testing)');
    },
    run: (command, io) => plan(command, io, deps),
  };
}

async function plan(command: Command, io: CliIo, deps: PlanCommandDeps): Promise<number> {
  const { inputs, capacity, plan } = await planFromCommand(command, io, deps);
  // Warnings go to stderr, where they are seen even when stdout is piped (--json into jq).
  for (const warning of [...capacity.warnings, ...plan.warnings])
    io.stderr(`warning: ${warning}\n`);
  io.stdout(
    command.opts<PlanOptions>().json
      ? `${JSON.stringify({ capacity, plan }, null, 2)}\n`
      : formatPlanText(inputs.profile, capacity, plan),
  );
  return 0;
}

export interface Planned {
  inputs: ActionInputs;
  capacity: Capacity;
  plan: Plan;
}

/**
 * The plan from a command that declared the plan's flags (`addPlanOptions`, `--history`, `--name`,
 * `--root`): the inputs they set, the machine as probed, history from `--history DIR`, and
 * RESOURCE_PLANNER_WORKERS from the environment. `plan` prints it; `exec` runs it.
 */
export async function planFromCommand(
  command: Command,
  io: CliIo,
  deps: PlanCommandDeps,
): Promise<Planned> {
  const flags = command.opts<PlanOptions>();
  const inputs = planInputsFrom(command);
  const overrideWorkers = parseOverrideWorkers(io.env[OVERRIDE_VARIABLE]);
  // Inside a task of `exec --tasks`, plan within the share it was given (validated first).
  const nested = parseNestedBudget(io.env[BUDGET_VARIABLE], io.env[CPUS_VARIABLE]);
  const capacity = applyNestedBudget(
    await deps.probe(flags.root === undefined ? {} : { root: flags.root }),
    nested,
  );

  // After the action's step, its launcher names the history it fetched: used when --history is
  // not given, and a folder that is not there (no earlier runs) means no history, not an error.
  const fromAction = flags.history === undefined ? io.env[HISTORY_DIR_VARIABLE] || null : null;
  const directory = flags.history ?? fromAction;
  const name = flags.name ?? null;
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
                .learnFromDirectory({ directory, name, inputs, capacity, fallback })
                .catch((error: unknown) => {
                  if (fromAction === null) throw namedByOption(error, '--history', directory);
                  return {
                    ...fallback,
                    notes: [
                      `No history from the action's step (${HISTORY_DIR_VARIABLE}: ${errorMessage(error)}).`,
                      ...fallback.notes,
                    ],
                  };
                }),
          },
    onLearnError: 'throw',
    warn: (message) => io.stderr(`warning: ${message}\n`),
  });

  const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
  return { inputs, capacity, plan };
}

/**
 * Declares what a command that plans reads besides the plan's flags: `--history DIR`,
 * `--name NAME` and `--root DIR` (`plan` and `exec`).
 */
export function addHistoryOptions(command: Command): Command {
  return command
    .option('--history <DIR>', "learn from the run profiles in DIR (from 'gh run download')")
    .option(
      '--name <NAME>',
      "with --history: only recordings of this job ('run --name')",
      parseJobName,
    );
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
    `Worker    ${formatBytes(plan.perWorkerBytes)} each (${plan.estimate.source}, confidence ${plan.estimate.confidence}${plan.estimate.historyRuns ? `, ${plan.estimate.historyRuns} run(s)` : ''})${plan.baseBytes ? ` + base ${formatBytes(plan.baseBytes)}` : ''}`,
    `CPUs      ${plan.cpus} (${capacity.cpuBinding}) ÷ ${plan.cpusPerWorker} per worker = ${plan.cpuBound}`,
    ``,
    `Model     ${plan.memoryModel.kind}: ${plan.memoryModel.why}`,
    ...(plan.ladderLine === null ? [] : [`Ladder    ${plan.ladderLine}`]),
    `Peak      predicted ${formatBytes(plan.predictedPeakBytes)} at ${plan.workers} worker(s), of ${formatBytes(plan.memoryLimitBytes)}`,
    ``,
    `Workers   ${plan.workers}  (limited by ${plan.limitedBy})`,
    `          ${plan.reason}`,
    `Node heap --max-old-space-size=${plan.nodeHeapMb} per worker${plan.nodeHeapHeld ? ` (${heapHeldText(plan)})` : ''}`,
  ];
  if (plan.predictedDurationMs !== null)
    lines.push(`Predicted ${formatDuration(plan.predictedDurationMs)}`);
  for (const note of plan.estimate.notes) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}
