/** `resource-planner run`: run a command, record its memory as the action does, print the report. */
import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseInputs } from '../config/inputs.js';
import { probeMachine } from '../probe/index.js';
import { parseDurationMs } from '../shared/units.js';
import type { CliCommand, CliIo } from './io.js';
import {
  addReportOptions,
  checkOutFolder,
  checkSummaryFolder,
  printReport,
  startRecording,
  writeProfile,
  type ReportFlags,
} from './record.js';

/** The shortest sampling period: one /proc walk of a large tree takes a few ms (bench part 2). */
export const MIN_INTERVAL_MS = 50;

interface RunOptions extends ReportFlags {
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

/**
 * `resource-planner run [--profile P] [--name NAME] [--out FILE] [--interval 250ms] [--markdown]
 * [--summary FILE] -- CMD...`
 */
export const runCommand: CliCommand = {
  name: 'run',
  declare(command) {
    command
      .summary('run a command, record its memory, print the report')
      .description(
        'Run CMD, sample the memory of its process tree from /proc as the action does, and print\n' +
          "the report when it ends (--markdown: the job summary's Markdown instead). Exits with the status of CMD (127 when it cannot be found).\n" +
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
    addReportOptions(command);
    addCommandArgument(command);
  },
  run: (command, io) => run(command, io),
};

async function run(command: Command, io: CliIo): Promise<number> {
  const options = command.opts<RunOptions>();
  const [argv] = command.processedArgs as [string[]];
  checkOutFolder(options.out);
  checkSummaryFolder(options);
  const recording = startRecording({
    capacity: await probeMachine(),
    intervalMs: options.interval,
    io,
    jobName: options.name ?? defaultJobName(argv),
  });
  const end = await recording.run(argv, { phase: options.profile, workers: null });
  if (end.notStarted) {
    recording.abandon();
    return end.exitStatus;
  }
  const profile = recording.finish(end.exitStatus);
  writeProfile(options.out, profile);
  // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
  printReport(profile, io, options, { budget: parseInputs(() => '').plan });
  return end.exitStatus;
}

/** `--name`'s default: the command's first word (its file name), as the profile's job. */
export function defaultJobName(argv: readonly string[]): string {
  const file = argv[0] ?? '';
  return basename(file).slice(0, MAX_JOB_NAME_LENGTH) || file.slice(0, MAX_JOB_NAME_LENGTH);
}
