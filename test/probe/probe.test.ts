import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeCapacity, readCgroupMemoryNow, type OsFacts } from '../../src/probe/probe.js';
import { GiB, KiB, MiB } from '../../src/shared/units.js';

/**
 * Fixture trees laid out as on disk (proc/self/cgroup, sys/fs/cgroup/...), written to a temp
 * directory and read through the probe's `root` option.
 */
const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rp-probe-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const os: Partial<OsFacts> = {
  platform: 'linux',
  arch: 'x64',
  totalMemoryBytes: 999,
  freeMemoryBytes: 999,
  logicalCpus: 4,
  availableParallelism: 4,
  cpuModel: 'Test CPU',
};

function meminfo(totalKiB: number, availableKiB: number, swapKiB = 0): string {
  return [
    `MemTotal:       ${totalKiB} kB`,
    `MemFree:        ${Math.floor(availableKiB / 2)} kB`,
    `MemAvailable:   ${availableKiB} kB`,
    `Buffers:        1000 kB`,
    `Cached:         ${Math.floor(availableKiB / 2)} kB`,
    `SwapTotal:      ${swapKiB} kB`,
    `SwapFree:       ${swapKiB} kB`,
    '',
  ].join('\n');
}

const cpuinfo4 = [0, 1, 2, 3]
  .map((n) => `processor\t: ${n}\nmodel name\t: Test CPU\nphysical id\t: 0\ncore id\t\t: ${n}\n`)
  .join('\n');
const V2_MOUNT =
  '30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n';
const GIB_KIB = GiB / KiB;

describe('probeCapacity on fixture trees', () => {
  it('GitHub ubuntu runner: cgroup v2, no limit, 4 CPUs, 16 GB', () => {
    const root = tree({
      'proc/meminfo': meminfo(16 * GIB_KIB, 15 * GIB_KIB, 4 * GIB_KIB),
      'proc/cpuinfo': cpuinfo4,
      'proc/self/status': 'Name:\tnode\nCpus_allowed_list:\t0-3\n',
      'proc/self/cgroup': '0::/system.slice/hosted-compute-agent.service\n',
      'proc/self/mountinfo': V2_MOUNT,
      'sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io memory hugetlb pids rdma misc\n',
      'sys/fs/cgroup/system.slice/memory.max': 'max\n',
      'sys/fs/cgroup/system.slice/hosted-compute-agent.service/memory.max': 'max\n',
      'sys/fs/cgroup/system.slice/hosted-compute-agent.service/memory.high': 'max\n',
      'sys/fs/cgroup/system.slice/hosted-compute-agent.service/memory.current': String(800 * MiB),
      'sys/fs/cgroup/system.slice/hosted-compute-agent.service/cpu.max': 'max 100000\n',
      'sys/fs/cgroup/system.slice/hosted-compute-agent.service/cpuset.cpus.effective': '0-3\n',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.hostMemoryTotalBytes).toBe(16 * GiB);
    expect(capacity.memoryLimitBytes).toBe(16 * GiB);
    expect(capacity.memoryAvailableBytes).toBe(15 * GiB);
    expect(capacity.swapTotalBytes).toBe(4 * GiB);
    expect(capacity.cpus).toBe(4);
    expect(capacity.physicalCpus).toBe(4);
    expect(capacity.affinityCpus).toBe(4);
    expect(capacity.memoryBinding).toBe('host');
    expect(capacity.cpuBinding).toBe('host');
    expect(capacity.cgroup).toMatchObject({
      version: 2,
      memoryLimitBytes: null,
      cpuQuota: null,
      cpusetCpus: 4,
      layout: 'v2',
    });
    expect(capacity.warnings).toEqual([]);
  });

  it('docker run --memory 2g --cpus 1.5 (v2, cgroup namespace)', () => {
    const root = tree({
      'proc/meminfo': meminfo(24 * GIB_KIB, 20 * GIB_KIB),
      'proc/self/status': 'Cpus_allowed_list:\t0-3\n',
      'proc/self/cgroup': '0::/\n',
      'proc/self/mountinfo':
        '612 600 0:26 / /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup rw,nsdelegate\n',
      'sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io memory pids\n',
      'sys/fs/cgroup/memory.max': String(2 * GiB),
      'sys/fs/cgroup/memory.high': 'max',
      'sys/fs/cgroup/memory.current': String(300 * MiB),
      'sys/fs/cgroup/memory.stat': `anon ${200 * MiB}\nfile ${100 * MiB}\ninactive_file ${60 * MiB}\n`,
      'sys/fs/cgroup/memory.peak': String(400 * MiB),
      'sys/fs/cgroup/memory.events': 'low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n',
      'sys/fs/cgroup/cpu.max': '150000 100000\n',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.memoryLimitBytes).toBe(2 * GiB);
    // 2 GiB − (300 MiB charged − 60 MiB reclaimable) = 1808 MiB, smaller than the host's 20 GiB.
    expect(capacity.memoryAvailableBytes).toBe(2 * GiB - 240 * MiB);
    expect(capacity.cpus).toBe(1);
    expect(capacity.cpuBinding).toBe('cgroup-quota');
    expect(capacity.memoryBinding).toBe('cgroup');
    expect(capacity.cgroup).toMatchObject({
      cpuQuota: 1.5,
      memoryPeakBytes: 400 * MiB,
      oomKills: 0,
      memoryLimitSource: '/sys/fs/cgroup/memory.max',
    });
  });

  it('Kubernetes pod: the limit sits on the parent (pod) cgroup, not the container leaf', () => {
    const pod =
      'sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1.slice';
    const root = tree({
      'proc/meminfo': meminfo(64 * GIB_KIB, 60 * GIB_KIB),
      'proc/self/cgroup':
        '0::/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1.slice/cri-containerd-abc.scope\n',
      'proc/self/mountinfo': V2_MOUNT,
      'sys/fs/cgroup/cgroup.controllers': 'cpuset cpu memory pids\n',
      [`${pod}/memory.max`]: String(3 * GiB),
      [`${pod}/cpu.max`]: '200000 100000',
      [`${pod}/cri-containerd-abc.scope/memory.max`]: 'max',
      [`${pod}/cri-containerd-abc.scope/memory.high`]: 'max',
      [`${pod}/cri-containerd-abc.scope/memory.current`]: String(1 * GiB),
      [`${pod}/cri-containerd-abc.scope/cpu.max`]: 'max 100000',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.memoryLimitBytes).toBe(3 * GiB);
    expect(capacity.memoryAvailableBytes).toBe(2 * GiB);
    expect(capacity.cgroup?.memoryLimitSource).toBe(`/${pod}/memory.max`);
    expect(capacity.cpus).toBe(2);
    expect(capacity.cpuBinding).toBe('cgroup-quota');
  });

  it('cgroup v1 with a lower hierarchical limit in memory.stat', () => {
    const root = tree({
      'proc/meminfo': meminfo(32 * GIB_KIB, 30 * GIB_KIB),
      'proc/self/cgroup':
        '11:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n3:cpuset:/docker/abc\n1:name=systemd:/docker/abc\n',
      'proc/self/mountinfo': [
        '40 30 0:35 / /sys/fs/cgroup/memory rw,nosuid shared:17 - cgroup cgroup rw,memory',
        '41 30 0:36 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid shared:18 - cgroup cgroup rw,cpu,cpuacct',
        '42 30 0:37 / /sys/fs/cgroup/cpuset rw,nosuid shared:19 - cgroup cgroup rw,cpuset',
        '43 30 0:38 / /sys/fs/cgroup/systemd rw,nosuid shared:20 - cgroup cgroup rw,xattr,name=systemd',
        '',
      ].join('\n'),
      'sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes': String(4 * GiB),
      'sys/fs/cgroup/memory/docker/abc/memory.stat': `cache 0\ntotal_inactive_file ${10 * MiB}\nhierarchical_memory_limit ${1536 * MiB}\n`,
      'sys/fs/cgroup/memory/docker/abc/memory.usage_in_bytes': String(522 * MiB),
      'sys/fs/cgroup/memory/docker/abc/memory.max_usage_in_bytes': String(600 * MiB),
      'sys/fs/cgroup/memory/docker/abc/memory.oom_control':
        'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n',
      'sys/fs/cgroup/memory/docker/memory.limit_in_bytes': '9223372036854771712',
      'sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '250000',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000',
      'sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_quota_us': '-1',
      'sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_period_us': '100000',
      'sys/fs/cgroup/cpuset/docker/abc/cpuset.cpus': '0-2\n',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.cgroup).toMatchObject({
      version: 1,
      layout: 'v1',
      memoryLimitBytes: 1536 * MiB,
      oomKills: 2,
      cpuQuota: 2.5,
      cpusetCpus: 3,
    });
    expect(capacity.memoryLimitBytes).toBe(1536 * MiB);
    expect(capacity.memoryAvailableBytes).toBe(1536 * MiB - 512 * MiB);
    // floor(2.5) = 2 beats the cpuset's 3 and the 4 logical CPUs.
    expect(capacity.cpus).toBe(2);
  });

  it('hybrid host: v1 memory controller plus a unified mount without it', () => {
    const root = tree({
      'proc/meminfo': meminfo(24 * GIB_KIB, 23 * GIB_KIB),
      'proc/self/cgroup': '4:memory:/process_api/abc\n1:cpu:/\n0::/\n',
      'proc/self/mountinfo': [
        '32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu',
        '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
        '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
        '',
      ].join('\n'),
      'sys/fs/cgroup/unified/cgroup.controllers': 'hugetlb\n',
      'sys/fs/cgroup/memory/process_api/abc/memory.limit_in_bytes': String(2 * GiB),
      'sys/fs/cgroup/memory/process_api/abc/memory.usage_in_bytes': String(100 * MiB),
      'sys/fs/cgroup/memory/process_api/memory.limit_in_bytes': '9223372036854771712',
      'sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1',
      'sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.cgroup).toMatchObject({
      version: 1,
      layout: 'hybrid',
      memoryLimitBytes: 2 * GiB,
      memoryCgroupDir: '/sys/fs/cgroup/memory/process_api/abc',
    });
    expect(capacity.memoryAvailableBytes).toBe(2 * GiB - 100 * MiB);
    expect(capacity.cpus).toBe(4);
  });

  it('odd files: empty, garbage, missing memory.max: falls back and warns once each', () => {
    const root = tree({
      'proc/meminfo':
        'MemTotal:  8388608 kB\nMemFree:  1048576 kB\nBuffers: 0 kB\nCached: 1048576 kB\n',
      'proc/self/cgroup': '0::/job\n',
      'proc/self/mountinfo': V2_MOUNT,
      'sys/fs/cgroup/cgroup.controllers': 'cpu memory\n',
      'sys/fs/cgroup/job/memory.high': 'lots\n',
      'sys/fs/cgroup/job/memory.current': '',
      'sys/fs/cgroup/job/cpu.max': 'banana 100000',
    });
    const capacity = probeCapacity({ root, os });
    expect(capacity.memoryLimitBytes).toBe(8 * GiB);
    // No MemAvailable: MemFree + Buffers + Cached = 2 GiB.
    expect(capacity.memoryAvailableBytes).toBe(2 * GiB);
    expect(capacity.cgroup?.memoryLimitBytes).toBeNull();
    expect(capacity.cpus).toBe(4);
    const text = capacity.warnings.join('\n');
    expect(text).toMatch(/MemAvailable/);
    expect(text).toMatch(/memory\.high: unexpected value "lots"/);
    expect(text).toMatch(/memory\.current: unexpected value ""/);
    expect(text).toMatch(/cpu\.max: unexpected value "banana 100000"/);
  });

  it('no /proc at all: host facts from node:os and one warning each', () => {
    const capacity = probeCapacity({
      root: '/nonexistent-root-for-test',
      os: { ...os, totalMemoryBytes: 8 * GiB, freeMemoryBytes: 6 * GiB },
    });
    expect(capacity.memoryLimitBytes).toBe(8 * GiB);
    expect(capacity.memoryAvailableBytes).toBe(6 * GiB);
    expect(capacity.cgroup).toBeNull();
    expect(capacity.cpus).toBe(4);
    expect(capacity.warnings).toHaveLength(2);
  });

  it('macOS and Windows use node:os facts without warnings', () => {
    const capacity = probeCapacity({
      platform: 'darwin',
      os: {
        ...os,
        platform: 'darwin',
        totalMemoryBytes: 14 * GiB,
        freeMemoryBytes: 3 * GiB,
        availableParallelism: 3,
      },
    });
    expect(capacity).toMatchObject({
      os: 'darwin',
      memoryLimitBytes: 14 * GiB,
      memoryAvailableBytes: 3 * GiB,
      cpus: 3,
      cgroup: null,
      swapTotalBytes: null,
    });
    expect(capacity.warnings).toEqual([]);
  });
});

describe('readCgroupMemoryNow', () => {
  it('reads v2 usage, OOM kills and pressure', () => {
    const root = tree({
      'cg/memory.current': '1048576\n',
      'cg/memory.events': 'oom 1\noom_kill 3\n',
      'cg/memory.pressure':
        'some avg10=12.50 avg60=3.00 avg300=1.00 total=100\nfull avg10=1.00 avg60=0.00 avg300=0.00 total=5\n',
    });
    expect(readCgroupMemoryNow({ memoryCgroupDir: join(root, 'cg'), version: 2 })).toEqual({
      usageBytes: 1048576,
      oomKills: 3,
      pressureSomeAvg10: 12.5,
    });
  });
});
