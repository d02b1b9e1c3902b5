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

/** Longest matrix key parsed to canonical form (characters): the profile keeps 4096. */
const MAX_CANONICAL_KEY_CHARACTERS = 4096;

/**
 * The matrix combination as canonical JSON: keys sorted at every level, no white space, so that
 * one combination has one artifact name however it was written. GitHub's `toJSON(matrix)` (the
 * `matrix-key` default) pretty-prints with two-space indentation (`{\n  "shard": 1\n}`), and a
 * planning job has to name its fan-out job's combinations itself (`{"shard":1}`, see
 * src/history/load.ts): both must hash alike. Null outside a matrix (empty or `null`); text that is
 * not JSON is kept as it is.
 * @example canonicalMatrixKey('{\n  "shard": 1,\n  "os": "linux"\n}') // '{"os":"linux","shard":1}'
 */
export function canonicalMatrixKey(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return null;
  // Past the profile's 4 KiB cap it is cut anyway: not parsed (a matrix that large is no key).
  if (trimmed.length > MAX_CANONICAL_KEY_CHARACTERS) return text;
  try {
    return JSON.stringify(sortedKeys(JSON.parse(trimmed)));
  } catch {
    return text;
  }
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortedKeys(record[key])]),
  );
}

/** `matrixKey`: the matrix combination as canonical JSON (canonicalMatrixKey), or null outside a matrix. */
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
