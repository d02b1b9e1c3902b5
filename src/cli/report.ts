/** `resource-planner report FILE`: render a saved run profile as Markdown. */
import { readFileSync } from 'node:fs';
import { parseInputs } from '../config/inputs.js';
import { parseProfile } from '../profile/profile.js';
import { renderPostRunSummary } from '../report/post-run.js';
import type { CliIo } from './io.js';

/** `resource-planner report FILE` */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file || args.length !== 1) {
    io.stderr('usage: resource-planner report FILE\n');
    return 2;
  }
  io.stdout(
    renderPostRunSummary(parseProfile(readFileSync(file, 'utf8')), {
      budget: parseInputs(() => '').plan,
    }),
  );
  return 0;
}
