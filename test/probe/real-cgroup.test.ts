import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { probeCapacity } from '../../src/probe/probe.js';
import { GiB } from '../../src/shared/units.js';
import { V1_MEMORY, cgroupV1Writable } from '../support/cgroup.js';

/**
 * Reads a REAL cgroup: creates a v1 memory cgroup with a 2 GiB limit (where this machine lets us),
 * moves a child process into it, and probes that process's cgroup.
 */
const canCreate = process.platform === 'linux' && cgroupV1Writable();
if (!canCreate)
  console.log(`Skipping the real-cgroup probe test: ${V1_MEMORY} is not writable here.`);

describe.skipIf(!canCreate)('probe inside a real cgroup v1 memory limit', () => {
  const cgroup = `${V1_MEMORY}/rp-probe-test-${process.pid}`;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (existsSync(cgroup)) rmdirSync(cgroup);
  });

  it('reports the 2 GiB limit while os.totalmem() reports the host', async () => {
    mkdirSync(cgroup);
    writeFileSync(`${cgroup}/memory.limit_in_bytes`, String(2 * GiB));
    child = spawn('sleep', ['30'], { stdio: 'ignore' });
    await new Promise((resolve) => child?.once('spawn', resolve));
    writeFileSync(`${cgroup}/cgroup.procs`, String(child.pid));

    const capacity = probeCapacity({ pid: child.pid });
    expect(os.totalmem()).toBeGreaterThan(2 * GiB);
    expect(capacity.cgroup?.memoryLimitBytes).toBe(2 * GiB);
    expect(capacity.memoryLimitBytes).toBe(2 * GiB);
    expect(capacity.memoryBinding).toBe('cgroup');
    expect(capacity.memoryAvailableBytes).toBeLessThanOrEqual(2 * GiB);
    expect(capacity.cgroup?.memoryCgroupDir).toBe(cgroup);
  });
});
