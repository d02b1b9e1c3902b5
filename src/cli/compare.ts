/** `resource-planner compare`: test a profile for drift against baseline profiles in a folder. */
import { parseArgs } from 'node:util';
import { detectDrift } from '../drift/drift.js';
import { loadHistoryFromDirectory } from '../history/load.js';
import { MAX_PROFILE_BYTES, parseProfile } from '../profile/profile.js';
import { renderDriftComment, renderDriftSummary } from '../report/comment.js';
import { namedByOption, readBoundedText } from '../runner/files.js';
import type { CliIo } from './io.js';

/** `resource-planner compare --baseline DIR FILE [--threshold 10%] [--fail-on-drift]` */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      baseline: { type: 'string' },
      threshold: { type: 'string', default: '10%' },
      'fail-on-drift': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  const threshold = /^(\d+(?:\.\d+)?)%$/.exec(values.threshold);
  if (!values.baseline || !file || positionals.length !== 1 || !threshold) {
    io.stderr(
      'usage: resource-planner compare --baseline DIR FILE [--threshold 10%] [--fail-on-drift]\n',
    );
    return 2;
  }
  const current = parseProfile(readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' }));
  const history = loadBaseline(values.baseline);
  for (const note of history.notes) io.stderr(`note: ${note}\n`);
  const report = detectDrift({
    current,
    baseline: history.profiles.map((entry) => entry.profile),
    thresholdFraction: Number(threshold[1]) / 100,
  });
  io.stdout(`verdict: ${report.verdict}\n\n`);
  io.stdout(renderDriftSummary(report));
  io.stdout('\n--- comment ---\n');
  io.stdout(
    `${renderDriftComment({ report, current, identity: { workflow: current.run.workflow, job: current.run.job, matrixKey: current.run.matrixKey }, runUrl: null })}\n`,
  );
  return values['fail-on-drift'] && report.verdict === 'drift' ? 1 : 0;
}

/** The baseline folder's profiles; a folder that cannot be listed is named as `--baseline DIR`. */
function loadBaseline(directory: string): ReturnType<typeof loadHistoryFromDirectory> {
  try {
    return loadHistoryFromDirectory(directory);
  } catch (error) {
    throw namedByOption(error, '--baseline', directory);
  }
}
