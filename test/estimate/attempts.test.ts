import { describe, expect, it } from 'vitest';
import { staticEstimate } from '../../src/estimate/choose.js';
import { estimateFromHistory } from '../../src/estimate/estimate.js';
import { buildLadder } from '../../src/plan/ladder.js';
import { planWorkers } from '../../src/plan/planner.js';
import type { RunProfile } from '../../src/profile/types.js';
import { profile } from '../support/profiles.js';
import { DEFAULT_SETTINGS } from '../support/settings.js';

/**
 * `resource-planner exec` records each attempt as a phase of the profile's one name: an attempt
 * OOM-killed at 5 workers, then the run again at 2. Both are evidence for the next plan.
 */
const MiB = 1024 * 1024;
const LIMIT = 2048 * MiB;
const now = Date.parse('2026-11-21T00:00:00Z');

function retried(): RunProfile {
  const attempts = profile(
    [
      {
        name: 'pool',
        peakBytes: 1900 * MiB,
        workers: 5,
        perWorkerBytes: 360 * MiB,
        oomKills: 1,
        durationMs: 4000,
      },
      {
        name: 'pool',
        peakBytes: 800 * MiB,
        workers: 2,
        perWorkerBytes: 350 * MiB,
        durationMs: 6000,
      },
    ],
    { cgroupLimitBytes: LIMIT, startedAt: '2026-11-20T10:00:00.000Z' },
  );
  const [first, second] = attempts.phases;
  if (!first || !second) throw new Error('two phases expected');
  second.startMs = first.endMs;
  second.endMs = first.endMs + second.durationMs;
  attempts.run.exitCode = 0;
  return attempts;
}

const estimate = (profiles: RunProfile[]) =>
  estimateFromHistory({
    profiles: profiles.map((entry) => ({ profile: entry, url: null })),
    phase: 'pool',
    capacityMemoryLimitBytes: LIMIT,
    nowMs: now,
    fallback: staticEstimate(768 * MiB, 'fallback'),
  });

describe('every attempt of a phase is evidence', () => {
  it('an OOM-killed attempt and the clean one after it: two rungs, the second later by its offset', () => {
    const result = estimate([retried()]);
    expect(result.historyRuns).toBe(2);
    expect(result.oomInHistory).toBe(true);
    expect(
      result.countEvidence.map((run) => [run.workers, run.clean, run.oomKills, run.startedAt]),
    ).toEqual([
      [5, false, 1, '2026-11-20T10:00:00.000Z'],
      [2, true, 0, '2026-11-20T10:00:04.000Z'],
    ]);
  });

  it('the ladder proves 2, marks 5 unsafe, and may step to 3 (the clean attempt is the newest)', () => {
    const { countEvidence } = estimate([retried()]);
    const ladder = buildLadder({
      evidence: countEvidence,
      memoryLimitBytes: LIMIT,
      latestPerWorkerBytes: 350 * MiB,
    });
    expect(ladder).toMatchObject({ proven: 2, unsafe: 5, ceiling: 3 });
  });

  it('the next plan does not propose the count that was OOM-killed, even with memory to spare', () => {
    const result = estimate([retried()]);
    const plan = planWorkers({
      capacity: { cpus: 16, memoryLimitBytes: LIMIT, memoryAvailableBytes: LIMIT },
      settings: DEFAULT_SETTINGS,
      estimate: result,
    });
    expect(plan.ladder?.unsafe).toBe(5);
    expect(plan.workers).toBeLessThan(5);
    expect(plan.workers).toBeGreaterThanOrEqual(2);
  });

  it('with the attempts alone, without the second phase, 2 would not be proven', () => {
    const single = retried();
    single.phases.splice(1);
    const { countEvidence } = estimate([single]);
    expect(
      buildLadder({ evidence: countEvidence, memoryLimitBytes: LIMIT, latestPerWorkerBytes: null })
        .proven,
    ).toBeNull();
  });
});
