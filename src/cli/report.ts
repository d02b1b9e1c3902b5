/** `resource-planner report FILE`: render a saved run profile as Markdown. */
import { parseInputs } from '../config/inputs.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import { renderPostRunSummary } from '../report/post-run.js';
import { readBoundedText } from '../runner/files.js';
import type { CliCommand } from './io.js';

export const reportCommand: CliCommand = {
  name: 'report',
  declare(command) {
    command
      .summary('render a saved run profile as Markdown')
      .description(
        "Render a run profile (from 'run --out FILE' or the action's artifact) as the Markdown\n" +
          'report the action writes to the job summary.',
      )
      .argument('<FILE>', 'the run profile (JSON)');
  },
  async run(command, io) {
    const [file] = command.processedArgs as [string];
    // A FIFO, a device or a huge file is refused in one line, before it is read (runCli prints it).
    const text = readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' });
    io.stdout(renderPostRunSummary(parseProfile(text), { budget: parseInputs(() => '').plan }));
    return 0;
  },
};
