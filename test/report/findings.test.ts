/**
 * One test per finding of the reports review (issue 15, reports part): each fails on the reports
 * as they were before (150 "aggressive" workers on 2 CPUs, a leak note on every phase, an x label
 * per point, an empty one-phase drift chart, a headline without a number, ...).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/drift.js';
import { advisePhase } from '../../src/plan/advisory.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import { planWorkers } from '../../src/plan/planner.js';
import { probeCapacity } from '../../src/probe/probe.js';
import { profileHost } from '../../src/profile/identity.js';
import {
  axisTickCount,
  barChart,
  CHART_MAX_LABELS,
  niceAxisMax,
  CHART_MAX_POINTS,
  resampleMax,
  timeChart,
} from '../../src/report/chart.js';
import { renderDriftComment, renderDriftSummary } from '../../src/report/comment.js';
import { jobSummarySections } from '../../src/report/job-summary.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { renderPreRunSummary } from '../../src/report/pre-run.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';
import {
  GiB,
  jobProfile,
  MiB,
  oomKilledJob,
  peaksRun,
  rampPlateau,
  sixHourJob,
  thirtySecondJob,
} from './fixtures.js';
import { mermaidBlocks } from './mermaid.js';

/** A phase of small workers on a big machine: memory alone would allow dozens. */
function smallWorkers(cpus: number, oomKills = 0) {
  return jobProfile({
    intervalMs: 500,
    limitBytes: 7 * GiB,
    cpus,
    phases: [
      {
        name: 'test',
        durationMs: 120_000,
        memoryAt: rampPlateau(100 * MiB, 400 * MiB),
        worker: { name: 'node', atOnce: 4, peakP90Bytes: 80 * MiB, meanAliveBytes: 70 * MiB },
        oomKills,
      },
    ],
  });
}

const adviceSettings = { budgetBytes: 6 * GiB, cpusPerWorker: 1, maxWorkers: null };

describe('what this run alone would justify', () => {
  it('never exceeds the CPUs ÷ cpus-per-worker, max-workers, or memory bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom(0.5, 1, 2, 3),
        fc.option(fc.integer({ min: 1, max: 32 }), { nil: null }),
        fc.integer({ min: 256, max: 64 * 1024 }),
        (cpus, cpusPerWorker, maxWorkers, budgetMiB) => {
          const advice = advisePhase(smallWorkers(cpus), 0, {
            budgetBytes: budgetMiB * MiB,
            cpusPerWorker,
            maxWorkers,
          });
          const workers = advice.workers ?? 0;
          expect(workers).toBeGreaterThanOrEqual(1);
          expect(workers).toBeLessThanOrEqual(Math.max(1, Math.floor(cpus / cpusPerWorker)));
          if (maxWorkers !== null) expect(workers).toBeLessThanOrEqual(maxWorkers);
          expect(workers).toBeLessThanOrEqual(Math.max(1, advice.memoryFits ?? 0));
        },
      ),
    );
  });

  it('says 2 on a 2-CPU runner where memory alone would allow dozens, and why', () => {
    const advice = advisePhase(smallWorkers(2), 0, adviceSettings);
    expect(advice.memoryFits).toBeGreaterThan(50);
    expect(advice).toMatchObject({ workers: 2, limitedBy: 'cpu' });
    const summary = renderPostRunSummary(smallWorkers(2), { budget: DEFAULT_SETTINGS });
    expect(summary).toContain('**2 workers** for **test**');
    expect(summary).toContain('limited by CPUs: 2 ÷ 1 per worker');
  });

  it('after an OOM kill at 4 workers, justifies fewer than 4', () => {
    const advice = advisePhase(smallWorkers(16, 1), 0, adviceSettings);
    expect(advice).toMatchObject({ workers: 3, limitedBy: 'oom' });
  });

  it('uses the configured reserve and fraction for the budget', () => {
    const profile = smallWorkers(64);
    const loose = renderPostRunSummary(profile, { budget: DEFAULT_SETTINGS });
    const tight = renderPostRunSummary(profile, {
      budget: { ...DEFAULT_SETTINGS, memoryReserveBytes: 5 * GiB, memoryFraction: 0.5 },
    });
    expect(loose).toMatch(/fit the 6\.\d GiB budget/);
    expect(tight).toContain('fit the 1 GiB budget');
    expect(tight).toMatch(/\*\*1[0-3] workers\*\*/);
  });

  it('says nothing about a phase that ran one process at a time', () => {
    const advice = advisePhase(sixHourJob(), 2, adviceSettings);
    expect(advice.workers).toBeNull();
  });
});

describe('notes only on evidence strong enough to act on', () => {
  it('no leak note for workers starting up and then holding steady', () => {
    for (const profile of [thirtySecondJob(), smallWorkers(2)]) {
      expect(advisePhase(profile, 0, adviceSettings).leakGrowthBytes).toBeNull();
      expect(renderPostRunSummary(profile, { budget: DEFAULT_SETTINGS })).not.toMatch(/leak/i);
    }
  });

  it('no leak note for growth small against the peak', () => {
    const slow = jobProfile({
      intervalMs: 1000,
      limitBytes: 16 * GiB,
      cpus: 4,
      phases: [
        {
          name: 'test',
          durationMs: 3_600_000,
          // +10% of the peak over the whole hour: steady, but not worth a note.
          memoryAt: (fraction) => 4 * GiB * (0.9 + 0.1 * fraction),
          worker: { name: 'node', atOnce: 4, peakP90Bytes: GiB, meanAliveBytes: 0.9 * GiB },
        },
      ],
    });
    expect(advisePhase(slow, 0, adviceSettings).leakGrowthBytes).toBeNull();
  });

  it('a leak note, with what to do, for growth through the second half large against the peak', () => {
    const advice = advisePhase(sixHourJob(), 1, adviceSettings);
    expect(advice.leakGrowthBytes).toBeGreaterThan(2 * GiB);
    const summary = renderPostRunSummary(sixHourJob(), { budget: DEFAULT_SETTINGS });
    expect(summary).toMatch(/Memory in \*\*test\*\* kept rising.*heap snapshot/);
    expect(summary).not.toMatch(/Memory in \*\*(build|package)\*\* kept rising/);
  });

  it('no end-vs-peak note for workers sampled mid-exit (end RSS 0)', () => {
    const profile = thirtySecondJob();
    const group = profile.phases[0]?.workerGroups[0];
    if (group) group.meanEndRssBytes = 0;
    const summary = renderPostRunSummary(profile, { budget: DEFAULT_SETTINGS });
    expect(summary).not.toMatch(/spread of more than|but ended at|peaked at/);
  });

  it('an OOM kill note says how many to run at most', () => {
    const summary = renderPostRunSummary(oomKilledJob(), { budget: DEFAULT_SETTINGS });
    expect(summary).toContain('run at most 3 (`max-workers: 3`)');
    expect(summary.split('\n')[0]).toMatch(
      /OOM-killed; peak 7 GiB of the 7 GiB limit \(100%\) in \*\*test\*\*/,
    );
  });
});

describe('headlines with numbers', () => {
  it('post-run: the peak against the limit, and the phase', () => {
    expect(renderPostRunSummary(sixHourJob(), { budget: DEFAULT_SETTINGS }).split('\n')[0]).toBe(
      '### resource-planner: peak 9.6 GiB of the 16 GiB limit (60%) in **test**, no OOM kill',
    );
  });

  const capacity = probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: 14 * GiB,
      freeMemoryBytes: 10 * GiB,
      logicalCpus: 4,
      availableParallelism: 4,
      cpuModel: 'Example',
    },
  });
  const plan = planWorkers({
    capacity,
    settings: DEFAULT_SETTINGS,
    estimate: staticEstimate(2.5 * GiB, 'fallback'),
  });

  it('pre-run: the count and what bound it, with the figures', () => {
    const first = renderPreRunSummary({ capacity, plan, profileName: 'test' });
    expect(first.split('\n')[0]).toMatch(
      /^### resource-planner: 3 workers for test — memory-bound: 2\.5 GiB each in a budget of 8\.\d GiB$/,
    );
    expect(first).toMatch(/Predicted peak at 3: \*\*7\.5 GiB of the 14 GiB limit\*\*/);
  });

  it('pre-run: the capacity once per job; a later phase says only what differs', () => {
    const first = renderPreRunSummary({ capacity, plan, profileName: 'test' });
    expect(first).toContain('| Memory limit |');
    const later = renderPreRunSummary({
      capacity,
      plan,
      profileName: 'package',
      earlierHost: profileHost(capacity),
    });
    expect(later).not.toContain('| Memory limit |');
    expect(later).toContain('Capacity as in the job\u2019s first phase'.replace('\u2019', "'"));
    const changed = renderPreRunSummary({
      capacity,
      plan,
      profileName: 'package',
      earlierHost: { ...profileHost(capacity), cpus: 8 },
    });
    expect(changed).toContain("Capacity changed since the job's first phase: CPUs 8 → 4");
  });

  const baseline = [1.38, 1.42, 1.4, 1.45, 1.39].map((gib, index) =>
    peaksRun({ build: 3.1 * GiB, test: gib * GiB }, 101 + index),
  );
  const drifted = peaksRun({ build: 3.1 * GiB, test: 2.2 * GiB }, 200);
  const report = detectDrift({ current: drifted, baseline });
  const comment = renderDriftComment({
    report,
    current: drifted,
    identity: { workflow: 'CI', job: 'test', matrixKey: null },
    runUrl: null,
  });
  const visible = comment.slice(0, comment.indexOf('<details>'));

  it('drift: the phase, the change, the figures and the limit, then what to do', () => {
    expect(visible).toMatch(
      /🔺 \*\*test\*\* \*\*peak \+\d+(\.\d)?%\*\*: 1\.4 GiB → 2\.2 GiB against the base branch \(limit 15\.6 GiB: this run used 14% of it\)\./,
    );
    expect(visible).toContain('**What to do:** if the rise is expected');
  });

  it('drift: the baseline line is about the phase that drifted, not the first', () => {
    expect(visible).toMatch(
      /Baseline of \*\*test\*\*: 5 run\(s\) of the base branch, peaks 1\.3\d GiB–1\.4\d GiB/,
    );
  });

  it('drift: plain words and one column per meaning; the method collapsed', () => {
    expect(visible).not.toMatch(/MAD|z-score|Δ/);
    const header = visible.split('\n').find((line) => line.startsWith('| Phase'));
    const columns =
      header
        ?.split('|')
        .map((cell) => cell.trim())
        .filter(Boolean) ?? [];
    expect(new Set(columns).size).toBe(columns.length);
    expect(comment.slice(comment.indexOf('<details>'))).toContain('modified z-score');
  });

  it('resolved: says so with the figures', () => {
    const back = peaksRun({ build: 3.1 * GiB, test: 1.41 * GiB }, 201);
    const resolved = renderDriftComment({
      report: detectDrift({ current: back, baseline }),
      current: back,
      identity: { workflow: 'CI', job: 'test', matrixKey: null },
      runUrl: null,
      resolved: true,
    });
    expect(resolved).toMatch(/✅ \*\*Memory drift resolved\*\*: \*\*\w+\*\* peak [+-]?\d/);
  });

  it('on a pull request the job summary opens with the drift verdict', () => {
    const drift = renderDriftSummary(report, drifted);
    const postRun = renderPostRunSummary(drifted, { budget: DEFAULT_SETTINGS });
    expect(jobSummarySections(postRun, { summary: drift, pullRequest: true })[0]).toBe(drift);
    expect(jobSummarySections(postRun, { summary: drift, pullRequest: false })[0]).toBe(postRun);
    expect(drift).toContain('limit 15.6 GiB');
  });
});

describe('charts', () => {
  it('time: a numeric axis, at most CHART_MAX_POINTS points, the limit as a constant line', () => {
    const chart = mermaidBlocks(
      renderPostRunSummary(sixHourJob(), { budget: DEFAULT_SETTINGS }),
    )[0] as string;
    // 0–6 hours would draw 13 ticks; 0–360 minutes draws 8 and needs no padding.
    const end = Number(/^ {2}x-axis "minutes" 0 --> ([\d.]+)$/m.exec(chart)?.[1]);
    expect(end).toBe(360);
    expect(axisTickCount(end)).toBeLessThanOrEqual(12);
    expect(chart).not.toMatch(/x-axis \[/);
    const lines = [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((match) =>
      (match[1] ?? '').split(', ').map(Number),
    );
    expect(lines).toHaveLength(3);
    for (const values of lines) expect(values.length).toBeLessThanOrEqual(CHART_MAX_POINTS);
    expect(new Set(lines[2])).toEqual(new Set([16]));
    expect(chart).toMatch(/^%%\{init: .*plotColorPalette/m);
  });

  it('time: names the series and the phases under the chart', () => {
    const summary = renderPostRunSummary(sixHourJob(), { budget: DEFAULT_SETTINGS });
    expect(summary).toContain(
      'red: job processes (sum of RSS) · blue: cgroup charge · grey: limit (16 GiB)',
    );
    expect(summary).toContain('Phases (minutes): build 0–40 · test 40–340 · package 340–360');
  });

  it('resampling keeps every peak and spaces points evenly in time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 2, maxLength: 2000 }),
        (values) => {
          const points = values.map((value, index) => ({ tMs: index * 1000, value }));
          const resampled = resampleMax(points, (values.length - 1) * 1000) ?? [];
          expect(resampled).toHaveLength(CHART_MAX_POINTS);
          expect(Math.max(...resampled)).toBe(Math.max(...values));
        },
      ),
    );
  });

  it('drift: bars with visible marks for one phase, never a line', () => {
    const current = peaksRun({ test: 2.2 * GiB }, 200);
    const report = detectDrift({
      current,
      baseline: [1, 2, 3].map((runId) => peaksRun({ test: 1.4 * GiB }, runId)),
    });
    const comment = renderDriftComment({
      report,
      current,
      identity: { workflow: 'CI', job: 'test', matrixKey: null },
      runUrl: null,
    });
    const chart = mermaidBlocks(comment)[0] as string;
    expect(chart).not.toMatch(/^\s*line /m);
    const bars = [...chart.matchAll(/^ {2}bar \[(.*)\]$/gm)].map((match) =>
      (match[1] ?? '').split(', ').map(Number),
    );
    expect(bars).toHaveLength(2);
    for (const values of bars) expect(values.filter((value) => value > 0)).toHaveLength(1);
  });

  it('drift: at most 12 labels, however many phases', () => {
    const chart = barChart({
      title: 'x',
      series: [
        { name: 'a', colour: 'blue', short: 'a' },
        { name: 'b', colour: 'red', short: 'b' },
      ],
      groups: Array.from({ length: 30 }, (_, index) => ({ label: `p${index}`, values: [1, 2] })),
    });
    const labels = /x-axis \[(.*)\]/.exec(chart)?.[1]?.split(', ') ?? [];
    expect(labels.length).toBeLessThanOrEqual(CHART_MAX_LABELS);
    expect(labels.length).toBeGreaterThan(0);
  });

  it('time: short jobs in seconds, long ones in minutes', () => {
    const chart = (endMs: number) =>
      timeChart({
        title: 't',
        endMs,
        series: [
          {
            name: 'a',
            colour: 'red',
            points: [
              { tMs: 0, value: MiB },
              { tMs: endMs, value: MiB },
            ],
          },
        ],
        limit: null,
      });
    // 0 to 30 would draw 16 ticks (steps of 2): the axis runs on to where steps of 5 begin.
    expect(chart(30_000)).toContain('x-axis "seconds" 0 --> 31.7');
    expect(chart(30_000)).toContain('The recording ended at 30 seconds');
    expect(chart(45 * 60_000)).toContain('x-axis "minutes" 0 --> 45\n');
  });
});

describe('axis ticks as Mermaid draws them', () => {
  // d3-array is pinned to the version Mermaid's d3 uses.
  it('axisTickCount agrees with d3-array, which Mermaid uses', async () => {
    const { ticks } = await import('d3-array');
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (max) => {
        expect(axisTickCount(max)).toBe(ticks(0, max, 10).length);
      }),
    );
    expect(axisTickCount(30)).toBe(16);
  });

  it('niceAxisMax keeps every axis at 12 ticks or fewer, moving the end by at most 40%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 1e5, noNaN: true }), (value) => {
        const end = niceAxisMax(value, 12);
        expect(end).toBeGreaterThanOrEqual(value);
        expect(end).toBeLessThanOrEqual(value * 1.41);
        expect(axisTickCount(end)).toBeLessThanOrEqual(12);
      }),
    );
  });
});
