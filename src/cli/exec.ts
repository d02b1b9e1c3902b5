/**
 * `resource-planner exec [plan options] -- CMD ARGS...`: plan as `plan` does, run the command at
 * the planned count (`{workers}`, `{node-heap-mb}` filled in), record it as `run` does, and when
 * its processes are OOM-killed run it again at a count that is safe, so the build survives and
 * the next plan learns from both attempts (one phase each in the profile).
 */
import { parseArgs } from 'node:util';
import { oomVerdict, retryWorkers, substitutePlaceholders, type OomVerdict } from '../plan/exec.js';
import { nodeHeapFor } from '../plan/planner.js';
import type { Capacity } from '../probe/types.js';
import type { RunProfile } from '../profile/types.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { parseDurationMs } from '../shared/units.js';
import type { CliIo } from './io.js';
import { PLAN_OPTIONS, planFromFlags, type PlanCommandDeps, type PlanFlags } from './plan.js';
import { checkOutFolder, startRecording, writeProfile, type CommandEnd } from './record.js';

/** Events a run profile holds at most (docs/profile-format.md). */
const MAX_EVENTS = 1000;

export const EXEC_USAGE =
  'usage: resource-planner exec [plan options] [--out FILE] [--interval 250ms] [--retry-on-oom N | --no-retry] -- COMMAND [ARGS...]';

/** Runs again after an OOM kill by default: once. */
export const DEFAULT_OOM_RETRIES = 1;
/** More runs than this after OOM kills would only halve a count that cannot fit. */
const MAX_OOM_RETRIES = 10;

export interface ExecOptions {
  /** The plan's flags (PLAN_OPTIONS), for `planFromFlags`. */
  planFlags: PlanFlags;
  out: string | undefined;
  intervalMs: number;
  /** Runs allowed after an OOM kill (0: none). */
  oomRetries: number;
  command: string[];
}

/**
 * exec's command line: the plan's options, its own, then `--` and the command. All of exec's own
 * option handling is here. Returns null for a command line to answer with the usage.
 */
export function parseExecArgs(args: readonly string[]): ExecOptions | null {
  const separator = args.indexOf('--');
  if (separator < 0) return null;
  const command = args.slice(separator + 1);
  const { values } = parseArgs({
    args: args.slice(0, separator),
    options: {
      ...PLAN_OPTIONS,
      out: { type: 'string' },
      interval: { type: 'string', default: '250ms' },
      'retry-on-oom': { type: 'string', default: String(DEFAULT_OOM_RETRIES) },
      'no-retry': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const intervalMs = parseDurationMs(values.interval);
  const retryText = values['retry-on-oom'];
  const retries = /^\d{1,2}$/.test(retryText) ? Number(retryText) : -1;
  if (command.length === 0 || intervalMs === null || intervalMs < 50) return null;
  if (retries < 0 || retries > MAX_OOM_RETRIES) return null;
  const { out, interval: _interval, 'retry-on-oom': _retry, 'no-retry': noRetry, ...plan } = values;
  return {
    planFlags: plan,
    out,
    intervalMs,
    oomRetries: noRetry ? 0 : retries,
    command,
  };
}

/** One run of the command: the count it ran at and how it ended. */
interface Attempt {
  workers: number;
  nodeHeapMb: number;
  end: CommandEnd;
  verdict: OomVerdict;
}

export async function execCommand(
  args: string[],
  io: CliIo,
  deps: PlanCommandDeps,
): Promise<number> {
  const options = parseExecArgs(args);
  if (options === null) {
    io.stderr(`${EXEC_USAGE}\n--retry-on-oom takes 0 to ${MAX_OOM_RETRIES}.\n`);
    return 2;
  }
  // An unknown {placeholder} is refused before anything is planned or run.
  const takesCount =
    substitutePlaceholders(options.command, { workers: 1, nodeHeapMb: 1 }).join('\0') !==
    substitutePlaceholders(options.command, { workers: 2, nodeHeapMb: 2 }).join('\0');
  const { inputs, capacity, plan } = await planFromFlags(options.planFlags, io, deps);
  checkOutFolder(options.out);
  const say = (line: string): void => io.stderr(`resource-planner exec: ${line}\n`);
  for (const warning of [...capacity.warnings, ...plan.warnings]) say(`warning: ${warning}`);
  say(`${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`);

  const recording = startRecording({
    capacity,
    intervalMs: options.intervalMs,
    io,
    who: 'resource-planner exec',
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
      { phase: inputs.profile, workers, sampleAfterExit: true },
    );
    const verdict = verdictOf(end, capacity);
    attempts.push({ workers, nodeHeapMb, end, verdict });
    next = null;
    if (!verdict.oomKilled) continue;
    const killed = `attempt ${number} at ${workers} worker(s) was OOM-killed (${verdict.why})`;
    const retry = retryWorkers(workers, plan.ladder);
    if (attempts.length > options.oomRetries) {
      notes.push(
        `${killed}; ${options.oomRetries === 0 ? 'retries are off' : `no retry left (--retry-on-oom ${options.oomRetries})`}.`,
      );
    } else if (retry === null) {
      notes.push(`${killed}; there is no smaller count to run it again at.`);
    } else {
      notes.push(
        `${killed}; running it again at ${retry.workers}: ${retry.why}${takesCount ? '' : ' (the command takes no {workers} or {node-heap-mb}: it runs as it did)'}.`,
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
      `The last attempt, at ${last.workers} worker(s), exited with status ${last.end.exitStatus}${last.verdict.oomKilled ? ' (OOM-killed)' : ''}; the profile holds every attempt as a phase.`,
    );
  const profile = markOomKills(recording.finish(last.end.exitStatus), attempts);
  writeProfile(options.out, profile);
  io.stdout(renderPostRunSummary(profile, { budget: inputs.plan, notes }));
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
