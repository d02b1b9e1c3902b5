/**
 * One sampling tick → lines of the samples file (see ./types.ts). The loop, the file and the
 * signals live in ./main.ts; this part is driven by tests directly.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readCgroupMemoryNow } from '../probe/probe.js';
import type { CgroupLimits } from '../probe/types.js';
import { KiB } from '../shared/units.js';
import { ProcReader, jobProcesses, type ProcessSnapshot } from './proc-reader.js';
import type { SamplerLine, SamplerProcLine, SamplerSampleLine } from './types.js';

/** Where process snapshots come from: /proc on Linux, one listing command per tick elsewhere. */
export interface ProcessSource {
  name: 'proc' | 'ps' | 'tasklist';
  /** `skip`: PIDs known to be outside the job, which a source may leave unread. */
  snapshot(skip?: ReadonlySet<number>): ProcessSnapshot[];
  /** PIDs the last snapshot listed, read or skipped (lets the sampler forget PIDs that are gone). */
  listed?(): ReadonlySet<number>;
  close(): void;
}

export interface SamplerOptions {
  rootPid: number;
  /** Excluded from the job's processes (with its descendants). */
  samplerPid: number;
  intervalMs: number;
  procRoot?: string;
  /** Defaults to a /proc reader under `procRoot`. */
  processSource?: ProcessSource;
  /** Also sample each process's unshared memory (`p` entries of three), see ProcReaderOptions. */
  unshared?: boolean;
  cgroup?: Pick<CgroupLimits, 'memoryCgroupDir' | 'version'> | null;
  /** Monotonic milliseconds. */
  clock: () => number;
  now?: () => Date;
  write: (line: SamplerLine) => void;
}

export interface Sampler {
  /** Takes one sample; returns false once the root process is gone. */
  tick(): boolean;
  close(reason: string): void;
}

const MEMINFO_BUFFER_BYTES = 4096;

/** MemTotal − MemAvailable from /proc/meminfo text, in bytes; null when either is missing. */
export function usedMemoryFromMeminfo(text: string): number | null {
  const total = /^MemTotal:\s+(\d+) kB/m.exec(text)?.[1];
  const available = /^MemAvailable:\s+(\d+) kB/m.exec(text)?.[1];
  if (total === undefined || available === undefined) return null;
  return (Number(total) - Number(available)) * KiB;
}

function procSource(procRoot: string | undefined, unshared: boolean): ProcessSource {
  const reader = new ProcReader({ ...(procRoot === undefined ? {} : { procRoot }), unshared });
  return {
    name: 'proc',
    snapshot: (skip) => reader.snapshot(skip),
    listed: () => reader.listed(),
    close: () => reader.close(),
  };
}

/** MemTotal − MemAvailable, re-read through a descriptor kept open (one read per tick). */
function meminfoReader(procRoot: string): { usedBytes(): number | null; close(): void } {
  const buffer = Buffer.alloc(MEMINFO_BUFFER_BYTES);
  let fd: number | null = null;
  try {
    fd = openSync(`${procRoot}/meminfo`, 'r');
  } catch {
    fd = null;
  }
  return {
    usedBytes() {
      if (fd === null) return null;
      try {
        const bytes = readSync(fd, buffer, 0, MEMINFO_BUFFER_BYTES, 0);
        return usedMemoryFromMeminfo(buffer.toString('latin1', 0, bytes));
      } catch {
        return null;
      }
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/**
 * PIDs seen outside the job. A process never moves into the job's tree (a parent only changes by
 * reparenting to init or a subreaper), so they are not read again while their PID stays listed.
 * A PID reused within one interval would be missed; at 100 ms or more that is not a practical
 * risk. Outsiders no longer listed are forgotten; without a listing nothing is skipped.
 */
export function nextOutsiders(
  outsiders: ReadonlySet<number>,
  listed: ReadonlySet<number> | undefined,
  all: readonly ProcessSnapshot[],
  inJob: ReadonlySet<number>,
  rootPid: number,
): Set<number> {
  const next = new Set<number>();
  if (!listed) return next;
  for (const pid of outsiders) if (listed.has(pid)) next.add(pid);
  for (const process of all)
    if (!inJob.has(process.pid) && process.pid !== rootPid) next.add(process.pid);
  return next;
}

/** The job's processes, parents before children (a child's `parent` id must exist first). */
export function parentsFirst(job: readonly ProcessSnapshot[]): ProcessSnapshot[] {
  const byPid = new Map(job.map((process) => [process.pid, process]));
  const depth = (process: ProcessSnapshot): number => {
    let level = 0;
    for (
      let parent = byPid.get(process.ppid);
      parent && level < 1000;
      parent = byPid.get(parent.ppid)
    )
      level++;
    return level;
  };
  return [...job].sort((a, b) => depth(a) - depth(b));
}

export function createSampler(options: SamplerOptions): Sampler {
  const reader = options.processSource ?? procSource(options.procRoot, options.unshared ?? false);
  const meminfo = meminfoReader(options.procRoot ?? '/proc');
  /** Job processes by "pid:starttime" → the id written in the samples file. */
  const ids = new Map<string, number>();
  let nextId = 1;
  let alive = new Set<number>();
  let outsiders = new Set<number>();

  options.write({
    k: 'start',
    v: 1,
    t: options.clock(),
    wall: (options.now?.() ?? new Date()).toISOString(),
    intervalMs: options.intervalMs,
    source: reader.name,
    rootPid: options.rootPid,
    samplerPid: options.samplerPid,
  });

  /** The `proc` line last written for each id: written again when the process execs. */
  const written = new Map<number, SamplerProcLine>();
  /**
   * The process's id, writing its `proc` line the first time it is seen and again, with the same
   * id, when its name changes (it exec'd: `sh -c 'exec node …'` is a node worker, not `sh`).
   */
  const idOf = (
    process: ProcessSnapshot,
    byPid: Map<number, ProcessSnapshot>,
    t: number,
  ): number => {
    const key = `${process.pid}:${process.startTime}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = nextId++;
      ids.set(key, id);
      const parent = byPid.get(process.ppid);
      const parentId = parent ? (ids.get(`${parent.pid}:${parent.startTime}`) ?? null) : null;
      const line: SamplerProcLine = {
        k: 'proc',
        id,
        pid: process.pid,
        parent: parentId,
        name: process.name,
        t,
      };
      written.set(id, line);
      options.write(line);
    } else {
      const last = written.get(id);
      if (last && last.name !== process.name) {
        const renamed: SamplerProcLine = { ...last, name: process.name, t };
        written.set(id, renamed);
        options.write(renamed);
      }
    }
    return id;
  };

  return {
    tick() {
      const t = options.clock();
      const all = reader.snapshot(outsiders);
      const rootAlive = all.some((process) => process.pid === options.rootPid);
      const job = jobProcesses(all, options.rootPid, options.samplerPid);
      const inJob = new Set(job.map((process) => process.pid));
      outsiders = nextOutsiders(outsiders, reader.listed?.(), all, inJob, options.rootPid);

      const byPid = new Map(job.map((process) => [process.pid, process]));
      const sample: SamplerSampleLine['p'] = [];
      const nowAlive = new Set<number>();
      for (const process of parentsFirst(job)) {
        const id = idOf(process, byPid, t);
        nowAlive.add(id);
        sample.push(
          process.unsharedBytes === undefined
            ? [id, process.rssBytes]
            : [id, process.rssBytes, process.unsharedBytes],
        );
      }
      for (const id of alive)
        if (!nowAlive.has(id)) {
          options.write({ k: 'exit', id, t, signal: null });
          written.delete(id);
        }
      alive = nowAlive;

      const cgroup = options.cgroup?.memoryCgroupDir ? readCgroupMemoryNow(options.cgroup) : null;
      options.write({
        k: 's',
        t,
        sys: meminfo.usedBytes(),
        cg: cgroup?.usageBytes ?? null,
        oom: cgroup?.oomKills ?? null,
        psi: cgroup?.pressureSomeAvg10 ?? null,
        p: sample,
      });
      return rootAlive;
    },
    close(reason) {
      options.write({ k: 'stop', t: options.clock(), reason });
      reader.close();
      meminfo.close();
    },
  };
}
