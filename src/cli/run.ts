/** `resource-planner run`: run a command, record its memory as the action does, print the report. */
import { parseArgs } from 'node:util';
import { parseInputs } from '../config/inputs.js';
import { probeMachine } from '../probe/index.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { parseDurationMs } from '../shared/units.js';
import type { CliIo } from './io.js';
import { checkOutFolder, startRecording, writeProfile } from './record.js';

/** `resource-planner run [--profile P] [--out FILE] [--interval MS] -- CMD...` */
export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf('--');
  const own = separator < 0 ? args : args.slice(0, separator);
  const command = separator < 0 ? [] : args.slice(separator + 1);
  const { values } = parseArgs({
    args: own,
    options: {
      profile: { type: 'string', default: 'default' },
      out: { type: 'string' },
      interval: { type: 'string', default: '250ms' },
    },
    strict: true,
  });
  const intervalMs = parseDurationMs(values.interval);
  if (command.length === 0 || intervalMs === null || intervalMs < 50) {
    io.stderr(
      'usage: resource-planner run [--profile P] [--out FILE] [--interval 250ms] -- COMMAND [ARGS...]\n',
    );
    return 2;
  }
  checkOutFolder(values.out);
  const recording = startRecording({
    capacity: await probeMachine(),
    intervalMs,
    io,
    who: 'resource-planner run',
  });
  const { exitStatus } = await recording.run(command, { phase: values.profile, workers: null });
  const profile = recording.finish(exitStatus);
  writeProfile(values.out, profile);
  // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
  io.stdout(renderPostRunSummary(profile, { budget: parseInputs(() => '').plan }));
  return exitStatus;
}
