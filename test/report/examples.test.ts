/**
 * Rendered examples, committed so a reader sees every report without running anything; each is
 * generated here from the fixtures, so it cannot go stale: a missing or different file fails the
 * test, and UPDATE_EXAMPLES=1 writes them. Each has a rendering in ./examples/rendered/, made from
 * that very Markdown by `npm run render-examples` (its manifest holds the Markdown's SHA-256).
 * Every Mermaid block in them must parse with Mermaid's own parser (see ./mermaid.ts).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/drift.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { planWorkers } from '../../src/plan/planner.js';
import { probeCapacity } from '../../src/probe/probe.js';
import { profileHost } from '../../src/profile/identity.js';
import { renderDriftComment, renderDriftSummary } from '../../src/report/comment.js';
import { jobSummarySections } from '../../src/report/job-summary.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { renderPreRunSummary } from '../../src/report/pre-run.js';
import { renderTerminalReport } from '../../src/report/terminal.js';
import { compareCommand } from '../../src/cli/compare.js';
import { runCli } from '../../src/cli/main.js';
import { planCommand } from '../../src/cli/plan.js';
import { reportCommand } from '../../src/cli/report.js';
import type { CliCommand } from '../../src/cli/io.js';
import { serializeProfile } from '../../src/profile/profile.js';
import type { RunProfile } from '../../src/profile/types.js';
import { adviseRunners } from '../../src/advise/advise.js';
import { BUILTIN_CATALOG } from '../../src/advise/catalog.js';
import { formatAdviceText, renderAdviceSummary } from '../../src/report/advice.js';
import { timedRuns } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';
import { GiB, oomKilledJob, peaksRun, sixHourJob, thirtySecondJob } from './fixtures.js';
import { mermaidBlocks, parseMermaid } from './mermaid.js';

const directory = new URL('./examples/', import.meta.url).pathname;
const written = new Set<string>();

function check(name: string, markdown: string): void {
  const path = `${directory}${name}`;
  written.add(name);
  if (process.env.UPDATE_EXAMPLES === '1') {
    mkdirSync(directory, { recursive: true });
    writeFileSync(path, markdown);
  }
  if (!existsSync(path)) throw new Error(`${name} is missing: run with UPDATE_EXAMPLES=1`);
  expect(markdown).toBe(readFileSync(path, 'utf8'));
}

const identity = { workflow: 'CI', job: 'test', matrixKey: null };
const runUrl = 'https://github.com/octo/app/actions/runs/9';
const baselineOf = (peaks: Record<string, number>[]): RunProfile[] =>
  peaks.map((run, index) => peaksRun(run, 101 + index));
const oneBaseline = baselineOf([1.38, 1.42, 1.4, 1.45, 1.39].map((gib) => ({ test: gib * GiB })));

function capacityOf(totalGiB: number, cpus: number) {
  return probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: totalGiB * GiB,
      freeMemoryBytes: (totalGiB - 4) * GiB,
      logicalCpus: cpus,
      availableParallelism: cpus,
      cpuModel: 'Example',
    },
  });
}

describe('rendered examples', () => {
  it('pre-run summary: the first phase, and a later phase of the same job', () => {
    const capacity = capacityOf(14, 4);
    const plan = planWorkers({
      capacity,
      settings: DEFAULT_SETTINGS,
      estimate: staticEstimate(2.5 * GiB, 'fallback'),
    });
    check('pre-run.md', renderPreRunSummary({ capacity, plan, profileName: 'test' }));
    check(
      'pre-run-later-phase.md',
      renderPreRunSummary({
        capacity,
        plan,
        profileName: 'package',
        earlierHost: profileHost(capacity),
      }),
    );
  });

  it('post-run summary: a 30-second job, a six-hour job in three phases, an OOM-killed job', () => {
    check('post-run-30s.md', renderPostRunSummary(thirtySecondJob(), { budget: DEFAULT_SETTINGS }));
    check(
      'post-run-6h-3-phases.md',
      renderPostRunSummary(sixHourJob(), { budget: DEFAULT_SETTINGS }),
    );
    check('post-run-oom.md', renderPostRunSummary(oomKilledJob(), { budget: DEFAULT_SETTINGS }));
  });

  it('pull request: the job summary with the drift verdict first, and the comment', () => {
    const current = peaksRun({ test: 2.2 * GiB }, 200);
    const report = detectDrift({ current, baseline: oneBaseline });
    const postRun = renderPostRunSummary(current, { budget: DEFAULT_SETTINGS });
    check(
      'job-summary-pull-request.md',
      jobSummarySections(postRun, {
        summary: renderDriftSummary(report, current),
        pullRequest: true,
      }).join('\n'),
    );
    check('drift-comment.md', renderDriftComment({ report, current, identity, runUrl }));
  });

  it('drift comment: three phases, one drifted', () => {
    const phases = (test: number) => ({ build: 3.1 * GiB, test, package: 0.8 * GiB });
    const baseline = baselineOf([1.38, 1.42, 1.4, 1.45, 1.39].map((gib) => phases(gib * GiB)));
    const current = peaksRun(phases(2.2 * GiB), 200);
    check(
      'drift-comment-3-phases.md',
      renderDriftComment({
        report: detectDrift({ current, baseline }),
        current,
        identity,
        runUrl,
      }),
    );
  });

  it('drift comment: resolved, no baseline yet, and the fork report mode', () => {
    const back = peaksRun({ test: 1.43 * GiB }, 201);
    check(
      'drift-comment-resolved.md',
      renderDriftComment({
        report: detectDrift({ current: back, baseline: oneBaseline }),
        current: back,
        identity,
        runUrl,
        resolved: true,
      }),
    );
    const first = peaksRun({ test: 1.4 * GiB }, 202);
    check(
      'drift-comment-no-baseline.md',
      renderDriftComment({
        report: detectDrift({ current: first, baseline: [] }),
        current: first,
        identity,
        runUrl,
      }),
    );
    // mode: report (workflow_run) renders the triggering run's comment with the same function.
    const fork = peaksRun({ test: 1.1 * GiB }, 203);
    check(
      'drift-comment-fork-report.md',
      renderDriftComment({
        report: detectDrift({ current: fork, baseline: oneBaseline }),
        current: fork,
        identity,
        runUrl: 'https://github.com/octo/app/actions/runs/77',
      }),
    );
  });

  it('runner advice: the summary section, the terminal text, and a shard drift comment', () => {
    // docs/algorithm.md §6's worked example: 1, 2 and 4 workers in 500 s, 300 s and 200 s.
    const history = timedRuns([1, 2, 4]).map((recorded) => ({
      profile: recorded,
      url: null,
      failed: false,
    }));
    const advice = (targetMs: number) =>
      adviseRunners({
        profiles: history,
        phase: 'test',
        catalog: BUILTIN_CATALOG,
        targetMs,
        visibility: 'private',
        settings: DEFAULT_SETTINGS,
        nowMs: Date.parse('2026-11-21T10:00:00.000Z'),
        minSpeedupGain: 0.05,
        elasticMemory: false,
        shard: null,
      });
    check('runner-advice.md', renderAdviceSummary(advice(300_000)));
    check('terminal-advise.txt', formatAdviceText(advice(170_000)));

    const shard = { index: 2, total: 3 };
    const asShard = (run: RunProfile): RunProfile => ({ ...run, run: { ...run.run, shard } });
    const current = asShard(peaksRun({ test: 2.2 * GiB }, 200));
    const baseline = [...oneBaseline.map(asShard), peaksRun({ test: 4 * GiB }, 150)];
    check(
      'drift-comment-shard.md',
      renderDriftComment({ report: detectDrift({ current, baseline }), current, identity, runUrl }),
    );
  });

  it('each example has its rendering, made from this very Markdown (npm run render-examples)', () => {
    const manifest = JSON.parse(
      readFileSync(`${directory}rendered/manifest.json`, 'utf8'),
    ) as Record<string, string>;
    const names = readdirSync(directory).filter((name) => name.endsWith('.md'));
    for (const name of names) {
      const hash = createHash('sha256')
        .update(readFileSync(`${directory}${name}`, 'utf8'))
        .digest('hex');
      expect(manifest[name], `${name}: run npm run render-examples`).toBe(hash);
      expect(existsSync(`${directory}rendered/${name.replace(/\.md$/, '.png')}`)).toBe(true);
    }
    expect(Object.keys(manifest).sort()).toEqual(names.sort());
  });

  it('leaves no stale example behind', () => {
    const names = readdirSync(directory).filter((name) => name.endsWith('.md'));
    expect(names.sort()).toEqual([...written].filter((name) => name.endsWith('.md')).sort());
  });
});

/** What a command prints to a terminal without colour (stdout, then stderr if any), via runCli. */
async function terminalOutput(argv: string[], commands: CliCommand[]): Promise<string> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    io: {
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
      env: {},
      colour: false,
    },
    commands,
    version: '1.0.0',
  });
  expect(code, out.stderr).toBe(0);
  return `$ resource-planner ${argv.join(' ')}\n${out.stdout}${out.stderr ? `\n(stderr)\n${out.stderr}` : ''}`;
}

describe('terminal examples (no colour)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rp-examples-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('plan: a 14 GiB, 4-CPU machine and 2.5 GiB per worker', async () => {
    const plan = planCommand({
      probe: () => Promise.resolve(capacityOf(14, 4)),
      learnFromDirectory: () => Promise.reject(new Error('no history in this example')),
    });
    check(
      'terminal-plan.txt',
      await terminalOutput(['plan', '--profile', 'test', '--memory-per-worker', '2.5GiB'], [plan]),
    );
  });

  it('run: the report after the command, a 30-second job, three phases, an OOM kill', () => {
    // `run` prints this renderer's text after the command's own output (src/cli/record.ts).
    const text = (profile: RunProfile) =>
      renderTerminalReport(profile, { budget: DEFAULT_SETTINGS, colour: false, width: 80 });
    check('terminal-run-30s.txt', text(thirtySecondJob()));
    check('terminal-run-6h-3-phases.txt', text(sixHourJob()));
    check('terminal-run-oom.txt', text(oomKilledJob()));
  });

  it('report and compare: a saved profile, and a drifted one against five baseline runs', async () => {
    const current = join(folder, 'current.json');
    // Saved profiles hold whole bytes: a 16 GiB limit (the fixtures' 15.6 GiB is fractional).
    const limit = 16 * GiB;
    writeFileSync(current, serializeProfile(peaksRun({ test: 2.2 * GiB }, 200, limit)));
    mkdirSync(join(folder, 'baseline'));
    [1.38, 1.42, 1.4, 1.45, 1.39].forEach((gib, index) =>
      writeFileSync(
        join(folder, 'baseline', `run-${index}.json`),
        serializeProfile(peaksRun({ test: gib * GiB }, 101 + index, limit)),
      ),
    );
    const shown = (text: string) => text.replaceAll(folder, '/tmp/example');
    check('terminal-report.txt', shown(await terminalOutput(['report', current], [reportCommand])));
    check(
      'terminal-compare.txt',
      shown(
        await terminalOutput(
          ['compare', '--baseline', join(folder, 'baseline'), current],
          [compareCommand],
        ),
      ),
    );
  });

  it('leaves no stale terminal example behind', () => {
    const names = readdirSync(directory).filter((name) => name.endsWith('.txt'));
    expect(names.sort()).toEqual([...written].filter((name) => name.endsWith('.txt')).sort());
  });
});

describe('Mermaid in the examples', () => {
  const files = existsSync(directory)
    ? readdirSync(directory).filter((name) => name.endsWith('.md'))
    : [];

  it('has charts to check', () => {
    const blocks = files.flatMap((name) =>
      mermaidBlocks(readFileSync(`${directory}${name}`, 'utf8')),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: every block parses with Mermaid', async (name) => {
    for (const block of mermaidBlocks(readFileSync(`${directory}${name}`, 'utf8')))
      await expect(parseMermaid(block)).resolves.toBe('xychart');
  });
});

describe('the Mermaid parse check', () => {
  it('rejects a broken block, so a passing check means something', async () => {
    await expect(parseMermaid('xychart-beta\n  x-axis "min" 0 -->\n  line [1, 2')).rejects.toThrow(
      /Parse error/,
    );
    await expect(
      parseMermaid('xychart-beta\n  title "a "quoted" b"\n  line [1, 2]'),
    ).rejects.toThrow();
  });
});
