import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseSamplerArguments,
  ownerWatch,
  OWNER_IDENTITY_CHECK_MS,
} from '../../src/sampler/main.js';
import {
  parseMacIdentity,
  parseWindowsIdentity,
  readProcessIdentity,
  readProcessStatus,
  sameProcess,
  stopSampler,
  type ProcessStatus,
} from '../../src/sampler/spawn.js';
import { SAMPLER_MAX_LIFETIME_MS } from '../../src/sampler/types.js';

// Fields after the command name: state ppid ... starttime (field 22) vsize rss ...
const stat = (pid: number, state: string, startTime: number, comm = 'node'): string =>
  `${pid} (${comm}) ${state} 1 ${pid} ${pid} 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 ${startTime} 1000000 2560 18446744073709551615\n`;

/** A fake /proc with the given processes. */
function fakeProc(
  processes: { pid: number; state?: string; startTime: number; exe?: string; cmdline?: string }[],
): string {
  const root = mkdtempSync(join(tmpdir(), 'rp-fakeproc-'));
  for (const process of processes) {
    const dir = join(root, String(process.pid));
    mkdirSync(dir);
    writeFileSync(join(dir, 'stat'), stat(process.pid, process.state ?? 'S', process.startTime));
    if (process.exe) symlinkSync(process.exe, join(dir, 'exe'));
    if (process.cmdline !== undefined) writeFileSync(join(dir, 'cmdline'), process.cmdline);
  }
  return root;
}

describe('process identity on Linux', () => {
  it('reads the start time (stat field 22) and the executable basename', () => {
    const procRoot = fakeProc([{ pid: 42, startTime: 777, exe: '/usr/local/bin/node' }]);
    expect(readProcessStatus(42, { platform: 'linux', procRoot })).toEqual({
      identity: { pid: 42, startTime: '777', exe: 'node' },
      zombie: false,
    });
  });

  it('falls back to argv[0] of cmdline (never the arguments) when exe cannot be read', () => {
    const procRoot = fakeProc([
      { pid: 43, startTime: 9, cmdline: '/usr/bin/python3\0-m\0pytest\0--token=SECRET\0' },
    ]);
    expect(readProcessIdentity(43, { platform: 'linux', procRoot })).toEqual({
      pid: 43,
      startTime: '9',
      exe: 'python3',
    });
  });

  it('a zombie has exited: it has a status but no live identity', () => {
    const procRoot = fakeProc([{ pid: 44, state: 'Z', startTime: 5 }]);
    expect(readProcessStatus(44, { platform: 'linux', procRoot })?.zombie).toBe(true);
    expect(readProcessIdentity(44, { platform: 'linux', procRoot })).toBeNull();
  });

  it('no such process: null', () => {
    const procRoot = fakeProc([]);
    expect(readProcessStatus(45, { platform: 'linux', procRoot })).toBeNull();
    expect(readProcessStatus(0, { platform: 'linux', procRoot })).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')('reads this process from the real /proc', () => {
    const identity = readProcessIdentity(process.pid);
    expect(identity?.startTime).toMatch(/^\d+$/);
    expect(identity?.exe).toBeTruthy();
    expect(sameProcess(identity!, readProcessIdentity(process.pid))).toBe(true);
  });
});

describe('process identity elsewhere', () => {
  it('macOS: ps stat, lstart and comm', () => {
    expect(parseMacIdentity(7, 'Ss   Tue Nov 24 09:05:01 2026     /usr/local/bin/node\n')).toEqual({
      identity: { pid: 7, startTime: 'Tue Nov 24 09:05:01 2026', exe: 'node' },
      zombie: false,
    });
    expect(parseMacIdentity(7, 'Z    Mon Nov  2 10:00:00 2026     (node)\n')?.zombie).toBe(true);
    expect(parseMacIdentity(7, '')).toBeNull();
    const run = (file: string, args: string[]): string => {
      expect(file).toBe('ps');
      expect(args).toEqual(['-o', 'stat=', '-o', 'lstart=', '-o', 'comm=', '-p', '7']);
      return 'S    Tue Nov 24 09:05:01 2026     /opt/node/bin/node\n';
    };
    expect(readProcessIdentity(7, { platform: 'darwin', run })).toEqual({
      pid: 7,
      startTime: 'Tue Nov 24 09:05:01 2026',
      exe: 'node',
    });
  });

  it('Windows: creation time and image name from PowerShell', () => {
    expect(parseWindowsIdentity(9, '134087364000000000,node.exe\r\n')).toEqual({
      identity: { pid: 9, startTime: '134087364000000000', exe: 'node.exe' },
      zombie: false,
    });
    expect(parseWindowsIdentity(9, '\r\n')).toBeNull();
  });

  it('a listing that fails falls back to whether the PID exists, with nothing to compare', () => {
    const run = (): string => {
      throw new Error('no ps');
    };
    expect(readProcessIdentity(process.pid, { platform: 'darwin', run })).toEqual({
      pid: process.pid,
      startTime: null,
      exe: null,
    });
  });
});

describe('sameProcess', () => {
  const recorded = { pid: 10, startTime: '100', exe: 'node' };
  it.each([
    [{ pid: 10, startTime: '100', exe: 'node' }, true],
    [{ pid: 10, startTime: '101', exe: 'node' }, false],
    [{ pid: 10, startTime: '100', exe: 'bash' }, false],
    [{ pid: 11, startTime: '100', exe: 'node' }, false],
    // Recorded but unreadable now: not proof that it is the same process.
    [{ pid: 10, startTime: null, exe: 'node' }, false],
    [null, false],
  ])('%j → %s', (now, same) => {
    expect(sameProcess(recorded, now)).toBe(same);
  });
  it('compares only what was recorded', () => {
    expect(sameProcess({ pid: 10, startTime: null, exe: null }, recorded)).toBe(true);
  });
});

describe.skipIf(process.platform !== 'linux')('stopSampler', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });
  const start = (): ChildProcess => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(child);
    return child;
  };
  const exitedWithin = (child: ChildProcess, ms: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  it('never signals a process whose start time differs from the recorded one', async () => {
    const other = start();
    const identity = readProcessIdentity(other.pid as number);
    expect(identity).not.toBeNull();
    const outcome = await stopSampler({ ...identity!, startTime: '1' }, 200);
    expect(outcome).toBe('not-ours');
    expect(await exitedWithin(other, 300)).toBe(false);
  });

  it('never signals a process running another executable', async () => {
    const other = start();
    const identity = readProcessIdentity(other.pid as number)!;
    expect(await stopSampler({ ...identity, exe: 'node' }, 200)).toBe('not-ours');
    expect(await exitedWithin(other, 300)).toBe(false);
  });

  it('stops the process that matches', async () => {
    const child = start();
    const identity = readProcessIdentity(child.pid as number)!;
    expect(await stopSampler(identity, 2000)).toBe('stopped');
    expect(await exitedWithin(child, 1000)).toBe(true);
  });

  it('not-running once it has exited', async () => {
    const child = start();
    const identity = readProcessIdentity(child.pid as number)!;
    child.kill('SIGKILL');
    await exitedWithin(child, 1000);
    expect(await stopSampler(identity, 200)).toBe('not-running');
  });
});

describe('sampler arguments', () => {
  it('defaults the maximum lifetime to 6 h 10 min and takes the root start time', () => {
    expect(SAMPLER_MAX_LIFETIME_MS).toBe(370 * 60_000);
    expect(parseSamplerArguments(['--out', 'f', '--root-pid', '5'])).toMatchObject({
      rootPid: 5,
      rootStartTime: null,
      maxLifetimeMs: SAMPLER_MAX_LIFETIME_MS,
    });
    expect(
      parseSamplerArguments([
        '--out',
        'f',
        '--root-pid',
        '5',
        '--root-start-time',
        '12345',
        '--max-lifetime-ms',
        '1000',
      ]),
    ).toMatchObject({ rootStartTime: '12345', maxLifetimeMs: 1000 });
  });

  it.each(['0', '-1', '1.5', 'soon'])('refuses --max-lifetime-ms %s', (value) => {
    expect(() =>
      parseSamplerArguments(['--out', 'f', '--root-pid', '5', `--max-lifetime-ms=${value}`]),
    ).toThrow(/usage/);
  });
});

describe('ownerWatch', () => {
  const owner = { pid: 100, startTime: '500', exe: null };
  const status = (startTime: string | null, zombie = false): ProcessStatus => ({
    identity: { pid: 100, startTime, exe: 'Runner.Worker' },
    zombie,
  });

  it('alive while the same process holds the PID', () => {
    expect(ownerWatch(owner, { read: () => status('500') })()).toBe('alive');
  });
  it('exited when the PID is gone or a zombie', () => {
    expect(ownerWatch(owner, { read: () => null })()).toBe('exited');
    expect(ownerWatch(owner, { read: () => status('500', true) })()).toBe('exited');
  });
  it('replaced when a process started at another time holds the PID', () => {
    expect(ownerWatch(owner, { read: () => status('501') })()).toBe('replaced');
  });
  it('a start time that cannot be read now is not taken for a new process', () => {
    expect(ownerWatch(owner, { read: () => status(null) })()).toBe('alive');
  });
  it('where a full check costs a listing, checks the PID each time and the identity less often', () => {
    let now = 0;
    let reads = 0;
    let exists = true;
    const check = ownerWatch(owner, {
      read: () => (reads++, status('500')),
      exists: () => exists,
      identityEveryMs: OWNER_IDENTITY_CHECK_MS,
      clock: () => now,
    });
    expect(check()).toBe('alive');
    now += 1000;
    expect(check()).toBe('alive');
    expect(reads).toBe(1);
    now += OWNER_IDENTITY_CHECK_MS;
    expect(check()).toBe('alive');
    expect(reads).toBe(2);
    exists = false;
    now += 1000;
    expect(check()).toBe('exited');
  });
});
