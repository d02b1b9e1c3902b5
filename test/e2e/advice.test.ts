/**
 * Runner-size advice through the built action in the mini-runner, with history from the loopback
 * GitHub: the `runner-advice` output and the job summary's table, and a malformed catalogue
 * failing the step in one line; shards: the planning job's matrix, fan-out jobs learning per
 * shard and per split, and shard inputs that disagree with the matrix failing in one line.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProfileFromZip } from '../../src/history/extract.js';
import { buildDigest, serializeDigest } from '../../src/profile/digest.js';
import { profileArtifactName } from '../../src/profile/naming.js';
import { parseProfile, serializeProfile } from '../../src/profile/profile.js';
import type { RunProfile } from '../../src/profile/types.js';
import { events, runJob, type JobResult } from '../harness/mini-runner.js';
import { useFakeGitHub } from '../support/fake-github-fixture.js';
import type { FakeGitHub } from '../harness/fake-github.js';
import { profile, timedRuns } from '../support/profiles.js';

const ACTION_DIR = new URL('../..', import.meta.url).pathname;
const NAME = 'resource-planner-test-none-1';
const RECORDED_AT = new Date(Date.now() - 3_600_000).toISOString();

/** Runs at 1, 2 and 4 workers on a 4-CPU runner: T(n) = 100 s + 400 s / n. */
async function seedTimedRuns(github: FakeGitHub): Promise<void> {
  for (const recorded of timedRuns([1, 2, 4], { startedAt: RECORDED_AT })) {
    const runId = recorded.run.runId as number;
    github.addRun({ id: runId });
    const text = serializeProfile(recorded);
    await github.addArtifact({ runId, name: NAME, files: { 'run-profile.json': text } });
  }
}

async function plan(
  github: FakeGitHub,
  runId: number,
  extra: Record<string, string>,
  job = 'test',
): Promise<JobResult> {
  github.addRun({ id: runId });
  return runJob({
    actionDir: ACTION_DIR,
    github,
    event: events.push(github),
    runId,
    job,
    steps: [
      {
        kind: 'action',
        with: {
          profile: 'test',
          sample: 'false',
          upload: 'false',
          'history-timeout': '10s',
          ...extra,
        },
      },
    ],
  });
}

describe.skipIf(process.platform !== 'linux')('runner advice through the built action', () => {
  const github = useFakeGitHub();

  it('outputs runner-advice and a summary table from the history it fetched', async () => {
    await seedTimedRuns(github);
    const result = await plan(github, 100, { 'target-duration': '5m' });
    expect(result.violations).toEqual([]);
    const step = result.steps[0];
    expect(step?.exitCode, step?.stderr).toBe(0);
    const advice = JSON.parse(step?.outputs['runner-advice'] ?? 'null');
    // A push payload does not say the repository is public: priced as private.
    expect(advice).toMatchObject({
      advised: true,
      visibility: 'private',
      targetMs: 300_000,
      recommended: 'ubuntu-latest (private repo)',
      evidence: { runs: 3, timedRuns: 3, workerCounts: [1, 2, 4], cpuCounts: [4] },
      catalog: { builtinDate: '2026-11-28' },
    });
    expect(advice.runners[0]).toMatchObject({
      name: 'ubuntu-latest (private repo)',
      workers: 2,
      durationMs: 300_000,
      billedMinutes: 5,
      costUsd: 0.03,
      meetsTarget: true,
      safe: true,
    });
    expect(step?.summary).toContain('### Runner advice for phase `test`');
    // Without history-job it would look for its own runs: none, so no split is claimed.
    const alone = (await plan(github, 101, { 'target-duration': '170s' }, 'plan')).steps[0];
    expect(alone?.outputs.shards).toBeUndefined();
    expect(alone?.outputs.matrix).toBeUndefined();
    expect(step?.summary).toMatch(
      /^\| Runner \| CPUs \| Workers \| Duration \| Peak of memory \| Cost a run \| Meets 5 min \| Confidence \|$/m,
    );
    expect(step?.summary).toMatch(
      /^\| 👉 ubuntu\\-latest \\\(private repo\\\) \| 2 \| 2 \| 5 min \| /m,
    );
    expect(step?.stdout).toMatch(/Runner advice: ubuntu-latest \(private repo\): the cheapest/);
  });

  it('a malformed runner-catalog fails the step in one line naming the file, entry and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-catalog-'));
    const file = join(dir, 'runners.json');
    writeFileSync(file, JSON.stringify({ runners: [{ name: 'big', os: 'linux' }] }));
    const result = await plan(github, 200, { 'runner-catalog': file });
    const step = result.steps[0];
    expect(step?.exitCode).toBe(1);
    const errors = (step?.stdout ?? '').split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/runner-catalog \S+runners\.json: runners\[0\] \(big\) field "arch"/);
  });
});

const WORKLOAD = new URL('../fixtures/workloads/four-workers.sh', import.meta.url).pathname;

/**
 * The split end to end: a planning job outputs the matrix; each fan-out job records which shard it
 * ran, learns from its own shard's history, and a pull request's drift comment names the shard.
 */
describe.skipIf(process.platform !== 'linux')('shards through the built action', () => {
  const github = useFakeGitHub();
  let nextRun = 500;

  async function shardJob(
    shard: number,
    mbEach: number,
    pullRequest = false,
    total = 2,
  ): Promise<{ result: JobResult; runId: number }> {
    const runId = ++nextRun;
    github.addRun({
      id: runId,
      headBranch: pullRequest ? 'feature' : 'main',
      event: pullRequest ? 'pull_request' : 'push',
    });
    const result = await runJob({
      actionDir: ACTION_DIR,
      github,
      event: pullRequest
        ? events.pullRequest(github, { number: 9, head: 'feature' })
        : events.push(github),
      runId,
      matrix: { shard },
      ...(pullRequest ? { ref: 'refs/pull/9/merge', headRef: 'feature', baseRef: 'main' } : {}),
      env: { MB_EACH: String(mbEach) },
      steps: [
        {
          kind: 'action',
          with: { profile: 'test', 'sample-interval': '100ms', shard: `${shard}/${total}` },
        },
        { kind: 'run', script: `bash ${WORKLOAD}` },
      ],
    });
    expect(result.violations).toEqual([]);
    for (const step of result.steps)
      expect(step.exitCode, `${step.id}: ${step.stdout}\n${step.stderr}`).toBe(0);
    return { result, runId };
  }

  it('the planning job outputs the fewest shards and their matrix', async () => {
    await seedTimedRuns(github);
    // No runner meets 2 min 50 s (the fastest takes 3 min); two shards of 5 workers take 2 min 20 s.
    // A planning job of its own reads the test job's history (history-job).
    const step = (
      await plan(github, 100, { 'target-duration': '170s', 'history-job': 'test' }, 'plan')
    ).steps[0];
    expect(step?.outputs.shards).toBe('2');
    expect(step?.outputs.matrix).toBe('{"shard":[1,2]}');
    expect(step?.summary).toMatch(
      /Shards: 2 shards on linux\\-x64\\-8\\-core .*`\{"shard":\[1,2\]\}`/,
    );
  });

  it('fan-out jobs learn per shard, and the pull request comment names the shard that drifted', async () => {
    // Shard 1 is heavy (160 MiB a worker), shard 2 light (60 MiB); two base-branch runs each.
    for (let round = 0; round < 2; round++) {
      await shardJob(1, 160);
      await shardJob(2, 60);
    }
    const { result: recorded } = await shardJob(2, 60);
    // The uploaded profile of the last shard-2 run says which shard it was.
    const stored = github.state.artifacts.filter((artifact) =>
      artifact.artifact.name.startsWith('resource-planner-test-'),
    );
    const last = parseProfile(await extractProfileFromZip(stored.at(-1)?.zip ?? Buffer.alloc(0)));
    expect(last.run.shard).toEqual({ index: 2, total: 2 });
    expect(last.run.matrixKey).toBe('{"shard":2}');
    const main = recorded.steps[0];
    const planned = JSON.parse(main?.outputs['plan-json'] ?? '{}');
    // Shard 2 learned from its own 2 runs, not from shard 1's.
    expect(planned.estimate.historyRuns).toBe(2);
    // Any shard-1 run among them would put the estimate at 160 MiB × 1.15 × √(1 + 1/2) or more.
    expect(planned.estimate.perWorkerBytes).toBeLessThan(160 * 1024 * 1024 * 1.15 * Math.sqrt(1.5));

    // A pull request makes shard 2 as heavy as shard 1: drift for shard 2 only.
    await shardJob(2, 160, true);
    await shardJob(1, 160, true);
    const comments = github.commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/^#### resource-planner · \S+ \/ test · shard 2\/2$/m);
    expect(comments[0]?.body).toMatch(/🔺 .*\*\*peak \+\d/);
  }, 120_000);

  it('a planning job whose test job ran only as shards finds them and outputs a matrix', async () => {
    // As the recipe's fan-out job leaves it: workflow runs 701, 702, 704, each with shards 1 and 2
    // of 2 under matrix {"shard":1} and {"shard":2} and no run of the whole, at 1, 2 and 4 workers;
    // each shard half the suite, 100 s + 200 s / n, so each set ran the whole in 100 s + 400 s / n.
    const earlier = new Map<number, RunProfile[]>();
    for (const workers of [1, 2, 4]) {
      const runId = 700 + workers;
      github.addRun({ id: runId });
      for (const index of [1, 2]) {
        const own = profile(
          [
            {
              workers,
              perWorkerBytes: 500 * 1024 * 1024,
              peakBytes: workers * 500 * 1024 * 1024 + 100 * 1024 * 1024,
              durationMs: 100_000 + 200_000 / workers,
            },
          ],
          { runId, startedAt: RECORDED_AT, shard: { index, total: 2 } },
        );
        own.run.matrixKey = `{"shard":${index}}`;
        const history = earlier.get(index) ?? [];
        earlier.set(index, [own, ...history]);
        await github.addArtifact({
          runId,
          name: profileArtifactName('test', own.run.matrixKey, 1),
          files: {
            'run-profile.json': serializeProfile(own),
            'history-digest.json': serializeDigest(buildDigest(own, history, 20)),
          },
        });
      }
    }
    const before = github.state.requests.filter((request) => request.path.startsWith('/repos/'));
    // No runner meets 2 min 10 s (the fastest, 7 workers on the 8-core, takes 2 min 37 s); two
    // shards of 7 workers take 100 s + 400 s / 14 = 2 min 9 s.
    const step = (
      await plan(github, 720, { 'target-duration': '130s', 'history-job': 'test' }, 'plan')
    ).steps[0];
    expect(step?.exitCode, step?.stderr).toBe(0);
    expect(step?.outputs.shards).toBe('2');
    expect(step?.outputs.matrix).toBe('{"shard":[1,2]}');
    const advice = JSON.parse(step?.outputs['runner-advice'] ?? 'null');
    expect(advice.evidence).toMatchObject({
      runs: 3,
      timedRuns: 3,
      shardSets: 3,
      memoryFromShards: true,
    });
    expect(advice.shards.perShard.map((shard: { from: string }) => shard.from)).toEqual([
      'shard',
      'shard',
    ]);
    expect(advice.limits.join('\n')).toMatch(
      /3 run\(s\) of the phase split 2 ways, every shard recorded, count as runs of the whole: the sum of the shards' durations less 1 × 1 min 40 s/,
    );
    // API calls of this planning run: the runs (1), the whole's name at attempts 1 and 2 (2, none
    // there), and per shard its two names and its newest artifact, whose digest holds the rest (3).
    const calls = github.state.requests
      .filter((request) => request.path.startsWith('/repos/'))
      .slice(before.length);
    expect(calls).toHaveLength(1 + 2 + 2 * 3);
    expect(step?.stdout).toMatch(
      /History: 0 profile\(s\) and 6 shard run\(s\) from main in 9 API call\(s\)\./,
    );
  });

  it('the first run of the recipe, one shard of one, is evidence for the planning job', async () => {
    // The fan-out job's first run: matrix {"shard":[1]} (the recipe's fallback), shard: 1/1, run
    // by the built action, its matrix-key the runner's pretty-printed toJSON(matrix).
    await shardJob(1, 60, false, 1);
    const step = (
      await plan(github, 730, { 'target-duration': '130s', 'history-job': 'test' }, 'plan')
    ).steps[0];
    expect(step?.exitCode, step?.stderr).toBe(0);
    expect(step?.stdout).toMatch(/History: 0 profile\(s\) and 1 shard run\(s\) from main/);
    const advice = JSON.parse(step?.outputs['runner-advice'] ?? 'null');
    // One run of the whole (1 of 1 is the whole): not yet enough to fit, and it says what to do.
    expect(advice.advised).toBe(false);
    expect(advice.reason).toMatch(
      /durations at one worker count only \(\d+ worker\(s\) with a CPU each, 1 run\(s\)\)/,
    );
    expect(step?.outputs.shards).toBeUndefined();
  }, 60_000);

  it('a fan-out job whose split changed plans without the other split, and says so', async () => {
    // Shard 2 of a 2-way split, twice; then the matrix splits 3 ways: matrix value 2 keeps its
    // artifacts, but shard 2 of 3 is not shard 2 of 2.
    await shardJob(2, 60);
    await shardJob(2, 60);
    const { result } = await shardJob(2, 60, false, 3);
    const planned = JSON.parse(result.steps[0]?.outputs['plan-json'] ?? '{}');
    expect(planned.estimate.historyRuns).toBe(0);
    expect(planned.estimate.notes.join('\n')).toMatch(
      /2 run\(s\) of another split left out \(shard 2\/2\): this is shard 2\/3.*plans without history/,
    );
    // The profile it uploads starts shard 2 of 3's history.
    const stored = github.state.artifacts.filter((artifact) =>
      artifact.artifact.name.startsWith('resource-planner-test-'),
    );
    const last = parseProfile(await extractProfileFromZip(stored.at(-1)?.zip ?? Buffer.alloc(0)));
    expect(last.run.shard).toEqual({ index: 2, total: 3 });
  }, 120_000);

  it.each([
    ['4/3', /INDEX\/TOTAL such as 2\/3 \(1 ≤ INDEX ≤ TOTAL ≤ 256\)/],
    ['0/3', /INDEX\/TOTAL such as 2\/3/],
    ['1/3', /agrees with the matrix's shard \(2\)/],
  ])(
    'shard: %s in the matrix job of shard 2 fails the step in one line naming the input',
    async (shard, format) => {
      const runId = ++nextRun;
      github.addRun({ id: runId });
      const result = await runJob({
        actionDir: ACTION_DIR,
        github,
        event: events.push(github),
        runId,
        matrix: { shard: 2 },
        steps: [{ kind: 'action', with: { profile: 'test', upload: 'false', shard } }],
      });
      const step = result.steps[0];
      expect(step?.exitCode).toBe(1);
      const errors = (step?.stdout ?? '').split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/shard/);
      expect(errors[0]).toMatch(format);
    },
  );
});
