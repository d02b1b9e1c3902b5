/**
 * The `host` and `run` parts of a run profile, from the probe's capacity and the run context.
 * Pure; shared by the action's main step and the CLI's `run`.
 */
import type { Capacity } from '../probe/types.js';
import type { RunContext } from '../runner/context.js';
import type { ProfileHost, ProfileRun, ShardRef } from './types.js';

export function profileHost(capacity: Capacity): ProfileHost {
  return {
    os: capacity.os,
    arch: capacity.arch,
    logicalCpus: capacity.logicalCpus,
    cpus: capacity.cpus,
    memoryTotalBytes: capacity.hostMemoryTotalBytes,
    memoryLimitBytes: capacity.memoryLimitBytes,
    cgroupMemoryLimitBytes: capacity.cgroup?.memoryLimitBytes ?? null,
    cgroupVersion: capacity.cgroup?.version ?? null,
  };
}

/**
 * Whether two runs ran the same part of the work: the same shard of a split of the same size, or
 * both the whole (no shard, or shard 1 of 1). A shard measures part of the suite: compared with
 * the whole, or with another split's shard, it would read as a large change that is not one.
 */
export function sameShard(a: ShardRef | null, b: ShardRef | null): boolean {
  const whole = (shard: ShardRef | null): boolean => shard === null || shard.total === 1;
  if (whole(a) || whole(b)) return whole(a) && whole(b);
  return a?.index === b?.index && a?.total === b?.total;
}

/** `shard 2/3`, or null for the whole. */
export function shardLabel(shard: ShardRef | null): string | null {
  return shard === null || shard.total === 1 ? null : `shard ${shard.index}/${shard.total}`;
}

/** `matrixKey`: the matrix combination as canonical JSON, or null outside a matrix. */
export function profileRun(
  context: RunContext,
  matrixKey: string | null,
  startedAt: string,
  exitCode: number | null = null,
  shard: ShardRef | null = null,
): ProfileRun {
  return {
    repositoryId: context.repositoryId,
    repository: context.repository,
    workflow: context.workflow,
    job: context.job,
    matrixKey,
    runId: context.runId,
    runAttempt: context.runAttempt,
    sha: context.sha,
    ref: context.ref,
    event: context.eventName,
    headRepositoryId: context.headRepositoryId,
    startedAt,
    exitCode,
    shard,
  };
}
