// Runs a command inside a fresh cgroup v1 memory limit (needs root on a v1 memory hierarchy), and
// CPU quotas in the v1 cpu hierarchy (benchmark 8).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

/** Default time a command may take inside the limit before it is stopped. */
const TIMEOUT_MS = 120_000;

export const V1_MEMORY = '/sys/fs/cgroup/memory';

export function canUseCgroups() {
  try {
    return (
      existsSync(`${V1_MEMORY}/memory.limit_in_bytes`) &&
      spawnSync('test', ['-w', V1_MEMORY]).status === 0
    );
  } catch {
    return false;
  }
}

/**
 * Runs argv inside a fresh v1 memory cgroup with `limitBytes`; returns wall, exit and OOM kills.
 * `timeoutMs` (default 120 s) stops a command that runs too long (`timedOut`).
 */
export function inCgroup(limitBytes, argv, env = process.env, { timeoutMs = TIMEOUT_MS } = {}) {
  const cgroup = `${V1_MEMORY}/rp-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  mkdirSync(cgroup);
  try {
    writeFileSync(`${cgroup}/memory.limit_in_bytes`, String(limitBytes));
    // No swap: an over-limit job must be OOM-killed, not slowed down by swapping.
    try {
      writeFileSync(`${cgroup}/memory.swappiness`, '0');
    } catch {
      // Not writable on every kernel.
    }
    const started = process.hrtime.bigint();
    const result = spawnSync(
      'sh',
      ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec "$@"`, 'sh', ...argv],
      // A test suite's output can be large; the buffer only has to hold it, not be read.
      { encoding: 'utf8', timeout: timeoutMs, env, maxBuffer: 256 * 1024 * 1024 },
    );
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const oomKills = Number(
      /oom_kill (\d+)/.exec(readFileSync(`${cgroup}/memory.oom_control`, 'utf8'))?.[1] ?? 0,
    );
    const timedOut = result.error?.code === 'ETIMEDOUT';
    return {
      wallMs,
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      oomKills,
      timedOut,
    };
  } finally {
    removeCgroup(cgroup);
  }
}

/**
 * Removes a cgroup this process made for one command. Processes the command left behind (e.g.
 * workers of a command stopped by the timeout) are ours, in our own cgroup: they are stopped so
 * the cgroup can go, which it can only once its last process has: retried for up to ~5 s
 * (50 × 0.1 s).
 */
function removeCgroup(cgroup) {
  killLeftovers(cgroup);
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmdirSync(cgroup);
      return;
    } catch {
      spawnSync('sleep', ['0.1']);
    }
  }
}

/** SIGKILLs every process still in `cgroup` (ours: the cgroup was made for one command). */
function killLeftovers(cgroup) {
  let pids = [];
  try {
    pids = readFileSync(`${cgroup}/cgroup.procs`, 'utf8').split('\n').filter(Boolean);
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export const V1_CPU = '/sys/fs/cgroup/cpu';

/** A writable cgroup v1 cpu hierarchy with CFS quotas (root). */
export function canUseCpuQuota() {
  return existsSync(`${V1_CPU}/cpu.cfs_quota_us`) && spawnSync('test', ['-w', V1_CPU]).status === 0;
}

/**
 * A fresh v1 cpu cgroup whose CFS quota is `cpus` CPUs per period (the kernel's bandwidth
 * control, as a container's `--cpus`): `wrap(argv)` runs argv inside it, `remove()` deletes it
 * once its processes have gone.
 */
export function cpuQuota(cpus) {
  const cgroup = `${V1_CPU}/rp-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  mkdirSync(cgroup);
  const periodUs = Number(readFileSync(`${cgroup}/cpu.cfs_period_us`, 'utf8'));
  writeFileSync(`${cgroup}/cpu.cfs_quota_us`, String(Math.round(cpus * periodUs)));
  return {
    wrap: (argv) => ['sh', '-c', `echo $$ > ${cgroup}/cgroup.procs && exec "$@"`, 'sh', ...argv],
    remove: () => removeCgroup(cgroup),
  };
}
