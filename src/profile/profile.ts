/**
 * Reading and writing run profiles: the only place that turns text into a RunProfile. Text from
 * earlier runs is untrusted: capped in size, parsed as plain JSON (never evaluated), then
 * validated against the schema before anything uses it.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { ProfileError } from '../shared/errors.js';
import { quoteUntrusted } from '../shared/inert-text.js';
import { MiB } from '../shared/units.js';
import {
  RUN_PROFILE_SCHEMA,
  RUN_PROFILE_SCHEMA_V1,
  RUN_PROFILE_SCHEMA_V2,
  RUN_PROFILE_SCHEMA_V3,
  RUN_PROFILE_SCHEMA_V4,
  RUN_PROFILE_SCHEMA_V5,
} from './schema.js';
import {
  PROFILE_KIND,
  PROFILE_VERSION,
  type GroupConcurrency,
  type ProfileVersion,
  type RunProfile,
} from './types.js';

/** A one-hour profile is ~100 KiB; 4 MiB leaves room and bounds what one artifact can cost. */
export const MAX_PROFILE_BYTES = 4 * MiB;
/** The schema's deepest path is 5 levels; anything much deeper is refused before validation. */
const MAX_NESTING = 8;

const SCHEMAS: Record<ProfileVersion, Record<string, unknown>> = {
  1: RUN_PROFILE_SCHEMA_V1,
  2: RUN_PROFILE_SCHEMA_V2,
  3: RUN_PROFILE_SCHEMA_V3,
  4: RUN_PROFILE_SCHEMA_V4,
  5: RUN_PROFILE_SCHEMA_V5,
  6: RUN_PROFILE_SCHEMA,
};

const validators = new Map<ProfileVersion, ValidateFunction>();
function validate(value: unknown, version: ProfileVersion): ValidateFunction['errors'] {
  let validator = validators.get(version);
  if (!validator) {
    validator = new Ajv({ allErrors: false, strict: true }).compile(SCHEMAS[version]);
    validators.set(version, validator);
  }
  return validator(value) ? null : (validator.errors ?? []);
}

/**
 * An older profile as the current version: what the older writer did not record reads as unknown
 * (v1: no concurrency figures, no exit status; v2: no sustained count; v3: nobody counted deaths at
 * the V8 heap limit; v4: no task's unshared peak), so the estimator uses it for what it can prove
 * and no more.
 */
function upgrade(profile: Omit<RunProfile, 'version'> & { version: number }): RunProfile {
  const concurrency = (figures: Partial<GroupConcurrency> | null | undefined) =>
    figures
      ? ({ ...figures, sustainedAlive: figures.sustainedAlive ?? null } as GroupConcurrency)
      : null;
  return {
    ...profile,
    version: PROFILE_VERSION,
    run: {
      ...profile.run,
      exitCode: profile.run.exitCode ?? null,
      shard: profile.run.shard ?? null,
    },
    ...(profile.tasks === undefined
      ? {}
      : {
          tasks: profile.tasks.map((task) => ({
            ...task,
            peakUnsharedBytes: task.peakUnsharedBytes ?? null,
          })),
        }),
    phases: profile.phases.map((phase) => ({
      ...phase,
      heapLimitKills: phase.heapLimitKills ?? null,
      nodeHeapMb: phase.nodeHeapMb ?? null,
      workerGroups: phase.workerGroups.map((group) => ({
        ...group,
        concurrency: concurrency(group.concurrency),
      })),
    })),
  };
}

export function serializeProfile(profile: RunProfile): string {
  return JSON.stringify(profile);
}

/** Rejects text whose brackets nest deeper than the format allows, without building it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 92)
        index++; // backslash: skip the escaped character
      else if (character === 34) inString = false;
    } else if (character === 34) inString = true;
    else if (character === 123 || character === 91) deepest = Math.max(deepest, ++depth);
    else if (character === 125 || character === 93) depth--;
  }
  return deepest;
}

/** Parses and validates a run profile (v1–v4 are upgraded to v5); throws ProfileError saying what is wrong. */
export function parseProfile(text: string, maxBytes = MAX_PROFILE_BYTES): RunProfile {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new ProfileError(`profile is larger than ${maxBytes} bytes`);
  }
  if (nestingDepth(text) > MAX_NESTING)
    throw new ProfileError('profile nests deeper than the format allows');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file, which is untrusted: quoted, cut and on one line.
    throw new ProfileError(
      `profile is not JSON: ${quoteUntrusted(error instanceof Error ? error.message : String(error), 120)}`,
    );
  }
  const header = (typeof value === 'object' && value !== null ? value : {}) as {
    kind?: unknown;
    version?: unknown;
  };
  if (header.kind !== PROFILE_KIND) throw new ProfileError('not a resource-planner run profile');
  if (typeof header.version === 'number' && header.version > PROFILE_VERSION) {
    throw new ProfileError(
      `unsupported version ${header.version} (this is version ${PROFILE_VERSION}; update the action)`,
    );
  }
  const version: ProfileVersion =
    header.version === 1 ||
    header.version === 2 ||
    header.version === 3 ||
    header.version === 4 ||
    header.version === 5
      ? header.version
      : PROFILE_VERSION;
  const errors = validate(value, version);
  if (errors) {
    const first = errors[0];
    throw new ProfileError(
      `profile does not match the schema: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`,
    );
  }
  const profile = version < PROFILE_VERSION ? upgrade(value as RunProfile) : (value as RunProfile);
  checkConsistency(profile);
  return profile;
}

/** Cross-field rules a schema cannot say. */
function checkConsistency(profile: RunProfile): void {
  const length = profile.timeline.tMs.length;
  for (const column of [
    profile.timeline.treeRssBytes,
    profile.timeline.systemUsedBytes,
    profile.timeline.cgroupUsageBytes,
    profile.timeline.phase,
  ]) {
    if (column.length !== length)
      throw new ProfileError('profile timeline columns differ in length');
  }
  if (profile.timeline.phase.some((index) => index >= profile.phases.length)) {
    throw new ProfileError('profile timeline points at a phase that does not exist');
  }
  const shard = profile.run.shard;
  if (shard && shard.index > shard.total)
    throw new ProfileError('profile run.shard has an index above its total');
}
