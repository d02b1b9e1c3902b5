import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileJobStore, StateKey, type JobState } from '../../src/action/job-state.js';
import { buildProfile } from '../../src/profile/build.js';
import { profileHost, profileRun } from '../../src/profile/identity.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { parseSamplesFile } from '../../src/profile/samples-file.js';
import { renderPostRunSummary } from '../../src/report/post-run.js';
import { readRunContext } from '../../src/runner/context.js';
import { runMain, type MainDeps } from '../../src/action/main.js';
import { runPost, type PostDeps } from '../../src/action/post.js';
import { probeCapacity } from '../../src/probe/probe.js';
import type { Runner } from '../../src/runner/types.js';
import { recordingRunner } from '../support/recording-runner.js';

const capacity = () =>
  probeCapacity({
    root: '/nonexistent',
    platform: 'darwin',
    os: {
      platform: 'darwin',
      arch: 'arm64',
      totalMemoryBytes: 8 * 1024 ** 3,
      freeMemoryBytes: 6 * 1024 ** 3,
      logicalCpus: 4,
      availableParallelism: 4,
      cpuModel: null,
    },
  });

function deps(runner: Runner, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    runner,
    env: {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_JOB: 'test',
      GITHUB_REF: 'refs/heads/main',
    },
    readEventPayload: () => ({}),
    jobStore: fileJobStore,
    probe: async () => capacity(),
    monotonicMs: () => 0,
    nowIso: () => '2026-11-24T00:00:00.000Z',
    jobRootPid: 1,
    startSampler: () => {
      throw new Error('not in this test');
    },
    isProcessAlive: () => false,
    learn: () => Promise.reject(new Error('API down')),
    report: () => Promise.resolve(),
    installCli: () => undefined,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

describe('runMain fails open', () => {
  it('plans with the fallback and one warning when history fails', async () => {
    const { runner, log } = recordingRunner({ 'github-token': 't', sample: 'false' });
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rp-main-'));
    await runMain(deps(runner, { env: { ...deps(runner).env, RUNNER_TEMP: runnerTemp } }));
    expect(log.failures).toEqual([]);
    expect(log.outputs.workers).toBe('4');
    expect(log.outputs['history-runs']).toBe('0');
    expect(log.warnings).toEqual([
      'Could not learn from earlier runs, planning without history: API down',
    ]);
    expect(log.summary).toContain('resource-planner: 4 workers');
    // Every output action.yml declares but the advice's, which it documents as empty without
    // history; nothing undeclared.
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    const advice = ['runner-advice', 'shards', 'matrix'];
    expect(Object.keys(log.outputs).sort()).toEqual(
      Object.keys(action.outputs)
        .filter((name) => !advice.includes(name))
        .sort(),
    );
  });

  it('warns and exits cleanly when the probe itself throws', async () => {
    const { runner, log } = recordingRunner();
    await runMain(
      deps(runner, {
        probe: () => {
          throw new Error('no /proc');
        },
      }),
    );
    expect(log.failures).toEqual([]);
    expect(log.warnings.join(' ')).toContain('no /proc');
    // A later step's `--maxWorkers=${{ steps.plan.outputs.workers }}` still gets a count.
    expect(log.outputs).toMatchObject({
      workers: '1',
      'limited-by': 'min-workers',
      'node-heap-mb': '576',
      'plan-json': 'null',
    });
    expect(log.outputs.reason).toBe("No plan (the step's warning says why): min-workers, 1.");
  });

  it.each([
    ['the workers input', { workers: '3' }, {}, '3'],
    ['RESOURCE_PLANNER_WORKERS', { workers: '3' }, { RESOURCE_PLANNER_WORKERS: '5' }, '5'],
  ])('without a plan, %s still sets the count', async (_, inputs, env, workers) => {
    const { runner, log } = recordingRunner(inputs);
    const base = deps(runner);
    await runMain({
      ...base,
      env: { ...base.env, ...env },
      probe: () => Promise.reject(new Error('no /proc')),
    });
    expect(log.outputs).toMatchObject({ workers, 'limited-by': 'override' });
  });

  it('an error after the outputs are set keeps the plan in them', async () => {
    const { runner, log } = recordingRunner({ sample: 'false' });
    runner.appendSummary = () => Promise.reject(new Error('summary file gone'));
    await runMain(deps(runner));
    expect(log.warnings.join(' ')).toContain('summary file gone');
    expect(log.outputs.workers).toBe('4');
    expect(JSON.parse(log.outputs['plan-json'] ?? 'null')).toMatchObject({ workers: 4 });
  });

  it('fails the step only for invalid configuration, naming the input', async () => {
    const { runner, log } = recordingRunner({ 'min-workers': 'many' });
    await runMain(deps(runner));
    expect(log.failures).toEqual([
      `Input 'min-workers' has an invalid value "many": expected a whole number 1 or more.`,
    ]);
    expect(log.outputs).toEqual({});
  });

  it('masks the github-token before anything is logged, even when an input is invalid', async () => {
    const { runner, log } = recordingRunner({ 'github-token': 'ghp_x', 'min-workers': 'many' });
    await runMain(deps(runner));
    expect(log.secrets).toEqual(['ghp_x']);
    expect(log.failures).toHaveLength(1);
  });
});

describe('runMain records who the sampler is', () => {
  const identity = { pid: 4242, startTime: '987654', exe: 'node' };
  const handle = {
    pid: 4242,
    samplesFile: '/tmp/samples.jsonl',
    logFile: '/tmp/sampler.log',
    source: 'proc',
    intervalMs: 500,
  };

  it.each([
    ['with its identity', { ...handle, identity }, identity],
    ['as unknown when the spawn could not read it', handle, null],
  ])('keeps the sampler it started in the job state, %s', async (_, started, expected) => {
    const { runner } = recordingRunner();
    const written: JobState[] = [];
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rp-main-'));
    await runMain(
      deps(runner, {
        env: { ...deps(runner).env, RUNNER_TEMP: runnerTemp },
        jobStore: {
          ...fileJobStore,
          write: (jobDir, state) => {
            written.push(state);
            fileJobStore.write(jobDir, state);
          },
        },
        startSampler: () => started,
      }),
    );
    expect(written.at(-1)).toMatchObject({ samplerPid: 4242, samplerIdentity: expected });
  });
});

describe('runPost fails open', () => {
  it('exits quietly without state (main never ran)', async () => {
    const { runner, log } = recordingRunner();
    await runPost({ runner } as unknown as PostDeps);
    expect(log.failures).toEqual([]);
    expect(log.info[0]).toMatch(/nothing to report/);
  });
});

describe('runPost reports with the configured budget', () => {
  it("gives the post-run advisory the user's memory-reserve and memory-fraction", async () => {
    const jobDir = mkdtempSync(join(tmpdir(), 'rp-post-'));
    const job: JobState = {
      version: 1,
      samplerPid: null,
      samplesFile: join(jobDir, 'samples.jsonl'),
      samplerLogFile: join(jobDir, 'sampler.log'),
      phasesFile: join(jobDir, 'phases.jsonl'),
      intervalMs: 250,
      source: 'none',
      host: profileHost(capacity()),
      run: profileRun(readRunContext({}, {}), null, '2026-11-24T00:00:00.000Z'),
      historyDir: join(jobDir, 'history'),
      samplerProblem: 'not started in this test',
    };
    fileJobStore.write(jobDir, job);
    const { runner, log } = recordingRunner(
      { 'memory-reserve': '1G', 'memory-fraction': '0.5', upload: 'false' },
      { [StateKey.Step]: JSON.stringify({ role: 'owner', jobDir, profile: 'test' }) },
    );
    const budgets: unknown[] = [];
    await runPost({
      runner,
      env: {},
      monotonicMs: () => 1000,
      readEventPayload: () => ({}),
      jobStore: fileJobStore,
      stopSampler: () => Promise.resolve('not-running'),
      readTextFile: () => null,
      writeTextFile: () => undefined,
      parseSamples: parseSamplesFile,
      buildProfile,
      serializeProfile,
      renderPostRunSummary: (profile, options) => {
        budgets.push(options.budget);
        return renderPostRunSummary(profile, options);
      },
      upload: () => Promise.reject(new Error('upload is off')),
      loadBaseline: () => [],
      compare: () => Promise.resolve(null),
      pushMetrics: () => Promise.reject(new Error('no push in this test')),
      toolVersion: '0.1.0',
    });
    expect(log.failures).toEqual([]);
    expect(budgets).toEqual([
      expect.objectContaining({ memoryReserveBytes: 1024 ** 3, memoryFraction: 0.5 }),
    ]);
    expect(log.summary).toContain('resource-planner: no memory samples were recorded');
  });
});
