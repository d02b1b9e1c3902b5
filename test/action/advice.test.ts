/**
 * The main step's runner-size advice: the `runner-advice` output and the summary section from the
 * history the step loaded, the `runner-catalog` file as configuration (a bad one fails the step in
 * one line), and advice that fails open.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMain, type MainDeps } from '../../src/action/main.js';
import { staticEstimate } from '../../src/estimate/choose.js';
import type { LearnRequest } from '../../src/history/learn-github.js';
import { probeCapacity } from '../../src/probe/probe.js';
import type { Runner } from '../../src/runner/types.js';
import { profile, timedRuns } from '../support/profiles.js';
import { recordingRunner } from '../support/recording-runner.js';

const MiB = 1024 ** 2;

/** Runs at 1, 2 and 4 workers on 4 CPUs: T(n) = 100 s + 400 s / n. */
const PROFILES = timedRuns([1, 2, 4], { startedAt: '2026-11-23T00:00:00.000Z' }).map(
  (recorded) => ({ profile: recorded, url: null, failed: false }),
);

function deps(runner: Runner, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    runner,
    env: {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_JOB: 'test',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rp-advice-')),
    },
    readEventPayload: () => ({ repository: { private: true } }),
    jobStore: {
      read: () => null,
      write: () => undefined,
      appendPhaseMark: () => undefined,
    } as unknown as MainDeps['jobStore'],
    probe: async () =>
      probeCapacity({
        root: '/nonexistent',
        platform: 'linux',
        os: {
          platform: 'linux',
          arch: 'x64',
          totalMemoryBytes: 16 * 1024 ** 3,
          freeMemoryBytes: 12 * 1024 ** 3,
          logicalCpus: 4,
          availableParallelism: 4,
          cpuModel: null,
        },
      }),
    monotonicMs: () => 0,
    nowIso: () => '2026-11-24T00:00:00.000Z',
    jobRootPid: 1,
    startSampler: () => {
      throw new Error('not in this test');
    },
    isProcessAlive: () => false,
    learn: (request: LearnRequest) => {
      request.keepProfiles?.(PROFILES);
      return Promise.resolve(staticEstimate(768 * MiB, 'fallback'));
    },
    report: () => Promise.resolve(),
    installCli: () => undefined,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

const INPUTS = { 'github-token': 't', sample: 'false', profile: 'test' };

describe('the main step advises a runner size', () => {
  it('sets runner-advice and writes the summary table', async () => {
    const { runner, log } = recordingRunner({ ...INPUTS, 'target-duration': '5m' });
    await runMain(deps(runner));
    expect(log.failures).toEqual([]);
    const advice = JSON.parse(log.outputs['runner-advice'] ?? 'null');
    expect(advice).toMatchObject({
      advised: true,
      visibility: 'private',
      targetMs: 300_000,
      recommended: 'ubuntu-latest (private repo)',
    });
    expect(log.summary).toContain('### Runner advice for phase `test`');
    expect(log.summary).toMatch(/\| 👉 ubuntu\\-latest \\\(private repo\\\) \| 2 \| 2 \| 5 min \|/);
  });

  it('with shards sets every output action.yml declares, and none it does not', async () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    const { runner, log } = recordingRunner({ ...INPUTS, 'target-duration': '2m' });
    await runMain(deps(runner));
    expect(log.failures).toEqual([]);
    expect(log.outputs.shards).toMatch(/^[2-9]$/);
    expect(Object.keys(log.outputs).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('a public repository (from the event payload) is advised the free runners', async () => {
    const { runner, log } = recordingRunner(INPUTS);
    await runMain(deps(runner, { readEventPayload: () => ({ repository: { private: false } }) }));
    expect(JSON.parse(log.outputs['runner-advice'] ?? 'null').recommended).toBe(
      'ubuntu-latest (public repo)',
    );
  });

  it('extends the catalogue from the runner-catalog file', async () => {
    const { runner, log } = recordingRunner({ ...INPUTS, 'runner-catalog': 'runners.json' });
    const file = JSON.stringify({
      replace: true,
      runners: [
        { name: 'arc-8', os: 'linux', arch: 'x64', cpus: 8, memory: '32G', pricePerMinute: 0 },
      ],
    });
    await runMain(deps(runner, { readCatalogFile: () => file }));
    expect(log.failures).toEqual([]);
    const advice = JSON.parse(log.outputs['runner-advice'] ?? 'null');
    expect(advice.recommended).toBe('arc-8');
    expect(log.summary).toContain('Catalogue: runner\\-catalog runners.json.');
  });

  it.each([
    [
      'a malformed entry',
      () =>
        '{"runners":[{"name":"big","os":"linux","arch":"x64","cpus":"eight","memory":"32G","pricePerMinute":0}]}',
      /^runner-catalog runners\.json: runners\[0\] \(big\) field "cpus": "eight" is not a whole number from 1 to 1024\. Expected JSON /,
    ],
    [
      'a file that cannot be read',
      () => {
        throw new Error('runners.json: no such file');
      },
      /^runner-catalog runners\.json: cannot be read \(runners\.json: no such file\)\. Expected JSON /,
    ],
  ])('%s fails the step in one line, before planning', async (_, read, message) => {
    const { runner, log } = recordingRunner({ ...INPUTS, 'runner-catalog': 'runners.json' });
    await runMain(deps(runner, { readCatalogFile: read }));
    expect(log.failures).toHaveLength(1);
    expect(log.failures[0]).toMatch(message);
    expect(log.failures[0]).not.toContain('\n');
    expect(log.outputs).toEqual({});
  });

  it('without history there is no advice and no section', async () => {
    const { runner, log } = recordingRunner(INPUTS);
    await runMain(
      deps(runner, { learn: () => Promise.resolve(staticEstimate(768 * MiB, 'fallback')) }),
    );
    expect(log.outputs['runner-advice']).toBeUndefined();
    expect(log.summary).not.toContain('Runner advice');
  });

  it('history that cannot support advice says why when a target was asked for', async () => {
    const { runner, log } = recordingRunner({ ...INPUTS, 'target-duration': '10m' });
    const oneCount = PROFILES.map((entry) => ({
      ...entry,
      profile: profile([{ workers: 4, perWorkerBytes: 500 * MiB, peakBytes: 2100 * MiB }]),
    }));
    await runMain(
      deps(runner, {
        learn: (request) => {
          request.keepProfiles?.(oneCount);
          return Promise.resolve(staticEstimate(768 * MiB, 'fallback'));
        },
      }),
    );
    expect(JSON.parse(log.outputs['runner-advice'] ?? 'null')).toMatchObject({
      advised: false,
      recommended: null,
    });
    // Rendered escaped (a colon as &#58;), as every untrusted-looking line is.
    expect(log.summary).toMatch(/No advice&#58; durations at one worker count only/);
  });
});

describe('runner-advice quotes history as data', () => {
  it("a profile's platform names reach the advice, but its JSON's text holds no script syntax", async () => {
    const arch = "x'$(id)`id`;|&<>";
    const hostile = PROFILES.map((entry) => ({
      ...entry,
      profile: { ...entry.profile, host: { ...entry.profile.host, arch } },
    }));
    const { runner, log } = recordingRunner({ ...INPUTS, 'target-duration': '5m' });
    await runMain(
      deps(runner, {
        learn: (request: LearnRequest) => {
          request.keepProfiles?.(hostile);
          return Promise.resolve(staticEstimate(768 * MiB, 'fallback'));
        },
      }),
    );
    expect(log.failures).toEqual([]);
    const text = log.outputs['runner-advice'] ?? '';
    // The test means something only if the untrusted name is in the advice.
    expect(JSON.stringify(JSON.parse(text))).toContain(arch);
    expect(text).not.toMatch(/[^A-Za-z0-9 _.,:+\-/=%@#{}[\]"\\]/);
  });
});
