/**
 * The macOS and Windows probe through the real systeminformation: each recorded machine
 * (test/fixtures/host) answers the commands systeminformation runs, so its own parsers turn
 * `vm_stat`, `sysctl` and PowerShell output into the figures the probe plans on.
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { probeMachine } from '../../src/probe/probe.js';
import {
  readHostWithSystemInformation,
  type SystemInformationApi,
} from '../../src/probe/systeminformation.js';
import { GiB, MiB } from '../../src/shared/units.js';
import {
  installFakeHost,
  loadMachine,
  type FakeHost,
  type RecordedMachine,
} from '../support/fake-host.mjs';

const require = createRequire(import.meta.url);
let host: FakeHost | null = null;
afterEach(() => {
  host?.restore();
  host = null;
});

/**
 * Loads systeminformation afresh on the recorded machine: it reads process.platform and takes
 * child_process's functions once, when it loads.
 */
function onMachine(machine: RecordedMachine): {
  load: () => Promise<SystemInformationApi>;
  host: FakeHost;
} {
  host = installFakeHost(machine);
  const fake = host;
  const load = async () => {
    for (const key of Object.keys(require.cache))
      if (key.includes(`${sep}systeminformation${sep}`)) delete require.cache[key];
    try {
      return require('systeminformation') as SystemInformationApi;
    } finally {
      fake.restorePlatform();
    }
  };
  return { load, host: fake };
}

async function probeOn(machine: RecordedMachine) {
  const { load, host: fake } = onMachine(machine);
  const capacity = await probeMachine({
    platform: machine.platform,
    os: {
      platform: machine.platform,
      arch: machine.arch,
      totalMemoryBytes: machine.totalmem,
      freeMemoryBytes: machine.freemem,
      logicalCpus: machine.cpus,
      availableParallelism: machine.cpus,
      cpuModel: machine.cpuModel,
    },
    readHost: (platform) => readHostWithSystemInformation({ platform, load }),
  });
  return { capacity, commands: fake.commands };
}

const PAGE_16K = 16384;
const PAGE_4K = 4096;

describe('macOS: available = free + inactive pages, from vm_stat', () => {
  it('GitHub macos-14 runner (M1, 16 KiB pages): 2.27 GiB, not the 97 MiB os.freemem() says', async () => {
    const { capacity, commands } = await probeOn(loadMachine('macos-14-arm64-runner'));
    // vm_stat.txt: free 3875 + speculative 2361 (both in os.freemem()) + inactive 142744 pages.
    const expected = (3875 + 2361 + 142744) * PAGE_16K;
    expect(expected).toBe(2_440_888_320);
    expect(capacity.hostMemoryAvailableBytes).toBe(expected);
    expect(capacity.memoryAvailableBytes).toBe(expected);
    expect(capacity.hostMemoryTotalBytes).toBe(7 * GiB);
    // What os.freemem() said before (free pages only): 24 times too little.
    expect(Math.round(expected / 102_170_624)).toBe(24);
    expect(capacity.physicalCpus).toBe(3);
    expect(capacity.cpus).toBe(3);
    // vm.swapusage: reported, never counted.
    expect(capacity.swapTotalBytes).toBe(1024 * MiB);
    expect(capacity.swapFreeBytes).toBe(911.75 * MiB);
    expect(capacity.warnings).toEqual([]);
    // systeminformation's own parser read the recording (the page size came from sysctl).
    expect(commands).toEqual(
      expect.arrayContaining([
        'sysctl -n vm.pagesize',
        expect.stringMatching(/^vm_stat /),
        expect.stringMatching(/^sysctl machdep\.cpu hw\./),
      ]),
    );
  });

  it('Intel MacBook Pro (4 KiB pages): 8 physical cores of 16 logical, 5.67 GiB available', async () => {
    const { capacity } = await probeOn(loadMachine('macbook-pro-2019-intel'));
    const expected = (41235 + 88016 + 1356102) * PAGE_4K;
    expect(capacity.memoryAvailableBytes).toBe(expected);
    expect(capacity.memoryAvailableBytes / GiB).toBeCloseTo(5.67, 2);
    expect(capacity.logicalCpus).toBe(16);
    expect(capacity.physicalCpus).toBe(8);
    expect(capacity.swapTotalBytes).toBe(3072 * MiB);
    expect(capacity.warnings).toEqual([]);
  });
});

describe('Windows: available physical memory and cores from WMI', () => {
  it('GitHub windows-2022 runner: ullAvailPhys as available, 2 physical cores of 4', async () => {
    const machine = loadMachine('windows-2022-runner');
    const { capacity, commands } = await probeOn(machine);
    expect(capacity.os).toBe('win32');
    expect(capacity.hostMemoryTotalBytes).toBe(machine.totalmem);
    expect(capacity.memoryAvailableBytes).toBe(machine.freemem);
    expect(capacity.physicalCpus).toBe(2);
    expect(capacity.logicalCpus).toBe(4);
    expect(capacity.cpus).toBe(4);
    // Win32_PageFileUsage: AllocatedBaseSize 4096 MiB, CurrentUsage 169 MiB.
    expect(capacity.swapTotalBytes).toBe(4096 * MiB);
    expect(capacity.swapFreeBytes).toBe((4096 - 169) * MiB);
    expect(capacity.warnings).toEqual([]);
    expect(commands.some((command) => command.includes('Get-CimInstance Win32_processor'))).toBe(
      true,
    );
  });
});

describe('fail open', () => {
  it('vm_stat failing: free pages only, and a warning that says so', async () => {
    const recorded = loadMachine('macos-14-arm64-runner');
    // The same machine where vm_stat fails (as in a sandbox that forbids it).
    const machine: RecordedMachine = {
      ...recorded,
      outputs: recorded.outputs.map(([prefix, output]) => [
        prefix,
        prefix === 'vm_stat' ? null : output,
      ]),
    };
    const { capacity } = await probeOn(machine);
    expect(capacity.memoryAvailableBytes).toBe(machine.freemem);
    expect(capacity.warnings.join('\n')).toMatch(/vm_stat gave no inactive pages/);
  });
});
