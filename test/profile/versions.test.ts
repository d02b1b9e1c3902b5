/** Profile versions: v6 is written; v1–v5 are still read, upgraded with what they lack unknown. */
import { describe, expect, it } from 'vitest';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import { PROFILE_VERSION } from '../../src/profile/types.js';
import { profile } from '../support/profiles.js';

/** The same profile as a v5 writer wrote it: no phase's heap cap. */
function asV5(text: string): string {
  const value = JSON.parse(text) as { version: number; phases: Record<string, unknown>[] };
  value.version = 5;
  for (const phase of value.phases) delete phase.nodeHeapMb;
  return JSON.stringify(value);
}

/** The same profile as a v4 writer wrote it: no task's unshared peak (nor v5's fields). */
function asV4(text: string): string {
  const value = JSON.parse(asV5(text)) as { version: number; tasks?: Record<string, unknown>[] };
  value.version = 4;
  for (const task of value.tasks ?? []) delete task.peakUnsharedBytes;
  return JSON.stringify(value);
}

/** The same profile as a v3 writer wrote it: no heap-limit deaths counted, no such events, no shard, no tasks. */
function asV3(text: string): string {
  const value = JSON.parse(asV4(text)) as {
    version: number;
    run: Record<string, unknown>;
    phases: Record<string, unknown>[];
    events: { kind: string }[];
    tasks?: unknown;
  };
  value.version = 3;
  delete value.tasks;
  delete value.run.shard;
  for (const phase of value.phases) delete phase.heapLimitKills;
  value.events = value.events.filter((event) => event.kind !== 'heap-limit');
  return JSON.stringify(value);
}

/** The same profile as a v2 writer wrote it: no sustained count (nor v3's fields). */
function asV2(text: string): string {
  const value = JSON.parse(asV3(text)) as {
    version: number;
    phases: { workerGroups: { concurrency: Record<string, unknown> | null }[] }[];
  };
  value.version = 2;
  for (const phase of value.phases)
    for (const group of phase.workerGroups) delete group.concurrency?.sustainedAlive;
  return JSON.stringify(value);
}

/** The same profile as a v1 writer wrote it: no exitCode, no concurrency figures. */
function asV1(text: string): string {
  const value = JSON.parse(asV2(text)) as {
    version: number;
    run: Record<string, unknown>;
    phases: { workerGroups: Record<string, unknown>[] }[];
  };
  value.version = 1;
  delete value.run.exitCode;
  for (const phase of value.phases)
    for (const group of phase.workerGroups) delete group.concurrency;
  return JSON.stringify(value);
}

describe('profile versions', () => {
  const current = profile([{ peakBytes: 1000 * 1024 ** 2, workers: 3 }]);
  const withConcurrency = {
    ...current,
    events: [
      { tMs: 1000, kind: 'heap-limit' as const, phase: 'test', detail: 'node', value: null },
    ],
    phases: current.phases.map((phase) => ({
      ...phase,
      heapLimitKills: 1,
      nodeHeapMb: 266,
      workerGroups: phase.workerGroups.map((group) => ({
        ...group,
        concurrency: {
          memberMeanBytes: 200,
          memberSdBytes: 20,
          aliveAtPeak: 3,
          meanAlive: 2.5,
          sustainedAlive: 3,
        },
      })),
    })),
    tasks: [
      {
        name: 'node#0123456789ab',
        status: 'ok' as const,
        exitStatus: 0,
        runs: 1,
        durationMs: 2300,
        peakBytes: 352 * 1024 ** 2,
        peakUnsharedBytes: 313 * 1024 ** 2,
        startMs: 10,
        endMs: 2310,
      },
    ],
  };

  it('writes version 6', () => {
    expect(PROFILE_VERSION).toBe(6);
    expect(parseProfile(serializeProfile(withConcurrency))).toEqual(withConcurrency);
  });

  it("reads v5 as v6 with each phase's heap cap unknown (null), every v5 figure kept", () => {
    const read = parseProfile(asV5(serializeProfile(withConcurrency)));
    expect(read.version).toBe(6);
    expect(read.phases[0]?.nodeHeapMb).toBeNull();
    expect(read.tasks?.[0]?.peakUnsharedBytes).toBe(313 * 1024 ** 2);
    expect(parseProfile(serializeProfile(read))).toEqual(read);
  });

  it("reads v4 as v6 with each task's unshared peak unknown (null), every v4 figure kept", () => {
    const read = parseProfile(asV4(serializeProfile(withConcurrency)));
    expect(read.version).toBe(6);
    expect(read.tasks?.[0]?.peakUnsharedBytes).toBeNull();
    expect(read.tasks?.[0]?.peakBytes).toBe(352 * 1024 ** 2);
    expect(read.phases[0]?.heapLimitKills).toBe(1);
    expect(read.run.shard).toEqual(withConcurrency.run.shard);
    expect(parseProfile(serializeProfile(read))).toEqual(read);
  });

  it('reads v3 as v6 with deaths at the heap limit unknown (null, not 0)', () => {
    const read = parseProfile(asV3(serializeProfile(withConcurrency)));
    expect(read.version).toBe(6);
    expect(read.phases[0]?.heapLimitKills).toBeNull();
    expect(read.events).toEqual([]);
    expect(read.phases[0]?.workerGroups[0]?.concurrency?.sustainedAlive).toBe(3);
    expect(parseProfile(serializeProfile(read))).toEqual(read);
  });

  it('reads v2 as v6 with the sustained count unknown and every v2 figure kept', () => {
    const read = parseProfile(asV2(serializeProfile(withConcurrency)));
    expect(read.version).toBe(6);
    expect(read.phases[0]?.workerGroups[0]?.concurrency).toEqual({
      memberMeanBytes: 200,
      memberSdBytes: 20,
      aliveAtPeak: 3,
      meanAlive: 2.5,
      sustainedAlive: null,
    });
    expect(read.run.exitCode).toBe(withConcurrency.run.exitCode);
    expect(parseProfile(serializeProfile(read))).toEqual(read);
  });

  it('reads v1 as v6 with no concurrency figures and no exit status', () => {
    const read = parseProfile(asV1(serializeProfile(withConcurrency)));
    expect(read.version).toBe(6);
    expect(read.run.exitCode).toBeNull();
    expect(read.phases[0]?.workerGroups[0]?.concurrency).toBeNull();
    expect(read.phases[0]?.workerGroups[0]?.peakTotalBytes).toBe(
      withConcurrency.phases[0]?.workerGroups[0]?.peakTotalBytes,
    );
    // An upgraded v1 profile is a valid v6 profile (the action saves history and reads it back).
    expect(parseProfile(serializeProfile(read))).toEqual(read);
  });

  it('refuses an older version that carries newer fields, and a newer one that lacks them', () => {
    const v1WithV2Field = JSON.parse(serializeProfile(withConcurrency)) as { version: number };
    v1WithV2Field.version = 1;
    expect(() => parseProfile(JSON.stringify(v1WithV2Field))).toThrow(/schema/);
    const v2WithoutFields = JSON.parse(asV1(serializeProfile(withConcurrency))) as {
      version: number;
    };
    v2WithoutFields.version = 2;
    expect(() => parseProfile(JSON.stringify(v2WithoutFields))).toThrow(/schema/);
    const v2WithV3Field = JSON.parse(serializeProfile(withConcurrency)) as { version: number };
    v2WithV3Field.version = 2;
    expect(() => parseProfile(JSON.stringify(v2WithV3Field))).toThrow(/schema/);
    const v3WithoutField = JSON.parse(asV2(serializeProfile(withConcurrency))) as {
      version: number;
    };
    v3WithoutField.version = 3;
    expect(() => parseProfile(JSON.stringify(v3WithoutField))).toThrow(/schema/);
    const v3WithV4Field = JSON.parse(serializeProfile(withConcurrency)) as { version: number };
    v3WithV4Field.version = 3;
    expect(() => parseProfile(JSON.stringify(v3WithV4Field))).toThrow(/schema/);
    const v4WithoutField = JSON.parse(asV3(serializeProfile(withConcurrency))) as {
      version: number;
    };
    v4WithoutField.version = 4;
    expect(() => parseProfile(JSON.stringify(v4WithoutField))).toThrow(/schema/);
    const v4WithV5Field = JSON.parse(serializeProfile(withConcurrency)) as { version: number };
    v4WithV5Field.version = 4;
    expect(() => parseProfile(JSON.stringify(v4WithV5Field))).toThrow(/schema/);
    const v5WithoutField = JSON.parse(asV4(serializeProfile(withConcurrency))) as {
      version: number;
    };
    v5WithoutField.version = 5;
    expect(() => parseProfile(JSON.stringify(v5WithoutField))).toThrow(/schema/);
    const v5WithV6Field = JSON.parse(serializeProfile(withConcurrency)) as { version: number };
    v5WithV6Field.version = 5;
    expect(() => parseProfile(JSON.stringify(v5WithV6Field))).toThrow(/schema/);
    const v6WithoutField = JSON.parse(asV5(serializeProfile(withConcurrency))) as {
      version: number;
    };
    v6WithoutField.version = 6;
    expect(() => parseProfile(JSON.stringify(v6WithoutField))).toThrow(/schema/);
  });

  it('refuses a newer version with a message that says to update', () => {
    const newer = JSON.parse(serializeProfile(current)) as { version: number };
    newer.version = 7;
    expect(() => parseProfile(JSON.stringify(newer))).toThrow(/unsupported version 7/);
  });
});

describe('run.shard (v4)', () => {
  const sharded = profile([{ peakBytes: 1e9 }], { shard: { index: 2, total: 3 } });

  it('round-trips; v4 requires it (null when unsharded), and a v3 profile reads as unsharded', () => {
    expect(parseProfile(serializeProfile(sharded)).run.shard).toEqual({ index: 2, total: 3 });
    const without = JSON.parse(serializeProfile(sharded)) as { run: Record<string, unknown> };
    delete without.run.shard;
    expect(() => parseProfile(JSON.stringify(without))).toThrow(/schema/);
    expect(parseProfile(asV3(serializeProfile(sharded))).run.shard).toBeNull();
  });

  it('is refused with an index above its total, out of range, with extra fields, or in v3', () => {
    const withShard = (shard: unknown, version = PROFILE_VERSION): string => {
      const value = JSON.parse(serializeProfile(sharded)) as {
        version: number;
        run: Record<string, unknown>;
      };
      value.run.shard = shard;
      value.version = version;
      return JSON.stringify(value);
    };
    expect(() => parseProfile(withShard({ index: 3, total: 2 }))).toThrow(/index above its total/);
    expect(() => parseProfile(withShard({ index: 0, total: 2 }))).toThrow(/schema/);
    expect(() => parseProfile(withShard({ index: 1, total: 257 }))).toThrow(/schema/);
    expect(() => parseProfile(withShard({ index: 1, total: 2, note: 'x' }))).toThrow(/schema/);
    expect(() => parseProfile(withShard('1/2'))).toThrow(/schema/);
    expect(() => parseProfile(withShard(null, 3))).toThrow(/schema/);
  });
});
