/**
 * A planning job's history (`history-job`): its fan-out job's runs are under matrix
 * `{"shard":i}`, not the planning job's own key. Through a loopback GitHub and Octokit, counting
 * the API calls, as the main step loads it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadHistory,
  MAX_FAN_OUT_SHARDS,
  shardMatrixKey,
  type LoadHistoryOptions,
} from '../../src/history/load.js';
import { buildDigest, serializeDigest } from '../../src/profile/digest.js';
import { canonicalMatrixKey } from '../../src/profile/identity.js';
import { profileArtifactName } from '../../src/profile/naming.js';
import { serializeProfile } from '../../src/profile/profile.js';
import type { RunProfile, ShardRef } from '../../src/profile/types.js';
import { MiB } from '../../src/shared/units.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { historyOptions } from '../support/fake-github-fixture.js';
import { profile } from '../support/profiles.js';

type MatrixValues = Record<string, string | number | boolean> | null;

function shardProfile(
  runId: number,
  shard: ShardRef | null,
  matrixIndex: number,
  others: MatrixValues = null,
): RunProfile {
  const built = profile(
    [{ peakBytes: 900 * MiB, workers: 2, perWorkerBytes: 300 * MiB, durationMs: 60_000 }],
    { runId, shard },
  );
  built.run.matrixKey = shardMatrixKey(matrixIndex, others);
  return built;
}

describe('a planning job’s history: the fan-out job’s shards', () => {
  let github: FakeGitHub;
  let options: LoadHistoryOptions;
  beforeEach(async () => {
    github = await startFakeGitHub();
    options = historyOptions(github, { fanOutShards: true });
  });
  afterEach(async () => {
    github.assertNoUnknownRoutes();
    await github.stop();
  });

  /**
   * Workflow runs `runIds`, each with shards 1..total under `{"shard":i}`; with `digests`, each
   * shard's artifact carries the digest of that shard's earlier runs, as the post step writes it.
   */
  async function seedSplit(
    runIds: number[],
    total: number,
    {
      digests = true,
      recorded = (index: number): ShardRef | null => ({ index, total }),
      others = null as MatrixValues,
    } = {},
  ): Promise<void> {
    const earlier = new Map<number, RunProfile[]>();
    for (const runId of runIds) {
      if (!github.state.runs.some((run) => run.id === runId)) github.addRun({ id: runId });
      for (let index = 1; index <= total; index++) {
        const own = shardProfile(runId, recorded(index), index, others);
        const files: Record<string, string> = { 'run-profile.json': serializeProfile(own) };
        const history = earlier.get(index) ?? [];
        if (digests) files['history-digest.json'] = serializeDigest(buildDigest(own, history, 20));
        earlier.set(index, [own, ...history]);
        await github.addArtifact({
          runId,
          name: profileArtifactName('test', shardMatrixKey(index, others), 1),
          files,
        });
      }
    }
  }

  const apiRequests = (): number =>
    github.state.requests.filter((request) => request.path.startsWith('/repos/')).length;

  it('the fan-out job’s artifact names are those GitHub’s toJSON(matrix) gives, canonicalised', () => {
    // The default matrix-key, ${{ toJSON(matrix) }}, is pretty-printed on GitHub.
    expect(shardMatrixKey(3)).toBe('{"shard":3}');
    expect(canonicalMatrixKey('{\n  "shard": 3\n}')).toBe(shardMatrixKey(3));
    expect(profileArtifactName('test', canonicalMatrixKey('{\n  "shard": 3\n}'), 1)).toBe(
      profileArtifactName('test', '{"shard":3}', 1),
    );
  });

  it('canonical keys: sorted at every level; empty and null are none; not JSON, or too long, kept as is', () => {
    expect(canonicalMatrixKey('{ "os": {"b": 1, "a": [2, {"d": 0, "c": 1}]}, "node": 24 }')).toBe(
      '{"node":24,"os":{"a":[2,{"c":1,"d":0}],"b":1}}',
    );
    expect(canonicalMatrixKey('')).toBeNull();
    expect(canonicalMatrixKey(' null ')).toBeNull();
    expect(canonicalMatrixKey('linux-x64')).toBe('linux-x64');
    const long = `{"k": "${'x'.repeat(5000)}"}`;
    expect(canonicalMatrixKey(long)).toBe(long);
  });

  it('a matrix with values beside shard is found with history-matrix, and only with it', async () => {
    await seedSplit([21, 22], 2, { others: { node: 22, os: 'linux' } });
    const without = await loadHistory(options);
    expect(without.shardRuns).toEqual([]);
    expect(without.notes.join(' ')).toMatch(/No run of job test's shard 1 \(matrix \{"shard":1\}/);
    // Written in another key order than the fan-out job's canonical key: the same name.
    const found = await loadHistory({ ...options, fanOutMatrix: { os: 'linux', node: 22 } });
    expect(found.shardRuns?.map((entry) => [entry.runId, entry.profile.run.shard?.index])).toEqual([
      [22, 1],
      [22, 2],
      [21, 1],
      [21, 2],
    ]);
    expect(shardMatrixKey(1, { os: 'linux', node: 22 })).toBe('{"node":22,"os":"linux","shard":1}');
  });

  it('finds every shard of the newest split from the digests: 3 calls a shard', async () => {
    await seedSplit([11, 12, 13], 2);
    const history = await loadHistory(options);
    expect(history.profiles).toEqual([]);
    expect(
      history.shardRuns?.map((entry) => [entry.runId, entry.profile.run.shard?.index]),
    ).toEqual([
      [13, 1],
      [13, 2],
      [12, 1],
      [12, 2],
      [11, 1],
      [11, 2],
    ]);
    // The runs (1), the whole's name at attempts 1 and 2 (2), and per shard its names (2) and its
    // newest artifact with the digest of the others (1).
    expect(history.apiCalls).toBe(1 + 2 + 2 * 3);
    expect(apiRequests()).toBe(history.apiCalls);
    expect(history.notes.join('\n')).toMatch(
      /Job test's shards 1 to 2 \(shard 1's newest run was 1 of 2\): 6 shard run\(s\) from 3 workflow run\(s\)\./,
    );
  });

  it('without digests each shard’s runs are downloaded one by one', async () => {
    await seedSplit([21, 22, 23], 2, { digests: false });
    const history = await loadHistory(options);
    expect(history.shardRuns).toHaveLength(6);
    expect(history.apiCalls).toBe(1 + 2 + 2 * (2 + 3));
  });

  it('the first run, one shard recorded as 1/1, is found: the whole in one job', async () => {
    await seedSplit([31], 1);
    const history = await loadHistory(options);
    expect(history.shardRuns?.map((entry) => entry.profile.run.shard)).toEqual([
      { index: 1, total: 1 },
    ]);
    expect(history.apiCalls).toBe(1 + 2 + 3);
  });

  it('the split is taken from shard 1’s newest run, and capped', async () => {
    github.addRun({ id: 41 });
    const own = shardProfile(41, { index: 1, total: 40 }, 1);
    await github.addArtifact({
      runId: 41,
      name: profileArtifactName('test', shardMatrixKey(1), 1),
      files: { 'run-profile.json': serializeProfile(own) },
    });
    const history = await loadHistory(options);
    const names = github.state.requests
      .map((request) => request.query.name)
      .filter((name): name is string => typeof name === 'string');
    // Attempt 1's name of every shard looked up: 1 to 16, none past.
    const looked = Array.from({ length: 40 }, (_, i) => i + 1).filter((index) =>
      names.includes(profileArtifactName('test', shardMatrixKey(index), 1)),
    );
    expect(looked).toEqual(Array.from({ length: MAX_FAN_OUT_SHARDS }, (_, i) => i + 1));
    expect(history.apiCalls).toBe(1 + 2 + 3 + 2 * (MAX_FAN_OUT_SHARDS - 1));
    expect(history.notes.join('\n')).toMatch(
      /Shard 1's newest run was 1 of 40: only shards 1 to 16 are looked up/,
    );
  });

  it('a run that does not record itself as the shard its matrix value says is left out', async () => {
    // Under {"shard":2}, a profile that says shard 1 of 2 (or none): which part it ran is unknown.
    await seedSplit([51, 52], 2, {
      recorded: (index) => (index === 2 ? { index: 1, total: 2 } : { index, total: 2 }),
    });
    const history = await loadHistory(options);
    expect(history.shardRuns?.map((entry) => entry.profile.run.shard?.index)).toEqual([1, 1]);
    expect(history.notes.join('\n')).toMatch(
      /2 run\(s\) under a shard's matrix value left out: their profile records no shard, or another one/,
    );
  });

  it('no shard run: says so, and the whole runs stand', async () => {
    github.addRun({ id: 61 });
    await github.addArtifact({
      runId: 61,
      name: 'resource-planner-test-none-1',
      files: { 'run-profile.json': serializeProfile(profile([{ peakBytes: MiB }], { runId: 61 })) },
    });
    const history = await loadHistory(options);
    expect(history.profiles.map((entry) => entry.runId)).toEqual([61]);
    expect(history.shardRuns).toEqual([]);
    expect(history.notes.join('\n')).toMatch(
      /No run of job test's shard 1 \(matrix \{"shard":1\}, recorded with shard: 1\/TOTAL\) found: planning from its whole runs alone\./,
    );
  });

  it('a shard whose listing fails is a note; the other shards still load (fail open)', async () => {
    await seedSplit([71, 72], 3);
    const failing = profileArtifactName('test', shardMatrixKey(2), 1);
    github.injectFault({
      method: 'GET',
      path: /\/actions\/artifacts$/,
      query: { name: failing },
      fault: { kind: 'status', status: 403 },
    });
    const history = await loadHistory(options);
    expect(history.shardRuns?.map((entry) => entry.profile.run.shard?.index).sort()).toEqual([
      1, 1, 3, 3,
    ]);
    expect(history.notes.join('\n')).toMatch(
      /Shard 2: Could not list earlier runs' artifacts: .*403/,
    );
  });

  it('without fanOutShards, nothing but the job’s own key is looked up', async () => {
    await seedSplit([81], 2);
    const history = await loadHistory({ ...options, fanOutShards: false });
    expect(history.shardRuns).toBeUndefined();
    expect(history.apiCalls).toBe(3);
  });
});
