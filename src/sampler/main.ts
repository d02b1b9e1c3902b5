/**
 * The detached sampler process: appends one line per event to the samples file until SIGTERM,
 * or until the job's root process is gone. Kept light: /proc reads only, no dependencies.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FALLBACK_MIN_INTERVAL_MS, listingSource } from './fallback.js';
import { createSampler, type Sampler } from './sampler.js';
import type { SamplerLine } from './types.js';

export interface SamplerArguments {
  out: string;
  rootPid: number;
  intervalMs: number;
  cgroupDir: string | null;
  cgroupVersion: 1 | 2;
}

export function parseSamplerArguments(args: string[]): SamplerArguments {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      'root-pid': { type: 'string' },
      'interval-ms': { type: 'string', default: '500' },
      'cgroup-dir': { type: 'string' },
      'cgroup-version': { type: 'string', default: '2' },
    },
    strict: true,
  });
  const rootPid = Number(values['root-pid']);
  const intervalMs = Number(values['interval-ms']);
  if (!values.out || !Number.isInteger(rootPid) || rootPid <= 0 || !(intervalMs >= 100)) {
    throw new Error(
      'usage: sampler --out FILE --root-pid PID [--interval-ms MS] [--cgroup-dir DIR --cgroup-version 1|2]',
    );
  }
  return {
    out: values.out,
    rootPid,
    intervalMs,
    cgroupDir: values['cgroup-dir'] ?? null,
    cgroupVersion: values['cgroup-version'] === '1' ? 1 : 2,
  };
}

export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

export function runSampler(args: string[]): void {
  const options = parseSamplerArguments(args);
  const fd = openSync(options.out, 'a');
  // One write per line: a crash loses at most the line being written.
  const write = (line: SamplerLine): void => void writeSync(fd, `${JSON.stringify(line)}\n`);
  const source = process.platform === 'linux' ? null : listingSource(process.platform);
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

  let stopped = false;
  const stop = (reason: string): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    sampler.close(reason);
    closeSync(fd);
    process.exit(0);
  };
  const tick = (): void => {
    try {
      if (!sampler.tick()) stop('root-exited');
    } catch (error) {
      // A failed tick (e.g. /proc briefly unreadable) is skipped; the next may succeed.
      process.stderr.write(
        `sample failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  };
  const timer = setInterval(tick, intervalMs);
  process.on('SIGTERM', () => stop('sigterm'));
  process.on('SIGINT', () => stop('sigint'));
  tick();
}
