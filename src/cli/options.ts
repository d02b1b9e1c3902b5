/**
 * Options and arguments of the CLI commands that run a command (`run`, `exec`) and of those that
 * read recordings by job name (`plan`): their parsers and declarations, shared.
 */
import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { SHARD_FORMAT, parseShardText } from '../config/inputs.js';
import type { ShardRef } from '../profile/types.js';
import { parseDurationMs } from '../shared/units.js';
import { addReportOptions } from './record.js';

/** The shortest sampling period: one /proc walk of a large tree takes a few ms (bench part 2). */
export const MIN_INTERVAL_MS = 50;

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

/** The largest heap cap `run --node-heap-mb` takes (MiB): a petabyte heap is not a cap. */
const MAX_NODE_HEAP_MB = 1_000_000_000;

/** `run --node-heap-mb 512`: a whole number of MiB, at least 1. */
export function parseNodeHeapMb(text: string): number {
  const mb = /^\d{1,10}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(mb) || mb < 1 || mb > MAX_NODE_HEAP_MB)
    throw new InvalidArgumentError('Expected a whole number of MiB, such as 512.');
  return mb;
}

/** `run --shard 2/3` → shard 2 of 3 (`plan` and `exec` take it as a plan flag, checked as the input). */
export function parseShardOption(text: string): ShardRef {
  const shard = parseShardText(text);
  if (shard === null) throw new InvalidArgumentError(`Expected ${SHARD_FORMAT}.`);
  return shard;
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

/** `--name`'s default: the command's first word (its file name), as the profile's job. */
export function defaultJobName(argv: readonly string[]): string {
  const file = argv[0] ?? '';
  return basename(file).slice(0, MAX_JOB_NAME_LENGTH) || file.slice(0, MAX_JOB_NAME_LENGTH);
}

/**
 * Declares what every command that records takes: `--out FILE`, `--interval DURATION`, and the
 * report's `--markdown` and `--summary FILE`.
 */
export function addRecordingOptions(command: Command): Command {
  command
    .option('--out <FILE>', 'write the run profile (JSON) to FILE')
    .addOption(
      new Option('--interval <DURATION>', `sampling period, at least ${MIN_INTERVAL_MS}ms`)
        .argParser(parseIntervalMs)
        .default(250, '250ms'),
    )
    .option(
      '--no-heap-reports',
      "do not ask the command's Node processes (via NODE_OPTIONS) for a report when they stop at the V8 heap limit",
    );
  return addReportOptions(command);
}
