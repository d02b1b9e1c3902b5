/**
 * JSON Schema (draft-07) of run profiles v1 and v2. Profiles from earlier runs are untrusted:
 * every field is typed, every string and array bounded, and unknown properties refused.
 * v2 adds `run.exitCode` and each worker group's `concurrency`.
 */
import {
  MAX_PROFILE_TASKS,
  MAX_SHARDS,
  TIMELINE_MAX_POINTS,
  type ProfileVersion,
} from './types.js';

const name = { type: 'string', maxLength: 256 } as const;
const nullableName = { type: ['string', 'null'], maxLength: 256 } as const;
const bytes = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;
const nullableBytes = {
  type: ['integer', 'null'],
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
} as const;
const count = { type: 'integer', minimum: 0, maximum: 1_000_000_000 } as const;
const nullableId = {
  type: ['integer', 'null'],
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
} as const;
const ms = { type: 'number', minimum: 0, maximum: 1e12 } as const;

function object(properties: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

function timelineColumn(items: unknown): Record<string, unknown> {
  return { type: 'array', maxItems: TIMELINE_MAX_POINTS, items };
}

const workerGroupV1 = {
  name,
  parentName: nullableName,
  maxConcurrency: count,
  processes: count,
  peakRss: object({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
  meanEndRssBytes: bytes,
  peakTotalBytes: bytes,
};

const concurrencyV2 = {
  memberMeanBytes: bytes,
  memberSdBytes: bytes,
  aliveAtPeak: count,
  meanAlive: { type: 'number', minimum: 0, maximum: 1_000_000_000 },
};

const concurrencyFor = (version: 2 | 3 | 4 | 5 | 6): Record<string, unknown> => ({
  anyOf: [
    { type: 'null' },
    object(
      version === 2
        ? concurrencyV2
        : // null: upgraded from v2, which did not record it (the action saves what it read).
          { ...concurrencyV2, sustainedAlive: { ...count, type: ['integer', 'null'] } },
    ),
  ],
});

const phaseFor = (
  workerGroup: Record<string, unknown>,
  version: ProfileVersion,
): Record<string, unknown> =>
  object({
    name,
    startMs: ms,
    endMs: ms,
    durationMs: ms,
    workersRecommended: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
    // v6: the heap cap the recorder set (MiB); a petabyte heap is not a cap.
    ...(version >= 6
      ? { nodeHeapMb: { type: ['integer', 'null'], minimum: 1, maximum: 1_000_000_000 } }
      : {}),
    samples: count,
    treeRss: object({ peakBytes: bytes, p95Bytes: bytes, meanBytes: bytes, endBytes: bytes }),
    peakSystemUsedBytes: nullableBytes,
    peakCgroupUsageBytes: nullableBytes,
    oomKills: count,
    ...(version >= 4 ? { heapLimitKills: { ...count, type: ['integer', 'null'] } } : {}),
    pressureMaxAvg10: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    workerGroups: { type: 'array', maxItems: 50, items: workerGroup },
  });

/** v4: which shard of how many, or null outside a split. */
const shard = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['index', 'total'],
  properties: {
    index: { type: 'integer', minimum: 1, maximum: MAX_SHARDS },
    total: { type: 'integer', minimum: 1, maximum: MAX_SHARDS },
  },
} as const;

const runV1 = {
  repositoryId: nullableId,
  repository: nullableName,
  workflow: nullableName,
  job: nullableName,
  matrixKey: { type: ['string', 'null'], maxLength: 4096 },
  runId: nullableId,
  runAttempt: nullableId,
  sha: { type: ['string', 'null'], maxLength: 64 },
  ref: nullableName,
  event: { type: ['string', 'null'], maxLength: 64 },
  headRepositoryId: nullableId,
  startedAt: { type: 'string', maxLength: 40 },
};

/** The schema of one format version (1 to 6). */
function schemaFor(version: ProfileVersion): Record<string, unknown> {
  const workerGroup = object(
    version === 1 ? workerGroupV1 : { ...workerGroupV1, concurrency: concurrencyFor(version) },
  );
  const exitCode = { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 };
  const run =
    version === 1
      ? object(runV1)
      : version <= 3
        ? object({ ...runV1, exitCode })
        : object({ ...runV1, exitCode, shard });
  const schema: Record<string, unknown> = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/resource-planner/resource-planner/docs/run-profile-v${version}.schema.json`,
    title: `resource-planner run profile v${version}`,
    ...object({
      kind: { const: 'resource-planner/run-profile' },
      version: { const: version },
      tool: object({
        name: { const: 'resource-planner' },
        version: { type: 'string', maxLength: 64 },
      }),
      host: object({
        os: { type: 'string', maxLength: 32 },
        arch: { type: 'string', maxLength: 32 },
        logicalCpus: count,
        cpus: count,
        memoryTotalBytes: bytes,
        memoryLimitBytes: bytes,
        cgroupMemoryLimitBytes: nullableBytes,
        cgroupVersion: { enum: [1, 2, null] },
      }),
      run,
      sampler: object({
        intervalMs: ms,
        source: { type: 'string', maxLength: 16 },
        samples: count,
        died: { type: 'boolean' },
      }),
      phases: { type: 'array', maxItems: 500, items: phaseFor(workerGroup, version) },
      timeline: object({
        tMs: timelineColumn(ms),
        treeRssBytes: timelineColumn(bytes),
        systemUsedBytes: timelineColumn(nullableBytes),
        cgroupUsageBytes: timelineColumn(nullableBytes),
        phase: timelineColumn({ type: 'integer', minimum: 0, maximum: 499 }),
      }),
      events: {
        type: 'array',
        maxItems: 1000,
        items: object({
          tMs: ms,
          kind: {
            enum: [
              'oom-kill',
              'pressure-peak',
              'sigkill',
              'sampler-died',
              ...(version >= 4 ? ['heap-limit'] : []),
            ],
          },
          phase: nullableName,
          detail: nullableName,
          value: { type: ['number', 'null'] },
        }),
      },
    }),
  };
  if (version < 4) return schema;
  // v4, optional: only task lists of `exec --tasks` / `--each` write it.
  const properties = schema.properties as Record<string, unknown>;
  return {
    ...schema,
    properties: {
      ...properties,
      tasks: {
        type: 'array',
        maxItems: MAX_PROFILE_TASKS,
        items: object({
          name,
          status: { enum: ['ok', 'failed', 'oom-killed', 'not-started', 'not-run', 'stopped'] },
          exitStatus: { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 },
          runs: count,
          durationMs: ms,
          peakBytes: bytes,
          ...(version >= 5 ? { peakUnsharedBytes: { ...bytes, type: ['integer', 'null'] } } : {}),
          startMs: { ...ms, type: ['number', 'null'] },
          endMs: { ...ms, type: ['number', 'null'] },
        }),
      },
    },
  };
}

export const RUN_PROFILE_SCHEMA_V1 = schemaFor(1);
export const RUN_PROFILE_SCHEMA_V2 = schemaFor(2);
export const RUN_PROFILE_SCHEMA_V3 = schemaFor(3);
export const RUN_PROFILE_SCHEMA_V4 = schemaFor(4);
export const RUN_PROFILE_SCHEMA_V5 = schemaFor(5);
export const RUN_PROFILE_SCHEMA = schemaFor(6);
