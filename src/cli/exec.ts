/**
 * `resource-planner exec [plan options] -- CMD ARGS...`: plan as `plan` does, run the command at
 * the planned count (`{workers}`, `{node-heap-mb}` filled in), record it as `run` does, and when
 * its processes are OOM-killed run it again at a count that is safe, so the build survives and
 * the next plan learns from both attempts (one phase each in the profile).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { oomVerdict, retryWorkers, substitutePlaceholders, type OomVerdict } from '../plan/exec.js';
import { nodeHeapFor } from '../plan/planner.js';
import type { Capacity } from '../probe/types.js';
import type { RunProfile } from '../profile/types.js';
import { startHeapWatch } from './heap-watch.js';
import type { CliCommand, CliIo } from './io.js';
import {
  addHistoryOptions,
  addPlanOptions,
  planFromCommand,
  type PlanCommandDeps,
} from './plan.js';
import {
  checkOutFolder,
  checkSummaryFolder,
  printReport,
  startRecording,
  writeProfile,
  type CommandEnd,
  type ReportFlags,
} from './record.js';
import { addRecordingOptions, defaultJobName } from './options.js';
import { errorLine, USAGE_EXIT } from './main.js';
import { parseHalt, type Halt } from '../plan/schedule.js';
import { readTasks, runTasks, type TaskSource } from './tasks.js';

/** Events a run profile holds at most (docs/profile-format.md). */
const MAX_EVENTS = 1000;

/** Runs again after an OOM kill by default: once. */
export const DEFAULT_OOM_RETRIES = 1;
/** More runs than this after OOM kills would only halve a count that cannot fit. */
const MAX_OOM_RETRIES = 10;

/** What exec parses besides the plan's flags (commander's names: camelCase of the flags). */
interface ExecOptions extends ReportFlags {
  name?: string;
  out?: string;
  interval: number;
  /** False with --no-heap-reports. */
  heapReports: boolean;
  /** --cap-node-heap: the plan's heap cap in the command's NODE_OPTIONS, per attempt. */
  capNodeHeap?: boolean;
  retryOnOom: number;
  /** False with --no-retry. */
  retry: boolean;
  tasks?: string;
  each?: string[];
  halt?: Halt;
  history?: string;
}

/** `--halt never|soon,fail=N|now,fail=N`. */
export function parseHaltOption(text: string): Halt {
  const halt = parseHalt(text);
  if (halt === null)
    throw new InvalidArgumentError('Expected never, soon,fail=N or now,fail=N (N from 1).');
  return halt;
}

/** `--retry-on-oom N`: 0 to MAX_OOM_RETRIES. */
export function parseRetries(text: string): number {
  if (!/^\d{1,2}$/.test(text.trim()) || Number(text) > MAX_OOM_RETRIES)
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${MAX_OOM_RETRIES}.`);
  return Number(text);
}

/** `resource-planner exec [plan options] [--out FILE] [--retry-on-oom N | --no-retry] -- CMD...` */
export function execCommand(deps: PlanCommandDeps): CliCommand {
  return {
    name: 'exec',
    declare(command) {
      command
        .summary('plan, run a command at the planned count, and rerun it after an OOM kill')
        .description(
          'Plan as `plan` does, run CMD with {workers} and {node-heap-mb} in its arguments replaced\n' +
            'by the plan (never through a shell), record its memory as `run` does and print the\n' +
            'report. When its processes are OOM-killed, run it again at the largest count proven\n' +
            'safe below (or half). Exits with the status of the last attempt.',
        );
      addHistoryOptions(command);
      addPlanOptions(command).option('--root <DIR>', 'read /proc and /sys under DIR (testing)');
      addRecordingOptions(command)
        .addOption(
          new Option(
            '--retry-on-oom <N>',
            `runs allowed after an OOM kill, 0 to ${MAX_OOM_RETRIES}`,
          )
            .argParser(parseRetries)
            .default(DEFAULT_OOM_RETRIES, String(DEFAULT_OOM_RETRIES)),
        )
        .option('--no-retry', 'never run it again after an OOM kill (as --retry-on-oom 0)')
        .option(
          '--cap-node-heap',
          "give the command's Node processes the plan's heap cap (NODE_OPTIONS=--max-old-space-size={node-heap-mb}), recomputed for each attempt",
        )
        .option(
          '--tasks <FILE>',
          'run the commands in FILE (- for stdin), one per line, beside each other as memory allows',
        )
        .option(
          '--each <ARG...>',
          'one task per ARG: CMD after -- with {} replaced by ARG (as xargs -I {})',
        )
        .addOption(
          new Option(
            '--halt <WHEN>',
            'with --tasks/--each: never (default), soon,fail=N (start no more after N failures) or now,fail=N (also stop the running)',
          ).argParser(parseHaltOption),
        )
        .usage('[options] -- CMD [ARGS...]  |  --tasks FILE  |  --each ARG... -- CMD {}')
        .argument('[CMD...]', 'the command and its arguments (after --)')
        .passThroughOptions()
        .addHelpText(
          'after',
          '\nTask lists (--tasks, --each): each line is one command, split into words without a shell\n' +
            '(\'...\' and "..." quote, \\ escapes, nothing is expanded). Exit status: the number of failed\n' +
            'tasks (101 for more than 100), or with --halt that of the task that stopped the run.',
        );
    },
    run: (command, io) => exec(command, io, deps),
  };
}

/** One run of the command: the count it ran at and how it ended. */
interface Attempt {
  workers: number;
  nodeHeapMb: number;
  end: CommandEnd;
  verdict: OomVerdict;
}

async function exec(command: Command, io: CliIo, deps: PlanCommandDeps): Promise<number> {
  const flags = command.opts<ExecOptions>();
  const [argv = []] = command.processedArgs as [string[] | undefined];
  const usage = (message: string): number => {
    io.stderr(`${errorLine(`${message} (see resource-planner exec --help)`)}\n`);
    return USAGE_EXIT;
  };
  if (flags.tasks !== undefined && flags.each !== undefined)
    return usage('--tasks and --each cannot be used together');
  if (flags.tasks !== undefined && argv.length > 0)
    return usage('--tasks FILE takes no command: each line of FILE is one');
  if (flags.tasks === undefined && flags.each === undefined) {
    if (argv.length === 0) return usage("missing required argument 'CMD'");
    if (flags.halt !== undefined) return usage('--halt applies to --tasks and --each');
  }
  if (flags.tasks !== undefined || flags.each !== undefined) {
    const source: TaskSource =
      flags.tasks !== undefined ? { file: flags.tasks } : { each: flags.each ?? [], command: argv };
    // The list is read and checked before anything is planned or run.
    const tasks = readTasks(source);
    const planned = await planFromCommand(command, io, deps);
    checkOutFolder(flags.out);
    checkSummaryFolder(flags);
    // The plan's own warnings are about its worker count and heap cap, which a task list does not
    // use (each task is planned by its own peak; the tasks report says which do not fit): only a
    // count the user forced with --workers is theirs to hear about.
    const planWarnings = planned.inputs.plan.forcedWorkers !== null ? planned.plan.warnings : [];
    for (const warning of [...planned.capacity.warnings, ...planWarnings])
      io.stderr(`resource-planner exec: warning: ${warning}\n`);
    return runTasks(
      tasks,
      planned,
      {
        source,
        halt: flags.halt ?? { when: 'never' },
        out: flags.out,
        intervalMs: flags.interval,
        jobName: flags.name ?? (flags.tasks !== undefined ? 'tasks' : defaultJobName(argv)),
        history: flags.history,
        flags,
        heapReports: flags.heapReports,
      },
      io,
    );
  }
  const options = {
    command: argv,
    out: flags.out,
    intervalMs: flags.interval,
    oomRetries: flags.retry ? flags.retryOnOom : 0,
  };
  // An unknown {placeholder} is refused before anything is planned or run.
  const takesCount =
    substitutePlaceholders(options.command, { workers: 1, nodeHeapMb: 1 }).join('\0') !==
    substitutePlaceholders(options.command, { workers: 2, nodeHeapMb: 2 }).join('\0');
  const { inputs, capacity, plan } = await planFromCommand(command, io, deps);
  checkOutFolder(options.out);
  checkSummaryFolder(flags);
  const say = (line: string): void => io.stderr(`resource-planner exec: ${line}\n`);
  for (const warning of [...capacity.warnings, ...plan.warnings]) say(`warning: ${warning}`);
  say(`${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`);

  const recording = startRecording({
    capacity,
    intervalMs: options.intervalMs,
    io,
    jobName: flags.name ?? defaultJobName(argv),
    heapWatch: flags.heapReports ? startHeapWatch() : null,
    shard: inputs.shard,
  });
  const attempts: Attempt[] = [];
  const notes: string[] = [];
  let next: { workers: number; nodeHeapMb: number } | null = {
    workers: plan.workers,
    nodeHeapMb: plan.nodeHeapMb,
  };
  while (next !== null) {
    const { workers, nodeHeapMb } = next;
    const number = attempts.length + 1;
    if (number > 1) say(`attempt ${number}: ${workers} worker(s), Node heap ${nodeHeapMb} MiB.`);
    const end = await recording.run(
      substitutePlaceholders(options.command, { workers, nodeHeapMb }),
      {
        phase: inputs.profile,
        workers,
        sampleAfterExit: true,
        nodeHeapMb: flags.capNodeHeap ? nodeHeapMb : null,
      },
    );
    if (end.notStarted) {
      recording.abandon();
      return end.exitStatus;
    }
    const verdict = verdictOf(end, capacity);
    attempts.push({ workers, nodeHeapMb, end, verdict });
    next = null;
    if (!verdict.outOfMemory) continue;
    const killed = `attempt ${number} at ${workers} worker(s) ${verdict.evidence === 'heap-limit' ? 'ran out of heap' : 'was OOM-killed'} (${verdict.why})`;
    const retry = retryWorkers(workers, plan.ladder);
    if (attempts.length > options.oomRetries) {
      notes.push(
        `${killed}; ${options.oomRetries === 0 ? 'retries are off' : `no retry left (--retry-on-oom ${options.oomRetries})`}.`,
      );
    } else if (retry === null) {
      notes.push(`${killed}; there is no smaller count to run it again at.`);
    } else {
      notes.push(
        `${killed}; running it again at ${retry.workers}: ${retry.why}${takesCount || flags.capNodeHeap ? '' : ' (the command takes no {workers} or {node-heap-mb}: it runs as it did)'}.`,
      );
      next = {
        workers: retry.workers,
        nodeHeapMb: nodeHeapFor(plan.memoryBudgetBytes, plan.baseBytes, retry.workers),
      };
    }
    say(notes.at(-1) as string);
  }

  const last = attempts.at(-1) as Attempt;
  if (attempts.length > 1)
    notes.push(
      `The last attempt, at ${last.workers} worker(s), exited with status ${last.end.exitStatus}${last.verdict.outOfMemory ? (last.verdict.evidence === 'heap-limit' ? ' (out of heap)' : ' (OOM-killed)') : ''}; the profile holds every attempt as a phase.`,
    );
  const profile = markOomKills(recording.finish(last.end.exitStatus), attempts);
  writeProfile(options.out, profile);
  await printReport(profile, io, flags, { budget: inputs.plan, notes });
  return last.end.exitStatus;
}

/** Whether an attempt was OOM-killed, from the samples taken while it ran and how it ended. */
function verdictOf(end: CommandEnd, capacity: Capacity): OomVerdict {
  return oomVerdict({
    samples: end.samples.map((sample) => ({
      oomKillCounter: sample.oom,
      cgroupUsageBytes: sample.cg,
      systemUsedBytes: sample.sys,
      treeRssBytes: sample.p.reduce((sum, [, rss]) => sum + rss, 0),
    })),
    exitCode: end.exitCode,
    signal: end.signal,
    memoryLimitBytes: capacity.memoryLimitBytes,
    cgroupBound: capacity.memoryBinding === 'cgroup',
    heapLimitDeaths: end.heapLimitDeaths,
  });
}

/**
 * Attempts judged OOM-killed by a SIGKILL near the limit, with no counter to show it, are marked
 * in their phase (`oomKills`) and as an `oom-kill` event, so the next plan treats their count as
 * unsafe as it does a counted kill. Phase i is attempt i: each attempt starts one phase.
 */
export function markOomKills(
  profile: RunProfile,
  attempts: readonly { verdict: OomVerdict }[],
): RunProfile {
  const phases = profile.phases.map((phase, index) => {
    const verdict = attempts[index]?.verdict;
    if (!verdict || verdict.evidence !== 'sigkill-near-limit' || phase.oomKills > 0) return phase;
    return { ...phase, oomKills: verdict.kills };
  });
  const events = [...profile.events];
  phases.forEach((phase, index) => {
    // The format holds at most MAX_EVENTS events; a profile that full has its kill in the phase.
    if (phase !== profile.phases[index] && events.length < MAX_EVENTS)
      events.push({
        tMs: phase.endMs,
        kind: 'oom-kill',
        phase: phase.name,
        detail: 'SIGKILL near the memory limit',
        value: phase.oomKills,
      });
  });
  return { ...profile, phases, events };
}
