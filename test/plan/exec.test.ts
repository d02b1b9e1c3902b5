import { describe, expect, it } from 'vitest';
import {
  NEAR_LIMIT_SHARE,
  oomVerdict,
  retryWorkers,
  substitutePlaceholders,
  type AttemptSample,
} from '../../src/plan/exec.js';
import type { Ladder } from '../../src/plan/ladder.js';
import { InputError } from '../../src/shared/errors.js';

const MiB = 1024 * 1024;
const values = { workers: 3, nodeHeapMb: 512 };

describe('substitutePlaceholders', () => {
  it.each([
    [
      ['jest', '-w', '{workers}'],
      ['jest', '-w', '3'],
    ],
    [
      ['jest', '--maxWorkers={workers}'],
      ['jest', '--maxWorkers=3'],
    ],
    [
      ['node', '--max-old-space-size={node-heap-mb}', 'x.js'],
      ['node', '--max-old-space-size=512', 'x.js'],
    ],
    [
      ['echo', '{workers}x{workers}'],
      ['echo', '3x3'],
    ],
    // Braces that are no placeholder's shape stay: JSON, xargs' {}, upper case, a space.
    [
      ['echo', '{}', '{"a":1}', '{Workers}', '{ workers }'],
      ['echo', '{}', '{"a":1}', '{Workers}', '{ workers }'],
    ],
  ])('%j → %j', (args, expected) => {
    expect(substitutePlaceholders(args, values)).toEqual(expected);
  });

  it('keeps every argument one argument, whatever it holds (no shell ever splits or expands it)', () => {
    const args = ['sh', '-c', 'echo $HOME; rm -rf /', 'a b', '*'];
    expect(substitutePlaceholders(args, values)).toEqual(args);
  });

  it('refuses an unknown placeholder, naming it and the ones it knows', () => {
    expect(() => substitutePlaceholders(['make', '-j{jobs}'], values)).toThrow(InputError);
    expect(() => substitutePlaceholders(['make', '-j{jobs}'], values)).toThrow(
      `'exec -- COMMAND' has an invalid value "-j{jobs}": expected only the placeholders {workers} and {node-heap-mb} (found {jobs}).`,
    );
  });
});

/** Samples with the counter, the cgroup's charge and the tree's RSS given; system memory unknown. */
function samples(
  rows: [oom: number | null, cgMiB: number | null, treeMiB: number][],
): AttemptSample[] {
  return rows.map(([oom, cg, tree]) => ({
    oomKillCounter: oom,
    cgroupUsageBytes: cg === null ? null : cg * MiB,
    systemUsedBytes: null,
    treeRssBytes: tree * MiB,
  }));
}
const inCgroup = { memoryLimitBytes: 1000 * MiB, cgroupBound: true, heapLimitDeaths: 0 };

describe('oomVerdict', () => {
  it('an oom_kill counter that rose during the attempt is proof, whatever the exit', () => {
    const verdict = oomVerdict({
      ...inCgroup,
      samples: samples([
        [4, 100, 90],
        [4, 990, 950],
        [6, 400, 380],
      ]),
      exitCode: 1,
      signal: null,
    });
    expect(verdict).toMatchObject({
      outOfMemory: true,
      kills: 2,
      evidence: 'oom-kill-counter',
      peakBytes: 990 * MiB,
    });
    expect(verdict.why).toBe("the cgroup's oom_kill counter rose by 2");
  });

  it('a counter that stayed (kills before the attempt) is no kill', () => {
    const verdict = oomVerdict({
      ...inCgroup,
      samples: samples([
        [3, 100, 90],
        [3, 200, 180],
      ]),
      exitCode: 1,
      signal: null,
    });
    expect(verdict).toMatchObject({ outOfMemory: false, kills: 0, evidence: null });
  });

  it('without a rise: a SIGKILL (or status 137) near the limit counts as one kill', () => {
    const near = NEAR_LIMIT_SHARE * 1000 + 1;
    for (const end of [
      { exitCode: null, signal: 'SIGKILL' },
      { exitCode: 137, signal: null },
    ]) {
      const verdict = oomVerdict({
        ...inCgroup,
        samples: samples([
          [null, 100, 90],
          [null, near, 500],
        ]),
        ...end,
      });
      expect(verdict).toMatchObject({
        outOfMemory: true,
        kills: 1,
        evidence: 'sigkill-near-limit',
      });
      expect(verdict.why).toBe('killed by SIGKILL with memory at 90% of the limit');
    }
  });

  it('a SIGKILL far from the limit, or memory at the limit with an ordinary failure, is not one', () => {
    const far = oomVerdict({
      ...inCgroup,
      samples: samples([
        [0, 100, 90],
        [0, 500, 480],
      ]),
      exitCode: null,
      signal: 'SIGKILL',
    });
    expect(far).toMatchObject({ outOfMemory: false, evidence: null });
    expect(far.why).toMatch(/SIGKILL, but memory stood at 50% of the limit at most/);
    const failed = oomVerdict({
      ...inCgroup,
      samples: samples([[0, 999, 900]]),
      exitCode: 1,
      signal: null,
    });
    expect(failed.outOfMemory).toBe(false);
  });

  it('Node processes stopped at the V8 heap limit ran out of memory, with no kill to count', () => {
    const verdict = oomVerdict({
      ...inCgroup,
      heapLimitDeaths: 2,
      samples: samples([
        [0, 300, 280],
        [0, 700, 650],
      ]),
      exitCode: 1,
      signal: null,
    });
    expect(verdict).toMatchObject({ outOfMemory: true, kills: 2, evidence: 'heap-limit' });
    expect(verdict.why).toBe(
      '2 Node process(es) stopped at the V8 heap limit ("JavaScript heap out of memory")',
    );
  });

  it('compares system memory, not a cgroup charge, when the host binds', () => {
    const host = oomVerdict({
      memoryLimitBytes: 1000 * MiB,
      cgroupBound: false,
      heapLimitDeaths: 0,
      samples: [
        {
          oomKillCounter: null,
          cgroupUsageBytes: 10 * MiB,
          systemUsedBytes: 950 * MiB,
          treeRssBytes: 600 * MiB,
        },
      ],
      exitCode: 137,
      signal: null,
    });
    expect(host).toMatchObject({ outOfMemory: true, peakBytes: 950 * MiB });
  });

  it('without samples: only a counter could tell, so no kill and no peak', () => {
    expect(
      oomVerdict({ ...inCgroup, samples: [], exitCode: null, signal: 'SIGKILL' }),
    ).toMatchObject({
      outOfMemory: false,
      peakBytes: null,
    });
  });
});

function ladder(proven: number | null, overrides: Partial<Ladder> = {}): Ladder {
  return {
    proven,
    provenRunId: null,
    unsafe: null,
    unsafeRunId: null,
    unsafeCause: null,
    ceiling: proven === null ? null : proven + 1,
    risen: false,
    ignored: [],
    ...overrides,
  };
}

describe('retryWorkers', () => {
  it.each([
    // [failed at, ladder, expected count]
    [8, ladder(3), 3],
    [8, ladder(3, { provenRunId: 42 }), 3],
    [8, null, 4],
    [8, ladder(null), 4],
    [7, null, 3],
    [2, null, 1],
    // A proof at or above the failed count no longer holds: half.
    [4, ladder(4), 2],
    [4, ladder(6), 2],
    // Memory per worker has risen since the proof: half, not the proof.
    [8, ladder(6, { risen: true }), 4],
  ])('OOM-killed at %i with ladder %j → %i', (failed, given, expected) => {
    expect(retryWorkers(failed, given)?.workers).toBe(expected);
  });

  it('says why', () => {
    expect(retryWorkers(8, ladder(3, { provenRunId: 42 }))?.why).toBe(
      'the largest count proven safe on this memory (run 42)',
    );
    expect(retryWorkers(8, null)?.why).toBe(
      'half the count (no count is proven safe on this memory yet)',
    );
    expect(retryWorkers(4, ladder(4))?.why).toBe('half the count (the proven 4 is not below it)');
    expect(retryWorkers(8, ladder(6, { risen: true }))?.why).toMatch(/risen since 6 was proven/);
  });

  it('has nothing below one worker', () => {
    expect(retryWorkers(1, null)).toBeNull();
    expect(retryWorkers(1, ladder(1))).toBeNull();
  });

  it('always goes below the failed count, and never below one (property over counts)', () => {
    for (let failed = 2; failed <= 64; failed++)
      for (const proven of [null, 1, Math.floor(failed / 3), failed - 1, failed, failed + 3]) {
        const choice = retryWorkers(failed, proven === null ? null : ladder(proven));
        expect(choice?.workers).toBeGreaterThanOrEqual(1);
        expect(choice?.workers).toBeLessThan(failed);
      }
  });
});
