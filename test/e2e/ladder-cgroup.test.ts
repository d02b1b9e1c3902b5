import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import type { RunProfile } from '../../src/profile/types.js';
import { MiB } from '../../src/shared/units.js';
import { V1_MEMORY, cgroupV1Writable, runInCgroup } from '../support/cgroup.js';

/**
 * Done-when of the evidence-ladder issue: rounds through the built CLI inside a real memory
 * cgroup. Each round plans inside the limit (`plan --history DIR --json`), then runs the planned
 * count of workers with `resource-planner run`, which records the round into DIR. The plan climbs
 * one worker past the largest count proven clean on this memory, and a round whose workers are
 * OOM-killed makes the next plan fall back to the proven count.
 *
 * The workload holds touched Buffers (bench/workload/job.mjs), so its memory is deterministic
 * enough for a noisy 2-core machine: 1–3 workers fit in the limit with room to spare, 8 do not.
 * Expectations come from the plan's own ladder fields, never from byte figures of this machine.
 */
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const WORKLOAD = new URL('../../bench/workload/job.mjs', import.meta.url).pathname;
const LIMIT = 768 * MiB;
/** Far too many for the limit: 8 workers each holding ~100 MiB of Buffers besides Node itself. */
const TOO_MANY = 8;

const writable = process.platform === 'linux' && cgroupV1Writable();
if (!writable)
  console.log(`Skipping the evidence-ladder cgroup test: ${V1_MEMORY} is not writable here.`);

describe.skipIf(!writable)('the evidence ladder, round by round inside a real cgroup', () => {
  const history = mkdtempSync(join(os.tmpdir(), 'rp-ladder-history-'));
  afterAll(() => rmSync(history, { recursive: true, force: true }));

  /** `plan` inside the limit, reading every round recorded so far. */
  const plan = (): Plan => {
    const result = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'plan',
      '--json',
      '--profile',
      'ladder',
      '--history',
      history,
      // Neither the 2 CPUs nor the speed-up curve of these short rounds may bind: memory only.
      '--cpus-per-worker',
      '0.25',
      '--min-speedup-gain',
      '0',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const { plan: planned } = JSON.parse(result.stdout) as { plan: Plan };
    expect(planned.memoryLimitBytes).toBe(LIMIT);
    return planned;
  };

  const profiles = new Map<string, RunProfile>();
  /**
   * A round's measured memory per worker, as the estimate reads it before any OOM bump: the
   * workers' p90 peak RSS, scaled down to the cgroup's charge where that was lower.
   */
  const measuredPerWorker = (name: string): number => {
    const phase = profiles.get(name)?.phases.find((candidate) => candidate.name === 'ladder');
    const group = phase?.workerGroups.find((candidate) => candidate.parentName !== null);
    if (!phase || !group) throw new Error(`round ${name} recorded no workers`);
    const charged = phase.peakCgroupUsageBytes;
    const tree = phase.treeRss.peakBytes;
    return group.peakRss.p90Bytes * (charged !== null && charged < tree ? charged / tree : 1);
  };

  /** The workload at `workers`, recorded by the CLI's sampler inside a fresh cgroup. */
  const round = (name: string, workers: number) => {
    const out = join(history, `${name}.json`);
    const result = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'run',
      '--profile',
      'ladder',
      '--interval',
      '100ms',
      '--out',
      out,
      '--',
      process.execPath,
      WORKLOAD,
      '--workers',
      String(workers),
      '--tasks',
      '16',
      '--peak-mb',
      '80',
      '--task-ms',
      '300',
    ]);
    const profile = JSON.parse(readFileSync(out, 'utf8')) as RunProfile;
    const phase = profile.phases.find((candidate) => candidate.name === 'ladder');
    const group = phase?.workerGroups.find((candidate) => candidate.parentName !== null);
    profiles.set(name, profile);
    return { result, profile, phase, group };
  };

  /** A clean round: exit 0, no OOM kill (counted by the kernel and by the profile). */
  const cleanRound = (name: string, workers: number) => {
    const { result, profile, phase, group } = round(name, workers);
    expect(result.status, result.stderr).toBe(0);
    expect(result.oomKills).toBe(0);
    expect(profile.run.exitCode).toBe(0);
    expect(phase?.oomKills).toBe(0);
    expect(group?.name).toBe('node');
    expect(group?.maxConcurrency).toBe(workers);
  };

  let proven = 0;
  let afterOom: Plan | null = null;

  it('climbs one worker per round past the count proven on this memory', () => {
    // Round 1: no history. The fallback per worker (768 MiB by default) does not fit the budget
    // left after the unmeasured 512 MiB reserve, so the plan is the minimum of one worker.
    const first = plan();
    expect(first.ladder).toBeNull();
    expect(first.estimate.source).not.toBe('history');
    expect(first.limitedBy).toBe('min-workers');
    expect(first.workers).toBe(1);
    cleanRound('round1', first.workers);

    // Round 2: round 1 proved its count; the plan goes exactly one step past it.
    const second = plan();
    expect(second.estimate.historyRuns).toBe(1);
    expect(second.ladder).toMatchObject({ proven: first.workers, unsafe: null, risen: false });
    expect(second.ladder?.ceiling).toBe(first.workers + 1);
    expect(second.predictedMemoryBound, second.ladderLine ?? '').toBeGreaterThan(first.workers);
    expect(second.workers, second.ladderLine ?? '').toBe(first.workers + 1);
    expect(['ladder', 'memory']).toContain(second.limitedBy);
    expect(second.ladderLine).toMatch(/one step past the proof/);
    cleanRound('round2', second.workers);

    // Round 3: the proven count is now round 2's, and the plan steps once more.
    const third = plan();
    expect(third.ladder).toMatchObject({ proven: second.workers, unsafe: null, risen: false });
    expect(third.workers, third.ladderLine ?? '').toBe(second.workers + 1);
    cleanRound('round3', third.workers);

    // The plan after round 3: one more again where the model says it fits, else held at the proof.
    const fourth = plan();
    proven = third.workers;
    expect(fourth.ladder).toMatchObject({ proven, unsafe: null, ceiling: proven + 1 });
    if (fourth.predictedMemoryBound > proven) {
      expect(fourth.workers, fourth.ladderLine ?? '').toBe(proven + 1);
      expect(fourth.ladderLine).toMatch(/one step past the proof/);
    } else {
      expect(fourth.workers, fourth.ladderLine ?? '').toBe(proven);
    }
  }, 60_000);

  it('records a round whose workers are OOM-killed, and the next plan stays below that count', () => {
    expect(proven, 'the climb did not finish').toBeGreaterThan(0);
    // The OOM round: far too many workers for the limit, recorded by the same CLI sampler.
    const { result, profile, phase } = round('oom', TOO_MANY);
    expect(
      result.oomKills,
      'the kernel OOM-killed nothing: the round is not too big',
    ).toBeGreaterThan(0);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/worker died/);
    // The sampler ran inside the cgroup and saw its oom_kill counter rise.
    expect(profile.run.exitCode).not.toBe(0);
    expect(phase?.oomKills).toBeGreaterThan(0);
    expect(profile.events.some((event) => event.kind === 'oom-kill')).toBe(true);

    afterOom = plan();
    expect(afterOom.estimate.oomInHistory).toBe(true);
    expect(afterOom.ladder?.unsafe, afterOom.ladderLine ?? '').toBe(TOO_MANY);
    expect(afterOom.ladder?.proven).toBe(proven);
    expect(afterOom.ladderLine).toMatch(new RegExp(`OOM-killed at ${TOO_MANY}`));
    expect(afterOom.workers, afterOom.ladderLine ?? '').toBeLessThan(TOO_MANY);
    expect(afterOom.workers, afterOom.ladderLine ?? '').toBeLessThanOrEqual(proven);
  }, 30_000);

  it('falls back to the proven count after the OOM round, not below it', () => {
    expect(afterOom, 'the OOM round did not run').not.toBeNull();
    // Memory per worker has not risen since the proof (round 3): the OOM round's workers, killed
    // while still growing, measured no more than 10% above it. Only the OOM rule's bump
    // (max(used + 100 MiB, used × 1.2)) makes its figure larger, and that is no drift: the proof
    // still holds, so the plan is the proven count.
    const ratio = measuredPerWorker('oom') / measuredPerWorker('round3');
    expect(ratio, 'the OOM round measured more per worker than the proof').toBeLessThanOrEqual(1.1);
    expect(afterOom?.workers, afterOom?.ladderLine ?? '').toBe(proven);
  });
});
