// The shipped CLI (dist/cli) as the quality benchmark drives it: recording history, planning.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { inCgroup } from './cgroup.mjs';
import { CLI } from './paths.mjs';

/** `resource-planner run` five times (seeds 100–104) into a fresh folder; inside `limit` if given. */
export function recordHistory(jobFor, limit) {
  const dir = mkdtempSync(join(os.tmpdir(), 'rp-quality-history-'));
  for (let run = 0; run < 5; run++) {
    const argv = [
      process.execPath,
      CLI,
      'run',
      '--profile',
      'test',
      '--interval',
      '100ms',
      '--out',
      join(dir, `run-${run}.json`),
      '--',
      ...jobFor(2, 100 + run),
    ];
    if (limit === null) execFileSync(argv[0], argv.slice(1), { stdio: 'ignore' });
    else inCgroup(limit, argv);
  }
  return dir;
}

/** Per-process peaks (p90) of each recorded run's largest concurrent worker group, in bytes. */
export function workerPeaks(historyDir) {
  return readdirSync(historyDir).map((file) => {
    const profile = JSON.parse(readFileSync(join(historyDir, file), 'utf8'));
    const groups = profile.phases[0].workerGroups.filter((group) => group.maxConcurrency >= 2);
    return Math.max(0, ...groups.map((group) => group.peakRss.p90Bytes));
  });
}

/** `resource-planner plan --json --history DIR` run inside the limit: the plan object. */
export function planInside(limit, historyDir, flags) {
  const result = inCgroup(limit, [
    process.execPath,
    CLI,
    'plan',
    '--json',
    '--profile',
    'test',
    '--history',
    historyDir,
    ...flags,
  ]);
  return JSON.parse(result.stdout).plan;
}

/**
 * `resource-planner run --profile test` around argv, inside a fresh cgroup with `limit` (outside
 * any limit when null): the run's wall time, exit status and OOM kills, and its profile written
 * to `out` when given. `wrap` wraps the whole command (e.g. into a CPU quota: cgroup.mjs cpuQuota).
 */
export function recordedRun(
  limit,
  argv,
  { out, env, timeoutMs, shard, nodeHeapMb, wrap = (command) => command } = {},
) {
  const own = [
    'run',
    '--profile',
    'test',
    '--interval',
    '100ms',
    ...(out ? ['--out', out] : []),
    // Recorded as shard I of T (`I/T`), as the action's `shard` input records it.
    ...(shard ? ['--shard', shard] : []),
    // The plan's heap cap for Node workers, set and recorded by `run` (profile v6 nodeHeapMb).
    ...(nodeHeapMb ? ['--node-heap-mb', String(nodeHeapMb)] : []),
  ];
  const command = wrap([process.execPath, CLI, ...own, '--', ...argv]);
  if (limit !== null) return inCgroup(limit, command, env, { timeoutMs });
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'ignore',
    env,
    timeout: timeoutMs,
  });
  return { status: result.status, oomKills: 0, timedOut: result.error?.code === 'ETIMEDOUT' };
}
