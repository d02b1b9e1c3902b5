/**
 * Starting and stopping the detached sampler from the action's steps (as the runner treats
 * background processes, actions/runner): spawned
 * detached with its output in files (a child holding the step's pipes would make the runner wait
 * and then kill it), unref()'d so the step can exit, and with the environment kept so the runner
 * can still find it by RUNNER_TRACKING_ID at job end.
 *
 * Post stops it by its identity, never by a bare PID: the system reuses PIDs, so a sampler that
 * crashed (or a job state naming another PID) must not turn into a signal to an unrelated
 * process. The identity (PID, start time, executable) is read when the sampler starts and again
 * before every signal; a process that does not match is not signalled. How well a process can be
 * identified depends on the system (see `readProcessStatus`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync } from 'node:fs';
import type { CgroupLimits } from '../probe/types.js';
import { FALLBACK_MIN_INTERVAL_MS } from './fallback.js';
import { nameFromCmdline, nameFromExe } from './proc-reader.js';
import {
  SAMPLER_MAX_LIFETIME_MS,
  samplerFiles,
  type ProcessIdentity,
  type SamplerHandle,
} from './types.js';

/** V8 flags for the sampler process: 1 MiB semi-spaces, 64 MiB old space. */
export const SAMPLER_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=64'];

export interface SpawnSamplerOptions {
  /** Path of dist/sampler/index.js. */
  script: string;
  rootPid: number;
  intervalMs: number;
  /** Where the samples and log files go. */
  directory: string;
  cgroup: CgroupLimits | null;
  platform?: string;
  /** The sampler's hard maximum lifetime; SAMPLER_MAX_LIFETIME_MS (6 h 10 min) by default. */
  maxLifetimeMs?: number;
  /** The Node executable that runs the sampler; this process's own (`process.execPath`) by default. */
  nodePath?: string;
}

export function spawnSampler(options: SpawnSamplerOptions): SamplerHandle {
  mkdirSync(options.directory, { recursive: true });
  const { samplesFile, logFile } = samplerFiles(options.directory);
  const platform = options.platform ?? process.platform;
  const args = [
    options.script,
    '--out',
    samplesFile,
    '--root-pid',
    String(options.rootPid),
    '--interval-ms',
    String(options.intervalMs),
    '--max-lifetime-ms',
    String(options.maxLifetimeMs ?? SAMPLER_MAX_LIFETIME_MS),
  ];
  // The root (the runner worker, this step's parent) is certainly alive now: its start time lets
  // the sampler tell it from a later process that reuses its PID. On Windows, where reading it
  // starts PowerShell, the sampler reads it itself, off this step's critical path.
  const owner = platform === 'win32' ? null : readProcessIdentity(options.rootPid, { platform });
  if (owner?.startTime) args.push('--root-start-time', owner.startTime);
  if (options.cgroup?.memoryCgroupDir) {
    args.push(
      '--cgroup-dir',
      options.cgroup.memoryCgroupDir,
      '--cgroup-version',
      String(options.cgroup.version),
    );
  }
  const log = openSync(logFile, 'a');
  try {
    // A small young generation and heap cap keep the sampler's own RSS low; it holds little.
    const child = spawn(options.nodePath ?? process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
      detached: true,
      stdio: ['ignore', log, log],
      env: process.env,
      windowsHide: true,
    });
    // A start that fails for want of processes, files or access (EAGAIN under a pids limit,
    // EMFILE, ENOENT, EACCES) is reported by Node as an 'error' event on the next tick, not thrown
    // (child_process.spawn); with no listener it would end the step with exit status 1. The
    // missing PID below already tells the caller, which warns and plans without recording.
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Error('the sampler process did not start');
    // Read at once: the child is not reaped before this step's event loop runs, so even one that
    // crashed at start still has its /proc entry. Its start time does not change at exec. (On
    // Windows this costs one PowerShell start, about half a second.)
    const identity = readProcessIdentity(child.pid, { platform }) ?? {
      pid: child.pid,
      startTime: null,
      exe: null,
    };
    return {
      pid: child.pid,
      samplesFile,
      logFile,
      source: platform === 'linux' ? 'proc' : platform === 'win32' ? 'tasklist' : 'ps',
      intervalMs:
        platform === 'linux'
          ? options.intervalMs
          : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
      identity,
    };
  } finally {
    closeSync(log);
  }
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A killed sampler reparented to an init that has not reaped it yet still answers signal 0.
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch (error) {
    // Gone between the two checks; or no /proc at all (macOS, Windows), where signal 0 is all there is.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync('/proc/self/stat');
  }
}

export interface IdentityOptions {
  platform?: string;
  /** Linux only; `/proc` by default. */
  procRoot?: string;
  /** Runs a listing command (macOS `ps`, Windows PowerShell); throws when it fails. */
  run?: (file: string, args: string[]) => string;
}

/** What a process is now: its identity, and whether it already exited (a zombie). */
export interface ProcessStatus {
  identity: ProcessIdentity;
  /** Exited but not yet reaped by its parent: it is gone in all but its PID. */
  zombie: boolean;
}

const runCommand = (file: string, args: string[]): string =>
  execFileSync(file, args, {
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 1024 * 1024,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, LC_ALL: 'C' },
  });

/**
 * The process's status now; null when there is no such process. The best identity each system
 * offers:
 * - Linux: start time from /proc/PID/stat (field 22, clock ticks since boot, unique with the PID)
 *   and the executable's basename from /proc/PID/exe (else argv[0] of /proc/PID/cmdline);
 * - macOS: `ps -o stat=,lstart=,comm=` (a start time to the second, the executable);
 * - Windows: the creation time (100 ns) and image name from Win32_Process, through PowerShell;
 * - elsewhere, or when the listing fails: whether the PID exists (signal 0), with no start time
 *   and no executable, so only the PID can be compared.
 */
export function readProcessStatus(
  pid: number,
  options: IdentityOptions = {},
): ProcessStatus | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const platform = options.platform ?? process.platform;
  const procRoot = options.procRoot ?? '/proc';
  if (platform === 'linux' && (options.procRoot !== undefined || existsSync('/proc/self/stat')))
    return linuxStatus(pid, procRoot);
  const run = options.run ?? runCommand;
  if (platform === 'darwin') {
    try {
      return parseMacIdentity(
        pid,
        run('ps', ['-o', 'stat=', '-o', 'lstart=', '-o', 'comm=', '-p', String(pid)]),
      );
    } catch {
      // `ps -p` exits 1 when there is no such process; anything else falls back to signal 0.
      return existsByPid(pid);
    }
  }
  if (platform === 'win32') {
    try {
      return parseWindowsIdentity(
        pid,
        run('powershell.exe', [
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          `$p = Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}'; if ($p) { '{0},{1}' -f $p.CreationDate.ToFileTimeUtc(), $p.Name }`,
        ]),
      );
    } catch {
      return existsByPid(pid);
    }
  }
  return existsByPid(pid);
}

/** The identity of a live process (a zombie counts as gone); null when there is none. */
export function readProcessIdentity(
  pid: number,
  options: IdentityOptions = {},
): ProcessIdentity | null {
  const status = readProcessStatus(pid, options);
  return status && !status.zombie ? status.identity : null;
}

/**
 * Whether `now` is the process `recorded` was read from: the same PID, and every field recorded
 * (non-null) reads the same now. A field that was recorded but cannot be read now does not match.
 */
export function sameProcess(recorded: ProcessIdentity, now: ProcessIdentity | null): boolean {
  if (!now || now.pid !== recorded.pid) return false;
  if (recorded.startTime !== null && now.startTime !== recorded.startTime) return false;
  if (recorded.exe !== null && now.exe !== recorded.exe) return false;
  return true;
}

function linuxStatus(pid: number, procRoot: string): ProcessStatus | null {
  let stat: string;
  try {
    stat = readFileSync(`${procRoot}/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  const close = stat.lastIndexOf(')');
  const fields = close < 0 ? [] : stat.slice(close + 2).split(' ');
  // After the command name: field 3 (state) is fields[0], field 22 (starttime) fields[19].
  const state = fields[0] ?? '';
  const startTime = /^\d+$/.test(fields[19] ?? '') ? (fields[19] as string) : null;
  return {
    identity: { pid, startTime, exe: linuxExe(pid, procRoot) },
    zombie: state === 'Z' || state === 'X',
  };
}

function linuxExe(pid: number, procRoot: string): string | null {
  try {
    const name = nameFromExe(readlinkSync(`${procRoot}/${pid}/exe`));
    if (name) return name;
  } catch {
    // Another user's process (EACCES), a zombie or a kernel thread (ENOENT).
  }
  try {
    const name = nameFromCmdline(readFileSync(`${procRoot}/${pid}/cmdline`, 'latin1'));
    if (name) return name;
  } catch {
    // Gone already.
  }
  return null;
}

/** `ps -o stat=,lstart=,comm= -p PID` (LC_ALL=C): `Ss   Tue Nov 24 10:00:01 2026     /path/node`. */
export function parseMacIdentity(pid: number, text: string): ProcessStatus | null {
  const match =
    /^\s*(\S+)\s+([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\s+(.+?)\s*$/m.exec(
      text,
    );
  if (!match) return null;
  const [, state = '', start = '', command = ''] = match;
  return {
    identity: { pid, startTime: start.replace(/ +/g, ' '), exe: nameFromExe(command) || null },
    zombie: state.startsWith('Z'),
  };
}

/** `<creation FILETIME>,<image name>` from the PowerShell query; empty when there is no process. */
export function parseWindowsIdentity(pid: number, text: string): ProcessStatus | null {
  const match = /^(\d+),(.+)$/m.exec(text.trim());
  if (!match) return null;
  return {
    identity: { pid, startTime: match[1] as string, exe: (match[2] as string).trim() || null },
    zombie: false,
  };
}

function existsByPid(pid: number): ProcessStatus | null {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { identity: { pid, startTime: null, exe: null }, zombie: false };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export type StopOutcome = 'stopped' | 'killed' | 'not-running' | 'not-ours';

/**
 * Stops the sampler `identity` names: checks that the process holding its PID is the sampler
 * (see `sameProcess`), SIGTERM, wait up to `timeoutMs`, check again, then SIGKILL. Never signals
 * a process that does not match: `not-ours` when the PID belongs to another process.
 */
export async function stopSampler(
  identity: ProcessIdentity,
  timeoutMs = 3000,
  options: IdentityOptions = {},
): Promise<StopOutcome> {
  const check = (): 'ours' | 'gone' | 'other' => {
    const status = readProcessStatus(identity.pid, options);
    if (!status || status.zombie) return 'gone';
    return sameProcess(identity, status.identity) ? 'ours' : 'other';
  };
  const first = check();
  if (first === 'gone') return 'not-running';
  if (first === 'other') return 'not-ours';
  try {
    process.kill(identity.pid, 'SIGTERM');
  } catch {
    return 'not-running';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(identity.pid)) return 'stopped';
    await sleep(25);
  }
  // It may have exited and its PID been taken since: check again before the harder signal.
  if (check() !== 'ours') return 'stopped';
  try {
    process.kill(identity.pid, 'SIGKILL');
  } catch {
    return 'stopped';
  }
  for (let i = 0; i < 40 && alive(identity.pid); i++) await sleep(25);
  return 'killed';
}
