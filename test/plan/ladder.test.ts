/** The evidence ladder: proven counts, unsafe counts, one step at a time. */
import { describe, expect, it } from 'vitest';
import type { CountEvidence } from '../../src/estimate/types.js';
import { buildLadder, laddered, provenHeapCapMb, stepAbove } from '../../src/plan/ladder.js';
import { ladderLine } from '../../src/plan/planner.js';
import { GiB, MiB } from '../../src/shared/units.js';

function run(workers: number, overrides: Partial<CountEvidence> = {}): CountEvidence {
  return {
    runId: workers,
    workers,
    memoryLimitBytes: 2 * GiB,
    clean: true,
    oomKills: 0,
    heapLimitKills: 0,
    perWorkerBytes: 300 * MiB,
    peakUsedBytes: null,
    nodeHeapMb: null,
    startedAt: '2026-11-20T10:00:00.000Z',
    weight: 1,
    ...overrides,
  };
}

const here = { memoryLimitBytes: 2 * GiB, latestPerWorkerBytes: 300 * MiB };

/** A start time `hours` after the default one, to order runs. */
function later(hours: number): string {
  return new Date(Date.parse('2026-11-20T10:00:00.000Z') + hours * 3_600_000).toISOString();
}

describe('stepAbove', () => {
  it.each([
    [1, 2],
    [3, 4],
    [7, 8],
    [8, 10],
    [16, 20],
    [40, 50],
  ])('one step past %i is %i (one worker, 25% from 8 on)', (count, next) => {
    expect(stepAbove(count)).toBe(next);
  });
});

describe('buildLadder', () => {
  it('proves the largest clean count on the same memory and allows one step past it', () => {
    const ladder = buildLadder({ ...here, evidence: [run(1), run(3), run(2)] });
    expect(ladder).toMatchObject({
      proven: 3,
      provenRunId: 3,
      unsafe: null,
      ceiling: 4,
      risen: false,
    });
  });

  it('counts a tighter limit as proof, a looser one not', () => {
    const tighter = buildLadder({
      ...here,
      evidence: [run(3, { memoryLimitBytes: 1 * GiB }), run(5, { memoryLimitBytes: 8 * GiB })],
    });
    expect(tighter.proven).toBe(3);
    expect(tighter.ignored.join(' ')).toMatch(/1 clean run\(s\) under a looser memory limit/);
  });

  it('an OOM kill under the same or a looser limit caps the ceiling below it', () => {
    const ladder = buildLadder({
      ...here,
      evidence: [
        run(2),
        run(3, { clean: false, oomKills: 1, memoryLimitBytes: 4 * GiB, runId: 99 }),
      ],
    });
    expect(ladder).toMatchObject({ proven: 2, unsafe: 3, unsafeRunId: 99, ceiling: 2 });
  });

  it('a death at the V8 heap limit after a proof makes that count unsafe, as an OOM kill does', () => {
    // zod's Jest suite in 920 MiB (bench/RESULTS.md §5d): clean at 2 once, then 2 workers stopped
    // at their heap cap in the next run: the plan falls back to the proven count below.
    const evidence = [
      run(1, { runId: 1, startedAt: '2026-11-20T10:00:00.000Z' }),
      run(2, { runId: 2, startedAt: '2026-11-20T11:00:00.000Z' }),
      run(2, {
        runId: 3,
        clean: false,
        heapLimitKills: 2,
        startedAt: '2026-11-20T12:00:00.000Z',
      }),
    ];
    const ladder = buildLadder({ ...here, evidence });
    expect(ladder).toMatchObject({
      proven: 2,
      unsafe: 2,
      unsafeRunId: 3,
      unsafeCause: 'heap-limit',
      ceiling: 1,
    });
    expect(laddered(2, ladder)).toBe(1);
  });

  it('an OOM kill under a tighter limit says nothing about this memory', () => {
    const ladder = buildLadder({
      ...here,
      evidence: [run(2), run(3, { clean: false, oomKills: 1, memoryLimitBytes: 1 * GiB })],
    });
    expect(ladder).toMatchObject({ proven: 2, unsafe: null, ceiling: 3 });
  });

  it('a later clean run at that count or more overrules an OOM kill', () => {
    const ladder = buildLadder({
      ...here,
      evidence: [
        run(3, { clean: false, oomKills: 2, startedAt: '2026-11-19T00:00:00.000Z' }),
        run(3, { startedAt: '2026-11-21T00:00:00.000Z' }),
      ],
    });
    expect(ladder).toMatchObject({ proven: 3, unsafe: null, ceiling: 4 });
  });

  it('forgets evidence older than two half-lives', () => {
    const ladder = buildLadder({
      ...here,
      evidence: [run(4, { weight: 0.2 }), run(2, { weight: 0.6 })],
    });
    expect(ladder.proven).toBe(2);
    expect(ladder.ignored.join(' ')).toMatch(/1 run\(s\) older than 2 half-lives/);
  });

  it('notices when memory per worker has risen more than 10% since the proof', () => {
    expect(
      buildLadder({ ...here, latestPerWorkerBytes: 340 * MiB, evidence: [run(3)] }).risen,
    ).toBe(true);
    expect(
      buildLadder({ ...here, latestPerWorkerBytes: 320 * MiB, evidence: [run(3)] }).risen,
    ).toBe(false);
  });

  it('measures risen memory against the most any proof needed, not one run', () => {
    // Proofs needed 300 and 330 MiB per worker; a run at 340 MiB is ordinary variation.
    const evidence = [run(3), run(2, { perWorkerBytes: 330 * MiB })];
    expect(buildLadder({ ...here, latestPerWorkerBytes: 340 * MiB, evidence }).risen).toBe(false);
    expect(buildLadder({ ...here, latestPerWorkerBytes: 370 * MiB, evidence }).risen).toBe(true);
  });

  it('a failed run (no OOM kill) at or below the proof proves nothing and marks nothing', () => {
    const ladder = buildLadder({
      ...here,
      evidence: [run(3, { runId: 1 }), run(3, { runId: 2, clean: false, startedAt: later(1) })],
    });
    expect(ladder).toMatchObject({ proven: 3, unsafe: null, ceiling: 4 });
  });

  it('a failed step is held for 3 clean runs, then tried once more; a second failure holds it', () => {
    // bench/RESULTS.md §5d: a worker died at the heap limit while Jest killed it, uncounted.
    const proof = run(1, { runId: 1, startedAt: later(0) });
    const failed = run(2, { runId: 2, clean: false, startedAt: later(1) });
    const held = buildLadder({ ...here, evidence: [proof, failed] });
    expect(held).toMatchObject({ proven: 1, unsafe: 2, unsafeCause: 'failed', ceiling: 1 });
    expect(laddered(5, held)).toBe(1);
    expect(ladderLine(held, 5, 1)).toBe(
      'proven 1 (run 1) · failed past the proof at 2 (run 2) · memory allows 1: below the count that failed (held for 3 clean runs, or until forgotten after a second failure)',
    );

    const cleanAfter = (count: number, from = 2) =>
      Array.from({ length: count }, (_, index) =>
        run(1, { runId: 10 * from + index, startedAt: later(from + index) }),
      );
    expect(buildLadder({ ...here, evidence: [proof, failed, ...cleanAfter(2)] }).unsafe).toBe(2);
    const retried = buildLadder({ ...here, evidence: [proof, failed, ...cleanAfter(3)] });
    expect(retried).toMatchObject({ unsafe: null, ceiling: 2 });

    // Tried again after 3 clean runs, failed again: five clean runs after it do not lift it.
    const again = run(2, { runId: 20, clean: false, startedAt: later(9) });
    const twice = buildLadder({
      ...here,
      evidence: [proof, failed, ...cleanAfter(3), again, ...cleanAfter(5, 10)],
    });
    expect(twice).toMatchObject({ unsafe: 2, unsafeCause: 'failed', ceiling: 1 });
  });
});

describe('laddered', () => {
  const ladder = (evidence: CountEvidence[], latest = 300 * MiB) =>
    buildLadder({ memoryLimitBytes: 2 * GiB, latestPerWorkerBytes: latest, evidence });

  it.each([
    ['the model allows more: one step past the proof', 9, [run(3)], 4],
    ['the model allows exactly the step', 4, [run(3)], 4],
    ['the model allows less than proven: held at the proof', 1, [run(3)], 3],
    ['nothing proven: the model alone', 6, [run(2, { memoryLimitBytes: 8 * GiB })], 6],
    [
      'below an older OOM-killed count, even when the model allows more',
      9,
      [run(2), run(4, { clean: false, oomKills: 1, startedAt: '2026-11-19T00:00:00.000Z' })],
      3,
    ],
    [
      'right after an OOM kill: back to the proven count, no step',
      9,
      [run(2), run(4, { clean: false, oomKills: 1, startedAt: '2026-11-21T00:00:00.000Z' })],
      2,
    ],
    [
      'an OOM kill at the proven count wins over the proof',
      9,
      [
        run(3, { startedAt: '2026-11-19T00:00:00.000Z' }),
        run(3, { clean: false, oomKills: 1, startedAt: '2026-11-20T00:00:00.000Z' }),
      ],
      2,
    ],
  ] as const)('%s', (_name, predicted, evidence, expected) => {
    expect(laddered(predicted, ladder([...evidence]))).toBe(expected);
  });

  it('memory per worker has risen: no floor at the proof', () => {
    expect(laddered(1, ladder([run(3)], 400 * MiB))).toBe(1);
  });
});

describe('provenHeapCapMb', () => {
  const limit = 906 * MiB;
  const at = (workers: number, nodeHeapMb: number | null, overrides: Partial<CountEvidence> = {}) =>
    run(workers, { memoryLimitBytes: limit, nodeHeapMb, ...overrides });

  it('is the largest cap a clean run at exactly this count ran with here (bench §5d: 266 MiB at 2)', () => {
    const evidence = [at(2, 266, { runId: 2 }), at(2, 240, { runId: 5 }), at(1, 473, { runId: 1 })];
    expect(provenHeapCapMb(evidence, limit, 2)).toEqual({ mb: 266, runId: 2 });
    expect(provenHeapCapMb(evidence, limit, 1)).toEqual({ mb: 473, runId: 1 });
    expect(provenHeapCapMb(evidence, limit, 3)).toBeNull();
  });

  it('ignores failed runs, unknown caps, looser limits and forgotten runs', () => {
    expect(provenHeapCapMb([at(2, 266, { clean: false, heapLimitKills: 1 })], limit, 2)).toBeNull();
    expect(provenHeapCapMb([at(2, null)], limit, 2)).toBeNull();
    expect(provenHeapCapMb([at(2, 266, { memoryLimitBytes: 2 * GiB })], limit, 2)).toBeNull();
    expect(provenHeapCapMb([at(2, 266, { weight: 0.2 })], limit, 2)).toBeNull();
    // A tighter limit proves it here too, as it proves the count.
    expect(provenHeapCapMb([at(2, 230, { memoryLimitBytes: 800 * MiB })], limit, 2)).toEqual({
      mb: 230,
      runId: 2,
    });
  });
});
