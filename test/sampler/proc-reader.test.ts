import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parsePsOutput, parseWindowsListing } from '../../src/sampler/fallback.js';
import {
  jobProcesses,
  nameFromCmdline,
  nameFromExe,
  parseStat,
  parseStatBuffer,
  ProcReader,
} from '../../src/sampler/proc-reader.js';
import { createSampler, usedMemoryFromMeminfo } from '../../src/sampler/sampler.js';
import type { SamplerLine } from '../../src/sampler/types.js';

// Fields after the command name: state ppid pgrp session tty tpgid flags minflt cminflt majflt
// cmajflt utime stime cutime cstime priority nice threads itrealvalue starttime vsize rss ...
const tail =
  'S 10 42 42 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 777 1000000 2560 18446744073709551615';

describe('parseStat', () => {
  it.each([
    [`42 (node) ${tail}`, 'node'],
    [`42 (my worker) ${tail}`, 'my worker'],
    [`42 (a) b) (c) ${tail}`, 'a) b) (c'],
  ])('%s', (text, comm) => {
    expect(parseStat(text)).toEqual({ pid: 42, comm, ppid: 10, startTime: 777, rssPages: 2560 });
  });
  it.each([
    `42 (node) ${tail}`,
    `42 (a) b) (c) ${tail}\n`,
    `7 (x) R 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5 100 9 0`,
  ])('the byte parser agrees with the string parser on %j', (text) => {
    const pid = Number(text.split(' ')[0]);
    expect(parseStatBuffer(Buffer.from(text, 'latin1'), text.length, pid)).toEqual(parseStat(text));
  });
  it('refuses garbage', () => {
    expect(parseStat('garbage')).toBeNull();
    expect(parseStat('42 (x) S')).toBeNull();
  });
});

describe('names', () => {
  it('takes the executable basename, never arguments', () => {
    expect(nameFromExe('/usr/local/bin/node')).toBe('node');
    expect(nameFromExe('/tmp/old-binary (deleted)')).toBe('old-binary');
    expect(nameFromCmdline('/usr/bin/python3\0-m\0pytest\0--token=SECRET\0')).toBe('python3');
    expect(nameFromCmdline('node\0--secret=1')).toBe('node');
  });
});

describe('jobProcesses', () => {
  const processes = [
    { pid: 1, ppid: 0 },
    { pid: 100, ppid: 1 }, // the runner worker (root)
    { pid: 200, ppid: 100 }, // a step
    { pid: 201, ppid: 200 },
    { pid: 202, ppid: 201 },
    { pid: 300, ppid: 100 }, // the sampler
    { pid: 301, ppid: 300 },
    { pid: 400, ppid: 1 }, // not the job's
  ];
  it('is every descendant of the root except the sampler and its children', () => {
    expect(
      jobProcesses(processes, 100, 300)
        .map((process) => process.pid)
        .sort(),
    ).toEqual([200, 201, 202]);
  });
});

describe('fallback listings', () => {
  it('parses macOS ps output', () => {
    const text =
      '  1     0  12000 /sbin/launchd\n 512     1  80000 /usr/local/bin/node\n 513   512 310000 /Users/runner/.nvm/versions/node/v24/bin/node\n';
    expect(parsePsOutput(text)).toEqual([
      { pid: 1, ppid: 0, startTime: 0, rssBytes: 12000 * 1024, name: 'launchd' },
      { pid: 512, ppid: 1, startTime: 0, rssBytes: 80000 * 1024, name: 'node' },
      { pid: 513, ppid: 512, startTime: 0, rssBytes: 310000 * 1024, name: 'node' },
    ]);
  });
  it('parses the Windows listing', () => {
    expect(parseWindowsListing('4,0,1000,System\r\n900,4,52428800,node.exe\r\n')).toEqual([
      { pid: 4, ppid: 0, startTime: 0, rssBytes: 1000, name: 'System' },
      { pid: 900, ppid: 4, startTime: 0, rssBytes: 52428800, name: 'node.exe' },
    ]);
  });
});

describe('usedMemoryFromMeminfo', () => {
  it('is MemTotal − MemAvailable in bytes', () => {
    expect(usedMemoryFromMeminfo('MemTotal: 1000 kB\nMemFree: 10 kB\nMemAvailable: 600 kB\n')).toBe(
      400 * 1024,
    );
    expect(usedMemoryFromMeminfo('MemTotal: 1000 kB\n')).toBeNull();
  });
});

describe.skipIf(process.platform !== 'linux')('the /proc reader on the real /proc', () => {
  it('sees a child tree with names from the executable and RSS close to VmRSS', async () => {
    const child = spawn(
      process.execPath,
      ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b[0], 3000)'],
      { stdio: 'ignore' },
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    const reader = new ProcReader();
    const mine = reader.snapshot().find((process) => process.pid === child.pid);
    const status = await import('node:fs').then((fs) =>
      fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'),
    );
    const vmRssBytes = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
    reader.close();
    child.kill();
    expect(mine?.name).toBe('node');
    expect(mine?.ppid).toBe(process.pid);
    expect(Math.abs((mine?.rssBytes ?? 0) - vmRssBytes) / vmRssBytes).toBeLessThan(0.05);
    expect(mine?.rssBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('writes proc, sample and exit lines for the job', async () => {
    const lines: SamplerLine[] = [];
    let clock = 0;
    const sampler = createSampler({
      rootPid: process.pid,
      samplerPid: -1,
      intervalMs: 100,
      clock: () => (clock += 100),
      write: (line) => lines.push(line),
    });
    const child = spawn('sleep', ['0.3'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sampler.tick()).toBe(true);
    await new Promise((resolve) => child.once('exit', resolve));
    sampler.tick();
    sampler.close('test');
    const proc = lines.find((line) => line.k === 'proc' && line.pid === child.pid);
    expect(proc).toMatchObject({ k: 'proc', name: 'sleep' });
    expect(
      lines.some((line) => line.k === 'exit' && proc?.k === 'proc' && line.id === proc.id),
    ).toBe(true);
    expect(lines[0]).toMatchObject({ k: 'start', source: 'proc', rootPid: process.pid });
    expect(lines.at(-1)).toMatchObject({ k: 'stop', reason: 'test' });
  });
});
