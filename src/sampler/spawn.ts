/**
 * Starting and stopping the detached sampler from the action's steps (as the runner treats
 * background processes, actions/runner): spawned
 * detached with its output in files (a child holding the step's pipes would make the runner wait
 * and then kill it), unref()'d so the step can exit, and with the environment kept so the runner
 * can still find it by RUNNER_TRACKING_ID at job end. Post stops it by PID.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import type { CgroupLimits } from '../probe/types.js';
import { FALLBACK_MIN_INTERVAL_MS } from './fallback.js';
import { samplerFiles, type SamplerHandle } from './types.js';

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
  ];
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
    const child = spawn(process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
      detached: true,
      stdio: ['ignore', log, log],
      env: process.env,
      windowsHide: true,
    });
    child.unref();
    if (child.pid === undefined) throw new Error('the sampler process did not start');
    return {
      pid: child.pid,
      samplesFile,
      logFile,
      source: platform === 'linux' ? 'proc' : platform === 'win32' ? 'tasklist' : 'ps',
      intervalMs:
        platform === 'linux'
          ? options.intervalMs
          : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
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

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, wait up to `timeoutMs`, then SIGKILL, and confirm it is gone. */
export async function stopSampler(
  pid: number,
  timeoutMs = 3000,
): Promise<'stopped' | 'killed' | 'not-running'> {
  if (!alive(pid)) return 'not-running';
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'not-running';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return 'stopped';
    await sleep(25);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'stopped';
  }
  for (let i = 0; i < 40 && alive(pid); i++) await sleep(25);
  return 'killed';
}
