import { describe, expect, it } from 'vitest';
import {
  cgroupDirectory,
  countCpuList,
  directoriesUpToMount,
  parseCfsQuota,
  parseCgroupMounts,
  parseCpuMax,
  parseMemoryLimit,
  parseProcCgroup,
} from '../../src/probe/cgroup.js';

describe('parseProcCgroup', () => {
  it('reads v1, named and v2 lines', () => {
    expect(
      parseProcCgroup(
        '4:memory:/a/b\n2:cpu,cpuacct:/\n1:name=systemd:/x\n0::/user.slice\ngarbage\n',
      ),
    ).toEqual([
      { hierarchyId: 4, controllers: ['memory'], path: '/a/b' },
      { hierarchyId: 2, controllers: ['cpu', 'cpuacct'], path: '/' },
      { hierarchyId: 1, controllers: ['name=systemd'], path: '/x' },
      { hierarchyId: 0, controllers: [], path: '/user.slice' },
    ]);
  });
});

describe('parseCgroupMounts', () => {
  it('reads cgroup and cgroup2 mounts, optional fields and octal escapes', () => {
    const text = [
      '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime shared:9 master:2 - cgroup cgroup rw,memory',
      '41 31 0:38 /docker/x /sys/fs/cgroup/with\\040space rw - cgroup2 cgroup2 rw',
      '22 27 0:21 / /proc rw,relatime - proc proc rw',
    ].join('\n');
    expect(parseCgroupMounts(text)).toEqual([
      { version: 1, root: '/', mountPoint: '/sys/fs/cgroup/memory', controllers: ['memory'] },
      { version: 2, root: '/docker/x', mountPoint: '/sys/fs/cgroup/with space', controllers: [] },
    ]);
  });
});

describe('cgroupDirectory', () => {
  const mount = (root: string) => ({
    version: 2 as const,
    root,
    mountPoint: '/sys/fs/cgroup',
    controllers: [],
  });
  it.each([
    ['/', '/a/b', '/sys/fs/cgroup/a/b'],
    ['/', '/', '/sys/fs/cgroup'],
    ['/docker/x', '/docker/x', '/sys/fs/cgroup'],
    ['/docker/x', '/docker/x/child', '/sys/fs/cgroup/child'],
    // A sibling with the same prefix is not under the mount root.
    ['/docker/x', '/docker/x-evil', '/sys/fs/cgroup'],
    ['/docker/x', '/elsewhere', '/sys/fs/cgroup'],
  ])('mount root %s, cgroup %s → %s', (root, path, directory) => {
    expect(cgroupDirectory(mount(root), path)).toBe(directory);
  });
});

describe('directoriesUpToMount', () => {
  it('walks from the leaf to the mount point', () => {
    expect(directoriesUpToMount('/sys/fs/cgroup/a/b', '/sys/fs/cgroup')).toEqual([
      '/sys/fs/cgroup/a/b',
      '/sys/fs/cgroup/a',
      '/sys/fs/cgroup',
    ]);
    expect(directoriesUpToMount('/sys/fs/cgroup/', '/sys/fs/cgroup')).toEqual(['/sys/fs/cgroup']);
    expect(directoriesUpToMount('/elsewhere', '/sys/fs/cgroup')).toEqual(['/sys/fs/cgroup']);
  });
});

describe('value parsers', () => {
  it.each([
    ['max\n', { kind: 'none' }],
    ['2147483648\n', { kind: 'limit', bytes: 2147483648 }],
    ['9223372036854771712', { kind: 'none' }],
    ['', { kind: 'invalid', text: '' }],
    ['-1', { kind: 'invalid', text: '-1' }],
  ])('memory limit %j', (text, value) => {
    expect(parseMemoryLimit(text)).toEqual(value);
  });

  it.each([
    ['max 100000', null],
    ['150000 100000', 1.5],
    ['50000', 0.5],
    ['x 100000', 'invalid'],
    ['100000 0', 'invalid'],
  ])('cpu.max %j → %j', (text, cpus) => {
    expect(parseCpuMax(text)).toBe(cpus);
  });

  it.each([
    ['-1', '100000', null],
    ['200000', '100000', 2],
    ['abc', '100000', 'invalid'],
  ])('cfs quota %s / %s → %j', (quota, period, cpus) => {
    expect(parseCfsQuota(quota, period)).toBe(cpus);
  });

  it.each([
    ['0-3', 4],
    ['0-3,8,10-11', 7],
    ['5', 1],
    ['', null],
    ['3-1', null],
    ['a-b', null],
  ])('cpu list %j counts %j', (text, count) => {
    expect(countCpuList(text)).toBe(count);
  });
});
