import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-FQ2HH6QF.js";

// src/sampler/main.ts
import { closeSync as closeSync4, openSync as openSync4, writeSync } from "node:fs";
import { parseArgs } from "node:util";

// src/sampler/fallback.ts
import { execFileSync } from "node:child_process";
import { basename, win32 } from "node:path";

// src/shared/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;

// src/sampler/fallback.ts
var FALLBACK_MIN_INTERVAL_MS = 2e3;
function parsePsOutput(text) {
  const processes = [];
  for (const line of text.split("\n")) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, pid, ppid, rssKiB, command = ""] = match;
    processes.push({
      pid: Number(pid),
      ppid: Number(ppid),
      startTime: 0,
      rssBytes: Number(rssKiB) * KiB,
      name: basename(command)
    });
  }
  return processes;
}
function parseWindowsListing(text) {
  const processes = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\d+),(\d+),(\d+),(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, pid, ppid, workingSet, name = ""] = match;
    processes.push({
      pid: Number(pid),
      ppid: Number(ppid),
      startTime: 0,
      rssBytes: Number(workingSet),
      name: win32.basename(name)
    });
  }
  return processes;
}
var WINDOWS_LISTING = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId),$($_.ParentProcessId),$($_.WorkingSetSize),$($_.Name)" }';
function listingSource(platform) {
  if (platform === "darwin") {
    return {
      name: "ps",
      snapshot: () => parsePsOutput(
        execFileSync("ps", ["-axo", "pid=,ppid=,rss=,comm="], {
          encoding: "utf8",
          maxBuffer: 16 * 1024 * 1024
        })
      ),
      close: () => void 0
    };
  }
  if (platform === "win32") {
    return {
      name: "tasklist",
      snapshot: () => parseWindowsListing(
        execFileSync(
          "powershell.exe",
          ["-NoProfile", "-NonInteractive", "-Command", WINDOWS_LISTING],
          {
            encoding: "utf8",
            maxBuffer: 16 * 1024 * 1024,
            windowsHide: true
          }
        )
      ),
      close: () => void 0
    };
  }
  return null;
}

// src/sampler/sampler.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";

// src/probe/probe.ts
import { readFileSync } from "node:fs";
import { posix } from "node:path";

// src/probe/cgroup.ts
var V1_UNLIMITED_THRESHOLD = 2 ** 62;
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseKeyValues(text) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) values.set(key, Number(value));
  }
  return values;
}
function parsePressureSomeAvg10(text) {
  const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
  return match ? Number(match[1]) : null;
}

// src/probe/probe.ts
function readFileOrNull(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function readCgroupMemoryNow(limits, readAt = readFileOrNull) {
  const directory = limits.memoryCgroupDir;
  if (!directory) return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
  const v2 = limits.version === 2;
  const usageText = readAt(posix.join(directory, v2 ? "memory.current" : "memory.usage_in_bytes"));
  const oomText = readAt(posix.join(directory, v2 ? "memory.events" : "memory.oom_control"));
  const pressureText = v2 ? readAt(posix.join(directory, "memory.pressure")) : null;
  return {
    usageBytes: usageText === null ? null : parseCounter(usageText),
    oomKills: oomText === null ? null : parseKeyValues(oomText).get("oom_kill") ?? null,
    pressureSomeAvg10: pressureText === null ? null : parsePressureSomeAvg10(pressureText)
  };
}

// src/sampler/proc-reader.ts
import { closeSync, openSync, readSync, readdirSync, readFileSync as readFileSync2, readlinkSync } from "node:fs";
import { basename as basename2 } from "node:path";
var DEFAULT_PAGE_SIZE_BYTES = 4096;
var STAT_BUFFER_BYTES = 1024;
var STATUS_BUFFER_BYTES = 4096;
var CLOSE_PAREN = 41;
var SPACE = 32;
function parseStatBuffer(buffer, length, pid) {
  let close = length - 1;
  while (close >= 0 && buffer[close] !== CLOSE_PAREN) close--;
  const open = buffer.indexOf(40);
  if (close < 0 || open < 0 || open > close) return null;
  let field = 3;
  let value = 0;
  let ppid = -1;
  let startTime = -1;
  let rssPages = -1;
  let codeStart = -1;
  let codeEnd = -1;
  for (let index = close + 2; index <= length; index++) {
    const byte = index < length ? buffer[index] : SPACE;
    if (byte === SPACE || byte === 10) {
      if (field === 4) ppid = value;
      else if (field === 22) startTime = value;
      else if (field === 24) rssPages = value;
      else if (field === 26) codeStart = value;
      else if (field === 27) {
        codeEnd = value;
        break;
      }
      if (byte === 10) break;
      field++;
      value = 0;
    } else if (byte >= 48 && byte <= 57) value = value * 10 + (byte - 48);
  }
  if (ppid < 0 || startTime < 0 || rssPages < 0) return null;
  const comm = buffer.toString("latin1", open + 1, close);
  return codeEnd < 0 ? { pid, comm, ppid, startTime, rssPages } : { pid, comm, ppid, startTime, rssPages, codeStart, codeEnd };
}
function execed(before, after) {
  if (before.comm !== after.comm) return true;
  const shown = (value) => value !== void 0 && value > 1;
  if (!shown(before.codeStart) || !shown(after.codeStart)) return false;
  return before.codeStart !== after.codeStart || before.codeEnd !== after.codeEnd;
}
function nameFromExe(target) {
  return basename2(target.replace(/ \(deleted\)$/, ""));
}
function nameFromCmdline(cmdline) {
  const argv0 = cmdline.split("\0", 1)[0] ?? "";
  return basename2(argv0.split(" ", 1)[0] ?? "");
}
function fileRssFromStatus(text) {
  const kib = /^RssFile:\s+(\d+) kB$/m.exec(text)?.[1];
  return kib === void 0 ? null : Number(kib) * 1024;
}
var ProcReader = class {
  procRoot;
  pageSize;
  tracked = /* @__PURE__ */ new Map();
  buffer = Buffer.alloc(STAT_BUFFER_BYTES);
  statusBuffer;
  /** PIDs listed in /proc by the last snapshot. */
  lastListed = /* @__PURE__ */ new Set();
  constructor(options = {}) {
    this.procRoot = options.procRoot ?? "/proc";
    this.pageSize = options.pageSizeBytes ?? DEFAULT_PAGE_SIZE_BYTES;
    this.statusBuffer = options.unshared ? Buffer.alloc(STATUS_BUFFER_BYTES) : null;
  }
  /**
   * Every readable process now, except the PIDs in `skip` (listed but not read: the sampler
   * skips processes it already knows are outside the job, so a tick costs a read per job
   * process, not per process on the machine). Processes that vanish mid-read, or are not ours
   * (EACCES), are left out.
   */
  snapshot(skip) {
    const seen = /* @__PURE__ */ new Set();
    const result = [];
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
        ...fileBytes === null ? {} : { unsharedBytes: Math.max(0, rssBytes - fileBytes) },
        name: tracked.name
      });
    }
    for (const pid of this.tracked.keys()) if (!seen.has(pid)) this.forget(pid);
    this.lastListed = seen;
    return result;
  }
  /** PIDs listed by the last snapshot, read or skipped. */
  listed() {
    return this.lastListed;
  }
  /** Closes every kept descriptor. */
  close() {
    for (const pid of [...this.tracked.keys()]) this.forget(pid);
  }
  readStat(pid) {
    let tracked = this.tracked.get(pid);
    if (!tracked) {
      try {
        tracked = {
          fd: openSync(`${this.procRoot}/${pid}/stat`, "r"),
          statusFd: -1,
          startTime: -1,
          comm: "",
          codeStart: void 0,
          codeEnd: void 0,
          name: null
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
      this.forget(pid);
      return null;
    }
  }
  /** RssFile of the process in bytes (see `fileRssFromStatus`); null when unreadable. */
  readFileRss(pid, tracked) {
    const buffer = this.statusBuffer;
    try {
      if (tracked.statusFd < 0) tracked.statusFd = openSync(`${this.procRoot}/${pid}/status`, "r");
      const bytes = readSync(tracked.statusFd, buffer, 0, STATUS_BUFFER_BYTES, 0);
      return fileRssFromStatus(buffer.toString("latin1", 0, bytes));
    } catch {
      return null;
    }
  }
  /**
   * The executable name, never the arguments: /proc/PID/exe, else argv[0] of /proc/PID/cmdline,
   * else comm. comm comes last because Node 24 renames its main thread `MainThread`.
   */
  nameOf(pid, comm) {
    try {
      const name = nameFromExe(readlinkSync(`${this.procRoot}/${pid}/exe`));
      if (name) return name;
    } catch {
    }
    try {
      const name = nameFromCmdline(readFileSync2(`${this.procRoot}/${pid}/cmdline`, "latin1"));
      if (name) return name;
    } catch {
    }
    return comm;
  }
  forget(pid) {
    const tracked = this.tracked.get(pid);
    if (!tracked) return;
    this.tracked.delete(pid);
    for (const fd of [tracked.fd, tracked.statusFd])
      try {
        if (fd >= 0) closeSync(fd);
      } catch {
      }
  }
};
function jobProcesses(processes, rootPid, excludePid) {
  const children = /* @__PURE__ */ new Map();
  for (const process2 of processes) {
    const siblings = children.get(process2.ppid);
    if (siblings) siblings.push(process2);
    else children.set(process2.ppid, [process2]);
  }
  const result = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const parent = stack.pop();
    for (const child of children.get(parent) ?? []) {
      if (child.pid === excludePid || child.pid === rootPid) continue;
      result.push(child);
      stack.push(child.pid);
    }
  }
  return result;
}

// src/sampler/sampler.ts
var MEMINFO_BUFFER_BYTES = 4096;
function usedMemoryFromMeminfo(text) {
  const total = /^MemTotal:\s+(\d+) kB/m.exec(text)?.[1];
  const available = /^MemAvailable:\s+(\d+) kB/m.exec(text)?.[1];
  if (total === void 0 || available === void 0) return null;
  return (Number(total) - Number(available)) * KiB;
}
function procSource(procRoot, unshared) {
  const reader = new ProcReader({ ...procRoot === void 0 ? {} : { procRoot }, unshared });
  return {
    name: "proc",
    snapshot: (skip) => reader.snapshot(skip),
    listed: () => reader.listed(),
    close: () => reader.close()
  };
}
function meminfoReader(procRoot) {
  const buffer = Buffer.alloc(MEMINFO_BUFFER_BYTES);
  let fd = null;
  try {
    fd = openSync2(`${procRoot}/meminfo`, "r");
  } catch {
    fd = null;
  }
  return {
    usedBytes() {
      if (fd === null) return null;
      try {
        const bytes = readSync2(fd, buffer, 0, MEMINFO_BUFFER_BYTES, 0);
        return usedMemoryFromMeminfo(buffer.toString("latin1", 0, bytes));
      } catch {
        return null;
      }
    },
    close() {
      if (fd !== null) closeSync2(fd);
      fd = null;
    }
  };
}
function nextOutsiders(outsiders, listed, all, inJob, rootPid) {
  const next = /* @__PURE__ */ new Set();
  if (!listed) return next;
  for (const pid of outsiders) if (listed.has(pid)) next.add(pid);
  for (const process2 of all)
    if (!inJob.has(process2.pid) && process2.pid !== rootPid) next.add(process2.pid);
  return next;
}
function parentsFirst(job) {
  const byPid = new Map(job.map((process2) => [process2.pid, process2]));
  const depth = (process2) => {
    let level = 0;
    for (let parent = byPid.get(process2.ppid); parent && level < 1e3; parent = byPid.get(parent.ppid))
      level++;
    return level;
  };
  return [...job].sort((a, b) => depth(a) - depth(b));
}
function createSampler(options) {
  const reader = options.processSource ?? procSource(options.procRoot, options.unshared ?? false);
  const meminfo = meminfoReader(options.procRoot ?? "/proc");
  const ids = /* @__PURE__ */ new Map();
  let nextId = 1;
  let alive = /* @__PURE__ */ new Set();
  let outsiders = /* @__PURE__ */ new Set();
  options.write({
    k: "start",
    v: 1,
    t: options.clock(),
    wall: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    intervalMs: options.intervalMs,
    source: reader.name,
    rootPid: options.rootPid,
    samplerPid: options.samplerPid
  });
  const written = /* @__PURE__ */ new Map();
  const idOf = (process2, byPid, t) => {
    const key = `${process2.pid}:${process2.startTime}`;
    let id = ids.get(key);
    if (id === void 0) {
      id = nextId++;
      ids.set(key, id);
      const parent = byPid.get(process2.ppid);
      const parentId = parent ? ids.get(`${parent.pid}:${parent.startTime}`) ?? null : null;
      const line = {
        k: "proc",
        id,
        pid: process2.pid,
        parent: parentId,
        name: process2.name,
        t
      };
      written.set(id, line);
      options.write(line);
    } else {
      const last = written.get(id);
      if (last && last.name !== process2.name) {
        const renamed = { ...last, name: process2.name, t };
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
      const rootAlive = all.some((process2) => process2.pid === options.rootPid);
      const job = jobProcesses(all, options.rootPid, options.samplerPid);
      const inJob = new Set(job.map((process2) => process2.pid));
      outsiders = nextOutsiders(outsiders, reader.listed?.(), all, inJob, options.rootPid);
      const byPid = new Map(job.map((process2) => [process2.pid, process2]));
      const sample = [];
      const nowAlive = /* @__PURE__ */ new Set();
      for (const process2 of parentsFirst(job)) {
        const id = idOf(process2, byPid, t);
        nowAlive.add(id);
        sample.push(
          process2.unsharedBytes === void 0 ? [id, process2.rssBytes] : [id, process2.rssBytes, process2.unsharedBytes]
        );
      }
      for (const id of alive)
        if (!nowAlive.has(id)) {
          options.write({ k: "exit", id, t, signal: null });
          written.delete(id);
        }
      alive = nowAlive;
      const cgroup = options.cgroup?.memoryCgroupDir ? readCgroupMemoryNow(options.cgroup) : null;
      options.write({
        k: "s",
        t,
        sys: meminfo.usedBytes(),
        cg: cgroup?.usageBytes ?? null,
        oom: cgroup?.oomKills ?? null,
        psi: cgroup?.pressureSomeAvg10 ?? null,
        p: sample
      });
      return rootAlive;
    },
    close(reason) {
      options.write({ k: "stop", t: options.clock(), reason });
      reader.close();
      meminfo.close();
    }
  };
}

// src/sampler/spawn.ts
import { execFileSync as execFileSync2, spawn } from "node:child_process";
import { closeSync as closeSync3, existsSync, mkdirSync, openSync as openSync3, readFileSync as readFileSync3, readlinkSync as readlinkSync2 } from "node:fs";

// src/sampler/types.ts
var SAMPLER_MAX_LIFETIME_MS = (6 * 60 + 10) * 6e4;

// src/sampler/spawn.ts
var runCommand = (file, args) => execFileSync2(file, args, {
  encoding: "utf8",
  timeout: 1e4,
  maxBuffer: 1024 * 1024,
  windowsHide: true,
  stdio: ["ignore", "pipe", "ignore"],
  env: { ...process.env, LC_ALL: "C" }
});
function readProcessStatus(pid, options = {}) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const platform = options.platform ?? process.platform;
  const procRoot = options.procRoot ?? "/proc";
  if (platform === "linux" && (options.procRoot !== void 0 || existsSync("/proc/self/stat")))
    return linuxStatus(pid, procRoot);
  const run = options.run ?? runCommand;
  if (platform === "darwin") {
    try {
      return parseMacIdentity(
        pid,
        run("ps", ["-o", "stat=", "-o", "lstart=", "-o", "comm=", "-p", String(pid)])
      );
    } catch {
      return existsByPid(pid);
    }
  }
  if (platform === "win32") {
    try {
      return parseWindowsIdentity(
        pid,
        run("powershell.exe", [
          "-NoProfile",
          "-NonInteractive",
          "-Command",
          `$p = Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}'; if ($p) { '{0},{1}' -f $p.CreationDate.ToFileTimeUtc(), $p.Name }`
        ])
      );
    } catch {
      return existsByPid(pid);
    }
  }
  return existsByPid(pid);
}
function linuxStatus(pid, procRoot) {
  let stat;
  try {
    stat = readFileSync3(`${procRoot}/${pid}/stat`, "latin1");
  } catch {
    return null;
  }
  const close = stat.lastIndexOf(")");
  const fields = close < 0 ? [] : stat.slice(close + 2).split(" ");
  const state = fields[0] ?? "";
  const startTime = /^\d+$/.test(fields[19] ?? "") ? fields[19] : null;
  return {
    identity: { pid, startTime, exe: linuxExe(pid, procRoot) },
    zombie: state === "Z" || state === "X"
  };
}
function linuxExe(pid, procRoot) {
  try {
    const name = nameFromExe(readlinkSync2(`${procRoot}/${pid}/exe`));
    if (name) return name;
  } catch {
  }
  try {
    const name = nameFromCmdline(readFileSync3(`${procRoot}/${pid}/cmdline`, "latin1"));
    if (name) return name;
  } catch {
  }
  return null;
}
function parseMacIdentity(pid, text) {
  const match = /^\s*(\S+)\s+([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\s+(.+?)\s*$/m.exec(
    text
  );
  if (!match) return null;
  const [, state = "", start = "", command = ""] = match;
  return {
    identity: { pid, startTime: start.replace(/ +/g, " "), exe: nameFromExe(command) || null },
    zombie: state.startsWith("Z")
  };
}
function parseWindowsIdentity(pid, text) {
  const match = /^(\d+),(.+)$/m.exec(text.trim());
  if (!match) return null;
  return {
    identity: { pid, startTime: match[1], exe: match[2].trim() || null },
    zombie: false
  };
}
function existsByPid(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return null;
  }
  return { identity: { pid, startTime: null, exe: null }, zombie: false };
}

// src/sampler/main.ts
var MAX_TIMER_MS = 2147483647;
var OWNER_IDENTITY_CHECK_MS = 3e4;
function parseSamplerArguments(args) {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      "root-pid": { type: "string" },
      "interval-ms": { type: "string", default: "500" },
      "cgroup-dir": { type: "string" },
      "cgroup-version": { type: "string", default: "2" },
      "root-start-time": { type: "string" },
      "max-lifetime-ms": { type: "string", default: String(SAMPLER_MAX_LIFETIME_MS) }
    },
    strict: true
  });
  const rootPid = Number(values["root-pid"]);
  const intervalMs = Number(values["interval-ms"]);
  const maxLifetimeMs = Number(values["max-lifetime-ms"]);
  if (!values.out || !Number.isInteger(rootPid) || rootPid <= 0 || !(intervalMs >= 100) || !Number.isInteger(maxLifetimeMs) || maxLifetimeMs <= 0) {
    throw new Error(
      "usage: sampler --out FILE --root-pid PID [--root-start-time TOKEN] [--interval-ms MS] [--max-lifetime-ms MS] [--cgroup-dir DIR --cgroup-version 1|2]"
    );
  }
  return {
    out: values.out,
    rootPid,
    intervalMs,
    cgroupDir: values["cgroup-dir"] ?? null,
    cgroupVersion: values["cgroup-version"] === "1" ? 1 : 2,
    rootStartTime: values["root-start-time"] || null,
    maxLifetimeMs
  };
}
function monotonicMs() {
  return Number(process.hrtime.bigint() / 1000000n);
}
function ownerWatch(owner, options = {}) {
  const read = options.read ?? ((pid) => readProcessStatus(pid));
  const exists = options.exists ?? pidExists;
  const every = options.identityEveryMs ?? 0;
  const clock = options.clock ?? monotonicMs;
  let lastFull = Number.NEGATIVE_INFINITY;
  return () => {
    if (every > 0 && clock() - lastFull < every) return exists(owner.pid) ? "alive" : "exited";
    lastFull = clock();
    const status = read(owner.pid);
    if (!status || status.zombie) return "exited";
    if (owner.startTime !== null && status.identity.startTime !== owner.startTime) {
      return status.identity.startTime === null ? "alive" : "replaced";
    }
    return "alive";
  };
}
function pidExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function runSampler(args, identityOptions = {}) {
  const options = parseSamplerArguments(args);
  const startedAt = monotonicMs();
  const fd = openSync4(options.out, "a");
  const write = (line) => void writeSync(fd, `${JSON.stringify(line)}
`);
  const platform = identityOptions.platform ?? process.platform;
  const source = platform === "linux" ? null : listingSource(platform);
  const intervalMs = source ? Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS) : options.intervalMs;
  const sampler = createSampler({
    rootPid: options.rootPid,
    samplerPid: process.pid,
    intervalMs,
    ...source ? { processSource: source } : {},
    cgroup: options.cgroupDir ? { memoryCgroupDir: options.cgroupDir, version: options.cgroupVersion } : null,
    clock: monotonicMs,
    write
  });
  const readStatus = (pid) => readProcessStatus(pid, identityOptions);
  const owner = {
    pid: options.rootPid,
    // Without one from the step that started it, the start time now (the root is its reason to run).
    startTime: options.rootStartTime ?? readStatus(options.rootPid)?.identity.startTime ?? null,
    exe: null
  };
  const ownerState = ownerWatch(owner, {
    read: readStatus,
    identityEveryMs: platform === "linux" ? 0 : OWNER_IDENTITY_CHECK_MS
  });
  let stopped = false;
  const stop = (reason) => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    clearTimeout(lifetime);
    sampler.close(reason);
    closeSync4(fd);
    process.exit(0);
  };
  const tick = () => {
    try {
      const state = ownerState();
      if (state !== "alive") return stop(state === "replaced" ? "root-replaced" : "root-exited");
      if (monotonicMs() - startedAt >= options.maxLifetimeMs) return stop("max-lifetime");
      if (!sampler.tick()) stop("root-exited");
    } catch (error) {
      process.stderr.write(
        `sample failed: ${error instanceof Error ? error.message : String(error)}
`
      );
    }
  };
  const timer = setInterval(tick, intervalMs);
  const lifetime = options.maxLifetimeMs <= MAX_TIMER_MS ? setTimeout(() => stop("max-lifetime"), options.maxLifetimeMs) : void 0;
  process.on("SIGTERM", () => stop("sigterm"));
  process.on("SIGINT", () => stop("sigint"));
  tick();
}

// src/entry/sampler.ts
runSampler(process.argv.slice(2));
