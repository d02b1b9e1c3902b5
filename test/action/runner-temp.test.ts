import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobStore } from '../../src/action/job-state.js';
import { runMain, type MainDeps } from '../../src/action/main.js';
import { probeCapacity } from '../../src/probe/probe.js';
import type { Runner } from '../../src/runner/types.js';
import { recordingRunner } from '../support/recording-runner.js';

const onLinux = process.platform === 'linux';

/** A job store that keeps nothing on disk and counts what it was asked to do. */
function countingStore() {
  const calls = { write: 0, append: 0 };
  const store: JobStore = {
    read: () => null,
    write: () => void calls.write++,
    appendPhaseMark: () => void calls.append++,
    readPhaseMarks: () => [],
  };
  return { store, calls };
}

function deps(runner: Runner, runnerTemp: string, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    runner,
    env: {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_JOB: 'test',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: runnerTemp,
    },
    readEventPayload: () => ({}),
    jobStore: countingStore().store,
    probe: async () =>
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
      }),
    monotonicMs: () => 0,
    nowIso: () => '2026-11-24T00:00:00.000Z',
    jobRootPid: 1,
    startSampler: () => {
      throw new Error('the sampler must not start');
    },
    isProcessAlive: () => false,
    learn: () => Promise.reject(new Error('not in this test')),
    report: () => Promise.resolve(),
    installCli: () => undefined,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

describe.skipIf(!onLinux)('a RUNNER_TEMP that cannot hold the job state', () => {
  it('under /proc: one warning, a plan, and nothing recorded', { timeout: 5000 }, async () => {
    const { runner, log } = recordingRunner({ sample: 'true' });
    const { store, calls } = countingStore();
    const started = performance.now();
    await runMain(deps(runner, '/proc/self', { jobStore: store }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(log.failures).toEqual([]);
    expect(log.warnings).toEqual([
      'RUNNER_TEMP /proc/self cannot hold the job state (/proc/self/resource-planner: cannot be created (ENOENT)): planning without recording.',
    ]);
    expect(log.outputs.workers).toBe('4');
    expect(calls).toEqual({ write: 0, append: 0 });
    expect(log.state).toEqual({});
  });

  it('a regular file: the same warning, naming why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rp-temp-')), 'not-a-folder');
    writeFileSync(file, '');
    const { runner, log } = recordingRunner({ sample: 'true' });
    const { store, calls } = countingStore();
    await runMain(deps(runner, file, { jobStore: store }));
    expect(log.warnings).toEqual([
      `RUNNER_TEMP ${file} cannot hold the job state (${file}/resource-planner: cannot be created (ENOTDIR)): planning without recording.`,
    ]);
    expect(log.outputs.workers).toBe('4');
    expect(calls.write).toBe(0);
  });

  it('still learns from history when it cannot keep it', async () => {
    const { runner, log } = recordingRunner({ sample: 'false', 'github-token': 't' });
    const seen: string[] = [];
    await runMain(
      deps(runner, '/proc/self', {
        learn: (request) => {
          seen.push(request.historyDir);
          return Promise.resolve(request.fallback);
        },
      }),
    );
    expect(seen).toEqual(['']);
    expect(log.warnings).toHaveLength(0);
    expect(log.info.join('\n')).toMatch(/RUNNER_TEMP \/proc\/self cannot hold the job state/);
  });

  it('a usable RUNNER_TEMP, even one still missing, is created and recorded in', async () => {
    const runnerTemp = join(mkdtempSync(join(tmpdir(), 'rp-temp-')), 'temp');
    const { runner, log } = recordingRunner({ sample: 'true' });
    const { store, calls } = countingStore();
    await runMain(
      deps(runner, runnerTemp, {
        jobStore: store,
        startSampler: () => ({
          pid: 12345,
          samplesFile: join(runnerTemp, 'resource-planner', 'samples.jsonl'),
          logFile: join(runnerTemp, 'resource-planner', 'sampler.log'),
          source: 'proc',
          intervalMs: 500,
        }),
      }),
    );
    expect(log.warnings).toEqual([]);
    expect(calls).toEqual({ write: 1, append: 1 });
    expect(JSON.parse(log.state['resource-planner'] ?? '{}')).toMatchObject({ role: 'owner' });
  });
});

describe('the CLI on PATH for later steps', () => {
  const addPathRunner = () => {
    const recorded = recordingRunner({ sample: 'false' });
    const paths: string[] = [];
    recorded.runner.addPath = (folder) => void paths.push(folder);
    return { ...recorded, paths };
  };

  it('installs the launchers in the job folder and adds it to PATH once', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rp-temp-'));
    const { runner, log, paths } = addPathRunner();
    const installed: string[] = [];
    await runMain(
      deps(runner, runnerTemp, { installCli: (folder) => void installed.push(folder) }),
    );
    const folder = join(runnerTemp, 'resource-planner', 'bin');
    expect(installed).toEqual([folder]);
    expect(paths).toEqual([folder]);
    expect(log.warnings).toEqual([]);
    // A later step of the same job: the folder is on PATH already, the launchers are renewed.
    const again = addPathRunner();
    const later = deps(again.runner, runnerTemp, { installCli: (dir) => void installed.push(dir) });
    await runMain({ ...later, env: { ...later.env, PATH: `${folder}:/usr/bin` } });
    expect(installed).toEqual([folder, folder]);
    expect(again.paths).toEqual([]);
  });

  it('fails open: launchers that cannot be written are one warning, and the plan stands', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rp-temp-'));
    const { runner, log, paths } = addPathRunner();
    await runMain(
      deps(runner, runnerTemp, {
        installCli: () => {
          throw new Error('EROFS: read-only file system');
        },
      }),
    );
    expect(log.failures).toEqual([]);
    expect(log.outputs.workers).toBe('4');
    expect(paths).toEqual([]);
    expect(log.warnings).toEqual([
      'Could not put the resource-planner CLI on PATH for later steps: EROFS: read-only file system',
    ]);
  });

  it('a RUNNER_TEMP that cannot hold the job folder is still one warning in all', async () => {
    const { runner, log, paths } = addPathRunner();
    let tried = false;
    await runMain(deps(runner, '/proc/self', { installCli: () => void (tried = true) }));
    expect(tried).toBe(false);
    expect(paths).toEqual([]);
    expect(log.warnings.length + log.info.filter((line) => /cannot hold/.test(line)).length).toBe(
      1,
    );
  });
});
