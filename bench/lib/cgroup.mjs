// Runs a command inside a fresh cgroup v1 memory limit (needs root on a v1 memory hierarchy).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

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

/** Runs argv inside a fresh v1 memory cgroup with `limitBytes`; returns wall, exit and OOM kills. */
export function inCgroup(limitBytes, argv, env = process.env) {
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
      { encoding: 'utf8', timeout: 120_000, env },
    );
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const oomKills = Number(
      /oom_kill (\d+)/.exec(readFileSync(`${cgroup}/memory.oom_control`, 'utf8'))?.[1] ?? 0,
    );
    return { wallMs, status: result.status, stdout: result.stdout, oomKills };
  } finally {
    // The cgroup can only go once its last process has: retry for up to ~5 s (50 × 0.1 s).
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        rmdirSync(cgroup);
        break;
      } catch {
        spawnSync('sleep', ['0.1']);
      }
    }
  }
}
