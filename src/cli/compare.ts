/** `resource-planner compare`: test a profile for drift against baseline profiles in a folder. */
import { InvalidArgumentError, Option } from 'commander';
import { detectDrift } from '../drift/drift.js';
import { loadHistoryFromDirectory } from '../history/load.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import { renderDriftComment, renderDriftSummary } from '../report/comment.js';
import { namedByOption, readBoundedText } from '../runner/files.js';
import type { CliCommand } from './io.js';

interface CompareOptions {
  baseline: string;
  /** From `--threshold 10%`. */
  threshold: number;
  failOnDrift?: boolean;
}

/** `10%` or `12.5%` → 0.1, 0.125. */
export function parseThresholdPercent(text: string): number {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  if (!match) throw new InvalidArgumentError('Expected a percentage such as 10% or 12.5%.');
  return Number(match[1]) / 100;
}

/** `resource-planner compare --baseline DIR FILE [--threshold 10%] [--fail-on-drift]` */
export const compareCommand: CliCommand = {
  name: 'compare',
  declare(command) {
    command
      .summary('compare a profile with baseline profiles (drift)')
      .description(
        'Test a run profile for memory drift against the profiles in a folder (e.g. filled by\n' +
          "'gh run download'): prints the verdict, the summary and the pull-request comment.",
      )
      .argument('<FILE>', 'the run profile to test (JSON)')
      .requiredOption('--baseline <DIR>', 'folder of baseline run profiles')
      .addOption(
        new Option('--threshold <PERCENT>', 'smallest change of the peak that counts as drift')
          .argParser(parseThresholdPercent)
          .default(0.1, '10%'),
      )
      .option('--fail-on-drift', 'exit 1 when the verdict is drift');
  },
  async run(command, io) {
    const [file] = command.processedArgs as [string];
    const options = command.opts<CompareOptions>();
    const current = parseProfile(
      readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' }),
    );
    const history = loadBaseline(options.baseline);
    for (const note of history.notes) io.stderr(`note: ${note}\n`);
    const report = detectDrift({
      current,
      baseline: history.profiles.map((entry) => entry.profile),
      thresholdFraction: options.threshold,
    });
    io.stdout(`verdict: ${report.verdict}\n\n`);
    io.stdout(renderDriftSummary(report));
    io.stdout('\n--- comment ---\n');
    io.stdout(
      `${renderDriftComment({ report, current, identity: { workflow: current.run.workflow, job: current.run.job, matrixKey: current.run.matrixKey }, runUrl: null })}\n`,
    );
    return options.failOnDrift === true && report.verdict === 'drift' ? 1 : 0;
  },
};

/** The baseline folder's profiles; a folder that cannot be listed is named as `--baseline DIR`. */
function loadBaseline(directory: string): ReturnType<typeof loadHistoryFromDirectory> {
  try {
    return loadHistoryFromDirectory(directory);
  } catch (error) {
    throw namedByOption(error, '--baseline', directory);
  }
}
