import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/profile.js';
import { MiB } from '../../src/shared/units.js';
import { V1_MEMORY, cgroupV1Writable, runInCgroup } from '../support/cgroup.js';

/**
 * Done-when of the exec issue (its task-list half), through the built CLI inside real memory
 * cgroups: a task list whose tasks differ 5× in memory (400 MiB and 40 MiB allocated; ~450 and
 * ~90 MiB of RSS with Node itself), inside a 700 MiB limit where `xargs -P $(nproc)` OOM-kills
 * work, finishes every task under `exec --tasks` with none lost: first with no history and a
 * per-task guess far too small (so the scheduler meets real memory pressure: it suspends or the
 * kernel kills and the task runs again alone), then with the peaks the first run learned (no OOM
 * kill at all). Each task writes a marker file when it finishes: a missing marker is lost work.
 */
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const TASK = new URL('../fixtures/workloads/task.mjs', import.meta.url).pathname;
const LIMIT = 700 * MiB;
const BIG = 2;
const SMALL = 6;

const writable = process.platform === 'linux' && cgroupV1Writable();
if (!writable)
  console.log(`Skipping the exec --tasks cgroup test: ${V1_MEMORY} is not writable here.`);

describe.skipIf(!writable)('exec --tasks inside a real cgroup loses no task', () => {
  const root = mkdtempSync(join(os.tmpdir(), 'rp-tasks-'));
  const markers = join(root, 'markers');
  const history = join(root, 'history');
  mkdirSync(history);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // The big tasks first, so that running two at once (as xargs -P 2 does) puts both together.
  const names = [
    ...Array.from({ length: BIG }, (_, index) => `big-${index + 1}`),
    ...Array.from({ length: SMALL }, (_, index) => `small-${index + 1}`),
  ];
  const lines = names.map(
    (name) =>
      `${process.execPath} ${TASK} ${name.startsWith('big') ? '400 1500' : '40 400'} ${join(markers, name)}`,
  );
  const list = join(root, 'tasks.txt');
  // No comment line: xargs would run `#` as a command.
  writeFileSync(list, `${lines.join('\n')}\n`);
  const freshMarkers = (): void => {
    rmSync(markers, { recursive: true, force: true });
    mkdirSync(markers);
  };
  const finished = (): string[] => readdirSync(markers).sort();

  it('xargs -P $(nproc) loses work in this limit; exec --tasks loses none, and learns', () => {
    // The naive run: every CPU busy, no regard for memory.
    freshMarkers();
    const naive = runInCgroup(LIMIT, [
      'xargs',
      '-P',
      String(Math.max(2, os.availableParallelism())),
      '-L',
      '1',
      '-a',
      list,
      // Each line is a command: env runs its first word with the rest as arguments.
      'env',
    ]);
    expect(naive.oomKills, `the naive run was not OOM-killed: ${naive.stderr}`).toBeGreaterThan(0);
    expect(naive.status).not.toBe(0);
    expect(finished().length, 'the naive run lost no task').toBeLessThan(names.length);

    // exec with no history and a guess of 32 MiB a task: it starts both big tasks together and
    // must get them through the pressure.
    freshMarkers();
    const first = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'exec',
      '--tasks',
      list,
      '--fallback-memory-per-worker',
      '32M',
      '--interval',
      '100ms',
      '--out',
      join(history, 'first.json'),
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(finished()).toEqual([...names].sort());
    const profile = parseProfile(readFileSync(join(history, 'first.json'), 'utf8'));
    expect(profile.tasks?.map((task) => task.status)).toEqual(names.map(() => 'ok'));
    const peaks = profile.tasks?.map((task) => task.peakBytes) ?? [];
    // The big tasks peaked several times higher than the small ones.
    expect(Math.min(...peaks.slice(0, BIG))).toBeGreaterThan(3 * Math.max(...peaks.slice(BIG)));
    // Each task's unshared peak is its RSS peak less Node's own text, which every task maps from
    // the same file: at least 10 MiB less (39 MiB for Node 24 here), and still most of a big one.
    for (const task of profile.tasks ?? []) {
      expect(task.peakUnsharedBytes).not.toBeNull();
      expect(task.peakUnsharedBytes as number).toBeLessThan(task.peakBytes - 10 * MiB);
    }
    const bigUnshared = profile.tasks?.[0]?.peakUnsharedBytes ?? 0;
    expect(bigUnshared).toBeGreaterThan(0.7 * (peaks[0] ?? 0));
    // The report lists every task, ok.
    expect(first.stdout).toMatch(
      new RegExp(`Tasks: ${names.length} of ${names.length} task\\(s\\) finished ok`),
    );
    // The profile never holds the arguments (the marker paths).
    expect(readFileSync(join(history, 'first.json'), 'utf8')).not.toContain('big-1');

    // exec again, learning each task's peak from the first run: no OOM kill at all.
    freshMarkers();
    const second = runInCgroup(LIMIT, [
      process.execPath,
      CLI,
      'exec',
      '--tasks',
      list,
      '--history',
      history,
      '--interval',
      '100ms',
    ]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain(`${names.length} with a peak learned from history`);
    expect(finished()).toEqual([...names].sort());
    expect(second.oomKills).toBe(0);
  }, 120_000);
});
