/**
 * Real cgroup v1 memory limits for tests that need one (root on a v1 or hybrid host). Each call
 * makes a fresh cgroup, moves a shell into it that then becomes the command, and removes it.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';

export const V1_MEMORY = '/sys/fs/cgroup/memory';

export function cgroupV1Writable(): boolean {
  try {
    accessSync(V1_MEMORY, constants.W_OK);
    return existsSync(`${V1_MEMORY}/memory.limit_in_bytes`);
  } catch {
    return false;
  }
}

export interface CgroupRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** OOM kills inside the cgroup (memory.oom_control). */
  oomKills: number;
  /** The cgroup's largest charge (bytes). */
  maxUsageBytes: number;
}

export function runInCgroup(
  limitBytes: number,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): CgroupRun {
  const cgroup = `${V1_MEMORY}/rp-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  mkdirSync(cgroup);
  try {
    writeFileSync(`${cgroup}/memory.limit_in_bytes`, String(limitBytes));
    try {
      // No swap: a job over the limit must be OOM-killed, not slowed down.
      writeFileSync(`${cgroup}/memory.swappiness`, '0');
    } catch {
      // Not writable on every kernel.
    }
    const result = spawnSync(
      'sh',
      ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec "$@"`, 'sh', ...argv],
      {
        encoding: 'utf8',
        env,
        timeout: 120_000,
      },
    );
    const oomKills = Number(
      /oom_kill (\d+)/.exec(readFileSync(`${cgroup}/memory.oom_control`, 'utf8'))?.[1] ?? 0,
    );
    const maxUsageBytes = Number(readFileSync(`${cgroup}/memory.max_usage_in_bytes`, 'utf8'));
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      oomKills,
      maxUsageBytes,
    };
  } finally {
    // The kernel frees the cgroup a moment after its last process exits.
    for (let attempt = 0; attempt < 50 && existsSync(cgroup); attempt++) {
      try {
        rmdirSync(cgroup);
      } catch {
        spawnSync('sleep', ['0.1']);
      }
    }
  }
}
