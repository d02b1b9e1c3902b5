/** `resource-planner run`: run a command, record its memory as the action does, print the report. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseInputs } from '../config/inputs.js';
import { probeCapacity } from '../probe/index.js';
import { buildProfile } from '../profile/build.js';
import { profileHost, profileRun } from '../profile/identity.js';
import { serializeProfile } from '../profile/profile.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { readRunContext } from '../runner/context.js';
import { ensureWritableDirectory } from '../runner/files.js';
import { monotonicMs } from '../runner/process.js';
import { createSampler } from '../sampler/sampler.js';
import type { SamplerLine } from '../sampler/types.js';
import { quoteUntrusted } from '../shared/inert-text.js';
import { parseDurationMs } from '../shared/units.js';
import { TOOL_VERSION } from '../shared/version.js';
import type { CliCommand, CliIo } from './io.js';

/** Missing folders of --out created at most (a bounded mkdir: /proc and the like end at once). */
const MAX_OUT_PARENTS = 8;

/** The shortest sampling period: one /proc walk of a large tree takes a few ms (bench part 2). */
export const MIN_INTERVAL_MS = 50;

/** Signals passed on to the command while it runs; the recording is kept and reported after. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Exit statuses of a command that could not start, as a POSIX shell gives them. */
const NOT_FOUND_EXIT = 127;
const CANNOT_EXECUTE_EXIT = 126;

interface RunOptions {
  profile: string;
  name?: string;
  out?: string;
  interval: number;
}

/** `250ms`, `1s`, ... → ms, at least MIN_INTERVAL_MS. */
export function parseIntervalMs(text: string): number {
  const ms = parseDurationMs(text.trim());
  if (ms === null || ms < MIN_INTERVAL_MS)
    throw new InvalidArgumentError(
      `Expected a duration of at least ${MIN_INTERVAL_MS}ms, such as 250ms, 1s or 1m (a bare number is ms).`,
    );
  return ms;
}

/** Longest job name a profile holds (its schema's limit for names). */
const MAX_JOB_NAME_LENGTH = 256;

/** `--name NAME`: the job's name in a recording, 1 to 256 characters. */
export function parseJobName(text: string): string {
  if (text === '' || text.length > MAX_JOB_NAME_LENGTH)
    throw new InvalidArgumentError(`Expected a name of 1 to ${MAX_JOB_NAME_LENGTH} characters.`);
  return text;
}

/**
 * Declares `-- CMD [ARGS...]`, read back as `command.processedArgs[0]` (the words of CMD). From
 * CMD on, every word is CMD's, `--help` included, with or without the `--`.
 */
export function addCommandArgument(command: Command): Command {
  return command
    .usage('[options] -- CMD [ARGS...]')
    .argument('<CMD...>', 'the command and its arguments (after --)')
    .passThroughOptions();
}

/** `resource-planner run [--profile P] [--name NAME] [--out FILE] [--interval 250ms] -- CMD...` */
export const runCommand: CliCommand = {
  name: 'run',
  declare(command) {
    command
      .summary('run a command, record its memory, print the report')
      .description(
        'Run CMD, sample the memory of its process tree from /proc as the action does, and print\n' +
          'the report when it ends. Exits with the status of CMD (127 when it cannot be found).\n' +
          'Ctrl-C (SIGINT), SIGTERM and SIGHUP are passed on to CMD; the recording is still kept.',
      )
      .addOption(
        new Option('--profile <NAME>', 'name of the phase in the recording').default(
          'default',
          'default',
        ),
      )
      .option(
        '--name <NAME>',
        "the job's name in the recording, which keeps recordings of different commands apart in " +
          "history ('plan --history DIR --name NAME'); default: the first word of CMD",
        parseJobName,
      )
      .option('--out <FILE>', 'write the run profile (JSON) to FILE')
      .addOption(
        new Option('--interval <DURATION>', `sampling period, at least ${MIN_INTERVAL_MS}ms`)
          .argParser(parseIntervalMs)
          .default(250, '250ms'),
      );
    addCommandArgument(command);
  },
  run: (command, io) => run(command, io),
};

async function run(command: Command, io: CliIo): Promise<number> {
  const options = command.opts<RunOptions>();
  const [argv] = command.processedArgs as [string[]];
  const [file = '', ...args] = argv;
  const phaseName = options.profile;
  const jobName = options.name ?? (basename(file).slice(0, MAX_JOB_NAME_LENGTH) || file);
  const intervalMs = options.interval;
  // A folder for --out that cannot be had is said before the command runs, not after.
  if (options.out) ensureWritableDirectory(dirname(options.out), MAX_OUT_PARENTS);
  const capacity = probeCapacity();
  const lines: SamplerLine[] = [];
  // The CLI is the root: its descendants (the command's tree) are the job. It samples in-process.
  const sampler = createSampler({
    rootPid: process.pid,
    samplerPid: -1,
    intervalMs,
    cgroup: capacity.cgroup,
    clock: monotonicMs,
    write: (line) => lines.push(line),
  });
  const started = new Date().toISOString();
  const phases = [{ name: phaseName, t: monotonicMs(), workersRecommended: null }];
  const child = spawn(file, args, { stdio: 'inherit' });
  sampler.tick();
  const startError = await startOf(child);
  if (startError) {
    sampler.close('command-exited');
    return notStarted(file, startError, io);
  }
  const timer = setInterval(() => sampler.tick(), intervalMs);
  const { code, signal } = await waitForExit(child, io);
  clearInterval(timer);
  const endT = monotonicMs();
  const root = lines.find((line) => line.k === 'proc' && line.pid === child.pid);
  if (signal && root && root.k === 'proc') lines.push({ k: 'exit', id: root.id, t: endT, signal });
  sampler.close('command-exited');

  const exitStatus = signal ? 128 + (signalNumber(signal) ?? 0) : (code ?? 1);
  const context = readRunContext(io.env, {});
  const profile = buildProfile({
    lines,
    phases,
    endT,
    host: profileHost(capacity),
    // The job's identity is the name (no workflow run to name it): history keeps jobs apart by it.
    run: { ...profileRun(context, null, started, exitStatus), job: jobName },
    toolVersion: TOOL_VERSION,
    samplerDied: false,
    intervalMs,
    source: 'proc',
  });
  if (options.out) writeFileSync(options.out, serializeProfile(profile));
  // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
  io.stdout(renderPostRunSummary(profile, { budget: parseInputs(() => '').plan }));
  return exitStatus;
}

/** Resolves once the child runs (undefined) or could not be started (the error). */
export function startOf(child: ChildProcess): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    child.once('spawn', () => {
      // Later errors are failed kills of a child that is already gone: its exit tells the rest.
      child.on('error', () => {});
      resolve(undefined);
    });
    child.once('error', (error: NodeJS.ErrnoException) => resolve(error));
  });
}

/**
 * A command that could not start, as a shell says it: one line, and the exit status 127 when it
 * was not found, 126 when it could not be executed.
 */
export function notStarted(file: string, error: NodeJS.ErrnoException, io: CliIo): number {
  const notFound = error.code === 'ENOENT';
  const why = notFound ? 'command not found' : `cannot be started (${error.code ?? error.message})`;
  io.stderr(`resource-planner: ${quoteUntrusted(file, 200)}: ${why}\n`);
  return notFound ? NOT_FOUND_EXIT : CANNOT_EXECUTE_EXIT;
}

/**
 * Waits for the child to exit. Meanwhile SIGINT, SIGTERM and SIGHUP do not end the CLI: they are
 * passed on to the child (a signal sent to the CLI alone reaches the command, as npm's run-script
 * does), and the CLI reports once the child has exited.
 */
export function waitForExit(
  child: ChildProcess,
  io: CliIo,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const forward = (signal: NodeJS.Signals): void => {
    io.stderr(
      `resource-planner: ${signal} passed on to the command; the report follows when it ends.\n`,
    );
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
      resolve({ code, signal });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number | null {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGPIPE: 13,
    SIGTERM: 15,
  };
  return numbers[signal] ?? null;
}
