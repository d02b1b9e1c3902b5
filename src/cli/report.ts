/** `resource-planner report FILE`: render a saved run profile as Markdown. */
import { parseInputs } from '../config/inputs.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { readBoundedText } from '../runner/files.js';
import type { CliIo } from './io.js';

/** `resource-planner report FILE` */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file || args.length !== 1) {
    io.stderr('usage: resource-planner report FILE\n');
    return 2;
  }
  // A FIFO, a device or a huge file is refused in one line, before it is read (runCli prints it).
  const text = readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' });
  io.stdout(renderPostRunSummary(parseProfile(text), { budget: parseInputs(() => '').plan }));
  return 0;
}
