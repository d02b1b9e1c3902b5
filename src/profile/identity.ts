/**
 * The `host` and `run` parts of a run profile, from the probe's capacity and the run context.
 * Pure; shared by the action's main step and the CLI's `run`.
 */
import type { Capacity } from '../probe/types.js';
import type { RunContext } from '../runner/context.js';
import type { ProfileHost, ProfileRun } from './types.js';

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

/** `matrixKey`: the matrix combination as canonical JSON, or null outside a matrix. */
export function profileRun(
  context: RunContext,
  matrixKey: string | null,
  startedAt: string,
  exitCode: number | null = null,
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
  };
}
