import { describe, expect, it } from 'vitest';
import { hostFactsFromSystemInformation } from '../../src/probe/host.js';
import { probeMachine } from '../../src/probe/probe.js';
import {
  readHostWithSystemInformation,
  type SystemInformationApi,
} from '../../src/probe/systeminformation.js';
import { GiB, MiB } from '../../src/shared/units.js';

const memory = {
  total: 16 * GiB,
  free: 1 * GiB,
  available: 9 * GiB,
  reclaimable: 5 * GiB,
  swaptotal: 2 * GiB,
  swapfree: 1 * GiB,
};
const cpu = { cores: 8, physicalCores: 4 };

describe('hostFactsFromSystemInformation', () => {
  it.each([
    // [platform, memory overrides, available, physical, notes]
    ['darwin', {}, 6 * GiB, 4, 0],
    ['darwin', { reclaimable: 0 }, 1 * GiB, 4, 1],
    ['darwin', { reclaimable: 20 * GiB }, 16 * GiB, 4, 0],
    ['win32', {}, 9 * GiB, 4, 0],
    ['win32', { available: Number.NaN }, 1 * GiB, 4, 0],
  ] as const)('%s %o: available %d', (platform, overrides, available, physical, notes) => {
    const facts = hostFactsFromSystemInformation(platform, { ...memory, ...overrides }, cpu);
    expect(facts.availableMemoryBytes).toBe(available);
    expect(facts.physicalCpus).toBe(physical);
    expect(facts.notes).toHaveLength(notes);
    expect(facts.swapTotalBytes).toBe(2 * GiB);
  });

  it('never reports more available than total, nor a non-integer core count', () => {
    const facts = hostFactsFromSystemInformation(
      'darwin',
      { ...memory, free: 12 * GiB },
      { cores: 8, physicalCores: 2.5 },
    );
    expect(facts.availableMemoryBytes).toBe(16 * GiB);
    expect(facts.physicalCpus).toBeNull();
  });

  it('refuses a report without total memory', () => {
    expect(() => hostFactsFromSystemInformation('darwin', { ...memory, total: 0 }, cpu)).toThrow(
      /no total memory/,
    );
  });
});

describe('probeMachine', () => {
  const os = {
    totalMemoryBytes: 8 * GiB,
    freeMemoryBytes: 300 * MiB,
    logicalCpus: 4,
    availableParallelism: 4,
  };

  it('Linux never asks the host adapter', async () => {
    let asked = 0;
    const capacity = await probeMachine({
      platform: 'linux',
      root: '/nonexistent-root-for-test',
      os: { ...os, platform: 'linux' },
      readHost: async () => {
        asked += 1;
        throw new Error('must not be called');
      },
    });
    expect(asked).toBe(0);
    expect(capacity.memoryAvailableBytes).toBe(300 * MiB);
  });

  it('macOS plans on what the adapter reports', async () => {
    const capacity = await probeMachine({
      platform: 'darwin',
      os: { ...os, platform: 'darwin' },
      readHost: async () => hostFactsFromSystemInformation('darwin', memory, cpu),
    });
    expect(capacity.memoryAvailableBytes).toBe(6 * GiB);
    expect(capacity.memoryLimitBytes).toBe(16 * GiB);
    expect(capacity.physicalCpus).toBe(4);
    expect(capacity.cpus).toBe(4);
    expect(capacity.warnings).toEqual([]);
  });

  /** The probe on `platform` with systeminformation loaded by `load`. */
  const probeWith = (
    platform: string,
    load: () => Promise<SystemInformationApi>,
    timeoutMs?: number,
  ) =>
    probeMachine({
      platform,
      os: { ...os, platform },
      readHost: (name) => readHostWithSystemInformation({ platform: name, load, timeoutMs }),
    });

  it('falls back to node:os with a warning when systeminformation throws', async () => {
    const capacity = await probeWith('win32', async () => ({
      mem: async () => {
        throw new Error('WMI is broken');
      },
      cpu: async () => cpu,
    }));
    expect(capacity.memoryAvailableBytes).toBe(300 * MiB);
    expect(capacity.physicalCpus).toBeNull();
    expect(capacity.cpus).toBe(4);
    expect(capacity.warnings).toEqual([
      'systeminformation could not read memory and cores (WMI is broken): using os.totalmem(), os.freemem() and os.availableParallelism().',
    ]);
  });

  it('falls back when systeminformation does not answer in time, and says macOS is undercounted', async () => {
    const started = performance.now();
    const capacity = await probeWith('darwin', () => new Promise(() => undefined), 50);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(capacity.memoryAvailableBytes).toBe(300 * MiB);
    expect(capacity.warnings.join('\n')).toMatch(/no answer within 50 ms.*free pages only/);
  });

  it('falls back when systeminformation cannot be loaded', async () => {
    const capacity = await probeWith('darwin', () =>
      Promise.reject(new Error("Cannot find module 'systeminformation'")),
    );
    expect(capacity.memoryAvailableBytes).toBe(300 * MiB);
    expect(capacity.warnings.join('\n')).toMatch(/Cannot find module/);
  });
});
