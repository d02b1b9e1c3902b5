/**
 * `resource-planner advise --history DIR [--target 10m] [--catalog FILE]`: which runner size to
 * use, from the run profiles in a folder; the same engine as the action's `runner-advice`.
 */
import { InvalidArgumentError, Option } from 'commander';
import { adviceRequestFor, adviseRunners, type RepoVisibility } from '../advise/advise.js';
import {
  BUILTIN_CATALOG,
  CATALOG_MAX_BYTES,
  mergeCatalog,
  parseCatalog,
} from '../advise/catalog.js';
import { onlyJob } from '../history/learn.js';
import { loadHistoryFromDirectory } from '../history/load.js';
import { formatAdviceText } from '../report/advice.js';
import { namedByOption, readBoundedText, shownPath } from '../runner/files.js';
import { DURATION_FORMAT, parseDurationMs } from '../shared/units.js';
import type { CliCommand } from './io.js';
import { parseJobName } from './options.js';
import { addPlanOptions, planInputsFrom } from './plan.js';

interface AdviseOptions {
  history: string;
  name?: string;
  target?: number;
  catalog?: string;
  visibility: RepoVisibility;
  json?: boolean;
}

/** `10m`, `90s` → ms, at least one second. */
export function parseTargetMs(text: string): number {
  const ms = parseDurationMs(text.trim());
  if (ms === null || ms < 1000)
    throw new InvalidArgumentError(`Expected ${DURATION_FORMAT}, at least 1s.`);
  return ms;
}

export const adviseCommand: CliCommand = {
  name: 'advise',
  declare(command) {
    command
      .summary('advise a runner size from the run profiles in a folder')
      .description(
        'Advise a runner size: for each runner of the catalogue (GitHub-hosted runners, and those\n' +
          'of --catalog FILE), the worker count, duration, peak memory and cost that history\n' +
          'predicts; the cheapest that meets --target without an OOM risk, else the fastest.\n' +
          'The count is what the plan would choose on each runner, from the memory history\n' +
          'measured, so the plan flags that fix a count or a per-worker memory are not taken.',
      )
      .requiredOption('--history <DIR>', "the run profiles to learn from (from 'gh run download')")
      .option('--name <NAME>', "only recordings of this job ('run --name')", parseJobName)
      .addOption(
        new Option('--target <DURATION>', 'the duration the phase should take: 10m, 90s').argParser(
          parseTargetMs,
        ),
      )
      .option(
        '--catalog <FILE>',
        'a JSON file of runners that extends or replaces the built-in ones',
      )
      .addOption(
        new Option('--visibility <KIND>', 'the repository: public runs standard runners free')
          .choices(['public', 'private'])
          .default('private'),
      )
      .option('--json', "print the advice as JSON (the action's runner-advice output)");
    // The advice plans each runner from history, never a fixed count or per-worker figure: a
    // flag listed here would be accepted and ignored.
    addPlanOptions(command, {
      without: ['workers', 'memory-per-worker', 'fallback-memory-per-worker'],
    });
  },
  run(command, io) {
    const options = command.opts<AdviseOptions>();
    const inputs = planInputsFrom(command);
    const catalog = mergeCatalog(
      BUILTIN_CATALOG,
      options.catalog === undefined ? null : readCatalog(options.catalog),
    );
    let history;
    try {
      history = onlyJob(loadHistoryFromDirectory(options.history), options.name ?? null);
    } catch (error) {
      throw namedByOption(error, '--history', options.history);
    }
    for (const note of history.notes) io.stderr(`note: ${note}\n`);
    const advice = adviseRunners(
      adviceRequestFor(
        { ...inputs, targetDurationMs: options.target ?? null },
        {
          profiles: history.profiles,
          catalog,
          visibility: options.visibility,
          nowMs: Date.now(),
        },
      ),
    );
    io.stdout(options.json ? `${JSON.stringify(advice, null, 2)}\n` : formatAdviceText(advice));
    return Promise.resolve(0);
  },
};

/** The user's catalogue file, read with a size cap; errors name it as `--catalog FILE`. */
function readCatalog(path: string): ReturnType<typeof parseCatalog> {
  let text: string;
  try {
    text = readBoundedText(path, CATALOG_MAX_BYTES, { what: 'a runner catalogue' });
  } catch (error) {
    throw namedByOption(error, '--catalog', path);
  }
  return parseCatalog(text, '--catalog', shownPath(path));
}
