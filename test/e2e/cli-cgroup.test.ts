import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { GiB } from '../../src/units.js';

/**
 * Done-when of the foundation: inside a real cgroup with a 2 GiB memory limit, `plan --json`
 * reports the limit and a memory-bound count while os.totalmem() reports the host.
 */
const V1_MEMORY = '/sys/fs/cgroup/memory';
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
function canCreateCgroup(): boolean {
  try {
    accessSync(V1_MEMORY, constants.W_OK);
    return existsSync(`${V1_MEMORY}/memory.limit_in_bytes`);
  } catch {
    return false;
  }
}
const writable = canCreateCgroup();
if (!writable)
  console.log(`Skipping the cgroup plan test: ${V1_MEMORY} is not writable on this machine.`);

describe.skipIf(!writable)('resource-planner plan inside a 2 GiB cgroup', () => {
  const cgroup = `${V1_MEMORY}/rp-plan-test-${process.pid}`;
  afterAll(() => {
    if (existsSync(cgroup)) rmdirSync(cgroup);
  });

  it('sees the limit the host tools miss', () => {
    mkdirSync(cgroup);
    writeFileSync(`${cgroup}/memory.limit_in_bytes`, String(2 * GiB));
    // The shell joins the cgroup, then becomes the CLI: the probe reads its own /proc/self.
    const result = spawnSync(
      'sh',
      [
        '-c',
        `echo $$ > ${cgroup}/cgroup.procs && exec "$0" "$1" plan --json`,
        process.execPath,
        CLI,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const { capacity, plan } = JSON.parse(result.stdout) as {
      capacity: { memoryLimitBytes: number; memoryBinding: string; hostMemoryTotalBytes: number };
      plan: { workers: number; limitedBy: string; memoryLimitBytes: number };
    };
    expect(os.totalmem()).toBeGreaterThan(4 * GiB);
    expect(capacity.hostMemoryTotalBytes).toBeGreaterThan(4 * GiB);
    expect(capacity.memoryLimitBytes).toBe(2 * GiB);
    expect(capacity.memoryBinding).toBe('cgroup');
    expect(plan.memoryLimitBytes).toBe(2 * GiB);
    expect(plan.limitedBy).toBe('memory');
    expect(plan.workers).toBe(1);
  });
});
