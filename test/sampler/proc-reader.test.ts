import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePsOutput, parseWindowsListing } from '../../src/sampler/fallback.js';
import {
  execed,
  fileRssFromStatus,
  jobProcesses,
  nameFromCmdline,
  nameFromExe,
  parseStat,
  parseStatBuffer,
  ProcReader,
} from '../../src/sampler/proc-reader.js';
import { createSampler, usedMemoryFromMeminfo } from '../../src/sampler/sampler.js';
import type { SamplerLine, SamplerProcLine } from '../../src/sampler/types.js';

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

describe('fileRssFromStatus', () => {
  it('is RssFile in bytes; null without the line', () => {
    const status =
      'Name:\tnode\nVmRSS:\t  360160 kB\nRssAnon:\t  320656 kB\nRssFile:\t   39504 kB\nRssShmem:\t       0 kB\n';
    expect(fileRssFromStatus(status)).toBe(39504 * 1024);
    expect(fileRssFromStatus('Name:\tnode\nVmRSS:\t  360160 kB\n')).toBeNull();
  });
});

describe.skipIf(process.platform !== 'linux')('the /proc reader on the real /proc', () => {
  it('reads unshared memory when asked: RssAnon + RssShmem, the RSS less the program text', async () => {
    const child = spawn(
      process.execPath,
      ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b[0], 3000)'],
      { stdio: 'ignore' },
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    const reader = new ProcReader({ unshared: true });
    const mine = reader.snapshot().find((process) => process.pid === child.pid);
    const plain = new ProcReader().snapshot().find((process) => process.pid === child.pid);
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kib = (field: string): number =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    reader.close();
    child.kill();
    const anonAndShmem = kib('RssAnon') + kib('RssShmem');
    expect(mine?.unsharedBytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(mine?.unsharedBytes).toBeLessThan(mine?.rssBytes ?? 0);
    expect(Math.abs((mine?.unsharedBytes ?? 0) - anonAndShmem) / anonAndShmem).toBeLessThan(0.05);
    expect(plain).toBeDefined();
    expect(plain?.unsharedBytes).toBeUndefined();
  });

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

describe('exec detection', () => {
  // Fields 3..27 with startcode 4194304 and endcode 4200000.
  const withCode =
    'S 10 42 42 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 777 1000000 2560 18446744073709551615 4194304 4200000 140737488349000 0 0';
  it('reads startcode and endcode, the same from the string and the bytes', () => {
    const text = `42 (node) ${withCode}\n`;
    expect(parseStat(text)).toEqual({
      pid: 42,
      comm: 'node',
      ppid: 10,
      startTime: 777,
      rssPages: 2560,
      codeStart: 4194304,
      codeEnd: 4200000,
    });
    expect(parseStatBuffer(Buffer.from(text, 'latin1'), text.length, 42)).toEqual(parseStat(text));
  });
  it.each([
    ['comm changed', { comm: 'sh' }, { comm: 'node' }, true],
    [
      "same comm, the text moved (a shim exec'ing the real program)",
      { comm: 'python', codeStart: 93000000000000, codeEnd: 93000000100000 },
      { comm: 'python', codeStart: 94000000000000, codeEnd: 94000003000000 },
      true,
    ],
    [
      'same comm, same text',
      { comm: 'node', codeStart: 4194304, codeEnd: 4200000 },
      { comm: 'node', codeStart: 4194304, codeEnd: 4200000 },
      false,
    ],
    [
      'became a zombie (no memory map: 0)',
      { comm: 'node', codeStart: 4194304, codeEnd: 4200000 },
      { comm: 'node', codeStart: 0, codeEnd: 0 },
      false,
    ],
    [
      "another user's process (hidden: 1)",
      { comm: 'node', codeStart: 1, codeEnd: 1 },
      { comm: 'node', codeStart: 1, codeEnd: 1 },
      false,
    ],
    ['no text fields', { comm: 'node' }, { comm: 'node' }, false],
  ])('%s', (_label, before, after, expected) => {
    expect(execed(before, after)).toBe(expected);
  });
});

describe.skipIf(process.platform !== 'linux')('a process that execs on the real /proc', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Snapshots until `until` holds for the child's name (or ~3 s pass); returns every name seen. */
  async function namesUntil(
    reader: ProcReader,
    child: ChildProcess,
    until: (name: string | undefined) => boolean,
  ): Promise<(string | undefined)[]> {
    const names: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 150; attempt++) {
      const name = reader.snapshot().find((process) => process.pid === child.pid)?.name;
      names.push(name);
      if (until(name)) break;
      await sleep(20);
    }
    return names;
  }
  const shell = basename(realpathSync('/bin/sh'));
  /** What `node` and `sleep` are named by: their executables' basenames. */
  const nodeName = basename(process.execPath);
  const sleepName = basename(
    realpathSync(execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim()),
  );
  const exitOf = (child: ChildProcess) =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(null);
      else child.once('exit', resolve);
    });

  it.each([
    `exec node -e "setTimeout(() => {}, 1500)"`,
    `sleep 0.3; exec node -e "setTimeout(() => {}, 1500)"`,
  ])("sh -c '%s' is named node after the exec", async (script) => {
    const reader = new ProcReader();
    // `node` is this test's Node, first on PATH.
    const child = spawn('sh', ['-c', script], {
      stdio: 'ignore',
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    });
    try {
      // Seen once before anything else, as the forked Node or the shell, then until node runs.
      const names = await namesUntil(reader, child, () => {
        try {
          return basename(readlinkSync(`/proc/${child.pid}/exe`)) === nodeName;
        } catch {
          return false;
        }
      });
      const after = reader.snapshot().find((process) => process.pid === child.pid);
      expect(after?.name, `names seen: ${names.join(' ')}`).toBe(nodeName);
      if (script.startsWith('sleep')) expect(names).toContain(shell);
    } finally {
      reader.close();
      child.kill();
      await exitOf(child);
    }
  });

  // The reader renames (above); the sampler writes the process's `proc` line again, same id and
  // parent, with the new name, and the profile builder keeps the last line for an id.
  it("the samples file names a shell that exec'd node `node`", async () => {
    const lines: SamplerLine[] = [];
    let clock = 0;
    const sampler = createSampler({
      rootPid: process.pid,
      samplerPid: -1,
      intervalMs: 50,
      clock: () => (clock += 50),
      write: (line) => lines.push(line),
    });
    const child = spawn(
      'sh',
      ['-c', `sleep 0.3; exec "${process.execPath}" -e "setTimeout(() => {}, 1500)"`],
      {
        stdio: 'ignore',
      },
    );
    try {
      for (let attempt = 0; attempt < 100; attempt++) {
        sampler.tick();
        let exe = '';
        try {
          exe = basename(readlinkSync(`/proc/${child.pid}/exe`));
        } catch {
          // Not there yet.
        }
        if (exe === nodeName && attempt > 0) break;
        await sleep(30);
      }
      sampler.tick();
    } finally {
      sampler.close('test');
      child.kill();
      await exitOf(child);
    }
    const procs = lines.filter(
      (line): line is SamplerProcLine => line.k === 'proc' && line.pid === child.pid,
    );
    expect(procs[0]).toMatchObject({ name: shell });
    // A later `proc` line of the same id (same pid and parent) carries the new name.
    expect(procs.at(-1)).toEqual({ ...procs[0], name: nodeName, t: procs.at(-1)?.t });
  });

  // Where sleep is the shell's own binary (busybox), the two names cannot be told apart.
  it.skipIf(sleepName === shell)(
    'renames a process that execs a program of the same comm (a shim named like its target)',
    async () => {
      // A shell script named `sleep` has comm `sleep` and exe /bin/sh; after `exec sleep` comm is
      // still `sleep`, so only the moved program text shows the exec.
      const folder = mkdtempSync(join(tmpdir(), 'rp-shim-'));
      const shim = join(folder, 'sleep');
      writeFileSync(shim, '#!/bin/sh\nread line\nexec sleep 3\n');
      chmodSync(shim, 0o755);
      const reader = new ProcReader();
      const child = spawn(shim, [], { stdio: ['pipe', 'ignore', 'ignore'] });
      try {
        const before = await namesUntil(reader, child, (name) => name === shell);
        expect(before.at(-1), `names seen: ${before.join(' ')}`).toBe(shell);
        child.stdin?.end('go\n');
        const after = await namesUntil(reader, child, (name) => name === sleepName);
        expect(after.at(-1), `names seen: ${after.join(' ')}`).toBe(sleepName);
      } finally {
        reader.close();
        child.kill();
        await exitOf(child);
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
