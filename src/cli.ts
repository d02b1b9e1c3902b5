/**
 * The command-line tool: the same engine as the action, for local use and other CI systems.
 *   resource-planner plan [--profile P] [--json] [--history DIR] [--memory-per-worker SIZE] ...
 *   resource-planner run [--profile P] [--out FILE] [--interval MS] -- <command...>
 *   resource-planner report FILE
 *   resource-planner compare --baseline DIR FILE
 */
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from './errors.js';
import type { MemoryEstimate } from './estimate/types.js';
import {
  OVERRIDE_VARIABLE,
  parseInputs,
  parseOverrideWorkers,
  type ActionInputs,
} from './inputs.js';
import { planWorkers, staticEstimate } from './plan/planner.js';
import type { Plan } from './plan/types.js';
import type { Capacity } from './probe/types.js';
import { formatBytes, formatDuration } from './units.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

export interface CliDeps {
  io: CliIo;
  probe(options: { root?: string }): Capacity;
  /** Loads profiles from a folder and estimates (`plan --history DIR`). */
  learnFromDirectory(request: {
    directory: string;
    inputs: ActionInputs;
    capacity: Capacity;
    fallback: MemoryEstimate;
  }): Promise<MemoryEstimate>;
  /** `run`, `report` and `compare`: each returns the exit code. */
  commands: Partial<
    Record<'run' | 'report' | 'compare', (args: string[], io: CliIo) => Promise<number>>
  >;
  version: string;
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

export const USAGE = `Usage:
  resource-planner plan [options]          recommend workers for this machine
  resource-planner run [options] -- CMD    run CMD, record its memory, print the report
  resource-planner report FILE             render a saved run profile as Markdown
  resource-planner compare --baseline DIR FILE
                                           compare a profile with baseline profiles (drift)

Options of plan:
  --profile NAME                  phase to plan for (default: default)
  --json                          print the whole plan as JSON
  --history DIR                   learn from run profiles in DIR (e.g. filled by 'gh run download')
  --memory-per-worker SIZE        auto (default) or a size such as 512M, 1.5G
  --fallback-memory-per-worker SIZE  assumed without history (default 768M)
  --min-workers N  --max-workers N  --workers N  --cpus-per-worker N
  --memory-reserve SIZE (default 512M)  --memory-fraction F (default 0.9)
  --min-speedup-gain F (default 5%)  --elastic-memory auto|off (default auto)
  --root DIR                      read /proc and /sys under DIR (testing)
Sizes: K/M/G/T are powers of 1024 (MB means MiB). ${OVERRIDE_VARIABLE} overrides the count.`;

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  const { io } = deps;
  try {
    switch (command) {
      case 'plan':
        return await planCommand(rest, deps);
      case 'run':
      case 'report':
      case 'compare': {
        const handler = deps.commands[command];
        if (!handler) {
          io.stderr(`resource-planner ${command} is not available in this build.\n`);
          return 2;
        }
        return await handler(rest, io);
      }
      case '--version':
      case 'version':
        io.stdout(`${deps.version}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`Unknown command '${command}'.\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    io.stderr(`resource-planner: ${errorMessage(error)}\n`);
    return error instanceof InputError || error instanceof TypeError ? 2 : 1;
  }
}

async function planCommand(args: string[], deps: CliDeps): Promise<number> {
  const options = Object.fromEntries(
    PLAN_INPUT_FLAGS.map((flag) => [flag, { type: 'string' as const }]),
  );
  const { values } = parseArgs({
    args,
    options: {
      ...options,
      json: { type: 'boolean', default: false },
      history: { type: 'string' },
      root: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const flags = values as Record<string, string | boolean | undefined>;
  // Only the flags that are inputs: `--history DIR` is a folder here, not the `history` switch.
  const inputFlags = new Set<string>(PLAN_INPUT_FLAGS);
  const inputs = parseInputs((name) => {
    const value = inputFlags.has(name) ? flags[name] : undefined;
    return typeof value === 'string' ? value : '';
  });
  const overrideWorkers = parseOverrideWorkers(deps.io.env[OVERRIDE_VARIABLE]);
  const root = typeof flags.root === 'string' ? flags.root : undefined;
  const capacity = deps.probe(root === undefined ? {} : { root });

  const fallback = staticEstimate(inputs.fallbackMemoryPerWorkerBytes, 'fallback');
  let estimate: MemoryEstimate;
  if (inputs.memoryPerWorkerBytes !== null)
    estimate = staticEstimate(inputs.memoryPerWorkerBytes, 'input');
  else if (typeof flags.history === 'string') {
    estimate = await deps.learnFromDirectory({
      directory: flags.history,
      inputs,
      capacity,
      fallback,
    });
  } else estimate = fallback;

  const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
  deps.io.stdout(
    flags.json
      ? `${JSON.stringify({ capacity, plan }, null, 2)}\n`
      : formatPlanText(inputs.profile, capacity, plan),
  );
  return 0;
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
    `Budget    (${formatBytes(plan.memoryAvailableBytes)} − ${formatBytes(plan.memoryReserveBytes)} reserve) × ${plan.memoryFraction} = ${formatBytes(plan.memoryBudgetBytes)}`,
    `Per worker ${formatBytes(plan.perWorkerBytes)} (${plan.estimate.source}, confidence ${plan.estimate.confidence}${plan.estimate.historyRuns ? `, ${plan.estimate.historyRuns} run(s)` : ''})${plan.baseBytes ? ` + base ${formatBytes(plan.baseBytes)}` : ''}`,
    `CPUs      ${plan.cpus} (${capacity.cpuBinding}) ÷ ${plan.cpusPerWorker} per worker = ${plan.cpuBound}`,
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
