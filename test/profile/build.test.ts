import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildProfile, sustainedAlive, type BuildProfileInput } from '../../src/profile/build.js';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import { parseSamplesFile } from '../../src/profile/samples-file.js';
import { TIMELINE_MAX_POINTS } from '../../src/profile/types.js';
import type { SamplerLine } from '../../src/sampler/types.js';

const MiB = 1024 * 1024;
const host = {
  os: 'linux',
  arch: 'x64',
  logicalCpus: 4,
  cpus: 4,
  memoryTotalBytes: 16 * 1024 * MiB,
  memoryLimitBytes: 16 * 1024 * MiB,
  cgroupMemoryLimitBytes: null,
  cgroupVersion: 2 as const,
};
const run = {
  repositoryId: 1,
  repository: 'o/r',
  workflow: 'CI',
  job: 'test',
  matrixKey: null,
  runId: 5,
  runAttempt: 1,
  sha: null,
  ref: null,
  event: 'push',
  headRepositoryId: 1,
  startedAt: '2026-11-24T00:00:00.000Z',
  exitCode: null,
  shard: null,
};

function input(
  lines: SamplerLine[],
  phases: BuildProfileInput['phases'],
  endT: number,
): BuildProfileInput {
  return {
    lines,
    phases,
    endT,
    host,
    run,
    toolVersion: '0.1.0',
    samplerDied: false,
    intervalMs: 500,
    source: 'proc',
  };
}

describe('buildProfile', () => {
  // A parent (id 1) with workers 2..4 in phase "test"; a compiler (id 5) in phase "build".
  const lines: SamplerLine[] = [
    {
      k: 'start',
      v: 1,
      t: 0,
      wall: '2026-11-24T00:00:00.000Z',
      intervalMs: 500,
      source: 'proc',
      rootPid: 10,
      samplerPid: 11,
    },
    { k: 'proc', id: 1, pid: 20, parent: null, name: 'node', t: 0 },
    { k: 'proc', id: 5, pid: 30, parent: 1, name: 'cc', t: 0 },
    {
      k: 's',
      t: 500,
      sys: 1000,
      cg: 2000,
      oom: 0,
      psi: 1,
      p: [
        [1, 100 * MiB],
        [5, 300 * MiB],
      ],
    },
    {
      k: 's',
      t: 1000,
      sys: 1500,
      cg: 2500,
      oom: 0,
      psi: 2,
      p: [
        [1, 100 * MiB],
        [5, 500 * MiB],
      ],
    },
    { k: 'exit', id: 5, t: 1200, signal: null },
    { k: 'proc', id: 2, pid: 21, parent: 1, name: 'node', t: 1500 },
    { k: 'proc', id: 3, pid: 22, parent: 1, name: 'node', t: 1500 },
    { k: 'proc', id: 4, pid: 23, parent: 1, name: 'node', t: 1500 },
    {
      k: 's',
      t: 1500,
      sys: 2000,
      cg: 3000,
      oom: 0,
      psi: 3,
      p: [
        [1, 100 * MiB],
        [2, 200 * MiB],
        [3, 250 * MiB],
        [4, 300 * MiB],
      ],
    },
    {
      k: 's',
      t: 2000,
      sys: 2200,
      cg: 3500,
      oom: 1,
      psi: 25,
      p: [
        [1, 100 * MiB],
        [2, 220 * MiB],
        [3, 200 * MiB],
      ],
    },
    { k: 'exit', id: 4, t: 2000, signal: 'SIGKILL' },
    {
      k: 's',
      t: 2500,
      sys: 1800,
      cg: 3100,
      oom: 1,
      psi: 4,
      p: [
        [1, 100 * MiB],
        [2, 150 * MiB],
        [3, 150 * MiB],
      ],
    },
  ];
  const profile = buildProfile(
    input(
      lines,
      [
        { name: 'build', t: 0, workersRecommended: 1 },
        { name: 'test', t: 1400, workersRecommended: 3 },
      ],
      3000,
    ),
  );

  it('splits phases at the marks and summarises each', () => {
    expect(
      profile.phases.map((phase) => [phase.name, phase.startMs, phase.endMs, phase.samples]),
    ).toEqual([
      ['build', 0, 1400, 2],
      ['test', 1400, 3000, 3],
    ]);
    const build = profile.phases[0];
    expect(build?.treeRss).toEqual({
      peakBytes: 600 * MiB,
      p95Bytes: Math.round(400 * MiB + 0.95 * 200 * MiB),
      meanBytes: 500 * MiB,
      endBytes: 600 * MiB,
    });
    expect(build?.peakCgroupUsageBytes).toBe(2500);
    const test = profile.phases[1];
    expect(test?.treeRss.peakBytes).toBe(850 * MiB);
    expect(test?.oomKills).toBe(1);
    expect(test?.pressureMaxAvg10).toBe(25);
  });

  it('groups concurrent workers by name and parent', () => {
    const workers = profile.phases[1]?.workerGroups.find((group) => group.parentName === 'node');
    // Members' own peaks: 220, 250, 300 MiB. p50 = 250, p90 (type 7) = 250 + 0.8 × 50.
    expect(workers).toMatchObject({
      name: 'node',
      maxConcurrency: 3,
      processes: 3,
      peakTotalBytes: 750 * MiB,
      meanEndRssBytes: Math.round(((150 + 150 + 300) * MiB) / 3),
    });
    expect(workers?.peakRss).toEqual({
      p50Bytes: 250 * MiB,
      p90Bytes: 290 * MiB,
      maxBytes: 300 * MiB,
      meanBytes: Math.round((770 * MiB) / 3),
    });
  });

  it('records what running the members together cost (v2)', () => {
    const workers = profile.phases[1]?.workerGroups.find((group) => group.parentName === 'node');
    // Member RSS while alive: 200, 250, 300 | 220, 200 | 150, 150 MiB. Mean 210 MiB; population
    // SD sqrt(17200 / 7) = 49.57 MiB (deviations −10, 40, 90, 10, −10, −60, −60). The group's
    // summed peak (750 MiB) was reached with 3 alive; 7 member-samples over 3 samples = 2.33.
    // Alive 3, 2, 2: 3 were alive in 1 of 3 samples (≥ 10%), so 3 is the sustained count.
    expect(workers?.concurrency).toEqual({
      memberMeanBytes: 210 * MiB,
      memberSdBytes: Math.round(Math.sqrt(17200 / 7) * MiB),
      aliveAtPeak: 3,
      meanAlive: 2.33,
      sustainedAlive: 3,
    });
  });

  describe('the sustained count (v3): what the run really ran at once', () => {
    /** Samples by alive count from a list of counts, one per sample. */
    const histogram = (counts: number[]): number[] => {
      const byAlive: number[] = [];
      for (const count of counts) byAlive[count] = (byAlive[count] ?? 0) + 1;
      return byAlive;
    };

    it('ignores a helper or replacement worker alive for a sample or two (Jest at --maxWorkers=2)', () => {
      const counts = [...Array<number>(98).fill(2), 4, 3];
      expect(sustainedAlive(histogram(counts))).toBe(2);
      expect(Math.max(...counts)).toBe(4);
    });

    it('counts a pool that ramps up and down out of step at its full size', () => {
      // 6 workers alive for a third of the phase, fewer while they start and finish.
      const counts = [1, 2, 3, 4, 5, ...Array<number>(5).fill(6), 5, 4, 3, 2, 1];
      expect(sustainedAlive(histogram(counts))).toBe(6);
    });

    it('is the 90th percentile: 5 alive in 9% of samples does not count, in 10% it does', () => {
      expect(
        sustainedAlive(histogram([...Array<number>(91).fill(3), ...Array<number>(9).fill(5)])),
      ).toBe(3);
      expect(
        sustainedAlive(histogram([...Array<number>(90).fill(3), ...Array<number>(10).fill(5)])),
      ).toBe(5);
    });

    it('is 0 without samples and 1 for one process at a time', () => {
      expect(sustainedAlive([])).toBe(0);
      expect(sustainedAlive(histogram([1, 1, 1]))).toBe(1);
    });
  });

  it('records OOM kills, pressure peaks and SIGKILLs as events', () => {
    expect(profile.events.map((event) => [event.kind, event.phase])).toEqual([
      ['oom-kill', 'test'],
      ['pressure-peak', 'test'],
      ['sigkill', 'test'],
    ]);
  });

  it('round-trips through the schema', () => {
    expect(parseProfile(serializeProfile(profile))).toEqual(profile);
  });

  it('leaves deaths at the V8 heap limit unknown (null) when nobody watched for them', () => {
    expect(profile.phases.map((phase) => phase.heapLimitKills)).toEqual([null, null]);
  });

  it('counts deaths at the V8 heap limit per phase and names them by PID at that time', () => {
    // PID 21 was worker id 2 (node); PID 30 was the compiler (cc) of the build phase.
    const watched = buildProfile({
      ...input(
        lines,
        [
          { name: 'build', t: 0, workersRecommended: 1 },
          { name: 'test', t: 1400, workersRecommended: 3 },
        ],
        3000,
      ),
      heapLimitDeaths: [
        { pid: 30, t: 1300 },
        { pid: 21, t: 2600 },
        { pid: 9999, t: 2700 },
      ],
    });
    expect(watched.phases.map((phase) => [phase.name, phase.heapLimitKills])).toEqual([
      ['build', 1],
      ['test', 2],
    ]);
    expect(
      watched.events
        .filter((event) => event.kind === 'heap-limit')
        .map((event) => [event.phase, event.detail]),
    ).toEqual([
      ['build', 'cc'],
      ['test', 'node'],
      ['test', null],
    ]);
    // Watched with none found: 0, not unknown.
    const none = buildProfile({ ...input(lines, [], 3000), heapLimitDeaths: [] });
    expect(none.phases.map((phase) => phase.heapLimitKills)).toEqual([0]);
    expect(parseProfile(serializeProfile(watched))).toEqual(watched);
  });

  it('keeps peaks when downsampling a long run, and stays small: 1 h at 2 Hz, 300 processes', () => {
    const long: SamplerLine[] = [
      {
        k: 'start',
        v: 1,
        t: 0,
        wall: '2026-11-24T00:00:00.000Z',
        intervalMs: 500,
        source: 'proc',
        rootPid: 1,
        samplerPid: 2,
      },
    ];
    let id = 0;
    const alive: number[] = [];
    for (let tick = 0; tick < 7200; tick++) {
      // Churn: every tick a few processes end and new ones start, 300 alive.
      while (alive.length < 300) {
        alive.push(++id);
        long.push({
          k: 'proc',
          id,
          pid: 1000 + id,
          parent: null,
          name: `tool-${id % 40}`,
          t: tick * 500,
        });
      }
      const sample: [number, number][] = alive.map((member) => [
        member,
        (50 + ((member * 7919 + tick) % 200)) * MiB,
      ]);
      if (tick === 4321) sample.push([alive[0] as number, 9000 * MiB]);
      long.push({ k: 's', t: tick * 500, sys: 5e9, cg: null, oom: null, psi: null, p: sample });
      alive.splice(0, 3);
    }
    const big = buildProfile(
      input(long, [{ name: 'test', t: 0, workersRecommended: 4 }], 3_600_000),
    );
    expect(big.timeline.tMs.length).toBeLessThanOrEqual(TIMELINE_MAX_POINTS);
    expect(Math.max(...big.timeline.treeRssBytes)).toBe(big.phases[0]?.treeRss.peakBytes);
    expect(gzipSync(serializeProfile(big)).length).toBeLessThanOrEqual(256 * 1024);
  });
});

describe('parseSamplesFile', () => {
  it('keeps the good lines of a file cut mid-line', () => {
    const text =
      '{"k":"start","v":1,"t":0,"wall":"x","intervalMs":500,"source":"proc","rootPid":1,"samplerPid":2}\nnot json\n{"k":"other"}\n{"k":"s","t":1,"sys":null,"cg":null,"oom":null,"psi":null,"p":[]}\n{"k":"s","t":2,"sy';
    const parsed = parseSamplesFile(text);
    expect(parsed.lines.map((line) => line.k)).toEqual(['start', 's']);
    expect(parsed.skipped).toBe(2);
    expect(parsed.truncatedTail).toBe(true);
    expect(parseSamplesFile('')).toEqual({ lines: [], skipped: 0, truncatedTail: false });
  });
});
