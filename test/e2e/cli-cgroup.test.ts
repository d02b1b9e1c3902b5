import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { GiB } from '../../src/shared/units.js';
import { V1_MEMORY, cgroupV1Writable, runInCgroup } from '../support/cgroup.js';

/**
 * Done-when of the foundation: inside a real cgroup with a 2 GiB memory limit, `plan --json`
 * reports the limit and a memory-bound count while os.totalmem() reports the host.
 */
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const writable = process.platform === 'linux' && cgroupV1Writable();
if (!writable)
  console.log(`Skipping the cgroup plan test: ${V1_MEMORY} is not writable on this machine.`);

describe.skipIf(!writable)('resource-planner plan inside a 2 GiB cgroup', () => {
  it('sees the limit the host tools miss', () => {
    // The shell joins the cgroup, then becomes the CLI: the probe reads its own /proc/self.
    const result = runInCgroup(2 * GiB, [process.execPath, CLI, 'plan', '--json']);
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
