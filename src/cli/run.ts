/** `resource-planner run`: run a command, record its memory as the action does, print the report. */
import { Option, type Command } from 'commander';
import { parseInputs } from '../config/inputs.js';
import type { ShardRef } from '../profile/types.js';
import { probeMachine } from '../probe/index.js';
import { startHeapWatch } from './heap-watch.js';
import type { CliCommand, CliIo } from './io.js';
import {
  addCommandArgument,
  addRecordingOptions,
  defaultJobName,
  parseJobName,
  parseNodeHeapMb,
  parseShardOption,
} from './options.js';
import {
  checkOutFolder,
  checkSummaryFolder,
  printReport,
  startRecording,
  writeProfile,
  type ReportFlags,
} from './record.js';

interface RunOptions extends ReportFlags {
  profile: string;
  name?: string;
  out?: string;
  interval: number;
  /** False with --no-heap-reports. */
  heapReports: boolean;
  shard?: ShardRef;
  /** --node-heap-mb: the V8 heap cap given to the command's Node processes and recorded. */
  nodeHeapMb?: number;
}

/**
 * `resource-planner run [--profile P] [--name NAME] [--shard I/T] [--node-heap-mb MB] [--out FILE] [--interval 250ms] [--markdown]
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
      .option(
        '--shard <I/T>',
        "record this run as shard I of a split into T (2/3), so that 'plan --shard I/T' learns " +
          "from that shard's runs only",
        parseShardOption,
      )
      .option(
        '--node-heap-mb <MB>',
        "give the command's Node processes this V8 heap cap (NODE_OPTIONS=--max-old-space-size=MB, " +
          "as 'plan' prints it) and record it, so that a count this run proves is planned again " +
          'with at least this cap',
        parseNodeHeapMb,
      );
    addRecordingOptions(command);
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
    heapWatch: options.heapReports ? startHeapWatch() : null,
    shard: options.shard ?? null,
  });
  const end = await recording.run(argv, {
    phase: options.profile,
    workers: null,
    nodeHeapMb: options.nodeHeapMb ?? null,
  });
  if (end.notStarted) {
    recording.abandon();
    return end.exitStatus;
  }
  const profile = recording.finish(end.exitStatus);
  writeProfile(options.out, profile);
  // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
  await printReport(profile, io, options, { budget: parseInputs(() => '').plan });
  return end.exitStatus;
}
