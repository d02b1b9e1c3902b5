/**
 * Hostile run profiles, property-based and seeded: what an earlier run's artifact or a file handed
 * to the CLI could hold (see ../support/hostile-profiles.ts), through the parser, the estimator,
 * the planner, the drift test and every renderer, and through the CLI's `plan --history`,
 * `report` and `compare`. Each must refuse cleanly (ProfileError, exit 1 or 2 with one line) or
 * produce inert, bounded, well-formed output; none may crash, hang or run away with memory.
 *
 * RESOURCE_PLANNER_PROPERTY_RUNS sets the number of cases across the suite (default 1000);
 * RESOURCE_PLANNER_PROPERTY_SEED the seed (default fixed, so every CI run checks the same cases).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalIo, realCliDeps } from '../../src/cli/deps.js';
import { ERROR_MAX_LENGTH, runCli } from '../../src/cli/main.js';
import { detectDrift, type DriftMethod } from '../../src/drift/drift.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromHistory } from '../../src/estimate/estimate.js';
import { planWorkers } from '../../src/plan/planner.js';
import { probeCapacity } from '../../src/probe/probe.js';
import type { Capacity } from '../../src/probe/types.js';
import { parseProfile } from '../../src/profile/profile.js';
import type { RunProfile } from '../../src/profile/types.js';
import { renderDriftComment, renderDriftSummary } from '../../src/report/comment.js';
import {
  COMMENT_LIMIT_CHARACTERS,
  joinWithinLimit,
  SUMMARY_LIMIT_BYTES,
} from '../../src/report/markdown.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { renderPreRunSummary } from '../../src/report/pre-run.js';
import { ProfileError } from '../../src/shared/errors.js';
import {
  hostileCase,
  hostileFamily,
  hostileText,
  namePool,
  type HostileKind,
  type HostileProfileCase,
} from '../support/hostile-profiles.js';
import { profile as cleanProfile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';
import {
  expectNoProblems,
  logProblems,
  markdownProblems,
  nonFiniteNumbers,
} from './inert-checks.js';
import { startWatchdog, type Watchdog } from './watchdog.js';

const TOTAL_RUNS = Math.max(4, Number(process.env.RESOURCE_PLANNER_PROPERTY_RUNS ?? 1000));
const SEED = Number(process.env.RESOURCE_PLANNER_PROPERTY_SEED ?? 20_261_120);
/** Half the cases are single profiles, four in ten families of 2–6, one in ten CLI runs. */
const RUNS = {
  single: Math.round(TOTAL_RUNS * 0.5),
  family: Math.round(TOTAL_RUNS * 0.4),
  cli: TOTAL_RUNS - Math.round(TOTAL_RUNS * 0.5) - Math.round(TOTAL_RUNS * 0.4),
};
/** No case may take longer: far above the slowest seen (~0.3 s), far below a hang. */
const CASE_LIMIT_MS = 5_000;
/** The watchdog kills the test process when one case has run this long. */
const HANG_LIMIT_MS = 20_000;
/** The whole of one property, shrinking included, may take no longer (a hang fails the run). */
function limits(cases: number): { interruptAfterTimeLimit: number; markInterruptAsFailure: true } {
  return { interruptAfterTimeLimit: Math.max(120_000, cases * 100), markInterruptAsFailure: true };
}
/** Vitest's own limit for a property's test: past fast-check's, which reports better. */
function testTimeout(cases: number): number {
  return limits(cases).interruptAfterTimeLimit + 30_000;
}
const MEMORY_LIMIT_BYTES = 1.5 * 1024 ** 3;
const NOW_MS = Date.parse('2026-11-21T10:00:00.000Z');
const MiB = 1024 * 1024;

const capacities: Capacity[] = [
  probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: 14 * 1024 * MiB,
      freeMemoryBytes: 10 * 1024 * MiB,
      logicalCpus: 3,
      availableParallelism: 3,
      cpuModel: 'Example',
    },
  }),
  probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'x64',
      totalMemoryBytes: 1024 * MiB,
      freeMemoryBytes: 300 * MiB,
      logicalCpus: 1,
      availableParallelism: 1,
      cpuModel: null,
    },
  }),
];
const fallback = staticEstimate(768 * MiB, 'fallback');
/** A file name from hostile text: no `/` or NUL (the only bytes Linux refuses), at most 100 bytes. */
const fileName = hostileText(60).map((text) => {
  const name = text.replace(/[/\0]/g, '_');
  return Buffer.from(name, 'utf8')
    .subarray(0, 100)
    .toString('utf8')
    .replace(/\ufffd/g, '_');
});
/**
 * `min-speedup-gain`: the default 5%, a small 0.1%, and 0 (the input allows it; the speed-up fit
 * once looped to 4 × the largest worker count a profile claims with it: regressions.test.ts).
 */
const speedupGain = fc.constantFrom(0.05, 0.001, 0);
/** Where the texts of the last failing case are written, to reproduce it outside the suite. */
const FAILURE_FILE = join(tmpdir(), 'resource-planner-hostile-failure.json');

/** Writes `cases` to FAILURE_FILE and names the file in the error. */
function keepFailure(cases: readonly HostileProfileCase[], error: unknown): never {
  writeFileSync(
    FAILURE_FILE,
    JSON.stringify(
      cases.map((entry) => ({
        kind: entry.kind,
        damage: entry.damage,
        base64: Buffer.from(entry.bytes).toString('base64'),
      })),
    ),
  );
  if (error instanceof Error) error.message += `\n(the profiles, base64: ${FAILURE_FILE})`;
  throw error;
}

function keepOnFailure(cases: readonly HostileProfileCase[], work: () => void): void {
  try {
    work();
  } catch (error) {
    keepFailure(cases, error);
  }
}

/** What the suite saw, printed at the end so the counts show in the test output. */
const stats = {
  profiles: 0,
  parsed: 0,
  refused: 0,
  byKind: {} as Record<HostileKind, { seen: number; parsed: number }>,
  cliRuns: 0,
  exitCodes: {} as Record<number, number>,
  slowestMs: 0,
  slowest: '',
  /** Largest outputs, to show how near the limits the cases came. */
  largestSummaryBytes: 0,
  largestCommentCharacters: 0,
};

let watchdog: Watchdog;
beforeAll(() => {
  watchdog = startWatchdog(HANG_LIMIT_MS);
});
afterAll(async () => {
  await watchdog.stop();
});

function timed<T>(label: string, work: () => T): T {
  watchdog.beat(label);
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  if (elapsed > stats.slowestMs) {
    stats.slowestMs = elapsed;
    stats.slowest = label;
  }
  if (elapsed > CASE_LIMIT_MS) throw new Error(`${label} took ${Math.round(elapsed)} ms`);
  return result;
}

/**
 * parseProfile's contract: a profile, or a ProfileError with a one-line message of bounded length.
 * A case generated valid must parse (else the generator or the parser is wrong), unless it is
 * over the size cap.
 */
function parseCase(entry: HostileProfileCase): RunProfile | null {
  stats.profiles++;
  const kind = (stats.byKind[entry.kind] ??= { seen: 0, parsed: 0 });
  kind.seen++;
  try {
    const parsed = parseProfile(entry.text);
    stats.parsed++;
    kind.parsed++;
    return parsed;
  } catch (error) {
    stats.refused++;
    if (!(error instanceof ProfileError))
      throw new Error(
        `parseProfile threw ${error instanceof Error ? error.constructor.name : typeof error}, not ProfileError: ${String(error)}`,
      );
    if (/[\r\n\u2028\u2029]/.test(error.message) || error.message.length > 400)
      throw new Error(`ProfileError message not one short line: ${JSON.stringify(error.message)}`);
    if ((entry.kind === 'valid' || entry.kind === 'valid-v1') && !/larger than/.test(error.message))
      throw new Error(`a valid ${entry.kind} profile was refused: ${error.message}`);
    return null;
  }
}

/** A job summary: inert, well formed, at most 1 MiB. */
function checkSummary(markdown: string, what: string): void {
  stats.largestSummaryBytes = Math.max(stats.largestSummaryBytes, Buffer.byteLength(markdown));
  expectNoProblems(markdownProblems(markdown, { maxBytes: SUMMARY_LIMIT_BYTES }), what);
}

/** A pull-request comment: inert, well formed, at most 65,536 characters. */
function checkComment(markdown: string): void {
  stats.largestCommentCharacters = Math.max(stats.largestCommentCharacters, markdown.length);
  expectNoProblems(
    markdownProblems(markdown, { maxCharacters: COMMENT_LIMIT_CHARACTERS }),
    'drift comment',
  );
}

function checkPostRun(profile: RunProfile, note: string): void {
  const markdown = renderPostRunSummary(profile, { budget: DEFAULT_SETTINGS, notes: [note] });
  checkSummary(markdown, 'post-run summary');
}

/** Estimate from `profiles`, plan on `capacity`, render the pre-run summary. */
function checkPlan(
  profiles: RunProfile[],
  phase: string,
  capacity: Capacity,
  elastic: boolean,
  minSpeedupGain: number,
): void {
  const estimate = estimateFromHistory({
    profiles: profiles.map((profile) => ({ profile, url: null })),
    phase,
    capacityMemoryLimitBytes: capacity.memoryLimitBytes,
    capacityOs: profiles[0]?.host.os ?? 'linux',
    nowMs: NOW_MS,
    elasticMemory: elastic,
    minSpeedupGain,
    fallback,
  });
  expectNoProblems(nonFiniteNumbers(estimate), 'estimate');
  const plan = planWorkers({ capacity, settings: DEFAULT_SETTINGS, estimate });
  expectNoProblems(nonFiniteNumbers(plan), 'plan');
  if (!Number.isInteger(plan.workers) || plan.workers < 1)
    throw new Error(`plan of ${plan.workers} workers`);
  const markdown = renderPreRunSummary({ capacity, plan, profileName: phase });
  checkSummary(markdown, 'pre-run summary');
}

function checkDrift(current: RunProfile, baseline: RunProfile[], method: DriftMethod): void {
  const report = detectDrift({ current, baseline, method });
  expectNoProblems(nonFiniteNumbers(report), 'drift report');
  for (const resolved of [false, true]) {
    const comment = renderDriftComment({
      report,
      current,
      identity: {
        workflow: current.run.workflow,
        job: current.run.job,
        matrixKey: current.run.matrixKey,
      },
      runUrl: null,
      resolved,
    });
    checkComment(comment);
  }
  const driftSummary = renderDriftSummary(report);
  checkSummary(driftSummary, 'drift summary');
  // The post step writes the post-run and drift summaries as one step summary, in one budget.
  checkSummary(
    joinWithinLimit(
      [renderPostRunSummary(current, { budget: DEFAULT_SETTINGS }), driftSummary],
      SUMMARY_LIMIT_BYTES,
    ),
    'post step summary',
  );
}

/** A well-formed current run whose phase names are the hostile profile's (so they are compared). */
function cleanCurrentLike(profile: RunProfile): RunProfile {
  const names = profile.phases.slice(0, 5).map((phase) => phase.name);
  return cleanProfile(
    (names.length > 0 ? names : ['test']).map((name) => ({ name, peakBytes: 2 * 1024 * MiB })),
  );
}

describe('hostile run profiles (property-based, seeded)', () => {
  it(
    `${RUNS.single} single profiles: parse or ProfileError; post-run summary, estimate, plan, pre-run summary and drift against itself stay inert`,
    { timeout: testTimeout(RUNS.single) },
    () => {
      let index = 0;
      fc.assert(
        fc.property(
          namePool.chain((pool) => fc.tuple(fc.constant(pool), hostileCase(pool, { large: true }))),
          fc.boolean(),
          speedupGain,
          ([pool, entry], elastic, gain) => {
            const label = `single #${index++} (${entry.kind} ${entry.damage.join('+')})`;
            timed(label, () =>
              keepOnFailure([entry], () => {
                const profile = parseCase(entry);
                if (!profile) return;
                checkPostRun(profile, pool[0] ?? '');
                const phase = profile.phases[0]?.name ?? pool[0] ?? 'default';
                checkPlan([profile], phase, capacities[index % 2] as Capacity, elastic, gain);
                checkDrift(profile, [profile], 'auto');
              }),
            );
          },
        ),
        { seed: SEED, numRuns: RUNS.single, ...limits(RUNS.single) },
      );
      // The generator must mostly produce profiles the parser accepts, or nothing past it is tested.
      expect(stats.parsed).toBeGreaterThan(RUNS.single * 0.4);
    },
  );

  it(
    `${RUNS.family} families of 2–6 profiles: drift with each as current and as baseline, comments and summaries, estimates from all`,
    { timeout: testTimeout(RUNS.family) },
    () => {
      let index = 0;
      fc.assert(
        fc.property(
          hostileFamily(2, 6),
          fc.constantFrom<DriftMethod>('auto', 'robust', 'max'),
          fc.boolean(),
          speedupGain,
          ({ pool, cases }, method, elastic, gain) => {
            const label = `family #${index++} (${cases.map((entry) => entry.kind).join(', ')})`;
            timed(label, () =>
              keepOnFailure(cases, () => {
                const profiles = cases
                  .map(parseCase)
                  .filter((profile): profile is RunProfile => profile !== null);
                const [current, ...baseline] = profiles;
                if (!current) return;
                checkDrift(current, baseline, method);
                // As baseline: a clean run compared with the hostile ones.
                checkDrift(cleanCurrentLike(current), profiles, method);
                checkPlan(
                  profiles,
                  pool[0] ?? 'default',
                  capacities[index % 2] as Capacity,
                  elastic,
                  gain,
                );
              }),
            );
          },
        ),
        { seed: SEED + 1, numRuns: RUNS.family, ...limits(RUNS.family) },
      );
    },
  );

  describe('through the CLI', () => {
    let root = '';
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'rp-hostile-'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    /** The CLI with the real commands and the real terminal io, writing into strings. */
    async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      const out = { stdout: '', stderr: '' };
      const deps = realCliDeps();
      deps.io = terminalIo(
        {},
        {
          stdout: (text) => void (out.stdout += text),
          stderr: (text) => void (out.stderr += text),
        },
      );
      const code = await runCli(argv, deps);
      stats.cliRuns++;
      stats.exitCodes[code] = (stats.exitCodes[code] ?? 0) + 1;
      return { code, ...out };
    }

    /**
     * Exit 0, 1 or 2; inert output; a failure says so in one line, last; every other line on
     * stderr a note or a warning (paths with line breaks are quoted in notes: regressions.test.ts).
     */
    function checkRun(
      what: string,
      result: { code: number; stdout: string; stderr: string },
      namesBreakLines: boolean,
    ): void {
      const problems: string[] = [];
      if (![0, 1, 2].includes(result.code)) problems.push(`exit code ${result.code}`);
      problems.push(...logProblems(result.stdout), ...logProblems(result.stderr));
      const lines = result.stderr.split('\n').filter((line) => line !== '');
      const notes = result.code === 0 ? lines : lines.slice(0, -1);
      void namesBreakLines;
      for (const line of notes)
        if (!/^(note|warning): /.test(line)) problems.push(`stderr line ${JSON.stringify(line)}`);
      if (result.code !== 0) {
        const last = lines.at(-1) ?? '';
        if (!last.startsWith('resource-planner: '))
          problems.push(
            `the error is not one line: ${JSON.stringify(result.stderr.slice(0, 300))}`,
          );
        // The message is cut at ERROR_MAX_LENGTH code points; escapes may lengthen it a little.
        if ([...last].length > ERROR_MAX_LENGTH * 2)
          problems.push(`an error line of ${[...last].length} characters`);
      }
      expectNoProblems(problems, what);
    }

    it(
      `${RUNS.cli} folders of 1–5 profiles, hostile file names: plan --history DIR [--json], report FILE, compare --baseline DIR FILE`,
      { timeout: testTimeout(RUNS.cli) },
      async () => {
        let index = 0;
        await fc.assert(
          fc.asyncProperty(
            hostileFamily(1, 5),
            fc.boolean(),
            fc.array(fileName, { minLength: 5, maxLength: 5 }),
            fc.constantFrom('5%', '0.1%'),
            fc.boolean(),
            async ({ pool, cases }, hostileName, names, gain, json) => {
              try {
                const label = `cli #${index++} (${cases.map((entry) => entry.kind).join(', ')})`;
                watchdog.beat(label);
                const started = performance.now();
                const folder = join(root, String(index));
                // File and folder names are untrusted too: they reach notes and error messages.
                const history = join(folder, `history ${names[0]}`);
                const inner = join(history, `run-1 ${names[1]}`);
                mkdirSync(inner, { recursive: true });
                const [current, ...rest] = cases as [HostileProfileCase, ...HostileProfileCase[]];
                const file = join(folder, `current ${names[2]}.json`);
                writeFileSync(file, current.bytes);
                // As `gh run download` lays them out: one level down, and loose files.
                rest.forEach((entry, position) =>
                  writeFileSync(
                    position === 0
                      ? join(inner, 'run-profile.json')
                      : join(history, `${position} ${names[(position % 2) + 3]}.json`),
                    entry.bytes,
                  ),
                );
                const simple =
                  pool.find((name) => /^[A-Za-z0-9._-]{1,64}$/.test(name)) ?? 'default';
                const phase = hostileName ? (pool[0] ?? '') : simple;

                const namesBreakLines = names.some((name) => /[\r\n]/.test(name));
                const plan = await cli([
                  'plan',
                  '--history',
                  history,
                  ...(json ? ['--json'] : []),
                  '--profile',
                  phase,
                  '--min-speedup-gain',
                  gain,
                ]);
                checkRun(`plan --history${json ? ' --json' : ''}`, plan, namesBreakLines);
                if (plan.code === 0 && json) {
                  const parsed = JSON.parse(plan.stdout) as { plan: { workers: number } };
                  expectNoProblems(nonFiniteNumbers(parsed), 'plan --json');
                  if (!Number.isInteger(parsed.plan.workers) || parsed.plan.workers < 1)
                    throw new Error(`plan --json: ${parsed.plan.workers} workers`);
                }

                let parses = true;
                try {
                  parseProfile(Buffer.from(current.bytes).toString('utf8'));
                } catch {
                  parses = false;
                }
                const report = await cli(['report', file]);
                checkRun('report', report, namesBreakLines);
                if ((report.code === 0) !== parses)
                  throw new Error(
                    `report exited ${report.code} for a profile that ${parses ? 'parses' : 'does not parse'}`,
                  );

                const compare = await cli(['compare', '--baseline', history, file]);
                checkRun('compare', compare, namesBreakLines);
                if ((compare.code === 0) !== parses)
                  throw new Error(
                    `compare exited ${compare.code} for a profile that ${parses ? 'parses' : 'does not parse'}`,
                  );

                rmSync(folder, { recursive: true, force: true });
                const elapsed = performance.now() - started;
                if (elapsed > stats.slowestMs) {
                  stats.slowestMs = elapsed;
                  stats.slowest = label;
                }
                if (elapsed > CASE_LIMIT_MS)
                  throw new Error(`${label} took ${Math.round(elapsed)} ms`);
              } catch (error) {
                keepFailure(cases, error);
              }
            },
          ),
          { seed: SEED + 2, numRuns: RUNS.cli, ...limits(RUNS.cli) },
        );
      },
    );
  });

  it('kept the test process under 1.5 GB of memory', () => {
    const rss = process.memoryUsage().rss;
    const kinds = Object.entries(stats.byKind)
      .map(([kind, { seen, parsed }]) => `${kind} ${parsed}/${seen}`)
      .join(', ');
    console.log(
      `hostile profiles (seed ${SEED}, ${TOTAL_RUNS} cases: ${RUNS.single} single, ${RUNS.family} families, ${RUNS.cli} CLI): ` +
        `${stats.profiles} profiles in process, ${stats.parsed} parsed, ${stats.refused} refused (parsed/seen: ${kinds}); ` +
        `${stats.cliRuns} CLI runs (exit codes ${JSON.stringify(stats.exitCodes)}); ` +
        `slowest case ${Math.round(stats.slowestMs)} ms (${stats.slowest}); ` +
        `largest summary ${Math.round(stats.largestSummaryBytes / 1024)} KiB, largest comment ${stats.largestCommentCharacters} characters; ` +
        `RSS ${Math.round(rss / MiB)} MiB`,
    );
    expect(rss).toBeLessThan(MEMORY_LIMIT_BYTES);
  });
});
