/**
 * The detached sampler process: appends one line per event to the samples file until SIGTERM,
 * or until the job's root process is gone. Kept light: /proc reads only, no dependencies.
 *
 * It never outlives its job, even when the post step that should stop it never runs (its state
 * lost, the job state unreadable, the job cancelled): it watches its owner, the root process it
 * samples (the runner worker, which exits when the job ends), and stops when that process is
 * gone, a zombie, or replaced by a later process under the same PID (its start time differs);
 * and it stops by itself after `--max-lifetime-ms` whatever happens.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FALLBACK_MIN_INTERVAL_MS, listingSource } from './fallback.js';
import { createSampler, type Sampler } from './sampler.js';
import { readProcessStatus, type IdentityOptions, type ProcessStatus } from './spawn.js';
import { SAMPLER_MAX_LIFETIME_MS, type ProcessIdentity, type SamplerLine } from './types.js';

export interface SamplerArguments {
  out: string;
  rootPid: number;
  intervalMs: number;
  cgroupDir: string | null;
  cgroupVersion: 1 | 2;
  /** The root's start time as `readProcessStatus` reads it; null: read at start. */
  rootStartTime: string | null;
  /** Stop by itself after this long, whatever happens (6 h 10 min by default). */
  maxLifetimeMs: number;
}

/** setTimeout's largest delay (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;
/** Where the owner's identity costs a listing command (macOS, Windows), how often it is read. */
export const OWNER_IDENTITY_CHECK_MS = 30_000;

export function parseSamplerArguments(args: string[]): SamplerArguments {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      'root-pid': { type: 'string' },
      'interval-ms': { type: 'string', default: '500' },
      'cgroup-dir': { type: 'string' },
      'cgroup-version': { type: 'string', default: '2' },
      'root-start-time': { type: 'string' },
      'max-lifetime-ms': { type: 'string', default: String(SAMPLER_MAX_LIFETIME_MS) },
    },
    strict: true,
  });
  const rootPid = Number(values['root-pid']);
  const intervalMs = Number(values['interval-ms']);
  const maxLifetimeMs = Number(values['max-lifetime-ms']);
  if (
    !values.out ||
    !Number.isInteger(rootPid) ||
    rootPid <= 0 ||
    !(intervalMs >= 100) ||
    !Number.isInteger(maxLifetimeMs) ||
    maxLifetimeMs <= 0
  ) {
    throw new Error(
      'usage: sampler --out FILE --root-pid PID [--root-start-time TOKEN] [--interval-ms MS] [--max-lifetime-ms MS] [--cgroup-dir DIR --cgroup-version 1|2]',
    );
  }
  return {
    out: values.out,
    rootPid,
    intervalMs,
    cgroupDir: values['cgroup-dir'] ?? null,
    cgroupVersion: values['cgroup-version'] === '1' ? 1 : 2,
    rootStartTime: values['root-start-time'] || null,
    maxLifetimeMs,
  };
}

export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

export type OwnerState = 'alive' | 'exited' | 'replaced';

/**
 * Watches the owner: `exited` when its PID is gone or a zombie, `replaced` when a process that
 * started at another time holds its PID. Cheap on Linux (one /proc read per check); where a check
 * costs a listing command, the PID's existence is checked every time (by `exists`) and the start
 * time only every `identityEveryMs`.
 */
export function ownerWatch(
  owner: ProcessIdentity,
  options: {
    read?: (pid: number) => ProcessStatus | null;
    exists?: (pid: number) => boolean;
    /** 0: read the full status on every check (Linux). */
    identityEveryMs?: number;
    clock?: () => number;
  } = {},
): () => OwnerState {
  const read = options.read ?? ((pid: number) => readProcessStatus(pid));
  const exists = options.exists ?? pidExists;
  const every = options.identityEveryMs ?? 0;
  const clock = options.clock ?? monotonicMs;
  let lastFull = Number.NEGATIVE_INFINITY;
  return () => {
    if (every > 0 && clock() - lastFull < every) return exists(owner.pid) ? 'alive' : 'exited';
    lastFull = clock();
    const status = read(owner.pid);
    if (!status || status.zombie) return 'exited';
    if (owner.startTime !== null && status.identity.startTime !== owner.startTime) {
      // Unreadable now (a listing that failed) is not proof of a new process: keep watching.
      return status.identity.startTime === null ? 'alive' : 'replaced';
    }
    return 'alive';
  };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function runSampler(args: string[], identityOptions: IdentityOptions = {}): void {
  const options = parseSamplerArguments(args);
  const startedAt = monotonicMs();
  const fd = openSync(options.out, 'a');
  // One write per line: a crash loses at most the line being written.
  const write = (line: SamplerLine): void => void writeSync(fd, `${JSON.stringify(line)}\n`);
  const platform = identityOptions.platform ?? process.platform;
  const source = platform === 'linux' ? null : listingSource(platform);
  const intervalMs = source
    ? Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS)
    : options.intervalMs;
  const sampler: Sampler = createSampler({
    rootPid: options.rootPid,
    samplerPid: process.pid,
    intervalMs,
    ...(source ? { processSource: source } : {}),
    cgroup: options.cgroupDir
      ? { memoryCgroupDir: options.cgroupDir, version: options.cgroupVersion }
      : null,
    clock: monotonicMs,
    write,
  });
  const readStatus = (pid: number): ProcessStatus | null => readProcessStatus(pid, identityOptions);
  const owner: ProcessIdentity = {
    pid: options.rootPid,
    // Without one from the step that started it, the start time now (the root is its reason to run).
    startTime: options.rootStartTime ?? readStatus(options.rootPid)?.identity.startTime ?? null,
    exe: null,
  };
  const ownerState = ownerWatch(owner, {
    read: readStatus,
    identityEveryMs: platform === 'linux' ? 0 : OWNER_IDENTITY_CHECK_MS,
  });

  let stopped = false;
  const stop = (reason: string): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    clearTimeout(lifetime);
    sampler.close(reason);
    closeSync(fd);
    process.exit(0);
  };
  const tick = (): void => {
    try {
      const state = ownerState();
      if (state !== 'alive') return stop(state === 'replaced' ? 'root-replaced' : 'root-exited');
      if (monotonicMs() - startedAt >= options.maxLifetimeMs) return stop('max-lifetime');
      if (!sampler.tick()) stop('root-exited');
    } catch (error) {
      // A failed tick (e.g. /proc briefly unreadable) is skipped; the next may succeed.
      process.stderr.write(
        `sample failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  };
  const timer = setInterval(tick, intervalMs);
  // Beyond setTimeout's range the ticks alone enforce the lifetime.
  const lifetime =
    options.maxLifetimeMs <= MAX_TIMER_MS
      ? setTimeout(() => stop('max-lifetime'), options.maxLifetimeMs)
      : undefined;
  process.on('SIGTERM', () => stop('sigterm'));
  process.on('SIGINT', () => stop('sigint'));
  tick();
}
