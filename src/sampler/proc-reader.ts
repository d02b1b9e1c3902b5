/**
 * Reads every process's memory from Linux /proc with one read per process per tick.
 *
 * Cost (docs/measurements.md M3, ~280 processes): re-reading /proc/PID/stat through a file descriptor kept
 * open and read at offset 0 takes ~4 ms a tick, against ~10 ms for readFileSync and ~450 ms for a
 * `ps`-based listing. The descriptor is opened when a PID first appears and closed when it goes.
 * A process is identified by (pid, starttime), so a reused PID is a new process. A process that
 * execs keeps both, so its name is looked up again when its stat shows the exec (see `execed`).
 */
import { closeSync, openSync, readSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';

/** x86-64 and arm64 Linux use 4 KiB pages for RSS accounting in /proc/PID/stat. */
export const DEFAULT_PAGE_SIZE_BYTES = 4096;
const STAT_BUFFER_BYTES = 1024;
/** /proc/PID/status is ~1.5 KB on Linux 6; RssFile sits in its first half. */
const STATUS_BUFFER_BYTES = 4096;

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** Clock ticks since boot when the process started. */
  startTime: number;
  rssPages: number;
  /**
   * startcode and endcode (fields 26 and 27): where the program's text is mapped. They change on
   * every exec (another binary, or the same one at another random base), and read 0 without a
   * memory map (zombie, kernel thread) and 1 when another user's process hides them. Absent when
   * the line stops before them.
   */
  codeStart?: number;
  codeEnd?: number;
}

/**
 * Parses /proc/PID/stat. The command name sits in parentheses and may itself contain spaces and
 * `)`, so the fields are counted from the LAST `)`: after it come state (field 3), ppid (4), ...,
 * starttime (22) and rss (24) (proc(5)).
 */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): field N is fields[N - 3].
  const ppid = Number(fields[1]);
  const startTime = Number(fields[19]);
  const rssPages = Number(fields[21]);
  if (![pid, ppid, startTime, rssPages].every(Number.isFinite)) return null;
  const stat: ProcStat = { pid, comm: text.slice(open + 1, close), ppid, startTime, rssPages };
  const codeStart = Number(fields[23]);
  const codeEnd = Number(fields[24]);
  if (fields[24] !== undefined && fields[24] !== '' && Number.isFinite(codeStart + codeEnd)) {
    stat.codeStart = codeStart;
    stat.codeEnd = codeEnd;
  }
  return stat;
}

const CLOSE_PAREN = 0x29;
const SPACE = 0x20;

/**
 * The same fields as `parseStat`, read straight from the bytes without splitting the line into
 * ~50 strings: this runs for every process on every tick, so allocations matter.
 */
export function parseStatBuffer(buffer: Buffer, length: number, pid: number): ProcStat | null {
  let close = length - 1;
  while (close >= 0 && buffer[close] !== CLOSE_PAREN) close--;
  const open = buffer.indexOf(0x28);
  if (close < 0 || open < 0 || open > close) return null;
  // Field 3 (state) starts two bytes after `)`; count fields from there.
  let field = 3;
  let value = 0;
  let ppid = -1;
  let startTime = -1;
  let rssPages = -1;
  let codeStart = -1;
  let codeEnd = -1;
  for (let index = close + 2; index <= length; index++) {
    const byte = index < length ? (buffer[index] as number) : SPACE;
    if (byte === SPACE || byte === 0x0a) {
      if (field === 4) ppid = value;
      else if (field === 22) startTime = value;
      else if (field === 24) rssPages = value;
      else if (field === 26) codeStart = value;
      else if (field === 27) {
        codeEnd = value;
        break;
      }
      if (byte === 0x0a) break;
      field++;
      value = 0;
    } else if (byte >= 0x30 && byte <= 0x39) value = value * 10 + (byte - 0x30);
  }
  if (ppid < 0 || startTime < 0 || rssPages < 0) return null;
  const comm = buffer.toString('latin1', open + 1, close);
  return codeEnd < 0
    ? { pid, comm, ppid, startTime, rssPages }
    : { pid, comm, ppid, startTime, rssPages, codeStart, codeEnd };
}

/**
 * Whether a process exec'd between two readings of its stat: comm changed (the new program's
 * name), or the program's text moved. The text range catches an exec that keeps comm (a shim
 * script named `python` exec'ing the real `python`, a wrapper `node` exec'ing node); it is only
 * compared while both readings have a memory map to show (0 and 1 are "none" and "hidden").
 */
export function execed(
  before: Pick<ProcStat, 'comm' | 'codeStart' | 'codeEnd'>,
  after: Pick<ProcStat, 'comm' | 'codeStart' | 'codeEnd'>,
): boolean {
  if (before.comm !== after.comm) return true;
  const shown = (value: number | undefined): boolean => value !== undefined && value > 1;
  if (!shown(before.codeStart) || !shown(after.codeStart)) return false;
  return before.codeStart !== after.codeStart || before.codeEnd !== after.codeEnd;
}

/** The executable's basename from an /proc/PID/exe link target (`/usr/bin/node (deleted)` → node). */
export function nameFromExe(target: string): string {
  return basename(target.replace(/ \(deleted\)$/, ''));
}

/** The basename of argv[0] only: everything after the first NUL (the arguments) is dropped. */
export function nameFromCmdline(cmdline: string): string {
  const argv0 = cmdline.split('\0', 1)[0] ?? '';
  return basename(argv0.split(' ', 1)[0] ?? '');
}

/**
 * RssFile of /proc/PID/status in bytes: the resident pages mapped from files (the executable,
 * shared libraries), which every process of the same program shares and a cgroup is charged once
 * for. Null when the line is missing (Linux before 4.5) or unreadable.
 */
export function fileRssFromStatus(text: string): number | null {
  const kib = /^RssFile:\s+(\d+) kB$/m.exec(text)?.[1];
  return kib === undefined ? null : Number(kib) * 1024;
}

export interface ProcessSnapshot {
  pid: number;
  ppid: number;
  startTime: number;
  rssBytes: number;
  /**
   * RSS less its file-backed pages (RssAnon + RssShmem, from /proc/PID/status): the memory this
   * process adds on its own. Summed over N processes of one program, RSS counts the program's
   * text N times (measured: 39 MiB for each Node 24 process, RssFile of a task of the benchmark's
   * list, bench/RESULTS.md §7), while the cgroup is charged for it once. Only when the reader was
   * asked for it (`unshared`) and could read it.
   */
  unsharedBytes?: number;
  /**
   * From exe, argv[0] or comm: looked up when the process (pid, starttime) is first seen and again
   * whenever it execs (`execed`), so a shell that becomes `node` is named `node` from then on.
   */
  name: string;
}

interface Tracked {
  fd: number;
  /** /proc/PID/status, kept open like stat when `unshared` is asked for; -1 when not open. */
  statusFd: number;
  startTime: number;
  comm: string;
  codeStart: number | undefined;
  codeEnd: number | undefined;
  name: string | null;
}

export interface ProcReaderOptions {
  procRoot?: string;
  pageSizeBytes?: number;
  /**
   * Also read each process's file-backed RSS (one more read of /proc/PID/status a process a
   * tick, ~7 µs here against ~4 µs for stat) to give `unsharedBytes`: the task scheduler of
   * `exec --tasks` plans with it. The job sampler leaves it off.
   */
  unshared?: boolean;
}

export class ProcReader {
  private readonly procRoot: string;
  private readonly pageSize: number;
  private readonly tracked = new Map<number, Tracked>();
  private readonly buffer = Buffer.alloc(STAT_BUFFER_BYTES);
  private readonly statusBuffer: Buffer | null;
  /** PIDs listed in /proc by the last snapshot. */
  private lastListed: ReadonlySet<number> = new Set();

  constructor(options: ProcReaderOptions = {}) {
    this.procRoot = options.procRoot ?? '/proc';
    this.pageSize = options.pageSizeBytes ?? DEFAULT_PAGE_SIZE_BYTES;
    this.statusBuffer = options.unshared ? Buffer.alloc(STATUS_BUFFER_BYTES) : null;
  }

  /**
   * Every readable process now, except the PIDs in `skip` (listed but not read: the sampler
   * skips processes it already knows are outside the job, so a tick costs a read per job
   * process, not per process on the machine). Processes that vanish mid-read, or are not ours
   * (EACCES), are left out.
   */
  snapshot(skip?: ReadonlySet<number>): ProcessSnapshot[] {
    const seen = new Set<number>();
    const result: ProcessSnapshot[] = [];
    for (const entry of readdirSync(this.procRoot)) {
      const first = entry.charCodeAt(0);
      if (first < 48 || first > 57) continue;
      const pid = Number(entry);
      seen.add(pid);
      if (skip?.has(pid)) {
        this.forget(pid);
        continue;
      }
      const stat = this.readStat(pid);
      if (!stat) continue;
      const tracked = this.tracked.get(pid);
      if (!tracked) continue;
      // A new process, or one that exec'd (a forked shell becoming `node`): look the name up.
      if (tracked.name === null || tracked.startTime !== stat.startTime || execed(tracked, stat)) {
        tracked.name = this.nameOf(pid, stat.comm);
      }
      tracked.startTime = stat.startTime;
      tracked.comm = stat.comm;
      tracked.codeStart = stat.codeStart;
      tracked.codeEnd = stat.codeEnd;
      const rssBytes = stat.rssPages * this.pageSize;
      const fileBytes = this.statusBuffer === null ? null : this.readFileRss(pid, tracked);
      result.push({
        pid,
        ppid: stat.ppid,
        startTime: stat.startTime,
        rssBytes,
        ...(fileBytes === null ? {} : { unsharedBytes: Math.max(0, rssBytes - fileBytes) }),
        name: tracked.name,
      });
    }
    for (const pid of this.tracked.keys()) if (!seen.has(pid)) this.forget(pid);
    this.lastListed = seen;
    return result;
  }

  /** PIDs listed by the last snapshot, read or skipped. */
  listed(): ReadonlySet<number> {
    return this.lastListed;
  }

  /** Closes every kept descriptor. */
  close(): void {
    for (const pid of [...this.tracked.keys()]) this.forget(pid);
  }

  private readStat(pid: number): ProcStat | null {
    let tracked = this.tracked.get(pid);
    if (!tracked) {
      try {
        tracked = {
          fd: openSync(`${this.procRoot}/${pid}/stat`, 'r'),
          statusFd: -1,
          startTime: -1,
          comm: '',
          codeStart: undefined,
          codeEnd: undefined,
          name: null,
        };
      } catch {
        return null;
      }
      this.tracked.set(pid, tracked);
    }
    try {
      const bytes = readSync(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
      return parseStatBuffer(this.buffer, bytes, pid);
    } catch {
      // ESRCH: the process exited after readdir; the descriptor is stale.
      this.forget(pid);
      return null;
    }
  }

  /** RssFile of the process in bytes (see `fileRssFromStatus`); null when unreadable. */
  private readFileRss(pid: number, tracked: Tracked): number | null {
    const buffer = this.statusBuffer as Buffer;
    try {
      if (tracked.statusFd < 0) tracked.statusFd = openSync(`${this.procRoot}/${pid}/status`, 'r');
      const bytes = readSync(tracked.statusFd, buffer, 0, STATUS_BUFFER_BYTES, 0);
      return fileRssFromStatus(buffer.toString('latin1', 0, bytes));
    } catch {
      // Gone between the two reads: its stat was read, so it is still counted, by its RSS.
      return null;
    }
  }

  /**
   * The executable name, never the arguments: /proc/PID/exe, else argv[0] of /proc/PID/cmdline,
   * else comm. comm comes last because Node 24 renames its main thread `MainThread`.
   */
  private nameOf(pid: number, comm: string): string {
    try {
      const name = nameFromExe(readlinkSync(`${this.procRoot}/${pid}/exe`));
      if (name) return name;
    } catch {
      // Another user's process (EACCES) or a kernel thread (ENOENT).
    }
    try {
      const name = nameFromCmdline(readFileSync(`${this.procRoot}/${pid}/cmdline`, 'latin1'));
      if (name) return name;
    } catch {
      // Gone already.
    }
    return comm;
  }

  private forget(pid: number): void {
    const tracked = this.tracked.get(pid);
    if (!tracked) return;
    this.tracked.delete(pid);
    for (const fd of [tracked.fd, tracked.statusFd])
      try {
        if (fd >= 0) closeSync(fd);
      } catch {
        // Already closed.
      }
  }
}

/**
 * The job's processes: every descendant of `rootPid` (by ppid, transitively), excluding the
 * sampler and its own descendants. The root itself (the runner worker) is excluded too: its
 * memory is the runner's, not the job's.
 */
export function jobProcesses<T extends { pid: number; ppid: number }>(
  processes: T[],
  rootPid: number,
  excludePid: number,
): T[] {
  const children = new Map<number, T[]>();
  for (const process of processes) {
    const siblings = children.get(process.ppid);
    if (siblings) siblings.push(process);
    else children.set(process.ppid, [process]);
  }
  const result: T[] = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const parent = stack.pop() as number;
    for (const child of children.get(parent) ?? []) {
      if (child.pid === excludePid || child.pid === rootPid) continue;
      result.push(child);
      stack.push(child.pid);
    }
  }
  return result;
}
