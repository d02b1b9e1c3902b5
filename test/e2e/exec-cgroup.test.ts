import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import type { RunProfile } from '../../src/profile/types.js';
import { MiB } from '../../src/shared/units.js';
import { V1_MEMORY, cgroupV1Writable, runInCgroup } from '../support/cgroup.js';

/**
 * Done-when of the exec issue (its OOM-retry half), through the built CLI inside real memory
 * cgroups: a command OOM-killed at N workers is run again at a safe count and `exec` exits 0, the
 * profile records both attempts, and the next `plan --history` does not propose N.
 *
 * The workload (test/fixtures/workloads/pool.mjs) forks {workers} Node processes that each touch
 * 150 MiB: two (~2 × 200 MiB with Node itself, plus the CLI) fit in 640 MiB, five cannot.
 */
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const POOL = new URL('../fixtures/workloads/pool.mjs', import.meta.url).pathname;
const LIMIT = 640 * MiB;
const SAFE = 2;
const TOO_MANY = 5;

const writable = process.platform === 'linux' && cgroupV1Writable();
if (!writable)
  console.log(`Skipping the exec OOM-retry cgroup test: ${V1_MEMORY} is not writable here.`);

describe.skipIf(!writable)('exec runs an OOM-killed command again inside a real cgroup', () => {
  const history = mkdtempSync(join(os.tmpdir(), 'rp-exec-history-'));
  const elsewhere = mkdtempSync(join(os.tmpdir(), 'rp-exec-other-'));
  afterAll(() => {
    rmSync(history, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  const exec = (out: string, options: string[]) =>
    runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'exec',
      '--profile',
      'pool',
      '--history',
      history,
      '--interval',
      '100ms',
      '--out',
      out,
      ...options,
      '--',
      process.execPath,
      POOL,
      '{workers}',
      '150',
      '800',
    ]);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RunProfile;

  it('is OOM-killed at N, runs again at the proven count, exits 0 and records both attempts', () => {
    // A clean run proves SAFE on this memory.
    const proof = exec(join(history, 'proof.json'), ['--workers', String(SAFE)]);
    expect(proof.status, proof.stderr).toBe(0);
    expect(proof.oomKills).toBe(0);

    // Forced past what fits: the kernel kills a worker, exec says so and runs again at SAFE.
    const result = exec(join(history, 'retried.json'), ['--workers', String(TOO_MANY)]);
    expect(
      result.oomKills,
      'the kernel OOM-killed nothing: the attempt is not too big',
    ).toBeGreaterThan(0);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      new RegExp(
        `attempt 1 at ${TOO_MANY} worker\\(s\\) was OOM-killed \\(the cgroup's oom_kill counter rose by \\d+\\); running it again at ${SAFE}: the largest count proven safe on this memory`,
      ),
    );
    expect(result.stdout).toMatch(/pool: 5 worker\(s\) failed[\s\S]*pool: 2 worker\(s\) finished/);

    // The profile: one phase per attempt, the kill in the first, the exit status of the last.
    const profile = read(join(history, 'retried.json'));
    expect(profile.run.exitCode).toBe(0);
    expect(profile.phases.map((phase) => [phase.name, phase.workersRecommended])).toEqual([
      ['pool', TOO_MANY],
      ['pool', SAFE],
    ]);
    expect(profile.phases[0]?.oomKills).toBeGreaterThan(0);
    expect(profile.phases[1]?.oomKills).toBe(0);
    const workers = profile.phases.map(
      (phase) => phase.workerGroups.find((group) => group.parentName !== null)?.maxConcurrency,
    );
    expect(workers[1]).toBe(SAFE);
    expect(profile.events.some((event) => event.kind === 'oom-kill')).toBe(true);
    // The report says it too.
    // The report says it too: the first attempt's row (5 at once, its OOM kills) and the note.
    expect(result.stdout).toMatch(/^ {2}pool +\S+ m?s +5 +\S+ [KMG]iB +\d+% +[1-9]\d*$/m);
    expect(result.stdout).toMatch(/attempt 1 at 5 worker\(s\) was OOM-killed/);
    expect(result.stdout).toMatch(/^resource-planner: \d+ process(es)? OOM-killed in "pool"/m);

    // The next plan learns from both attempts: N is unsafe, SAFE proven, and N is not proposed.
    const next = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'plan',
      '--json',
      '--profile',
      'pool',
      '--history',
      history,
      '--cpus-per-worker',
      '0.25',
      '--min-speedup-gain',
      '0',
    ]);
    expect(next.status, next.stderr).toBe(0);
    const { plan } = JSON.parse(next.stdout) as { plan: Plan };
    expect(plan.estimate.oomInHistory).toBe(true);
    expect(plan.ladder, plan.ladderLine ?? '').toMatchObject({ proven: SAFE });
    expect(plan.ladder?.unsafe, plan.ladderLine ?? '').toBeLessThanOrEqual(TOO_MANY);
    expect(plan.workers, plan.ladderLine ?? '').toBeLessThan(TOO_MANY);
  }, 45_000);

  it('with nothing proven, runs again at half the count, and that one profile proves it', () => {
    const fresh = mkdtempSync(join(elsewhere, 'fresh-'));
    const out = join(fresh, 'halved.json');
    const result = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'exec',
      '--profile',
      'pool',
      '--interval',
      '100ms',
      '--out',
      out,
      '--workers',
      String(TOO_MANY),
      '--',
      process.execPath,
      POOL,
      '{workers}',
      '150',
      '800',
    ]);
    expect(result.oomKills).toBeGreaterThan(0);
    expect(result.status, result.stderr).toBe(0);
    const half = Math.floor(TOO_MANY / 2);
    expect(result.stderr).toContain(
      `running it again at ${half}: half the count (no count is proven safe on this memory yet).`,
    );
    expect(read(out).phases.map((phase) => phase.workersRecommended)).toEqual([TOO_MANY, half]);

    // The one profile is evidence twice: its clean second attempt proves the half, its first
    // attempt makes the count it was OOM-killed at unsafe.
    const next = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'plan',
      '--json',
      '--profile',
      'pool',
      '--history',
      fresh,
    ]);
    expect(next.status, next.stderr).toBe(0);
    const { plan } = JSON.parse(next.stdout) as { plan: Plan };
    expect(plan.estimate.historyRuns).toBe(2);
    expect(plan.ladder, plan.ladderLine ?? '').toMatchObject({ proven: half });
    expect(plan.ladder?.unsafe, plan.ladderLine ?? '').toBeLessThanOrEqual(TOO_MANY);
    expect(plan.workers, plan.ladderLine ?? '').toBeLessThan(TOO_MANY);
  }, 30_000);

  it('with --no-retry, the OOM-killed attempt is the last and its status is exec’s', () => {
    const out = join(elsewhere, 'no-retry.json');
    const result = exec(out, ['--workers', String(TOO_MANY), '--no-retry']);
    expect(result.oomKills).toBeGreaterThan(0);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/was OOM-killed .*; retries are off\./);
    const profile = read(out);
    expect(profile.phases).toHaveLength(1);
    expect(profile.run.exitCode).toBe(1);
  }, 30_000);
});
